/**
 * Sample meetings and recommendations for a given "today": past quarters mostly held,
 * some postponed or missed, the coming weeks scheduled (with or without a confirmed host),
 * quarters further ahead not yet announced. Recommendations come only from held meetings
 * and have moved along their flow as far as time since the meeting allows.
 */
import type { HostRole, Meeting, MeetingType, Postponement, Recommendation, RecommendationStep } from '../domain/meetings';
import { QUARTERS, type GrassrootsOrg, type PartyCell, type Quarter, type Registration } from '../domain/types';
import {
  ABSENCE_REASONS,
  ANSWERS,
  CLOSE_REASONS,
  FORWARD_NOTES,
  POSTPONE_REASONS,
  RECOMMENDATIONS,
  REGULAR_AGENDAS,
  RESOLUTIONS,
  THEMATIC_AGENDAS,
} from './meetings-vi';
import type { Random } from './random';

/** Notices reach the committee a few weeks ahead; later quarters have no date yet. */
const NOTICE_HORIZON_DAYS = 45;
const START_TIMES = ['07:30', '07:30', '08:00', '08:00', '08:00', '14:00', '14:00'] as const;
const END_TIMES: Record<string, string> = { '07:30': '10:00', '08:00': '10:30', '14:00': '16:30' };

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The (year, quarter) slots a registration's official is expected to attend. */
function plannedSlots(rng: Random, reg: Registration): { year: number; quarter: Quarter }[] {
  const p = reg.period;
  if (p.kind === 'term') return reg.years.flatMap((year) => QUARTERS.map((quarter) => ({ year, quarter })));
  if (p.quarters.length > 0) return [...new Set(p.quarters)].map((quarter) => ({ year: p.year, quarter }));
  // "Time not given": they go twice in the year.
  const [a, b] = rng.shuffle(QUARTERS);
  return [a, b].filter((q): q is Quarter => q !== undefined).map((quarter) => ({ year: p.year, quarter }));
}

/** A Monday–Saturday in the quarter. */
function dayInQuarter(rng: Random, year: number, quarter: Quarter): number {
  const first = Date.UTC(year, (quarter - 1) * 3, 1) / DAY_MS;
  const last = Date.UTC(year, quarter * 3, 1) / DAY_MS - 1;
  for (;;) {
    const day = rng.int(first, last);
    if (new Date(day * DAY_MS).getUTCDay() !== 0) return day;
  }
}

/**
 * A day the official has nothing else on, mostly: a few double bookings stay, as they do
 * in real calendars, for the clash warning to find.
 */
function freeDay(rng: Random, busy: Set<string>, officialId: string, year: number, quarter: Quarter): number {
  let day = dayInQuarter(rng, year, quarter);
  for (let tries = 0; tries < 6 && busy.has(`${officialId}|${day}`) && !rng.chance(0.1); tries++) day = dayInQuarter(rng, year, quarter);
  return day;
}

/** Village cells meet in the village hall; others in their organization's meeting room. */
function placeFor(cell: PartyCell | undefined, org: GrassrootsOrg | undefined): string {
  const name = cell?.name.replace(/^Chi bộ /, '') ?? '';
  if (/^(thôn|xóm|bản|khối|tổ dân phố|làng)/i.test(name)) return `Nhà văn hóa ${name}`;
  return `Phòng họp ${(org?.name ?? name).replace(/^(Đảng bộ|Chi bộ) /, '')}`;
}

interface Context {
  rng: Random;
  today: number;
  cells: Map<string, PartyCell>;
  orgs: Map<string, GrassrootsOrg>;
}

function postponement(rng: Random, date: number, today: number, startTime: string): Postponement {
  const fromDay = date - rng.int(3, 14);
  return {
    fromDate: isoOf(fromDay),
    fromTime: startTime,
    recordedOn: isoOf(Math.min(today, fromDay - rng.int(0, 2))),
    reason: rng.pick(POSTPONE_REASONS),
  };
}

/**
 * Past: mostly held, a few missed, and in the last week some not yet recorded by the
 * clerk. Ahead: scheduled, some already moved once.
 */
function meetingStatus(rng: Random, date: number, today: number): Meeting['status'] {
  const r = rng.float();
  if (date > today) return r < 0.82 ? 'scheduled' : 'postponed';
  if (date > today - 7 && r < 0.3) return 'scheduled';
  return r < 0.92 ? 'held' : 'not_attended';
}

