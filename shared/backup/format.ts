/**
 * The backup file: a gzip-compressed JSON envelope `{ manifest, data }`. `data` is the text
 * dexie-export-import wrote (every table except `meta`), kept as one string so the checksum
 * covers exactly the bytes that will be imported; `manifest` says who wrote it and what it holds.
 */
import { z } from 'zod';

export const BACKUP_FORMAT = 'theo-doi-du-sinh-hoat/sao-luu';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = 'dkbak';

/** Every table a backup holds, with its primary key as Dexie declares it. `meta` never travels. */
export const BACKUP_TABLE_KEYS = {
  settings: 'id',
  orgs: 'id',
  cells: 'id',
  officials: 'id',
  registrations: 'id',
  importMappings: '[kind+key]',
  balanceUndo: '++id',
  meetings: 'id',
  recommendations: 'id',
  submissions: 'id',
  audit: '++id',
} as const;
export type BackupTable = keyof typeof BACKUP_TABLE_KEYS;
export const BACKUP_TABLES = Object.keys(BACKUP_TABLE_KEYS) as BackupTable[];

/**
 * manual: "Sao lưu ngay"; daily/quit: the desktop app's automatic copies; before-restore: the
 * copy of the current data taken just before a restore replaces it.
 */
export const BACKUP_KINDS = ['manual', 'daily', 'quit', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

const NAME_PREFIX: Record<BackupKind, string> = {
  manual: 'Sao-luu',
  daily: 'Sao-luu-tu-dong',
  quit: 'Sao-luu-tu-dong',
  'before-restore': 'Sao-luu-truoc-khoi-phuc',
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "yyyy-mm-dd" of a moment in local time: the day the clerk sees on the calendar. */
export function localDay(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** e.g. `Sao-luu-2025-03-14-0930.dkbak`, in local time; names sort by time within a kind. */
export function backupFileName(kind: BackupKind, at: Date): string {
  return `${NAME_PREFIX[kind]}-${localDay(at)}-${pad(at.getHours())}${pad(at.getMinutes())}.${BACKUP_EXTENSION}`;
}

/**
 * Names the desktop app's own backups get (a second one in the same minute gets "-2", "-3"…):
 * groups 1-2 are the day and time, group 3 the optional counter. Main prunes only these.
 */
export const AUTO_BACKUP_NAME = /^Sao-luu-tu-dong-(\d{4}-\d{2}-\d{2})-(\d{4})(?:-(\d{1,4}))?\.dkbak$/;
export const BEFORE_RESTORE_NAME = /^Sao-luu-truoc-khoi-phuc-(\d{4}-\d{2}-\d{2})-(\d{4})(?:-(\d{1,4}))?\.dkbak$/;

export const backupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: true }),
  appVersion: z.string().min(1).max(50),
  /** `db.verno` of the database it was taken from. */
  schemaVersion: z.number().int().positive(),
  counts: z.partialRecord(z.enum(BACKUP_TABLES), z.number().int().nonnegative()),
  checksum: z.object({ algorithm: z.literal('SHA-256'), value: z.string().regex(/^[0-9a-f]{64}$/) }),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

export const backupEnvelopeSchema = z.object({ manifest: backupManifestSchema, data: z.string() });
export type BackupEnvelope = z.infer<typeof backupEnvelopeSchema>;

/** Dexie schema strings: field names and Dexie's index markers only. */
const dexieSchemaText = z.string().max(1000).regex(/^[A-Za-z0-9_+&*[\]., ]*$/);

/** What dexie-export-import writes (formatVersion 1); rows stay raw (Typeson-encoded) here. */
export const dexieExportSchema = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  data: z.object({
    databaseName: z.string(),
    databaseVersion: z.number().int().positive(),
    tables: z.array(z.object({ name: z.enum(BACKUP_TABLES), schema: dexieSchemaText, rowCount: z.number().int().nonnegative() })),
    data: z.array(
      z.object({ tableName: z.enum(BACKUP_TABLES), inbound: z.literal(true), rows: z.array(z.record(z.string(), z.unknown())) }),
    ),
  }),
});
export type DexieExport = z.infer<typeof dexieExportSchema>;
export type BackupRow = Record<string, unknown>;

/** A file that passed every check: safe to show in the confirmation and to restore. */
export interface VerifiedBackup {
  manifest: BackupManifest;
  /** Rows per table, as counted in the data (equal to the manifest's counts). */
  counts: Record<BackupTable, number>;
  /** The dexie-export-import text, exactly as checksummed. */
  exportText: string;
}
