/**
 * What the dashboard needs from the data before it can count any period: computed once per
 * data change (in the worker), so a period or scope change only counts. Sorting cells in
 * Vietnamese order is the expensive part (collation over 15,000 names at province scale),
 * and every period shows the cells in that order, so it happens here (cell-order.ts).
 *
 * Records that can never count are left out here, once: cells of missing organizations,
 * registrations for missing cells, meetings without a (counted) registration or without a
 * real date, recommendations of such meetings.
 */
import type { CellRow } from '../coverage/coverage';
import type { Meeting, Recommendation } from '../domain/meetings';
import { crowdingThreshold } from '../domain/rules';
import type { Official, Quarter, Registration } from '../domain/types';
import { sortOfficials } from '../synthesis/plan';
import { cellsWithOrg, orgRunsOf, type OrgRun } from './cell-order';
import type { CellRegistrant, DashboardInput } from './types';

export type { OrgRun } from './cell-order';

/** A meeting that can count: its registration's cell is one of the prepared cells. */
export interface PreparedMeeting {
  meeting: Meeting;
  registration: Registration;
  /** Index in PreparedDashboard.cells. */
  cellIndex: number;
  /** undefined when the official was deleted. */
  official: Official | undefined;
  year: number;
  quarter: Quarter;
  /** Recommendations raised at the meeting, in input order. */
  recommendations: Recommendation[];
}

export interface PreparedDashboard {
  /** Cells whose organization exists, by organization then cell name (Vietnamese order). */
  cells: CellRow[];
  /** Organizations with at least one cell, in the order of `cells`. */
  orgRuns: OrgRun[];
  orgRunById: ReadonlyMap<string, OrgRun>;
  /** Per cell (same index as `cells`): its registrations, any period, in input order. */
  registrationsByCell: Registration[][];
  officialById: ReadonlyMap<string, Official>;
  /** Officials' positions in Vietnamese name order: the order registrants are listed in. */
  officialRank: ReadonlyMap<string, number>;
  /** By date, start time, then id. */
  meetings: PreparedMeeting[];
  /** meetings[i].meeting.date, for finding a period's meetings by binary search. */
  meetingDates: string[];
  /**
   * Per cell (same index as `cells`): the calendar years in which it has at least the
   * rules' threshold of distinct registrants, deleted officials included: the years
   * violations() finds it crowded in. Mostly empty.
   */
  crowdedYears: readonly (readonly number[])[];
  /** What a cell lists for each official with a registration; name null for a deleted official. */
  registrantById: ReadonlyMap<string, CellRegistrant>;
}

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const NO_YEARS: readonly number[] = [];

/** The years in which the registrations name at least `threshold` distinct officials. */
function crowdedYearsOf(registrations: readonly Registration[], threshold: number): readonly number[] {
  // Fewer registrations than the threshold cannot crowd any year: most cells stop here.
  if (registrations.length < threshold) return NO_YEARS;
  const officialsByYear = new Map<number, Set<string>>();
  for (const r of registrations) {
    for (const year of r.years) {
      const set = officialsByYear.get(year);
      if (set) set.add(r.officialId);
      else officialsByYear.set(year, new Set([r.officialId]));
    }
  }
  const years = [...officialsByYear].flatMap(([year, set]) => (set.size >= threshold ? [year] : []));
  return years.length > 0 ? years : NO_YEARS;
}

function registrants(registrations: readonly Registration[], officialById: ReadonlyMap<string, Official>): Map<string, CellRegistrant> {
  const byId = new Map<string, CellRegistrant>();
  for (const { officialId } of registrations) {
    if (!byId.has(officialId)) byId.set(officialId, { officialId, name: officialById.get(officialId)?.name ?? null });
  }
  return byId;
}

/** Within a day: by start time, then id. */
function compareInDay(a: PreparedMeeting, b: PreparedMeeting): number {
  const [x, y] = [a.meeting, b.meeting];
  if (x.startTime !== y.startTime) return x.startTime < y.startTime ? -1 : 1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** By date, start time, id: grouped by day first (a term has ≈60,000 meetings on ≈2,000 days), then each day sorted. */
function inCalendarOrder(meetings: readonly PreparedMeeting[]): PreparedMeeting[] {
  const byDate = new Map<string, PreparedMeeting[]>();
  for (const m of meetings) {
    const list = byDate.get(m.meeting.date);
    if (list) list.push(m);
    else byDate.set(m.meeting.date, [m]);
  }
  return [...byDate.keys()].sort().flatMap((date) => byDate.get(date)!.sort(compareInDay));
}

function prepareMeetings(
  input: DashboardInput,
  placed: ReadonlyMap<string, { registration: Registration; cellIndex: number }>,
  officialById: ReadonlyMap<string, Official>,
): PreparedMeeting[] {
  const recsByMeeting = new Map<string, Recommendation[]>();
  for (const rec of input.recommendations) {
    const list = recsByMeeting.get(rec.meetingId);
    if (list) list.push(rec);
    else recsByMeeting.set(rec.meetingId, [rec]);
  }
  const prepared: PreparedMeeting[] = [];
  for (const meeting of input.meetings) {
    const at = placed.get(meeting.registrationId);
    if (!at || !ISO_DAY.test(meeting.date)) continue;
    const { registration, cellIndex } = at;
    prepared.push({
      meeting,
      registration,
      cellIndex,
      official: officialById.get(registration.officialId),
      year: Number(meeting.date.slice(0, 4)),
      quarter: (Math.floor((Number(meeting.date.slice(5, 7)) - 1) / 3) + 1) as Quarter,
      recommendations: recsByMeeting.get(meeting.id) ?? [],
    });
  }
  return inCalendarOrder(prepared);
}

export function prepareDashboard(input: DashboardInput): PreparedDashboard {
  const cells = cellsWithOrg(input);
  const orgRuns = orgRunsOf(cells);
  const cellIndex = new Map(cells.map(({ cell }, i) => [cell.id, i]));
  const registrationsByCell: Registration[][] = cells.map(() => []);
  // Registrations whose cell counts, by id: where their meetings are.
  const placed = new Map<string, { registration: Registration; cellIndex: number }>();
  for (const registration of input.registrations) {
    const i = cellIndex.get(registration.cellId);
    if (i === undefined) continue;
    registrationsByCell[i]!.push(registration);
    placed.set(registration.id, { registration, cellIndex: i });
  }
  const officialById = new Map(input.officials.map((o) => [o.id, o]));
  const meetings = prepareMeetings(input, placed, officialById);
  const threshold = crowdingThreshold(input.rules);
  return {
    cells,
    orgRuns,
    orgRunById: new Map(orgRuns.map((run) => [run.org.id, run])),
    registrationsByCell,
    officialById,
    officialRank: new Map(sortOfficials(input.officials).map((o, i) => [o.id, i])),
    meetings,
    meetingDates: meetings.map((m) => m.meeting.date),
    crowdedYears: registrationsByCell.map((list) => crowdedYearsOf(list, threshold)),
    registrantById: registrants(input.registrations, officialById),
  };
}
