export { DealsPage } from './DealsPage';
export { DealsTable } from './DealsTable';
export { useDealRows, usePartnerNames } from './useDealRows';
export { useReporting, type Reporting } from './useReporting';
