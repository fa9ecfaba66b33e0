import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { createAppInfo } from '../../electron/main/ipc/handlers/app-info';
import { createAppPrint } from '../../electron/main/ipc/handlers/app-print';
import { createFileOpen, ownBytes } from '../../electron/main/ipc/handlers/file-open';
import { createFileSave, withRequiredExtension } from '../../electron/main/ipc/handlers/file-save';
import { UserFacingError } from '../../electron/main/ipc/errors';

let dir = '';
const xlsx = [{ name: 'Excel', extensions: ['xlsx'] }];
const bytes = new Uint8Array([80, 75, 3, 4]);

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'du-sinh-hoat-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('file:save', () => {
  const save = (filePath: string | null) => {
    const showSaveDialog = vi.fn(async () => ({ canceled: filePath === null, filePath: filePath ?? '' }));
    return { showSaveDialog, handler: createFileSave({ showSaveDialog, documentsDir: () => '/home/u/Documents' }) };
  };

  it('suggests the name in Documents with the filters', async () => {
    const { showSaveDialog, handler } = save(null);
    await handler({ suggestedName: 'bao-cao.xlsx', data: bytes, filters: xlsx });
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: path.join('/home/u/Documents', 'bao-cao.xlsx'), filters: xlsx }),
    );
  });

  it('writes only the path the dialog returned', async () => {
    const picked = path.join(dir, 'chosen.xlsx');
    const result = await save(picked).handler({ suggestedName: 'bao-cao.xlsx', data: bytes, filters: xlsx });
    expect(result).toEqual({ saved: true, location: picked });
    expect(await readdir(dir)).toEqual(['chosen.xlsx']);
    expect(new Uint8Array(await readFile(picked))).toEqual(bytes);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const result = await save(null).handler({ suggestedName: 'bao-cao.xlsx', data: bytes, filters: xlsx });
    expect(result).toEqual({ saved: false });
    expect(await readdir(dir)).toEqual([]);
  });

  it('adds the extension the clerk left out', async () => {
    const result = await save(path.join(dir, 'bao-cao')).handler({ suggestedName: 'x.xlsx', data: bytes, filters: xlsx });
    expect(result).toEqual({ saved: true, location: path.join(dir, 'bao-cao.xlsx') });
    expect(await readdir(dir)).toEqual(['bao-cao.xlsx']);
  });

  it('never overwrites a file whose name the dialog did not confirm', async () => {
    await writeFile(path.join(dir, 'bao-cao.xlsx'), 'old');
    const saving = save(path.join(dir, 'bao-cao')).handler({ suggestedName: 'x.xlsx', data: bytes, filters: xlsx });
    await expect(saving).rejects.toBeInstanceOf(UserFacingError);
    expect(await readFile(path.join(dir, 'bao-cao.xlsx'), 'utf8')).toBe('old');
  });

  it('overwrites a file the dialog confirmed', async () => {
    const picked = path.join(dir, 'bao-cao.xlsx');
    await writeFile(picked, 'old');
    await save(picked).handler({ suggestedName: 'x.xlsx', data: bytes, filters: xlsx });
    expect(new Uint8Array(await readFile(picked))).toEqual(bytes);
  });
});

describe('withRequiredExtension', () => {
  it.each([
    ['a.xlsx', xlsx, 'a.xlsx', false],
    ['a.XLSX', xlsx, 'a.XLSX', false],
    ['a', xlsx, 'a.xlsx', true],
    ['a.txt', xlsx, 'a.txt.xlsx', true],
    ['a.csv', [...xlsx, { name: 'CSV', extensions: ['csv'] }], 'a.csv', false],
    ['a', [], 'a', false],
  ])('%s with %j → %s', (input, filters, filePath, appended) => {
    expect(withRequiredExtension(input, filters)).toEqual({ filePath, appended });
  });
});

