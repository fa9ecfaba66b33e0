/**
 * Writes an --out file; 'wx' fails if the file appeared meanwhile, so without --force nothing is
 * ever overwritten. Each failure is one Vietnamese sentence naming the file.
 */
import { writeFile } from 'node:fs/promises';
import { CliError } from './types';

export async function writeOutFile(path: string, bytes: Uint8Array, force: boolean): Promise<void> {
  try {
    await writeFile(path, bytes, { flag: force ? 'w' : 'wx' });
  } catch (e) {
    const code = (e as { code?: string } | null)?.code;
    const why =
      code === 'EEXIST'
        ? 'tệp đã có; thêm --force để ghi đè'
        : code === 'ENOENT' || code === 'ENOTDIR'
          ? 'thư mục chứa tệp không tồn tại'
          : code === 'EISDIR'
            ? 'đây là thư mục, không phải tệp'
            : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
              ? 'không có quyền ghi'
              : e instanceof Error
                ? e.message
                : String(e);
    throw new CliError(`Không ghi được tệp --out "${path}": ${why}.`);
  }
}
