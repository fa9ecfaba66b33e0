import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../shared/coverage/coverage';
import { periodYears } from '../../../shared/domain/period';
import type { DistrictData } from '../../../shared/domain/types';
import { Random } from '../../../shared/sample/random';
import { generateSampleData } from '../../../shared/sample/generator';

function checkIntegrity(d: DistrictData): void {
  const orgIds = new Set(d.orgs.map((o) => o.id));
  const cellIds = new Set(d.cells.map((c) => c.id));
  const officialIds = new Set(d.officials.map((o) => o.id));
  expect(orgIds.size).toBe(d.orgs.length);
  expect(cellIds.size).toBe(d.cells.length);
  expect(new Set(d.orgs.map((o) => o.name)).size).toBe(d.orgs.length);
  for (const c of d.cells) expect(orgIds.has(c.orgId)).toBe(true);
  for (const r of d.registrations) {
    expect(cellIds.has(r.cellId)).toBe(true);
    expect(officialIds.has(r.officialId)).toBe(true);
    expect(r.years).toEqual(periodYears(r.period));
  }
  // Node 20 has no Map.groupBy.
  const cellsByOrg = new Map<string, typeof d.cells>();
  for (const c of d.cells) cellsByOrg.set(c.orgId, [...(cellsByOrg.get(c.orgId) ?? []), c]);
  for (const org of d.orgs) {
    const cells = cellsByOrg.get(org.id) ?? [];
    expect(new Set(cells.map((c) => c.name)).size, org.name).toBe(cells.length);
    if (org.kind === 'chi_bo_co_so') expect(cells.map((c) => c.name)).toEqual([org.name]);
    else expect(cells.length).toBeGreaterThan(1);
  }
}

describe('Random', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = new Random(42);
    const b = new Random(42);
    const xs = Array.from({ length: 100 }, () => a.int(1, 6));
    expect(xs).toEqual(Array.from({ length: 100 }, () => b.int(1, 6)));
    expect(Math.min(...xs)).toBe(1);
    expect(Math.max(...xs)).toBe(6);
    expect(new Random(1).shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('generateSampleData, district scale', () => {
  const data = generateSampleData({ seed: 1 });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateSampleData({ seed: 1 })).toEqual(data);
    expect(generateSampleData({ seed: 2 })).not.toEqual(data);
  });

  it('has the documented sizes', () => {
    expect(data.orgs.length).toBeGreaterThanOrEqual(25);
    expect(data.orgs.length).toBeLessThanOrEqual(40);
    expect(data.cells.length).toBeGreaterThanOrEqual(220);
    expect(data.cells.length).toBeLessThanOrEqual(380);
    expect(data.officials).toHaveLength(60);
    expect(data.registrations.length).toBeGreaterThanOrEqual(90);
    expect(data.registrations.length).toBeLessThanOrEqual(170);
    for (const c of data.cells) expect(c.memberCount).toBeGreaterThanOrEqual(5);
    for (const c of data.cells) expect(c.memberCount).toBeLessThanOrEqual(60);
    for (const o of data.officials) expect(o.capacity).toBeGreaterThanOrEqual(1);
    for (const o of data.officials) expect(o.capacity).toBeLessThanOrEqual(4);
  });

  it('uses stable, padded ids', () => {
    expect(data.orgs[0]?.id).toBe('org-0001');
    expect(data.cells[0]?.id).toBe('cell-00001');
    expect(data.officials[0]?.id).toBe('off-001');
    expect(data.registrations[0]?.id).toBe('reg-00001');
  });

  it('keeps references and names consistent', () => checkIntegrity(data));

  it('mixes org types and period kinds, and leaves some officials without registrations', () => {
    expect(new Set(data.orgs.map((o) => o.type)).size).toBeGreaterThanOrEqual(8);
    const periods = data.registrations.map((r) => r.period);
    expect(periods.some((p) => p.kind === 'term')).toBe(true);
    expect(periods.some((p) => p.kind === 'year' && p.quarters.length === 0)).toBe(true);
    expect(periods.some((p) => p.kind === 'year' && p.quarters.length === 4)).toBe(true);
    const registered = new Set(data.registrations.map((r) => r.officialId));
    expect(registered.size).toBeLessThan(data.officials.length);
    expect(new Set(data.officials.map((o) => o.group))).toEqual(new Set(['standing', 'member', 'board', 'other']));
  });

  it('crowds some cells and leaves most uncovered in 2025', () => {
    const s = computeCoverage(data, 2025);
    expect(s.crowdedCells).toBeGreaterThanOrEqual(3);
    expect(s.uncoveredCells).toBeGreaterThan(s.totalCells / 2);
  });

  it('writes the sample settings', () => {
    expect(data.settings).toMatchObject({
      committeeName: 'Huyện ủy Yên Thành',
      committeeKind: 'huyen_uy',
      documentSymbol: 'HU',
      currentYear: 2025,
      termStartYear: 2025,
      termEndYear: 2030,
      language: 'vi',
    });
    expect(generateSampleData({ seed: 1, year: 2027 }).settings.currentYear).toBe(2027);
  });
});

describe('generateSampleData, other scales', () => {
  it('builds a province in well under a second', () => {
    const t0 = performance.now();
    const data = generateSampleData({ seed: 1, scale: 'province' });
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(1000);
    expect(data.orgs).toHaveLength(1500);
    expect(data.cells.length).toBeGreaterThan(13_500);
    expect(data.cells.length).toBeLessThan(16_500);
    expect(data.officials).toHaveLength(600);
    expect(data.registrations.length).toBeGreaterThan(1_400);
    expect(data.registrations.length).toBeLessThan(2_100);
    checkIntegrity(data);
  });

  it('honours an explicit size', () => {
    const data = generateSampleData({ seed: 5, scale: { orgs: 10, officials: 7 } });
    expect(data.orgs).toHaveLength(10);
    expect(data.officials).toHaveLength(7);
    checkIntegrity(data);
  });
});
