// The layer rule bans the `electron` package; its gitignore-style pattern also matches this
// sibling file, which is the platform's own adapter over `window.api` and imports no Electron.
// eslint-disable-next-line no-restricted-imports
import { createElectronPlatform } from './electron';
import type { Platform } from './types';
import { createWebPlatform } from './web';

export type { Platform } from './types';

let platform: Platform | undefined;

/** The desktop preload exposes `window.api`; without it the same renderer runs as a web app. */
export function getPlatform(): Platform {
  platform ??= window.api ? createElectronPlatform(window.api) : createWebPlatform();
  return platform;
}
