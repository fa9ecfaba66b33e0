/** The small district with its officials and the settings' term, as the synthesis takes it. */
import { periodYears } from '../../../shared/domain/period';
import type { Registration, RegistrationPeriod } from '../../../shared/domain/types';
import type { SynthesisData } from '../../../shared/synthesis/scope';
import { cells, officials, orgs, registrations } from '../fixtures/small-district';

export const data: SynthesisData = { orgs, cells, officials, registrations, term: { startYear: 2025, endYear: 2030 } };

export function reg(id: string, officialId: string, cellId: string, period: RegistrationPeriod): Registration {
  return { id, officialId, cellId, period, years: periodYears(period), note: '' };
}

/**
 * Two duplicates at cell-1 in 2025: a's reg-9 (Q3, Q4) overlaps reg-2 (Q3); c's reg-10 (Q2)
 * overlaps reg-4 (2025, no quarter given, so possibly Q2).
 */
export const withDuplicates: SynthesisData = {
  ...data,
  registrations: [
    ...registrations,
    reg('reg-9', 'a', 'cell-1', { kind: 'year', year: 2025, quarters: [3, 4] }),
    reg('reg-10', 'c', 'cell-1', { kind: 'year', year: 2025, quarters: [2] }),
  ],
};
