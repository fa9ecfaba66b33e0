/**
 * file:open — one file the clerk picks, read whole. Size is checked before reading so a
 * mistaken pick (a video, a disk image) cannot exhaust memory.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { MAX_FILE_BYTES, type IpcRequest, type OpenResult } from '../../../../shared/ipc/contract';
import { UserFacingError } from '../errors';

export interface FileOpenDeps {
  showOpenDialog(options: OpenDialogOptions): Promise<Pick<OpenDialogReturnValue, 'canceled' | 'filePaths'>>;
  documentsDir(): string;
}

const MEGABYTE = 1024 * 1024;

export function tooBig(name: string, bytes: number): UserFacingError {
  const size = (bytes / MEGABYTE).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  return new UserFacingError(
    `Tệp "${name}" quá lớn (${size} MB). Chỉ mở được tệp tối đa ${MAX_FILE_BYTES / MEGABYTE} MB.`,
  );
}

/**
 * Node may hand back a Buffer that is a slice of a larger pooled ArrayBuffer; IPC would
 * clone that whole buffer, so copy unless the bytes own their buffer.
 */
export function ownBytes(buffer: Uint8Array): Uint8Array {
  const owns = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength;
  return owns ? new Uint8Array(buffer.buffer, 0, buffer.byteLength) : new Uint8Array(buffer);
}

export async function readPickedFile(filePath: string, maxBytes = MAX_FILE_BYTES): Promise<Uint8Array> {
  const name = path.basename(filePath);
  const info = await stat(filePath);
  if (!info.isFile()) throw new UserFacingError(`"${name}" không phải là tệp.`);
  if (info.size > maxBytes) throw tooBig(name, info.size);
  const bytes = await readFile(filePath);
  // The file may have grown between stat and read.
  if (bytes.byteLength > maxBytes) throw tooBig(name, bytes.byteLength);
  return ownBytes(bytes);
}

export function createFileOpen(deps: FileOpenDeps, maxBytes = MAX_FILE_BYTES) {
  return async (request: IpcRequest<'file:open'>): Promise<OpenResult> => {
    const picked = await deps.showOpenDialog({
      title: 'Mở tệp',
      defaultPath: deps.documentsDir(),
      filters: request.filters,
      properties: ['openFile'],
    });
    const filePath = picked.filePaths[0];
    if (picked.canceled || !filePath) return null;
    return { name: path.basename(filePath), data: await readPickedFile(filePath, maxBytes) };
  };
}
