/**
 * Platform over the preload's `window.api`. IPC answers with results, not exceptions; here
 * a failure becomes a thrown Error carrying main's Vietnamese message, so features handle
 * desktop and web errors the same way.
 */
import type { IpcChannel, IpcResponses, IpcResult, PreloadApi } from '../../shared/ipc/contract';
import type { AutoBackups, Platform } from './types';

export class PlatformError extends Error {
  override readonly name = 'PlatformError';

  constructor(
    readonly code: Extract<IpcResult<IpcChannel>, { ok: false }>['error']['code'],
    message: string,
  ) {
    super(message);
  }
}

async function unwrap<C extends IpcChannel>(pending: Promise<IpcResult<C>>): Promise<IpcResponses[C]> {
  const result = await pending;
  if (!result.ok) throw new PlatformError(result.error.code, result.error.message);
  return result.value;
}

/**
 * Names like "Báo cáo 12/2026" are natural here, but main refuses path characters in a
 * suggested name; replace them rather than fail the save.
 */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-').trim().slice(0, 200);
  return cleaned === '' || /^\.+$/.test(cleaned) ? 'tep' : cleaned;
}

/** The contract's schema types bytes as ArrayBuffer-backed; copy only the rare other kind. */
function arrayBufferBacked(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return isArrayBufferBacked(data) ? data : new Uint8Array(data);
}

function isArrayBufferBacked(data: Uint8Array): data is Uint8Array<ArrayBuffer> {
  return data.buffer instanceof ArrayBuffer;
}

function electronBackups(api: PreloadApi): AutoBackups {
  return {
    write: (kind, data) => unwrap(api['backup:write']({ kind, data: arrayBufferBacked(data) })),
    status: () => unwrap(api['backup:status']({})),
    openFolder: async () => {
      await unwrap(api['backup:open-folder']({}));
    },
    waitForQuit: async () => {
      await unwrap(api['backup:wait-for-quit']({}));
    },
    quitDone: async () => {
      await unwrap(api['backup:quit-done']({}));
    },
  };
}

export function createElectronPlatform(api: PreloadApi): Platform {
  return {
    runtime: 'electron',
    saveFile: (suggestedName, data, filters) =>
      unwrap(api['file:save']({ suggestedName: safeFileName(suggestedName), data: arrayBufferBacked(data), filters })),
    openFile: (filters) => unwrap(api['file:open']({ filters })),
    openFiles: (filters) => unwrap(api['file:open-many']({ filters })),
    print: async () => {
      await unwrap(api['app:print']({}));
    },
    appInfo: () => unwrap(api['app:info']({})),
    backups: electronBackups(api),
  };
}
