import { describe, expect, it } from 'vitest';
import { aggregateDashboard } from '../../../shared/dashboard/aggregate';
import { prepareDashboard } from '../../../shared/dashboard/prepare';
import { REGISTRANT_BUCKETS, type DashboardAggregate, type DashboardInput, type DashboardQuery } from '../../../shared/dashboard/types';
import { RECOMMENDATION_STATUSES } from '../../../shared/domain/meetings';
import type { GrassrootsOrg, PartyCell } from '../../../shared/domain/types';
import { reg } from '../synthesis/fixture';
import { EMPTY_INPUT, input, quarter, TERM, TODAY, YEAR } from './fixture';

const aggregate = (data: DashboardInput, query: DashboardQuery): DashboardAggregate => aggregateDashboard(prepareDashboard(data), query);
const byId = <T extends { cellId: string }>(items: T[], id: string): T | undefined => items.find((c) => c.cellId === id);

describe('aggregateDashboard: KPIs', () => {
  it('counts the small district’s year 2025 as the synthesis does', () => {
    expect(aggregate(input, YEAR).kpi).toEqual({
      cells: 5,
      covered: 2,
      uncovered: 3,
      crowded: 1,
      coveredShare: 2 / 5,
      registrations: 5,
      officialsRegistered: 3,
      officialsTotal: 5,
      officialsWithout: 2,
      meetingsPlanned: 4,
      meetingsHeld: 2,
      recommendationsTotal: 3,
      recommendationsOpen: 2,
      recommendationsOverdue: 1,
    });
  });

  it('a quarter counts registrations naming it and terms; a year without quarters does not count', () => {
    const q3 = aggregate(input, quarter(3));
    // cell-1: a (Q3) and b (term); c's quarter-less 2025 registration is not in Q3. cell-5: c's term.
    expect(byId(q3.cells, 'cell-1')?.registrants.map((r) => r.officialId)).toEqual(['a', 'b']);
    expect(q3.kpi).toMatchObject({ cells: 5, covered: 2, registrations: 3, officialsRegistered: 3, meetingsPlanned: 2, meetingsHeld: 1 });
    const q4 = aggregate(input, quarter(4));
    expect(byId(q4.cells, 'cell-1')?.registrants.map((r) => r.officialId)).toEqual(['b']);
    expect(q4.kpi).toMatchObject({ covered: 2, registrations: 2, officialsRegistered: 2, meetingsPlanned: 0 });
  });

  it('a term counts every registration touching any of its years', () => {
    // + reg-5 (b at cell-4 in 2026) and m-2026.
    expect(aggregate(input, TERM).kpi).toMatchObject({ cells: 5, covered: 3, uncovered: 2, crowded: 1, registrations: 6, officialsRegistered: 3, meetingsPlanned: 5 });
  });

  it('empty data: zeros everywhere, four buckets, all five statuses, every quarter', () => {
    const agg = aggregate(EMPTY_INPUT, TERM);
    expect(agg.kpi).toEqual({
      cells: 0,
      covered: 0,
      uncovered: 0,
      crowded: 0,
      coveredShare: 0,
      registrations: 0,
      officialsRegistered: 0,
      officialsTotal: 0,
      officialsWithout: 0,
      meetingsPlanned: 0,
      meetingsHeld: 0,
      recommendationsTotal: 0,
      recommendationsOpen: 0,
      recommendationsOverdue: 0,
    });
    expect([agg.byType, agg.byOrg, agg.cells]).toEqual([[], [], []]);
    expect(agg.distribution).toEqual(REGISTRANT_BUCKETS.map((bucket) => ({ bucket, cells: 0 })));
    expect(agg.recommendationsByStatus).toEqual(RECOMMENDATION_STATUSES.map((status) => ({ status, count: 0 })));
    expect(agg.meetingsByQuarter).toHaveLength(24);
    expect(agg.query).toEqual(TERM);
  });
});

describe('aggregateDashboard: scope', () => {
  it('an organization: only its cells, its registrations and its meetings', () => {
    const agg = aggregate(input, { ...YEAR, orgId: 'org-3' });
    expect(agg.cells.map((c) => c.cellId)).toEqual(['cell-5']);
    expect(agg.kpi).toMatchObject({ cells: 1, covered: 1, registrations: 1, officialsRegistered: 1, officialsTotal: 5, officialsWithout: 4, meetingsPlanned: 1, meetingsHeld: 0 });
    expect(agg.byOrg.map((o) => o.orgId)).toEqual(['org-3']);
    expect(agg.byType.map((t) => t.type)).toEqual(['cong_an']);
    expect(agg.recommendationsByStatus.every((r) => r.count === 0)).toBe(true);
  });

  it('an organization that is not there: nothing, without failing', () => {
    const agg = aggregate(input, { ...YEAR, orgId: 'org-gone' });
    expect(agg.kpi).toMatchObject({ cells: 0, covered: 0, registrations: 0, meetingsPlanned: 0 });
    expect(agg.cells).toEqual([]);
  });
});

