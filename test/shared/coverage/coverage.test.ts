import { describe, expect, it } from 'vitest';
import { computeCoverage, uncoveredCells } from '../../../shared/coverage/coverage';
import { generateSampleData } from '../../../shared/sample/generator';
import { smallInput } from '../fixtures/small-district';

describe('computeCoverage on the hand-built district', () => {
  it('counts cells, lượt and people for 2025', () => {
    const s = computeCoverage(smallInput, 2025);
    expect(s).toMatchObject({
      year: 2025,
      totalCells: 5, // cell-6 has no organization
      coveredCells: 2,
      uncoveredCells: 3,
      crowdedCells: 1,
      registrations: 5, // reg-1..4 and reg-7; not reg-5 (2026), reg-6 (no cell), reg-8 (orphan cell)
      officialsRegistered: 3,
    });
    // Official a registered twice for cell-1: two lượt, one person.
    expect(Object.fromEntries(s.registrantsByCell)).toEqual({ 'cell-1': 3, 'cell-5': 1 });
  });

  it('breaks down by org type in ORG_TYPES order, only types with cells', () => {
    expect(computeCoverage(smallInput, 2025).byType).toEqual([
      { type: 'xa', cells: 3, covered: 1, uncovered: 2, crowded: 1 },
      { type: 'co_quan', cells: 1, covered: 0, uncovered: 1, crowded: 0 },
      { type: 'cong_an', cells: 1, covered: 1, uncovered: 0, crowded: 0 },
    ]);
  });

  it('counts term registrations in every year of the term', () => {
    const s2026 = computeCoverage(smallInput, 2026);
    expect(s2026).toMatchObject({ registrations: 2, officialsRegistered: 1, coveredCells: 2, crowdedCells: 0 });
    expect(computeCoverage(smallInput, 2030).registrations).toBe(1);
    expect(computeCoverage(smallInput, 2031).coveredCells).toBe(0);
  });

  it('uses the crowding threshold it is given', () => {
    expect(computeCoverage(smallInput, 2025, 4).crowdedCells).toBe(0);
    expect(computeCoverage(smallInput, 2025, 1).crowdedCells).toBe(2);
  });

  it('returns zeros for empty data', () => {
    const s = computeCoverage({ orgs: [], cells: [], registrations: [] }, 2025);
    expect(s).toMatchObject({ totalCells: 0, coveredCells: 0, uncoveredCells: 0, crowdedCells: 0, registrations: 0, officialsRegistered: 0, byType: [] });
    expect(s.registrantsByCell.size).toBe(0);
  });
});

describe('uncoveredCells', () => {
  it('lists cells nobody registered for, by org then cell name in Vietnamese order', () => {
    const rows = uncoveredCells(smallInput, 2025);
    expect(rows.map((r) => [r.org.name, r.cell.name])).toEqual([
      ['Chi bộ Phòng Tài chính - Kế hoạch', 'Chi bộ Phòng Tài chính - Kế hoạch'],
      ['Đảng bộ xã Hợp Thành', 'Chi bộ thôn 2'],
      ['Đảng bộ xã Hợp Thành', 'Chi bộ thôn 10'],
    ]);
  });

  it('agrees with computeCoverage', () => {
    const data = generateSampleData({ seed: 7 });
    expect(uncoveredCells(data, 2025)).toHaveLength(computeCoverage(data, 2025).uncoveredCells);
  });
});

describe('province scale', () => {
  it('aggregates 15,000 cells fast', () => {
    const data = generateSampleData({ seed: 3, scale: 'province' });
    const t0 = performance.now();
    const s = computeCoverage(data, 2025);
    const rows = uncoveredCells(data, 2025);
    const ms = performance.now() - t0;
    expect(s.totalCells).toBe(data.cells.length);
    expect(s.coveredCells + s.uncoveredCells).toBe(s.totalCells);
    expect(s.byType.reduce((n, t) => n + t.cells, 0)).toBe(s.totalCells);
    expect(rows).toHaveLength(s.uncoveredCells);
    expect(ms).toBeLessThan(1500);
  });
});
