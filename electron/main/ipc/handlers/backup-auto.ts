/**
 * backup:* — the desktop app's automatic backups in <userData>/backups: write (named and
 * pruned here), whether today's is due, open the folder, and the quit handshake.
 */
import { mkdir } from 'node:fs/promises';
import type { Shell } from 'electron';
import type { BackupStatus, BackupWriteResult, IpcRequest } from '../../../../shared/ipc/contract';
import { backupsDir, isDailyDue, writeBackup } from '../../backup/folder';
import type { QuitBackup } from '../../backup/quit-backup';
import { UserFacingError } from '../errors';

export interface BackupHandlerDeps {
  userData(): string;
  shell: Pick<Shell, 'openPath'>;
  quitBackup: QuitBackup;
  now?(): Date;
}

export function createBackupHandlers(deps: BackupHandlerDeps) {
  const dir = () => backupsDir(deps.userData());
  const now = () => deps.now?.() ?? new Date();
  return {
    'backup:write': (request: IpcRequest<'backup:write'>): Promise<BackupWriteResult> =>
      writeBackup(dir(), request.kind, request.data, now()),
    'backup:status': async (_request: IpcRequest<'backup:status'>): Promise<BackupStatus> => ({
      folder: dir(),
      dailyDue: await isDailyDue(dir(), now()),
    }),
    'backup:open-folder': async (_request: IpcRequest<'backup:open-folder'>): Promise<{ opened: boolean }> => {
      await mkdir(dir(), { recursive: true });
      const failure = await deps.shell.openPath(dir());
      if (failure) throw new UserFacingError(`Không mở được thư mục sao lưu ${dir()}: ${failure}`);
      return { opened: true };
    },
    'backup:wait-for-quit': (_request: IpcRequest<'backup:wait-for-quit'>) => deps.quitBackup.waitForQuit(),
    'backup:quit-done': async (_request: IpcRequest<'backup:quit-done'>) => deps.quitBackup.done(),
  };
}
