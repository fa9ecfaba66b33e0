/** `window.api` exists only inside the Electron window, where the preload exposes it. */
import type { PreloadApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    api?: PreloadApi;
  }
}

export {};
