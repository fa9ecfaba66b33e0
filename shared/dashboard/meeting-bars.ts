/**
 * The meetings and recommendations charts' numbers from the query's meetings: planned and
 * held per quarter, recommendations per status, open and overdue. Same rules as the
 * meetings page (shared/meetings/aggregate, recommendation-flow).
 */
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '../domain/meetings';
import { isOpen, isOverdue } from '../meetings/recommendation-flow';
import { periodQuarters } from './period';
import type { PreparedMeeting } from './prepare';
import type { DashboardPeriod, QuarterMeetings, RecommendationBar } from './types';

export interface MeetingCounts {
  planned: number;
  held: number;
  byQuarter: QuarterMeetings[];
}

export function meetingCounts(period: DashboardPeriod, meetings: readonly PreparedMeeting[]): MeetingCounts {
  const byQuarter: QuarterMeetings[] = periodQuarters(period).map(({ year, quarter }) => ({
    year,
    quarter,
    planned: 0,
    held: 0,
    notAttended: 0,
    pending: 0,
  }));
  const first = byQuarter[0];
  let held = 0;
  for (const m of meetings) {
    // Meetings are within the period's days, so their quarter is one of its bars.
    const bar = first && byQuarter[(m.year - first.year) * 4 + m.quarter - first.quarter];
    if (!bar) continue;
    bar.planned++;
    switch (m.meeting.status) {
      case 'held':
        bar.held++;
        held++;
        break;
      case 'not_attended':
        bar.notAttended++;
        break;
      default:
        bar.pending++;
    }
  }
  return { planned: meetings.length, held, byQuarter };
}

export interface RecommendationCounts {
  total: number;
  open: number;
  overdue: number;
  byStatus: RecommendationBar[];
}

export function recommendationCounts(meetings: readonly PreparedMeeting[], today: string): RecommendationCounts {
  const byStatus = Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s, 0])) as Record<RecommendationStatus, number>;
  let [total, open, overdue] = [0, 0, 0];
  for (const m of meetings) {
    for (const rec of m.recommendations) {
      total++;
      byStatus[rec.status]++;
      if (isOpen(rec)) open++;
      if (isOverdue(rec, today)) overdue++;
    }
  }
  return { total, open, overdue, byStatus: RECOMMENDATION_STATUSES.map((status) => ({ status, count: byStatus[status] || 0 })) };
}
