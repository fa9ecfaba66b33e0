import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/domain/meetings';
import type { Registration } from '../../../shared/domain/types';
import {
  ASSUMED_MEETING_MINUTES,
  meetingEnd,
  meetingWarnings,
  warningsByMeeting,
  type MeetingWarning,
} from '../../../shared/meetings/meeting-checks';
import { meeting, reg } from './fixture';

const today = '2026-05-15';
// Official a attends two cells, b one; none of their registrations names a quarter.
const registrations: Registration[] = [
  reg('ra1', 'a', { kind: 'year', year: 2026, quarters: [] }),
  reg('ra2', 'a', { kind: 'term', startYear: 2025, endYear: 2030 }),
  reg('rb', 'b', { kind: 'year', year: 2026, quarters: [] }),
];
const day = '2026-06-02';

function warnings(meetings: Meeting[], regs: Registration[] = registrations, noticeDays = 3, on = today) {
  return meetingWarnings({ meetings, registrations: regs, today: on, noticeDays });
}
const overlapsOf = (meetings: Meeting[]) => warnings(meetings).filter((w) => w.kind === 'overlap');
const pair = (a: string, b: string, officialId = 'a', date = day): MeetingWarning[] => [
  { kind: 'overlap', meetingId: a, otherMeetingId: b, officialId, date },
  { kind: 'overlap', meetingId: b, otherMeetingId: a, officialId, date },
];

describe('meeting end', () => {
  it('is the given end, or two hours after the start when the notice gave none', () => {
    expect(ASSUMED_MEETING_MINUTES).toBe(120);
    expect(meetingEnd({ startTime: '08:00', endTime: '09:15' })).toBe('09:15');
    expect(meetingEnd({ startTime: '07:30', endTime: '' })).toBe('09:30');
    expect(meetingEnd({ startTime: '19:45', endTime: '' })).toBe('21:45');
    // A late evening start stays on its own day.
    expect(meetingEnd({ startTime: '23:00', endTime: '' })).toBe('24:00');
  });
});

describe('overlapping meetings', () => {
  it('flags the same official twice at once, one warning per meeting naming the other', () => {
    const ws = overlapsOf([
      meeting('m1', 'ra1', day, { startTime: '08:00', endTime: '10:00' }),
      meeting('m2', 'ra2', day, { startTime: '09:00', endTime: '11:00' }),
    ]);
    expect(ws).toEqual(pair('m1', 'm2'));
  });

  it('assumes 120 minutes when the end is not given', () => {
    const open = meeting('m1', 'ra1', day, { startTime: '08:00', endTime: '' });
    expect(overlapsOf([open, meeting('m2', 'ra2', day, { startTime: '09:59', endTime: '11:00' })])).toEqual(pair('m1', 'm2'));
    expect(overlapsOf([open, meeting('m2', 'ra2', day, { startTime: '10:00', endTime: '' })])).toEqual([]);
  });

  it('does not flag meetings that only touch (08:00–10:00 then 10:00–11:00)', () => {
    const ws = overlapsOf([
      meeting('m1', 'ra1', day, { startTime: '08:00', endTime: '10:00' }),
      meeting('m2', 'ra2', day, { startTime: '10:00', endTime: '11:00' }),
    ]);
    expect(ws).toEqual([]);
  });

  it('does not flag different officials, or the same official on different days', () => {
    expect(overlapsOf([meeting('m1', 'ra1', day), meeting('m2', 'rb', day)])).toEqual([]);
    expect(overlapsOf([meeting('m1', 'ra1', day), meeting('m2', 'ra2', '2026-06-03')])).toEqual([]);
  });

  it('ignores meetings the official did not attend, but not held or postponed ones', () => {
    const missed = meeting('m2', 'ra2', day, { status: 'not_attended', absenceReason: 'Đi công tác' });
    expect(overlapsOf([meeting('m1', 'ra1', day), missed])).toEqual([]);
    const held = meeting('m2', 'ra2', day, { status: 'held' });
    expect(overlapsOf([meeting('m1', 'ra1', day, { status: 'postponed' }), held])).toEqual(pair('m1', 'm2'));
  });

  it('finds every clashing pair and only those, whatever the input order', () => {
    const long = meeting('long', 'ra1', day, { startTime: '08:00', endTime: '12:00' });
    const early = meeting('early', 'ra2', day, { startTime: '09:00', endTime: '10:00' });
    const late = meeting('late', 'ra2', day, { startTime: '11:00', endTime: '12:00' });
    const ws = overlapsOf([late, early, long]);
    expect(ws).toHaveLength(4);
    expect(ws).toEqual(expect.arrayContaining([...pair('long', 'early'), ...pair('long', 'late')]));
    // Each meeting's warnings come in the input order, its clashes by start time.
    expect(ws.map((w) => w.meetingId)).toEqual(['late', 'early', 'long', 'long']);
    expect(warningsByMeeting(ws).get('long')?.map((w) => (w.kind === 'overlap' ? w.otherMeetingId : ''))).toEqual(['early', 'late']);
  });

  it('cannot tell the official of a meeting whose registration is gone', () => {
    expect(overlapsOf([meeting('m1', 'ra1', day), meeting('m2', 'gone', day)])).toEqual([]);
  });
});

