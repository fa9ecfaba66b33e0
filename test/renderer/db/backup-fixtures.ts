import type { AppDatabase } from '../../../renderer/db/database';
import { seed } from '../features/seed';
import { addMeeting } from './meeting-fixtures';

/**
 * A database with rows in every table (meta included), some with values plain JSON cannot
 * carry (an explicit undefined, a Date), so a restore must revive them exactly.
 */
export async function seedEveryTable(db: AppDatabase): Promise<void> {
  await seed(db);
  const meeting = await addMeeting(db, 'r-1', '2025-03-14');
  await db.recommendations.add({
    id: 'rec-1',
    meetingId: meeting.id,
    content: 'Sửa đường giao thông nội đồng',
    field: 'Giao thông',
    addressedTo: 'UBND xã',
    dueDate: '',
    status: 'new',
    history: [{ status: 'new', date: '2025-03-14', note: '', skipReason: '' }],
  });
  await db.importMappings.add({ kind: 'officials', key: 'ho ten|chuc vu', mapping: { name: 0, position: 1, field: undefined } });
  await db.balanceUndo.add({ year: 2025, appliedAt: '2025-03-01T08:00:00.000Z', created: [], moved: [], names: { 'p-an': 'Nguyễn Văn An' } });
  await db.table('submissions').add({ id: 'huyen|2025', periodKey: '2025', committeeKey: 'huyen', importedAt: new Date(0), changes: null });
  await db.audit.add({ at: '2025-03-01T08:00:00.000Z', action: 'create', entity: 'org', summary: 'Thêm đảng bộ xã Hoa Thành' });
  await db.meta.put({ key: 'lastBackupAt', value: '2025-01-01T00:00:00.000Z' });
}

/** Every table's rows in key order: the exact state to compare before and after. */
export async function snapshot(db: AppDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.allTables) out[table.name] = await table.toCollection().toArray();
  return out;
}
