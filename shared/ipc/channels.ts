/**
 * The IPC channel names, kept apart from the zod schemas so the sandboxed preload can
 * build `window.api` from them without bundling zod. `contract.ts` keys its schemas by
 * this list, so a channel is declared once.
 */
export const IPC_CHANNELS = [
  'file:save',
  'file:open',
  'file:open-many',
  'app:print',
  'app:info',
  'backup:write',
  'backup:status',
  'backup:open-folder',
  'backup:wait-for-quit',
  'backup:quit-done',
] as const;

export type IpcChannel = (typeof IPC_CHANNELS)[number];
