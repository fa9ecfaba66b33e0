/**
 * A full disk: every shape the quota error reaches the app in is recognised, the import
 * commit refuses with the one Vietnamese explanation, and nothing of the import is kept.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppDatabase } from '../../../renderer/db/database';
import { commitImport, type ImportRecords } from '../../../renderer/db/repositories/import';
import { getSettings, saveSettings } from '../../../renderer/db/repositories/settings';
import { isQuotaExceededError, STORAGE_FULL_CODE } from '../../../renderer/db/storage-errors';
import { errorMessage } from '../../../renderer/i18n/errors';
import { createI18n } from '../../../renderer/i18n';
import { DomainError } from '../../../shared/domain/errors';
import { periodYears } from '../../../shared/domain/period';
import type { RegistrationPeriod } from '../../../shared/domain/types';
import { settings } from '../../shared/fixtures/settings';
import { seed } from '../features/seed';
import { freshDb } from './fixtures';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const VI_MESSAGE =
  'Chưa lưu được vì ổ đĩa của máy đã đầy hoặc trình duyệt đã dùng hết dung lượng lưu trữ dành cho ứng dụng. Không có thay đổi nào được lưu, dữ liệu vẫn giữ nguyên như trước. Hãy giải phóng dung lượng ổ đĩa (xóa bớt tệp không cần thiết), hoặc sao lưu dữ liệu rồi xóa bớt dữ liệu cũ, sau đó thử lại.';

describe('isQuotaExceededError', () => {
  it('recognises the browser’s error and each way Dexie wraps it', () => {
    const dom = quota();
    expect(isQuotaExceededError(dom)).toBe(true);
    expect(isQuotaExceededError(new Dexie.QuotaExceededError(dom))).toBe(true);
    // A transaction aborted by the disk: Dexie's AbortError carries the DOMException as `inner`.
    expect(isQuotaExceededError(new Dexie.AbortError(dom))).toBe(true);
    expect(isQuotaExceededError(new Dexie.BulkError('bulkAdd failed', { 3: new Dexie.QuotaExceededError(dom) }))).toBe(true);
    expect(isQuotaExceededError(new Error('wrapped', { cause: dom }))).toBe(true);
    // Firefox's name for a full storage in older versions.
    expect(isQuotaExceededError(new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
  });

  it('does not mistake other failures for a full disk', () => {
    expect(isQuotaExceededError(new DOMException('Key already exists', 'ConstraintError'))).toBe(false);
    expect(isQuotaExceededError(new Dexie.AbortError(new DOMException('x', 'ConstraintError')))).toBe(false);
    expect(isQuotaExceededError(new Dexie.BulkError('bulkAdd failed', { 0: new Dexie.ConstraintError('dup') }))).toBe(false);
    expect(isQuotaExceededError(new DomainError('errors.cellNotFound'))).toBe(false);
    for (const value of [null, undefined, 'QuotaExceededError', 22, {}]) expect(isQuotaExceededError(value)).toBe(false);
  });

  it('stops on an error that wraps itself', () => {
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = loop;
    expect(isQuotaExceededError(loop)).toBe(false);
  });
});

describe('the message', () => {
  it('explains a full disk in Vietnamese, and in English when the clerk chose English', async () => {
    const i18n = createI18n('vi');
    expect(errorMessage(i18n.t, new Dexie.AbortError(quota()))).toBe(VI_MESSAGE);
    expect(errorMessage(i18n.t, new DomainError(STORAGE_FULL_CODE))).toBe(VI_MESSAGE);
    await i18n.changeLanguage('en');
    expect(errorMessage(i18n.t, quota())).toMatch(/^Not saved: the disk of this computer is full.*Nothing was saved/);
  });
});

describe('a full disk during a save', () => {
  let db: AppDatabase;
  beforeEach(async () => {
    db = freshDb();
    await seed(db);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await db.delete();
  });

  const dump = async () => Object.fromEntries(await Promise.all(db.allTables.map(async (t) => [t.name, await t.toArray()] as const)));

  /** Enough records that the orgs are written before the cells fail. */
  function bigPlan(): ImportRecords {
    const orgs = Array.from({ length: 30 }, (_, i) => ({ id: `q-org-${i}`, name: `Đảng bộ Công ty số ${i}`, type: 'dn_ngoai_nha_nuoc' as const, kind: 'dang_bo_co_so' as const }));
    const cells = orgs.flatMap((o, i) => Array.from({ length: 10 }, (_, c) => ({ id: `q-cell-${i}-${c}`, orgId: o.id, name: `Chi bộ Tổ ${c + 1}`, memberCount: 12 })));
    const period: RegistrationPeriod = { kind: 'year', year: 2025, quarters: [1] };
    const registrations = [{ id: 'q-reg', officialId: 'p-binh', cellId: 'q-cell-0-0', period, years: periodYears(period), note: '' }];
    return { orgs, cells, officials: [], registrations, meetings: [] };
  }

  async function refusal(promise: Promise<unknown>): Promise<unknown> {
    return promise.then(
      () => expect.fail('the save should have been refused'),
      (error: unknown) => error,
    );
  }

  it('an import whose cells hit the quota is refused with the Vietnamese explanation and leaves every table as it was', async () => {
    const before = await dump();
    // A table hook runs inside the write, as IndexedDB's own refusal would, after the orgs went in.
    let written = 0;
    db.cells.hook('creating', () => {
      if (++written === 150) throw quota();
    });
    const error = await refusal(commitImport(db, bigPlan()));
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(STORAGE_FULL_CODE);
    expect(errorMessage(createI18n('vi').t, error)).toBe(VI_MESSAGE);
    expect(written).toBe(150);
    expect(await dump()).toEqual(before);
  });

  it('an import whose last bulkAdd is refused by the quota keeps none of the earlier tables’ records', async () => {
    const before = await dump();
    vi.spyOn(db.registrations, 'bulkAdd').mockRejectedValue(new Dexie.QuotaExceededError(quota()));
    const error = await refusal(commitImport(db, bigPlan()));
    expect((error as DomainError).code).toBe(STORAGE_FULL_CODE);
    expect(await dump()).toEqual(before);
  });

  it('any other save (here the settings) shows the same explanation through the common error text', async () => {
    const stored = await getSettings(db);
    vi.spyOn(db.settings, 'put').mockRejectedValue(new Dexie.AbortError(quota()));
    const error = await refusal(saveSettings(db, { ...settings, committeeName: 'Huyện ủy Quỳnh Lưu' }));
    expect(errorMessage(createI18n('vi').t, error)).toBe(VI_MESSAGE);
    vi.restoreAllMocks();
    expect(await getSettings(db)).toEqual(stored);
  });
});
