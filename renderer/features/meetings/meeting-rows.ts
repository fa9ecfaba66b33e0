import { formatPeriodVi } from '../../../shared/domain/labels-vi';
import type { Meeting } from '../../../shared/domain/meetings';
import type { GrassrootsOrg, Official, PartyCell, Registration } from '../../../shared/domain/types';
import { compareVi } from '../../../shared/text/collation';

/** A meeting joined with the registration it carries out: who attends which cell. */
export interface MeetingRow {
  id: string;
  meeting: Meeting;
  officialId: string;
  officialName: string;
  /** "N.V. An": fits a month-view line. */
  officialShort: string;
  position: string;
  cellId: string;
  cellName: string;
  orgId: string;
  orgName: string;
  /** "Chi bộ xóm 1 — Đảng bộ xã Hoa Thành"; a chi bộ cơ sở is named once. */
  cellLabel: string;
}

/** The records a meeting points at, by id, built once per change of any table. */
export interface Directory {
  registrationById: ReadonlyMap<string, Registration>;
  officialById: ReadonlyMap<string, Official>;
  cellById: ReadonlyMap<string, PartyCell>;
  orgById: ReadonlyMap<string, GrassrootsOrg>;
}

export function buildDirectory(
  registrations: readonly Registration[],
  officials: readonly Official[],
  cells: readonly PartyCell[],
  orgs: readonly GrassrootsOrg[],
): Directory {
  return {
    registrationById: new Map(registrations.map((r) => [r.id, r])),
    officialById: new Map(officials.map((o) => [o.id, o])),
    cellById: new Map(cells.map((c) => [c.id, c])),
    orgById: new Map(orgs.map((o) => [o.id, o])),
  };
}

/** "Nguyễn Văn An" → "N.V. An"; a one-word name stays as it is. */
export function shortName(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return name.trim();
  const initials = words.slice(0, -1).map((w) => `${w.charAt(0).toUpperCase()}.`);
  return `${initials.join('')} ${words[words.length - 1]}`;
}

export function cellLabel(cellName: string, orgName: string): string {
  return !orgName || cellName === orgName ? cellName : `${cellName} — ${orgName}`;
}

/** Who attends which cell, as the registration names them. */
export function registrationParties(registration: Registration | undefined, dir: Directory) {
  const official = registration ? dir.officialById.get(registration.officialId) : undefined;
  const cell = registration ? dir.cellById.get(registration.cellId) : undefined;
  const org = cell ? dir.orgById.get(cell.orgId) : undefined;
  return {
    officialId: official?.id ?? '',
    officialName: official?.name ?? '',
    position: official?.position ?? '',
    cellId: cell?.id ?? '',
    cellName: cell?.name ?? '',
    orgId: org?.id ?? '',
    orgName: org?.name ?? '',
  };
}

const byDateAndTime = (a: MeetingRow, b: MeetingRow) =>
  a.meeting.date === b.meeting.date
    ? a.meeting.startTime < b.meeting.startTime
      ? -1
      : a.meeting.startTime > b.meeting.startTime
        ? 1
        : 0
    : a.meeting.date < b.meeting.date
      ? -1
      : 1;

/** One row per meeting, sorted by day then start, so a date range is one binary search away. */
export function buildMeetingRows(meetings: readonly Meeting[], dir: Directory): MeetingRow[] {
  return meetings
    .map((meeting) => {
      const parties = registrationParties(dir.registrationById.get(meeting.registrationId), dir);
      return {
        id: meeting.id,
        meeting,
        ...parties,
        officialShort: shortName(parties.officialName),
        cellLabel: cellLabel(parties.cellName, parties.orgName),
      };
    })
    .sort(byDateAndTime);
}

/** First index whose date is >= `date` in rows sorted by date. */
function lowerBound(rows: readonly MeetingRow[], date: string): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid]!.meeting.date < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The rows dated from `from` to `to` inclusive, without looking at the others. */
export function rowsInRange(sorted: readonly MeetingRow[], from: string, to: string): MeetingRow[] {
  const start = lowerBound(sorted, from);
  let end = start;
  while (end < sorted.length && sorted[end]!.meeting.date <= to) end++;
  return sorted.slice(start, end);
}

/** A registration as the quick-entry picker offers it. */
export interface RegistrationOption {
  id: string;
  label: string;
  officialName: string;
  position: string;
  cellName: string;
  orgName: string;
  period: string;
}

export function registrationOptions(registrations: readonly Registration[], dir: Directory): RegistrationOption[] {
  return registrations
    .map((registration) => {
      const p = registrationParties(registration, dir);
      const period = formatPeriodVi(registration.period);
      return {
        id: registration.id,
        label: `${p.officialName} — ${cellLabel(p.cellName, p.orgName)} (${period})`,
        officialName: p.officialName,
        position: p.position,
        cellName: p.cellName,
        orgName: p.orgName,
        period,
      };
    })
    .sort(
      (a, b) =>
        compareVi(a.officialName, b.officialName) || compareVi(a.orgName, b.orgName) || compareVi(a.cellName, b.cellName),
    );
}

/** Rows grouped by the meeting's day, in the order given (the calendars keep time order). */
export function rowsByDay(rows: readonly MeetingRow[]): Map<string, MeetingRow[]> {
  const map = new Map<string, MeetingRow[]>();
  for (const row of rows) {
    const list = map.get(row.meeting.date);
    if (list) list.push(row);
    else map.set(row.meeting.date, [row]);
  }
  return map;
}
