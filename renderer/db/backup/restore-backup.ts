/**
 * Replaces the data with a verified backup. dexie-export-import's importInto is not atomic
 * (with clearTablesBeforeImport it clears each table in its own transaction before importing),
 * and it bypasses the app's schema upgrades. So the file is first imported by the library into
 * a separate staging database (which revives its Typeson-encoded values), an older file is
 * upgraded there by opening it as the current AppDatabase (Dexie runs the same upgrades a real
 * database would go through), and only then are all tables replaced in ONE transaction here.
 */
import Dexie from 'dexie';
import { importDB } from 'dexie-export-import';
import { BackupError } from '../../../shared/backup/errors';
import { BACKUP_TABLES, type BackupTable, type VerifiedBackup } from '../../../shared/backup/format';
import { formatBackupTime, totalRecords } from '../../../shared/backup/display';
import { writeAudit } from '../audit';
import { snapshotData, TOUCHED_EVERYTHING } from '../data-snapshot';
import { AppDatabase } from '../database';
import { createBackup, type CreatedBackup } from './create-backup';

export interface RestoreOptions {
  /** Keeps the copy of the current data; if it throws, nothing is replaced. */
  keepSafetyCopy(backup: CreatedBackup): Promise<void>;
}

export interface RestoreResult {
  /** The copy of the data as it was before the restore. */
  safetyCopy: CreatedBackup;
  counts: Record<BackupTable, number>;
}

type StagedRows = Record<BackupTable, unknown[]>;

async function readStaged(staging: Dexie): Promise<StagedRows> {
  const names = new Set(staging.tables.map((t) => t.name));
  const entries = await Promise.all(
    BACKUP_TABLES.map(async (table) => [table, names.has(table) ? await staging.table(table).toArray() : []] as const),
  );
  return Object.fromEntries(entries) as StagedRows;
}

/** Imports the file into its own database, upgrades it to this app's schema and reads every table. */
async function stage(db: AppDatabase, verified: VerifiedBackup): Promise<StagedRows> {
  const name = `${db.name}-khoi-phuc-${crypto.randomUUID()}`;
  let staging: Dexie | undefined;
  try {
    staging = await importDB(new Blob([verified.exportText], { type: 'application/json' }), { name });
    if (staging.verno < db.verno) {
      staging.close();
      staging = new AppDatabase(name);
      await staging.open();
    }
    return await readStaged(staging);
  } catch (error) {
    console.error('Không nạp được tệp sao lưu:', error);
    throw new BackupError('damaged', 'Tệp sao lưu có dữ liệu không đọc được, không khôi phục được. Dữ liệu hiện tại giữ nguyên.');
  } finally {
    staging?.close();
    await Dexie.delete(name);
  }
}

function auditSummary(verified: VerifiedBackup): string {
  const { manifest } = verified;
  return (
    `Khôi phục dữ liệu từ tệp sao lưu lập lúc ${formatBackupTime(manifest.createdAt)} ` +
    `(phiên bản ${manifest.appVersion}, ${totalRecords(verified.counts)} bản ghi)`
  );
}

/**
 * The log is not restored: it is this machine's history, and the restore is one more event
 * in it. Its entry keeps every record it replaced, so "Hoàn tác" can put the data back
 * (the safety copy file is a second way back).
 */
const RESTORED_TABLES = BACKUP_TABLES.filter((name) => name !== 'audit');

async function replaceAll(db: AppDatabase, rows: StagedRows, verified: VerifiedBackup): Promise<void> {
  const tables = RESTORED_TABLES.map((name) => db.table(name));
  await db.transaction('rw', [...tables, db.audit], async () => {
    const { restore } = await snapshotData(db, tables);
    for (const table of tables) {
      await table.clear();
      await table.bulkAdd(rows[table.name as BackupTable]);
    }
    const undo = { restore, remove: {}, clearTables: [...RESTORED_TABLES] };
    await writeAudit(db, { action: 'restore', entity: 'database', summary: auditSummary(verified), undo, touched: TOUCHED_EVERYTHING });
  });
}

/**
 * Copies the current data away first (the caller keeps it: a download or the backups folder),
 * then replaces every table but `meta` and the log with the file's records in one transaction.
 */
export async function restoreBackup(db: AppDatabase, verified: VerifiedBackup, options: RestoreOptions): Promise<RestoreResult> {
  const rows = await stage(db, verified);
  const safetyCopy = await createBackup(db, 'before-restore');
  await options.keepSafetyCopy(safetyCopy);
  await replaceAll(db, rows, verified);
  return { safetyCopy, counts: verified.counts };
}
