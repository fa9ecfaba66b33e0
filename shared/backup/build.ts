/** Wraps a dexie-export-import text in the backup envelope: counts and checksum of exactly that text. */
import { sha256Hex } from '../submission/checksum';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_TABLES, type BackupManifest, type BackupTable } from './format';

export interface BackupOrigin {
  appVersion: string;
  schemaVersion: number;
  createdAt: Date;
}

interface ExportedTables {
  data: { data: { tableName: string; rows: unknown[] }[] };
}

function countRows(exportText: string): BackupManifest['counts'] {
  const exported = JSON.parse(exportText) as ExportedTables;
  const counts: Partial<Record<BackupTable, number>> = {};
  for (const part of exported.data.data) {
    if ((BACKUP_TABLES as string[]).includes(part.tableName)) counts[part.tableName as BackupTable] = part.rows.length;
  }
  return counts;
}

/** The envelope's JSON text (the caller compresses it). */
export async function buildBackupText(exportText: string, origin: BackupOrigin): Promise<{ text: string; manifest: BackupManifest }> {
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: origin.createdAt.toISOString(),
    appVersion: origin.appVersion,
    schemaVersion: origin.schemaVersion,
    counts: countRows(exportText),
    checksum: { algorithm: 'SHA-256', value: await sha256Hex(exportText) },
  };
  return { text: JSON.stringify({ manifest, data: exportText }), manifest };
}
