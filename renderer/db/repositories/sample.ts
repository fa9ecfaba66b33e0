import type { DistrictData } from '../../../shared/domain/types';
import { writeAudit } from '../audit';
import { ALL_RECORDS } from '../audit-capture';
import type { AuditUndo } from '../audit-types';
import { SETTINGS_ID, type AppDatabase } from '../database';

/** A database with no settings has never been set up: the app shows onboarding. */
export async function isDatabaseEmpty(db: AppDatabase): Promise<boolean> {
  return (await db.settings.get(SETTINGS_ID)) === undefined;
}

/** Every table but the log: clearing or replacing the data never clears its history. */
function dataTables(db: AppDatabase) {
  return db.allTables.filter((table) => table !== db.audit);
}

/**
 * Every record of every data table, for the undo of clearing or replacing the database. On a
 * very large database this entry is as large as the data itself; it is kept anyway, because it
 * is the clerk's only way back from a mistaken "Xóa toàn bộ dữ liệu".
 */
async function snapshot(db: AppDatabase): Promise<{ restore: AuditUndo['restore']; count: number }> {
  const restore: AuditUndo['restore'] = {};
  let count = 0;
  for (const table of dataTables(db)) {
    const records: unknown[] = await table.toArray();
    if (records.length > 0) restore[table.name] = records;
    count += records.length;
  }
  return { restore, count };
}

const everything = { written: [ALL_RECORDS], refs: [] };

type Counted = Partial<Record<'orgs' | 'cells' | 'officials' | 'registrations', readonly unknown[]>>;

function dataCounts(data: Counted): string {
  const n = (key: keyof Counted) => data[key]?.length ?? 0;
  return `${n('orgs')} tổ chức cơ sở đảng, ${n('cells')} chi bộ, ${n('officials')} cán bộ, ${n('registrations')} đăng ký`;
}

/**
 * Swaps in a whole district, meetings and recommendations included, in one transaction:
 * on any failure the old data stays intact. The log stays, with an entry that can undo the swap.
 */
export async function replaceAllData(db: AppDatabase, data: DistrictData): Promise<void> {
  await db.transaction('rw', db.allTables, async () => {
    const { restore } = await snapshot(db);
    await Promise.all(dataTables(db).map((table) => table.clear()));
    await db.settings.add({ ...data.settings, id: SETTINGS_ID });
    await db.orgs.bulkAdd(data.orgs);
    await db.cells.bulkAdd(data.cells);
    await db.officials.bulkAdd(data.officials);
    await db.registrations.bulkAdd(data.registrations);
    await db.meetings.bulkAdd(data.meetings ?? []);
    await db.recommendations.bulkAdd(data.recommendations ?? []);
    const ids = (records: readonly { id: string }[] | undefined) => (records ?? []).map((r) => r.id);
    const remove = {
      settings: [SETTINGS_ID],
      orgs: ids(data.orgs),
      cells: ids(data.cells),
      officials: ids(data.officials),
      registrations: ids(data.registrations),
      meetings: ids(data.meetings),
      recommendations: ids(data.recommendations),
    };
    const summary = `Nạp toàn bộ dữ liệu của '${data.settings.committeeName}': ${dataCounts(data)}`;
    await writeAudit(db, { action: 'import', entity: 'database', summary, undo: { restore, remove }, touched: everything });
  });
}

/**
 * Deletes everything, settings included, so the app starts over at onboarding. The log stays,
 * with a 'clear' entry holding every record, so "Hoàn tác" can bring it all back.
 */
export async function clearAllData(db: AppDatabase): Promise<void> {
  await db.transaction('rw', db.allTables, async () => {
    const { restore, count } = await snapshot(db);
    await Promise.all(dataTables(db).map((table) => table.clear()));
    const summary = `Xóa toàn bộ dữ liệu (${count} bản ghi): ${dataCounts(restore)}`;
    await writeAudit(db, { action: 'clear', entity: 'database', summary, undo: { restore, remove: {} }, touched: everything });
  });
}
