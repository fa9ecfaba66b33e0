/**
 * The dashboard's counting at province scale (≈15,000 cells, ≈15,000 registrations over a
 * term, ≈57,000 meetings, ≈20,000 recommendations): preparing the data once per change
 * (lookups, cells in Vietnamese order, meetings in calendar order, crowded years) and
 * counting one period and scope, which the worker does on every period change.
 *
 * Baseline, measured in the same run: the floor any dashboard pays to join these tables —
 * one pass over every record building the lookups (organizations, cells, officials by id;
 * registrations by cell; meetings by registration; recommendations by meeting). The ratio
 * says what our sorting and counting add on top of that, on any machine. For scale, what
 * the synthesis's own crowded check (crowdedCellIds(violations(...))) costs for one year:
 * the dashboard gets the same cells from years computed once in prepare.
 * Goals: aggregate.period_ms well under 150 (a period change is ≤ 300 ms with rendering),
 * aggregate.prepare_ms a few hundred at most, on a 2-core office PC.
 */
import { aggregateDashboard } from '../../shared/dashboard/aggregate';
import { dashboardInputOf } from '../../shared/dashboard/input';
import { prepareDashboard } from '../../shared/dashboard/prepare';
import type { DashboardInput, DashboardQuery } from '../../shared/dashboard/types';
import { generateSampleData } from '../../shared/sample/generator';
import { crowdedCellIds, violations } from '../../shared/synthesis/violations';
import { round, time } from './timing';
import type { BenchEntry, BenchSuite } from './types';

const SEED = 2025;
const TODAY = '2025-10-15';
const YEAR: DashboardQuery = { period: { kind: 'year', year: 2025 }, orgId: null, today: TODAY };
const QUARTER: DashboardQuery = { period: { kind: 'quarter', year: 2025, quarter: 3 }, orgId: null, today: TODAY };
/** The sample's history runs 2021–2025: every meeting and registration in one count, the heaviest period. */
const TERM: DashboardQuery = { period: { kind: 'term', startYear: 2021, endYear: 2025 }, orgId: null, today: TODAY };

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** Every lookup a join of the dashboard's tables needs, built in one pass each. */
function floor(input: DashboardInput): number {
  const maps = [
    new Map(input.orgs.map((o) => [o.id, o])),
    new Map(input.cells.map((c) => [c.id, c])),
    new Map(input.officials.map((o) => [o.id, o])),
    new Map(input.registrations.map((r) => [r.id, r])),
    groupBy(input.registrations, (r) => r.cellId),
    groupBy(input.meetings, (m) => m.registrationId),
    groupBy(input.recommendations, (r) => r.meetingId),
  ];
  return maps.reduce((n, m) => n + m.size, 0);
}

function provinceInput(): DashboardInput {
  const data = generateSampleData({ seed: SEED, scale: 'province', today: TODAY });
  return dashboardInputOf(data);
}

export const aggregateBench: BenchSuite = {
  name: 'aggregate',
  run(log) {
    const input = provinceInput();
    log(
      `aggregate: province sample (seed ${SEED}, today ${TODAY}), ${input.cells.length} cells, ${input.registrations.length} registrations, ` +
        `${input.meetings.length} meetings, ${input.recommendations.length} recommendations`,
    );
    // Alternated warm-up so both see the same JIT state, then timed.
    for (let i = 0; i < 2; i++) {
      aggregateDashboard(prepareDashboard(input), YEAR);
      floor(input);
    }
    const total = time(() => aggregateDashboard(prepareDashboard(input), YEAR), { warmup: 1, runs: 9 });
    const base = time(() => floor(input), { warmup: 1, runs: 9 });
    const prepared = prepareDashboard(input);
    const prepare = time(() => prepareDashboard(input), { warmup: 1, runs: 9 });
    const year = time(() => aggregateDashboard(prepared, YEAR), { runs: 15 });
    const quarter = time(() => aggregateDashboard(prepared, QUARTER), { runs: 15 });
    const term = time(() => aggregateDashboard(prepared, TERM), { runs: 15 });
    const synthesisCrowded = time(() => crowdedCellIds(violations(input, YEAR.period, input.rules)), { warmup: 1, runs: 5 });
    const agg = aggregateDashboard(prepared, YEAR);
    const termAgg = aggregateDashboard(prepared, TERM);
    const entries: BenchEntry[] = [
      { name: 'aggregate.cells', value: input.cells.length, unit: 'count' },
      { name: 'aggregate.registrations', value: input.registrations.length, unit: 'count' },
      { name: 'aggregate.meetings', value: input.meetings.length, unit: 'count' },
      { name: 'aggregate.recommendations', value: input.recommendations.length, unit: 'count' },
      { name: 'aggregate.covered_cells', value: agg.kpi.covered, unit: 'count' },
      { name: 'aggregate.crowded_cells', value: agg.kpi.crowded, unit: 'count' },
      { name: 'aggregate.term_meetings', value: termAgg.kpi.meetingsPlanned, unit: 'count' },
      { name: 'aggregate.ms', value: round(total.median), unit: 'ms' },
      { name: 'aggregate.ms_min', value: round(total.min), unit: 'ms' },
      { name: 'aggregate.prepare_ms', value: round(prepare.median), unit: 'ms' },
      { name: 'aggregate.period_ms', value: round(year.median), unit: 'ms' },
      { name: 'aggregate.period_quarter_ms', value: round(quarter.median), unit: 'ms' },
      { name: 'aggregate.period_term_ms', value: round(term.median), unit: 'ms' },
      { name: 'aggregate.synthesis_crowded_ms', value: round(synthesisCrowded.median), unit: 'ms' },
      { name: 'aggregate.floor_ms', value: round(base.median), unit: 'ms' },
      { name: 'aggregate.ratio_vs_floor', value: round(total.median / base.median, 2), unit: 'ratio' },
    ];
    return entries;
  },
};
