/**
 * file:open-many — several files in one dialog (the districts' files on the province page):
 * the handler, its wiring to the main window's dialog, the router's schema, and the renderer's
 * platform method over it.
 */
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { UserFacingError } from '../../electron/main/ipc/errors';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { createFileOpenMany, type FileOpenManyLimits } from '../../electron/main/ipc/handlers/file-open-many';
import { dispatch, type IpcHandlers } from '../../electron/main/ipc/router';
import type { FrameLike } from '../../electron/main/security';
import { createElectronPlatform, PlatformError } from '../../renderer/platform/electron';
import { IPC_CHANNELS, MAX_FILE_BYTES, type IpcChannel, type PreloadApi } from '../../shared/ipc/contract';

let dir = '';
const xlsx = [{ name: 'Excel', extensions: ['xlsx'] }];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'du-sinh-hoat-many-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, bytes: Uint8Array): Promise<string> {
  const filePath = path.join(dir, name);
  await writeFile(filePath, bytes);
  return filePath;
}

function open(filePaths: string[], limits?: FileOpenManyLimits) {
  const showOpenDialog = vi.fn(async () => ({ canceled: filePaths.length === 0, filePaths }));
  return { showOpenDialog, handler: createFileOpenMany({ showOpenDialog, documentsDir: () => dir }, limits) };
}

describe('file:open-many handler', () => {
  it('asks for several files and returns each name and bytes, in the dialog’s order', async () => {
    const a = await file('Gui-tinh-yen-thanh.xlsx', new Uint8Array([80, 75, 3, 4, 1]));
    const b = await file('Gui-tinh-vinh.xlsx', new Uint8Array([80, 75, 3, 4, 2, 2]));
    const c = await file('Gui-tinh-cua-lo.xlsx', new Uint8Array([]));
    const { showOpenDialog, handler } = open([a, b, c]);
    const result = await handler({ filters: xlsx });
    expect(result.map((f) => f.name)).toEqual(['Gui-tinh-yen-thanh.xlsx', 'Gui-tinh-vinh.xlsx', 'Gui-tinh-cua-lo.xlsx']);
    expect(result.map((f) => [...f.data])).toEqual([[80, 75, 3, 4, 1], [80, 75, 3, 4, 2, 2], []]);
    for (const f of result) {
      expect(f.data).toBeInstanceOf(Uint8Array);
      expect(Buffer.isBuffer(f.data)).toBe(false);
      // Each file owns its buffer, so IPC does not clone Node's pool.
      expect(f.data.buffer.byteLength).toBe(f.data.byteLength);
    }
    expect(showOpenDialog).toHaveBeenCalledTimes(1);
    expect(showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openFile', 'multiSelections'], filters: xlsx, defaultPath: dir }),
    );
  });

  it('returns one file when one is picked', async () => {
    const a = await file('a.xlsx', new Uint8Array([1]));
    expect(await open([a]).handler({ filters: xlsx })).toEqual([{ name: 'a.xlsx', data: new Uint8Array([1]) }]);
  });

  it('returns [] when cancelled', async () => {
    expect(await open([]).handler({ filters: xlsx })).toEqual([]);
  });

  it('returns [] when cancelled even if the dialog reports paths', async () => {
    const a = await file('a.xlsx', new Uint8Array([1]));
    const showOpenDialog = vi.fn(async () => ({ canceled: true, filePaths: [a] }));
    expect(await createFileOpenMany({ showOpenDialog, documentsDir: () => dir })({ filters: xlsx })).toEqual([]);
  });

  it('refuses the pick when one file is over the size limit, naming it in Vietnamese', async () => {
    const small = await file('nho.xlsx', new Uint8Array(10));
    const big = await file('lon.xlsx', new Uint8Array(2048));
    const opening = open([small, big], { maxBytes: 1024 }).handler({ filters: xlsx });
    await expect(opening).rejects.toBeInstanceOf(UserFacingError);
    await expect(opening).rejects.toThrow(/^Tệp "lon\.xlsx" quá lớn \(.* MB\)\. Chỉ mở được tệp tối đa .* MB\.$/);
  });

  it('uses file:open’s limit per file by default', async () => {
    // A sparse file: its size is over the limit without writing 50 MB.
    const big = path.join(dir, 'video.xlsx');
    await writeFile(big, '');
    await truncate(big, MAX_FILE_BYTES + 1);
    await expect(open([big]).handler({ filters: xlsx })).rejects.toThrow(/"video\.xlsx" quá lớn.*tối đa 50 MB/);
  });

  it('refuses a batch over the total limit before reading any file', async () => {
    const a = await file('a.xlsx', new Uint8Array(600));
    const b = await file('b.xlsx', new Uint8Array(600));
    await expect(open([a, b], { maxBytes: 1024, maxTotalBytes: 1024 }).handler({ filters: xlsx })).rejects.toThrow(/Các tệp đã chọn quá lớn/);
  });

  it('refuses more files than a pick may hold', async () => {
    const paths = await Promise.all(['a', 'b', 'c'].map((n) => file(`${n}.xlsx`, new Uint8Array([1]))));
    await expect(open(paths, { maxFiles: 2 }).handler({ filters: xlsx })).rejects.toThrow(/Đã chọn 3 tệp\. Mỗi lần chỉ mở được tối đa 2 tệp\./);
  });

  it('refuses a folder among the files', async () => {
    const a = await file('a.xlsx', new Uint8Array([1]));
    await expect(open([a, dir]).handler({ filters: xlsx })).rejects.toThrow(/không phải là tệp/);
  });
});

