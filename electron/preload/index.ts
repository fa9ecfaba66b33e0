/**
 * Exposes exactly one object, `window.api`: one method per contract channel, each a plain
 * ipcRenderer.invoke. Never ipcRenderer itself or a generic invoke, so the page cannot reach
 * channels outside the contract. Imports the zod-free channel list to keep zod out of here;
 * main validates every request anyway.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, type IpcChannel } from '../../shared/ipc/channels';
import type { PreloadApi } from '../../shared/ipc/contract';

function invoker(channel: IpcChannel) {
  return (request: unknown) => ipcRenderer.invoke(channel, request);
}

function buildApi(channels: typeof IPC_CHANNELS): PreloadApi {
  // Object.fromEntries loses the per-key types; the channel list guarantees every key is present.
  return Object.freeze(Object.fromEntries(channels.map((channel) => [channel, invoker(channel)]))) as PreloadApi;
}

const api = buildApi(IPC_CHANNELS) satisfies PreloadApi;

contextBridge.exposeInMainWorld('api', api);
