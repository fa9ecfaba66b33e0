import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppDatabase, SETTINGS_ID, type AppDatabase } from '../../../renderer/db/database';
import { commitImport, loadImportSnapshot, type ImportRecords } from '../../../renderer/db/repositories/import';
import { loadImportMappings, saveImportMappings } from '../../../renderer/db/repositories/import-mappings';
import { clearAllData } from '../../../renderer/db/repositories/sample';
import { DomainError } from '../../../shared/domain/errors';
import { periodYears } from '../../../shared/domain/period';
import type { Meeting } from '../../../shared/domain/meetings';
import type { Registration, RegistrationPeriod } from '../../../shared/domain/types';
import { meetingFromNotice } from '../../../shared/import/assemble-meetings';
import { seed } from '../features/seed';
import { settings } from '../../shared/fixtures/settings';
import { codeOf, freshDb } from './fixtures';

let db: AppDatabase;
beforeEach(async () => {
  db = freshDb();
  await seed(db);
});
afterEach(async () => {
  await db.delete();
});

/** Every record of every table, in key order: two equal dumps mean nothing changed. */
async function dump(database: AppDatabase) {
  return Object.fromEntries(await Promise.all(database.allTables.map(async (table) => [table.name, await table.toArray()] as const)));
}

const quarter: RegistrationPeriod = { kind: 'year', year: 2025, quarters: [2] };
const registration = (id: string, officialId: string, cellId: string): Registration => ({
  id,
  officialId,
  cellId,
  period: quarter,
  years: periodYears(quarter),
  note: '',
});

/** A new commune with a cell, a new official, and registrations to old and new cells. */
function plan(lastRegistrationId = 'imp-r-3'): ImportRecords {
  return {
    orgs: [{ id: 'imp-org', name: 'Đảng bộ xã Mới Thành', type: 'xa', kind: 'dang_bo_co_so' }],
    cells: [{ id: 'imp-cell', orgId: 'imp-org', name: 'Chi bộ xóm 1', memberCount: 20 }],
    officials: [{ id: 'imp-off', name: 'Võ Thị Lan', position: 'Tỉnh ủy viên', group: 'member', committee: '', area: '', field: '', capacity: 2 }],
    registrations: [
      registration('imp-r-1', 'imp-off', 'imp-cell'),
      registration('imp-r-2', 'p-binh', 'c-3'),
      registration(lastRegistrationId, 'p-cuong', 'c-truong'),
    ],
    meetings: [],
  };
}

/** A scheduled meeting of registration r-1 (An at xóm 1, 2025 quarters I and III), as a notice import makes it. */
function meeting(id: string, date: string, startTime = '07:30', registrationId = 'r-1'): Meeting {
  return meetingFromNotice(id, registrationId, {
    registrationId,
    date,
    startTime,
    endTime: '',
    place: 'Nhà văn hóa xóm 1',
    type: 'regular',
    agenda: 'Kiểm điểm công tác tháng',
    host: { role: 'secretary', name: '', confirmed: true },
    noticeDate: '2025-03-01',
  });
}

const meetingsOnly = (meetings: Meeting[]): ImportRecords => ({ orgs: [], cells: [], officials: [], registrations: [], meetings });

describe('commitImport', () => {
  it('adds every record of the plan and says how many of each', async () => {
    const added = await commitImport(db, plan());
    expect(added).toEqual({ orgs: 1, cells: 1, officials: 1, registrations: 3, meetings: 0 });
    expect(await db.orgs.get('imp-org')).toMatchObject({ name: 'Đảng bộ xã Mới Thành' });
    expect(await db.cells.get('imp-cell')).toMatchObject({ orgId: 'imp-org' });
    expect(await db.officials.get('imp-off')).toMatchObject({ name: 'Võ Thị Lan' });
    expect((await db.registrations.where('years').equals(2025).primaryKeys()).filter((id) => String(id).startsWith('imp-'))).toHaveLength(3);
  });

  it('leaves every table exactly as it was when a write fails midway (a duplicate key)', async () => {
    await saveImportMappings(db, 'registrations', [{ key: 'k', mapping: { official: 2, cell: 5 } }]);
    const before = await dump(db);
    // r-1 is already stored: orgs, cells, officials and two registrations are written first, then this refuses.
    const error = await commitImport(db, plan('r-1')).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('errors.importDuplicateKey');
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a plan pointing at a cell deleted since the preview, writing nothing', async () => {
    await db.cells.delete('c-3');
    const before = await dump(db);
    expect(await codeOf(commitImport(db, plan()))).toBe('errors.cellNotFound');
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a registration of an official no one has, and a cell of an unknown organization', async () => {
    const noOfficial = { ...plan(), officials: [] };
    expect(await codeOf(commitImport(db, noOfficial))).toBe('errors.officialNotFound');
    const noOrg = { ...plan(), orgs: [] };
    expect(await codeOf(commitImport(db, noOrg))).toBe('errors.orgNotFound');
    expect(await db.registrations.count()).toBe(6);
  });

  it('reads the snapshot an import is checked against', async () => {
    await commitImport(db, meetingsOnly([meeting('m-1', '2025-03-05')]));
    const snapshot = await loadImportSnapshot(db);
    expect([snapshot.orgs.length, snapshot.cells.length, snapshot.officials.length, snapshot.registrations.length, snapshot.meetings.length]).toEqual([2, 4, 5, 6, 1]);
  });
});

