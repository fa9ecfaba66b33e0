/**
 * Which report to build, as plain data, and the one switch from a request to its sheets.
 * Shared so the app's report worker and the CLI (`npm run cli -- report`) build the very
 * same documents; the request crosses to the worker by structured clone.
 */
import { buildCoverageSummaryReport, type CoverageSummaryReportInput } from './coverage-summary-report';
import { buildGapsReport } from './gaps-report';
import type { ReportDocument } from './layout';
import { buildMeetingCalendarReport, type MeetingCalendarReportInput } from './meeting-calendar-report';
import { buildRegistrationPlanReport } from './registration-plan-report';
import { buildResultsReport } from './results-report';
import { buildUncoveredCellsReport, type UncoveredCellsReportInput } from './uncovered-cells-report';

/** The district's tables, the period (năm / quý / nhiệm kỳ) and the report's date: every period report takes these. */
export type PeriodReportInput = CoverageSummaryReportInput;

/** The reports built for a period, in the order the Reports page lists them. */
export const PERIOD_REPORTS = ['plan', 'coverageSummary', 'gaps', 'results'] as const;
export type PeriodReport = (typeof PERIOD_REPORTS)[number];

export type ReportRequest =
  | { report: 'uncovered'; input: UncoveredCellsReportInput }
  | { report: 'meetingCalendar'; input: MeetingCalendarReportInput }
  | { report: PeriodReport; input: PeriodReportInput };

/** One document per sheet of the workbook. */
export function buildReportDocuments(request: ReportRequest): ReportDocument[] {
  switch (request.report) {
    case 'uncovered':
      return [buildUncoveredCellsReport(request.input)];
    case 'meetingCalendar':
      return [buildMeetingCalendarReport(request.input)];
    case 'plan':
      return [buildRegistrationPlanReport(request.input)];
    case 'coverageSummary':
      return buildCoverageSummaryReport(request.input);
    case 'gaps':
      return buildGapsReport(request.input);
    case 'results':
      return buildResultsReport(request.input);
  }
}
