import '@tanstack/react-table';

declare module '@tanstack/react-table' {
  // Module augmentation must merge with TanStack's own interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData, TValue> {
    /** Right-aligned, tabular figures. */
    numeric?: boolean;
    /**
     * The values a person can filter this column by (what its accessor returns), in the order
     * to offer them; a column without them has no filter.
     */
    filterOptions?: readonly string[];
    /** Whether rows may be grouped by this column. */
    groupable?: boolean;
    /** How a group of this column is named, when its value is not already a label. */
    groupLabel?: (value: unknown) => string;
  }
}
