/** Which report to build, as plain data: it crosses to the worker by structured clone. */
import type { ReportDocument } from '../../../shared/report/layout';
import { buildMeetingCalendarReport, type MeetingCalendarReportInput } from '../../../shared/report/meeting-calendar-report';
import { buildUncoveredCellsReport, type UncoveredCellsReportInput } from '../../../shared/report/uncovered-cells-report';

export type ReportRequest =
  | { report: 'uncovered'; input: UncoveredCellsReportInput }
  | { report: 'meetingCalendar'; input: MeetingCalendarReportInput };

export function buildReportDocument(request: ReportRequest): ReportDocument {
  switch (request.report) {
    case 'uncovered':
      return buildUncoveredCellsReport(request.input);
    case 'meetingCalendar':
      return buildMeetingCalendarReport(request.input);
  }
}
