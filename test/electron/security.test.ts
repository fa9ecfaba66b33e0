import { EventEmitter } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { App, Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  applySecurity,
  CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  isTrustedSender,
  type FrameLike,
} from '../../electron/main/security';
import { WINDOW_TITLE, windowOptions } from '../../electron/main/window';

const appRoot = path.resolve('/opt/app/out/renderer');
const indexUrl = pathToFileURL(path.join(appRoot, 'index.html')).href;
const devUrl = 'http://localhost:5173/';

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );

  it.each([
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data: blob:"],
    ['font-src', "'self' data:"],
    ['connect-src', "'self'"],
    ['worker-src', "'self' blob:"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ])('sets %s to %s', (name, value) => {
    expect(directives.get(name)).toBe(value);
  });

  it('never allows eval or inline scripts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).not.toContain('unsafe-inline');
  });
});

describe('isAllowedNavigation', () => {
  it.each([
    ['the renderer index', indexUrl],
    ['a hash route', `${indexUrl}#/reports`],
    ['an asset inside the renderer', pathToFileURL(path.join(appRoot, 'assets', 'index.js')).href],
  ])('allows %s', (_label, url) => {
    expect(isAllowedNavigation(url, appRoot)).toBe(true);
  });

  it.each([
    ['a file outside the app', pathToFileURL(path.resolve('/etc/passwd')).href],
    ['a sibling folder with the same prefix', pathToFileURL(path.resolve('/opt/app/out/renderer-evil/index.html')).href],
    ['a dot-dot escape', `${pathToFileURL(appRoot).href}/../main/index.js`],
    ['an encoded dot-dot escape', `${pathToFileURL(appRoot).href}/%2e%2e/main/index.js`],
    ['an encoded slash', `${pathToFileURL(appRoot).href}/..%2F..%2Fetc/passwd`],
    ['the renderer folder itself', pathToFileURL(appRoot).href],
    ['https', 'https://example.com/'],
    ['http', 'http://127.0.0.1:4873/'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['about:blank', 'about:blank'],
    ['garbage', 'not a url'],
  ])('denies %s', (_label, url) => {
    expect(isAllowedNavigation(url, appRoot)).toBe(false);
  });

  it('allows the dev server origin only when one is given', () => {
    expect(isAllowedNavigation('http://localhost:5173/#/x', appRoot, devUrl)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5173/', appRoot)).toBe(false);
    expect(isAllowedNavigation('http://localhost:5174/', appRoot, devUrl)).toBe(false);
    expect(isAllowedNavigation('https://localhost:5173/', appRoot, devUrl)).toBe(false);
  });

  it('ignores a dev URL that is not http(s)', () => {
    expect(isAllowedNavigation('file:///etc/passwd', appRoot, 'file:///')).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const mainFrame: FrameLike = { parent: null, url: indexUrl };

  it('trusts the main frame of the app page', () => {
    expect(isTrustedSender(mainFrame, appRoot)).toBe(true);
  });

  it('refuses a sub-frame even when it shows an app page', () => {
    expect(isTrustedSender({ parent: mainFrame, url: indexUrl }, appRoot)).toBe(false);
  });

  it('refuses a main frame that navigated elsewhere', () => {
    expect(isTrustedSender({ parent: null, url: 'https://example.com/' }, appRoot)).toBe(false);
    expect(isTrustedSender({ parent: null, url: 'file:///etc/passwd' }, appRoot)).toBe(false);
  });

  it('refuses a missing or destroyed frame', () => {
    expect(isTrustedSender(null, appRoot)).toBe(false);
    expect(isTrustedSender(undefined, appRoot)).toBe(false);
    const destroyed = {
      parent: null,
      get url(): string {
        throw new Error('Render frame was disposed');
      },
    };
    expect(isTrustedSender(destroyed, appRoot)).toBe(false);
  });

  it('trusts the dev server only when given', () => {
    const frame = { parent: null, url: devUrl };
    expect(isTrustedSender(frame, appRoot, devUrl)).toBe(true);
    expect(isTrustedSender(frame, appRoot)).toBe(false);
  });
});

describe('windowOptions', () => {
  const options = windowOptions('/opt/app/out/preload/index.js');

  it('isolates the page from Node and Electron', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/opt/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('has the Vietnamese title and waits for ready-to-show', () => {
    expect(options.title).toBe(WINDOW_TITLE);
    expect(WINDOW_TITLE).toBe('Theo dõi dự sinh hoạt chi bộ');
    expect(options.show).toBe(false);
  });
});

describe('applySecurity', () => {
  type HeadersListener = (
    details: { responseHeaders?: Record<string, string[]> },
    callback: (response: { responseHeaders: Record<string, string | string[]> }) => void,
  ) => void;

  function setup() {
    const app = new EventEmitter();
    const session = {
      webRequest: { onHeadersReceived: vi.fn<(listener: HeadersListener) => void>() },
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    applySecurity(app as unknown as App, session as unknown as Session, { rendererDir: appRoot });
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    app.emit('web-contents-created', {}, contents);
    return { session, contents };
  }

  const navigation = () => ({ preventDefault: vi.fn() });

  it('replaces any CSP header with the strict one', () => {
    const { session } = setup();
    const listener = session.webRequest.onHeadersReceived.mock.calls[0]?.[0];
    const callback = vi.fn();
    listener?.({ responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('denies every permission request and check', () => {
    const { session } = setup();
    const decide = vi.fn();
    session.setPermissionRequestHandler.mock.calls[0]?.[0]({}, 'media', decide);
    expect(decide).toHaveBeenCalledWith(false);
    expect(session.setPermissionCheckHandler.mock.calls[0]?.[0]()).toBe(false);
  });

  it('denies new windows and webviews', () => {
    const { contents } = setup();
    expect(contents.setWindowOpenHandler.mock.calls[0]?.[0]({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    const event = navigation();
    contents.emit('will-attach-webview', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('stops navigation and redirects away from the app, not within it', () => {
    const { contents } = setup();
    for (const name of ['will-navigate', 'will-redirect']) {
      const away = navigation();
      contents.emit(name, away, 'https://example.com/');
      expect(away.preventDefault).toHaveBeenCalled();
      const inside = navigation();
      contents.emit(name, inside, indexUrl);
      expect(inside.preventDefault).not.toHaveBeenCalled();
    }
  });
});
