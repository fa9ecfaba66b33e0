// @vitest-environment jsdom
// (dexie-export-import reads `self` when it loads, as in a browser.)
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppDatabase } from '../../../renderer/db/database';
import { createBackup, lastBackupAt, recordBackup } from '../../../renderer/db/backup/create-backup';
import { gunzip, gzip } from '../../../renderer/db/backup/gzip';
import { readBackupFile } from '../../../renderer/db/backup/read-backup';
import { restoreBackup } from '../../../renderer/db/backup/restore-backup';
import { appSchemaVersion } from '../../../renderer/db/backup/schema-version';
import { BackupError } from '../../../shared/backup/errors';
import { BACKUP_TABLES } from '../../../shared/backup/format';
import { undoLast } from '../../../renderer/db/audit-undo';
import { seedEveryTable, snapshot } from './backup-fixtures';
import { freshDb } from './fixtures';

let db: AppDatabase;
beforeEach(async () => {
  db = freshDb();
  await seedEveryTable(db);
});
afterEach(async () => {
  await db.delete();
});

const keep = () => vi.fn(async () => undefined);

async function mutate(): Promise<void> {
  await db.orgs.update('o-xa', { name: 'Đảng bộ xã đã đổi tên' });
  await db.registrations.delete('r-6');
  await db.officials.add({ id: 'p-moi', name: 'Cán bộ mới', position: '', group: 'member', committee: '', area: '', field: '', capacity: 1 });
  await db.audit.add({ at: '2025-04-01T00:00:00.000Z', action: 'delete', entity: 'registration', summary: 'Xóa' });
  await db.importMappings.clear();
}

describe('createBackup', () => {
  it('writes a gzip file named by kind and local time, with version, schema and counts', async () => {
    const backup = await createBackup(db, 'manual', new Date(2025, 2, 14, 9, 5));
    expect(backup.fileName).toBe('Sao-luu-2025-03-14-0905.dkbak');
    expect([...backup.bytes.slice(0, 2)]).toEqual([0x1f, 0x8b]);
    expect(backup.manifest).toMatchObject({ appVersion: expect.any(String), schemaVersion: db.verno });
    const counts = Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (t) => [t, await db.table(t).count()] as const)));
    expect(backup.manifest.counts).toEqual(counts);
    expect(counts).toMatchObject({ orgs: 2, cells: 4, registrations: 6, meetings: 1, recommendations: 1, submissions: 1 });
    expect(backup.manifest.checksum.value).toMatch(/^[0-9a-f]{64}$/);
  });

  it('records the last backup time in meta, which is never part of a backup', async () => {
    await recordBackup(db, '2025-05-01T10:00:00.000Z');
    expect(await lastBackupAt(db)).toBe('2025-05-01T10:00:00.000Z');
    const verified = await readBackupFile((await createBackup(db)).bytes);
    expect(verified.exportText).not.toContain('lastBackupAt');
  });

  it('knows its own schema version', () => {
    expect(appSchemaVersion()).toBe(db.verno);
  });
});

