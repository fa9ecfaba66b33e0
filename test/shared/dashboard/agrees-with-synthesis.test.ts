/**
 * The dashboard must say what "Tổng hợp" says for the same scope: covered, crowded, số lượt
 * and số người. Checked on the hand-made district and on generated samples, whose popular
 * cells are crowded and whose province history spans the term.
 */
import { describe, expect, it } from 'vitest';
import { aggregateDashboard } from '../../../shared/dashboard/aggregate';
import { prepareDashboard } from '../../../shared/dashboard/prepare';
import type { DashboardInput, DashboardPeriod } from '../../../shared/dashboard/types';
import type { PlanRules } from '../../../shared/domain/rules';
import type { DistrictData } from '../../../shared/domain/types';
import { meetingProgressByQuarter, recommendationStatusCounts } from '../../../shared/meetings/aggregate';
import { generateSampleData } from '../../../shared/sample/generator';
import { countsInScope } from '../../../shared/synthesis/scope';
import { synthesize } from '../../../shared/synthesis/synthesis';
import { crowdedCellIds, violations } from '../../../shared/synthesis/violations';
import { reg } from '../synthesis/fixture';
import { input, TODAY } from './fixture';

function inputOf(data: DistrictData): DashboardInput {
  return {
    orgs: data.orgs,
    cells: data.cells,
    officials: data.officials,
    registrations: data.registrations,
    meetings: data.meetings ?? [],
    recommendations: data.recommendations ?? [],
    term: { startYear: data.settings.termStartYear, endYear: data.settings.termEndYear },
    rules: data.settings.rules,
  };
}

const YEAR_2025: DashboardPeriod = { kind: 'year', year: 2025 };
const TERM_2025: DashboardPeriod = { kind: 'term', startYear: 2025, endYear: 2030 };
const PAST_TERM: DashboardPeriod = { kind: 'term', startYear: 2021, endYear: 2025 };
const Q2_2025: DashboardPeriod = { kind: 'quarter', year: 2025, quarter: 2 };

/** Crowded cells per violations(), and the dashboard's. */
function crowdedSets(data: DashboardInput, period: DashboardPeriod, prepared = prepareDashboard(data)) {
  const agg = aggregateDashboard(prepared, { period, orgId: null, today: TODAY });
  return {
    synthesis: crowdedCellIds(violations(data, period, data.rules)),
    dashboard: new Set(agg.cells.filter((c) => c.crowded).map((c) => c.cellId)),
    covered: new Set(agg.cells.filter((c) => c.registrants.length > 0).map((c) => c.cellId)),
  };
}

function expectSameCoverage(data: DashboardInput, period: DashboardPeriod): void {
  const agg = aggregateDashboard(prepareDashboard(data), { period, orgId: null, today: TODAY });
  const s = synthesize(data, period, data.rules);
  expect(agg.kpi.cells).toBe(s.totals.cells);
  expect(agg.kpi.covered).toBe(s.totals.coveredCells);
  expect(agg.kpi.registrations).toBe(s.totals.registrations);
  expect(agg.kpi.crowded).toBe(crowdedCellIds(s.violations).size);
  const pick = ({ cells, covered, uncovered, crowded }: { cells: number; covered: number; uncovered: number; crowded: number }) => ({ cells, covered, uncovered, crowded });
  expect(agg.byType.map((t) => ({ type: t.type, ...pick(t) }))).toEqual(s.types.filter((t) => t.cells > 0).map((t) => ({ type: t.type, ...pick(t) })));
  const orgs = new Map(s.orgs.map((o) => [o.org.id, pick(o)]));
  for (const bar of agg.byOrg) expect(pick(bar), bar.orgName).toEqual(orgs.get(bar.orgId));
  expect(agg.byOrg).toHaveLength(s.orgs.filter((o) => o.cells > 0).length);
  // Cells in the synthesis's (and the reports') order.
  expect(agg.cells.map((c) => c.cellId)).toEqual(s.cells.map((c) => c.cell.id));
  expect(agg.cells.map((c) => c.registrants.length)).toEqual(s.cells.map((c) => c.registrants));
}

