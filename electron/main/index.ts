/** Main process entry: wires the modules together and owns the app lifecycle, nothing else. */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { createQuitBackup, holdCloseForBackup } from './backup/quit-backup';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/router';
import { applySecurity, isTrustedSender, type AppOrigin } from './security';
import { createMainWindow } from './window';

// Built layout: out/main/index.js beside out/preload and out/renderer.
const outDir = path.join(__dirname, '..');
const origin: AppOrigin = {
  rendererDir: path.join(outDir, 'renderer'),
  // electron-vite sets this for `electron-vite dev`; a packaged app never loads a server.
  devUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
};

let mainWindow: BrowserWindow | null = null;
const quitBackup = createQuitBackup();
// A held window close cancels app.quit(); remember it so quitting resumes after the backup.
let quitRequested = false;

function openMainWindow(): void {
  mainWindow = createMainWindow(BrowserWindow, {
    preloadPath: path.join(outDir, 'preload', 'index.js'),
    indexHtml: path.join(origin.rendererDir, 'index.html'),
    devUrl: origin.devUrl,
  });
  holdCloseForBackup(mainWindow, quitBackup, () => {
    if (quitRequested) app.quit();
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

// Two instances would open the same IndexedDB from two processes; the second one hands over.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('before-quit', () => {
    quitRequested = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app
    .whenReady()
    .then(() => {
      applySecurity(app, session.defaultSession, origin);
      registerIpc(ipcMain, createHandlers({ app, dialog, shell, quitBackup, getWindow: () => mainWindow }), (frame) =>
        isTrustedSender(frame, origin.rendererDir, origin.devUrl),
      );
      openMainWindow();
    })
    .catch((error: unknown) => {
      console.error('Không khởi động được ứng dụng:', error);
      app.exit(1);
    });
}
