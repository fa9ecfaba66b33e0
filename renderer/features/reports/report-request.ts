/** Which report to build, as plain data: it crosses to the worker by structured clone. */
import type { ReportDocument } from '../../../shared/report/layout';
import { buildCoverageSummaryReport, type CoverageSummaryReportInput } from '../../../shared/report/coverage-summary-report';
import { buildGapsReport } from '../../../shared/report/gaps-report';
import { buildMeetingCalendarReport, type MeetingCalendarReportInput } from '../../../shared/report/meeting-calendar-report';
import { buildRegistrationPlanReport } from '../../../shared/report/registration-plan-report';
import { buildResultsReport } from '../../../shared/report/results-report';
import { buildUncoveredCellsReport, type UncoveredCellsReportInput } from '../../../shared/report/uncovered-cells-report';

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
