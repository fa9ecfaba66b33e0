import { DomainError } from '../../../shared/domain/errors';
import type { GrassrootsOrg, PartyCell } from '../../../shared/domain/types';
import { cellInputSchema, orgInputSchema } from '../../../shared/domain/validation';
import { writeAudit } from '../audit';
import { AuditChanges } from '../audit-capture';
import { cascadeText, diffText, ORG_FIELDS, stateText, updateSummary } from '../audit-summary';
import { deleteRegistrationsCascade } from './registration-cascade';
import { newId, type AppDatabase } from '../database';
import { meetingImpactOf, type MeetingImpact } from './meeting-links';
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
  await db.transaction('rw', [db.orgs, db.cells, db.audit], async () => {
    await db.orgs.add(org);
    const changes = new AuditChanges().created('orgs', [org]);
    if (org.kind === 'chi_bo_co_so') {
      const cell: PartyCell = { id: newId(), orgId: org.id, name: org.name, memberCount };
      await db.cells.add(cell);
      changes.created('cells', [cell]);
    }
    const summary = `Thêm tổ chức cơ sở đảng '${org.name}'`;
    await writeAudit(db, { action: 'create', entity: 'org', summary, after: stateText(org, ORG_FIELDS), ...changes.entry(false) });
  });
  return org;
}

export async function updateOrg(db: AppDatabase, id: string, input: OrgInput): Promise<GrassrootsOrg> {
  const org: GrassrootsOrg = { id, ...parseOrThrow(orgInputSchema, input) };
  await db.transaction('rw', [db.orgs, db.cells, db.audit], async () => {
    const before = await db.orgs.get(id);
    if (!before) throw new DomainError('errors.orgNotFound');
    const changes = new AuditChanges().updated('orgs', before, org);
    const cells = await db.cells.where('orgId').equals(id).toArray();
    if (org.kind === 'chi_bo_co_so') await keepSingleCell(db, org, cells, changes);
    await db.orgs.put(org);
    const summary = updateSummary('tổ chức cơ sở đảng', before.name, org.name, diffText(before, org, ORG_FIELDS));
    await writeAudit(db, {
      action: 'update',
      entity: 'org',
      summary,
      before: stateText(before, ORG_FIELDS),
      after: stateText(org, ORG_FIELDS),
      ...changes.entry(true),
    });
  });
  return org;
}

/** A chi bộ cơ sở keeps exactly one cell, carrying the org's name. */
async function keepSingleCell(db: AppDatabase, org: GrassrootsOrg, cells: PartyCell[], changes: AuditChanges): Promise<void> {
  if (cells.length > 1) {
    throw new DomainError('errors.chiBoCoSoHasManyCells', { name: org.name, cells: cells.length });
  }
  const [cell] = cells;
  if (cell) {
    await db.cells.put({ ...cell, name: org.name });
    changes.updated('cells', cell, { ...cell, name: org.name });
  } else {
    const created: PartyCell = { id: newId(), orgId: org.id, name: org.name, memberCount: 1 };
    await db.cells.add(created);
    changes.created('cells', [created]);
  }
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
  await db.transaction('rw', [db.orgs, db.cells, db.registrations, db.meetings, db.recommendations, db.audit], async () => {
    const org = await db.orgs.get(id);
    const cells = await db.cells.where('orgId').equals(id).toArray();
    const registrations = cells.length > 0 ? await db.registrations.where('cellId').anyOf(cells.map((c) => c.id)).toArray() : [];
    // Everything the cascade took goes into the undo, so undo brings it all back.
    const changes = new AuditChanges().deleted('cells', cells);
    const cascade = await deleteRegistrationsCascade(db, registrations, changes);
    await db.cells.bulkDelete(cells.map((c) => c.id));
    await db.orgs.delete(id);
    if (!org) return;
    changes.deleted('orgs', [org]);
    // A chi bộ cơ sở's own cell is the org itself: not worth naming.
    const counts = { cells: org.kind === 'chi_bo_co_so' ? 0 : cells.length, ...cascade };
    const summary = `Xóa tổ chức cơ sở đảng '${org.name}'${cascadeText(counts)}`;
    await writeAudit(db, { action: 'delete', entity: 'org', summary, before: stateText(org, ORG_FIELDS), ...changes.entry(true) });
  });
}
