import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBackupTime } from '../../../shared/backup/display';
import { isBackupError } from '../../../shared/backup/errors';
import type { VerifiedBackup } from '../../../shared/backup/format';
import { readBackupFile } from '../../db/backup/read-backup';
import { useDb } from '../../db/useDb';
import { errorMessage } from '../../i18n/errors';
import { usePlatform } from '../../platform/usePlatform';
import { backupFilters, backupNow, restoreFromFile } from './backup-actions';

export type BackupNotice = { severity: 'success' | 'error' | 'info'; text: string };

/** The backup buttons' state: one action at a time, its outcome as a notice. */
export function useBackupActions() {
  const { t } = useTranslation('backup');
  const db = useDb();
  const platform = usePlatform();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<BackupNotice>();
  const [pending, setPending] = useState<{ name: string; verified: VerifiedBackup }>();

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await action();
    } catch (error) {
      // A refused file's message is already the clerk's Vietnamese explanation.
      setNotice({ severity: 'error', text: isBackupError(error) ? error.message : errorMessage(t, error) });
    } finally {
      setBusy(false);
    }
  };

  const saveNow = () =>
    run(async () => {
      const location = await backupNow(db, platform, t('fileFilter'));
      if (location) setNotice({ severity: 'success', text: t('saved', { location }) });
    });

  const pickFile = () =>
    run(async () => {
      const file = await platform.openFile(backupFilters(t('fileFilter')));
      if (!file) return;
      setNotice({ severity: 'info', text: t('reading') });
      const verified = await readBackupFile(file.data);
      setNotice(undefined);
      setPending({ name: file.name, verified });
    });

  const confirmRestore = () =>
    run(async () => {
      if (!pending) return;
      try {
        const { safetyLocation } = await restoreFromFile(db, platform, pending.verified, t('fileFilter'));
        const time = formatBackupTime(pending.verified.manifest.createdAt);
        setNotice({ severity: 'success', text: t('restored', { time, location: safetyLocation }) });
      } finally {
        setPending(undefined);
      }
    });

  return { busy, notice, pending, saveNow, pickFile, confirmRestore, cancelRestore: () => setPending(undefined) };
}
