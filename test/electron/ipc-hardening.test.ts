/**
 * The IPC layer as the main process wires it: registerIpc with the real sender check
 * (isTrustedSender), called the way ipcMain calls a handle listener. Unknown channels,
 * foreign senders and malformed payloads must never reach a handler.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi, type Mock } from 'vitest';
import { IPC_CHANNELS, type IpcChannel } from '../../shared/ipc/contract';
import { dispatch, registerIpc, type IpcHandlers } from '../../electron/main/ipc/router';
import { isTrustedSender, type FrameLike } from '../../electron/main/security';

const appRoot = path.resolve('/opt/app/out/renderer');
const indexUrl = pathToFileURL(path.join(appRoot, 'index.html')).href;
const mainFrame: FrameLike = { parent: null, url: `${indexUrl}#/reports` };
const xlsx = [{ name: 'Excel', extensions: ['xlsx'] }];

type Listener = (event: { senderFrame: FrameLike | null }, ...args: unknown[]) => Promise<unknown>;

/** A spy per contract channel (whatever channels the contract has), with real answers for two. */
function fakeHandlers(): IpcHandlers {
  const spies = Object.fromEntries(IPC_CHANNELS.map((channel) => [channel, vi.fn()])) as Record<IpcChannel, Mock>;
  return {
    ...spies,
    'file:open': vi.fn(async () => null),
    'app:info': vi.fn(async () => ({ name: 'x', version: '1', runtime: 'electron' as const, dataLocation: 'y' })),
  };
}

function wire(devUrl?: string) {
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: vi.fn((channel: string, listener: Listener) => listeners.set(channel, listener)) };
  const handlers = fakeHandlers();
  registerIpc(ipcMain as never, handlers, (frame) => isTrustedSender(frame, appRoot, devUrl));
  const invoke = (channel: string, frame: FrameLike | null, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener({ senderFrame: frame }, ...args);
  };
  return { ipcMain, handlers, invoke };
}

const calls = (handlers: IpcHandlers) => Object.values(handlers).reduce((n, h) => n + vi.mocked(h).mock.calls.length, 0);

describe('channels', () => {
  it('registers only the contract channels, each once, and never a fire-and-forget listener', () => {
    const { ipcMain } = wire();
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel)).toEqual([...IPC_CHANNELS]);
    // ipcMain here has no `on`: registering one would have thrown.
    expect(Object.keys(ipcMain)).toEqual(['handle']);
  });

  it('has no handler for a channel outside the contract, so Electron rejects the invoke', () => {
    const { invoke } = wire();
    for (const channel of ['file:delete', 'FILE:SAVE', 'file:save ', 'app:exec', 'shell:open']) {
      expect(() => invoke(channel, mainFrame, {})).toThrow(/No handler registered/);
    }
  });

  it.each([['file:write'], ['constructor'], ['hasOwnProperty'], [''], [Symbol('file:save')], [null], [{}]])(
    'dispatch refuses channel %s even from the app main frame',
    async (channel) => {
      const handlers = fakeHandlers();
      const result = await dispatch(channel, mainFrame, {}, handlers, () => true);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      expect(calls(handlers)).toBe(0);
    },
  );
});

describe('senders', () => {
  const foreign: [string, FrameLike | null][] = [
    ['an iframe showing the app page', { parent: mainFrame, url: indexUrl }],
    ['an iframe of a web site', { parent: mainFrame, url: 'https://example.com/' }],
    ['a main frame on a web site', { parent: null, url: 'https://example.com/' }],
    ['a main frame on another local file', { parent: null, url: pathToFileURL(path.resolve('/home/u/evil.html')).href }],
    ['a main frame on about:blank', { parent: null, url: 'about:blank' }],
    ['a main frame on a data: URL', { parent: null, url: 'data:text/html,x' }],
    ['the dev server when the app has none', { parent: null, url: 'http://localhost:5173/' }],
    ['no frame (destroyed)', null],
  ];

  it.each(foreign)('refuses %s on every channel, without reading the payload', async (_label, frame) => {
    const { handlers, invoke } = wire();
    const payload = new Proxy({}, { get: () => expect.fail('payload read for a foreign sender') });
    for (const channel of IPC_CHANNELS) {
      await expect(invoke(channel, frame, payload)).resolves.toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(calls(handlers)).toBe(0);
  });

  it('answers the app main frame, and the dev server only when started with it', async () => {
    await expect(wire().invoke('app:info', mainFrame, {})).resolves.toMatchObject({ ok: true });
    const dev = { parent: null, url: 'http://localhost:5173/#/x' };
    await expect(wire('http://localhost:5173/').invoke('app:info', dev, {})).resolves.toMatchObject({ ok: true });
  });
});

describe('payloads', () => {
  it.each([
    ['no argument', []],
    ['two arguments', [{ filters: xlsx }, { filters: xlsx }]],
    ['undefined', [undefined]],
    ['a string', ['{"filters":[]}']],
    ['an array', [[{ filters: xlsx }]]],
    ['filters of the wrong type', [{ filters: 'xlsx' }]],
    ['too many filters', [{ filters: Array.from({ length: 6 }, () => xlsx[0]) }]],
    ['an extension with a path', [{ filters: [{ name: 'x', extensions: ['..\\exe'] }] }]],
  ])('refuses file:open with %s', async (_label, args) => {
    const { handlers, invoke } = wire();
    await expect(invoke('file:open', mainFrame, ...args)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(calls(handlers)).toBe(0);
  });

  it('hands the handler only the fields of its schema', async () => {
    const { handlers, invoke } = wire();
    await invoke('file:open', mainFrame, { filters: xlsx, path: '/etc/passwd', defaultPath: 'C:\\Windows' });
    expect(handlers['file:open']).toHaveBeenCalledWith({ filters: xlsx });
  });

  it('does not let a __proto__ key reach Object.prototype', async () => {
    const { handlers, invoke } = wire();
    const payload = JSON.parse('{"filters":[],"__proto__":{"polluted":true}}') as unknown;
    await invoke('file:open', mainFrame, payload);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const received = vi.mocked(handlers['file:open']).mock.calls[0]?.[0];
    expect(Object.getPrototypeOf(received)).toBe(Object.prototype);
    expect(Object.keys(received ?? {})).toEqual(['filters']);
  });

  it('refuses file:save data that is not bytes, whatever pretends to be', async () => {
    const { handlers, invoke } = wire();
    const fakeBytes = { byteLength: 3, buffer: new ArrayBuffer(3), 0: 1, length: 3 };
    for (const data of [fakeBytes, new Uint16Array(2), new ArrayBuffer(2), Buffer.from('x').toString('base64')]) {
      const result = await invoke('file:save', mainFrame, { suggestedName: 'a.xlsx', data, filters: xlsx });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(calls(handlers)).toBe(0);
  });
});
