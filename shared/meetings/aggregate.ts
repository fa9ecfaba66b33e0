/**
 * Counts for the dashboard and the reports: how far the year's plan has got, quarter by
 * quarter, and where the recommendations stand. The registrations given set the scope:
 * meetings of other registrations are left out, so a filtered view adds up.
 */
import type { Meeting, Recommendation, RecommendationStatus } from '../domain/meetings';
import { RECOMMENDATION_STATUSES } from '../domain/meetings';
import { QUARTERS, type Quarter, type Registration } from '../domain/types';
import { quarterOf, yearOf } from './iso-date';
import { isOnCalendar, plannedQuarters } from './meeting-checks';
import { isOpen, isOverdue } from './recommendation-flow';

export interface QuarterProgress {
  quarter: Quarter;
  /** Registrations (lượt) of the year that name this quarter. */
  plannedRegistrations: number;
  /** Every meeting dated in the quarter, whatever became of it. */
  scheduledMeetings: number;
  heldMeetings: number;
  notAttendedMeetings: number;
  /** Still ahead: scheduled or postponed. */
  pendingMeetings: number;
  /** Of the planned registrations, those with a meeting in the quarter that was not missed. */
  registrationsWithMeeting: number;
}

export type RecommendationCounts = Record<RecommendationStatus, number> & { total: number; open: number; overdue: number };

function isPlannedIn(reg: Registration, year: number, quarter: Quarter): boolean {
  const planned = plannedQuarters(reg);
  return planned.year === year && planned.quarters.includes(quarter);
}

/** "registrationId/quarter" keys of the year's meetings that keep a place on the calendar. */
function quartersWithMeeting(meetings: Meeting[], year: number): Set<string> {
  const keys = new Set<string>();
  for (const m of meetings) {
    if (isOnCalendar(m) && yearOf(m.date) === year) keys.add(`${m.registrationId}\u0000${quarterOf(m.date)}`);
  }
  return keys;
}

/** Four entries, Q1 to Q4; meetings count in the quarter of their (current) date. */
export function meetingProgressByQuarter(year: number, registrations: Registration[], meetings: Meeting[]): QuarterProgress[] {
  const inScope = new Set(registrations.map((r) => r.id));
  const ofYear = meetings.filter((m) => inScope.has(m.registrationId) && yearOf(m.date) === year);
  const withMeeting = quartersWithMeeting(ofYear, year);
  const byQuarter = new Map<Quarter, Meeting[]>(QUARTERS.map((q) => [q, []]));
  for (const m of ofYear) byQuarter.get(quarterOf(m.date))?.push(m);
  const planned = registrations.map((r) => ({ id: r.id, ...plannedQuarters(r) })).filter((p) => p.year === year);
  return QUARTERS.map((quarter) => {
    const inQuarter = byQuarter.get(quarter) ?? [];
    const plannedIds = planned.filter((p) => p.quarters.includes(quarter)).map((p) => p.id);
    const count = (...statuses: Meeting['status'][]) => inQuarter.filter((m) => statuses.includes(m.status)).length;
    return {
      quarter,
      plannedRegistrations: plannedIds.length,
      scheduledMeetings: inQuarter.length,
      heldMeetings: count('held'),
      notAttendedMeetings: count('not_attended'),
      pendingMeetings: count('scheduled', 'postponed'),
      registrationsWithMeeting: plannedIds.filter((id) => withMeeting.has(`${id}\u0000${quarter}`)).length,
    };
  });
}

export function recommendationStatusCounts(recs: Recommendation[], today: string): RecommendationCounts {
  const counts = Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s, 0])) as Record<RecommendationStatus, number>;
  let [open, overdue] = [0, 0];
  for (const rec of recs) {
    counts[rec.status] += 1;
    if (isOpen(rec)) open += 1;
    if (isOverdue(rec, today)) overdue += 1;
  }
  return { ...counts, total: recs.length, open, overdue };
}

/** Meetings dated from `from` to `to`, both included, in calendar order. */
export function meetingsBetween<M extends Pick<Meeting, 'date' | 'startTime'>>(meetings: M[], from: string, to: string): M[] {
  return meetings
    .filter((m) => m.date >= from && m.date <= to)
    .sort((a, b) => (a.date === b.date ? cmp(a.startTime, b.startTime) : cmp(a.date, b.date)));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Registrations that name the quarter and have no meeting in it (a meeting the official
 * did not attend does not count), in the order given.
 */
export function registrationsWithoutMeetingInQuarter(
  registrations: Registration[],
  meetings: Meeting[],
  year: number,
  quarter: Quarter,
): Registration[] {
  const withMeeting = quartersWithMeeting(meetings, year);
  return registrations.filter((r) => isPlannedIn(r, year, quarter) && !withMeeting.has(`${r.id}\u0000${quarter}`));
}
