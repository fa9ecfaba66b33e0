/**
 * What the renderer may ask of the machine it runs on. Features call this
 * interface only; `electron.ts` and `web.ts` implement it, tests bring a third.
 */
import type { AppInfo, BackupStatus, BackupWriteResult, IpcRequest, OpenManyResult, OpenResult, SaveResult } from '../../shared/ipc/contract';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Platform {
  readonly runtime: 'electron' | 'web';
  /** Save bytes where the user chooses (dialog on desktop, download on the web). */
  saveFile(suggestedName: string, data: Uint8Array, filters: FileFilter[]): Promise<SaveResult>;
  /** Let the user pick a file and return its bytes; null when they cancel. */
  openFile(filters: FileFilter[]): Promise<OpenResult>;
  /** Let the user pick one or more files in one dialog; their bytes in the order given, [] when they cancel. */
  openFiles(filters: FileFilter[]): Promise<OpenManyResult>;
  /** Print the current view (print dialog with preview on desktop, window.print on the web). */
  print(): Promise<void>;
  appInfo(): Promise<AppInfo>;
  /** The desktop app's automatic backups folder; absent on the web (backups are downloads there). */
  readonly backups?: AutoBackups;
}

export interface AutoBackups {
  /** Writes a backup into the backups folder under a name main chooses, and prunes old ones. */
  write(kind: IpcRequest<'backup:write'>['kind'], data: Uint8Array): Promise<BackupWriteResult>;
  status(): Promise<BackupStatus>;
  openFolder(): Promise<void>;
  /** Resolves when the app is about to quit and waits for the quit backup. */
  waitForQuit(): Promise<void>;
  /** Tells main the quit backup is finished (or was skipped), so it may close. */
  quitDone(): Promise<void>;
}
