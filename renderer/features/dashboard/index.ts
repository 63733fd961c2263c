export { DashboardPage } from './DashboardPage';
export { ThemeToggle } from './ThemeToggle';
/** For the partner view: one partner's health score, reasons and tier advice. */
export { PartnerHealth } from './PartnerHealth';
export { usePartnerHealth } from './usePartnerHealth';
/** For the partners and deals tables: the user's reporting currency and money in it. */
export { useReportingCurrency } from './useReportingCurrency';
export { formatMoneyIn, formatOriginals } from './format';
/** The rates the territories replicate, as shared/rules/money.ts takes them. */
export { rateTableOf, reportingCurrencies } from './useDashboard';
