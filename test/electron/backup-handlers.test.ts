import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEEP_BACKUPS, backupsDir, isDailyDue, writeBackup } from '../../electron/main/backup/folder';
import { createQuitBackup, holdCloseForBackup } from '../../electron/main/backup/quit-backup';
import { createBackupHandlers } from '../../electron/main/ipc/handlers/backup-auto';
import { UserFacingError } from '../../electron/main/ipc/errors';
import { dispatch, type IpcHandlers } from '../../electron/main/ipc/router';
import { IPC_CHANNELS, MAX_FILE_BYTES } from '../../shared/ipc/contract';

let userData = '';
const gz = new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3]);
const at = (day: number, minute = 0) => new Date(2025, 2, day, 9, minute);

beforeEach(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'sao-luu-'));
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

function handlers(now = at(14), openPath = vi.fn(async () => '')) {
  return { openPath, ...createBackupHandlers({ userData: () => userData, shell: { openPath }, quitBackup: createQuitBackup(50), now: () => now }) };
}

describe('backup:write', () => {
  it('writes only into <userData>/backups, under a name it chooses', async () => {
    const result = await handlers()['backup:write']({ kind: 'daily', data: gz });
    const dir = path.join(userData, 'backups');
    expect(result).toEqual({ location: path.join(dir, 'Sao-luu-tu-dong-2025-03-14-0900.dkbak'), removed: 0 });
    expect(await readdir(userData)).toEqual(['backups']);
    expect(await readdir(dir)).toEqual(['Sao-luu-tu-dong-2025-03-14-0900.dkbak']);
    expect(new Uint8Array(await readFile(result.location))).toEqual(gz);
  });

  it('never overwrites a backup from the same minute', async () => {
    const write = handlers()['backup:write'];
    await write({ kind: 'before-restore', data: gz });
    const second = await write({ kind: 'before-restore', data: gz });
    expect(path.basename(second.location)).toBe('Sao-luu-truoc-khoi-phuc-2025-03-14-0900-2.dkbak');
  });

  it(`keeps the newest ${KEEP_BACKUPS} automatic backups and never touches other files`, async () => {
    const dir = backupsDir(userData);
    await mkdir(dir);
    await writeFile(path.join(dir, 'Sao-luu-2025-01-01-0800.dkbak'), 'manual copy');
    await writeFile(path.join(dir, 'ghi-chu.txt'), 'note');
    await writeFile(path.join(dir, 'Sao-luu-truoc-khoi-phuc-2025-01-01-0800.dkbak'), 'before restore');
    for (let day = 1; day <= 16; day++) await writeBackup(dir, day % 2 ? 'daily' : 'quit', gz, at(day));
    const last = await writeBackup(dir, 'daily', gz, at(16, 30));
    expect(last.removed).toBe(1);
    const auto = (await readdir(dir)).filter((name) => name.startsWith('Sao-luu-tu-dong-')).sort();
    expect(auto).toHaveLength(KEEP_BACKUPS);
    expect(auto[0]).toBe('Sao-luu-tu-dong-2025-03-04-0900.dkbak');
    expect(auto.at(-1)).toBe('Sao-luu-tu-dong-2025-03-16-0930.dkbak');
    expect(await readdir(dir)).toEqual(expect.arrayContaining(['Sao-luu-2025-01-01-0800.dkbak', 'ghi-chu.txt', 'Sao-luu-truoc-khoi-phuc-2025-01-01-0800.dkbak']));
  });

  it('orders same-minute copies by their counter when pruning', async () => {
    const dir = backupsDir(userData);
    for (let i = 0; i < KEEP_BACKUPS + 2; i++) await writeBackup(dir, 'before-restore', gz, at(1));
    const names = await readdir(dir);
    expect(names).toHaveLength(KEEP_BACKUPS);
    expect(names).not.toContain('Sao-luu-truoc-khoi-phuc-2025-03-01-0900.dkbak');
    expect(names).not.toContain('Sao-luu-truoc-khoi-phuc-2025-03-01-0900-2.dkbak');
    expect(names).toContain('Sao-luu-truoc-khoi-phuc-2025-03-01-0900-16.dkbak');
  });
});

