import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../../renderer/db/database';
import { writeAudit } from '../../../renderer/db/audit';
import { createCell, updateCell } from '../../../renderer/db/repositories/cells';
import { commitImport } from '../../../renderer/db/repositories/import';
import { applySuggestions, undoLastBalance } from '../../../renderer/db/repositories/balance';
import { createOfficial, deleteOfficial, updateOfficial } from '../../../renderer/db/repositories/officials';
import { createOrg, deleteOrg, updateOrg } from '../../../renderer/db/repositories/orgs';
import { createRegistration } from '../../../renderer/db/repositories/registrations';
import { clearAllData } from '../../../renderer/db/repositories/sample';
import { getSettings, saveSettings } from '../../../renderer/db/repositories/settings';
import { cells, officials, seed } from '../features/seed';
import { heldMeeting, lastEntry, log } from './audit-fixtures';
import { codeOf, freshDb, officialInput } from './fixtures';

let db: AppDatabase;
beforeEach(async () => {
  db = freshDb();
  await seed(db);
});
afterEach(async () => {
  await db.delete();
});

describe('every change writes one audit entry with a Vietnamese summary', () => {
  it('create: what was added, no undo', async () => {
    const official = await createOfficial(db, officialInput);
    const entry = await lastEntry(db);
    expect(entry).toMatchObject({ action: 'create', entity: 'official', summary: "Thêm cán bộ 'Nguyễn Văn An'" });
    expect(entry.after).toContain("Chức vụ: 'Ủy viên Ban Thường vụ Tỉnh ủy'");
    expect(entry.undo).toBeUndefined();
    expect(entry.touched?.written).toEqual([`officials:${official.id}`]);
    expect(new Date(entry.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('update: each changed field before → after, and the before-image for undo', async () => {
    const cell = cells[0]!;
    await updateCell(db, cell.id, { orgId: cell.orgId, name: 'Chi bộ xóm số 1', memberCount: 27 });
    const entry = await lastEntry(db);
    expect(entry.summary).toBe("Sửa chi bộ: Tên 'Chi bộ xóm 1' → 'Chi bộ xóm số 1'; Số đảng viên 25 → 27");
    expect(entry.before).toBe("Tên: 'Chi bộ xóm 1'; Số đảng viên: 25; Trực thuộc: 'Đảng bộ xã Hoa Thành'");
    expect(entry.undo).toEqual({ restore: { cells: [cell] }, remove: {} });

    const official = officials[1]!;
    await updateOfficial(db, official.id, { ...official, capacity: 4 });
    expect((await lastEntry(db)).summary).toBe("Sửa cán bộ 'Trần Thị Bình': Số chi bộ tối đa/năm 2 → 4");
  });

  it('update of a chi bộ cơ sở also keeps its cell, renamed, in the undo', async () => {
    const org = await createOrg(db, { name: 'Chi bộ Công an huyện', type: 'cong_an', kind: 'chi_bo_co_so' });
    const [cell] = await db.cells.where('orgId').equals(org.id).toArray();
    await updateOrg(db, org.id, { ...org, name: 'Chi bộ Công an thị xã' });
    const entry = await lastEntry(db);
    expect(entry.summary).toBe("Sửa tổ chức cơ sở đảng: Tên 'Chi bộ Công an huyện' → 'Chi bộ Công an thị xã'");
    expect(entry.undo?.restore).toEqual({ orgs: [org], cells: [cell] });
  });

  it('delete: names what the cascade took along', async () => {
    await heldMeeting(db, 'r-1', '2025-03-10', 2);
    await deleteOfficial(db, 'p-an');
    const entry = await lastEntry(db);
    expect(entry).toMatchObject({ action: 'delete', entity: 'official' });
    expect(entry.summary).toBe("Xóa cán bộ 'Nguyễn Văn An' (kèm 3 đăng ký, 1 buổi sinh hoạt, 2 kiến nghị)");
  });

  it('import: how many records of each kind, undo removing exactly those', async () => {
    await commitImport(db, {
      orgs: [],
      cells: [{ id: 'c-new', orgId: 'o-xa', name: 'Chi bộ xóm 4', memberCount: 9 }],
      officials: [],
      registrations: [],
      meetings: [],
    });
    const entry = await lastEntry(db);
    expect(entry).toMatchObject({ action: 'import', entity: 'cell', summary: 'Nhập từ tệp: 1 chi bộ' });
    expect(entry.undo).toEqual({ restore: {}, remove: { cells: ['c-new'] } });
  });

  it('balance: the acceptance, linked to its balanceUndo row; undoing on the balancing page marks it undone', async () => {
    const row = await applySuggestions(db, [{ kind: 'add', officialId: 'p-hoa', cellId: 'c-3', reason: '' }], 2025);
    const entry = await lastEntry(db);
    expect(entry).toMatchObject({ action: 'balance', entity: 'registration', balanceUndoId: row.id });
    expect(entry.summary).toBe('Chấp nhận đề xuất cân đối năm 2025: thêm 1 đăng ký');
    expect(entry.after).toBe('Đặng Văn Hòa dự Chi bộ xóm 3');
    await undoLastBalance(db);
    const [balance, undo] = (await log(db)).slice(-2);
    expect(undo).toMatchObject({ action: 'undo', summary: `Hoàn tác: ${entry.summary}` });
    expect(balance).toMatchObject({ id: entry.id, undoneBy: undo!.id });
    expect(balance!.undo).toBeUndefined();
  });

  it('settings: the changed fields', async () => {
    const settings = (await getSettings(db))!;
    await saveSettings(db, { ...settings, signerName: 'Hồ Văn Nam' });
    expect((await lastEntry(db)).summary).toBe(`Sửa thiết lập: Người ký '${settings.signerName}' → 'Hồ Văn Nam'`);
    // Choices read as the clerk saw them in Settings, not as stored codes.
    await saveSettings(db, { ...settings, signerName: 'Hồ Văn Nam', mode: 'province', rules: { ...settings.rules, noticeDays: 5 } });
    expect((await lastEntry(db)).summary).toBe(
      `Sửa thiết lập: Chế độ 'Cấp huyện' → 'Cấp tỉnh'; Số ngày báo trước tối thiểu ${settings.rules.noticeDays} → 5`,
    );
  });

  it('clear: keeps the log and every record in the entry', async () => {
    const before = await db.registrations.count();
    await clearAllData(db);
    const entry = await lastEntry(db);
    expect(entry).toMatchObject({ action: 'clear', entity: 'database' });
    expect(entry.summary).toBe('Xóa toàn bộ dữ liệu (18 bản ghi): 2 tổ chức cơ sở đảng, 4 chi bộ, 5 cán bộ, 6 đăng ký');
    expect(entry.undo?.restore.registrations).toHaveLength(before);
  });
});

describe('the entry and the change commit together', () => {
  it('a refused change writes no entry', async () => {
    const count = await db.audit.count();
    expect(await codeOf(createCell(db, { orgId: 'o-truong', name: 'Chi bộ 2', memberCount: 5 }))).toBe('errors.chiBoCoSoHasOneCell');
    expect(await codeOf(createRegistration(db, { officialId: 'p-an', cellId: 'c-1', period: { kind: 'year', year: 2025, quarters: [1] }, note: '' }))).toBe(
      'errors.duplicateRegistration',
    );
    expect(await db.audit.count()).toBe(count);
  });

  it('a transaction failing after writeAudit leaves neither the change nor the entry', async () => {
    const failing = db.transaction('rw', [db.orgs, db.audit], async () => {
      await db.orgs.delete('o-truong');
      await writeAudit(db, { action: 'delete', entity: 'org', summary: 'Xóa thử' });
      throw new Error('đĩa đầy');
    });
    await expect(failing).rejects.toThrow('đĩa đầy');
    expect(await db.audit.count()).toBe(0);
    expect(await db.orgs.get('o-truong')).toBeDefined();
  });

  it('a delete that finds nothing writes nothing', async () => {
    await deleteOrg(db, 'no-such-org');
    expect(await db.audit.count()).toBe(0);
  });
});
