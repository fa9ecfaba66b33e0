import type { CoverageScope, PlanRules } from '../../../shared/domain/rules';
import { fieldErrors, planRulesSchema } from '../../../shared/domain/validation';

/** The rules as the form holds them: numbers as typed text. */
export interface RulesDraft {
  coverageScope: CoverageScope;
  maxRegistrantsPerCell: string;
  officialMinCells: string;
  noticeDays: string;
}

export function rulesToDraft(rules: PlanRules): RulesDraft {
  return {
    coverageScope: rules.coverageScope,
    maxRegistrantsPerCell: String(rules.maxRegistrantsPerCell),
    officialMinCells: String(rules.officialMinCells),
    noticeDays: String(rules.noticeDays),
  };
}

export type RulesDraftResult = { ok: true; rules: PlanRules } | { ok: false; errors: Record<string, string> };

export function parseRulesDraft(draft: RulesDraft): RulesDraftResult {
  const number = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));
  const result = planRulesSchema.safeParse({
    coverageScope: draft.coverageScope,
    maxRegistrantsPerCell: number(draft.maxRegistrantsPerCell),
    officialMinCells: number(draft.officialMinCells),
    // Empty must stay "required" here: the schema's default is for rules saved before the field existed.
    noticeDays: number(draft.noticeDays) ?? Number.NaN,
  });
  if (result.success) return { ok: true, rules: result.data };
  const errors = fieldErrors(result);
  // An empty box is "required", not "not a whole number".
  for (const field of ['maxRegistrantsPerCell', 'officialMinCells', 'noticeDays'] as const) {
    if (draft[field].trim() === '') errors[field] = 'validation.required';
  }
  return { ok: false, errors };
}
