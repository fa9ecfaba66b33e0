import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppDatabase, SETTINGS_ID } from '../../../renderer/db/database';
import { listRegistrationsForYear } from '../../../renderer/db/repositories/registrations';
import { getSettings, saveSettings } from '../../../renderer/db/repositories/settings';
import { DEFAULT_PLAN_RULES } from '../../../shared/domain/rules';
import { settings } from '../../shared/fixtures/settings';
import { cells, officials, orgs, registrations } from '../../shared/fixtures/small-district';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** A database as version 1 of the app wrote it: settings without rules. */
async function versionOneDatabase(): Promise<string> {
  const name = `test-upgrade-${crypto.randomUUID()}`;
  names.push(name);
  const v1 = new Dexie(name);
  v1.version(1).stores({
    settings: 'id',
    orgs: 'id, name, type',
    cells: 'id, orgId, name',
    officials: 'id, name, group',
    registrations: 'id, officialId, cellId, *years',
  });
  const { rules: _rules, mode: _mode, ...oldSettings } = settings;
  await v1.table('settings').put({ ...oldSettings, id: SETTINGS_ID });
  await v1.table('orgs').bulkAdd(orgs);
  await v1.table('cells').bulkAdd(cells);
  await v1.table('officials').bulkAdd(officials);
  await v1.table('registrations').bulkAdd(registrations);
  v1.close();
  return name;
}

describe('database upgrade from version 1 (version 2 added the synthesis rules)', () => {
  it('fills the default rules into old settings and keeps every record and index', async () => {
    const name = await versionOneDatabase();
    const db = openAppDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await getSettings(db)).toEqual({ ...settings, rules: DEFAULT_PLAN_RULES });
    expect(await db.orgs.toArray()).toEqual([...orgs].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db.cells.toArray()).toEqual([...cells].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db.officials.toArray()).toEqual([...officials].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db.registrations.count()).toBe(registrations.length);
    // The multi-entry years index survived: term registrations still answer for later years.
    expect((await listRegistrationsForYear(db, 2026)).map((r) => r.id).sort()).toEqual(['reg-3', 'reg-5']);
    db.close();
  });

  it('leaves rules the clerk saved alone when the database is opened again', async () => {
    const name = await versionOneDatabase();
    const custom = { coverageScope: 'term', maxRegistrantsPerCell: 3, officialMinCells: 2, noticeDays: 7 } as const;
    const first = openAppDatabase(name);
    await saveSettings(first, { ...settings, rules: custom });
    first.close();
    const again = openAppDatabase(name);
    expect((await getSettings(again))?.rules).toEqual(custom);
    again.close();
  });
});

/** A database as version 4 of the app wrote it: rules without the notice period, no meeting tables. */
async function versionFourDatabase(): Promise<{ name: string; rows: Record<string, unknown[]> }> {
  const name = `test-upgrade-${crypto.randomUUID()}`;
  names.push(name);
  const v4 = new Dexie(name);
  v4.version(4).stores({
    settings: 'id',
    orgs: 'id, name, type',
    cells: 'id, orgId, name',
    officials: 'id, name, group',
    registrations: 'id, officialId, cellId, *years',
    importMappings: '[kind+key]',
    balanceUndo: '++id',
  });
  const { noticeDays: _noticeDays, ...oldRules } = { ...settings.rules, maxRegistrantsPerCell: 4 };
  const rows: Record<string, unknown[]> = {
    orgs,
    cells,
    officials,
    registrations,
    importMappings: [{ kind: 'officials', key: 'ho va ten|chuc vu', mapping: { name: 0, position: 1 } }],
    balanceUndo: [{ id: 1, year: 2026, appliedAt: '2026-01-05T08:00:00.000Z', created: [], moved: [], names: { 'p-1': 'Nguyễn Văn An' } }],
  };
  const { mode: _mode, ...v4Settings } = settings;
  await v4.table('settings').put({ ...v4Settings, rules: oldRules, id: SETTINGS_ID });
  for (const [table, list] of Object.entries(rows)) await v4.table(table).bulkAdd(list);
  v4.close();
  return { name, rows };
}

describe('database upgrade from version 4 (version 5 added meetings and recommendations)', () => {
  it('gives old rules the default notice period and keeps every record unchanged', async () => {
    const { name, rows } = await versionFourDatabase();
    const db = openAppDatabase(name);
    await db.open();
    // Opened by today's app, so upgraded through every later version too (6 added `mode`).
    expect(db.verno).toBe(6);
    expect(await getSettings(db)).toEqual({ ...settings, mode: 'district', rules: { ...settings.rules, maxRegistrantsPerCell: 4, noticeDays: 3 } });
    const sorted = (list: unknown[]) => [...(list as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));
    for (const table of ['orgs', 'cells', 'officials', 'registrations'] as const) {
      expect(sorted(await db.table(table).toArray())).toEqual(sorted(rows[table]!));
    }
    expect(await db.importMappings.toArray()).toEqual(rows.importMappings);
    expect(await db.balanceUndo.toArray()).toEqual(rows.balanceUndo);
    expect(await db.meetings.count()).toBe(0);
    expect(await db.recommendations.count()).toBe(0);
    // The new indexes answer.
    expect(await db.meetings.where('date').between('2026-01-01', '2026-03-31', true, true).count()).toBe(0);
    db.close();
  });

  it('keeps a notice period already saved when opened again', async () => {
    const { name } = await versionFourDatabase();
    const first = openAppDatabase(name);
    await saveSettings(first, { ...settings, rules: { ...settings.rules, noticeDays: 10 } });
    first.close();
    const again = openAppDatabase(name);
    expect((await getSettings(again))?.rules.noticeDays).toBe(10);
    again.close();
  });
});
