/**
 * The one IPC contract between the renderer and the Electron main process.
 * Each channel has a zod schema for its request (main parses every payload with it)
 * and a response type. The preload builds `window.api` from this list only.
 */
import { z } from 'zod';
import type { IpcChannel } from './channels';

export { IPC_CHANNELS, type IpcChannel } from './channels';

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).min(1).max(10),
});

/** 50 MB: a report or an office spreadsheet is far below this. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export const ipcRequestSchemas = {
  'file:save': z.object({
    suggestedName: z.string().min(1).max(200).regex(/^[^\\/:*?"<>|\p{Cc}]+$/u),
    data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_FILE_BYTES),
    filters: z.array(fileFilterSchema).max(5),
  }),
  'file:open': z.object({
    filters: z.array(fileFilterSchema).max(5),
  }),
  // Several files in one dialog (the districts' files on the province page); same limits per file.
  'file:open-many': z.object({
    filters: z.array(fileFilterSchema).max(5),
  }),
  'app:print': z.object({}),
  'app:info': z.object({}),
  // Automatic backups (desktop only). The renderer sends bytes and a kind, never a name or a
  // path: main names the file and writes only inside <userData>/backups.
  'backup:write': z.object({
    kind: z.enum(['daily', 'quit', 'before-restore']),
    data: z
      .instanceof(Uint8Array)
      .refine((d) => d.byteLength >= 2 && d.byteLength <= MAX_FILE_BYTES && d[0] === 0x1f && d[1] === 0x8b, 'not a gzip backup'),
  }),
  'backup:status': z.object({}),
  'backup:open-folder': z.object({}),
  // Main answers this call only when the app is about to quit: the renderer's standing
  // request is how main asks it for the quit backup without a main→renderer channel.
  'backup:wait-for-quit': z.object({}),
  'backup:quit-done': z.object({}),
} as const satisfies Record<IpcChannel, z.ZodType>;

export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcRequestSchemas)[C]>;

export interface AppInfo {
  name: string;
  version: string;
  runtime: 'electron' | 'web';
  /** Where the database lives, in words a clerk can act on. */
  dataLocation: string;
}

export interface BackupWriteResult {
  /** Full path of the file written. */
  location: string;
  /** Older automatic backups deleted to keep the last ones. */
  removed: number;
}

export interface BackupStatus {
  folder: string;
  /** No automatic backup from today (local date) exists yet. */
  dailyDue: boolean;
}

export type SaveResult = { saved: true; location: string } | { saved: false };
export interface OpenedFile {
  name: string;
  data: Uint8Array;
}
export type OpenResult = OpenedFile | null;
/** In the order the dialog gave them; empty when the clerk cancels. */
export type OpenManyResult = OpenedFile[];

export interface IpcResponses {
  'file:save': SaveResult;
  'file:open': OpenResult;
  'file:open-many': OpenManyResult;
  'app:print': { printed: boolean };
  'app:info': AppInfo;
  'backup:write': BackupWriteResult;
  'backup:status': BackupStatus;
  'backup:open-folder': { opened: boolean };
  'backup:wait-for-quit': { quitting: true };
  'backup:quit-done': { closing: boolean };
}

/** Errors cross the boundary as data, never as thrown objects with stacks. */
export type IpcResult<C extends IpcChannel> =
  | { ok: true; value: IpcResponses[C] }
  | { ok: false; error: { code: 'invalid-request' | 'forbidden-sender' | 'failed'; message: string } };

/** The API the preload exposes as `window.api`. */
export type PreloadApi = {
  [C in IpcChannel]: (request: IpcRequest<C>) => Promise<IpcResult<C>>;
};
