import { describe, expect, it } from 'vitest';
import { addSpreadCost, chooseCostModel, comparePlanCost, moveSpreadCost, type PlanCost } from '../../../shared/solver/cost-model';

const plan = (p: Partial<PlanCost>): PlanCost => ({ covered: 5, changes: 2, outside: 0, adds: 1, fieldMismatches: 1, spread: 50, ...p });

describe('cost model', () => {
  it('orders plans by coverage, then changes, outside, adds, field, spread', () => {
    expect(comparePlanCost(plan({ covered: 6, changes: 3, adds: 3 }), plan({}))).toBeLessThan(0);
    expect(comparePlanCost(plan({ outside: 1 }), plan({ adds: 2, fieldMismatches: 2, spread: 999 }))).toBeGreaterThan(0);
    expect(comparePlanCost(plan({ adds: 0 }), plan({ fieldMismatches: 0 }))).toBeLessThan(0);
    expect(comparePlanCost(plan({}), plan({}))).toBe(0);
  });

  it('has convex spread costs: each further add or move costs at least as much', () => {
    for (const capacity of [1, 2, 3, 4, 7]) {
      const costs = Array.from({ length: capacity }, (_, k) => addSpreadCost(k + 1, capacity, 100));
      expect(costs).toEqual([...costs].sort((a, b) => a - b));
      expect(costs.at(-1)).toBe(100);
    }
    const moves = [9, 8, 5, 3, 2].map((countBefore) => moveSpreadCost(countBefore, 100));
    expect(moves).toEqual([...moves].sort((a, b) => a - b));
    expect(moves.at(-1)).toBe(100);
  });

  it('weights each tier above everything the lower tiers can add up to', () => {
    const m = chooseCostModel(50, true);
    expect(m.spread).toBe(100);
    expect(m.field).toBeGreaterThan(50 * m.spread);
    expect(m.add).toBeGreaterThan(50 * (m.spread + m.field));
    expect(m.outside).toBeGreaterThan(50 * (m.spread + m.field + m.add));
    expect(chooseCostModel(50, false).outside).toBe(0);
  });

  it('lowers the spread resolution rather than lose exactness on huge instances', () => {
    expect(chooseCostModel(5_000, true).spread).toBeLessThan(100);
    expect(chooseCostModel(60_000, false).spread).toBe(10);
    const m = chooseCostModel(60_000, true);
    expect(m.spread).toBe(0);
    expect((2 * 60_000 + 4) * m.maxUnit).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
    expect(() => chooseCostModel(10_000_000, true)).toThrow(RangeError);
  });
});
