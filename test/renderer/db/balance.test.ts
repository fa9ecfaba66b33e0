import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppDatabase, type AppDatabase } from '../../../renderer/db/database';
import {
  applySuggestions,
  BALANCE_NOTE,
  forgetLastBalance,
  getLastBalance,
  readDistrictData,
  undoLastBalance,
} from '../../../renderer/db/repositories/balance';
import { updateRegistration } from '../../../renderer/db/repositories/registrations';
import { solveBalance } from '../../../renderer/features/balance/balance-solve';
import { computeCoverage } from '../../../shared/coverage/coverage';
import type { Registration } from '../../../shared/domain/types';
import type { Suggestion } from '../../../shared/solver/types';
import { registrations, seed } from '../features/seed';
import { codeOf, freshDb } from './fixtures';

let db: AppDatabase;
beforeEach(async () => {
  db = freshDb();
  await seed(db);
});
afterEach(async () => {
  await db.delete();
});

/** In 2025 xóm 1 (c-1) has three people; xóm 3 (c-3) and the school nobody. */
const moveAn: Suggestion = { kind: 'move', registrationId: 'r-1', officialId: 'p-an', fromCellId: 'c-1', toCellId: 'c-3', reason: 'Chuyển…' };
const addHoa: Suggestion = { kind: 'add', officialId: 'p-hoa', cellId: 'c-truong', reason: 'Đề nghị…' };

const byId = (a: Registration, b: Registration) => a.id.localeCompare(b.id);
const snapshot = async () => (await db.registrations.toArray()).sort(byId);

describe('applySuggestions', () => {
  it('adds registrations for the year with the time not set, moves cells, and records one undo entry', async () => {
    const entry = await applySuggestions(db, [moveAn, addHoa], 2025);

    expect((await db.registrations.get('r-1'))?.cellId).toBe('c-3');
    const added = await db.registrations.where('officialId').equals('p-hoa').toArray();
    expect(added).toEqual([
      { id: added[0]!.id, officialId: 'p-hoa', cellId: 'c-truong', period: { kind: 'year', year: 2025, quarters: [] }, years: [2025], note: BALANCE_NOTE },
    ]);
    expect(entry.created).toEqual(added);
    expect(entry.moved).toEqual([{ registrationId: 'r-1', officialId: 'p-an', fromCellId: 'c-1', toCellId: 'c-3' }]);
    expect(entry.names).toMatchObject({ 'p-an': 'Nguyễn Văn An', 'c-3': 'Chi bộ xóm 3', 'p-hoa': 'Đặng Văn Hòa' });
    expect(await getLastBalance(db)).toEqual(entry);
  });

  it('changes nothing when one record changed after the solver ran (all or nothing)', async () => {
    // Meanwhile the clerk moved An's registration to xóm 2 by hand.
    const r1 = (await db.registrations.get('r-1'))!;
    await db.registrations.put({ ...r1, cellId: 'c-2' });
    const before = await snapshot();

    const error = applySuggestions(db, [addHoa, moveAn], 2025);
    expect(await codeOf(error)).toBe('errors.balanceChanged');
    await error.catch((e: { params: unknown }) => expect(e.params).toEqual({ official: 'Nguyễn Văn An', cell: 'Chi bộ xóm 1' }));

    // The add that came first in the batch was rolled back with it.
    expect(await snapshot()).toEqual(before);
    expect(await db.balanceUndo.count()).toBe(0);
  });

  it('refuses a deleted official or cell, and a duplicate of an existing registration', async () => {
    await db.officials.delete('p-hoa');
    expect(await codeOf(applySuggestions(db, [addHoa], 2025))).toBe('errors.balanceRecordGone');
    const addAnToXom2: Suggestion = { kind: 'add', officialId: 'p-an', cellId: 'c-2', reason: '' };
    expect(await codeOf(applySuggestions(db, [addAnToXom2], 2025))).toBe('errors.balanceDuplicate');
    expect(await codeOf(applySuggestions(db, [], 2025))).toBe('errors.balanceNothingToApply');
    expect(await db.balanceUndo.count()).toBe(0);
  });

  it('refuses a move of a registration that does not cover the year', async () => {
    const moveDung: Suggestion = { kind: 'move', registrationId: 'r-6', officialId: 'p-dung', fromCellId: 'c-3', toCellId: 'c-2', reason: '' };
    expect(await codeOf(applySuggestions(db, [moveDung], 2025))).toBe('errors.balanceChanged');
  });

  it('makes the solver’s after-count true: coverage rises by exactly after − before', async () => {
    const data = await readDistrictData(db);
    expect(data.settings).not.toHaveProperty('id');
    const { suggestions, summary } = solveBalance({ data, year: 2025, allowOutsideArea: false, fixedRegistrationIds: [] });
    expect(suggestions.length).toBeGreaterThan(0);
    const coveredBefore = computeCoverage(data, 2025).coveredCells;
    expect(coveredBefore).toBe(summary.cellsCoveredBefore);

    await applySuggestions(db, suggestions, 2025);
    const after = await readDistrictData(db);
    expect(computeCoverage(after, 2025).coveredCells).toBe(summary.cellsCoveredAfter);
  });
});

