/** How a backup is described to the clerk: local "dd/mm/yyyy HH:mm" and record totals. */
import type { BackupTable } from './format';

const pad = (n: number) => String(n).padStart(2, '0');

/** "dd/mm/yyyy HH:mm" in local time, or '' for an unreadable timestamp. */
export function formatBackupTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  return `${pad(at.getDate())}/${pad(at.getMonth() + 1)}/${at.getFullYear()} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** What a restore puts back: every table but the log, which a restore never replaces. */
export function totalRecords(counts: Partial<Record<BackupTable, number>>): number {
  return Object.entries(counts).reduce<number>((sum, [table, n]) => (table === 'audit' ? sum : sum + (n ?? 0)), 0);
}

/** Whole days between two moments; the reminder banner shows after 7. */
export const BACKUP_REMINDER_DAYS = 7;

export function isBackupOverdue(lastBackupAt: string | undefined, now: Date, hasData: boolean): boolean {
  if (!hasData) return false;
  if (!lastBackupAt) return true;
  const last = new Date(lastBackupAt).getTime();
  if (Number.isNaN(last)) return true;
  return now.getTime() - last > BACKUP_REMINDER_DAYS * 24 * 60 * 60 * 1000;
}
