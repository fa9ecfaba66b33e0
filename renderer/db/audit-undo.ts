/**
 * "Hoàn tác thao tác cuối": takes back the latest destructive action of the log (a delete, an
 * update, an import, clearing or restoring the database, a balancing) that can still be undone.
 *
 * The rule, and why it is sound. Every entry records the keys of the records it wrote and of
 * the records those point at (their parents). Undoing entry E puts back E's before-images and
 * removes the records E created, so it is only right if (1) nothing E wrote was written again
 * since, (2) the parents of what comes back still exist as they were, and (3) nothing added
 * since points at a record undo would remove. So undo is refused when a later entry wrote a
 * key E wrote or pointed at, or pointed at a key E wrote. Pointing at the same parent is no
 * conflict (a cell added to the same org). An entry written without keys (or with "*":
 * clearing, restoring, replacing the database) counts as touching everything. A later action
 * that was itself undone cancels out with its undo entry and is skipped. One rule is not about
 * keys: a registration coming back must not duplicate one entered since (same official, cell
 * and overlapping time), which is checked on the result before the transaction commits.
 */
import { DomainError } from '../../shared/domain/errors';
import { periodsOverlap } from '../../shared/domain/period-overlap';
import type { Registration } from '../../shared/domain/types';
import { ALL_RECORDS, recordKey } from './audit-capture';
import { formatAuditTime } from './audit-summary';
import type { AuditRow, AuditTouched } from './audit-types';
import { writeAudit } from './audit';
import type { AppDatabase } from './database';

/** What an entry touched; derived from its undo, or everything, when it was written without. */
export function touchedOf(row: AuditRow): AuditTouched {
  if (row.touched) return row.touched;
  if (!row.undo) return { written: [ALL_RECORDS], refs: [] };
  const written = Object.entries(row.undo.remove).flatMap(([table, ids]) => ids.map((id) => recordKey(table, id)));
  for (const [table, records] of Object.entries(row.undo.restore)) {
    for (const record of records) {
      const id = (record as { id?: unknown }).id;
      // A record without a string id cannot be told apart from others: treat it as everything.
      written.push(typeof id === 'string' ? recordKey(table, id) : ALL_RECORDS);
    }
  }
  return { written, refs: [] };
}

/** Whether `later` changed, or built on, what undoing `target` would change. */
export function conflicts(target: AuditTouched, later: AuditTouched): boolean {
  if (target.written.includes(ALL_RECORDS) || later.written.includes(ALL_RECORDS)) return true;
  const written = new Set(target.written);
  const touched = new Set([...target.written, ...target.refs]);
  return later.written.some((k) => touched.has(k)) || later.refs.some((k) => written.has(k));
}

/** The entry "Hoàn tác thao tác cuối" would take back, if any. */
export async function findUndoTarget(db: AppDatabase): Promise<AuditRow | undefined> {
  return db.audit
    .orderBy(':id')
    .reverse()
    .filter((row) => row.undo !== undefined && row.undoneBy === undefined && row.action !== 'undo')
    .first();
}

/** Refuses, naming the later action, when one touched what undoing `target` would change. */
async function checkLaterEntries(db: AppDatabase, target: AuditRow & { id: number }): Promise<void> {
  const later = await db.audit.where(':id').above(target.id).toArray();
  // An action undone since cancels out with its undo entry.
  const cancelled = new Set<number>();
  for (const row of later) {
    if (row.undoneBy !== undefined && row.id !== undefined) cancelled.add(row.id).add(row.undoneBy);
  }
  const mine = touchedOf(target);
  const blocker = later.find((row) => row.id !== undefined && !cancelled.has(row.id) && conflicts(mine, touchedOf(row)));
  if (blocker) {
    throw new DomainError('errors.audit.undoConflict', { summary: target.summary, later: blocker.summary, at: formatAuditTime(blocker.at) });
  }
}

const UNDOABLE_TABLES = new Set([
  'settings',
  'orgs',
  'cells',
  'officials',
  'registrations',
  'importMappings',
  'balanceUndo',
  'meetings',
  'recommendations',
  'submissions',
  'meta',
]);

function tableOf(db: AppDatabase, name: string) {
  // Never the log itself: undo must not rewrite history.
  if (!UNDOABLE_TABLES.has(name)) throw new DomainError('errors.audit.undoUnknownTable', { table: name });
  return db.table(name);
}

/** A registration that came back must not duplicate one entered since. */
async function checkRestoredRegistrations(db: AppDatabase, restored: readonly Registration[]): Promise<void> {
  for (const registration of restored) {
    const same = await db.registrations.where('officialId').equals(registration.officialId).toArray();
    const duplicate = same.find((o) => o.id !== registration.id && o.cellId === registration.cellId && periodsOverlap(o.period, registration.period));
    if (duplicate) {
      const [official, cell] = await Promise.all([db.officials.get(registration.officialId), db.cells.get(registration.cellId)]);
      throw new DomainError('errors.audit.undoDuplicate', { official: official?.name ?? '', cell: cell?.name ?? '' });
    }
  }
}

/**
 * Writes the 'undo' entry for `target` and marks it undone (its undo records are dropped: they
 * can never apply again). Inside the caller's transaction, which includes db.audit.
 */
export async function recordUndo(db: AppDatabase, target: AuditRow & { id: number }): Promise<number> {
  const undoId = await writeAudit(db, {
    action: 'undo',
    entity: target.entity,
    summary: `Hoàn tác: ${target.summary}`,
    before: target.after,
    after: target.before,
    touched: touchedOf(target),
  });
  await db.audit.update(target.id, { undoneBy: undoId, undo: undefined });
  return undoId;
}

/**
 * Takes back the latest undoable entry, all or nothing. `expectedId` is the entry the clerk
 * confirmed: if another window changed the log meanwhile, nothing happens.
 */
export async function undoLast(db: AppDatabase, expectedId?: number): Promise<AuditRow> {
  return db.transaction('rw', db.allTables, async () => {
    const target = await findUndoTarget(db);
    if (target?.id === undefined || !target.undo) throw new DomainError('errors.audit.nothingToUndo');
    if (expectedId !== undefined && target.id !== expectedId) throw new DomainError('errors.audit.targetChanged');
    const withId = { ...target, id: target.id };
    await checkLaterEntries(db, withId);
    for (const table of target.undo.clearTables ?? []) await tableOf(db, table).clear();
    for (const [table, ids] of Object.entries(target.undo.remove)) await tableOf(db, table).bulkDelete(ids);
    for (const [table, records] of Object.entries(target.undo.restore)) await tableOf(db, table).bulkPut(records);
    await checkRestoredRegistrations(db, (target.undo.restore.registrations ?? []) as Registration[]);
    // A balancing taken back here can no longer be taken back on the balancing page.
    if (target.balanceUndoId !== undefined) await db.balanceUndo.delete(target.balanceUndoId);
    await recordUndo(db, withId);
    return target;
  });
}
