/**
 * The meetings a query counts: dated within the period (periodDateRange) at a cell of the
 * scope. The prepared meetings are in date order, so the period's are found by binary
 * search instead of a pass over a term's 60,000 meetings for every quarter.
 */
import { scopeCellRange } from './scope-cells';
import { periodDateRange } from './period';
import type { PreparedDashboard, PreparedMeeting } from './prepare';
import type { DashboardQuery } from './types';

/** First index whose date is not before `date` (with `after`: not before or equal). */
function lowerBound(dates: readonly string[], date: string, after = false): number {
  let [lo, hi] = [0, dates.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const d = dates[mid]!;
    if (d < date || (after && d === date)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** In date, start time, id order. */
export function meetingsInScope(prepared: PreparedDashboard, query: Pick<DashboardQuery, 'period' | 'orgId'>): PreparedMeeting[] {
  const { from, to } = periodDateRange(query.period);
  const { start, end } = scopeCellRange(prepared, query.orgId);
  const first = lowerBound(prepared.meetingDates, from);
  const stop = lowerBound(prepared.meetingDates, to, true);
  const found: PreparedMeeting[] = [];
  for (let i = first; i < stop; i++) {
    const m = prepared.meetings[i]!;
    if (m.cellIndex >= start && m.cellIndex < end) found.push(m);
  }
  return found;
}
