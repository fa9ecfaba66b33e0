/**
 * What a district changed between two of its files for the same period: the cells and
 * registrations added, removed or moved, named as the clerk knows them, and the district's
 * figures before and after. The province's clerk reads it before the newer file replaces
 * the older one.
 */
import { formatPeriodVi } from '../domain/labels-vi';
import type { Registration, RegistrationPeriod } from '../domain/types';
import { compareNormalizedVi } from '../text/collation';
import { normalizeText } from '../text/normalize';
import type { CellRef, RegistrationChange, RegistrationRef, SubmissionChanges } from './changes-types';
import { canonicalJson } from './checksum';
import { districtKpi } from './consolidate';
import type { Submission } from './submission-schema';

/** Shown when a registration names an official or a cell the file does not have (the district's data was already inconsistent). */
const UNKNOWN = '(không rõ)';

/** The names a submission's ids stand for. */
class Names {
  private readonly orgs: Map<string, string>;
  private readonly cells: Map<string, { name: string; orgId: string }>;
  private readonly officials: Map<string, string>;

  constructor(s: Submission) {
    this.orgs = new Map(s.data.orgs.map((o) => [o.id, o.name]));
    this.cells = new Map(s.data.cells.map((c) => [c.id, { name: c.name, orgId: c.orgId }]));
    this.officials = new Map(s.data.officials.map((o) => [o.id, o.name]));
  }

  cell(id: string): CellRef {
    const cell = this.cells.get(id);
    return { id, name: cell?.name ?? UNKNOWN, orgName: (cell && this.orgs.get(cell.orgId)) ?? UNKNOWN };
  }

  registration(r: Registration): RegistrationRef {
    const cell = this.cell(r.cellId);
    return { id: r.id, officialName: this.officials.get(r.officialId) ?? UNKNOWN, cellName: cell.name, orgName: cell.orgName, periodText: formatPeriodVi(r.period) };
  }
}

/** Quarters in order and once each: "quý III, I" and "quý I, III" are the same period. */
function periodKey(p: RegistrationPeriod): string {
  return canonicalJson(p.kind === 'year' ? { ...p, quarters: [...new Set(p.quarters)].sort((a, b) => a - b) } : p);
}

const isMoved = (a: Registration, b: Registration) => a.officialId !== b.officialId || a.cellId !== b.cellId || periodKey(a.period) !== periodKey(b.period);

/** Sorted by the given names in Vietnamese order, then id, so the list reads the same every time. */
function sortByNames<T>(items: readonly T[], names: (t: T) => string[], id: (t: T) => string): T[] {
  const keyed = items.map((item) => ({ item, keys: names(item).map(normalizeText), id: id(item) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.keys.length; i++) {
      const c = compareNormalizedVi(a.keys[i] ?? '', b.keys[i] ?? '');
      if (c !== 0) return c;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return keyed.map((k) => k.item);
}

const sortCells = (cells: CellRef[]) => sortByNames(cells, (c) => [c.orgName, c.name], (c) => c.id);
const sortRegistrations = (regs: RegistrationRef[]) => sortByNames(regs, (r) => [r.officialName, r.orgName, r.cellName], (r) => r.id);

/** Items of `a` whose id `b` lacks. */
function missingFrom<T extends { id: string }>(a: readonly T[], b: readonly T[]): T[] {
  const ids = new Set(b.map((x) => x.id));
  return a.filter((x) => !ids.has(x.id));
}

export function diffSubmissions(before: Submission, after: Submission): SubmissionChanges {
  const [was, now] = [new Names(before), new Names(after)];
  const cellsAdded = sortCells(missingFrom(after.data.cells, before.data.cells).map((c) => now.cell(c.id)));
  const cellsRemoved = sortCells(missingFrom(before.data.cells, after.data.cells).map((c) => was.cell(c.id)));
  const registrationsAdded = sortRegistrations(missingFrom(after.data.registrations, before.data.registrations).map((r) => now.registration(r)));
  const registrationsRemoved = sortRegistrations(missingFrom(before.data.registrations, after.data.registrations).map((r) => was.registration(r)));
  const previous = new Map(before.data.registrations.map((r) => [r.id, r]));
  const changed: RegistrationChange[] = after.data.registrations.flatMap((r) => {
    const old = previous.get(r.id);
    return old && isMoved(old, r) ? [{ before: was.registration(old), after: now.registration(r) }] : [];
  });
  const registrationsChanged = sortByNames(changed, (c) => [c.after.officialName, c.after.orgName, c.after.cellName], (c) => c.after.id);
  const unchanged = [cellsAdded, cellsRemoved, registrationsAdded, registrationsRemoved, registrationsChanged].every((list) => list.length === 0);
  return {
    fromGeneratedAt: before.generatedAt,
    toGeneratedAt: after.generatedAt,
    cellsAdded,
    cellsRemoved,
    registrationsAdded,
    registrationsRemoved,
    registrationsChanged,
    kpiBefore: districtKpi(before),
    kpiAfter: districtKpi(after),
    unchanged,
  };
}
