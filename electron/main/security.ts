/**
 * Security policy for the desktop app. The checks are pure functions so they are unit-tested
 * in Node; `applySecurity` only attaches them to Electron's app and session (passed in, so
 * this module never loads Electron at runtime).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App, Session } from 'electron';

/**
 * 'unsafe-inline' for styles only: MUI/emotion injects <style> tags at runtime.
 * Scripts never get it, nor 'unsafe-eval'. Blob workers serve the lazily loaded Excel writer.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Where the app's own pages come from: the built renderer folder, or electron-vite's dev server. */
export interface AppOrigin {
  rendererDir: string;
  devUrl?: string | undefined;
}

/** The part of a frame the sender check reads; Electron's WebFrameMain has both. */
export interface FrameLike {
  readonly parent: unknown;
  readonly url: string;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function isInsideDir(filePath: string, dir: string): boolean {
  const relative = path.relative(path.resolve(dir), path.resolve(filePath));
  const escapes = relative === '..' || relative.startsWith(`..${path.sep}`);
  return relative !== '' && !escapes && !path.isAbsolute(relative);
}

function isSameDevOrigin(url: URL, devUrl: string | undefined): boolean {
  const dev = devUrl ? parseUrl(devUrl) : null;
  if (!dev || (dev.protocol !== 'http:' && dev.protocol !== 'https:')) return false;
  return url.origin === dev.origin;
}

/**
 * True only for the app's own pages: a file:// URL inside the renderer folder, or the dev
 * server's origin when one is given. Everything else (web sites, other local files,
 * javascript:, data:) is refused, because a page from elsewhere would inherit `window.api`.
 */
export function isAllowedNavigation(url: string, appRoot: string, devUrl?: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === 'file:') {
    // fileURLToPath throws on encoded separators and foreign hosts: treat those as outside.
    try {
      return isInsideDir(fileURLToPath(parsed), appRoot);
    } catch {
      return false;
    }
  }
  return isSameDevOrigin(parsed, devUrl);
}

/**
 * IPC is answered only for the main frame of one of our own pages: an iframe, or a frame
 * that navigated somewhere else, gets nothing even though it shares the preload.
 */
export function isTrustedSender(
  frame: FrameLike | null | undefined,
  appRoot: string,
  devUrl?: string,
): boolean {
  if (!frame) return false;
  try {
    return frame.parent === null && isAllowedNavigation(frame.url, appRoot, devUrl);
  } catch {
    // A destroyed frame throws on property access; it cannot be trusted.
    return false;
  }
}

function withCspHeader(
  headers: Record<string, string | string[]> | undefined,
): Record<string, string | string[]> {
  const kept = Object.fromEntries(
    Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
  );
  return { ...kept, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}

/**
 * Session-wide: the CSP header on every response and no permission (camera, notifications,
 * USB/HID/serial devices…) ever. The app needs none, so there is no allow-list to get wrong.
 */
function secureSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // Without it, a device picked once in a chooser would stay granted for the session.
  session.setDevicePermissionHandler(() => false);
}

/**
 * Per web contents: no popups (external links included: nothing calls shell.openExternal),
 * no webviews, no navigation away from the app in the main frame or in any sub-frame.
 */
function secureWebContents(app: App, origin: AppOrigin): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
    const guard = (event: { preventDefault(): void }, url: string): void => {
      if (!isAllowedNavigation(url, origin.rendererDir, origin.devUrl)) event.preventDefault();
    };
    contents.on('will-navigate', guard);
    contents.on('will-redirect', guard);
    // will-navigate covers the main frame only; an iframe could otherwise load another page.
    contents.on('will-frame-navigate', (details) => guard(details, details.url));
  });
}

/** Call once, after `app` is ready and before the first window opens. */
export function applySecurity(app: App, session: Session, origin: AppOrigin): void {
  secureSession(session);
  secureWebContents(app, origin);
}