describe('commitImport: meetings', () => {
  it('adds every meeting scheduled, with no postponement and no result', async () => {
    const added = await commitImport(db, meetingsOnly([meeting('m-1', '2025-03-05'), meeting('m-2', '2025-07-02', '14:00')]));
    expect(added).toEqual({ orgs: 0, cells: 0, officials: 0, registrations: 0, meetings: 2 });
    expect(await db.meetings.get('m-2')).toMatchObject({
      registrationId: 'r-1', date: '2025-07-02', startTime: '14:00', status: 'scheduled', postponements: [],
      absenceReason: '', hostAttended: null, membersPresent: null, attendees: '', notes: '',
    });
  });

  it('writes nothing when one meeting of the file fails (its id already taken)', async () => {
    await commitImport(db, meetingsOnly([meeting('m-1', '2025-03-05')]));
    const before = await dump(db);
    const error = await commitImport(db, meetingsOnly([meeting('m-2', '2025-03-12'), meeting('m-3', '2025-03-19'), meeting('m-1', '2025-03-26')])).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as DomainError).code).toBe('errors.importDuplicateKey');
    expect(await dump(db)).toEqual(before);
  });

  it('refuses, writing nothing, a meeting whose registration was deleted since the preview', async () => {
    await db.registrations.delete('r-4');
    const before = await dump(db);
    expect(await codeOf(commitImport(db, meetingsOnly([meeting('m-1', '2025-03-05'), meeting('m-2', '2025-05-05', '07:30', 'r-4')])))).toBe('errors.registrationNotFound');
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a meeting entered by hand since the preview (same registration, day and start)', async () => {
    await commitImport(db, meetingsOnly([meeting('m-hand', '2025-03-05')]));
    const before = await dump(db);
    const error = await commitImport(db, meetingsOnly([meeting('m-2', '2025-03-12'), meeting('m-3', '2025-03-05')])).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'errors.importCommitFailed', params: { message: 'buổi sinh hoạt ngày 05/03/2025 lúc 07:30 đã được nhập trước đó' } });
    expect(await dump(db)).toEqual(before);
  });

  it('accepts a meeting of a registration the same import adds', async () => {
    const records = { ...plan(), meetings: [meeting('m-new', '2025-04-10', '08:00', 'imp-r-1')] };
    expect((await commitImport(db, records)).meetings).toBe(1);
    expect(await db.meetings.get('m-new')).toMatchObject({ registrationId: 'imp-r-1' });
  });
});

describe('import mapping memory', () => {
  it('remembers a mapping per kind and layout, and replaces it when saved again', async () => {
    await saveImportMappings(db, 'registrations', [
      { key: '1=stt|2=ho va ten', mapping: { stt: 1, official: 2 } },
      { key: 'other', mapping: { official: 3 } },
    ]);
    await saveImportMappings(db, 'officials', [{ key: '1=stt|2=ho va ten', mapping: { stt: 1, name: 2 } }]);
    const found = await loadImportMappings(db, 'registrations', ['1=stt|2=ho va ten', 'unknown']);
    expect([...found]).toEqual([['1=stt|2=ho va ten', { stt: 1, official: 2 }]]);
    expect((await loadImportMappings(db, 'officials', ['1=stt|2=ho va ten'])).get('1=stt|2=ho va ten')).toEqual({ stt: 1, name: 2 });

    await saveImportMappings(db, 'registrations', [{ key: 'other', mapping: { official: 4, cell: 6 } }]);
    expect((await loadImportMappings(db, 'registrations', ['other'])).get('other')).toEqual({ official: 4, cell: 6 });
  });

  it('ignores fields of another kind and malformed rows', async () => {
    await db.importMappings.bulkPut([
      { kind: 'officials', key: 'a', mapping: { name: 2, cell: 5 } },
      { kind: 'officials', key: 'b', mapping: { name: -1 } as never },
    ]);
    const found = await loadImportMappings(db, 'officials', ['a', 'b']);
    expect([...found]).toEqual([['a', { name: 2 }]]);
  });

  it('is deleted with the rest of the data (Cài đặt → Xóa toàn bộ dữ liệu)', async () => {
    await saveImportMappings(db, 'directory', [{ key: 'k', mapping: { org: 2 } }]);
    await clearAllData(db);
    expect(await db.importMappings.count()).toBe(0);
  });
});

describe('database upgrade from version 2 through version 3 (import mappings)', () => {
  const name = `test-upgrade-v3-${crypto.randomUUID()}`;
  afterEach(() => Dexie.delete(name));

  it('keeps every record of a version 2 database and starts with no remembered mapping', async () => {
    const v2 = new Dexie(name);
    v2.version(2).stores({
      settings: 'id',
      orgs: 'id, name, type',
      cells: 'id, orgId, name',
      officials: 'id, name, group',
      registrations: 'id, officialId, cellId, *years',
    });
    const source = await dump(db);
    await v2.table('settings').put({ ...settings, id: SETTINGS_ID });
    for (const table of ['orgs', 'cells', 'officials', 'registrations']) await v2.table(table).bulkAdd(source[table] as object[]);
    v2.close();

    const upgraded = openAppDatabase(name);
    await upgraded.open();
    // Later versions may follow; version 3 is the one that added the table.
    expect(upgraded.verno).toBeGreaterThanOrEqual(3);
    const after = await dump(upgraded);
    for (const table of ['settings', 'orgs', 'cells', 'officials', 'registrations']) expect(after[table]).toEqual(source[table]);
    expect(after.importMappings).toEqual([]);
    // The multi-entry years index still answers.
    expect(await upgraded.registrations.where('years').equals(2026).count()).toBe(2);
    upgraded.close();
  });
});
