import type { TFunction } from 'i18next';
import { ORG_TYPE_LABEL_VI } from '../../../shared/domain/labels-vi';
import type { OrgType } from '../../../shared/domain/org-types';
import type { GrassrootsOrg, Official, PartyCell } from '../../../shared/domain/types';
import type { GroupCounts } from '../../../shared/synthesis/coverage-groups';
import type { Violation, ViolationKind } from '../../../shared/synthesis/violations';
import { periodText } from './period-text';
import type { LiveSynthesis } from './useSynthesis';

export interface CellPlanRow {
  id: string;
  cell: PartyCell;
  org: GrassrootsOrg;
  cellName: string;
  orgName: string;
  typeLabel: string;
  registrants: number;
  registrations: number;
  /** "Nguyễn Văn An (quý I năm 2025); Trần Thị Bình (cả nhiệm kỳ 2025–2030)". */
  plan: string;
  /** What the violations say about the cell, e.g. "Quá nhiều người". */
  status: string;
}

export interface OfficialPlanRow {
  id: string;
  official: Official;
  name: string;
  position: string;
  cells: number;
  registrations: number;
  capacity: number;
  plan: string;
  status: string;
}

export interface OrgCoverageRow extends GroupCounts {
  id: string;
  name: string;
  typeLabel: string;
}

export interface TypeCoverageGridRow extends GroupCounts {
  id: OrgType;
  typeLabel: string;
  orgs: number;
}

/** Status labels per record id: the violations that name it, by kind. */
function flagsById(violations: readonly Violation[], idOf: (v: Violation) => string | undefined): Map<string, Set<ViolationKind>> {
  const map = new Map<string, Set<ViolationKind>>();
  for (const v of violations) {
    const id = idOf(v);
    if (id === undefined) continue;
    let set = map.get(id);
    if (!set) map.set(id, (set = new Set()));
    set.add(v.kind);
  }
  return map;
}

const STATUS_KEY: Record<ViolationKind, string> = {
  uncoveredCell: 'status.uncovered',
  crowdedCell: 'status.crowded',
  officialUnderMinimum: 'status.underMinimum',
  officialOverCapacity: 'status.overCapacity',
  duplicateRegistration: 'status.duplicate',
};

function statusText(t: TFunction, kinds: ReadonlySet<ViolationKind> | undefined): string {
  return kinds ? [...kinds].map((kind) => t(STATUS_KEY[kind])).join(', ') : '';
}

export function buildCellRows(t: TFunction, s: LiveSynthesis): CellPlanRow[] {
  const flags = flagsById(s.violations, (v) => ('cellId' in v ? v.cellId : undefined));
  return s.cells.map(({ cell, org, registrants, registrations, entries }) => ({
    id: cell.id,
    cell,
    org,
    cellName: cell.name,
    orgName: org.name,
    typeLabel: ORG_TYPE_LABEL_VI[org.type],
    registrants,
    registrations,
    plan: entries
      .map((e) => `${e.official?.name ?? t('deletedOfficial')} (${periodText(t, e.registration.period)})`)
      .join('; '),
    status: statusText(t, flags.get(cell.id)),
  }));
}

export function buildOfficialRows(t: TFunction, s: LiveSynthesis): OfficialPlanRow[] {
  const flags = flagsById(s.violations, (v) => ('officialId' in v ? v.officialId : undefined));
  return s.officials.map(({ official, cells, registrations, entries }) => ({
    id: official.id,
    official,
    name: official.name,
    position: official.position,
    cells,
    registrations,
    capacity: official.capacity,
    plan: entries
      .map((e) => `${e.cell.name === e.org.name ? e.cell.name : `${e.cell.name} — ${e.org.name}`} (${periodText(t, e.registration.period)})`)
      .join('; '),
    status: statusText(t, flags.get(official.id)),
  }));
}

export function buildOrgRows(s: LiveSynthesis): OrgCoverageRow[] {
  return s.orgs.map(({ org, ...counts }) => ({ ...counts, id: org.id, name: org.name, typeLabel: ORG_TYPE_LABEL_VI[org.type] }));
}

export function buildTypeRows(s: LiveSynthesis): TypeCoverageGridRow[] {
  return s.types.map(({ type, ...counts }) => ({ ...counts, id: type, typeLabel: ORG_TYPE_LABEL_VI[type] }));
}
