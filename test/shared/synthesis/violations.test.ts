import { describe, expect, it } from 'vitest';
import { DEFAULT_CROWDING_THRESHOLD } from '../../../shared/coverage/coverage';
import { crowdingThreshold, DEFAULT_PLAN_RULES, type PlanRules } from '../../../shared/domain/rules';
import { planRulesSchema, settingsSchema } from '../../../shared/domain/validation';
import { generateSampleData } from '../../../shared/sample/generator';
import type { SynthesisScope } from '../../../shared/synthesis/scope';
import { synthesize } from '../../../shared/synthesis/synthesis';
import { countViolations, crowdedCellIds, violations, type Violation } from '../../../shared/synthesis/violations';
import { settings } from '../fixtures/settings';
import { data, withDuplicates } from './fixture';

const rules: PlanRules = { ...DEFAULT_PLAN_RULES };
const y = (year: number) => ({ startYear: year, endYear: year });
const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => y(from + i));
const year2025: SynthesisScope = { kind: 'year', year: 2025 };
const term: SynthesisScope = { kind: 'term', startYear: 2025, endYear: 2030 };

describe('plan rules', () => {
  it('defaults: coverage per year, crowded above 2 people (the dashboard’s "3 or more"), at least 1 cell each, notices 3 days ahead', () => {
    expect(DEFAULT_PLAN_RULES).toEqual({ coverageScope: 'year', maxRegistrantsPerCell: 2, officialMinCells: 1, noticeDays: 3 });
    expect(crowdingThreshold(DEFAULT_PLAN_RULES)).toBe(DEFAULT_CROWDING_THRESHOLD);
  });

  it('validates the rules with i18n keys', () => {
    expect(planRulesSchema.safeParse({ coverageScope: 'term', maxRegistrantsPerCell: 1, officialMinCells: 0 }).success).toBe(true);
    const bad = planRulesSchema.safeParse({ coverageScope: 'month', maxRegistrantsPerCell: 0, officialMinCells: 1.5 });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['coverageScope', 'validation.invalidChoice'],
      ['maxRegistrantsPerCell', 'validation.maxRegistrantsRange'],
      ['officialMinCells', 'validation.wholeNumber'],
    ]);
    expect(planRulesSchema.safeParse({ ...rules, maxRegistrantsPerCell: 21 }).error?.issues[0]?.message).toBe('validation.maxRegistrantsRange');
    expect(planRulesSchema.safeParse({ ...rules, officialMinCells: 21 }).error?.issues[0]?.message).toBe('validation.minCellsRange');
  });

  it('settings saved before the rules existed parse with the defaults', () => {
    const { rules: _rules, ...old } = settings;
    expect(settingsSchema.parse(old).rules).toEqual(DEFAULT_PLAN_RULES);
    const custom = { coverageScope: 'term', maxRegistrantsPerCell: 4, officialMinCells: 2, noticeDays: 5 } as const;
    expect(settingsSchema.parse({ ...settings, rules: custom }).rules).toEqual(custom);
    // Rules saved before the notice period existed keep their values and get its default.
    const { noticeDays: _days, ...beforeMeetings } = custom;
    expect(settingsSchema.parse({ ...settings, rules: beforeMeetings }).rules).toEqual({ ...beforeMeetings, noticeDays: 3 });
    expect(planRulesSchema.safeParse({ ...custom, noticeDays: 61 }).error?.issues[0]?.message).toBe('validation.noticeDaysRange');
  });
});

describe('violations in a year', () => {
  it('lists uncovered and crowded cells, officials under the minimum and over capacity, in that order', () => {
    expect(violations(data, year2025, rules)).toEqual<Violation[]>([
      { kind: 'uncoveredCell', cellId: 'cell-4', orgId: 'org-2', spans: [y(2025)] },
      { kind: 'uncoveredCell', cellId: 'cell-2', orgId: 'org-1', spans: [y(2025)] },
      { kind: 'uncoveredCell', cellId: 'cell-3', orgId: 'org-1', spans: [y(2025)] },
      { kind: 'crowdedCell', cellId: 'cell-1', orgId: 'org-1', years: [{ year: 2025, count: 3 }], limit: 2 },
      // Đặng Văn Hòa registered only for cells that do not count; Phạm Thị Dung for nothing.
      { kind: 'officialUnderMinimum', officialId: 'd', spans: [{ span: y(2025), count: 0 }], minimum: 1 },
      { kind: 'officialUnderMinimum', officialId: 'e', spans: [{ span: y(2025), count: 0 }], minimum: 1 },
      // Lê Văn Cường: cell-1 and cell-5, capacity 1. Nguyễn Văn An: cell-1 twice is one cell.
      { kind: 'officialOverCapacity', officialId: 'c', years: [{ year: 2025, count: 2 }], capacity: 1 },
    ]);
  });

  it('2026: the Công an cell lost its term registration; only Bình registered', () => {
    const found = violations(data, { kind: 'year', year: 2026 }, rules);
    expect(found.filter((v) => v.kind === 'uncoveredCell').map((v) => v.cellId)).toEqual(['cell-5', 'cell-2', 'cell-3']);
    expect(found.filter((v) => v.kind === 'officialUnderMinimum').map((v) => v.officialId)).toEqual(['d', 'c', 'a', 'e']);
    expect(countViolations(found)).toEqual({
      uncoveredCell: 3,
      crowdedCell: 0,
      officialUnderMinimum: 4,
      officialOverCapacity: 0,
      duplicateRegistration: 0,
    });
  });

  it('a quarter is checked as its year', () => {
    expect(violations(data, { kind: 'quarter', year: 2025, quarter: 2 }, rules)).toEqual(violations(data, year2025, rules));
  });

  it('follows the settings: a higher limit, no minimum, a minimum of two', () => {
    expect(crowdedCellIds(violations(data, year2025, { ...rules, maxRegistrantsPerCell: 3 })).size).toBe(0);
    expect(crowdedCellIds(violations(data, year2025, { ...rules, maxRegistrantsPerCell: 1 }))).toEqual(new Set(['cell-1']));
    expect(countViolations(violations(data, year2025, { ...rules, officialMinCells: 0 })).officialUnderMinimum).toBe(0);
    const two = violations(data, year2025, { ...rules, officialMinCells: 2 }).filter((v) => v.kind === 'officialUnderMinimum');
    expect(two.map((v) => [v.officialId, v.spans.map((s) => s.count)])).toEqual([
      ['d', [0]],
      ['a', [1]],
      ['e', [0]],
      ['b', [1]],
    ]);
  });
});

