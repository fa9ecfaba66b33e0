/**
 * Everything the "Tổng hợp" screen shows for one scope, computed in one pass over the
 * same index, so its four tables and the violations panel cannot disagree.
 */
import type { PlanRules } from '../domain/rules';
import { orgCoverage, typeCoverage, type OrgCoverage, type TypeCoverageRow } from './coverage-groups';
import { cellPlans, officialPlans, scopeIndex, type CellPlan, type OfficialPlan } from './plan';
import type { SynthesisData, SynthesisScope } from './scope';
import { crowdedCellIds, violations, type Violation } from './violations';

export interface Synthesis {
  scope: SynthesisScope;
  cells: CellPlan[];
  officials: OfficialPlan[];
  orgs: OrgCoverage[];
  types: TypeCoverageRow[];
  violations: Violation[];
  /** Số lượt, số người and số chi bộ of the scope, each counted on its own. */
  totals: { registrations: number; officials: number; coveredCells: number; cells: number };
}

export function synthesize(data: SynthesisData, scope: SynthesisScope, rules: PlanRules): Synthesis {
  const index = scopeIndex(data, scope);
  const found = violations(data, scope, rules, index.ordered);
  const crowded = crowdedCellIds(found);
  return {
    scope,
    cells: cellPlans(data, scope, index),
    officials: officialPlans(data, scope, index),
    orgs: orgCoverage(data.orgs, index, crowded),
    types: typeCoverage(data.orgs, index, crowded),
    violations: found,
    totals: {
      registrations: index.registrations,
      officials: index.officials.size,
      coveredCells: index.registrationsByCell.size,
      cells: index.cells.length,
    },
  };
}
