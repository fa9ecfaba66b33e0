/**
 * Property tests on seeded random instances: the promises hold on every one, the answer
 * does not depend on input order, and on small instances it is exactly optimal against a
 * brute-force search over every feasible plan (coverage, then fewest changes, then the
 * rest of the cost model's tiers).
 */
import { describe, expect, it } from 'vitest';
import { Random } from '../../../shared/sample/random';
import { comparePlanCost, planCost, type PlanChanges, type PlanCost } from '../../../shared/solver/cost-model';
import { greedyPlan } from '../../../shared/solver/greedy';
import { isInside, prepare, type PreparedInstance } from '../../../shared/solver/prepare';
import { findPlan, solve } from '../../../shared/solver/solve';
import type { SolverInstance } from '../../../shared/solver/types';
import { checkInvariants, MEDIUM, randomInstance, shuffled, SMALL } from './helpers';

type Choice = { kind: 'add'; official: number } | { kind: 'move'; donor: number; index: number };

/** The best plan cost over every feasible assignment of uncovered cells (exhaustive). */
function bruteForceBest(p: PreparedInstance, spread: number): PlanCost {
  const allowOutside = p.instance.rules.allowOutsideArea;
  const spare = p.officials.map((o) => o.spare);
  const canGive = p.donors.map((d) => d.canGive);
  const used = p.donors.map((d) => d.movable.map(() => false));
  const plan: PlanChanges = { moves: [], adds: [] };
  let best: PlanCost | null = null;
  const visit = (k: number): void => {
    if (k === p.uncovered.length) {
      const cost = planCost(p, plan, spread);
      if (!best || comparePlanCost(cost, best) < 0) best = cost;
      return;
    }
    const c = p.uncovered[k]!;
    const target = p.cells[c]!;
    visit(k + 1);
    const choices: Choice[] = [];
    p.officials.forEach((o, i) => {
      if (spare[i]! > 0 && (allowOutside || isInside(o, target))) choices.push({ kind: 'add', official: i });
    });
    p.donors.forEach((d, di) =>
      d.movable.forEach((m, mi) => {
        if (!used[di]![mi] && canGive[di]! > 0 && (allowOutside || isInside(p.officials[m.official]!, target))) choices.push({ kind: 'move', donor: di, index: mi });
      }),
    );
    for (const ch of choices) {
      if (ch.kind === 'add') {
        spare[ch.official]! -= 1;
        plan.adds.push({ officialId: p.officials[ch.official]!.official.id, cellId: target.cell.id });
        visit(k + 1);
        plan.adds.pop();
        spare[ch.official]! += 1;
      } else {
        used[ch.donor]![ch.index] = true;
        canGive[ch.donor]! -= 1;
        plan.moves.push({ registrationId: p.donors[ch.donor]!.movable[ch.index]!.registration.id, toCellId: target.cell.id });
        visit(k + 1);
        plan.moves.pop();
        canGive[ch.donor]! += 1;
        used[ch.donor]![ch.index] = false;
      }
    }
  };
  visit(0);
  return best!;
}

function solverCost(inst: SolverInstance): { cost: PlanCost; spread: number } {
  const { prepared, network } = findPlan(inst);
  const r = solve(inst);
  const plan: PlanChanges = {
    moves: r.suggestions.flatMap((s) => (s.kind === 'move' ? [{ registrationId: s.registrationId, toCellId: s.toCellId }] : [])),
    adds: r.suggestions.flatMap((s) => (s.kind === 'add' ? [{ officialId: s.officialId, cellId: s.cellId }] : [])),
  };
  return { cost: planCost(prepared, plan, network.model.spread), spread: network.model.spread };
}

describe('solve: properties on random instances', () => {
  it('keeps every promise and beats or ties a greedy pass (300 medium instances)', () => {
    const rng = new Random(20251);
    for (let k = 0; k < 300; k++) {
      const inst = randomInstance(rng, MEDIUM);
      const r = solve(inst);
      checkInvariants(inst, r);
      expect(r.summary.cellsCoveredAfter, `instance ${k}`).toBeGreaterThanOrEqual(greedyPlan(inst).cellsCoveredAfter);
    }
  });

  it('is deterministic: same instance in any order, same result (100 instances)', () => {
    const rng = new Random(99);
    for (let k = 0; k < 100; k++) {
      const inst = randomInstance(rng, MEDIUM);
      const expected = solve(inst);
      expect(solve(shuffled(rng, inst)), `instance ${k}`).toEqual(expected);
      expect(solve(inst)).toEqual(expected);
    }
  });

  it('is optimal against brute force on 400 small instances, on every tier of the cost model', () => {
    const rng = new Random(4242);
    let nontrivial = 0;
    for (let k = 0; k < 400; k++) {
      const inst = randomInstance(rng, SMALL);
      const { cost, spread } = solverCost(inst);
      expect(spread).toBe(100);
      const best = bruteForceBest(prepare(inst), spread);
      expect(cost, `instance ${k}: ${JSON.stringify(inst)}`).toEqual(best);
      if (best.changes > 0) nontrivial++;
    }
    // The generator must actually exercise the solver, not only empty plans.
    expect(nontrivial).toBeGreaterThan(200);
  });

  it('finds crowded-cell moves in small instances often enough to test them', () => {
    const rng = new Random(4242);
    let withMoves = 0;
    for (let k = 0; k < 400; k++) if (solve(randomInstance(rng, SMALL)).summary.moves > 0) withMoves++;
    expect(withMoves).toBeGreaterThan(60);
  });
});
