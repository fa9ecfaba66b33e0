/**
 * Writes what an import adds. One transaction over every table it touches: a failure
 * midway (a record that appeared since the preview, a full disk) leaves the database
 * exactly as it was, never half a file.
 */
import Dexie, { type Table } from 'dexie';
import { DomainError, isDomainError } from '../../../shared/domain/errors';
import type { GrassrootsOrg, Official, PartyCell, Registration } from '../../../shared/domain/types';
import type { AppDatabase } from '../database';

/** The records an import plan adds; everything it points at must exist or be added too. */
export interface ImportRecords {
  orgs: readonly GrassrootsOrg[];
  cells: readonly PartyCell[];
  officials: readonly Official[];
  registrations: readonly Registration[];
}

export type ImportAdded = Record<keyof ImportRecords, number>;

export interface ImportSnapshot {
  orgs: GrassrootsOrg[];
  cells: PartyCell[];
  officials: Official[];
  registrations: Registration[];
}

/** What an import is checked against, read in one transaction so the four lists agree. */
export function loadImportSnapshot(db: AppDatabase): Promise<ImportSnapshot> {
  return db.transaction('r', [db.orgs, db.cells, db.officials, db.registrations], async () => ({
    orgs: await db.orgs.toArray(),
    cells: await db.cells.toArray(),
    officials: await db.officials.toArray(),
    registrations: await db.registrations.toArray(),
  }));
}

async function keysOf<T extends { id: string }>(table: Table<T, string>, added: readonly T[]): Promise<Set<string>> {
  const stored = await table.toCollection().primaryKeys();
  return new Set([...stored, ...added.map((r) => r.id)]);
}

/** The preview was built from a snapshot: refuse if something it points at has been deleted since. */
async function checkReferences(db: AppDatabase, plan: ImportRecords): Promise<void> {
  const [orgIds, cellIds, officialIds] = await Promise.all([
    keysOf(db.orgs, plan.orgs),
    keysOf(db.cells, plan.cells),
    keysOf(db.officials, plan.officials),
  ]);
  if (plan.cells.some((c) => !orgIds.has(c.orgId))) throw new DomainError('errors.orgNotFound');
  if (plan.registrations.some((r) => !cellIds.has(r.cellId))) throw new DomainError('errors.cellNotFound');
  if (plan.registrations.some((r) => !officialIds.has(r.officialId))) throw new DomainError('errors.officialNotFound');
}

export async function commitImport(db: AppDatabase, plan: ImportRecords): Promise<ImportAdded> {
  try {
    await db.transaction('rw', [db.orgs, db.cells, db.officials, db.registrations], async () => {
      await checkReferences(db, plan);
      await db.orgs.bulkAdd([...plan.orgs]);
      await db.cells.bulkAdd([...plan.cells]);
      await db.officials.bulkAdd([...plan.officials]);
      await db.registrations.bulkAdd([...plan.registrations]);
    });
  } catch (error) {
    if (isDomainError(error)) throw error;
    // Dexie reports a refused write as a BulkError listing each failure; the first says why.
    const first = error instanceof Dexie.BulkError ? Object.values(error.failuresByPos)[0] : error;
    const message = first instanceof Error ? first.message : String(first);
    throw new DomainError('errors.importCommitFailed', { message });
  }
  return {
    orgs: plan.orgs.length,
    cells: plan.cells.length,
    officials: plan.officials.length,
    registrations: plan.registrations.length,
  };
}
