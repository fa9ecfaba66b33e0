/**
 * A drill-down lists exactly the records the clicked number counts: same length as the
 * number, for every card and every bar, on the hand-made district and on a generated one.
 */
import { describe, expect, it } from 'vitest';
import { aggregateDashboard } from '../../../shared/dashboard/aggregate';
import { drillCells, drillMeetings, drillRecommendations } from '../../../shared/dashboard/drill';
import { prepareDashboard, type PreparedDashboard } from '../../../shared/dashboard/prepare';
import { REGISTRANT_BUCKETS, type DashboardInput, type DashboardQuery } from '../../../shared/dashboard/types';
import { RECOMMENDATION_STATUSES } from '../../../shared/domain/meetings';
import { generateSampleData } from '../../../shared/sample/generator';
import { input, quarter, TERM, TODAY, YEAR } from './fixture';

/** Every chart number against the length of its drill-down. */
function expectDrillsMatch(prepared: PreparedDashboard, query: DashboardQuery): void {
  const agg = aggregateDashboard(prepared, query);
  const cells = (f: Omit<Parameters<typeof drillCells>[1], 'kind'>) => drillCells(agg, { kind: 'cells', ...f }).length;
  const { kpi } = agg;
  expect([cells({}), cells({ coverage: 'covered' }), cells({ coverage: 'uncovered' }), cells({ coverage: 'crowded' })]).toEqual([
    kpi.cells,
    kpi.covered,
    kpi.uncovered,
    kpi.crowded,
  ]);
  for (const bar of [...agg.byType]) {
    const { type } = bar;
    expect([cells({ type }), cells({ type, coverage: 'coveredNotCrowded' }), cells({ type, coverage: 'crowded' }), cells({ type, coverage: 'uncovered' })]).toEqual([
      bar.cells,
      bar.coveredNotCrowded,
      bar.crowded,
      bar.uncovered,
    ]);
  }
  for (const bar of agg.byOrg) {
    const { orgId } = bar;
    expect([cells({ orgId }), cells({ orgId, coverage: 'covered' }), cells({ orgId, coverage: 'uncovered' }), cells({ orgId, coverage: 'crowded' })]).toEqual([
      bar.cells,
      bar.covered,
      bar.uncovered,
      bar.crowded,
    ]);
  }
  for (const bar of agg.distribution) expect(cells({ bucket: bar.bucket })).toBe(bar.cells);

  const meetings = (f: Omit<Parameters<typeof drillMeetings>[2], 'kind'>) => drillMeetings(prepared, query, { kind: 'meetings', ...f }).length;
  expect([meetings({}), meetings({ status: 'planned' }), meetings({ status: 'held' })]).toEqual([kpi.meetingsPlanned, kpi.meetingsPlanned, kpi.meetingsHeld]);
  for (const q of agg.meetingsByQuarter) {
    expect([meetings({ year: q.year, quarter: q.quarter }), meetings({ year: q.year, quarter: q.quarter, status: 'held' })]).toEqual([q.planned, q.held]);
  }

  const recs = (status?: Parameters<typeof drillRecommendations>[2]['status']) =>
    drillRecommendations(prepared, query, status === undefined ? { kind: 'recommendations' } : { kind: 'recommendations', status }).length;
  expect([recs(), recs('open'), recs('overdue')]).toEqual([kpi.recommendationsTotal, kpi.recommendationsOpen, kpi.recommendationsOverdue]);
  for (const bar of agg.recommendationsByStatus) expect(recs(bar.status)).toBe(bar.count);
}

