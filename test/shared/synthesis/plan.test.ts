import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../shared/coverage/coverage';
import { DEFAULT_PLAN_RULES } from '../../../shared/domain/rules';
import { orgCoverage, typeCoverage } from '../../../shared/synthesis/coverage-groups';
import { cellPlans, officialPlans, scopeIndex, type CellPlan, type OfficialPlan } from '../../../shared/synthesis/plan';
import type { SynthesisScope } from '../../../shared/synthesis/scope';
import { synthesize } from '../../../shared/synthesis/synthesis';
import { generateSampleData } from '../../../shared/sample/generator';
import { data } from './fixture';

const year2025: SynthesisScope = { kind: 'year', year: 2025 };
const term: SynthesisScope = { kind: 'term', startYear: 2025, endYear: 2030 };

/** [cell id, số người, số lượt, registration ids in plan order]. */
const cellSummary = (rows: CellPlan[]) =>
  rows.map((r) => [r.cell.id, r.registrants, r.registrations, r.entries.map((e) => e.registration.id)]);

/** [official id, số chi bộ, số lượt, cell ids in plan order]. */
const officialSummary = (rows: OfficialPlan[]) =>
  rows.map((r) => [r.official.id, r.cells, r.registrations, r.entries.map((e) => e.cell.id)]);

describe('cellPlans', () => {
  it('lists every cell of an existing organization, by organization then cell name, with who and when', () => {
    expect(cellSummary(cellPlans(data, year2025))).toEqual([
      ['cell-4', 0, 0, []], // Chi bộ Phòng Tài chính - Kế hoạch
      ['cell-5', 1, 1, ['reg-7']], // Đảng bộ Công an huyện
      // Đảng bộ xã Hợp Thành: thôn 1, 2, 10. By full name: Lê Văn Cường, Nguyễn Văn An twice
      // (one person, two lượt), Trần Thị Bình.
      ['cell-1', 3, 4, ['reg-4', 'reg-1', 'reg-2', 'reg-3']],
      ['cell-2', 0, 0, []],
      ['cell-3', 0, 0, []],
    ]);
    const first = cellPlans(data, year2025)[2]!.entries[0]!;
    expect(first.official?.name).toBe('Lê Văn Cường');
    expect(first.org.name).toBe('Đảng bộ xã Hợp Thành');
  });

  it('a quarter leaves out the year registration with no quarter given', () => {
    const q1 = cellPlans(data, { kind: 'quarter', year: 2025, quarter: 1 });
    expect(q1.find((r) => r.cell.id === 'cell-1')).toMatchObject({ registrants: 2, registrations: 2 });
    const q2 = cellPlans(data, { kind: 'quarter', year: 2025, quarter: 2 });
    expect(cellSummary(q2).filter(([, people]) => people !== 0)).toEqual([
      ['cell-5', 1, 1, ['reg-7']],
      ['cell-1', 1, 1, ['reg-3']],
    ]);
  });

  it('a term gathers every year of it', () => {
    expect(cellSummary(cellPlans(data, term)).filter(([, people]) => people !== 0)).toEqual([
      ['cell-4', 1, 1, ['reg-5']],
      ['cell-5', 1, 1, ['reg-7']],
      ['cell-1', 3, 4, ['reg-4', 'reg-1', 'reg-2', 'reg-3']],
    ]);
  });
});

describe('officialPlans', () => {
  it('lists every official by name, with distinct cells and lượt in the scope', () => {
    expect(officialSummary(officialPlans(data, year2025))).toEqual([
      ['d', 0, 0, []], // Đặng Văn Hòa: his registrations point at a missing and an orphaned cell
      ['c', 2, 2, ['cell-5', 'cell-1']], // Lê Văn Cường: Công an before xã Hợp Thành
      ['a', 1, 2, ['cell-1', 'cell-1']], // Nguyễn Văn An: one cell, twice
      ['e', 0, 0, []], // Phạm Thị Dung
      ['b', 1, 1, ['cell-1']], // Trần Thị Bình
    ]);
  });

  it('counts 2026 and the term', () => {
    expect(officialSummary(officialPlans(data, { kind: 'year', year: 2026 })).filter(([, n]) => n !== 0)).toEqual([
      ['b', 2, 2, ['cell-4', 'cell-1']],
    ]);
    expect(officialSummary(officialPlans(data, term)).find(([id]) => id === 'b')).toEqual(['b', 2, 2, ['cell-4', 'cell-1']]);
  });
});

describe('orgCoverage and typeCoverage', () => {
  it('counts covered, uncovered and crowded cells, people and lượt per organization', () => {
    const index = scopeIndex(data, year2025);
    const rows = orgCoverage(data.orgs, index, new Set(['cell-1']));
    expect(rows.map(({ org, ...counts }) => [org.id, counts])).toEqual([
      ['org-2', { cells: 1, covered: 0, uncovered: 1, crowded: 0, registrants: 0, registrations: 0 }],
      ['org-3', { cells: 1, covered: 1, uncovered: 0, crowded: 0, registrants: 1, registrations: 1 }],
      ['org-1', { cells: 3, covered: 1, uncovered: 2, crowded: 1, registrants: 3, registrations: 4 }],
    ]);
  });

  it('lists an organization without cells too, with zeros', () => {
    const orgs = [...data.orgs, { id: 'org-new', name: 'Đảng bộ phường Mới', type: 'phuong' as const, kind: 'dang_bo_co_so' as const }];
    const rows = orgCoverage(orgs, scopeIndex(data, year2025), new Set());
    expect(rows.find((r) => r.org.id === 'org-new')).toMatchObject({ cells: 0, covered: 0, uncovered: 0, registrants: 0 });
    expect(typeCoverage(orgs, scopeIndex(data, year2025), new Set()).map((t) => t.type)).toEqual(['xa', 'phuong', 'co_quan', 'cong_an']);
  });

  it('counts people per type as distinct people, not a sum over organizations', () => {
    // c attends cell-1 (xã) and cell-5 (công an); in one type he would be one person.
    const sameType = { ...data, orgs: data.orgs.map((o) => ({ ...o, type: 'xa' as const })) };
    const [xa] = typeCoverage(sameType.orgs, scopeIndex(sameType, year2025), new Set());
    expect(xa).toEqual({ type: 'xa', orgs: 3, cells: 5, covered: 2, uncovered: 3, crowded: 0, registrants: 3, registrations: 5 });
  });

  it('agrees with the dashboard’s coverage for a year under the default rules', () => {
    for (const sample of [data, { ...generateSampleData({ seed: 7 }), term: { startYear: 2025, endYear: 2030 } }]) {
      for (const year of [2025, 2026]) {
        const s = synthesize(sample, { kind: 'year', year }, DEFAULT_PLAN_RULES);
        const c = computeCoverage(sample, year);
        expect(s.types.filter((t) => t.cells > 0).map(({ type, cells, covered, uncovered, crowded }) => ({ type, cells, covered, uncovered, crowded }))).toEqual(c.byType);
        expect(s.totals).toEqual({ registrations: c.registrations, officials: c.officialsRegistered, coveredCells: c.coveredCells, cells: c.totalCells });
        expect(s.cells.filter((r) => r.registrants > 0).map((r) => [r.cell.id, r.registrants]).sort()).toEqual([...c.registrantsByCell].sort());
      }
    }
  });
});
