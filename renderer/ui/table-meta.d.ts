import '@tanstack/react-table';

declare module '@tanstack/react-table' {
  // Module augmentation must merge with TanStack's own interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData, TValue> {
    /** Right-aligned, tabular figures. */
    numeric?: boolean;
  }
}