describe('violations over a term', () => {
  it('per-year rules name each year that breaks them', () => {
    const found = violations(data, term, rules);
    const uncovered = found.flatMap((v) => (v.kind === 'uncoveredCell' ? [[v.cellId, v.spans]] : []));
    expect(uncovered).toEqual([
      ['cell-4', [y(2025), ...years(2027, 2030)]], // covered in 2026 only
      ['cell-5', years(2026, 2030)], // the term registration ended in 2025
      ['cell-2', years(2025, 2030)],
      ['cell-3', years(2025, 2030)],
    ]);
    expect(found.filter((v) => v.kind === 'crowdedCell')).toEqual([
      { kind: 'crowdedCell', cellId: 'cell-1', orgId: 'org-1', years: [{ year: 2025, count: 3 }], limit: 2 },
    ]);
    const under = found.flatMap((v) => (v.kind === 'officialUnderMinimum' ? [[v.officialId, v.spans.length]] : []));
    expect(under).toEqual([['d', 6], ['c', 5], ['a', 5], ['e', 6]]);
    expect(found.filter((v) => v.kind === 'officialOverCapacity').map((v) => v.officialId)).toEqual(['c']);
  });

  it('a per-term rule asks for one registration anywhere in the term', () => {
    const perTerm = { ...rules, coverageScope: 'term' as const };
    const found = violations(data, term, perTerm);
    expect(found.filter((v) => v.kind === 'uncoveredCell')).toEqual([
      { kind: 'uncoveredCell', cellId: 'cell-2', orgId: 'org-1', spans: [{ startYear: 2025, endYear: 2030 }] },
      { kind: 'uncoveredCell', cellId: 'cell-3', orgId: 'org-1', spans: [{ startYear: 2025, endYear: 2030 }] },
    ]);
    expect(found.filter((v) => v.kind === 'officialUnderMinimum').map((v) => v.officialId)).toEqual(['d', 'e']);
    // The same term rule seen from one year: cell-4 counts as covered by its 2026 registration.
    const from2025 = violations(data, year2025, perTerm);
    expect(from2025.filter((v) => v.kind === 'uncoveredCell').map((v) => v.cellId)).toEqual(['cell-2', 'cell-3']);
    // Crowding and capacity stay per year.
    expect(countViolations(from2025)).toMatchObject({ crowdedCell: 1, officialOverCapacity: 1 });
  });
});

describe('duplicate registrations', () => {
  it('pairs one official’s registrations at one cell whose periods may mean the same meetings', () => {
    const found = violations(withDuplicates, year2025, rules).filter((v) => v.kind === 'duplicateRegistration');
    expect(found).toEqual([
      { kind: 'duplicateRegistration', officialId: 'a', cellId: 'cell-1', orgId: 'org-1', registrationIds: ['reg-2', 'reg-9'] },
      { kind: 'duplicateRegistration', officialId: 'c', cellId: 'cell-1', orgId: 'org-1', registrationIds: ['reg-4', 'reg-10'] },
    ]);
  });

  it('in a quarter, only pairs that may meet in that quarter', () => {
    const pairs = (quarter: 1 | 2 | 3 | 4) =>
      violations(withDuplicates, { kind: 'quarter', year: 2025, quarter }, rules).flatMap((v) =>
        v.kind === 'duplicateRegistration' ? [v.registrationIds] : [],
      );
    expect(pairs(1)).toEqual([]);
    expect(pairs(2)).toEqual([['reg-4', 'reg-10']]);
    expect(pairs(3)).toEqual([['reg-2', 'reg-9']]);
    expect(pairs(4)).toEqual([]);
    expect(violations(withDuplicates, { kind: 'year', year: 2026 }, rules).some((v) => v.kind === 'duplicateRegistration')).toBe(false);
  });
});

describe('synthesize', () => {
  it('marks the crowded cells in the tables as the panel finds them', () => {
    const s = synthesize(data, term, rules);
    expect(s.orgs.map((o) => [o.org.id, o.crowded])).toEqual([['org-2', 0], ['org-3', 0], ['org-1', 1]]);
    expect(s.types.map((t) => [t.type, t.covered, t.uncovered, t.crowded])).toEqual([
      ['xa', 1, 2, 1],
      ['co_quan', 1, 0, 0],
      ['cong_an', 1, 0, 0],
    ]);
    expect(s.totals).toEqual({ registrations: 6, officials: 3, coveredCells: 3, cells: 5 });
  });

  it('a province-scale term in well under two seconds', () => {
    const province = { ...generateSampleData({ seed: 3, scale: 'province' }), term: { startYear: 2025, endYear: 2030 } };
    const t0 = performance.now();
    const s = synthesize(province, term, rules);
    const ms = performance.now() - t0;
    expect(s.cells).toHaveLength(province.cells.length);
    expect(s.officials).toHaveLength(province.officials.length);
    expect(ms).toBeLessThan(2000);
  });
});