describe('drill-downs', () => {
  const prepared = prepareDashboard(input);

  it('cells: the uncovered cells of a type are the chart’s segment, in the matrix’s order', () => {
    const agg = aggregateDashboard(prepared, YEAR);
    const rows = drillCells(agg, { kind: 'cells', coverage: 'uncovered', type: 'xa' });
    expect(rows.map((c) => c.cellId)).toEqual(['cell-2', 'cell-3']);
    expect(rows.length).toBe(agg.byType.find((t) => t.type === 'xa')?.uncovered);
    expect(drillCells(agg, { kind: 'cells', coverage: 'crowded' }).map((c) => c.cellId)).toEqual(['cell-1']);
    expect(drillCells(agg, { kind: 'cells', bucket: '1' }).map((c) => c.cellId)).toEqual(['cell-5']);
    expect(drillCells(agg, { kind: 'cells', coverage: 'coveredNotCrowded', orgId: 'org-1' })).toEqual([]);
    // The rows are the aggregate's own cells.
    expect(rows[0]).toBe(agg.cells[3]);
  });

  it('meetings: the period’s at the scope, by date then start time, with who and where', () => {
    const rows = drillMeetings(prepared, YEAR, { kind: 'meetings' });
    expect(rows.map((r) => r.meeting.id)).toEqual(['m-q1', 'm-q2', 'm-q3-early', 'm-q3']);
    expect(rows[0]).toEqual({ meeting: input.meetings[1], officialName: 'Nguyễn Văn An', cellName: 'Chi bộ thôn 1', orgName: 'Đảng bộ xã Hợp Thành' });
    expect(drillMeetings(prepared, YEAR, { kind: 'meetings', year: 2025, quarter: 3, status: 'held' }).map((r) => r.meeting.id)).toEqual(['m-q3-early']);
    expect(drillMeetings(prepared, { ...YEAR, orgId: 'org-3' }, { kind: 'meetings' }).map((r) => r.meeting.id)).toEqual(['m-q2']);
    expect(drillMeetings(prepared, TERM, { kind: 'meetings', year: 2026 }).map((r) => r.meeting.id)).toEqual(['m-2026']);
  });

  it('meetings of a deleted official: no name', () => {
    const data: DashboardInput = { ...input, officials: input.officials.filter((o) => o.id !== 'a') };
    const rows = drillMeetings(prepareDashboard(data), YEAR, { kind: 'meetings', quarter: 1 });
    expect(rows.map((r) => [r.meeting.id, r.officialName])).toEqual([['m-q1', null]]);
  });

  it('recommendations: open, overdue or by status, with their meeting and whether overdue at today', () => {
    const open = drillRecommendations(prepared, YEAR, { kind: 'recommendations', status: 'open' });
    expect(open.map((r) => [r.recommendation.id, r.overdue, r.meetingDate])).toEqual([
      ['rec-overdue', true, '2025-02-10'],
      ['rec-open', false, '2025-08-20'],
    ]);
    expect(open[1]).toMatchObject({ officialName: 'Nguyễn Văn An', cellName: 'Chi bộ thôn 1', orgName: 'Đảng bộ xã Hợp Thành' });
    expect(drillRecommendations(prepared, YEAR, { kind: 'recommendations', status: 'overdue' }).map((r) => r.recommendation.id)).toEqual(['rec-overdue']);
    expect(drillRecommendations(prepared, YEAR, { kind: 'recommendations', status: 'resolved' }).map((r) => r.recommendation.id)).toEqual(['rec-done']);
    const later = { ...YEAR, today: '2026-01-01' };
    expect(drillRecommendations(prepared, later, { kind: 'recommendations', status: 'overdue' }).map((r) => r.recommendation.id)).toEqual(['rec-overdue', 'rec-open']);
  });

  it('every number of the small district matches its drill-down, for every period and scope', () => {
    for (const query of [YEAR, TERM, quarter(1), quarter(3), { ...YEAR, orgId: 'org-1' }, { ...TERM, orgId: 'org-3' }]) expectDrillsMatch(prepared, query);
  });

  it('every number of a generated district matches its drill-down', () => {
    const data = generateSampleData({ seed: 11, scale: 'district', today: TODAY });
    const sample = prepareDashboard({
      ...data,
      meetings: data.meetings ?? [],
      recommendations: data.recommendations ?? [],
      term: { startYear: data.settings.termStartYear, endYear: data.settings.termEndYear },
      rules: data.settings.rules,
    });
    const org = sample.orgRuns[3]?.org.id ?? null;
    for (const query of [YEAR, TERM, quarter(2), { ...YEAR, orgId: org }]) expectDrillsMatch(sample, query);
    const agg = aggregateDashboard(sample, YEAR);
    expect(agg.kpi.recommendationsTotal).toBeGreaterThan(0);
    expect(REGISTRANT_BUCKETS.every((bucket) => agg.distribution.some((d) => d.bucket === bucket))).toBe(true);
    expect(agg.recommendationsByStatus.map((r) => r.status)).toEqual([...RECOMMENDATION_STATUSES]);
  });
});
