import { DomainError } from '../../../shared/domain/errors';
import type { PartyCell } from '../../../shared/domain/types';
import { cellInputSchema } from '../../../shared/domain/validation';
import { writeAudit } from '../audit';
import { AuditChanges } from '../audit-capture';
import { cascadeText, cellFields, diffText, stateText, updateSummary } from '../audit-summary';
import { deleteRegistrationsCascade } from './registration-cascade';
import { newId, type AppDatabase } from '../database';
import { meetingImpactOf, type MeetingImpact } from './meeting-links';
import { parseOrThrow } from './parse';

export type CellInput = Omit<PartyCell, 'id'>;

export function listCells(db: AppDatabase): Promise<PartyCell[]> {
  return db.cells.toArray();
}

async function requireOrg(db: AppDatabase, orgId: string) {
  const org = await db.orgs.get(orgId);
  if (!org) throw new DomainError('errors.orgNotFound');
  return org;
}

/** Cells go under a đảng bộ cơ sở only: a chi bộ cơ sở already is its one cell. */
export async function createCell(db: AppDatabase, input: CellInput): Promise<PartyCell> {
  const cell: PartyCell = { id: newId(), ...parseOrThrow(cellInputSchema, input) };
  await db.transaction('rw', [db.orgs, db.cells, db.audit], async () => {
    const org = await requireOrg(db, cell.orgId);
    if (org.kind === 'chi_bo_co_so') throw new DomainError('errors.chiBoCoSoHasOneCell', { name: org.name });
    await db.cells.add(cell);
    await writeAudit(db, {
      action: 'create',
      entity: 'cell',
      summary: `Thêm chi bộ '${cell.name}' (${org.name})`,
      after: stateText(cell, cellFields(() => org.name)),
      ...new AuditChanges().created('cells', [cell]).entry(false),
    });
  });
  return cell;
}

/**
 * A chi bộ cơ sở's cell stays under its org, and renaming it renames the org, so the two
 * names never drift apart.
 */
export async function updateCell(db: AppDatabase, id: string, input: CellInput): Promise<PartyCell> {
  const cell: PartyCell = { id, ...parseOrThrow(cellInputSchema, input) };
  await db.transaction('rw', [db.orgs, db.cells, db.audit], async () => {
    const current = await db.cells.get(id);
    if (!current) throw new DomainError('errors.cellNotFound');
    const from = await requireOrg(db, current.orgId);
    const to = cell.orgId === from.id ? from : await requireOrg(db, cell.orgId);
    if (from.kind === 'chi_bo_co_so' && to.id !== from.id) {
      throw new DomainError('errors.chiBoCoSoCellFixed', { name: from.name });
    }
    if (to.kind === 'chi_bo_co_so' && to.id !== from.id) {
      throw new DomainError('errors.chiBoCoSoHasOneCell', { name: to.name });
    }
    const changes = new AuditChanges().updated('cells', current, cell);
    if (to.kind === 'chi_bo_co_so') {
      await db.orgs.put({ ...to, name: cell.name });
      changes.updated('orgs', to, { ...to, name: cell.name });
    }
    await db.cells.put(cell);
    const fields = cellFields((orgId) => (orgId === to.id ? to.name : from.name));
    await writeAudit(db, {
      action: 'update',
      entity: 'cell',
      summary: updateSummary('chi bộ', current.name, cell.name, diffText(current, cell, fields)),
      before: stateText(current, fields),
      after: stateText(cell, fields),
      ...changes.entry(true),
    });
  });
  return cell;
}

function registrationIdsOf(db: AppDatabase, cellId: string): Promise<string[]> {
  return db.registrations.where('cellId').equals(cellId).primaryKeys() as Promise<string[]>;
}

/** What deleting the cell would take with it, for the confirmation dialog. */
export async function cellDeleteImpact(db: AppDatabase, id: string): Promise<{ registrations: number } & MeetingImpact> {
  return db.transaction('r', [db.registrations, db.meetings, db.recommendations], async () => {
    const registrationIds = await registrationIdsOf(db, id);
    return { registrations: registrationIds.length, ...(await meetingImpactOf(db, registrationIds)) };
  });
}

/**
 * The cell, its registrations, their meetings and recommendations, all or nothing. A chi
 * bộ cơ sở is deleted as an org.
 */
export async function deleteCell(db: AppDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.orgs, db.cells, db.registrations, db.meetings, db.recommendations, db.audit], async () => {
    const cell = await db.cells.get(id);
    if (!cell) return;
    const org = await db.orgs.get(cell.orgId);
    if (org?.kind === 'chi_bo_co_so') throw new DomainError('errors.chiBoCoSoCellDelete', { name: org.name });
    const registrations = await db.registrations.where('cellId').equals(id).toArray();
    const changes = new AuditChanges().deleted('cells', [cell]);
    const counts = await deleteRegistrationsCascade(db, registrations, changes);
    await db.cells.delete(id);
    await writeAudit(db, {
      action: 'delete',
      entity: 'cell',
      summary: `Xóa chi bộ '${cell.name}' (${org?.name ?? ''})${cascadeText(counts)}`,
      before: stateText(cell, cellFields(() => org?.name ?? '')),
      ...changes.entry(true),
    });
  });
}