describe('backup channels through the router', () => {
  const all = (): IpcHandlers => {
    const h = handlers();
    const others = Object.fromEntries(IPC_CHANNELS.map((c) => [c, vi.fn()]));
    return { ...others, ...h } as unknown as IpcHandlers;
  };
  const call = (channel: string, payload: unknown) => dispatch(channel, null, payload, all(), () => true);

  it.each([
    ['no data', { kind: 'daily' }],
    ['an unknown kind', { kind: 'manual', data: gz }],
    ['bytes that are not gzip', { kind: 'daily', data: new Uint8Array([0x50, 0x4b, 3, 4]) }],
    ['an empty file', { kind: 'daily', data: new Uint8Array() }],
    ['a string instead of bytes', { kind: 'daily', data: 'H4sI' }],
    ['too many bytes', { kind: 'daily', data: Object.assign(new Uint8Array(MAX_FILE_BYTES + 1), { 0: 0x1f, 1: 0x8b }) }],
  ])('refuses a write with %s and writes nothing', async (_label, payload) => {
    const result = await call('backup:write', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await readdir(userData)).toEqual([]);
  });
});

describe('backup:write names', () => {
  it('ignores a name or path sent along: the name is always main\'s own', async () => {
    const result = await dispatch('backup:write', null, { kind: 'daily', data: gz, fileName: '../../evil.dkbak' }, handlers() as unknown as IpcHandlers, () => true);
    expect(result).toMatchObject({ ok: true, value: { location: path.join(backupsDir(userData), 'Sao-luu-tu-dong-2025-03-14-0900.dkbak') } });
    expect(await readdir(userData)).toEqual(['backups']);
  });
});

describe('backup:status and backup:open-folder', () => {
  it('says the daily backup is due until an automatic one from today exists', async () => {
    const dir = backupsDir(userData);
    expect(await isDailyDue(dir, at(14))).toBe(true);
    await writeBackup(dir, 'quit', gz, at(13));
    await writeBackup(dir, 'before-restore', gz, at(14));
    expect(await handlers(at(14))['backup:status']({})).toEqual({ folder: dir, dailyDue: true });
    await writeBackup(dir, 'daily', gz, at(14));
    expect(await handlers(at(14))['backup:status']({})).toEqual({ folder: dir, dailyDue: false });
  });

  it('creates and opens the folder, and reports a failure in Vietnamese', async () => {
    const ok = handlers();
    await expect(ok['backup:open-folder']({})).resolves.toEqual({ opened: true });
    expect(ok.openPath).toHaveBeenCalledWith(backupsDir(userData));
    const failing = handlers(at(14), vi.fn(async () => 'no handler'));
    await expect(failing['backup:open-folder']({})).rejects.toBeInstanceOf(UserFacingError);
  });
});

describe('quit backup', () => {
  it('answers the waiting renderer and resolves when it reports done', async () => {
    const quit = createQuitBackup(1000);
    const waiting = quit.waitForQuit();
    const run = quit.run();
    await expect(waiting).resolves.toEqual({ quitting: true });
    expect(quit.done()).toEqual({ closing: true });
    await expect(run).resolves.toBe('done');
  });

  it('gives up after the timeout, and at once without a waiting renderer', async () => {
    vi.useFakeTimers();
    try {
      const quit = createQuitBackup(15_000);
      await expect(quit.run()).resolves.toBe('no-renderer');
      void quit.waitForQuit();
      const run = quit.run();
      vi.advanceTimersByTime(15_000);
      await expect(run).resolves.toBe('timeout');
      expect(quit.done()).toEqual({ closing: false });
    } finally {
      vi.useRealTimers();
    }
  });

  it('holds the first window close until the backup ran, then closes and resumes quitting', async () => {
    const window = Object.assign(new EventEmitter(), { close: vi.fn(), isDestroyed: () => false });
    let finish: (value: 'done') => void = () => undefined;
    const run = vi.fn(() => new Promise<'done'>((resolve) => (finish = resolve)));
    const afterBackup = vi.fn();
    holdCloseForBackup(window as never, { run }, afterBackup);
    const event = { preventDefault: vi.fn() };
    window.emit('close', event);
    window.emit('close', event);
    expect(event.preventDefault).toHaveBeenCalledTimes(2);
    expect(run).toHaveBeenCalledTimes(1);
    finish('done');
    await vi.waitFor(() => expect(window.close).toHaveBeenCalled());
    expect(afterBackup).toHaveBeenCalled();
    const last = { preventDefault: vi.fn() };
    window.emit('close', last);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });
});
