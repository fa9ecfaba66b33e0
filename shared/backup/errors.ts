/**
 * Why a backup file was refused. The message is already Vietnamese and names what is wrong,
 * because the clerk must decide whether to look for another file; the code lets tests and the
 * UI tell the cases apart without parsing text.
 */
export type BackupErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-gzip'
  | 'damaged'
  | 'not-json'
  | 'foreign'
  | 'newer-format'
  | 'newer-schema'
  | 'checksum'
  | 'counts'
  | 'references';

export class BackupError extends Error {
  override readonly name = 'BackupError';

  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isBackupError(value: unknown): value is BackupError {
  return value instanceof BackupError;
}
