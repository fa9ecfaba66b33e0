/**
 * What the backup buttons do, apart from React so tests can drive them: where a backup goes
 * depends on the platform, the database part lives in renderer/db/backup.
 */
import { BACKUP_EXTENSION, type VerifiedBackup } from '../../../shared/backup/format';
import { createBackup, hasData, recordBackup, type CreatedBackup } from '../../db/backup/create-backup';
import { restoreBackup, type RestoreResult } from '../../db/backup/restore-backup';
import type { AppDatabase } from '../../db/database';
import type { FileFilter, Platform } from '../../platform/types';

export const backupFilters = (name: string): FileFilter[] => [{ name, extensions: [BACKUP_EXTENSION] }];

/** "Sao lưu ngay": a save dialog on the desktop, a download on the web. Null when cancelled. */
export async function backupNow(db: AppDatabase, platform: Platform, filterName: string): Promise<string | null> {
  const backup = await createBackup(db, 'manual');
  const result = await platform.saveFile(backup.fileName, backup.bytes, backupFilters(filterName));
  if (!result.saved) return null;
  await recordBackup(db, backup.manifest.createdAt);
  return result.location;
}

/**
 * The copy of the current data taken before a restore: into the backups folder on the desktop
 * (next to the automatic ones, found with "Mở thư mục sao lưu"); on the web a download, the only
 * place outside the browser's storage a page can write. Returns where it went.
 */
async function keepSafetyCopy(platform: Platform, backup: CreatedBackup, filterName: string): Promise<string> {
  if (platform.backups) return (await platform.backups.write('before-restore', backup.bytes)).location;
  const result = await platform.saveFile(backup.fileName, backup.bytes, backupFilters(filterName));
  if (!result.saved) throw new Error('Chưa lưu được bản sao lưu dữ liệu hiện tại, nên chưa khôi phục.');
  return result.location;
}

export async function restoreFromFile(
  db: AppDatabase,
  platform: Platform,
  verified: VerifiedBackup,
  filterName: string,
): Promise<RestoreResult & { safetyLocation: string }> {
  let safetyLocation = '';
  const result = await restoreBackup(db, verified, {
    keepSafetyCopy: async (backup) => {
      safetyLocation = await keepSafetyCopy(platform, backup, filterName);
    },
  });
  return { ...result, safetyLocation };
}

/** Desktop: the automatic backup of the given kind, when there is data to back up. */
export async function autoBackup(db: AppDatabase, platform: Platform, kind: 'daily' | 'quit'): Promise<boolean> {
  if (!platform.backups || !(await hasData(db))) return false;
  const backup = await createBackup(db, kind);
  await platform.backups.write(kind, backup.bytes);
  await recordBackup(db, backup.manifest.createdAt);
  return true;
}

/** Desktop, once per platform: the daily backup now, the quit backup when main asks for it. */
const started = new WeakSet<object>();

export function startAutoBackups(db: AppDatabase, platform: Platform): void {
  const backups = platform.backups;
  if (!backups || started.has(backups)) return;
  started.add(backups);
  void backups
    .status()
    .then((status) => (status.dailyDue ? autoBackup(db, platform, 'daily') : false))
    .catch((error: unknown) => console.error('Sao lưu tự động hằng ngày không thành công:', error));
  void backups.waitForQuit().then(
    () =>
      autoBackup(db, platform, 'quit')
        .catch((error: unknown) => console.error('Sao lưu khi thoát không thành công:', error))
        .finally(() => void backups.quitDone().catch(() => undefined)),
    (error: unknown) => console.error('Không chờ được tín hiệu thoát:', error),
  );
}
