import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../../renderer/db/database';
import { listAudit, type AuditFilter } from '../../../renderer/db/audit';
import { updateCell } from '../../../renderer/db/repositories/cells';
import { createOfficial, deleteOfficial } from '../../../renderer/db/repositories/officials';
import { deleteRegistration } from '../../../renderer/db/repositories/registrations';
import { cells, seed } from '../features/seed';
import { freshDb, officialInput } from './fixtures';

let db: AppDatabase;
beforeEach(async () => {
  db = freshDb();
  await seed(db);
  await createOfficial(db, officialInput);
  await updateCell(db, 'c-1', { ...cells[0]!, name: 'Chi bộ Đồng Tâm' });
  await deleteRegistration(db, 'r-6');
  await deleteOfficial(db, 'p-cuong');
});
afterEach(async () => {
  await db.delete();
});

const summaries = async (filter: AuditFilter) => (await listAudit(db, filter)).rows.map((row) => row.summary);

describe('the audit log list', () => {
  it('is newest first, without the undo records, telling which entries can be undone', async () => {
    const { rows, total } = await listAudit(db);
    expect(total).toBe(4);
    expect(rows.map((r) => r.action)).toEqual(['delete', 'delete', 'update', 'create']);
    expect(rows.map((r) => r.undoable)).toEqual([true, true, true, false]);
    expect(rows[0]).not.toHaveProperty('undo');
  });

  it('filters by action and by entity', async () => {
    expect(await summaries({ action: 'delete' })).toEqual([
      "Xóa cán bộ 'Lê Văn Cường' (kèm 1 đăng ký)",
      'Xóa đăng ký của Phạm Thị Dung tại Chi bộ xóm 3 (Quý I năm 2026)',
    ]);
    expect(await summaries({ entity: 'official' })).toHaveLength(2);
    expect(await summaries({ action: 'delete', entity: 'official' })).toEqual(["Xóa cán bộ 'Lê Văn Cường' (kèm 1 đăng ký)"]);
  });

  it('searches without diacritics, in the summary and the before/after texts', async () => {
    expect(await summaries({ search: 'dong tam' })).toEqual(["Sửa chi bộ: Tên 'Chi bộ xóm 1' → 'Chi bộ Đồng Tâm'"]);
    expect(await summaries({ search: 'LE VAN CUONG' })).toEqual(["Xóa cán bộ 'Lê Văn Cường' (kèm 1 đăng ký)"]);
    // "Ban Tổ chức Tỉnh ủy" is in the added official's details, not in the summary.
    expect(await summaries({ search: 'ban to chuc tinh uy', action: 'create' })).toEqual(["Thêm cán bộ 'Nguyễn Văn An'"]);
  });

  it('pages: the total counts every match, the page only its share', async () => {
    const page = await listAudit(db, {}, { offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.action)).toEqual(['delete', 'update']);
  });
});
