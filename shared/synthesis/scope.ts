/**
 * The span a synthesis looks at, and which registrations belong to it.
 *
 * - A year: every registration touching the year, terms included.
 * - A quarter: registrations naming that quarter, and terms touching its year. A year
 *   registration without quarters ("chưa xác định thời gian") counts for its year but not
 *   for any one quarter: nobody knows which quarter it will be.
 * - A term: every registration touching any year of the term.
 */
import type { CoverageInput } from '../coverage/coverage';
import type { PlanRules } from '../domain/rules';
import type { Official, Quarter, Registration, RegistrationPeriod } from '../domain/types';

export interface YearSpan {
  startYear: number;
  endYear: number;
}

export type SynthesisScope =
  | { kind: 'year'; year: number }
  | { kind: 'quarter'; year: number; quarter: Quarter }
  | ({ kind: 'term' } & YearSpan);

export type ScopeKind = SynthesisScope['kind'];

export interface SynthesisData extends CoverageInput {
  officials: Official[];
  /** The term in settings: where a 'term' coverage rule looks when the scope is a year or quarter. */
  term: YearSpan;
}

export function spanYears(span: YearSpan): number[] {
  const years: number[] = [];
  for (let y = span.startYear; y <= span.endYear; y++) years.push(y);
  return years;
}

export function touchesSpan(span: YearSpan): (registration: Registration) => boolean {
  return (r) => r.years.some((y) => y >= span.startYear && y <= span.endYear);
}

/** The calendar years the scope covers: one, or every year of the term. */
export function scopeYears(scope: SynthesisScope): number[] {
  return scope.kind === 'term' ? spanYears(scope) : [scope.year];
}

/** Whether a registration belongs to the scope (see the module comment). */
export function countsInScope(scope: SynthesisScope): (registration: Registration) => boolean {
  switch (scope.kind) {
    case 'year':
      return touchesSpan({ startYear: scope.year, endYear: scope.year });
    case 'term':
      return touchesSpan(scope);
    case 'quarter':
      return (r) =>
        r.period.kind === 'term'
          ? r.years.includes(scope.year)
          : r.period.year === scope.year && r.period.quarters.includes(scope.quarter);
  }
}

/**
 * The scope as a registration period, for periodsOverlap: a whole year is a year "with no
 * quarters given", which overlaps every period of that year.
 */
export function scopeAsPeriod(scope: SynthesisScope): RegistrationPeriod {
  switch (scope.kind) {
    case 'year':
      return { kind: 'year', year: scope.year, quarters: [] };
    case 'quarter':
      return { kind: 'year', year: scope.year, quarters: [scope.quarter] };
    case 'term':
      return { kind: 'term', startYear: scope.startYear, endYear: scope.endYear };
  }
}

/**
 * The spans the coverage rules are checked in. Rules per year check each year of the scope
 * (a quarter is checked as its year: the rules speak of years). Rules per term check the
 * term: the scope itself, or the settings' term around the year; a year outside that term
 * falls back to itself rather than borrowing a term it is not in.
 */
export function ruleSpans(scope: SynthesisScope, rules: Pick<PlanRules, 'coverageScope'>, term: YearSpan): YearSpan[] {
  if (rules.coverageScope === 'year') return scopeYears(scope).map((y) => ({ startYear: y, endYear: y }));
  if (scope.kind === 'term') return [{ startYear: scope.startYear, endYear: scope.endYear }];
  const inTerm = scope.year >= term.startYear && scope.year <= term.endYear;
  return [inTerm ? { startYear: term.startYear, endYear: term.endYear } : { startYear: scope.year, endYear: scope.year }];
}
