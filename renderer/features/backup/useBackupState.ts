import { useLiveQuery } from 'dexie-react-hooks';
import { hasData, lastBackupAt } from '../../db/backup/create-backup';
import { useDb } from '../../db/useDb';

export interface BackupState {
  lastBackupAt: string | undefined;
  hasData: boolean;
}

/** When the data was last backed up, live: undefined while loading. */
export function useBackupState(): BackupState | undefined {
  const db = useDb();
  return useLiveQuery(async () => ({ lastBackupAt: await lastBackupAt(db), hasData: await hasData(db) }), [db]);
}
