/**
 * What applySecurity attaches to the session and to every web contents, driven through fakes
 * of Electron's App, Session and WebContents: the handlers are called the way Electron calls
 * them, with many inputs, and must refuse everything that is not the app itself.
 */
import { EventEmitter } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { App, Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applySecurity } from '../../electron/main/security';

const appRoot = path.resolve('/opt/app/out/renderer');
const indexUrl = pathToFileURL(path.join(appRoot, 'index.html')).href;

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;
type OpenHandler = (details: { url: string; disposition: string }) => { action: string };

function setup(devUrl?: string) {
  const app = new EventEmitter();
  const session = {
    webRequest: { onHeadersReceived: vi.fn() },
    setPermissionRequestHandler: vi.fn<(handler: RequestHandler) => void>(),
    setPermissionCheckHandler: vi.fn<(handler: CheckHandler) => void>(),
    setDevicePermissionHandler: vi.fn<(handler: (details: unknown) => boolean) => void>(),
  };
  applySecurity(app as unknown as App, session as unknown as Session, { rendererDir: appRoot, devUrl });
  const newContents = () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn<(handler: OpenHandler) => void>() });
    app.emit('web-contents-created', { preventDefault: vi.fn() }, contents);
    return contents;
  };
  return { app, session, newContents };
}

/** Emits a navigation event the way Electron does and says whether the listener stopped it. */
function isBlocked(contents: EventEmitter, name: string, url: string): boolean {
  const event = { preventDefault: vi.fn(), url, isMainFrame: name !== 'will-frame-navigate' };
  if (name === 'will-frame-navigate') contents.emit(name, event);
  else contents.emit(name, event, url);
  return event.preventDefault.mock.calls.length > 0;
}

const PERMISSIONS = [
  'media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal',
  'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'idle-detection', 'hid', 'serial', 'usb',
  'mediaKeySystem', 'speaker-selection', 'storage-access', 'top-level-storage-access', 'window-management',
  'keyboardLock', 'fileSystem', 'unknown',
];

const FOREIGN_URLS = [
  'https://example.com/',
  'http://127.0.0.1:4873/',
  'http://localhost:5173/',
  pathToFileURL(path.resolve('/etc/passwd')).href,
  pathToFileURL(path.resolve('/opt/app/out/main/index.js')).href,
  'javascript:alert(1)',
  'data:text/html,<h1>x</h1>',
  'about:blank',
  'mailto:a@b.vn',
  'devtools://devtools/bundled/inspector.html',
  'chrome://settings',
];

describe('permissions', () => {
  it.each(PERMISSIONS)('denies the request for %s, once, never granting it', (permission) => {
    const { session } = setup();
    const decide = vi.fn();
    session.setPermissionRequestHandler.mock.calls[0]?.[0]({}, permission, decide, { requestingUrl: indexUrl });
    expect(decide.mock.calls).toEqual([[false]]);
  });

  it.each(PERMISSIONS)('answers the check for %s with false, even from the app page', (permission) => {
    const { session } = setup();
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0];
    expect(check?.({}, permission, 'file://', { requestingUrl: indexUrl })).toBe(false);
    expect(check?.(null, permission, 'https://example.com', {})).toBe(false);
  });

  it('grants no USB, HID or serial device, even one picked before', () => {
    const { session } = setup();
    const handler = session.setDevicePermissionHandler.mock.calls[0]?.[0];
    for (const deviceType of ['hid', 'serial', 'usb']) {
      expect(handler?.({ deviceType, origin: 'file://', device: { vendorId: 1 } })).toBe(false);
    }
  });

  it('installs each handler exactly once', () => {
    const { session } = setup();
    expect(session.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
    expect(session.setDevicePermissionHandler).toHaveBeenCalledTimes(1);
    expect(session.webRequest.onHeadersReceived).toHaveBeenCalledTimes(1);
  });
});

describe('window.open and links with target=_blank', () => {
  it.each([indexUrl, `${indexUrl}#/reports`, ...FOREIGN_URLS])('denies %s', (url) => {
    const contents = setup().newContents();
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0];
    for (const disposition of ['new-window', 'foreground-tab', 'background-tab', 'other']) {
      expect(handler?.({ url, disposition })).toEqual({ action: 'deny' });
    }
  });

  // shell.openPath is allowed (the backups folder, a path main computes); a URL never is.
  it('never hands a URL to the operating system (no shell.openExternal anywhere in electron/)', () => {
    const dir = path.resolve(__dirname, '../../electron');
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(sources.length).toBeGreaterThan(5);
    for (const file of sources) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/\bopenExternal\s*\(/);
    }
  });
});

describe('navigation', () => {
  const EVENTS = ['will-navigate', 'will-redirect', 'will-frame-navigate'];

  it.each(EVENTS)('%s: stops every URL outside the app', (name) => {
    const contents = setup().newContents();
    for (const url of FOREIGN_URLS) expect(isBlocked(contents, name, url), url).toBe(true);
  });

  it.each(EVENTS)('%s: lets the app move between its own pages', (name) => {
    const contents = setup().newContents();
    expect(isBlocked(contents, name, indexUrl)).toBe(false);
    expect(isBlocked(contents, name, `${indexUrl}#/settings`)).toBe(false);
  });

  it('allows the dev server only when the app was started with one', () => {
    const dev = setup('http://localhost:5173/').newContents();
    expect(isBlocked(dev, 'will-navigate', 'http://localhost:5173/#/x')).toBe(false);
    expect(isBlocked(dev, 'will-navigate', 'http://localhost:5174/')).toBe(true);
    expect(isBlocked(setup().newContents(), 'will-navigate', 'http://localhost:5173/')).toBe(true);
  });

  it('refuses to attach a <webview>, whatever it would load', () => {
    const contents = setup().newContents();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, { nodeIntegration: false }, { src: indexUrl });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('guards every web contents, not only the first one', () => {
    const { newContents } = setup();
    const first = newContents();
    const second = newContents();
    for (const contents of [first, second]) {
      expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
      expect(isBlocked(contents, 'will-navigate', 'https://example.com/')).toBe(true);
      expect(contents.listenerCount('will-attach-webview')).toBe(1);
    }
  });
});
