import type { GrassrootsOrg, Official, PartyCell, Registration } from '../../../shared/domain/types';

export interface RegistrationRow {
  id: string;
  officialName: string;
  position: string;
  cellName: string;
  orgName: string;
  registration: Registration;
}

/** One row per registration, joined with its official, cell and organization. */
export function buildRegistrationRows(
  registrations: readonly Registration[],
  officials: readonly Official[],
  cells: readonly PartyCell[],
  orgs: readonly GrassrootsOrg[],
): RegistrationRow[] {
  const officialById = new Map(officials.map((o) => [o.id, o]));
  const cellById = new Map(cells.map((c) => [c.id, c]));
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  return registrations.map((registration) => {
    const official = officialById.get(registration.officialId);
    const cell = cellById.get(registration.cellId);
    const org = cell ? orgById.get(cell.orgId) : undefined;
    return {
      id: registration.id,
      officialName: official?.name ?? '',
      position: official?.position ?? '',
      cellName: cell?.name ?? '',
      orgName: org?.name ?? '',
      registration,
    };
  });
}

export interface RegistrationTotals {
  /** Số lượt. */
  registrations: number;
  /** Số người: distinct officials. */
  people: number;
  /** Số chi bộ: distinct cells. */
  cells: number;
}

export function registrationTotals(registrations: readonly Registration[]): RegistrationTotals {
  return {
    registrations: registrations.length,
    people: new Set(registrations.map((r) => r.officialId)).size,
    cells: new Set(registrations.map((r) => r.cellId)).size,
  };
}
