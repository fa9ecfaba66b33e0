import type { Registration, RegistrationPeriod } from './types';

/** Every calendar year a registration period touches. */
export function periodYears(period: RegistrationPeriod): number[] {
  if (period.kind === 'year') return [period.year];
  const years: number[] = [];
  for (let y = period.startYear; y <= period.endYear; y++) years.push(y);
  return years;
}

export function registrationCoversYear(registration: Pick<Registration, 'period'>, year: number): boolean {
  return periodYears(registration.period).includes(year);
}
