// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createBackup, recordBackup } from '../../../renderer/db/backup/create-backup';
import type { AppDatabase } from '../../../renderer/db/database';
import { BackupReminder } from '../../../renderer/features/backup/BackupReminder';
import { BackupSection } from '../../../renderer/features/backup/BackupSection';
import type { AutoBackups, Platform } from '../../../renderer/platform/types';
import { fakePlatform, renderPage, setUpPageTests } from './render-page';

const currentDb = setUpPageTests();

function webPlatform(open?: { name: string; data: Uint8Array }) {
  return { ...fakePlatform(), openFile: vi.fn(async () => open ?? null) };
}

function desktopPlatform(): Platform & { backups: AutoBackups } {
  const backups: AutoBackups = {
    write: vi.fn(async (kind) => ({ location: `/u/backups/${kind}.dkbak`, removed: 0 })),
    status: vi.fn(async () => ({ folder: '/u/backups', dailyDue: false })),
    openFolder: vi.fn(async () => undefined),
    waitForQuit: () => new Promise<void>(() => undefined),
    quitDone: vi.fn(async () => undefined),
  };
  return { ...fakePlatform(), runtime: 'electron', backups };
}

async function names(db: AppDatabase): Promise<string[]> {
  return (await db.orgs.toArray()).map((org) => org.name).sort();
}

describe('BackupSection', () => {
  it('backs up now: a .dkbak file is saved and the time is shown', async () => {
    const db = currentDb();
    const platform = webPlatform();
    renderPage(<BackupSection />, db, platform);
    expect(await screen.findByText('Chưa sao lưu lần nào')).toBeTruthy();
    fireEvent.click(screen.getByTestId('backup-now'));
    await screen.findByText(/^Đã sao lưu vào Tải về\/Sao-luu-\d{4}-\d{2}-\d{2}-\d{4}\.dkbak$/);
    expect(platform.saveFile).toHaveBeenCalledWith(expect.stringMatching(/\.dkbak$/), expect.any(Uint8Array), [
      { name: 'Tệp sao lưu', extensions: ['dkbak'] },
    ]);
    await screen.findByText(/^Lần sao lưu gần nhất: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(screen.queryByTestId('backup-open-folder')).toBeNull();
  });

  it('restores after a confirmation that shows the file date, version and counts', async () => {
    const db = currentDb();
    const file = await createBackup(db, 'manual', new Date(2025, 2, 14, 9, 5));
    const before = await names(db);
    await db.orgs.update('o-xa', { name: 'Đã đổi' });
    const platform = webPlatform({ name: file.fileName, data: file.bytes });
    renderPage(<BackupSection />, db, platform);
    fireEvent.click(await screen.findByTestId('backup-restore'));
    const summary = await screen.findByTestId('restore-summary');
    expect(summary.textContent).toContain('Ngày sao lưu: 14/03/2025 09:05');
    expect(summary.textContent).toContain(`Phiên bản ứng dụng: ${file.manifest.appVersion}`);
    expect(summary.textContent).toContain('2 tổ chức cơ sở đảng, 4 chi bộ, 5 cán bộ, 6 lượt đăng ký');
    fireEvent.click(screen.getByTestId('confirm-dialog-confirm'));
    await screen.findByText(/^Đã khôi phục dữ liệu từ tệp sao lưu ngày 14\/03\/2025 09:05/);
    expect(await names(db)).toEqual(before);
    // The safety copy of the data as it was went to the downloads first.
    expect(platform.saveFile).toHaveBeenCalledWith(expect.stringMatching(/^Sao-luu-truoc-khoi-phuc-/), expect.any(Uint8Array), expect.anything());
  });

  it('shows the Vietnamese reason for a bad file and changes nothing', async () => {
    const db = currentDb();
    const before = await names(db);
    renderPage(<BackupSection />, db, webPlatform({ name: 'bao-cao.xlsx', data: new Uint8Array([0x50, 0x4b, 3, 4]) }));
    fireEvent.click(await screen.findByTestId('backup-restore'));
    const notice = await screen.findByTestId('backup-notice');
    expect(notice.textContent).toContain('Tệp này không phải tệp sao lưu của ứng dụng');
    expect(screen.queryByTestId('restore-summary')).toBeNull();
    expect(await names(db)).toEqual(before);
  });

  it('on the desktop keeps the safety copy in the backups folder and offers to open it', async () => {
    const db = currentDb();
    const file = await createBackup(db);
    const platform = { ...desktopPlatform(), openFile: vi.fn(async () => ({ name: file.fileName, data: file.bytes })) };
    renderPage(<BackupSection />, db, platform);
    fireEvent.click(await screen.findByTestId('backup-open-folder'));
    expect(platform.backups.openFolder).toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('backup-restore'));
    fireEvent.click(within(await screen.findByRole('dialog')).getByTestId('confirm-dialog-confirm'));
    await screen.findByText(/Bản sao lưu dữ liệu trước đó: \/u\/backups\/before-restore\.dkbak/);
    expect(platform.backups.write).toHaveBeenCalledWith('before-restore', expect.any(Uint8Array));
    expect(platform.saveFile).not.toHaveBeenCalled();
  });
});

describe('BackupReminder', () => {
  it('on the web asks for a backup when there never was one, and goes once backed up', async () => {
    const db = currentDb();
    const platform = webPlatform();
    renderPage(<BackupReminder />, db, platform);
    expect((await screen.findByTestId('backup-reminder')).textContent).toContain('Dữ liệu chưa được sao lưu lần nào');
    fireEvent.click(screen.getByTestId('backup-reminder-now'));
    await waitFor(() => expect(screen.queryByTestId('backup-reminder')).toBeNull());
    expect(platform.saveFile).toHaveBeenCalledTimes(1);
  });

  it('shows after 7 days, not before', async () => {
    const db = currentDb();
    await recordBackup(db, new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString());
    const { unmount } = renderPage(<BackupReminder />, db, webPlatform());
    expect((await screen.findByTestId('backup-reminder')).textContent).toContain('trong 7 ngày qua');
    unmount();
    await recordBackup(db, new Date(Date.now() - 6 * 24 * 3600 * 1000).toISOString());
    renderPage(<BackupReminder />, db, webPlatform());
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
  });

  it('on the desktop shows no banner and takes the daily backup when it is due', async () => {
    const db = currentDb();
    const platform = desktopPlatform();
    vi.mocked(platform.backups.status).mockResolvedValue({ folder: '/u/backups', dailyDue: true });
    renderPage(<BackupReminder />, db, platform);
    await waitFor(() => expect(platform.backups.write).toHaveBeenCalledWith('daily', expect.any(Uint8Array)));
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
  });

  it('on the desktop writes the quit backup when main asks, then reports done', async () => {
    const db = currentDb();
    const platform = desktopPlatform();
    let quit: () => void = () => undefined;
    platform.backups.waitForQuit = () => new Promise<void>((resolve) => (quit = resolve));
    renderPage(<BackupReminder />, db, platform);
    await waitFor(() => expect(platform.backups.status).toHaveBeenCalled());
    quit();
    await waitFor(() => expect(platform.backups.quitDone).toHaveBeenCalled());
    expect(platform.backups.write).toHaveBeenCalledWith('quit', expect.any(Uint8Array));
  });
});
