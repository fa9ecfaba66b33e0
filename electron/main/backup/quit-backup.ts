/**
 * The backup taken when the app closes. IndexedDB lives in the renderer, so main cannot copy
 * the data itself: the renderer keeps a `backup:wait-for-quit` call pending, main answers it
 * when the window is about to close, the renderer writes the backup through `backup:write` and
 * reports `backup:quit-done`. Main waits for that at most `timeoutMs`: a hung or crashed
 * renderer must never keep the app from quitting.
 */
import type { BrowserWindow } from 'electron';

export const QUIT_BACKUP_TIMEOUT_MS = 15_000;

export type QuitBackupOutcome = 'done' | 'timeout' | 'no-renderer';

export interface QuitBackup {
  /** The renderer's standing request; resolves when the app starts to close. */
  waitForQuit(): Promise<{ quitting: true }>;
  /** The renderer finished (written, nothing to write, or failed). */
  done(): { closing: boolean };
  /** Asks the waiting renderer for the backup and waits for it, at most the timeout. */
  run(): Promise<QuitBackupOutcome>;
}

export function createQuitBackup(timeoutMs = QUIT_BACKUP_TIMEOUT_MS): QuitBackup {
  const waiting: ((value: { quitting: true }) => void)[] = [];
  let finish: (() => void) | undefined;
  return {
    waitForQuit: () => new Promise((resolve) => waiting.push(resolve)),
    done: () => {
      const closing = finish !== undefined;
      finish?.();
      return { closing };
    },
    run: () => {
      if (waiting.length === 0) return Promise.resolve('no-renderer');
      return new Promise<QuitBackupOutcome>((resolve) => {
        const timer = setTimeout(() => {
          finish = undefined;
          resolve('timeout');
        }, timeoutMs);
        finish = () => {
          clearTimeout(timer);
          finish = undefined;
          resolve('done');
        };
        for (const answer of waiting.splice(0)) answer({ quitting: true });
      });
    },
  };
}

type ClosableWindow = Pick<BrowserWindow, 'on' | 'close' | 'isDestroyed'>;

/**
 * Holds the first close of the window until the quit backup is done (or timed out), then
 * closes it for real. `afterBackup` lets the entry resume an app.quit() the held close cancelled.
 */
export function holdCloseForBackup(window: ClosableWindow, backup: Pick<QuitBackup, 'run'>, afterBackup: () => void = () => undefined): void {
  let state: 'open' | 'backing-up' | 'done' = 'open';
  window.on('close', (event) => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'backing-up') return;
    state = 'backing-up';
    void backup
      .run()
      .catch((error: unknown) => console.error('Sao lưu khi thoát không thành công:', error))
      .finally(() => {
        state = 'done';
        if (!window.isDestroyed()) window.close();
        afterBackup();
      });
  });
}
