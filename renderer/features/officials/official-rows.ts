import type { Official, Registration } from '../../../shared/domain/types';

export interface OfficialRow extends Official {
  /** Số lượt: registrations touching the year. */
  registrationCount: number;
  /** Số chi bộ: distinct cells among them. */
  cellCount: number;
  official: Official;
}

/** Officials with their registration and distinct-cell counts for one year's registrations. */
export function buildOfficialRows(officials: readonly Official[], yearRegistrations: readonly Registration[]): OfficialRow[] {
  const byOfficial = new Map<string, { registrations: number; cells: Set<string> }>();
  for (const registration of yearRegistrations) {
    const entry = byOfficial.get(registration.officialId) ?? { registrations: 0, cells: new Set<string>() };
    entry.registrations += 1;
    entry.cells.add(registration.cellId);
    byOfficial.set(registration.officialId, entry);
  }
  return officials.map((official) => {
    const entry = byOfficial.get(official.id);
    return {
      ...official,
      registrationCount: entry?.registrations ?? 0,
      cellCount: entry?.cells.size ?? 0,
      official,
    };
  });
}