describe('undoLastBalance', () => {
  it('restores every registration exactly and drops the entry', async () => {
    const before = await snapshot();
    await applySuggestions(db, [moveAn, addHoa], 2025);
    const entry = await undoLastBalance(db);

    expect(entry.created).toHaveLength(1);
    expect(await snapshot()).toEqual(before);
    expect(await db.balanceUndo.count()).toBe(0);
    expect(await codeOf(undoLastBalance(db))).toBe('errors.balanceNothingToUndo');
  });

  it('still undoes after the app was closed and opened again', async () => {
    const before = await snapshot();
    await applySuggestions(db, [moveAn, addHoa], 2025);
    db.close();

    db = openAppDatabase(db.name);
    expect((await getLastBalance(db))?.moved).toHaveLength(1);
    await undoLastBalance(db);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses, changing nothing, when a record it made was edited since', async () => {
    const entry = await applySuggestions(db, [moveAn, addHoa], 2025);
    // The clerk set the quarter on the added registration.
    const added = entry.created[0]!;
    await updateRegistration(db, added.id, { officialId: added.officialId, cellId: added.cellId, note: added.note, period: { kind: 'year', year: 2025, quarters: [2] } });
    const edited = await snapshot();

    const error = undoLastBalance(db);
    expect(await codeOf(error)).toBe('errors.balanceUndoChanged');
    await error.catch((e: { params: unknown }) => expect(e.params).toEqual({ official: 'Đặng Văn Hòa', cell: 'Chi bộ Trường THPT Phan Đăng Lưu' }));
    expect(await snapshot()).toEqual(edited);
    expect(await db.balanceUndo.count()).toBe(1);

    // The clerk can drop it; the registrations stay as they are.
    await forgetLastBalance(db);
    expect(await db.balanceUndo.count()).toBe(0);
    expect(await snapshot()).toEqual(edited);
  });

  it('refuses when a moved registration was moved again since', async () => {
    await applySuggestions(db, [moveAn], 2025);
    const r1 = (await db.registrations.get('r-1'))!;
    await db.registrations.put({ ...r1, cellId: 'c-truong' });
    expect(await codeOf(undoLastBalance(db))).toBe('errors.balanceUndoChanged');
    expect((await db.registrations.get('r-1'))?.cellId).toBe('c-truong');
  });

  it('undoes the most recent acceptance first, then the one before', async () => {
    const start = await snapshot();
    await applySuggestions(db, [moveAn], 2025);
    const middle = await snapshot();
    await applySuggestions(db, [addHoa], 2025);

    await undoLastBalance(db);
    expect(await snapshot()).toEqual(middle);
    await undoLastBalance(db);
    expect(await snapshot()).toEqual(start);
  });
});

describe('database version 4 (balance undo table)', () => {
  it('opens a version-3 database with every registration kept and nothing to undo', async () => {
    const name = `test-v3-${crypto.randomUUID()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores({
      settings: 'id',
      orgs: 'id, name, type',
      cells: 'id, orgId, name',
      officials: 'id, name, group',
      registrations: 'id, officialId, cellId, *years',
      importMappings: '[kind+key]',
    });
    await v3.table('registrations').bulkAdd(registrations);
    v3.close();

    const upgraded = openAppDatabase(name);
    expect(await upgraded.balanceUndo.count()).toBe(0);
    expect((await upgraded.registrations.toArray()).sort(byId)).toEqual([...registrations].sort(byId));
    expect(await getLastBalance(upgraded)).toBeUndefined();
    await upgraded.delete();
  });
});
