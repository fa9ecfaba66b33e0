/**
 * Writes what an import adds. One transaction over every table it touches: a failure
 * midway (a record that appeared since the preview, a full disk) leaves the database
 * exactly as it was, never half a file.
 */
import Dexie, { type Table } from 'dexie';
import { DomainError, isDomainError } from '../../../shared/domain/errors';
import type { Meeting } from '../../../shared/domain/meetings';
import type { GrassrootsOrg, Official, PartyCell, Registration } from '../../../shared/domain/types';
import { formatIsoVi } from '../../../shared/meetings/iso-date';
import { meetingNoticeSchema } from '../../../shared/meetings/meeting-schema';
import { writeAudit } from '../audit';
import { AuditChanges } from '../audit-capture';
import type { AuditEntity } from '../audit-types';
import type { AppDatabase } from '../database';
import { isQuotaExceededError, storageFullError } from '../storage-errors';

/** The records an import plan adds; everything it points at must exist or be added too. */
export interface ImportRecords {
  orgs: readonly GrassrootsOrg[];
  cells: readonly PartyCell[];
  officials: readonly Official[];
  registrations: readonly Registration[];
  /** New meetings (a meeting-notice file), each of a registration stored or added here. */
  meetings: readonly Meeting[];
}

export type ImportAdded = Record<keyof ImportRecords, number>;

export interface ImportSnapshot {
  orgs: GrassrootsOrg[];
  cells: PartyCell[];
  officials: Official[];
  registrations: Registration[];
  meetings: Meeting[];
}

/** What an import is checked against, read in one transaction so the lists agree. */
export function loadImportSnapshot(db: AppDatabase): Promise<ImportSnapshot> {
  return db.transaction('r', [db.orgs, db.cells, db.officials, db.registrations, db.meetings], async () => ({
    orgs: await db.orgs.toArray(),
    cells: await db.cells.toArray(),
    officials: await db.officials.toArray(),
    registrations: await db.registrations.toArray(),
    meetings: await db.meetings.toArray(),
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
  if (plan.meetings.length > 0) await checkMeetings(db, plan);
}

/**
 * Meetings: their registration still exists, each is a valid notice, and none has been
 * entered by hand since the preview (same registration, day and start).
 */
async function checkMeetings(db: AppDatabase, plan: ImportRecords): Promise<void> {
  const registrationIds = await keysOf(db.registrations, plan.registrations);
  if (plan.meetings.some((m) => !registrationIds.has(m.registrationId))) throw new DomainError('errors.registrationNotFound');
  const invalid = plan.meetings.find((m) => !meetingNoticeSchema.safeParse(m).success);
  if (invalid) throw new DomainError('errors.importCommitFailed', { message: `buổi sinh hoạt ngày ${formatIsoVi(invalid.date)} không hợp lệ` });
  const slot = (m: Pick<Meeting, 'registrationId' | 'date' | 'startTime'>) => `${m.registrationId}|${m.date}|${m.startTime}`;
  const ids = [...new Set(plan.meetings.map((m) => m.registrationId))];
  const stored = new Set((await db.meetings.where('registrationId').anyOf(ids).toArray()).map(slot));
  const taken = plan.meetings.find((m) => stored.has(slot(m)));
  if (taken) throw new DomainError('errors.importCommitFailed', { message: `buổi sinh hoạt ngày ${formatIsoVi(taken.date)} lúc ${taken.startTime} đã được nhập trước đó` });
}

/**
 * Marks on the page's performance timeline: the crash-safety e2e closes the page between
 * them, and they show a slow commit's length in the browser's performance panel.
 */
export const COMMIT_START_MARK = 'import:commit-start';
export const COMMIT_END_MARK = 'import:commit-end';

export async function commitImport(db: AppDatabase, plan: ImportRecords): Promise<ImportAdded> {
  try {
    await db.transaction('rw', [db.orgs, db.cells, db.officials, db.registrations, db.meetings, db.audit], async () => {
      await checkReferences(db, plan);
      performance.mark(COMMIT_START_MARK);
      await db.orgs.bulkAdd([...plan.orgs]);
      await db.cells.bulkAdd([...plan.cells]);
      await db.officials.bulkAdd([...plan.officials]);
      await db.registrations.bulkAdd([...plan.registrations]);
      await db.meetings.bulkAdd([...plan.meetings]);
      await auditImport(db, plan);
    });
    performance.mark(COMMIT_END_MARK);
  } catch (error) {
    if (isDomainError(error)) throw error;
    if (isQuotaExceededError(error)) throw storageFullError();
    // Dexie reports a refused write as a BulkError listing each failure; the first says why.
    const first = error instanceof Dexie.BulkError ? Object.values(error.failuresByPos)[0] : error;
    // The same id already stored: the file was committed already, or the data changed since "Kiểm tra".
    if (first instanceof Error && first.name === 'ConstraintError') throw new DomainError('errors.importDuplicateKey');
    const message = first instanceof Error ? first.message : String(first);
    throw new DomainError('errors.importCommitFailed', { message });
  }
  return {
    orgs: plan.orgs.length,
    cells: plan.cells.length,
    officials: plan.officials.length,
    registrations: plan.registrations.length,
    meetings: plan.meetings.length,
  };
}

const IMPORT_PARTS: [keyof ImportRecords, string, AuditEntity][] = [
  ['orgs', 'tổ chức cơ sở đảng', 'org'],
  ['cells', 'chi bộ', 'cell'],
  ['officials', 'cán bộ', 'official'],
  ['registrations', 'đăng ký', 'registration'],
  ['meetings', 'buổi sinh hoạt', 'meeting'],
];

/** "Nhập từ tệp: 3 chi bộ, 12 đăng ký"; undo removes exactly what the import added. */
async function auditImport(db: AppDatabase, plan: ImportRecords): Promise<void> {
  const parts = IMPORT_PARTS.filter(([key]) => plan[key].length > 0);
  const changes = new AuditChanges();
  for (const [key] of parts) changes.created(key, plan[key]);
  if (changes.isEmpty) return;
  // The log files it under the most specific kind of record it brought (a meeting-notice file: meetings).
  const entity = parts[parts.length - 1]?.[2] ?? 'database';
  const summary = `Nhập từ tệp: ${parts.map(([key, noun]) => `${plan[key].length} ${noun}`).join(', ')}`;
  await writeAudit(db, { action: 'import', entity, summary, ...changes.entry(true) });
}