describe('the dashboard agrees with the synthesis', () => {
  it('the small district, by year and by term', () => {
    expectSameCoverage(input, YEAR_2025);
    expectSameCoverage(input, TERM_2025);
    expect(aggregateDashboard(prepareDashboard(input), { period: YEAR_2025, orgId: null, today: TODAY }).kpi.officialsRegistered).toBe(
      synthesize(input, YEAR_2025, input.rules).totals.officials,
    );
  });

  it('with a stricter rule (at most 1 registrant), crowded follows the settings', () => {
    const strict: DashboardInput = { ...input, rules: { ...input.rules, maxRegistrantsPerCell: 1 } satisfies PlanRules };
    expectSameCoverage(strict, YEAR_2025);
    expect(crowdedSets(strict, YEAR_2025).dashboard).toEqual(new Set(['cell-1']));
    const loose: DashboardInput = { ...input, rules: { ...input.rules, maxRegistrantsPerCell: 3 } };
    expect(crowdedSets(loose, YEAR_2025).dashboard.size).toBe(0);
  });

  it('a quarter: crowded as the synthesis finds it in the quarter’s year, among the cells covered that quarter', () => {
    // Three quarter-less 2025 registrations crowd cell-2 in 2025, but none of them is in Q2.
    const data: DashboardInput = {
      ...input,
      registrations: [
        ...input.registrations,
        ...['a', 'b', 'e'].map((o) => reg(`q-${o}`, o, 'cell-2', { kind: 'year', year: 2025, quarters: [] })),
      ],
    };
    const { synthesis, dashboard, covered } = crowdedSets(data, Q2_2025);
    expect(synthesis).toEqual(new Set(['cell-1', 'cell-2']));
    expect(covered.has('cell-2')).toBe(false);
    expect(dashboard).toEqual(new Set(['cell-1']));
    // The year sees cell-2 covered and crowded, as the synthesis does.
    expect(crowdedSets(data, YEAR_2025).dashboard).toEqual(new Set(['cell-1', 'cell-2']));
  });

  it('the generated district sample: KPIs, types, organizations and cells as synthesize() counts them', () => {
    const data = inputOf(generateSampleData({ seed: 7, scale: 'district', today: TODAY }));
    for (const period of [YEAR_2025, TERM_2025, { kind: 'year', year: 2026 } as const]) expectSameCoverage(data, period);
    const agg = aggregateDashboard(prepareDashboard(data), { period: YEAR_2025, orgId: null, today: TODAY });
    expect(agg.kpi.crowded).toBeGreaterThan(0);
    expect(agg.kpi.officialsRegistered).toBe(synthesize(data, YEAR_2025, data.rules).totals.officials);
    expect(agg.kpi.officialsTotal).toBe(data.officials.length);
  });

  it('the generated district sample: meetings and recommendations as the meetings page counts them', () => {
    const data = inputOf(generateSampleData({ seed: 7, scale: 'district', today: TODAY }));
    const agg = aggregateDashboard(prepareDashboard(data), { period: YEAR_2025, orgId: null, today: TODAY });
    expect(agg.kpi.meetingsPlanned).toBeGreaterThan(0);
    const progress = meetingProgressByQuarter(2025, data.registrations, data.meetings);
    expect(agg.meetingsByQuarter.map((q) => [q.planned, q.held, q.notAttended, q.pending])).toEqual(
      progress.map((p) => [p.scheduledMeetings, p.heldMeetings, p.notAttendedMeetings, p.pendingMeetings]),
    );
    const ofYear = new Set(data.meetings.filter((m) => m.date.startsWith('2025-')).map((m) => m.id));
    const counts = recommendationStatusCounts(data.recommendations.filter((r) => ofYear.has(r.meetingId)), TODAY);
    expect(agg.kpi).toMatchObject({ recommendationsTotal: counts.total, recommendationsOpen: counts.open, recommendationsOverdue: counts.overdue });
    expect(agg.recommendationsByStatus.map((r) => r.count)).toEqual([counts.new, counts.forwarded, counts.answered, counts.resolved, counts.closed]);
  });

  it('the province sample: crowded cells are exactly crowdedCellIds(violations(...)), by year, term and quarter', () => {
    const data = inputOf(generateSampleData({ seed: 2025, scale: 'province', today: '2025-10-15' }));
    const prepared = prepareDashboard(data);
    for (const period of [YEAR_2025, PAST_TERM, TERM_2025]) {
      const { synthesis, dashboard } = crowdedSets(data, period, prepared);
      expect(synthesis.size).toBeGreaterThan(0);
      expect(dashboard).toEqual(synthesis);
    }
    const { synthesis, dashboard, covered } = crowdedSets(data, Q2_2025, prepared);
    expect(dashboard).toEqual(new Set([...synthesis].filter((id) => covered.has(id))));
    // The quarter's covered cells are those with a registration counted in it.
    const counts = countsInScope(Q2_2025);
    const cellIds = new Set(data.cells.map((c) => c.id));
    expect(covered).toEqual(new Set(data.registrations.filter((r) => counts(r) && cellIds.has(r.cellId)).map((r) => r.cellId)));
  });
});
