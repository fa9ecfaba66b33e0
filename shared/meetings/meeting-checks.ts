/**
 * Warnings the clerk should see on the meeting calendar: an official booked twice at once,
 * no confirmed host, a notice that came too late, and planned quarters with no meeting.
 * They are advice, not refusals: a clash may be real and settled by phone.
 */
import type { Meeting } from '../domain/meetings';
import type { Quarter, Registration } from '../domain/types';
import { isoFromParts, quarterOf, yearOf } from './iso-date';

export type MeetingWarning =
  | { kind: 'overlap'; meetingId: string; otherMeetingId: string; officialId: string; date: string }
  | { kind: 'noHost'; meetingId: string }
  | { kind: 'lateNotice'; meetingId: string; daysBefore: number; required: number }
  | { kind: 'unscheduledQuarter'; registrationId: string; year: number; quarter: Quarter; past: boolean };

/** Notices often give only the start; a party cell meeting rarely runs past two hours. */
export const ASSUMED_MEETING_MINUTES = 120;

/**
 * Whether a meeting holds a place on the official's calendar. Not attended means the
 * official was not there, so it neither clashes nor carries out the plan.
 */
export function isOnCalendar(m: Pick<Meeting, 'status'>): boolean {
  return m.status !== 'not_attended';
}

/** The quarters a registration names for its year; empty for terms and "time not given". */
export function plannedQuarters(reg: Registration): { year: number; quarters: Quarter[] } {
  if (reg.period.kind !== 'year') return { year: 0, quarters: [] };
  return { year: reg.period.year, quarters: [...new Set(reg.period.quarters)].sort((a, b) => a - b) };
}

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** "HH:mm" the meeting ends, assumed when the notice gave none; capped at "24:00" (same day). */
export function meetingEnd(m: Pick<Meeting, 'startTime' | 'endTime'>): string {
  if (m.endTime !== '') return m.endTime;
  const end = Math.min(minutes(m.startTime) + ASSUMED_MEETING_MINUTES, 24 * 60);
  return `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
}

/** Day number for calendar arithmetic; UTC has no daylight saving to shift a day. */
function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

interface Slot {
  meeting: Meeting;
  officialId: string;
  start: string;
  end: string;
}

/** Each meeting's clashes: grouped by official and day, swept in start order. */
function overlaps(meetings: Meeting[], officialOf: Map<string, string>): Map<string, MeetingWarning[]> {
  const groups = new Map<string, Slot[]>();
  for (const meeting of meetings) {
    const officialId = officialOf.get(meeting.registrationId);
    if (officialId === undefined || !isOnCalendar(meeting)) continue;
    const key = `${officialId}\u0000${meeting.date}`;
    const slot = { meeting, officialId, start: meeting.startTime, end: meetingEnd(meeting) };
    const group = groups.get(key);
    if (group) group.push(slot);
    else groups.set(key, [slot]);
  }
  const found = new Map<string, MeetingWarning[]>();
  const add = (a: Slot, b: Slot) => {
    const { id, date } = a.meeting;
    const w: MeetingWarning = { kind: 'overlap', meetingId: id, otherMeetingId: b.meeting.id, officialId: a.officialId, date };
    const list = found.get(a.meeting.id);
    if (list) list.push(w);
    else found.set(a.meeting.id, [w]);
  };
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    let active: Slot[] = [];
    for (const slot of group) {
      // Touching is not clashing: one meeting may end at 10:00 and the next start then.
      active = active.filter((other) => other.end > slot.start);
      for (const other of active) {
        add(other, slot);
        add(slot, other);
      }
      active.push(slot);
    }
  }
  return found;
}

function unscheduledQuarters(meetings: Meeting[], registrations: Registration[], today: string): MeetingWarning[] {
  const covered = new Set<string>();
  for (const m of meetings) {
    if (isOnCalendar(m)) covered.add(`${m.registrationId}\u0000${yearOf(m.date)}\u0000${quarterOf(m.date)}`);
  }
  const warnings: MeetingWarning[] = [];
  for (const reg of registrations) {
    const { year, quarters } = plannedQuarters(reg);
    for (const quarter of quarters) {
      // Plain text bounds: quarterRange's date arithmetic is too slow for every registration.
      const starts = isoFromParts(year, quarter * 3 - 2, 1);
      const next = quarter === 4 ? isoFromParts(year + 1, 1, 1) : isoFromParts(year, quarter * 3 + 1, 1);
      if (starts > today || covered.has(`${reg.id}\u0000${year}\u0000${quarter}`)) continue;
      warnings.push({ kind: 'unscheduledQuarter', registrationId: reg.id, year, quarter, past: next <= today });
    }
  }
  return warnings;
}

/**
 * Every warning, meeting by meeting in the given order (clashes, host, notice), then the
 * unscheduled quarters by registration. Meetings whose registration is missing are not
 * checked for clashes: without it there is no official to clash.
 */
export function meetingWarnings(input: {
  meetings: Meeting[];
  registrations: Registration[];
  today: string;
  noticeDays: number;
}): MeetingWarning[] {
  const { meetings, registrations, today, noticeDays } = input;
  const officialOf = new Map(registrations.map((r) => [r.id, r.officialId]));
  const clashes = overlaps(meetings, officialOf);
  const warnings: MeetingWarning[] = [];
  for (const m of meetings) {
    warnings.push(...(clashes.get(m.id) ?? []));
    if ((m.status === 'scheduled' || m.status === 'postponed') && (m.host.role === null || !m.host.confirmed)) {
      warnings.push({ kind: 'noHost', meetingId: m.id });
    }
    const daysBefore = dayNumber(m.date) - dayNumber(m.noticeDate);
    if (daysBefore < noticeDays) warnings.push({ kind: 'lateNotice', meetingId: m.id, daysBefore, required: noticeDays });
  }
  warnings.push(...unscheduledQuarters(meetings, registrations, today));
  return warnings;
}

/** The warnings that name a meeting, by its id (unscheduled quarters name none). */
export function warningsByMeeting(ws: MeetingWarning[]): Map<string, MeetingWarning[]> {
  const byMeeting = new Map<string, MeetingWarning[]>();
  for (const w of ws) {
    if (w.kind === 'unscheduledQuarter') continue;
    const list = byMeeting.get(w.meetingId);
    if (list) list.push(w);
    else byMeeting.set(w.meetingId, [w]);
  }
  return byMeeting;
}