describe('file:open-many wiring', () => {
  const app = { getName: () => 'x', getVersion: () => '1', getPath: () => dir };

  it('opens the dialog modal to the main window, with multi-selection', async () => {
    const window = { isDestroyed: () => false, webContents: {} };
    const dialog = { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) };
    const handlers = createHandlers({ app, dialog, getWindow: () => window } as never);
    expect(await handlers['file:open-many']({ filters: xlsx })).toEqual([]);
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, expect.objectContaining({ properties: ['openFile', 'multiSelections'] }));
  });

  it('still opens a dialog when the window is gone', async () => {
    const dialog = { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) };
    const handlers = createHandlers({ app, dialog, getWindow: () => null } as never);
    expect(await handlers['file:open-many']({ filters: xlsx })).toEqual([]);
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ properties: ['openFile', 'multiSelections'] }));
  });
});

describe('file:open-many through the router', () => {
  const appFrame: FrameLike = { parent: null, url: 'file:///app/out/renderer/index.html' };
  const trust = (frame: FrameLike | null | undefined) => frame === appFrame;
  const handlers = (): IpcHandlers => {
    const spies = Object.fromEntries(IPC_CHANNELS.map((channel) => [channel, vi.fn()])) as Record<IpcChannel, Mock>;
    return { ...spies, 'file:open-many': vi.fn(async () => []) };
  };
  const calls = (h: IpcHandlers) => Object.values(h).reduce((n, fn) => n + vi.mocked(fn).mock.calls.length, 0);

  it('passes a valid request, with only the schema’s fields', async () => {
    const h = handlers();
    const result = await dispatch('file:open-many', appFrame, { filters: xlsx, properties: ['openDirectory'], defaultPath: '/etc' }, h, trust);
    expect(result).toEqual({ ok: true, value: [] });
    expect(h['file:open-many']).toHaveBeenCalledWith({ filters: xlsx });
  });

  it.each([
    ['undefined', undefined],
    ['a string', '{"filters":[]}'],
    ['an array', [{ filters: xlsx }]],
    ['no filters', {}],
    ['filters of the wrong type', { filters: 'xlsx' }],
    ['too many filters', { filters: Array.from({ length: 6 }, () => xlsx[0]) }],
    ['an extension with a path', { filters: [{ name: 'x', extensions: ['..\\exe'] }] }],
    ['an empty filter name', { filters: [{ name: '', extensions: ['xlsx'] }] }],
  ])('refuses %s', async (_label, payload) => {
    const h = handlers();
    await expect(dispatch('file:open-many', appFrame, payload, h, trust)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(calls(h)).toBe(0);
  });

  it('refuses a sender other than the app’s main frame', async () => {
    const h = handlers();
    const iframe: FrameLike = { parent: appFrame, url: appFrame.url };
    await expect(dispatch('file:open-many', iframe, { filters: xlsx }, h, trust)).resolves.toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(calls(h)).toBe(0);
  });

  it('carries the handler’s Vietnamese refusal as data', async () => {
    const h = handlers();
    const message = 'Tệp "lon.xlsx" quá lớn (60 MB). Chỉ mở được tệp tối đa 50 MB.';
    vi.mocked(h['file:open-many']).mockRejectedValueOnce(new UserFacingError(message));
    vi.spyOn(console, 'error').mockImplementationOnce(() => undefined);
    await expect(dispatch('file:open-many', appFrame, { filters: xlsx }, h, trust)).resolves.toEqual({ ok: false, error: { code: 'failed', message } });
  });
});

describe('Platform.openFiles on the desktop', () => {
  function api(answer: PreloadApi['file:open-many']): PreloadApi {
    const failed = { ok: false as const, error: { code: 'failed' as const, message: 'not faked' } };
    const others = Object.fromEntries(IPC_CHANNELS.map((channel) => [channel, vi.fn(async () => failed)])) as unknown as PreloadApi;
    return { ...others, 'file:open-many': vi.fn(answer) };
  }

  it('asks main through file:open-many and unwraps the files', async () => {
    const files = [{ name: 'a.xlsx', data: new Uint8Array([1]) }, { name: 'b.xlsx', data: new Uint8Array([2]) }];
    const fake = api(async () => ({ ok: true, value: files }));
    await expect(createElectronPlatform(fake).openFiles(xlsx)).resolves.toEqual(files);
    expect(fake['file:open-many']).toHaveBeenCalledWith({ filters: xlsx });
  });

  it('throws main’s Vietnamese message', async () => {
    const message = 'Tệp "x.xlsx" quá lớn (60 MB). Chỉ mở được tệp tối đa 50 MB.';
    const opening = createElectronPlatform(api(async () => ({ ok: false, error: { code: 'failed', message } }))).openFiles(xlsx);
    await expect(opening).rejects.toBeInstanceOf(PlatformError);
    await expect(opening).rejects.toMatchObject({ code: 'failed', message });
  });
});
