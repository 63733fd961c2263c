/** The report builder and writers the CLI uses, in one place (shared/reports/, helper CORE's). */
export {
  buildReport,
  ReportRequestError,
  ReportScopeError,
} from '../../shared/reports/build-report';
export { reportCsvFiles, reportCsvZip } from '../../shared/reports/csv';
export { reportXlsx } from '../../shared/reports/xlsx';
