import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/domain/meetings';
import {
  meetingProgressByQuarter,
  meetingsBetween,
  recommendationStatusCounts,
  registrationsWithoutMeetingInQuarter,
  type QuarterProgress,
} from '../../../shared/meetings/aggregate';
import { meeting, rec, reg } from './fixture';

// Four lượt name Q2 of 2026 (one of them twice); the term and quarter-less ones name none.
const registrations = [
  reg('r1', 'a', { kind: 'year', year: 2026, quarters: [1, 2] }),
  reg('r2', 'a', { kind: 'year', year: 2026, quarters: [2, 2] }),
  reg('r3', 'b', { kind: 'year', year: 2026, quarters: [2, 4] }),
  reg('r4', 'c', { kind: 'year', year: 2026, quarters: [2] }),
  reg('r5', 'c', { kind: 'year', year: 2025, quarters: [2] }),
  reg('term', 'd', { kind: 'term', startYear: 2025, endYear: 2030 }),
  reg('open', 'e', { kind: 'year', year: 2026, quarters: [] }),
];
const meetings: Meeting[] = [
  meeting('q1-held', 'r1', '2026-03-31', { status: 'held' }),
  meeting('q2-held', 'r1', '2026-04-01', { status: 'held' }),
  meeting('q2-missed', 'r2', '2026-05-05', { status: 'not_attended', absenceReason: 'Ốm' }),
  meeting('q2-moved', 'r3', '2026-06-30', { status: 'postponed' }),
  meeting('q2-term', 'term', '2026-06-10', { status: 'scheduled' }),
  meeting('q3-open', 'open', '2026-07-01', { status: 'scheduled' }),
  meeting('last-year', 'r5', '2025-05-05', { status: 'held' }),
  meeting('orphan', 'gone', '2026-05-05', { status: 'held' }),
];

describe('progress by quarter', () => {
  it('counts planned lượt, the meetings of each quarter by status, and the lượt with a meeting', () => {
    expect(meetingProgressByQuarter(2026, registrations, meetings)).toEqual<QuarterProgress[]>([
      { quarter: 1, plannedRegistrations: 1, scheduledMeetings: 1, heldMeetings: 1, notAttendedMeetings: 0, pendingMeetings: 0, registrationsWithMeeting: 1 },
      // r2's only meeting was missed and the term's meeting is not a planned lượt: 2 of 4.
      { quarter: 2, plannedRegistrations: 4, scheduledMeetings: 4, heldMeetings: 1, notAttendedMeetings: 1, pendingMeetings: 2, registrationsWithMeeting: 2 },
      { quarter: 3, plannedRegistrations: 0, scheduledMeetings: 1, heldMeetings: 0, notAttendedMeetings: 0, pendingMeetings: 1, registrationsWithMeeting: 0 },
      { quarter: 4, plannedRegistrations: 1, scheduledMeetings: 0, heldMeetings: 0, notAttendedMeetings: 0, pendingMeetings: 0, registrationsWithMeeting: 0 },
    ]);
  });

  it('counts only the meetings of the registrations given, so a filtered view adds up', () => {
    const q2 = meetingProgressByQuarter(2026, registrations.slice(0, 2), meetings)[1];
    expect(q2).toEqual({ quarter: 2, plannedRegistrations: 2, scheduledMeetings: 2, heldMeetings: 1, notAttendedMeetings: 1, pendingMeetings: 0, registrationsWithMeeting: 1 });
  });

  it('lists the planned lượt still without a meeting in the quarter, in the order given', () => {
    expect(registrationsWithoutMeetingInQuarter(registrations, meetings, 2026, 2).map((r) => r.id)).toEqual(['r2', 'r4']);
    expect(registrationsWithoutMeetingInQuarter(registrations, meetings, 2026, 4).map((r) => r.id)).toEqual(['r3']);
    expect(registrationsWithoutMeetingInQuarter(registrations, meetings, 2025, 2)).toEqual([]);
  });
});

describe('recommendation counts', () => {
  const today = '2026-04-10';
  it('counts each status, the open ones and the overdue ones; due today is not overdue', () => {
    const counts = recommendationStatusCounts(
      [
        rec('a', 'new', '2026-04-09'),
        rec('b', 'new', today),
        rec('c', 'forwarded', ''),
        rec('d', 'answered', '2026-01-01'),
        rec('e', 'resolved', '2026-01-01'),
        rec('f', 'closed', '2026-01-01'),
        rec('g', 'resolved'),
      ],
      today,
    );
    expect(counts).toEqual({ new: 2, forwarded: 1, answered: 1, resolved: 2, closed: 1, total: 7, open: 4, overdue: 2 });
  });

  it('gives zeros for no recommendations', () => {
    expect(recommendationStatusCounts([], today)).toEqual({ new: 0, forwarded: 0, answered: 0, resolved: 0, closed: 0, total: 0, open: 0, overdue: 0 });
  });
});

describe('meetings between two days', () => {
  it('includes both ends and sorts by day, then start time', () => {
    const ms = [
      meeting('late', 'r1', '2026-04-07', { startTime: '14:00' }),
      meeting('after', 'r1', '2026-04-08'),
      meeting('first', 'r1', '2026-04-01', { startTime: '13:30' }),
      meeting('before', 'r1', '2026-03-31'),
      meeting('early', 'r1', '2026-04-07', { startTime: '07:30' }),
    ];
    expect(meetingsBetween(ms, '2026-04-01', '2026-04-07').map((m) => m.id)).toEqual(['first', 'early', 'late']);
    expect(ms.map((m) => m.id)[0]).toBe('late');
  });
});
