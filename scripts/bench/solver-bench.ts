/**
 * The balancing solver on the province-scale sample (≈15,000 cells, 600 officials), timed
 * against a trivial greedy pass over the same instance in the same run, so the ratio holds
 * on any machine. Goal: solver.ms ≤ 1000 on a 2-core office PC.
 */
import { generateSampleData } from '../../shared/sample/generator';
import { greedyPlan } from '../../shared/solver/greedy';
import { instanceFromData } from '../../shared/solver/instance-from-data';
import { solve } from '../../shared/solver/solve';
import type { SolverInstance, SolverResult } from '../../shared/solver/types';
import type { BenchEntry, BenchSuite } from './types';
import { round, time } from './timing';

const SEED = 2025;

function provinceInstance(): SolverInstance {
  const data = generateSampleData({ seed: SEED, scale: 'province' });
  return instanceFromData(data, data.settings.currentYear);
}

export const solverBench: BenchSuite = {
  name: 'solver',
  run(log) {
    const instance = provinceInstance();
    log(`solver: province sample (seed ${SEED}), ${instance.cells.length} cells, ${instance.officials.length} officials`);
    let result: SolverResult | undefined;
    const solver = time(() => (result = solve(instance)), { warmup: 3, runs: 9 });
    const greedy = time(() => greedyPlan(instance), { warmup: 3, runs: 9 });
    const outside = { ...instance, rules: { ...instance.rules, allowOutsideArea: true } };
    const solverOutside = time(() => solve(outside), { warmup: 1, runs: 5 });
    const { summary } = result ?? solve(instance);
    const g = greedyPlan(instance);
    const entries: BenchEntry[] = [
      { name: 'solver.cells', value: instance.cells.length, unit: 'count' },
      { name: 'solver.officials', value: instance.officials.length, unit: 'count' },
      { name: 'solver.registrations', value: instance.registrations.length, unit: 'count' },
      { name: 'solver.ms', value: round(solver.median), unit: 'ms' },
      { name: 'solver.ms_min', value: round(solver.min), unit: 'ms' },
      { name: 'solver.outside_allowed_ms', value: round(solverOutside.median), unit: 'ms' },
      { name: 'solver.suggestions', value: summary.moves + summary.adds, unit: 'count' },
      { name: 'solver.coverage_before', value: round(summary.cellsCoveredBefore / summary.cells, 4), unit: 'fraction' },
      { name: 'solver.coverage_after', value: round(summary.cellsCoveredAfter / summary.cells, 4), unit: 'fraction' },
      { name: 'solver.greedy_ms', value: round(greedy.median, 2), unit: 'ms' },
      { name: 'solver.greedy_coverage_after', value: round(g.cellsCoveredAfter / summary.cells, 4), unit: 'fraction' },
      { name: 'solver.ratio_vs_greedy', value: round(solver.median / greedy.median, 2), unit: 'ratio' },
    ];
    return entries;
  },
};