describe('file:open', () => {
  const open = (filePaths: string[], maxBytes?: number) => {
    const showOpenDialog = vi.fn(async () => ({ canceled: filePaths.length === 0, filePaths }));
    return { showOpenDialog, handler: createFileOpen({ showOpenDialog, documentsDir: () => dir }, maxBytes) };
  };

  it('asks for one file and returns its name and bytes', async () => {
    const picked = path.join(dir, 'danh-sach.xlsx');
    await writeFile(picked, bytes);
    const { showOpenDialog, handler } = open([picked]);
    const result = await handler({ filters: xlsx });
    expect(result?.name).toBe('danh-sach.xlsx');
    expect(result?.data).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(result?.data)).toBe(false);
    expect(result?.data).toEqual(bytes);
    expect(showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ properties: ['openFile'], filters: xlsx }));
  });

  it('returns null when cancelled', async () => {
    expect(await open([]).handler({ filters: xlsx })).toBeNull();
  });

  it('refuses a file over the size limit with a Vietnamese message', async () => {
    const picked = path.join(dir, 'lon.xlsx');
    await writeFile(picked, new Uint8Array(2048));
    await expect(open([picked], 1024).handler({ filters: xlsx })).rejects.toThrow(/quá lớn/);
  });

  it('refuses a folder', async () => {
    await expect(open([dir]).handler({ filters: xlsx })).rejects.toThrow(/không phải là tệp/);
  });
});

describe('ownBytes', () => {
  it('copies a view into a larger buffer, so IPC does not clone the whole buffer', () => {
    const pool = new Uint8Array([9, 1, 2, 9]);
    const owned = ownBytes(pool.subarray(1, 3));
    expect(owned).toEqual(new Uint8Array([1, 2]));
    expect(owned.buffer.byteLength).toBe(2);
  });
});

describe('app:print', () => {
  const printing = (success: boolean, reason: string) => {
    const print = vi.fn((_options: unknown, callback?: (ok: boolean, failureReason: string) => void) =>
      callback?.(success, reason),
    );
    return Object.assign(createAppPrint({ getWebContents: () => ({ print }) }), { print });
  };

  it('prints with backgrounds and reports success', async () => {
    const handler = printing(true, '');
    expect(await handler({})).toEqual({ printed: true });
    expect(handler.print).toHaveBeenCalledWith({ printBackground: true }, expect.any(Function));
  });

  it('treats a cancelled dialog as not printed, not as an error', async () => {
    expect(await printing(false, 'cancelled')({})).toEqual({ printed: false });
  });

  it('reports a print failure', async () => {
    await expect(printing(false, 'Printer offline')({})).rejects.toThrow(/Không in được/);
  });

  it('fails when the window is gone', async () => {
    await expect(createAppPrint({ getWebContents: () => null })({})).rejects.toBeInstanceOf(UserFacingError);
  });
});

describe('app:info', () => {
  it('describes the data folder in Vietnamese', async () => {
    const getPath = vi.fn(() => '/home/u/.config/du-sinh-hoat');
    const info = await createAppInfo({ getName: () => 'Theo dõi', getVersion: () => '0.1.0', getPath })({});
    expect(info).toEqual({
      name: 'Theo dõi',
      version: '0.1.0',
      runtime: 'electron',
      dataLocation: 'Thư mục dữ liệu ứng dụng: /home/u/.config/du-sinh-hoat',
    });
    expect(getPath).toHaveBeenCalledWith('userData');
  });
});

describe('createHandlers', () => {
  const app = { getName: () => 'x', getVersion: () => '1', getPath: () => dir };

  it('makes dialogs modal to the main window while it is open', async () => {
    const window = { isDestroyed: () => false, webContents: {} };
    const dialog = { showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })), showOpenDialog: vi.fn() };
    const handlers = createHandlers({ app, dialog, getWindow: () => window } as never);
    await handlers['file:save']({ suggestedName: 'a.xlsx', data: bytes, filters: xlsx });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, expect.objectContaining({ defaultPath: path.join(dir, 'a.xlsx') }));
  });

  it('still opens a dialog when the window is gone', async () => {
    const dialog = { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) };
    const handlers = createHandlers({ app, dialog, getWindow: () => null } as never);
    expect(await handlers['file:open']({ filters: xlsx })).toBeNull();
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ properties: ['openFile'] }));
  });
});
