/**
 * The solver's cost model: a plan is judged by, in strict order,
 *   1. coverage: cells that get a registrant (maximized: the flow value);
 *   2. changes: one per newly covered cell, so fewest changes comes with (1);
 *   3. outside: suggestions outside the official's areas (only when allowed);
 *   4. adds: new registrations, so moving one off a crowded cell comes first;
 *   5. field mismatches: suggestions whose cell is not in the official's field;
 *   6. spread: the sum of convex marginal costs, `addSpreadCost` for each add (an
 *      official's k-th add costs more the fuller they get, relative to capacity) and
 *      `moveSpreadCost` for each move (the most crowded cells give first).
 * Tiers 3–6 become one integer per arc by weighting each tier above the most the lower
 * tiers can add up to over a whole plan, which makes the single min-cost flow exactly
 * lexicographic. The weights grow like units³·spread; for very large instances the spread
 * resolution drops (100 → 10 → 1 → 0) so every sum stays an exact integer.
 */
import { fieldMatches, isInside, type PreparedInstance } from './prepare';

export const SPREAD_RESOLUTIONS = [100, 10, 1, 0] as const;

export interface CostModel {
  /** Largest per-unit spread cost. */
  spread: number;
  field: number;
  add: number;
  /** 0 when outside-area suggestions are not allowed (the arcs do not exist). */
  outside: number;
  /** Most a single unit (one suggestion) can cost. */
  maxUnit: number;
}

/** Marginal cost of the add that brings an official to `loadAfter` of `capacity`. */
export function addSpreadCost(loadAfter: number, capacity: number, spread: number): number {
  return capacity > 0 ? Math.round((spread * Math.min(loadAfter, capacity)) / capacity) : spread;
}

/** Marginal cost of moving one registrant off a cell that has `countBefore` (≥ 2) of them. */
export function moveSpreadCost(countBefore: number, spread: number): number {
  return Math.round((2 * spread) / Math.max(2, countBefore));
}

/** Weights for at most `units` suggestions, or throws when even without spread they overflow. */
export function chooseCostModel(units: number, outsideTier: boolean): CostModel {
  const u = Math.max(1, units);
  for (const spread of SPREAD_RESOLUTIONS) {
    const field = u * spread + 1;
    const add = u * (spread + field) + 1;
    const outside = outsideTier ? u * (spread + field + add) + 1 : 0;
    const maxUnit = spread + field + add + outside;
    // Potentials and Dijkstra keys stay below (2·units + 2)·maxUnit (see min-cost-flow.ts).
    if ((2 * u + 4) * maxUnit <= Number.MAX_SAFE_INTEGER) return { spread, field, add, outside, maxUnit };
  }
  throw new RangeError(`Bài toán quá lớn để giải chính xác (${units} đề xuất có thể).`);
}

export interface PlanCost {
  covered: number;
  changes: number;
  outside: number;
  adds: number;
  fieldMismatches: number;
  spread: number;
}

export interface PlanChanges {
  moves: { registrationId: string; toCellId: string }[];
  adds: { officialId: string; cellId: string }[];
}

/** The cost vector of a plan (for tests and reports); assumes the plan is feasible. */
export function planCost(p: PreparedInstance, plan: PlanChanges, spread: number): PlanCost {
  const movedFrom = new Map<number, number>();
  const addsOf = new Map<number, number>();
  const cost: PlanCost = { covered: 0, changes: 0, outside: 0, adds: 0, fieldMismatches: 0, spread: 0 };
  const newlyCovered = new Set<number>();
  const count = (official: number, cell: number) => {
    const o = p.officials[official];
    const c = p.cells[cell];
    if (!o || !c) throw new Error('plan refers to unknown records');
    cost.changes++;
    if (c.registrants === 0) newlyCovered.add(cell);
    if (!isInside(o, c)) cost.outside++;
    if (!fieldMatches(o, c)) cost.fieldMismatches++;
  };
  const regs = new Map(p.donors.flatMap((d) => d.movable.map((m) => [m.registration.id, m] as const)));
  for (const m of plan.moves) {
    const movable = regs.get(m.registrationId);
    if (!movable) throw new Error(`registration ${m.registrationId} is not movable`);
    const k = (movedFrom.get(movable.cell) ?? 0) + 1;
    movedFrom.set(movable.cell, k);
    cost.spread += moveSpreadCost(p.cells[movable.cell]!.registrants - k + 1, spread);
    count(movable.official, p.cellById.get(m.toCellId) ?? -1);
  }
  for (const a of plan.adds) {
    const official = p.officialById.get(a.officialId) ?? -1;
    const k = (addsOf.get(official) ?? 0) + 1;
    addsOf.set(official, k);
    const o = p.officials[official];
    if (o) cost.spread += addSpreadCost(o.load + k, o.official.capacity, spread);
    cost.adds++;
    count(official, p.cellById.get(a.cellId) ?? -1);
  }
  cost.covered = p.cells.filter((c) => c.registrants > 0).length + newlyCovered.size;
  return cost;
}

/** Negative when `a` is the better plan. */
export function comparePlanCost(a: PlanCost, b: PlanCost): number {
  return b.covered - a.covered || a.changes - b.changes || a.outside - b.outside || a.adds - b.adds || a.fieldMismatches - b.fieldMismatches || a.spread - b.spread;
}
