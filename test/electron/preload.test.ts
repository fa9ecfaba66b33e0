/**
 * The preload (electron/preload/index.ts) against a mocked 'electron': the page gets one
 * frozen object with one function per contract channel, each forwarding exactly its own
 * channel and one argument, and nothing that reaches ipcRenderer or Node.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../shared/ipc/channels';

async function loadPreload() {
  const exposed = new Map<string, unknown>();
  const ipcRenderer = { invoke: vi.fn(async (...args: unknown[]) => ({ ok: true, value: args })), send: vi.fn(), on: vi.fn() };
  const contextBridge = { exposeInMainWorld: vi.fn((key: string, value: unknown) => exposed.set(key, value)) };
  vi.resetModules();
  vi.doMock('electron', () => ({ contextBridge, ipcRenderer, default: { contextBridge, ipcRenderer } }));
  await import('../../electron/preload/index');
  return { exposed, ipcRenderer, contextBridge };
}

afterEach(() => {
  vi.doUnmock('electron');
});

describe('preload', () => {
  it('exposes exactly one object, window.api, with one function per contract channel', async () => {
    const { exposed, contextBridge } = await loadPreload();
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...exposed.keys()]).toEqual(['api']);
    const api = exposed.get('api') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...IPC_CHANNELS].sort());
    for (const channel of IPC_CHANNELS) expect(typeof api[channel], channel).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards each call to its own channel with the one request, and nothing else', async () => {
    const { exposed, ipcRenderer } = await loadPreload();
    const api = exposed.get('api') as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const channel of IPC_CHANNELS) {
      ipcRenderer.invoke.mockClear();
      await api[channel]?.({ x: 1 }, 'extra', () => 'callback');
      expect(ipcRenderer.invoke.mock.calls).toEqual([[channel, { x: 1 }]]);
    }
    expect(ipcRenderer.send).not.toHaveBeenCalled();
    expect(ipcRenderer.on).not.toHaveBeenCalled();
  });

  it('hands out no ipcRenderer, no generic invoke and no event listener', async () => {
    const { exposed, ipcRenderer } = await loadPreload();
    const api = exposed.get('api') as Record<string, unknown>;
    for (const key of ['invoke', 'send', 'on', 'ipcRenderer', 'require', 'process']) expect(api, key).not.toHaveProperty(key);
    expect(Object.values(api)).not.toContain(ipcRenderer);
    expect(Object.values(api)).not.toContain(ipcRenderer.invoke);
  });

  it('imports only what a sandboxed preload may load: electron and the zod-free channel list', () => {
    const source = readFileSync(path.resolve(__dirname, '../../electron/preload/index.ts'), 'utf8');
    const runtimeImports = [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
    expect(runtimeImports).toEqual(['electron', '../../shared/ipc/channels']);
    const channels = readFileSync(path.resolve(__dirname, '../../shared/ipc/channels.ts'), 'utf8');
    expect(channels).not.toMatch(/^import\s/m);
  });
});
