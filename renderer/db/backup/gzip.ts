/** gzip through the platform's own streams (browsers, Electron's Chromium and Node 20 all have them). */
import { BackupError } from '../../../shared/backup/errors';

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array<ArrayBuffer>> {
  // The stream types want ArrayBuffer-backed chunks; copy only the rare other kind.
  const chunk = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  return new ReadableStream({
    start(controller) {
      controller.enqueue(chunk);
      controller.close();
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // A few kilobytes can inflate to gigabytes: stop before memory runs out.
      await reader.cancel().catch(() => undefined);
      throw new BackupError('too-large', `Dữ liệu trong tệp quá lớn khi giải nén (hơn ${Math.round(maxBytes / 1024 / 1024)} MB), không khôi phục được.`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  return collect(streamOf(bytes).pipeThrough(new CompressionStream('gzip')), Number.MAX_SAFE_INTEGER);
}

/** Inflates a gzip file; a broken stream becomes a BackupError, never a raw TypeError. */
export async function gunzip(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  try {
    return await collect(streamOf(bytes).pipeThrough(new DecompressionStream('gzip')), maxBytes);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('damaged', 'Tệp sao lưu bị hỏng: không giải nén được (tệp có thể bị cắt cụt hoặc ghi đè).');
  }
}
