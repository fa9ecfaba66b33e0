import { describe, expect, it, vi, type Mock } from 'vitest';
import { IPC_CHANNELS, MAX_FILE_BYTES, type IpcChannel } from '../../shared/ipc/contract';
import { UserFacingError } from '../../electron/main/ipc/errors';
import { dispatch, registerIpc, type IpcHandlers } from '../../electron/main/ipc/router';
import type { FrameLike } from '../../electron/main/security';

const appFrame: FrameLike = { parent: null, url: 'file:///app/out/renderer/index.html' };
const trustAppFrame = (frame: FrameLike | null | undefined) => frame === appFrame;
const xlsx = [{ name: 'Excel', extensions: ['xlsx'] }];
const validSave = { suggestedName: 'bao-cao.xlsx', data: new Uint8Array([1, 2, 3]), filters: xlsx };

function fakeHandlers(): IpcHandlers {
  // Channels these tests do not call still need a handler: the contract grows (backup:*).
  const others = Object.fromEntries(IPC_CHANNELS.map((channel) => [channel, vi.fn()])) as Record<IpcChannel, Mock>;
  return {
    ...others,
    'file:save': vi.fn(async () => ({ saved: true as const, location: '/home/u/bao-cao.xlsx' })),
    'file:open': vi.fn(async () => null),
    'app:print': vi.fn(async () => ({ printed: true })),
    'app:info': vi.fn(async () => ({ name: 'x', version: '1', runtime: 'electron' as const, dataLocation: 'y' })),
  };
}

const call = (channel: unknown, payload: unknown, handlers = fakeHandlers(), frame: FrameLike | null = appFrame) =>
  dispatch(channel, frame, payload, handlers, trustAppFrame);

describe('dispatch', () => {
  it('passes a valid request to its handler and returns its value', async () => {
    const handlers = fakeHandlers();
    const result = await call('file:save', validSave, handlers);
    expect(result).toEqual({ ok: true, value: { saved: true, location: '/home/u/bao-cao.xlsx' } });
    expect(handlers['file:save']).toHaveBeenCalledWith(validSave);
  });

  it.each([['file:delete'], ['toString'], ['__proto__'], [42], [undefined]])('refuses unknown channel %j', async (channel) => {
    const result = await call(channel, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('refuses a sender other than the app main frame, before reading the payload', async () => {
    const handlers = fakeHandlers();
    const subFrame = { parent: appFrame, url: appFrame.url };
    for (const frame of [subFrame, { parent: null, url: 'https://evil.example/' }, null]) {
      const result = await call('file:save', validSave, handlers, frame);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(handlers['file:save']).not.toHaveBeenCalled();
  });

  it.each([
    ['a path in the name', { ...validSave, suggestedName: '../x.xlsx' }, 'suggestedName'],
    ['a Windows path in the name', { ...validSave, suggestedName: 'C:\\Windows\\x.xlsx' }, 'suggestedName'],
    ['a control character in the name', { ...validSave, suggestedName: 'a\u0000.xlsx' }, 'suggestedName'],
    ['an empty name', { ...validSave, suggestedName: '' }, 'suggestedName'],
    ['data as a string', { ...validSave, data: 'AAEC' }, 'data'],
    ['data as a plain array', { ...validSave, data: [1, 2, 3] }, 'data'],
    ['oversize data', { ...validSave, data: new Uint8Array(MAX_FILE_BYTES + 1) }, 'data'],
    ['a bad extension', { ...validSave, filters: [{ name: 'x', extensions: ['../exe'] }] }, 'filters'],
    ['filters missing', { suggestedName: 'a.xlsx', data: new Uint8Array() }, 'filters'],
  ])('refuses file:save with %s', async (_label, payload, field) => {
    const handlers = fakeHandlers();
    const result = await call('file:save', payload, handlers);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    if (!result.ok) {
      expect(result.error.message).toMatch(/^Yêu cầu không hợp lệ: /);
      expect(result.error.message).toContain(field);
    }
    expect(handlers['file:save']).not.toHaveBeenCalled();
  });

  it.each([[null], ['x'], [[]], [42]])('refuses a non-object payload %j', async (payload) => {
    const result = await call('app:info', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('wraps an unexpected handler error without its message or stack', async () => {
    const handlers = fakeHandlers();
    const failure = Object.assign(new Error('EACCES: permission denied, open /secret/path'), { code: 'EACCES' });
    vi.mocked(handlers['app:print']).mockRejectedValueOnce(failure);
    vi.spyOn(console, 'error').mockImplementationOnce(() => undefined);
    const result = await call('app:print', {}, handlers);
    expect(result).toEqual({
      ok: false,
      error: { code: 'failed', message: 'Không thực hiện được yêu cầu "app:print" (mã lỗi EACCES). Hãy thử lại.' },
    });
  });

  it('passes a user-facing handler message through', async () => {
    const handlers = fakeHandlers();
    vi.mocked(handlers['file:open']).mockRejectedValueOnce(new UserFacingError('Tệp quá lớn.'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => undefined);
    const result = await call('file:open', { filters: xlsx }, handlers);
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: 'Tệp quá lớn.' } });
  });
});

describe('registerIpc', () => {
  type Listener = (event: { senderFrame: FrameLike | null }, ...args: unknown[]) => Promise<unknown>;

  function register() {
    const listeners = new Map<string, Listener>();
    const ipcMain = { handle: vi.fn((channel: string, listener: Listener) => listeners.set(channel, listener)) };
    const handlers = fakeHandlers();
    registerIpc(ipcMain as never, handlers, trustAppFrame);
    return { listeners, handlers };
  }

  it('registers exactly the contract channels', () => {
    expect([...register().listeners.keys()]).toEqual([...IPC_CHANNELS]);
  });

  it('routes through the sender check and the schema', async () => {
    const { listeners, handlers } = register();
    const info = listeners.get('app:info');
    await expect(info?.({ senderFrame: appFrame }, {})).resolves.toMatchObject({ ok: true });
    await expect(info?.({ senderFrame: null }, {})).resolves.toMatchObject({ error: { code: 'forbidden-sender' } });
    await expect(info?.({ senderFrame: appFrame }, {}, {})).resolves.toMatchObject({
      error: { code: 'invalid-request' },
    });
    expect(handlers['app:info']).toHaveBeenCalledTimes(1);
  });
});
