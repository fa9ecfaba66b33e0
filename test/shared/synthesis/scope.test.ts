import { describe, expect, it } from 'vitest';
import { countsInScope, ruleSpans, scopeAsPeriod, scopeYears, type SynthesisScope } from '../../../shared/synthesis/scope';
import { registrations } from '../fixtures/small-district';

const ids = (scope: SynthesisScope) => registrations.filter(countsInScope(scope)).map((r) => r.id);
const term = { startYear: 2025, endYear: 2030 };

describe('countsInScope', () => {
  it('a year counts every registration touching it, terms included', () => {
    expect(ids({ kind: 'year', year: 2025 })).toEqual(['reg-1', 'reg-2', 'reg-3', 'reg-4', 'reg-6', 'reg-7', 'reg-8']);
    expect(ids({ kind: 'year', year: 2026 })).toEqual(['reg-3', 'reg-5']);
  });

  it('a quarter counts registrations naming it and terms, but not a year with no quarter given', () => {
    // reg-4 is "2025, chưa xác định thời gian": it counts for 2025, for no quarter of it.
    expect(ids({ kind: 'quarter', year: 2025, quarter: 1 })).toEqual(['reg-1', 'reg-3', 'reg-6', 'reg-7']);
    expect(ids({ kind: 'quarter', year: 2025, quarter: 2 })).toEqual(['reg-3', 'reg-7']);
    expect(ids({ kind: 'quarter', year: 2025, quarter: 3 })).toEqual(['reg-2', 'reg-3', 'reg-7']);
    expect(ids({ kind: 'quarter', year: 2026, quarter: 2 })).toEqual(['reg-3', 'reg-5']);
    expect(ids({ kind: 'quarter', year: 2031, quarter: 1 })).toEqual([]);
  });

  it('a term counts everything touching any of its years', () => {
    expect(ids({ kind: 'term', ...term })).toEqual(['reg-1', 'reg-2', 'reg-3', 'reg-4', 'reg-5', 'reg-6', 'reg-7', 'reg-8']);
    expect(ids({ kind: 'term', startYear: 2020, endYear: 2024 })).toEqual(['reg-7']);
  });
});

describe('scopeYears and scopeAsPeriod', () => {
  it('a year and a quarter are one year; a term is each of its years', () => {
    expect(scopeYears({ kind: 'year', year: 2025 })).toEqual([2025]);
    expect(scopeYears({ kind: 'quarter', year: 2026, quarter: 4 })).toEqual([2026]);
    expect(scopeYears({ kind: 'term', ...term })).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it('turns a scope into the registration period it stands for', () => {
    expect(scopeAsPeriod({ kind: 'year', year: 2025 })).toEqual({ kind: 'year', year: 2025, quarters: [] });
    expect(scopeAsPeriod({ kind: 'quarter', year: 2025, quarter: 3 })).toEqual({ kind: 'year', year: 2025, quarters: [3] });
    expect(scopeAsPeriod({ kind: 'term', ...term })).toEqual({ kind: 'term', ...term });
  });
});

describe('ruleSpans', () => {
  it('rules per year check each year of the scope; a quarter is checked as its year', () => {
    expect(ruleSpans({ kind: 'year', year: 2025 }, { coverageScope: 'year' }, term)).toEqual([{ startYear: 2025, endYear: 2025 }]);
    expect(ruleSpans({ kind: 'quarter', year: 2026, quarter: 1 }, { coverageScope: 'year' }, term)).toEqual([
      { startYear: 2026, endYear: 2026 },
    ]);
    expect(ruleSpans({ kind: 'term', startYear: 2025, endYear: 2026 }, { coverageScope: 'year' }, term)).toEqual([
      { startYear: 2025, endYear: 2025 },
      { startYear: 2026, endYear: 2026 },
    ]);
  });

  it('rules per term check the whole term around the year, or the year alone outside it', () => {
    expect(ruleSpans({ kind: 'year', year: 2027 }, { coverageScope: 'term' }, term)).toEqual([term]);
    expect(ruleSpans({ kind: 'quarter', year: 2030, quarter: 4 }, { coverageScope: 'term' }, term)).toEqual([term]);
    expect(ruleSpans({ kind: 'term', ...term }, { coverageScope: 'term' }, term)).toEqual([term]);
    expect(ruleSpans({ kind: 'year', year: 2031 }, { coverageScope: 'term' }, term)).toEqual([{ startYear: 2031, endYear: 2031 }]);
  });
});
