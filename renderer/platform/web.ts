import type { AppInfo, OpenResult, SaveResult } from '../../shared/ipc/contract';
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

function openFile(filters: FileFilter[]): Promise<OpenResult> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    const finish = () => input.remove();
    input.addEventListener('cancel', () => {
      finish();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      finish();
      if (!file) return resolve(null);
      file.arrayBuffer().then(
        (buffer) => resolve({ name: file.name, data: new Uint8Array(buffer) }),
        (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
      );
    });
    document.body.append(input);
    input.click();
  });
}

export function createWebPlatform(): Platform {
  return {
    runtime: 'web',
    saveFile: (suggestedName, data) => saveFile(suggestedName, data),
    openFile,
    print: async () => window.print(),
    appInfo: async (): Promise<AppInfo> => ({
      name: productName,
      version,
      runtime: 'web',
      dataLocation: WEB_DATA_LOCATION,
    }),
  };
}