describe('restoreBackup', () => {
  it('gives back exactly the backed-up records in every table, keeps meta, and adds to the log instead of replacing it', async () => {
    const before = await snapshot(db);
    const verified = await readBackupFile((await createBackup(db)).bytes);
    await mutate();
    const mutatedLog = await db.audit.toArray();
    await restoreBackup(db, verified, { keepSafetyCopy: keep() });
    const { audit, ...after } = await snapshot(db);
    const { audit: _backedUpLog, ...expected } = before;
    expect(after).toStrictEqual(expected);
    expect(audit?.slice(0, -1)).toStrictEqual(mutatedLog);
    expect(audit?.at(-1)).toMatchObject({ action: 'restore', entity: 'database', summary: expect.stringContaining('Khôi phục dữ liệu') });
  });

  it('can be undone from the log: the data replaced comes back exactly', async () => {
    const verified = await readBackupFile((await createBackup(db)).bytes);
    await mutate();
    const { audit: _log, ...mutated } = await snapshot(db);
    await restoreBackup(db, verified, { keepSafetyCopy: keep() });
    await undoLast(db);
    const { audit, ...back } = await snapshot(db);
    expect(back).toStrictEqual(mutated);
    expect(audit?.at(-1)).toMatchObject({ action: 'undo' });
  });

  it('first hands over a backup of the current data, which restores to that state', async () => {
    const verified = await readBackupFile((await createBackup(db)).bytes);
    await mutate();
    const { audit: _log, ...mutated } = await snapshot(db);
    const keepSafetyCopy = keep();
    const { safetyCopy } = await restoreBackup(db, verified, { keepSafetyCopy });
    expect(keepSafetyCopy).toHaveBeenCalledWith(safetyCopy);
    expect(safetyCopy.fileName).toMatch(/^Sao-luu-truoc-khoi-phuc-\d{4}-\d{2}-\d{2}-\d{4}\.dkbak$/);
    await restoreBackup(db, await readBackupFile(safetyCopy.bytes), { keepSafetyCopy: keep() });
    const { audit, ...back } = await snapshot(db);
    expect(back).toStrictEqual(mutated);
    expect((audit as { action: string }[] | undefined)?.filter((row) => row.action === 'restore')).toHaveLength(2);
  });

  it('replaces nothing when the safety copy cannot be kept', async () => {
    const verified = await readBackupFile((await createBackup(db)).bytes);
    await mutate();
    const mutated = await snapshot(db);
    const failing = vi.fn(async () => {
      throw new Error('Ổ đĩa đầy');
    });
    await expect(restoreBackup(db, verified, { keepSafetyCopy: failing })).rejects.toThrow('Ổ đĩa đầy');
    expect(await snapshot(db)).toStrictEqual(mutated);
  });

  it('leaves the database exactly as it was when the file is bad', async () => {
    const bytes = (await createBackup(db)).bytes;
    await mutate();
    const mutated = await snapshot(db);
    const damaged = bytes.slice();
    damaged[damaged.length - 12] = damaged[damaged.length - 12]! ^ 0xff;
    for (const bad of [damaged, bytes.slice(0, bytes.length / 2), new Uint8Array(), new TextEncoder().encode('{"a":1}')]) {
      await expect(readBackupFile(bad)).rejects.toBeInstanceOf(BackupError);
    }
    expect(await snapshot(db)).toStrictEqual(mutated);
  });

  it('refuses every damaged variant of a real file with a BackupError only', async () => {
    const bytes = (await createBackup(db)).bytes;
    const original = (await readBackupFile(bytes)).exportText;
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let i = 0; i < 60; i++) {
      const bad = i % 3 === 0 ? bytes.slice(0, next() % bytes.length) : bytes.slice();
      const at = 10 + (next() % (bad.length - 10));
      if (i % 3 !== 0) bad[at] = (bad[at] ?? 0) ^ (1 + (next() % 255));
      // A flip in the unused bits that pad deflate's last byte changes nothing the file says:
      // such a file may be read, but only if it gives back exactly the original data.
      const outcome = await readBackupFile(bad).then(
        (verified) => (verified.exportText === original ? 'read, data unchanged' : 'read, data changed'),
        (error: unknown) => (error instanceof BackupError ? 'refused' : error),
      );
      expect(['refused', 'read, data unchanged']).toContain(outcome);
    }
  });

  it('leaves no staging database behind', async () => {
    const verified = await readBackupFile((await createBackup(db)).bytes);
    await restoreBackup(db, verified, { keepSafetyCopy: keep() });
    expect((await Dexie.getDatabaseNames()).filter((name) => name.includes('khoi-phuc'))).toEqual([]);
  });
});

describe('gzip', () => {
  it('round-trips and refuses to inflate past the limit', async () => {
    const text = 'Sao lưu '.repeat(10_000);
    const bytes = new TextEncoder().encode(text);
    const packed = await gzip(bytes);
    expect(new TextDecoder().decode(await gunzip(packed, bytes.length))).toBe(text);
    await expect(gunzip(packed, 1000)).rejects.toMatchObject({ code: 'too-large' });
  });
});
