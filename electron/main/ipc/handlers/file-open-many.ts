/**
 * file:open-many — several files the clerk picks in one dialog (the districts' files on the
 * province page), each read whole. Every file is checked before any is read: each within
 * file:open's size limit, the batch within a total, so one mistaken pick refuses the lot
 * with its name before memory is spent on the others.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_FILE_BYTES, type IpcRequest, type OpenManyResult } from '../../../../shared/ipc/contract';
import { UserFacingError } from '../errors';
import { readPickedFile, tooBig, type FileOpenDeps } from './file-open';

/** A province has a few dozen district-level committees; far more files is a mistaken pick. */
export const MAX_OPEN_FILES = 200;
/** What one pick may bring into memory (and across IPC) at once. */
export const MAX_OPEN_TOTAL_BYTES = 4 * MAX_FILE_BYTES;

const MEGABYTE = 1024 * 1024;

export interface FileOpenManyLimits {
  maxBytes?: number;
  maxTotalBytes?: number;
  maxFiles?: number;
}

async function checkAll(filePaths: readonly string[], maxBytes: number, maxTotalBytes: number): Promise<void> {
  let total = 0;
  for (const filePath of filePaths) {
    const name = path.basename(filePath);
    const info = await stat(filePath);
    if (!info.isFile()) throw new UserFacingError(`"${name}" không phải là tệp.`);
    if (info.size > maxBytes) throw tooBig(name, info.size);
    total += info.size;
  }
  if (total > maxTotalBytes) {
    const size = (total / MEGABYTE).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
    throw new UserFacingError(
      `Các tệp đã chọn quá lớn (${size} MB cộng lại). Mỗi lần chỉ mở được tối đa ${maxTotalBytes / MEGABYTE} MB; hãy chọn ít tệp hơn.`,
    );
  }
}

export function createFileOpenMany(deps: FileOpenDeps, limits: FileOpenManyLimits = {}) {
  const { maxBytes = MAX_FILE_BYTES, maxTotalBytes = MAX_OPEN_TOTAL_BYTES, maxFiles = MAX_OPEN_FILES } = limits;
  return async (request: IpcRequest<'file:open-many'>): Promise<OpenManyResult> => {
    const picked = await deps.showOpenDialog({
      title: 'Mở tệp (chọn được nhiều tệp)',
      defaultPath: deps.documentsDir(),
      filters: request.filters,
      properties: ['openFile', 'multiSelections'],
    });
    if (picked.canceled || picked.filePaths.length === 0) return [];
    if (picked.filePaths.length > maxFiles) {
      throw new UserFacingError(`Đã chọn ${picked.filePaths.length} tệp. Mỗi lần chỉ mở được tối đa ${maxFiles} tệp.`);
    }
    await checkAll(picked.filePaths, maxBytes, maxTotalBytes);
    const files: OpenManyResult = [];
    // One at a time: the files are small, and reading them in turn keeps memory to what was checked.
    for (const filePath of picked.filePaths) {
      files.push({ name: path.basename(filePath), data: await readPickedFile(filePath, maxBytes) });
    }
    return files;
  };
}
