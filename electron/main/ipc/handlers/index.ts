/**
 * The handler map for every channel. Dialogs are attached to the main window so they are
 * modal to it; Electron objects come in as arguments so tests can pass fakes.
 */
import type { App, BrowserWindow, Dialog, Shell } from 'electron';
import type { QuitBackup } from '../../backup/quit-backup';
import type { IpcHandlers } from '../router';
import { createAppInfo } from './app-info';
import { createAppPrint } from './app-print';
import { createBackupHandlers } from './backup-auto';
import { createFileOpen, type FileOpenDeps } from './file-open';
import { createFileOpenMany } from './file-open-many';
import { createFileSave } from './file-save';

export interface HandlerDeps {
  app: Pick<App, 'getName' | 'getVersion' | 'getPath'>;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  getWindow(): BrowserWindow | null;
  shell: Pick<Shell, 'openPath'>;
  quitBackup: QuitBackup;
}

export function createHandlers({ app, dialog, getWindow, shell, quitBackup }: HandlerDeps): IpcHandlers {
  const documentsDir = () => app.getPath('documents');
  const openWindow = () => {
    const window = getWindow();
    return window && !window.isDestroyed() ? window : null;
  };
  const showOpenDialog: FileOpenDeps['showOpenDialog'] = (options) => {
    const window = openWindow();
    return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
  };
  return {
    'file:save': createFileSave({
      documentsDir,
      showSaveDialog: (options) => {
        const window = openWindow();
        return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
      },
    }),
    'file:open': createFileOpen({ documentsDir, showOpenDialog }),
    'file:open-many': createFileOpenMany({ documentsDir, showOpenDialog }),
    'app:print': createAppPrint({ getWebContents: () => openWindow()?.webContents ?? null }),
    'app:info': createAppInfo(app),
    ...createBackupHandlers({ userData: () => app.getPath('userData'), shell, quitBackup }),
  };
}
