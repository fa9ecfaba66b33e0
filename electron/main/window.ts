/**
 * The app's one window. Options are a pure function so a test can pin the security-relevant
 * flags; the BrowserWindow class is passed in so this module never loads Electron at runtime.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

export const WINDOW_TITLE = 'Theo dõi dự sinh hoạt chi bộ';

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    // Shown on ready-to-show, so the clerk never sees an empty white frame.
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}

export interface WindowPaths {
  preloadPath: string;
  indexHtml: string;
  /** electron-vite's dev server; only honoured when the app is not packaged. */
  devUrl?: string | undefined;
}

export function createMainWindow(
  BrowserWindowClass: typeof BrowserWindow,
  paths: WindowPaths,
): BrowserWindow {
  const window = new BrowserWindowClass(windowOptions(paths.preloadPath));
  window.once('ready-to-show', () => window.show());
  // The page's <title> would otherwise replace the Vietnamese window title.
  window.on('page-title-updated', (event) => event.preventDefault());
  const loading = paths.devUrl ? window.loadURL(paths.devUrl) : window.loadFile(paths.indexHtml);
  loading.catch((error: unknown) => console.error('Không tải được giao diện ứng dụng:', error));
  return window;
}
