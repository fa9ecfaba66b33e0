/**
 * Every earlier version's database, opened by today's app, loses nothing: each record of
 * each table comes back unchanged (settings gain exactly the fields later versions added),
 * every index answers for every record, and today's schemas accept what was stored.
 */
import Dexie, { type Table } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppDatabase, SETTINGS_ID, type AppDatabase } from '../../../renderer/db/database';
import { getSettings } from '../../../renderer/db/repositories/settings';
import { cellInputSchema, officialInputSchema, orgInputSchema, registrationInputSchema, settingsSchema } from '../../../shared/domain/validation';
import { meetingNoticeSchema, recommendationInputSchema } from '../../../shared/meetings/meeting-schema';
import { VERSION_FIXTURES, writeVersionDatabase, type VersionFixture } from './fixtures-versions';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

function newName(): string {
  const name = `test-upgrade-v-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

async function currentVersion(): Promise<number> {
  const db = openAppDatabase(newName());
  await db.open();
  const version = db.verno;
  db.close();
  return version;
}

type AnyTable = Table<unknown, unknown>;
const keyText = (key: unknown) => JSON.stringify(key);
const primaryKey = (table: AnyTable, record: unknown): unknown => Dexie.getByKeyPath(record as object, table.schema.primKey.keyPath as string | string[]);
const byKey = (table: AnyTable, list: readonly unknown[]) =>
  [...list].sort((a, b) => keyText(primaryKey(table, a)).localeCompare(keyText(primaryKey(table, b))));

/** Each index of `table` finds each record by that record's own value(s). */
async function expectIndexesAnswer(table: AnyTable, records: readonly unknown[]): Promise<number> {
  let lookups = 0;
  for (const record of records) {
    const key = primaryKey(table, record);
    expect(await table.get(key as never), `${table.name} by primary key ${keyText(key)}`).toEqual(record);
    for (const index of table.schema.indexes) {
      const value: unknown = Dexie.getByKeyPath(record as object, index.keyPath as string | string[]);
      if (value === undefined) continue;
      for (const each of index.multi ? (value as unknown[]) : [value]) {
        const found = await table.where(index.name).equals(each as never).primaryKeys();
        expect(found.map(keyText), `${table.name}.${index.name} = ${keyText(each)}`).toContain(keyText(key));
        lookups++;
      }
    }
  }
  return lookups;
}

/** Today's validation accepts each stored record (inputs are stripped of the stored-only fields). */
function expectSchemasAccept(rows: Record<string, unknown[]>): void {
  const schemas = {
    orgs: orgInputSchema,
    cells: cellInputSchema,
    officials: officialInputSchema,
    registrations: registrationInputSchema,
    meetings: meetingNoticeSchema,
    recommendations: recommendationInputSchema,
  };
  for (const [table, schema] of Object.entries(schemas)) {
    for (const record of rows[table] ?? []) expect(schema.safeParse(record).error, `${table} ${keyText(record)}`).toBeUndefined();
  }
}

async function openUpgraded(fixture: VersionFixture): Promise<AppDatabase> {
  const name = newName();
  await writeVersionDatabase(name, fixture);
  const db = openAppDatabase(name);
  await db.open();
  return db;
}

describe.each(VERSION_FIXTURES.map((f) => [f.version, f] as const))('a database written by version %i', (version, fixture) => {
  it('opens at the current version with every record of every table unchanged', async () => {
    const db = await openUpgraded(fixture);
    expect(db.verno).toBe(await currentVersion());
    for (const table of db.tables) {
      if (table.name === 'settings') continue;
      const written = fixture.rows[table.name] ?? [];
      expect(await table.toArray(), `table ${table.name}`).toEqual(byKey(table as AnyTable, written));
    }
    // Tables the old version did not have exist now, empty, and accept records.
    const later = db.tables.filter((t) => !(t.name in fixture.stores));
    for (const table of later) expect(await table.count(), `new table ${table.name}`).toBe(0);
    expect(later.map((t) => t.name).sort()).toEqual(db.tables.map((t) => t.name).filter((n) => !(n in fixture.stores)).sort());
    db.close();
  });

  it('fills what later versions added to the settings, and today’s settings schema reads them unchanged', async () => {
    const db = await openUpgraded(fixture);
    expect(await db.settings.count()).toBe(1);
    const stored = await db.settings.get(SETTINGS_ID);
    const { id: _id, ...raw } = stored!;
    expect(raw).toEqual(fixture.upgradedSettings);
    expect(raw.mode).toBe('district');
    expect(raw.rules.noticeDays).toBeTypeOf('number');
    expect(settingsSchema.parse(raw)).toEqual(fixture.upgradedSettings);
    expect(await getSettings(db)).toEqual(fixture.upgradedSettings);
    db.close();
  });

  it('answers every index for every record, and today’s schemas accept the records', async () => {
    const db = await openUpgraded(fixture);
    let lookups = 0;
    for (const table of db.tables) lookups += await expectIndexesAnswer(table as AnyTable, await table.toArray());
    expect(lookups).toBeGreaterThan(20);
    expectSchemasAccept(fixture.rows);
    // Range queries the pages rely on still work on upgraded data.
    expect((await db.registrations.where('years').equals(2026).primaryKeys()).sort()).toEqual(['reg-3', 'reg-5']);
    if (version >= 5) expect(await db.meetings.where('date').between('2025-01-01', '2025-06-30', true, true).primaryKeys()).toEqual(['m-1', 'm-2']);
    db.close();
  });

  it('keeps auto-increment keys counting on from the stored ones', async () => {
    const db = await openUpgraded(fixture);
    const stored = fixture.rows.balanceUndo?.length ?? 0;
    const id = await db.balanceUndo.add({ year: 2026, appliedAt: '2026-01-02T00:00:00.000Z', created: [], moved: [], names: {} });
    expect(id).toBe(stored + 1);
    db.close();
  });
});

describe('upgrade fixtures cover the schema history', () => {
  it('has a fixture for every version database.ts declares before the current one', async () => {
    const current = await currentVersion();
    const covered = VERSION_FIXTURES.map((f) => f.version);
    const expected = Array.from({ length: current - 1 }, (_, i) => i + 1);
    const missing = expected.filter((v) => !covered.includes(v));
    expect(
      missing,
      `renderer/db/database.ts declares version ${current}, but no fixture writes a database of version ${missing.join(', ')}. ` +
        'Add one to VERSION_FIXTURES in test/renderer/db/fixtures-versions.ts (that version\'s stores and records as it wrote them) ' +
        'and say in upgradedSettings what the new version must fill in.',
    ).toEqual([]);
    expect(covered, 'fixtures are the earlier versions, oldest first, each once').toEqual(expected);
  });

  it('each fixture declares the stores of the one before it, plus what its version added', () => {
    VERSION_FIXTURES.forEach((fixture, i) => {
      const previous = VERSION_FIXTURES[i - 1];
      if (!previous) return;
      for (const [table, spec] of Object.entries(previous.stores)) expect(fixture.stores[table], `v${fixture.version}.${table}`).toBe(spec);
    });
  });
});
