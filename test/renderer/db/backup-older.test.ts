// @vitest-environment jsdom
// A backup from an older schema goes through the app's own Dexie upgrades on restore.
import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import { afterEach, expect, it } from 'vitest';
import { SETTINGS_ID } from '../../../renderer/db/database';
import { gzip } from '../../../renderer/db/backup/gzip';
import { readBackupFile } from '../../../renderer/db/backup/read-backup';
import { restoreBackup } from '../../../renderer/db/backup/restore-backup';
import { buildBackupText } from '../../../shared/backup/build';
import { settings } from '../../shared/fixtures/settings';
import { cells, orgs } from '../features/seed';
import { freshDb } from './fixtures';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** A backup file as a version-5 app (before province mode) would have written it. */
async function versionFiveBackup(): Promise<Uint8Array> {
  const name = `test-v5-${crypto.randomUUID()}`;
  names.push(name);
  const v5 = new Dexie(name);
  v5.version(5).stores({
    settings: 'id',
    orgs: 'id, name, type',
    cells: 'id, orgId, name',
    officials: 'id, name, group',
    registrations: 'id, officialId, cellId, *years',
    importMappings: '[kind+key]',
    balanceUndo: '++id',
    meetings: 'id, registrationId, date, status',
    recommendations: 'id, meetingId, status, dueDate',
  });
  const { mode: _mode, ...oldSettings } = settings;
  await v5.table('settings').put({ ...oldSettings, id: SETTINGS_ID });
  await v5.table('orgs').bulkAdd(orgs);
  await v5.table('cells').bulkAdd(cells);
  const exported = await (await exportDB(v5)).text();
  v5.close();
  const { text } = await buildBackupText(exported, { appVersion: '0.0.5', schemaVersion: 5, createdAt: new Date() });
  return gzip(new TextEncoder().encode(text));
}

it('restores a version-5 backup through the version-6 upgrade (settings gain the mode)', async () => {
  const db = freshDb();
  names.push(db.name);
  await db.table('submissions').add({ id: 'x', periodKey: '2025', committeeKey: 'k' });
  const verified = await readBackupFile(await versionFiveBackup());
  expect(verified.manifest.schemaVersion).toBe(5);
  await restoreBackup(db, verified, { keepSafetyCopy: async () => undefined });
  expect(await db.settings.get(SETTINGS_ID)).toMatchObject({ mode: 'district', committeeName: settings.committeeName });
  expect(await db.cells.count()).toBe(cells.length);
  // Tables the old schema did not have come back empty, not with the current data.
  expect(await db.submissions.count()).toBe(0);
  db.close();
});
