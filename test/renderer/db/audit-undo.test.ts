import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../../renderer/db/database';
import { writeAudit } from '../../../renderer/db/audit';
import { findUndoTarget, undoLast } from '../../../renderer/db/audit-undo';
import { applySuggestions, getLastBalance } from '../../../renderer/db/repositories/balance';
import { createCell, deleteCell, updateCell } from '../../../renderer/db/repositories/cells';
import { commitImport } from '../../../renderer/db/repositories/import';
import { createOfficial, updateOfficial } from '../../../renderer/db/repositories/officials';
import { deleteOrg, updateOrg } from '../../../renderer/db/repositories/orgs';
import { createRegistration, deleteRegistration } from '../../../renderer/db/repositories/registrations';
import { clearAllData, replaceAllData } from '../../../renderer/db/repositories/sample';
import { DomainError } from '../../../shared/domain/errors';
import type { DistrictData } from '../../../shared/domain/types';
import { cells, officials, orgs, seed } from '../features/seed';
import { dataDump, heldMeeting, lastEntry, log } from './audit-fixtures';
import { codeOf, freshDb, officialInput } from './fixtures';

let db: AppDatabase;
beforeEach(async () => {
  db = freshDb();
  await seed(db);
});
afterEach(async () => {
  await db.delete();
});

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('undo of a cascading delete', () => {
  it('brings back the org, its cells, registrations, meetings and recommendations exactly', async () => {
    await heldMeeting(db, 'r-1', '2025-03-10', 2);
    await heldMeeting(db, 'r-4', '2025-05-12', 1);
    const before = await dataDump(db);
    await deleteOrg(db, 'o-xa');
    expect(await db.meetings.count()).toBe(0);
    const deleted = await lastEntry(db);

    const undone = await undoLast(db, deleted.id);
    expect(undone.id).toBe(deleted.id);
    expect(await dataDump(db)).toEqual(before);
    const [original, undo] = (await log(db)).slice(-2);
    expect(undo).toMatchObject({ action: 'undo', entity: 'org', summary: `Hoàn tác: ${deleted.summary}` });
    expect(original).toMatchObject({ id: deleted.id, undoneBy: undo!.id });
    expect(original!.undo).toBeUndefined();
  });

  it('steps back one destructive action per click, skipping creates and what was undone', async () => {
    const before = await dataDump(db);
    await deleteRegistration(db, 'r-6');
    await createOfficial(db, officialInput);
    const officialsNow = await db.officials.toArray();
    await updateCell(db, 'c-2', { orgId: 'o-xa', name: 'Chi bộ xóm Hai', memberCount: 18 });
    await undoLast(db);
    expect(await db.cells.get('c-2')).toEqual(cells[1]);
    await undoLast(db);
    expect(await db.registrations.count()).toBe(6);
    // The official added in between stays: only destructive actions are taken back.
    expect(await db.officials.toArray()).toEqual(officialsNow);
    expect({ ...(await dataDump(db)), officials: before.officials }).toEqual(before);
    expect(await codeOf(undoLast(db))).toBe('errors.audit.nothingToUndo');
  });
});

describe('undo of an import', () => {
  it('removes exactly the records the file added', async () => {
    const before = await dataDump(db);
    await commitImport(db, {
      orgs: [{ id: 'o-new', name: 'Đảng bộ xã Mới', type: 'xa', kind: 'dang_bo_co_so' }],
      cells: [{ id: 'c-new', orgId: 'o-new', name: 'Chi bộ xóm Mới', memberCount: 9 }],
      officials: [],
      registrations: [{ id: 'r-new', officialId: 'p-cuong', cellId: 'c-new', period: { kind: 'year', year: 2025, quarters: [] }, years: [2025], note: '' }],
      meetings: [],
    });
    await undoLast(db);
    expect(await dataDump(db)).toEqual(before);
  });

  it('of a whole database (sample data) puts back the records it replaced and removes the new ones', async () => {
    const before = await dataDump(db);
    const settings = (await db.settings.get('app'))!;
    const other: DistrictData = {
      settings: { ...settings, committeeName: 'Huyện ủy Khác' },
      orgs: [{ ...orgs[0]!, name: 'Đảng bộ xã Hoa Thành (mới)' }, { id: 'o-2', name: 'Đảng bộ xã Hai', type: 'xa', kind: 'dang_bo_co_so' }],
      cells: [],
      officials: [officials[0]!],
      registrations: [],
    };
    await replaceAllData(db, other);
    expect(await db.orgs.count()).toBe(2);
    await undoLast(db);
    expect(await dataDump(db)).toEqual(before);
  });

  it('written by another feature (undo with updated and created records) restores and removes both', async () => {
    const before = await dataDump(db);
    await db.transaction('rw', [db.cells, db.audit], async () => {
      await db.cells.put({ ...cells[0]!, memberCount: 99 });
      await db.cells.add({ id: 'c-x', orgId: 'o-xa', name: 'Chi bộ X', memberCount: 1 });
      await writeAudit(db, { action: 'import', entity: 'cell', summary: 'Nhập thử', undo: { restore: { cells: [cells[0]] }, remove: { cells: ['c-x'] } } });
    });
    await undoLast(db);
    expect(await dataDump(db)).toEqual(before);
  });
});

