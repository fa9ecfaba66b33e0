import { describe, expect, it } from 'vitest';
import { parseSolverInstance } from '../../../shared/solver/schema';
import { solve } from '../../../shared/solver/solve';
import type { SolverInstance } from '../../../shared/solver/types';

/** c1 has three registrants (crowded at 3), c2 nobody; no official has room for another cell. */
function instance(fixed: string[]): SolverInstance {
  const official = (id: string) => ({ id, name: id, capacity: 1, areas: [] });
  return {
    year: 2025,
    officials: ['o1', 'o2', 'o3'].map(official),
    cells: ['c1', 'c2'].map((id) => ({ id, name: id, orgId: 'org', orgName: 'Đảng bộ xã', area: 'org' })),
    registrations: ['o1', 'o2', 'o3'].map((o, i) => ({ id: `r${i + 1}`, officialId: o, cellId: 'c1', ...(fixed.includes(`r${i + 1}`) ? { fixed: true } : {}) })),
    rules: { crowdingThreshold: 3, allowOutsideArea: false, minPerCell: 1 },
  };
}

const moved = (inst: SolverInstance) => solve(inst).suggestions.flatMap((s) => (s.kind === 'move' ? [s.registrationId] : []));

describe('fixed registrations (those with meetings in the app)', () => {
  it('are never moved, but still count for coverage and crowding', () => {
    expect(moved(instance([]))).toHaveLength(1);
    expect(moved(instance(['r1', 'r2']))).toEqual(['r3']);
    const none = solve(instance(['r1', 'r2', 'r3']));
    expect(none.suggestions).toEqual([]);
    expect(none.summary.crowdedBefore).toBe(1);
  });

  it('are accepted in instance JSON', () => {
    const parsed = parseSolverInstance(instance(['r2']));
    expect(parsed.ok && parsed.instance.registrations.map((r) => r.fixed ?? false)).toEqual([false, true, false]);
    expect(parseSolverInstance({ ...instance([]), registrations: [{ id: 'r1', officialId: 'o1', cellId: 'c1', fixed: 'có' }] }).ok).toBe(false);
  });
});
