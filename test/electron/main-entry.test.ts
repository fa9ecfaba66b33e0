/**
 * The real main-process entry (electron/main/index.ts) against a mocked 'electron' module:
 * the policy is attached before the first window exists, the window gets the hardened
 * webPreferences, IPC goes through the sender check, and a packaged app never loads the dev
 * server even when the environment names one.
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindowConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../shared/ipc/contract';

// index.ts computes its paths from its own folder: out/main in the build, electron/main here.
const rendererDir = path.resolve(__dirname, '../../electron/renderer');
const appPage = pathToFileURL(path.join(rendererDir, 'index.html')).href;

type Listener = (event: { senderFrame: unknown }, ...args: unknown[]) => Promise<unknown>;

function fakeElectron(options: { isPackaged: boolean; singleInstance?: boolean }) {
  const log: string[] = [];
  const listeners = new Map<string, Listener>();
  const windows: FakeWindow[] = [];
  class FakeWindow extends EventEmitter {
    static getAllWindows = () => windows;
    readonly options: BrowserWindowConstructorOptions;
    readonly loadFile = vi.fn(async () => undefined);
    readonly loadURL = vi.fn(async () => undefined);
    readonly webContents = { print: vi.fn() };
    constructor(windowOptions: BrowserWindowConstructorOptions) {
      super();
      log.push('window');
      this.options = windowOptions;
      windows.push(this);
    }
    isDestroyed = () => false;
    close = vi.fn();
  }
  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged,
    requestSingleInstanceLock: () => options.singleInstance ?? true,
    whenReady: () => Promise.resolve(),
    quit: vi.fn(),
    exit: vi.fn(),
    getName: () => 'app',
    getVersion: () => '0.1.0',
    getPath: () => '/home/u/.config/app',
  });
  const step = (name: string) => vi.fn(() => void log.push(name));
  const session = {
    defaultSession: {
      webRequest: { onHeadersReceived: step('csp') },
      setPermissionRequestHandler: step('permission-request'),
      setPermissionCheckHandler: step('permission-check'),
      setDevicePermissionHandler: step('device-permission'),
    },
  };
  const ipcMain = {
    handle: vi.fn((channel: string, listener: Listener) => {
      log.push(`ipc:${channel}`);
      listeners.set(channel, listener);
    }),
  };
  const module = { app, BrowserWindow: FakeWindow, session, ipcMain, dialog: {}, shell: { openPath: vi.fn(async () => '') } };
  return { module, log, listeners, windows, app };
}

async function start(options: { isPackaged: boolean; singleInstance?: boolean }) {
  const electron = fakeElectron(options);
  vi.resetModules();
  vi.doMock('electron', () => ({ ...electron.module, default: electron.module }));
  await import('../../electron/main/index');
  // whenReady().then(...) runs on the next microtasks.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return electron;
}

afterEach(() => {
  vi.doUnmock('electron');
  vi.unstubAllEnvs();
});

describe('electron/main/index.ts', () => {
  it('attaches the security policy and IPC before it opens the window', async () => {
    const { log, app } = await start({ isPackaged: true });
    const windowAt = log.indexOf('window');
    expect(windowAt).toBeGreaterThan(0);
    for (const step of ['csp', 'permission-request', 'permission-check', 'device-permission', ...IPC_CHANNELS.map((c) => `ipc:${c}`)]) {
      expect(log.indexOf(step), step).toBeGreaterThanOrEqual(0);
      expect(log.indexOf(step), step).toBeLessThan(windowAt);
    }
    expect(app.listenerCount('web-contents-created')).toBe(1);
  });

  it('opens one window with the hardened webPreferences and the bundled preload', async () => {
    const { windows } = await start({ isPackaged: true });
    expect(windows).toHaveLength(1);
    const prefs = windows[0]?.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs?.preload).toBe(path.resolve(__dirname, '../../electron/preload/index.js'));
    for (const risky of ['experimentalFeatures', 'enableBlinkFeatures', 'additionalArguments', 'enableRemoteModule']) {
      expect(prefs ?? {}, risky).not.toHaveProperty(risky);
    }
  });

  it('a packaged app loads its own index.html, never the dev server named in the environment', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    const { windows, listeners } = await start({ isPackaged: true });
    expect(windows[0]?.loadFile).toHaveBeenCalledWith(path.join(rendererDir, 'index.html'));
    expect(windows[0]?.loadURL).not.toHaveBeenCalled();
    const info = listeners.get('app:info');
    await expect(info?.({ senderFrame: { parent: null, url: 'http://localhost:5173/' } }, {})).resolves.toMatchObject({
      error: { code: 'forbidden-sender' },
    });
  });

  it('answers IPC from the app page main frame only', async () => {
    const { listeners } = await start({ isPackaged: true });
    const info = listeners.get('app:info');
    await expect(info?.({ senderFrame: { parent: null, url: appPage } }, {})).resolves.toMatchObject({ ok: true });
    const iframe = { parent: { parent: null, url: appPage }, url: appPage };
    await expect(info?.({ senderFrame: iframe }, {})).resolves.toMatchObject({ error: { code: 'forbidden-sender' } });
    await expect(info?.({ senderFrame: { parent: null, url: 'https://example.com/' } }, {})).resolves.toMatchObject({
      error: { code: 'forbidden-sender' },
    });
  });

  it('uses the dev server only when not packaged', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    const { windows } = await start({ isPackaged: false });
    expect(windows[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    expect(windows[0]?.loadFile).not.toHaveBeenCalled();
  });

  it('a second instance quits without opening a window or registering IPC', async () => {
    const { windows, listeners, app } = await start({ isPackaged: true, singleInstance: false });
    expect(app.quit).toHaveBeenCalled();
    expect(windows).toHaveLength(0);
    expect(listeners.size).toBe(0);
  });
});
