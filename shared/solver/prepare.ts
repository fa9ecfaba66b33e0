/**
 * The instance indexed once for the network builder, the decoder and the explanations:
 * officials and cells in id order (so every run sees the same order whatever the input
 * order), loads, registrant counts, and the registrations that may move (never a fixed one).
 */
import { foldForSearch } from '../text/normalize';
import type { SolverCell, SolverInstance, SolverOfficial, SolverRegistration } from './types';

export interface PreparedOfficial {
  official: SolverOfficial;
  /** Distinct cells registered in the year. */
  load: number;
  /** Cells the official can still take on: capacity − load, never negative. */
  spare: number;
  /** null: may go anywhere. */
  areas: ReadonlySet<string> | null;
  /** Folded field, '' when none. */
  fieldKey: string;
}

export interface PreparedCell {
  cell: SolverCell;
  /** Distinct registrants. */
  registrants: number;
  fieldKey: string;
}

export interface MovableRegistration {
  registration: SolverRegistration;
  official: number;
  cell: number;
}

/** A crowded cell that can hand registrants to uncovered ones. */
export interface Donor {
  cell: number;
  /** Its movable registrations, by registration id. */
  movable: MovableRegistration[];
  /** How many may leave: keeps `minPerCell` registrants and moves only movable ones. */
  canGive: number;
}

export interface PreparedInstance {
  instance: SolverInstance;
  officials: PreparedOfficial[];
  cells: PreparedCell[];
  officialById: ReadonlyMap<string, number>;
  cellById: ReadonlyMap<string, number>;
  /** Indices of cells nobody registered for, ascending. */
  uncovered: number[];
  donors: Donor[];
}

export const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function isInside(o: PreparedOfficial, c: PreparedCell): boolean {
  return o.areas === null || o.areas.has(c.cell.area);
}

export function fieldMatches(o: PreparedOfficial, c: PreparedCell): boolean {
  return o.fieldKey !== '' && o.fieldKey === c.fieldKey;
}

/** Registrations grouped by (official, cell), ignoring any that point at unknown records. */
function pairRegistrations(instance: SolverInstance, officialById: Map<string, number>, cellById: Map<string, number>) {
  const pairs = new Map<string, { official: number; cell: number; registrations: SolverRegistration[] }>();
  for (const r of [...instance.registrations].sort(byId)) {
    const official = officialById.get(r.officialId);
    const cell = cellById.get(r.cellId);
    if (official === undefined || cell === undefined) continue;
    const key = `${official}:${cell}`;
    const pair = pairs.get(key);
    if (pair) pair.registrations.push(r);
    else pairs.set(key, { official, cell, registrations: [r] });
  }
  return [...pairs.values()];
}

/** Folding is slow (Unicode normalization) and a province has a handful of fields: fold each once. */
function fieldFolder(): (field: string | undefined) => string {
  const cache = new Map<string, string>();
  return (field = '') => {
    let key = cache.get(field);
    if (key === undefined) cache.set(field, (key = foldForSearch(field)));
    return key;
  };
}

export function prepare(instance: SolverInstance): PreparedInstance {
  const fold = fieldFolder();
  const officialList = [...instance.officials].sort(byId);
  const cellList = [...instance.cells].sort(byId);
  const officialById = new Map(officialList.map((o, i) => [o.id, i]));
  const cellById = new Map(cellList.map((c, i) => [c.id, i]));
  const pairs = pairRegistrations(instance, officialById, cellById);

  const load = new Array<number>(officialList.length).fill(0);
  const registrants = new Array<number>(cellList.length).fill(0);
  for (const p of pairs) {
    load[p.official]! += 1;
    registrants[p.cell]! += 1;
  }
  const officials = officialList.map((official, i): PreparedOfficial => ({
    official,
    load: load[i]!,
    spare: Math.max(0, official.capacity - load[i]!),
    areas: official.areas.length === 0 ? null : new Set(official.areas),
    fieldKey: fold(official.field),
  }));
  const cells = cellList.map((cell, i): PreparedCell => ({ cell, registrants: registrants[i]!, fieldKey: fold(cell.field) }));

  // An official registered twice for one cell (two quarters, say) has a plan for it: moving
  // one of the two would not free the cell, so only single registrations move.
  const { crowdingThreshold, minPerCell } = instance.rules;
  const movableByCell = new Map<number, MovableRegistration[]>();
  for (const p of pairs) {
    const registration = p.registrations[0];
    if (!registration || p.registrations.length !== 1 || registration.fixed || registrants[p.cell]! < crowdingThreshold) continue;
    const list = movableByCell.get(p.cell) ?? [];
    list.push({ registration, official: p.official, cell: p.cell });
    movableByCell.set(p.cell, list);
  }
  const donors: Donor[] = [...movableByCell.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([cell, movable]) => ({
      cell,
      movable: movable.sort((a, b) => byId(a.registration, b.registration)),
      canGive: Math.min(movable.length, registrants[cell]! - minPerCell),
    }))
    .filter((d) => d.canGive > 0);

  const uncovered = cells.flatMap((c, i) => (c.registrants === 0 ? [i] : []));
  return { instance, officials, cells, officialById, cellById, uncovered, donors };
}
