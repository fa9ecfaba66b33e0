/**
 * The whole read-and-check of a backup file, before any data is touched. Throws only
 * BackupError for bad input: this is the function the fuzz tests feed arbitrary bytes.
 */
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { BackupError } from '../../../shared/backup/errors';
import type { VerifiedBackup } from '../../../shared/backup/format';
import { checkContainer, verifyBackupText } from '../../../shared/backup/verify';
import { appSchemaVersion } from './schema-version';
import { gunzip } from './gzip';

/** Text is ~10× smaller compressed; this leaves room for any real district or province. */
export const MAX_INFLATED_BYTES = 512 * 1024 * 1024;

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BackupError('not-json', 'Tệp sao lưu bị hỏng: nội dung giải nén không phải văn bản UTF-8.');
  }
}

export async function readBackupFile(bytes: Uint8Array, schemaVersion = appSchemaVersion()): Promise<VerifiedBackup> {
  checkContainer(bytes, MAX_FILE_BYTES);
  const text = decodeUtf8(await gunzip(bytes, MAX_INFLATED_BYTES));
  return verifyBackupText(text, schemaVersion);
}
