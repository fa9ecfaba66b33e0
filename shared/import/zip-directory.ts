/**
 * The central directory of a ZIP (an .xlsx is one), read from the raw bytes without
 * inflating anything: what the zip-guard checks before exceljs (through JSZip) inflates every
 * entry into memory. Only what JSZip itself can read is accepted (one disk, stored or
 * deflated, not encrypted); ZIP64 is refused outright, since no import file comes near 4 GB
 * or 65,535 entries and its extra fields are one more place for sizes to lie.
 */

/** `broken`: not a ZIP, or one JSZip could not read either; `refused`: a limit was crossed. */
export type ZipGuardKind = 'broken' | 'refused';

/** Why a file is not opened; `message` is a Vietnamese clause, ready to follow "Không nhập được tệp …:". */
export class ZipGuardError extends Error {
  constructor(
    readonly kind: ZipGuardKind,
    message: string,
  ) {
    super(message);
    this.name = 'ZipGuardError';
  }
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** As declared: it can lie, which the guard checks while inflating. */
  uncompressedSize: number;
  /** Where the entry's compressed bytes start in the file. */
  dataOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;

const broken = () => new ZipGuardError('broken', 'tệp không phải tệp Excel .xlsx hoặc đã bị hỏng.');

const ZIP64_MESSAGE =
  'tệp được nén theo kiểu ZIP64 (dành cho tệp nén trên 4 GB hoặc trên 65.535 phần), không phải một tệp Excel nhập liệu thông thường. ' +
  'Hãy mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi nhập lại.';

/** The End of Central Directory record, searched from the end (it may be followed by a comment). */
function findEocd(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (bytes[at] === 0x50 && u32(bytes, at) === EOCD_SIGNATURE) return at;
  }
  throw broken();
}

interface Directory {
  count: number;
  start: number;
  end: number;
  /** Bytes before the archive (a self-extractor stub) shift every offset; JSZip allows that too. */
  shift: number;
}

function readEocd(bytes: Uint8Array, maxEntries: number): Directory {
  const eocd = findEocd(bytes);
  const [disk, cdDisk, onDisk, count] = [u16(bytes, eocd + 4), u16(bytes, eocd + 6), u16(bytes, eocd + 8), u16(bytes, eocd + 10)];
  const [size, offset] = [u32(bytes, eocd + 12), u32(bytes, eocd + 16)];
  const locator = eocd >= 20 && u32(bytes, eocd - 20) === ZIP64_LOCATOR_SIGNATURE;
  if (locator || count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new ZipGuardError('refused', ZIP64_MESSAGE);
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count) throw broken();
  if (count > maxEntries) throw new ZipGuardError('refused', tooManyEntries(count, maxEntries));
  const start = eocd - size;
  if (start < 0 || offset > start) throw broken();
  return { count, start, end: eocd, shift: start - offset };
}

export const tooManyEntries = (count: number, max: number) =>
  `tệp có ${count.toLocaleString('vi-VN')} phần nén bên trong, quá giới hạn ${max.toLocaleString('vi-VN')} phần của một tệp Excel .xlsx: ` +
  'tệp không phải tệp Excel thông thường hoặc đã bị sửa.';

/** Entry names are ASCII in every .xlsx; anything else is kept byte for byte, for the message. */
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return text;
}

function readEntry(bytes: Uint8Array, at: number, shift: number, directoryStart: number): { entry: ZipEntry; next: number } {
  if (at + CENTRAL_SIZE > bytes.length || u32(bytes, at) !== CENTRAL_SIGNATURE) throw broken();
  const [flags, method] = [u16(bytes, at + 8), u16(bytes, at + 10)];
  const [compressedSize, uncompressedSize] = [u32(bytes, at + 20), u32(bytes, at + 24)];
  const [nameLength, extraLength, commentLength] = [u16(bytes, at + 28), u16(bytes, at + 30), u16(bytes, at + 32)];
  const localOffset = u32(bytes, at + 42);
  if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) {
    throw new ZipGuardError('refused', ZIP64_MESSAGE);
  }
  // Encrypted (bit 0) or compressed some other way: JSZip cannot read it either.
  if ((flags & 1) !== 0 || (method !== 0 && method !== 8)) throw broken();
  const name = latin1(bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength));
  const local = localOffset + shift;
  if (local + LOCAL_SIZE > directoryStart || u32(bytes, local) !== LOCAL_SIGNATURE) throw broken();
  const dataOffset = local + LOCAL_SIZE + u16(bytes, local + 26) + u16(bytes, local + 28);
  // JSZip slices exactly compressedSize bytes: they must lie inside the file, before the directory.
  if (dataOffset + compressedSize > directoryStart) throw broken();
  if (method === 0 && compressedSize !== uncompressedSize) throw broken();
  const entry = { name, method, compressedSize, uncompressedSize, dataOffset };
  return { entry, next: at + CENTRAL_SIZE + nameLength + extraLength + commentLength };
}

/** Every entry of the ZIP, or a ZipGuardError: not a ZIP, ZIP64, or more than `maxEntries` entries. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const { count, start, end, shift } = readEocd(bytes, maxEntries);
  const entries: ZipEntry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    const { entry, next } = readEntry(bytes, at, shift, start);
    if (next > end) throw broken();
    entries.push(entry);
    at = next;
  }
  return entries;
}
