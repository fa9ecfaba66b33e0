import { DomainError } from '../../../shared/domain/errors';
import type { GrassrootsOrg, PartyCell } from '../../../shared/domain/types';
import { cellInputSchema, orgInputSchema } from '../../../shared/domain/validation';
import { newId, type AppDatabase } from '../database';
import { deleteMeetingsOf, meetingImpactOf, type MeetingImpact } from './meeting-links';
import { parseOrThrow } from './parse';

export type OrgInput = Omit<GrassrootsOrg, 'id'>;

export function listOrgs(db: AppDatabase): Promise<GrassrootsOrg[]> {
  return db.orgs.toArray();
}

/**
 * A chi bộ cơ sở is its own single cell: it is created with that cell, named like it,
 * in the same transaction so the org never exists without it.
 */
export async function createOrg(db: AppDatabase, input: OrgInput, firstCellMembers = 1): Promise<GrassrootsOrg> {
  const org: GrassrootsOrg = { id: newId(), ...parseOrThrow(orgInputSchema, input) };
  const memberCount = parseOrThrow(cellInputSchema.pick({ memberCount: true }), { memberCount: firstCellMembers }).memberCount;
  await db.transaction('rw', db.orgs, db.cells, async () => {
    await db.orgs.add(org);
    if (org.kind === 'chi_bo_co_so') {
      await db.cells.add({ id: newId(), orgId: org.id, name: org.name, memberCount });
    }
  });
  return org;
}

export async function updateOrg(db: AppDatabase, id: string, input: OrgInput): Promise<GrassrootsOrg> {
  const org: GrassrootsOrg = { id, ...parseOrThrow(orgInputSchema, input) };
  await db.transaction('rw', db.orgs, db.cells, async () => {
    if (!(await db.orgs.get(id))) throw new DomainError('errors.orgNotFound');
    const cells = await db.cells.where('orgId').equals(id).toArray();
    if (org.kind === 'chi_bo_co_so') await keepSingleCell(db, org, cells);
    await db.orgs.put(org);
  });
  return org;
}

/** A chi bộ cơ sở keeps exactly one cell, carrying the org's name. */
async function keepSingleCell(db: AppDatabase, org: GrassrootsOrg, cells: PartyCell[]): Promise<void> {
  if (cells.length > 1) {
    throw new DomainError('errors.chiBoCoSoHasManyCells', { name: org.name, cells: cells.length });
  }
  const [cell] = cells;
  if (cell) await db.cells.update(cell.id, { name: org.name });
  else await db.cells.add({ id: newId(), orgId: org.id, name: org.name, memberCount: 1 });
}

async function orgCellIds(db: AppDatabase, id: string): Promise<string[]> {
  return (await db.cells.where('orgId').equals(id).primaryKeys()) as string[];
}

async function registrationIdsOf(db: AppDatabase, cellIds: string[]): Promise<string[]> {
  if (cellIds.length === 0) return [];
  return (await db.registrations.where('cellId').anyOf(cellIds).primaryKeys()) as string[];
}

/** What deleting the org would take with it, for the confirmation dialog. */
export async function orgDeleteImpact(db: AppDatabase, id: string): Promise<{ cells: number; registrations: number } & MeetingImpact> {
  return db.transaction('r', [db.cells, db.registrations, db.meetings, db.recommendations], async () => {
    const cellIds = await orgCellIds(db, id);
    const registrationIds = await registrationIdsOf(db, cellIds);
    return { cells: cellIds.length, registrations: registrationIds.length, ...(await meetingImpactOf(db, registrationIds)) };
  });
}

/** The org, its cells, every registration to them and their meetings and recommendations, all or nothing. */
export async function deleteOrg(db: AppDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.orgs, db.cells, db.registrations, db.meetings, db.recommendations], async () => {
    const cellIds = await orgCellIds(db, id);
    const registrationIds = await registrationIdsOf(db, cellIds);
    await deleteMeetingsOf(db, registrationIds);
    await db.registrations.bulkDelete(registrationIds);
    await db.cells.bulkDelete(cellIds);
    await db.orgs.delete(id);
  });
}
