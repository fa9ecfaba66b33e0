/** Which report to build: the request and its builder live in shared/ (the CLI builds the same reports). */
export { PERIOD_REPORTS, buildReportDocuments, type PeriodReport, type PeriodReportInput, type ReportRequest } from '../../../shared/report/report-kinds';