describe('aggregateDashboard: charts', () => {
  const agg = aggregate(input, YEAR);

  it('cells by organization name, then cell name, in Vietnamese order (thôn 2 before thôn 10)', () => {
    expect(agg.cells.map((c) => c.cellId)).toEqual(['cell-4', 'cell-5', 'cell-1', 'cell-2', 'cell-3']);
  });

  it('a cell lists its registrants once each, by name', () => {
    expect(byId(agg.cells, 'cell-1')).toEqual({
      cellId: 'cell-1',
      cellName: 'Chi bộ thôn 1',
      orgId: 'org-1',
      orgName: 'Đảng bộ xã Hợp Thành',
      orgType: 'xa',
      memberCount: 30,
      registrants: [
        { officialId: 'c', name: 'Lê Văn Cường' },
        { officialId: 'a', name: 'Nguyễn Văn An' },
        { officialId: 'b', name: 'Trần Thị Bình' },
      ],
      crowded: true,
    });
  });

  it('by type: ORG_TYPES order; covered-not-crowded + crowded + uncovered = cells', () => {
    expect(agg.byType).toEqual([
      { type: 'xa', cells: 3, covered: 1, uncovered: 2, crowded: 1, coveredNotCrowded: 0 },
      { type: 'co_quan', cells: 1, covered: 0, uncovered: 1, crowded: 0, coveredNotCrowded: 0 },
      { type: 'cong_an', cells: 1, covered: 1, uncovered: 0, crowded: 0, coveredNotCrowded: 1 },
    ]);
    for (const bar of [...agg.byType, ...agg.byOrg]) expect(bar.coveredNotCrowded + bar.crowded + bar.uncovered).toBe(bar.cells);
  });

  it('by organization: worst covered share first', () => {
    expect(agg.byOrg.map((o) => [o.orgId, o.coveredShare])).toEqual([
      ['org-2', 0],
      ['org-1', 1 / 3],
      ['org-3', 1],
    ]);
    expect(agg.byOrg[1]).toMatchObject({ orgName: 'Đảng bộ xã Hợp Thành', orgType: 'xa', cells: 3, covered: 1, uncovered: 2, crowded: 1 });
  });

  it('by organization: same share, more uncovered first; then by name in Vietnamese order', () => {
    const orgs: GrassrootsOrg[] = [
      { id: 'o1', name: 'Đảng bộ xã Bắc Sơn', type: 'xa', kind: 'dang_bo_co_so' },
      { id: 'o2', name: 'Chi bộ Trường Tiểu học', type: 'don_vi_su_nghiep', kind: 'chi_bo_co_so' },
      { id: 'o3', name: 'Đảng bộ xã Ân Phú', type: 'xa', kind: 'dang_bo_co_so' },
      { id: 'o4', name: 'Đảng bộ Bệnh viện', type: 'don_vi_su_nghiep', kind: 'dang_bo_co_so' },
      { id: 'o5', name: 'Đảng bộ xã An Phú', type: 'xa', kind: 'dang_bo_co_so' },
    ];
    const cell = (id: string, orgId: string): PartyCell => ({ id, orgId, name: `Chi bộ ${id}`, memberCount: 10 });
    const cells = [cell('c1', 'o1'), cell('c2', 'o2'), cell('c3', 'o3'), cell('c4', 'o4'), cell('c4b', 'o4'), cell('c5', 'o5')];
    const agg2 = aggregate({ ...input, orgs, cells, registrations: [], meetings: [], recommendations: [] }, YEAR);
    // All at 0 %: o4 has two uncovered cells; then Chi bộ… < Đảng bộ xã An Phú < Ân Phú < Bắc Sơn.
    expect(agg2.byOrg.map((o) => o.orgId)).toEqual(['o4', 'o2', 'o5', 'o3', 'o1']);
  });

  it('distribution: cells by distinct registrants, summing to the cells', () => {
    expect(agg.distribution).toEqual([
      { bucket: '0', cells: 3 },
      { bucket: '1', cells: 1 },
      { bucket: '2', cells: 0 },
      { bucket: '3+', cells: 1 },
    ]);
    for (const q of [YEAR, TERM, quarter(1), quarter(3)]) {
      const a = aggregate(input, q);
      expect(a.distribution.reduce((n, d) => n + d.cells, 0)).toBe(a.kpi.cells);
    }
  });

  it('meetings by quarter: planned (any status), held, not attended, pending', () => {
    expect(agg.meetingsByQuarter).toEqual([
      { year: 2025, quarter: 1, planned: 1, held: 1, notAttended: 0, pending: 0 },
      { year: 2025, quarter: 2, planned: 1, held: 0, notAttended: 1, pending: 0 },
      { year: 2025, quarter: 3, planned: 2, held: 1, notAttended: 0, pending: 1 },
      { year: 2025, quarter: 4, planned: 0, held: 0, notAttended: 0, pending: 0 },
    ]);
    expect(aggregate(input, quarter(3)).meetingsByQuarter).toEqual([agg.meetingsByQuarter[2]]);
  });

  it('meetings by quarter over a term: four entries a year, in order, summing to the KPI', () => {
    const term = aggregate(input, TERM);
    expect(term.meetingsByQuarter).toHaveLength(4 * 6);
    expect(term.meetingsByQuarter.map((q) => `${q.quarter}/${q.year}`).slice(0, 6)).toEqual(['1/2025', '2/2025', '3/2025', '4/2025', '1/2026', '2/2026']);
    expect(term.meetingsByQuarter[5]).toEqual({ year: 2026, quarter: 2, planned: 1, held: 0, notAttended: 0, pending: 1 });
    expect(term.meetingsByQuarter.reduce((n, q) => n + q.planned, 0)).toBe(term.kpi.meetingsPlanned);
  });

  it('recommendations by status, all five in order; open and overdue at today', () => {
    expect(agg.recommendationsByStatus).toEqual([
      { status: 'new', count: 1 },
      { status: 'forwarded', count: 1 },
      { status: 'answered', count: 0 },
      { status: 'resolved', count: 1 },
      { status: 'closed', count: 0 },
    ]);
    // rec-open falls due on 01/12/2025: overdue the day after, not on the day.
    expect(aggregate(input, { ...YEAR, today: '2025-12-01' }).kpi.recommendationsOverdue).toBe(1);
    expect(aggregate(input, { ...YEAR, today: '2025-12-02' }).kpi.recommendationsOverdue).toBe(2);
    expect(aggregate(input, { ...YEAR, today: '2025-03-01' }).kpi.recommendationsOverdue).toBe(0);
    expect(aggregate(input, { ...YEAR, today: TODAY }).kpi.recommendationsOpen).toBe(2);
  });
});

