import type { TFunction } from 'i18next';
import type { RegistrationPeriod } from '../../../shared/domain/types';
import type { SynthesisScope, YearSpan } from '../../../shared/synthesis/scope';

type T = TFunction;

const QUARTER_NAMES = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' } as const;

/** "quý I, III năm 2025", "cả nhiệm kỳ 2025–2030", in the UI language. */
export function periodText(t: T, period: RegistrationPeriod): string {
  if (period.kind === 'term') return t('period.term', { start: period.startYear, end: period.endYear });
  if (period.quarters.length === 0) return t('period.unset', { year: period.year });
  if (period.quarters.length === 4) return t('period.everyQuarter', { year: period.year });
  return t('period.quarters', { year: period.year, quarters: period.quarters.map((q) => QUARTER_NAMES[q]).join(', ') });
}

export function scopeHeading(t: T, scope: SynthesisScope): string {
  switch (scope.kind) {
    case 'year':
      return t('heading.year', { year: scope.year });
    case 'quarter':
      return t('heading.quarter', { year: scope.year, quarter: QUARTER_NAMES[scope.quarter] });
    case 'term':
      return t('heading.term', { start: scope.startYear, end: scope.endYear });
  }
}

/**
 * Rule spans with a count, with neighbouring single years of the same count merged, so a
 * term reads "năm 2025; các năm 2027–2030" rather than five lines.
 */
export interface SpanRun {
  span: YearSpan;
  /** Merged from single years, rather than a term span of the rules. */
  years: boolean;
  count: number;
}

export function spanRuns(items: readonly { span: YearSpan; count: number }[]): SpanRun[] {
  const runs: SpanRun[] = [];
  for (const { span, count } of items) {
    const last = runs[runs.length - 1];
    const single = span.startYear === span.endYear;
    if (last && single && count === last.count && last.span.endYear + 1 === span.startYear && (last.years || last.span.startYear === last.span.endYear)) {
      last.span = { startYear: last.span.startYear, endYear: span.endYear };
      last.years = true;
    } else runs.push({ span, years: false, count });
  }
  return runs;
}

export function spanText(t: T, run: Pick<SpanRun, 'span' | 'years'>): string {
  const { startYear, endYear } = run.span;
  if (startYear === endYear) return t('violations.span.year', { year: startYear });
  return t(run.years ? 'violations.span.years' : 'violations.span.term', { start: startYear, end: endYear });
}
