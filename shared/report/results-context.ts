/**
 * What the results report's sheets are built from: the period's meetings at existing cells,
 * found once with the dashboard's own preparation and scope (shared/dashboard), so the
 * report counts exactly what "Tổng quan" counts for the same period.
 */
import { meetingsInScope } from '../dashboard/meetings-in-scope';
import { dashboardInputOf } from '../dashboard/input';
import { prepareDashboard, type PreparedDashboard, type PreparedMeeting } from '../dashboard/prepare';
import type { DashboardPeriod, DashboardQuery } from '../dashboard/types';
import type { DateParts } from '../domain/labels-vi';
import type { DistrictData } from '../domain/types';
import { isoFromParts } from '../meetings/iso-date';
import type { ReportDocument } from './layout';

export { COUNT_FORMAT, countColumn } from './layout';

/** The district's data as stored (meetings and recommendations may be absent), the period and the report's date. */
export interface ResultsReportInput extends DistrictData {
  period: DashboardPeriod;
  /** The place-and-date line, and the day "overdue" is measured at. */
  date: DateParts;
}

export interface ResultsContext {
  prepared: PreparedDashboard;
  /** The whole committee, the period, and `today` = the report's date. */
  query: DashboardQuery;
  /** Dated in the period at existing cells, any status, in date and start time order. */
  meetings: PreparedMeeting[];
}

/** A sheet before the parts every sheet shares (header, signature, recipients). */
export type ResultsSheet = Omit<ReportDocument, 'header' | 'signature' | 'recipients' | 'notes'> & {
  /** Third summary line, naming the sheet: "Biểu 2: …". */
  part: string;
  /** Remarks without the "Ghi chú:" lead, which the builder adds with the date the figures stand at. */
  notes: string[];
};

export const PERCENT_FORMAT = '0.0%';


export function resultsContext(input: ResultsReportInput): ResultsContext {
  const { period, date } = input;
  const prepared = prepareDashboard(dashboardInputOf(input));
  const query: DashboardQuery = { period, orgId: null, today: isoFromParts(date.year, date.month, date.day) };
  return { prepared, query, meetings: meetingsInScope(prepared, query) };
}
