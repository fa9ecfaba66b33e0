import type { AppInfo, OpenedFile, OpenManyResult, OpenResult, SaveResult } from '../../shared/ipc/contract';
import { productName, version } from '../../package.json';
import type { FileFilter, Platform } from './types';

const MIME_BY_EXTENSION: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  csv: 'text/csv',
  json: 'application/json',
  pdf: 'application/pdf',
};

// These describe places on the clerk's machine, so they are Vietnamese like the rest of the
// app's data texts; the contract carries them as plain strings.
const DOWNLOADS_LOCATION = 'Thư mục Tải xuống (Downloads) của trình duyệt';
const WEB_DATA_LOCATION =
  'Bộ nhớ IndexedDB của trình duyệt cho trang này (xóa dữ liệu trang web sẽ xóa dữ liệu ứng dụng)';

function mimeFor(name: string): string {
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  return MIME_BY_EXTENSION[extension] ?? 'application/octet-stream';
}

/** A browser cannot ask where to save: the file goes to the download folder. */
async function saveFile(suggestedName: string, data: Uint8Array): Promise<SaveResult> {
  const blob = new Blob([data.slice()], { type: mimeFor(suggestedName) });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { saved: true, location: DOWNLOADS_LOCATION };
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * A hidden file input, clicked at once (still within the clerk's click): resolves with the
 * files picked, [] when the dialog is cancelled.
 */
function pickFiles(filters: FileFilter[], multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    const finish = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('cancel', () => finish([]));
    input.addEventListener('change', () => finish([...(input.files ?? [])]));
    document.body.append(input);
    input.click();
  });
}

async function readFile(file: File): Promise<OpenedFile> {
  try {
    return { name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
  } catch (error) {
    throw toError(error);
  }
}

async function openFile(filters: FileFilter[]): Promise<OpenResult> {
  const [file] = await pickFiles(filters, false);
  return file ? readFile(file) : null;
}

async function openFiles(filters: FileFilter[]): Promise<OpenManyResult> {
  const files = await pickFiles(filters, true);
  return Promise.all(files.map(readFile));
}

export function createWebPlatform(): Platform {
  return {
    runtime: 'web',
    saveFile: (suggestedName, data) => saveFile(suggestedName, data),
    openFile,
    openFiles,
    print: async () => window.print(),
    appInfo: async (): Promise<AppInfo> => ({
      name: productName,
      version,
      runtime: 'web',
      dataLocation: WEB_DATA_LOCATION,
    }),
  };
}