describe('undo of clearing all data and of a balancing', () => {
  it('clear: everything comes back, the log kept throughout', async () => {
    await heldMeeting(db, 'r-1', '2025-03-10', 1);
    const before = await dataDump(db);
    await clearAllData(db);
    await undoLast(db);
    expect(await dataDump(db)).toEqual(before);
  });

  it('balance: the registrations come back as they were and the balancing page has nothing left to undo', async () => {
    const before = await dataDump(db);
    await applySuggestions(
      db,
      [
        { kind: 'move', registrationId: 'r-1', officialId: 'p-an', fromCellId: 'c-1', toCellId: 'c-3', reason: '' },
        { kind: 'add', officialId: 'p-hoa', cellId: 'c-truong', reason: '' },
      ],
      2025,
    );
    await undoLast(db);
    expect(await getLastBalance(db)).toBeUndefined();
    expect(await dataDump(db)).toEqual(before);
  });
});

describe('undo refused when later actions touched the same records', () => {
  it('a later action built on what undo would remove: refused, naming it, nothing changed', async () => {
    await commitImport(db, { orgs: [], cells: [{ id: 'c-new', orgId: 'o-xa', name: 'Chi bộ xóm Mới', memberCount: 9 }], officials: [], registrations: [], meetings: [] });
    await createRegistration(db, { officialId: 'p-hoa', cellId: 'c-new', period: { kind: 'year', year: 2025, quarters: [] }, note: '' });
    const before = await dataDump(db);
    const error = await refusal(undoLast(db));
    expect(error.code).toBe('errors.audit.undoConflict');
    expect(error.params).toMatchObject({
      summary: 'Nhập từ tệp: 1 chi bộ',
      later: 'Thêm đăng ký của Đặng Văn Hòa tại Chi bộ xóm Mới (Năm 2025 (chưa xác định thời gian))',
      at: expect.stringMatching(/^\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d$/),
    });
    expect(await dataDump(db)).toEqual(before);
    expect((await lastEntry(db)).action).toBe('create');
  });

  it('a record re-created since: refused, the registration would be a duplicate', async () => {
    await deleteRegistration(db, 'r-6');
    await createRegistration(db, { officialId: 'p-dung', cellId: 'c-3', period: { kind: 'year', year: 2026, quarters: [1] }, note: '' });
    const before = await dataDump(db);
    const error = await refusal(undoLast(db));
    expect(error.code).toBe('errors.audit.undoDuplicate');
    expect(error.params).toEqual({ official: 'Phạm Thị Dung', cell: 'Chi bộ xóm 3' });
    expect(await dataDump(db)).toEqual(before);
  });

  it('an entry written without touched keys or undo (another feature) blocks undo of anything before it', async () => {
    await deleteRegistration(db, 'r-6');
    await db.transaction('rw', db.audit, () => writeAudit(db, { action: 'import', entity: 'submission', summary: 'Nhập báo cáo huyện Yên Thành' }));
    expect(await codeOf(undoLast(db))).toBe('errors.audit.undoConflict');
  });

  it('a later action undone since cancels out; pointing at the same parent is no conflict', async () => {
    await updateOfficial(db, 'p-binh', { ...officials[1]!, capacity: 3 });
    await updateOfficial(db, 'p-binh', { ...officials[1]!, capacity: 4 });
    await undoLast(db);
    await undoLast(db);
    expect(await db.officials.get('p-binh')).toEqual(officials[1]);

    await deleteCell(db, 'c-3');
    await updateOrg(db, 'o-xa', { ...orgs[0]!, name: 'Đảng bộ xã Hoa Thành mới' });
    await undoLast(db);
    await createCell(db, { orgId: 'o-xa', name: 'Chi bộ xóm 4', memberCount: 10 });
    await undoLast(db);
    expect(await db.cells.get('c-3')).toEqual(cells[2]);
    expect(await db.registrations.get('r-6')).toBeDefined();
  });

  it('refuses when the log changed after the clerk confirmed', async () => {
    await deleteRegistration(db, 'r-6');
    const confirmed = await findUndoTarget(db);
    await deleteRegistration(db, 'r-5');
    expect(await codeOf(undoLast(db, confirmed?.id))).toBe('errors.audit.targetChanged');
  });
});
