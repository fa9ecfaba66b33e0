/**
 * Writes every table except `meta` into a backup file, in memory. dexie-export-import reads
 * all tables in one read transaction, so the file is one consistent moment of the data.
 */
import { exportDB } from 'dexie-export-import';
import { version as appVersion } from '../../../package.json';
import { buildBackupText } from '../../../shared/backup/build';
import { backupFileName, type BackupKind, type BackupManifest } from '../../../shared/backup/format';
import type { AppDatabase } from '../database';
import { gzip } from './gzip';

export interface CreatedBackup {
  bytes: Uint8Array;
  fileName: string;
  manifest: BackupManifest;
}

export const LAST_BACKUP_KEY = 'lastBackupAt';

export async function createBackup(db: AppDatabase, kind: BackupKind = 'manual', now = new Date()): Promise<CreatedBackup> {
  const blob = await exportDB(db, { skipTables: ['meta'] });
  const { text, manifest } = await buildBackupText(await blob.text(), { appVersion, schemaVersion: db.verno, createdAt: now });
  const bytes = await gzip(new TextEncoder().encode(text));
  return { bytes, fileName: backupFileName(kind, now), manifest };
}

/** Remembers when the data was last copied somewhere safe (for the reminder and Settings). */
export async function recordBackup(db: AppDatabase, at: string): Promise<void> {
  await db.meta.put({ key: LAST_BACKUP_KEY, value: at });
}

export async function lastBackupAt(db: AppDatabase): Promise<string | undefined> {
  const row = await db.meta.get(LAST_BACKUP_KEY);
  return typeof row?.value === 'string' ? row.value : undefined;
}

/** Whether there is anything worth backing up: a database that went through onboarding. */
export async function hasData(db: AppDatabase): Promise<boolean> {
  return (await db.settings.count()) > 0;
}
