/**
 * Every record of the data tables, kept in the audit entry of an action that replaces the whole
 * database (clear, sample load, restore) so "Hoàn tác" can bring it all back. On a very large
 * database this entry is as large as the data itself; it is kept anyway, because it is the
 * clerk's only way back from a mistaken "Xóa toàn bộ dữ liệu" or a wrong backup file.
 */
import { ALL_RECORDS } from './audit-capture';
import type { AuditTouched, AuditUndo } from './audit-types';
import type { AppDatabase } from './database';

/** Every table but the log: clearing, replacing or restoring the data never rewrites its history. */
export function dataTables(db: AppDatabase) {
  return db.allTables.filter((table) => table !== db.audit);
}

/** Only what a snapshot reads of a table, so any of the app's tables fits. */
interface ReadableTable {
  name: string;
  toArray(): Promise<unknown[]>;
}

export async function snapshotData(
  db: AppDatabase,
  tables: readonly ReadableTable[] = dataTables(db),
): Promise<{ restore: AuditUndo['restore']; count: number }> {
  const restore: AuditUndo['restore'] = {};
  let count = 0;
  for (const table of tables) {
    const records: unknown[] = await table.toArray();
    if (records.length > 0) restore[table.name] = records;
    count += records.length;
  }
  return { restore, count };
}

/** An entry that rewrote every record: any earlier action's undo would clash with it. */
export const TOUCHED_EVERYTHING: AuditTouched = { written: [ALL_RECORDS], refs: [] };
