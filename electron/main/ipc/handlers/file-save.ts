/**
 * file:save — the renderer supplies bytes and a suggested name, never a path. The only path
 * written is the one the clerk picked in the native dialog.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { IpcRequest, SaveResult } from '../../../../shared/ipc/contract';
import { UserFacingError } from '../errors';

type FileFilters = IpcRequest<'file:save'>['filters'];

export interface FileSaveDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<Pick<SaveDialogReturnValue, 'canceled' | 'filePath'>>;
  documentsDir(): string;
}

/**
 * Linux dialogs return the name exactly as typed, so "bao-cao" would be saved without
 * ".xlsx" and not open on double-click. Appends the first filter's extension when the picked
 * name has none of the allowed ones; `appended` tells the caller the dialog never saw this name.
 */
export function withRequiredExtension(filePath: string, filters: FileFilters): { filePath: string; appended: boolean } {
  const allowed = filters.flatMap((filter) => filter.extensions);
  const first = allowed[0];
  if (!first) return { filePath, appended: false };
  const current = path.extname(filePath).slice(1).toLowerCase();
  if (allowed.includes(current)) return { filePath, appended: false };
  return { filePath: `${filePath}.${first}`, appended: true };
}

async function write(filePath: string, data: Uint8Array, appended: boolean): Promise<void> {
  try {
    // The dialog asked before overwriting the name it showed; a name we extended was never
    // confirmed, so it must not replace an existing file.
    await writeFile(filePath, data, { flag: appended ? 'wx' : 'w' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UserFacingError(`Đã có tệp "${path.basename(filePath)}". Hãy lưu lại với tên khác.`);
    }
    throw error;
  }
}

export function createFileSave(deps: FileSaveDeps) {
  return async (request: IpcRequest<'file:save'>): Promise<SaveResult> => {
    const picked = await deps.showSaveDialog({
      title: 'Lưu tệp',
      defaultPath: path.join(deps.documentsDir(), request.suggestedName),
      filters: request.filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (picked.canceled || !picked.filePath) return { saved: false };
    const target = withRequiredExtension(picked.filePath, request.filters);
    await write(target.filePath, request.data, target.appended);
    return { saved: true, location: target.filePath };
  };
}
