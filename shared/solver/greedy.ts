/**
 * A greedy pass, the baseline the benchmark times the solver against and a lower bound
 * the tests check it against: each uncovered cell, in id order, takes the first official
 * (id order) allowed there who has a movable registration left, else the first allowed
 * official with room. No look-ahead, so an early choice can block a later cell. Linear
 * time: per area, pointers skip officials who have run out, which never reverses.
 */
import { prepare, type PreparedInstance } from './prepare';
import type { SolverInstance } from './types';

export interface GreedyResult {
  cellsCoveredAfter: number;
  moves: number;
  adds: number;
}

/** Officials allowed in each area, in index order (anywhere officials included). */
function candidatesByArea(p: PreparedInstance, allowOutside: boolean): (area: string) => number[] {
  const all = p.officials.map((_, i) => i);
  const anywhere = all.filter((i) => p.officials[i]!.areas === null);
  const byArea = new Map<string, number[]>();
  for (const i of all) for (const a of p.officials[i]!.areas ?? []) byArea.set(a, [...(byArea.get(a) ?? []), i]);
  const merged = new Map<string, number[]>();
  return (area) => {
    if (allowOutside) return all;
    let list = merged.get(area);
    if (!list) merged.set(area, (list = [...anywhere, ...(byArea.get(area) ?? [])].sort((a, b) => a - b)));
    return list;
  };
}

export function greedyPlan(instance: SolverInstance): GreedyResult {
  const p = prepare(instance);
  const candidates = candidatesByArea(p, instance.rules.allowOutsideArea);
  const spare = p.officials.map((o) => o.spare);
  const canGive = p.donors.map((d) => d.canGive);
  const movesLeft = p.officials.map(() => [] as number[]);
  p.donors.forEach((d, k) => d.movable.forEach((m) => movesLeft[m.official]!.push(k)));
  const nextMove = (o: number): number => {
    const list = movesLeft[o]!;
    while (list.length > 0 && canGive[list[0]!] === 0) list.shift();
    return list[0] ?? -1;
  };
  const movePtr = new Map<string, number>();
  const addPtr = new Map<string, number>();
  let moves = 0;
  let adds = 0;
  for (const c of p.uncovered) {
    const area = p.cells[c]!.cell.area;
    const list = candidates(area);
    let i = movePtr.get(area) ?? 0;
    while (i < list.length && nextMove(list[i]!) < 0) i++;
    movePtr.set(area, i);
    const mover = list[i];
    if (mover !== undefined) {
      const donor = movesLeft[mover]!.shift()!;
      canGive[donor]! -= 1;
      moves++;
      continue;
    }
    let j = addPtr.get(area) ?? 0;
    while (j < list.length && spare[list[j]!] === 0) j++;
    addPtr.set(area, j);
    const adder = list[j];
    if (adder !== undefined) {
      spare[adder]! -= 1;
      adds++;
    }
  }
  return { cellsCoveredAfter: p.cells.length - p.uncovered.length + moves + adds, moves, adds };
}
