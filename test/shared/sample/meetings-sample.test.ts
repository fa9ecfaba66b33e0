import { describe, expect, it } from 'vitest';
import type { DistrictData } from '../../../shared/domain/types';
import { meetingNoticeSchema } from '../../../shared/meetings/meeting-schema';
import { yearOf } from '../../../shared/meetings/iso-date';
import { stepError } from '../../../shared/meetings/recommendation-flow';
import { generateSampleData } from '../../../shared/sample/generator';

const TODAY = '2025-09-20';

/**
 * The contract's rules, checked on every record of a sample; returns what broke them
 * (one expect per record would take seconds on a province).
 */
function meetingProblems(d: DistrictData, today: string): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const registrations = new Map(d.registrations.map((r) => [r.id, r]));
  const meetings = d.meetings ?? [];
  const byId = new Map(meetings.map((m) => [m.id, m]));
  check(byId.size === meetings.length, 'duplicate meeting ids');
  for (const m of meetings) {
    const reg = registrations.get(m.registrationId);
    check(reg?.years.includes(yearOf(m.date)) === true, `${m.id}: no registration for its year`);
    check(meetingNoticeSchema.safeParse(m).success, `${m.id}: invalid notice`);
    check(m.status === 'scheduled' || m.status === 'postponed' || m.date <= today, `${m.id}: result recorded ahead of the day`);
    check(m.status !== 'not_attended' || m.absenceReason !== '', `${m.id}: missed without a reason`);
    check(m.status !== 'postponed' || m.postponements.length > 0, `${m.id}: postponed without a record`);
    for (const p of m.postponements) check(p.fromDate < m.date && p.recordedOn <= today, `${m.id}: postponement dates`);
    check(m.noticeDate <= today, `${m.id}: notice from the future`);
  }
  for (const rec of d.recommendations ?? []) {
    const meeting = byId.get(rec.meetingId);
    check(meeting?.status === 'held', `${rec.id}: not from a held meeting`);
    const first = rec.history[0];
    check(first?.status === 'new' && first.date === meeting?.date && first.note === '' && first.skipReason === '', `${rec.id}: first step`);
    check(rec.status === rec.history.at(-1)?.status, `${rec.id}: status is not the last step`);
    // Replaying the history through the flow's own rule: every step allowed, dated in order.
    for (let i = 1; i < rec.history.length; i++) {
      const before = rec.history.slice(0, i);
      const step = rec.history[i]!;
      check(step.date >= before.at(-1)!.date, `${rec.id}: step ${i} dated before the last`);
      check(stepError({ status: before.at(-1)!.status, history: before }, { ...step, to: step.status }, today) === null, `${rec.id}: step ${i} refused`);
    }
  }
  return problems;
}

describe('sample meetings and recommendations', () => {
  const data = generateSampleData({ seed: 1, today: TODAY });

  it('are deterministic for a seed and a day', () => {
    expect(generateSampleData({ seed: 1, today: TODAY })).toEqual(data);
    expect(generateSampleData({ seed: 2, today: TODAY }).meetings).not.toEqual(data.meetings);
  });

  it('leave the rest of the sample as it was without a day', () => {
    const { meetings, recommendations, ...rest } = data;
    expect(rest).toEqual(generateSampleData({ seed: 1 }));
    expect(generateSampleData({ seed: 1 }).meetings).toBeUndefined();
    expect(meetings?.length).toBeGreaterThan(100);
    expect(recommendations?.length).toBeGreaterThan(20);
  });

  it('keep every rule of the meeting and recommendation flow', () => expect(meetingProblems(data, TODAY)).toEqual([]));

  it('mix held, missed, postponed and scheduled meetings, future hosts confirmed or not', () => {
    const meetings = data.meetings ?? [];
    const statuses = new Set(meetings.map((m) => m.status));
    expect(statuses).toEqual(new Set(['held', 'not_attended', 'postponed', 'scheduled']));
    const ahead = meetings.filter((m) => m.date > TODAY);
    expect(ahead.some((m) => m.host.confirmed)).toBe(true);
    expect(ahead.some((m) => !m.host.confirmed)).toBe(true);
    expect(meetings.filter((m) => m.status === 'held').length).toBeGreaterThan(meetings.length / 2);
    expect(new Set(meetings.map((m) => m.startTime))).toEqual(new Set(['07:30', '08:00', '14:00']));
    const statusesOfRecs = new Set((data.recommendations ?? []).map((r) => r.status));
    expect(statusesOfRecs.size).toBeGreaterThanOrEqual(4);
    expect((data.recommendations ?? []).some((r) => r.dueDate === '')).toBe(true);
    expect((data.recommendations ?? []).some((r) => r.dueDate !== '' && r.dueDate < TODAY)).toBe(true);
  });

  it('reach the planning figures at province scale: about 60,000 meetings, 20,000 recommendations', () => {
    const province = generateSampleData({ seed: 2025, scale: 'province', today: '2025-10-15' });
    expect(province.meetings?.length).toBeGreaterThan(50_000);
    expect(province.meetings?.length).toBeLessThan(70_000);
    expect(province.recommendations?.length).toBeGreaterThan(17_000);
    expect(province.recommendations?.length).toBeLessThan(23_000);
    expect(meetingProblems(province, '2025-10-15')).toEqual([]);
  }, 30_000);
});
