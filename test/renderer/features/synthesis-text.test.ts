import { describe, expect, it } from 'vitest';
import { parseRulesDraft, rulesToDraft } from '../../../renderer/features/settings/rules-draft';
import { periodText, scopeHeading, spanRuns, spanText } from '../../../renderer/features/synthesis/period-text';
import { createI18n } from '../../../renderer/i18n';
import { DEFAULT_PLAN_RULES } from '../../../shared/domain/rules';

const vi = createI18n('vi').getFixedT('vi', 'synthesis');
const en = createI18n('en').getFixedT('en', 'synthesis');
const y = (year: number) => ({ startYear: year, endYear: year });

describe('period and scope texts', () => {
  it('say when, in both languages', () => {
    expect(periodText(vi, { kind: 'year', year: 2025, quarters: [1, 3] })).toBe('quý I, III năm 2025');
    expect(periodText(vi, { kind: 'year', year: 2025, quarters: [] })).toBe('năm 2025, chưa xác định thời gian');
    expect(periodText(vi, { kind: 'year', year: 2025, quarters: [1, 2, 3, 4] })).toBe('hằng quý năm 2025');
    expect(periodText(vi, { kind: 'term', startYear: 2025, endYear: 2030 })).toBe('cả nhiệm kỳ 2025–2030');
    expect(periodText(en, { kind: 'year', year: 2025, quarters: [2] })).toBe('quarter II of 2025');
    expect(scopeHeading(vi, { kind: 'quarter', year: 2026, quarter: 4 })).toBe('Quý IV năm 2026');
    expect(scopeHeading(en, { kind: 'term', startYear: 2025, endYear: 2030 })).toBe('Term 2025–2030');
  });

  it('merge neighbouring years with the same count, never a term span', () => {
    const runs = spanRuns([
      { span: y(2025), count: 0 },
      { span: y(2027), count: 0 },
      { span: y(2028), count: 0 },
      { span: y(2029), count: 1 },
      { span: y(2030), count: 1 },
    ]);
    expect(runs.map((run) => spanText(vi, run))).toEqual(['năm 2025', 'các năm 2027–2028', 'các năm 2029–2030']);
    const term = spanRuns([{ span: { startYear: 2025, endYear: 2030 }, count: 0 }, { span: y(2031), count: 0 }]);
    expect(term.map((run) => spanText(vi, run))).toEqual(['nhiệm kỳ 2025–2030', 'năm 2031']);
  });
});

describe('rules draft', () => {
  it('round-trips the rules and reports an empty or out-of-range box', () => {
    expect(parseRulesDraft(rulesToDraft(DEFAULT_PLAN_RULES))).toEqual({ ok: true, rules: DEFAULT_PLAN_RULES });
    expect(parseRulesDraft({ coverageScope: 'term', maxRegistrantsPerCell: ' ', officialMinCells: '25', noticeDays: '3' })).toEqual({
      ok: false,
      errors: { maxRegistrantsPerCell: 'validation.required', officialMinCells: 'validation.minCellsRange' },
    });
  });
});
