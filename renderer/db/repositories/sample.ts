import type { DistrictData } from '../../../shared/domain/types';
import { writeAudit } from '../audit';
import { SETTINGS_ID, type AppDatabase } from '../database';
import { dataTables, snapshotData, TOUCHED_EVERYTHING } from '../data-snapshot';

/** A database with no settings has never been set up: the app shows onboarding. */
export async function isDatabaseEmpty(db: AppDatabase): Promise<boolean> {
  return (await db.settings.get(SETTINGS_ID)) === undefined;
}

type Counted = Partial<Record<'orgs' | 'cells' | 'officials' | 'registrations' | 'meetings' | 'recommendations', readonly unknown[]>>;

function dataCounts(data: Counted): string {
  const n = (key: keyof Counted) => (data[key]?.length ?? 0).toLocaleString('vi-VN');
  const parts = [`${n('orgs')} tổ chức cơ sở đảng`, `${n('cells')} chi bộ`, `${n('officials')} cán bộ`, `${n('registrations')} đăng ký`];
  // Meetings and recommendations only where there are some: a district starting out has none.
  if (data.meetings?.length) parts.push(`${n('meetings')} buổi sinh hoạt`);
  if (data.recommendations?.length) parts.push(`${n('recommendations')} kiến nghị`);
  return parts.join(', ');
}

/**
 * Swaps in a whole district, meetings and recommendations included, in one transaction:
 * on any failure the old data stays intact. The log stays, with an entry that can undo the swap.
 */
export async function replaceAllData(db: AppDatabase, data: DistrictData): Promise<void> {
  await db.transaction('rw', db.allTables, async () => {
    const { restore } = await snapshotData(db);
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
    await writeAudit(db, { action: 'import', entity: 'database', summary, undo: { restore, remove }, touched: TOUCHED_EVERYTHING });
  });
}

/**
 * Deletes everything, settings included, so the app starts over at onboarding. The log stays,
 * with a 'clear' entry holding every record, so "Hoàn tác" can bring it all back.
 */
export async function clearAllData(db: AppDatabase): Promise<void> {
  await db.transaction('rw', db.allTables, async () => {
    const { restore, count } = await snapshotData(db);
    await Promise.all(dataTables(db).map((table) => table.clear()));
    const summary = `Xóa toàn bộ dữ liệu (${count.toLocaleString('vi-VN')} bản ghi): ${dataCounts(restore)}`;
    await writeAudit(db, { action: 'clear', entity: 'database', summary, undo: { restore, remove: {} }, touched: TOUCHED_EVERYTHING });
  });
}