describe('host', () => {
  it('warns while a meeting is ahead and its host is not named and confirmed', () => {
    const ws = warnings([
      meeting('none', 'ra1', '2026-06-01', { host: { role: null, name: '', confirmed: false } }),
      meeting('unconfirmed', 'ra1', '2026-06-02', { host: { role: 'deputy', name: 'Lê Văn B', confirmed: false } }),
      meeting('moved', 'ra1', '2026-06-03', { status: 'postponed', host: { role: null, name: '', confirmed: false } }),
      meeting('ok', 'ra1', '2026-06-04'),
      meeting('held', 'ra1', '2026-05-01', { status: 'held', host: { role: null, name: '', confirmed: false } }),
      meeting('missed', 'ra1', '2026-05-02', { status: 'not_attended', host: { role: null, name: '', confirmed: false } }),
    ]);
    expect(ws.filter((w) => w.kind === 'noHost')).toEqual([
      { kind: 'noHost', meetingId: 'none' },
      { kind: 'noHost', meetingId: 'unconfirmed' },
      { kind: 'noHost', meetingId: 'moved' },
    ]);
  });
});

describe('late notice', () => {
  const noticed = (noticeDate: string, date = '2026-06-10') => meeting(`on ${noticeDate}`, 'ra1', date, { noticeDate });
  const late = (ms: Meeting[], noticeDays = 3) => warnings(ms, registrations, noticeDays).filter((w) => w.kind === 'lateNotice');

  it('accepts a notice the required days ahead and flags one a day later', () => {
    expect(late([noticed('2026-06-07')])).toEqual([]);
    expect(late([noticed('2026-06-08')])).toEqual([{ kind: 'lateNotice', meetingId: 'on 2026-06-08', daysBefore: 2, required: 3 }]);
    expect(late([noticed('2026-06-01')])).toEqual([]);
  });

  it('counts calendar days across a month end', () => {
    expect(late([noticed('2026-02-27', '2026-03-02')])).toEqual([]);
    expect(late([noticed('2026-02-28', '2026-03-02')])).toEqual([
      { kind: 'lateNotice', meetingId: 'on 2026-02-28', daysBefore: 2, required: 3 },
    ]);
  });

  it('follows the setting: with 0 days only a notice after the meeting is late', () => {
    expect(late([noticed('2026-06-10')], 0)).toEqual([]);
    expect(late([noticed('2026-06-11')], 0)).toEqual([{ kind: 'lateNotice', meetingId: 'on 2026-06-11', daysBefore: -1, required: 0 }]);
    expect(late([noticed('2026-06-05')], 7)).toHaveLength(1);
  });
});

describe('quarters with no meeting', () => {
  const planned = reg('rq', 'a', { kind: 'year', year: 2026, quarters: [3, 1, 2] });
  const quarterWarnings = (meetings: Meeting[], on = today, regs = [planned]) =>
    warnings(meetings, regs, 3, on).filter((w) => w.kind === 'unscheduledQuarter');
  const q = (quarter: 1 | 2 | 3 | 4, past: boolean, registrationId = 'rq', year = 2026): MeetingWarning => ({
    kind: 'unscheduledQuarter',
    registrationId,
    year,
    quarter,
    past,
  });

  it('flags started planned quarters only, marking those already over', () => {
    expect(quarterWarnings([])).toEqual([q(1, true), q(2, false)]);
  });

  it('starts checking a quarter on its first day and calls it past the day after its last', () => {
    expect(quarterWarnings([], '2026-03-31')).toEqual([q(1, false)]);
    expect(quarterWarnings([], '2026-04-01')).toEqual([q(1, true), q(2, false)]);
    expect(quarterWarnings([], '2026-07-01')).toEqual([q(1, true), q(2, true), q(3, false)]);
  });

  it('is satisfied by a scheduled, postponed or held meeting of that registration, not a missed one', () => {
    expect(quarterWarnings([meeting('m1', 'rq', '2026-02-10', { status: 'held' }), meeting('m2', 'rq', '2026-06-30')])).toEqual([]);
    expect(quarterWarnings([meeting('m1', 'rq', '2026-03-31', { status: 'postponed' })])).toEqual([q(2, false)]);
    const missed = meeting('m1', 'rq', '2026-02-10', { status: 'not_attended', absenceReason: 'Ốm' });
    expect(quarterWarnings([missed])).toEqual([q(1, true), q(2, false)]);
    // Another registration of the same official does not carry this one out.
    expect(quarterWarnings([meeting('m1', 'ra1', '2026-02-10', { status: 'held' })], today, [planned, registrations[0]!])).toEqual([
      q(1, true),
      q(2, false),
    ]);
  });

  it('checks earlier years too, but never terms or years without quarters', () => {
    const lastYear = reg('old', 'a', { kind: 'year', year: 2025, quarters: [4] });
    expect(quarterWarnings([], today, [lastYear, ...registrations])).toEqual([q(4, true, 'old', 2025)]);
    expect(quarterWarnings([meeting('m1', 'old', '2026-01-05')], today, [lastYear])).toEqual([q(4, true, 'old', 2025)]);
  });
});

describe('warnings by meeting', () => {
  it('gathers each meeting’s warnings and leaves out the quarter warnings', () => {
    const ws: MeetingWarning[] = [
      { kind: 'noHost', meetingId: 'm1' },
      { kind: 'unscheduledQuarter', registrationId: 'r', year: 2026, quarter: 1, past: true },
      { kind: 'lateNotice', meetingId: 'm2', daysBefore: 1, required: 3 },
      { kind: 'lateNotice', meetingId: 'm1', daysBefore: 0, required: 3 },
    ];
    const map = warningsByMeeting(ws);
    expect([...map.keys()]).toEqual(['m1', 'm2']);
    expect(map.get('m1')).toEqual([ws[0], ws[3]]);
  });
});
