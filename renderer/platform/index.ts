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
