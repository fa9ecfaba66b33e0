import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../../renderer/db/database';
import { clearAllData, isDatabaseEmpty, replaceAllData } from '../../../renderer/db/repositories/sample';
import { defaultSettings, getSettings, saveSettings, termContaining } from '../../../renderer/db/repositories/settings';
import { DomainError } from '../../../shared/domain/errors';
import type { DistrictData } from '../../../shared/domain/types';
import { generateSampleData } from '../../../shared/sample/generator';
import { settings } from '../../shared/fixtures/settings';
import { freshDb, officialInput } from './fixtures';

let db: AppDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

function district(prefix: string): DistrictData {
  return {
    settings: { ...settings, committeeName: `Huyện ủy ${prefix}` },
    orgs: [{ id: `${prefix}-o1`, name: 'Đảng bộ xã A', type: 'xa', kind: 'dang_bo_co_so' }],
    cells: [
      { id: `${prefix}-c1`, orgId: `${prefix}-o1`, name: 'Chi bộ thôn 1', memberCount: 10 },
      { id: `${prefix}-c2`, orgId: `${prefix}-o1`, name: 'Chi bộ thôn 2', memberCount: 11 },
    ],
    officials: [{ id: `${prefix}-p1`, ...officialInput }],
    registrations: [
      {
        id: `${prefix}-r1`,
        officialId: `${prefix}-p1`,
        cellId: `${prefix}-c1`,
        period: { kind: 'year', year: 2025, quarters: [1] },
        years: [2025],
        note: '',
      },
    ],
  };
}

describe('settings', () => {
  it('round-trips without the storage id', async () => {
    expect(await getSettings(db)).toBeUndefined();
    await saveSettings(db, settings);
    expect(await getSettings(db)).toEqual(settings);
  });

  it('refuses invalid settings', async () => {
    await expect(saveSettings(db, { ...settings, termEndYear: 2020 })).rejects.toBeInstanceOf(DomainError);
    expect(await getSettings(db)).toBeUndefined();
  });

  it('defaults to the term containing the year, and the defaults only lack the names', () => {
    expect(termContaining(2025)).toEqual({ startYear: 2025, endYear: 2030 });
    expect(termContaining(2027)).toEqual({ startYear: 2025, endYear: 2030 });
    expect(termContaining(2024)).toEqual({ startYear: 2020, endYear: 2025 });
    const defaults = defaultSettings(2026);
    expect(defaults).toMatchObject({ currentYear: 2026, termStartYear: 2025, termEndYear: 2030, language: 'vi' });
  });
});

describe('sample data', () => {
  it('a database without settings is empty', async () => {
    expect(await isDatabaseEmpty(db)).toBe(true);
    await saveSettings(db, settings);
    expect(await isDatabaseEmpty(db)).toBe(false);
  });

  it('replaceAllData swaps every table', async () => {
    await replaceAllData(db, district('old'));
    await replaceAllData(db, district('new'));
    expect((await getSettings(db))?.committeeName).toBe('Huyện ủy new');
    expect((await db.cells.toArray()).map((c) => c.id).sort()).toEqual(['new-c1', 'new-c2']);
    expect(await db.registrations.where('years').equals(2025).primaryKeys()).toEqual(['new-r1']);
  });

  it('replaceAllData is one transaction: a failing bulk add leaves the old data', async () => {
    await replaceAllData(db, district('old'));
    const broken = district('new');
    // Two cells with one id: the bulk add fails after the tables were cleared.
    broken.cells = [broken.cells[0]!, { ...broken.cells[1]!, id: 'new-c1' }];
    await expect(replaceAllData(db, broken)).rejects.toThrow();
    expect((await getSettings(db))?.committeeName).toBe('Huyện ủy old');
    expect((await db.cells.toArray()).map((c) => c.id).sort()).toEqual(['old-c1', 'old-c2']);
    expect(await db.orgs.count()).toBe(1);
  });

  it('replaceAllData writes the sample’s meetings and recommendations too', async () => {
    const sample = generateSampleData({ seed: 3, today: '2025-09-20' });
    await replaceAllData(db, sample);
    expect(await db.meetings.count()).toBe(sample.meetings?.length);
    expect(await db.recommendations.count()).toBe(sample.recommendations?.length);
    expect(await db.meetings.count()).toBeGreaterThan(0);
    await replaceAllData(db, district('new'));
    expect(await db.meetings.count()).toBe(0);
    expect(await db.recommendations.count()).toBe(0);
  });

  it('clearAllData empties everything, settings included, but keeps the audit log', async () => {
    await replaceAllData(db, district('old'));
    await clearAllData(db);
    expect(await isDatabaseEmpty(db)).toBe(true);
    for (const table of db.allTables) if (table !== db.audit) expect(await table.count()).toBe(0);
    // The log is the clerk's way back (Hoàn tác): its last entry is the clearing itself.
    expect((await db.audit.toCollection().last())?.action).toBe('clear');
  });
});
