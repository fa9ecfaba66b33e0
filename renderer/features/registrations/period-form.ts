import type { Quarter, RegistrationPeriod, Settings } from '../../../shared/domain/types';
import { parseWholeNumber } from '../../components/form-values';

/** What the period part of the dialog holds while the clerk edits it. */
export interface PeriodForm {
  kind: 'year' | 'term';
  /** Text, so a half-typed year is kept; parsed on save. */
  year: string;
  quarters: Quarter[];
  /** The term an existing registration was made for, or the current term from settings. */
  termStartYear: number;
  termEndYear: number;
}

export function initialPeriodForm(period: RegistrationPeriod | undefined, settings: Settings, year: number): PeriodForm {
  const term = { termStartYear: settings.termStartYear, termEndYear: settings.termEndYear };
  if (!period) return { kind: 'year', year: String(year), quarters: [], ...term };
  if (period.kind === 'year') return { kind: 'year', year: String(period.year), quarters: [...period.quarters], ...term };
  return { kind: 'term', year: String(year), quarters: [], termStartYear: period.startYear, termEndYear: period.endYear };
}

/** The period as the schema expects it; a bad year stays bad so the schema names it. */
export function periodFromForm(form: PeriodForm): unknown {
  if (form.kind === 'term') return { kind: 'term', startYear: form.termStartYear, endYear: form.termEndYear };
  return { kind: 'year', year: parseWholeNumber(form.year), quarters: form.quarters };
}

export function toggleQuarter(quarters: readonly Quarter[], quarter: Quarter): Quarter[] {
  return quarters.includes(quarter) ? quarters.filter((q) => q !== quarter) : [...quarters, quarter].sort((a, b) => a - b);
}
