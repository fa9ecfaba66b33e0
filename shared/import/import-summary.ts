/**
 * What an import would leave the district with, for one year: the JSON of
 * `npm run cli -- import-check` and the import screen's last step. Counts come from the
 * same coverage code as the dashboard, so the check and the app never disagree.
 */
import { DEFAULT_CROWDING_THRESHOLD, computeCoverage } from '../coverage/coverage';
import type { GrassrootsOrg, Official, PartyCell, Registration } from '../domain/types';
import type { DirectoryImportPlan } from './assemble-directory';
import type { MeetingImportPlan } from './assemble-meetings';
import type { OfficialImportPlan } from './assemble-officials';
import type { RegistrationImportPlan } from './assemble-registrations';
import type { RowIssue } from './types';

export interface ImportSummaryInput {
  year: number;
  /** Registrants from which a cell counts as crowded. */
  crowdingThreshold?: number;
  /** What the database already holds; leave out to check files on their own. */
  base?: {
    orgs?: readonly GrassrootsOrg[];
    cells?: readonly PartyCell[];
    officials?: readonly Official[];
    registrations?: readonly Registration[];
  };
  directory?: DirectoryImportPlan;
  officials?: OfficialImportPlan;
  registrations?: RegistrationImportPlan;
  /** Meetings link to the registrations above (stored and planned); they change no coverage count. */
  meetings?: MeetingImportPlan;
}

export interface ImportSummaryError {
  sheet: string;
  row: number;
  reason: string;
}

export interface ImportSummary {
  grassrootsOrgs: number;
  /** Cells whose organization exists (as coverage counts them). */
  cells: number;
  /** Party members in those cells. */
  members: number;
  officials: number;
  /** Số lượt: registrations touching the year. */
  registrations: number;
  duplicatesMerged: number;
  /** Rows not imported, in plan order (directory, officials, registrations, meetings). */
  errors: ImportSummaryError[];
  /** Rows waiting for the clerk: a cell to choose, an organization type to pick. */
  needsDecision: number;
  cellsWithoutRegistrant: number;
  crowdedCells: number;
  /** Officials with no registration touching the year. */
  officialsWithoutRegistration: number;
  /** Meetings a meeting-notice file would add; only when one was checked. */
  meetings?: number;
}

const toError = (i: RowIssue): ImportSummaryError => ({ sheet: i.ref.sheet, row: i.ref.row, reason: i.reason });

export function importSummary(input: ImportSummaryInput): ImportSummary {
  const { base = {}, directory, officials: officialPlan, registrations: registrationPlan } = input;
  const orgs = [...(base.orgs ?? []), ...(directory?.orgs ?? [])];
  const cells = [...(base.cells ?? []), ...(directory?.cells ?? [])];
  const officials = [...(base.officials ?? []), ...(officialPlan?.officials ?? []), ...(registrationPlan?.newOfficials ?? [])];
  const registrations = [...(base.registrations ?? []), ...(registrationPlan?.registrations ?? [])];
  const coverage = computeCoverage({ orgs, cells, registrations }, input.year, input.crowdingThreshold ?? DEFAULT_CROWDING_THRESHOLD);

  const orgIds = new Set(orgs.map((o) => o.id));
  const counted = cells.filter((c) => orgIds.has(c.orgId));
  const cellIds = new Set(counted.map((c) => c.id));
  const registered = new Set(registrations.filter((r) => r.years.includes(input.year) && cellIds.has(r.cellId)).map((r) => r.officialId));
  const plans = [directory, officialPlan, registrationPlan, input.meetings];
  return {
    grassrootsOrgs: orgs.length,
    cells: coverage.totalCells,
    members: counted.reduce((sum, c) => sum + c.memberCount, 0),
    officials: officials.length,
    registrations: coverage.registrations,
    duplicatesMerged: plans.reduce((sum, p) => sum + (p?.duplicatesMerged ?? 0), 0),
    errors: plans.flatMap((p) => (p?.errors ?? []).map(toError)),
    needsDecision: plans.reduce((sum, p) => sum + (p?.needsDecision ?? 0), 0),
    cellsWithoutRegistrant: coverage.uncoveredCells,
    crowdedCells: coverage.crowdedCells,
    officialsWithoutRegistration: officials.filter((o) => !registered.has(o.id)).length,
    ...(input.meetings ? { meetings: input.meetings.meetings.length } : {}),
  };
}
