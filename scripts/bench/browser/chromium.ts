/**
 * Debian's Chromium, launched the way the e2e tests launch it (playwright.config.ts): never
 * a downloaded browser, which these machines cannot fetch.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** CHROMIUM_PATH or /usr/bin/chromium, if that file exists. */
export function chromiumPath(): { path: string; found: boolean } {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return { path, found: existsSync(path) };
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** A fresh profile (its own, empty IndexedDB) with the e2e tests' screen, language and time zone. */
export function freshContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
}