function buildMeeting(ctx: Context, reg: Registration, date: number, n: number): Meeting {
  const { rng, today } = ctx;
  const cell = ctx.cells.get(reg.cellId);
  const startTime = rng.pick(START_TIMES);
  const type: MeetingType = rng.chance(0.8) ? 'regular' : 'thematic';
  const past = date <= today;
  const status = meetingStatus(rng, date, today);
  const moved = status === 'postponed' || (status === 'held' && rng.chance(0.06));
  const postponements = moved ? [postponement(rng, date, today, startTime)] : [];
  const firstDate = postponements[0] ? dayOf(postponements[0].fromDate) : date;
  const late = rng.chance(0.08);
  const noticeDay = Math.min(today, firstDate - (late ? rng.int(0, 2) : rng.int(3, 14)));
  const role: HostRole = rng.chance(0.7) ? 'secretary' : 'deputy';
  const h = rng.float();
  // Ahead: most hosts confirmed, some named but not confirmed, some not named yet.
  const host = past || h < 0.65 ? { role, name: '', confirmed: true } : { role: h < 0.85 ? role : null, name: '', confirmed: false };
  const held = status === 'held';
  return {
    id: `mtg-${pad(n, 6)}`,
    registrationId: reg.id,
    date: isoOf(date),
    startTime,
    endTime: rng.chance(0.6) ? (END_TIMES[startTime] ?? '') : '',
    place: placeFor(cell, cell && ctx.orgs.get(cell.orgId)),
    type,
    agenda: rng.pick(type === 'regular' ? REGULAR_AGENDAS : THEMATIC_AGENDAS),
    host,
    noticeDate: isoOf(noticeDay),
    status,
    postponements,
    absenceReason: status === 'not_attended' ? rng.pick(ABSENCE_REASONS) : '',
    hostAttended: held ? (rng.chance(0.95) ? role : null) : null,
    membersPresent: held && cell ? Math.max(1, Math.round(cell.memberCount * (0.75 + 0.23 * rng.float()))) : null,
    attendees: held && rng.chance(0.2) ? 'Đại diện Đảng ủy xã' : '',
    notes: '',
  };
}

/** Meetings of every registration, ids in registration order. */
export function sampleMeetings(
  rng: Random,
  registrations: Registration[],
  directory: { cells: PartyCell[]; orgs: GrassrootsOrg[] },
  today: string,
): Meeting[] {
  const ctx: Context = {
    rng,
    today: dayOf(today),
    cells: new Map(directory.cells.map((c) => [c.id, c])),
    orgs: new Map(directory.orgs.map((o) => [o.id, o])),
  };
  const meetings: Meeting[] = [];
  const busy = new Set<string>();
  for (const reg of registrations) {
    for (const { year, quarter } of plannedSlots(rng, reg)) {
      const date = freeDay(rng, busy, reg.officialId, year, quarter);
      if (date > ctx.today + NOTICE_HORIZON_DAYS) continue;
      busy.add(`${reg.officialId}|${date}`);
      meetings.push(buildMeeting(ctx, reg, date, meetings.length + 1));
    }
  }
  return meetings;
}

/** Steps after 'new', each dated after the last and never after today. */
function followUp(rng: Random, raised: number, today: number): RecommendationStep[] {
  const steps: RecommendationStep[] = [];
  let day = raised;
  const step = (status: RecommendationStep['status'], after: [number, number], note: string, skipReason = ''): boolean => {
    const next = day + rng.int(after[0], after[1]);
    if (next > today) return false;
    day = next;
    steps.push({ status, date: isoOf(day), note, skipReason });
    return true;
  };
  if (rng.chance(0.1)) {
    // Answered on the spot by the official.
    if (!step('answered', [0, 0], rng.pick(ANSWERS), 'Đồng chí lãnh đạo trả lời trực tiếp tại buổi sinh hoạt')) return steps;
  } else {
    if (!step('forwarded', [2, 20], rng.pick(FORWARD_NOTES))) return steps;
    if (rng.chance(0.05)) {
      step('closed', [5, 30], rng.pick(CLOSE_REASONS));
      return steps;
    }
    if (rng.chance(0.15) || !step('answered', [10, 60], rng.pick(ANSWERS))) return steps;
  }
  if (rng.chance(0.7)) step('resolved', [10, 120], rng.pick(RESOLUTIONS));
  return steps;
}

/** 0, 1 or 2 recommendations per held meeting (about 0.4 on average). */
export function sampleRecommendations(rng: Random, meetings: Meeting[], today: string): Recommendation[] {
  const todayDay = dayOf(today);
  const recs: Recommendation[] = [];
  for (const m of meetings) {
    if (m.status !== 'held') continue;
    const r = rng.float();
    const count = r < 0.68 ? 0 : r < 0.93 ? 1 : 2;
    for (let i = 0; i < count; i++) {
      const raised = dayOf(m.date);
      const base = rng.pick(RECOMMENDATIONS);
      const history: RecommendationStep[] = [
        { status: 'new', date: m.date, note: '', skipReason: '' },
        ...followUp(rng, raised, todayDay),
      ];
      recs.push({
        id: `rec-${pad(recs.length + 1, 6)}`,
        meetingId: m.id,
        ...base,
        dueDate: rng.chance(0.7) ? isoOf(raised + rng.int(30, 90)) : '',
        status: history.at(-1)?.status ?? 'new',
        history,
      });
    }
  }
  return recs;
}