describe('aggregateDashboard: records that changed or went missing', () => {
  it('a cell moved to another organization counts there, by type, organization and in the list', () => {
    const moved = { ...input, cells: input.cells.map((c) => (c.id === 'cell-4' ? { ...c, orgId: 'org-1' } : c)) };
    const agg = aggregate(moved, YEAR);
    expect(byId(agg.cells, 'cell-4')).toMatchObject({ orgId: 'org-1', orgName: 'Đảng bộ xã Hợp Thành', orgType: 'xa' });
    expect(agg.cells.map((c) => c.cellId)).toEqual(['cell-5', 'cell-4', 'cell-1', 'cell-2', 'cell-3']);
    expect(agg.byType.map((t) => [t.type, t.cells])).toEqual([
      ['xa', 4],
      ['cong_an', 1],
    ]);
    expect(agg.byOrg.map((o) => [o.orgId, o.cells])).toEqual([
      ['org-1', 4],
      ['org-3', 1],
    ]);
  });

  it('a deleted official’s registration still covers the cell, without a name or an official counted', () => {
    const data = { ...input, registrations: [...input.registrations, reg('reg-x', 'x-deleted', 'cell-2', { kind: 'year', year: 2025, quarters: [2] })] };
    const agg = aggregate(data, YEAR);
    expect(byId(agg.cells, 'cell-2')?.registrants).toEqual([{ officialId: 'x-deleted', name: null }]);
    expect(agg.kpi).toMatchObject({ covered: 3, registrations: 6, officialsRegistered: 3, officialsWithout: 2 });
  });

  it('a deleted official is listed after the named registrants', () => {
    const data = { ...input, registrations: [...input.registrations, reg('reg-x', '0-deleted', 'cell-1', { kind: 'year', year: 2025, quarters: [2] })] };
    expect(byId(aggregate(data, YEAR).cells, 'cell-1')?.registrants.map((r) => r.name)).toEqual(['Lê Văn Cường', 'Nguyễn Văn An', 'Trần Thị Bình', null]);
  });

  it('orphans never count: cell-6 (missing organization), reg-6 (missing cell), meetings without a counted registration or a real date', () => {
    const agg = aggregate(input, YEAR);
    expect(agg.cells.map((c) => c.cellId)).not.toContain('cell-6');
    // d registered only for the missing cell and the orphaned one.
    expect(agg.kpi.officialsRegistered).toBe(3);
    expect(agg.kpi.meetingsPlanned).toBe(4);
    expect(agg.kpi.recommendationsTotal).toBe(3);
  });

  it('records pointing nowhere at all never crash', () => {
    const data: DashboardInput = {
      ...EMPTY_INPUT,
      cells: [{ id: 'c', orgId: 'nowhere', name: 'Chi bộ lạc', memberCount: 1 }],
      registrations: [reg('r', 'nobody', 'no-cell', { kind: 'term', startYear: 2025, endYear: 2030 })],
      meetings: input.meetings,
      recommendations: input.recommendations,
    };
    for (const q of [YEAR, TERM, quarter(2)]) expect(aggregate(data, q).kpi).toMatchObject({ cells: 0, registrations: 0, meetingsPlanned: 0, recommendationsTotal: 0 });
  });
});
