/** Builders and checks shared by the solver tests. */
import { expect } from 'vitest';
import { Random } from '../../../shared/sample/random';
import type { SolverCell, SolverInstance, SolverOfficial, SolverRegistration, SolverResult, SolverRules } from '../../../shared/solver/types';

export const official = (id: string, capacity: number, areas: string[] = [], field?: string): SolverOfficial => ({
  id,
  name: `Cán bộ ${id}`,
  capacity,
  areas,
  ...(field ? { field } : {}),
});

export const cell = (id: string, area: string, field?: string): SolverCell => ({
  id,
  name: `Chi bộ thôn ${id}`,
  orgId: `org-${area}`,
  orgName: `Đảng bộ xã ${area}`,
  area,
  ...(field ? { field } : {}),
});

export const reg = (id: string, officialId: string, cellId: string): SolverRegistration => ({ id, officialId, cellId });

export function instance(parts: {
  officials: SolverOfficial[];
  cells: SolverCell[];
  registrations?: SolverRegistration[];
  rules?: Partial<SolverRules>;
}): SolverInstance {
  return {
    year: 2025,
    officials: parts.officials,
    cells: parts.cells,
    registrations: parts.registrations ?? [],
    rules: { crowdingThreshold: 3, allowOutsideArea: false, minPerCell: 1, ...parts.rules },
  };
}

const AREAS = ['A', 'B', 'C', 'D'];
const FIELDS = ['Giáo dục', 'Y tế', undefined];

export interface RandomSize {
  officials: [number, number];
  cells: [number, number];
  registrations: [number, number];
  areas: number;
}

export const SMALL: RandomSize = { officials: [1, 4], cells: [2, 6], registrations: [0, 9], areas: 2 };
export const MEDIUM: RandomSize = { officials: [5, 30], cells: [10, 120], registrations: [5, 80], areas: 4 };

/** Random instance with a couple of popular cells so that some are crowded. */
export function randomInstance(rng: Random, size: RandomSize): SolverInstance {
  const areas = AREAS.slice(0, size.areas);
  const officials = Array.from({ length: rng.int(...size.officials) }, (_, i) => {
    const own = rng.chance(0.2) ? [] : rng.shuffle(areas).slice(0, rng.int(1, Math.min(2, areas.length)));
    return official(`o${i}`, rng.int(0, 3), own, rng.pick(FIELDS));
  });
  const cells = Array.from({ length: rng.int(...size.cells) }, (_, i) => cell(`c${String(i).padStart(3, '0')}`, rng.pick(areas), rng.pick(FIELDS)));
  const popular = cells.slice(0, 2);
  const registrations = Array.from({ length: rng.int(...size.registrations) }, (_, i) =>
    reg(`r${String(i).padStart(3, '0')}`, rng.pick(officials).id, (rng.chance(0.5) ? rng.pick(popular) : rng.pick(cells)).id),
  );
  return instance({
    officials,
    cells,
    registrations,
    rules: { crowdingThreshold: rng.pick([2, 3, 3]), allowOutsideArea: rng.chance(0.3) },
  });
}

/** The same instance with every list shuffled. */
export function shuffled(rng: Random, i: SolverInstance): SolverInstance {
  return { ...i, officials: rng.shuffle(i.officials), cells: rng.shuffle(i.cells), registrations: rng.shuffle(i.registrations) };
}

function distinctPairs(regs: { officialId: string; cellId: string }[]): { byCell: Map<string, Set<string>>; byOfficial: Map<string, Set<string>> } {
  const byCell = new Map<string, Set<string>>();
  const byOfficial = new Map<string, Set<string>>();
  for (const r of regs) {
    byCell.set(r.cellId, (byCell.get(r.cellId) ?? new Set()).add(r.officialId));
    byOfficial.set(r.officialId, (byOfficial.get(r.officialId) ?? new Set()).add(r.cellId));
  }
  return { byCell, byOfficial };
}

/** Every promise the solver makes, checked from the outside. */
export function checkInvariants(inst: SolverInstance, result: SolverResult): void {
  const before = distinctPairs(inst.registrations);
  const regById = new Map(inst.registrations.map((r) => [r.id, r]));
  const officialById = new Map(inst.officials.map((o) => [o.id, o]));
  const cellById = new Map(inst.cells.map((c) => [c.id, c]));
  const after = inst.registrations.map((r) => ({ ...r }));
  const targets = new Set<string>();
  for (const s of result.suggestions) {
    const to = s.kind === 'add' ? s.cellId : s.toCellId;
    const o = officialById.get(s.officialId);
    const c = cellById.get(to);
    expect(o && c, 'suggestion refers to known records').toBeTruthy();
    expect(before.byCell.get(to)?.size ?? 0, 'target cell was uncovered').toBe(0);
    expect(targets.has(to), 'one suggestion per target cell').toBe(false);
    targets.add(to);
    if (!inst.rules.allowOutsideArea) expect(o!.areas.length === 0 || o!.areas.includes(c!.area), 'stays in area').toBe(true);
    expect(s.reason).toMatch(/^(Chuyển|Đề nghị) đồng chí .+\.$/);
    if (s.kind === 'move') {
      const r = after.find((x) => x.id === s.registrationId);
      expect(r && regById.get(s.registrationId)?.officialId === s.officialId && r.cellId === s.fromCellId, 'moves the official\'s own registration once').toBe(true);
      expect(before.byCell.get(s.fromCellId)!.size).toBeGreaterThanOrEqual(inst.rules.crowdingThreshold);
      r!.cellId = to;
    } else {
      after.push({ id: `new-${to}`, officialId: s.officialId, cellId: to });
    }
  }
  const post = distinctPairs(after);
  const overCapacity = inst.officials.filter((o) => (post.byOfficial.get(o.id)?.size ?? 0) > Math.max(o.capacity, before.byOfficial.get(o.id)?.size ?? 0));
  expect(overCapacity.map((o) => o.id), 'officials over capacity').toEqual([]);
  const lost = [...before.byCell.keys()].filter((id) => cellById.has(id) && (post.byCell.get(id)?.size ?? 0) === 0);
  expect(lost, 'cells no longer covered').toEqual([]);
  const covered = (m: Map<string, Set<string>>) => inst.cells.filter((c) => (m.get(c.id)?.size ?? 0) > 0).length;
  expect(result.summary.cellsCoveredBefore).toBe(covered(before.byCell));
  expect(result.summary.cellsCoveredAfter).toBe(covered(post.byCell));
  expect(result.summary.cellsCoveredAfter).toBe(result.summary.cellsCoveredBefore + result.suggestions.length);
  expect(result.summary.moves).toBe(result.suggestions.filter((s) => s.kind === 'move').length);
  expect(result.summary.adds).toBe(result.suggestions.filter((s) => s.kind === 'add').length);
}
