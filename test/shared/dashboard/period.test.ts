import { describe, expect, it } from 'vitest';
import { periodDateRange, periodLabelVi, periodQuarters } from '../../../shared/dashboard/period';
import { quarterRange } from '../../../shared/meetings/iso-date';

describe('dashboard periods', () => {
  it('a year runs from 1 January to 31 December', () => {
    expect(periodDateRange({ kind: 'year', year: 2025 })).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('each quarter’s days are the meetings calendar’s quarter', () => {
    for (const q of [1, 2, 3, 4] as const) {
      expect(periodDateRange({ kind: 'quarter', year: 2028, quarter: q })).toEqual(quarterRange(2028, q));
    }
    expect(periodDateRange({ kind: 'quarter', year: 2025, quarter: 3 })).toEqual({ from: '2025-07-01', to: '2025-09-30' });
  });

  it('a term runs from its first year’s 1 January to its last year’s 31 December', () => {
    expect(periodDateRange({ kind: 'term', startYear: 2025, endYear: 2030 })).toEqual({ from: '2025-01-01', to: '2030-12-31' });
  });

  it('quarters: four for a year, one for a quarter, four per year of a term, in order', () => {
    expect(periodQuarters({ kind: 'year', year: 2025 })).toEqual([1, 2, 3, 4].map((quarter) => ({ year: 2025, quarter })));
    expect(periodQuarters({ kind: 'quarter', year: 2025, quarter: 2 })).toEqual([{ year: 2025, quarter: 2 }]);
    const term = periodQuarters({ kind: 'term', startYear: 2025, endYear: 2030 });
    expect(term).toHaveLength(24);
    expect(term.slice(3, 5)).toEqual([{ year: 2025, quarter: 4 }, { year: 2026, quarter: 1 }]);
    expect(term.at(-1)).toEqual({ year: 2030, quarter: 4 });
  });

  it('reads in Vietnamese as clerks write it', () => {
    expect(periodLabelVi({ kind: 'year', year: 2025 })).toBe('Năm 2025');
    expect(periodLabelVi({ kind: 'quarter', year: 2025, quarter: 3 })).toBe('Quý III năm 2025');
    expect(periodLabelVi({ kind: 'quarter', year: 2026, quarter: 4 })).toBe('Quý IV năm 2026');
    expect(periodLabelVi({ kind: 'term', startYear: 2025, endYear: 2030 })).toBe('Nhiệm kỳ 2025 – 2030');
  });
});
