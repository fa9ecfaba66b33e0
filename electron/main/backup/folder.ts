/**
 * The desktop app's backups folder, <userData>/backups. Files are named here from the kind and
 * the clock, never from the renderer, and pruning deletes only files with the app's own
 * automatic names: a copy the clerk dropped into the folder is never touched.
 */
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AUTO_BACKUP_NAME, BEFORE_RESTORE_NAME, backupFileName, localDay, type BackupKind } from '../../../shared/backup/format';

/** How many of each kind (automatic, before-restore) are kept. */
export const KEEP_BACKUPS = 14;

export function backupsDir(userData: string): string {
  return path.join(userData, 'backups');
}

function patternFor(kind: BackupKind): RegExp {
  return kind === 'before-restore' ? BEFORE_RESTORE_NAME : AUTO_BACKUP_NAME;
}

/** Newest first: by day and time, then by the same-minute counter. */
function newestFirst(pattern: RegExp, names: string[]): string[] {
  const key = (name: string) => {
    const match = pattern.exec(name);
    return `${match?.[1] ?? ''}-${match?.[2] ?? ''}-${(match?.[3] ?? '1').padStart(4, '0')}`;
  };
  return names.filter((name) => pattern.test(name)).sort((a, b) => key(b).localeCompare(key(a)));
}

/**
 * A name not yet taken: a second backup in the same minute gets the next counter after the
 * highest one present (not the lowest free one, which pruning may have freed), so names keep
 * their order.
 */
function freeName(kind: BackupKind, now: Date, existing: readonly string[]): string {
  const base = backupFileName(kind, now);
  const stem = base.replace(/\.dkbak$/, '');
  let highest = 0;
  for (const name of existing) {
    if (name === base) highest = Math.max(highest, 1);
    const counter = name.startsWith(`${stem}-`) ? /^-(\d+)\.dkbak$/.exec(name.slice(stem.length))?.[1] : undefined;
    if (counter) highest = Math.max(highest, Number(counter));
  }
  return highest === 0 ? base : `${stem}-${highest + 1}.dkbak`;
}

/** Deletes the oldest files of the kind beyond `keep`; returns how many went. */
export async function pruneBackups(dir: string, kind: BackupKind, keep = KEEP_BACKUPS): Promise<number> {
  const old = newestFirst(patternFor(kind), await readdir(dir)).slice(keep);
  await Promise.all(old.map((name) => rm(path.join(dir, name), { force: true })));
  return old.length;
}

/**
 * Writes one backup into the folder: first under a temporary name, then renamed, so a crash
 * mid-write never leaves a truncated file that looks like a backup.
 */
export async function writeBackup(dir: string, kind: BackupKind, data: Uint8Array, now: Date): Promise<{ location: string; removed: number }> {
  await mkdir(dir, { recursive: true });
  const name = freeName(kind, now, await readdir(dir));
  const location = path.join(dir, name);
  const partial = `${location}.tmp`;
  await writeFile(partial, data, { flag: 'w' });
  await rename(partial, location);
  return { location, removed: await pruneBackups(dir, kind) };
}

/** Whether today (local date) has no automatic backup yet. */
export async function isDailyDue(dir: string, now: Date): Promise<boolean> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const today = localDay(now);
  return !names.some((name) => AUTO_BACKUP_NAME.exec(name)?.[1] === today);
}
