/**
 * Refuses a hostile or absurd .xlsx before exceljs loads it. exceljs (through JSZip) inflates
 * every entry of the ZIP, whatever its name, into one string in memory, then builds an object
 * per cell: a 1 MB "decompression bomb" or a sheet of a million rows would freeze the import
 * worker or the province's app, or exhaust its memory. Pure TypeScript, no Node API.
 *
 * What is checked, in order, each refusal a Vietnamese ZipGuardError:
 * 1. the ZIP's central directory (zip-directory.ts): not a ZIP, ZIP64, too many entries;
 * 2. the declared sizes: total uncompressed size, and each entry's compression ratio;
 * 3. the actual sizes, by inflating every entry once with the platform's native inflater
 *    (DecompressionStream 'deflate-raw': browsers, workers, Electron, Node ≥ 20) and stopping
 *    at the first byte past the declared size, so declared sizes cannot lie; while doing so,
 *    each worksheet's <dimension ref> and its number of rows and cells.
 * Where DecompressionStream is missing only 1 and 2 apply: an entry that lies about its size
 * is then caught by JSZip only after inflating it (at most ~1,032× its compressed size).
 */
import { readZipDirectory, ZipGuardError, type ZipEntry } from './zip-directory';
import { listArea, scanSheet } from './zip-sheet-scan';

export { ZipGuardError } from './zip-directory';
export { sheetTooLarge } from './zip-sheet-scan';

export interface ZipLimits {
  maxEntries: number;
  /** Total uncompressed bytes of every entry. */
  maxTotalBytes: number;
  /** An entry is a bomb when both its ratio and its size are over these. */
  maxRatio: number;
  ratioMinBytes: number;
  maxRows: number;
  maxColumns: number;
  /** Cells stored in one sheet, or merged: exceljs keeps an object for each. */
  maxCells: number;
  /** Addresses of data validations (per sheet) or defined names (per workbook), which exceljs lists one by one. */
  maxExpanded: number;
}

const MB = 1024 * 1024;

export const XLSX_LIMITS: ZipLimits = {
  maxEntries: 2_000,
  maxTotalBytes: 200 * MB,
  maxRatio: 200,
  ratioMinBytes: 10 * MB,
  maxRows: 200_000,
  maxColumns: 500,
  maxCells: 3_000_000,
  // A whole-column validation (C2:C1048576) is common and costs exceljs ~1 s: a few are fine.
  maxExpanded: 10_000_000,
};

/** exceljs' own test for a worksheet entry (unanchored, as it is there). */
const SHEET_ENTRY = /xl\/worksheets\/sheet(\d+)[.]xml/;

const vi = (n: number) => n.toLocaleString('vi-VN');
const megabytes = (bytes: number) => `${vi(Math.ceil(bytes / MB))} MB`;
const refuse = (message: string) => new ZipGuardError('refused', message);
const broken = () => new ZipGuardError('broken', 'tệp không phải tệp Excel .xlsx hoặc đã bị hỏng.');

const TOO_LARGE_ADVICE = 'Hãy chia dữ liệu thành nhiều tệp nhỏ hơn, hoặc chép bảng cần nhập sang một tệp mới rồi nhập lại.';

function checkDeclared(entries: readonly ZipEntry[], limits: ZipLimits): void {
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxTotalBytes) {
    throw refuse(`tệp khi giải nén lớn ${megabytes(total)}, quá giới hạn ${megabytes(limits.maxTotalBytes)}. ${TOO_LARGE_ADVICE}`);
  }
  for (const e of entries) {
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > limits.ratioMinBytes && ratio > limits.maxRatio) throw refuse(bombMessage(e.name, ratio, e.uncompressedSize));
  }
}

const bombMessage = (name: string, ratio: number, size: number) =>
  `phần “${name}” trong tệp bị nén với tỉ lệ ${vi(Math.round(ratio))}:1 (giải nén ra ${megabytes(size)}), bất thường đối với tệp Excel: ` +
  'có thể là tệp độc hại (“bom giải nén”). Phần mềm không mở tệp này.';

// ---- inflating, through the platform's DecompressionStream (no DOM types in shared/) ----

interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}
interface Inflater {
  readable: { getReader(): ByteReader };
  writable: { getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } };
}
type InflaterClass = new (format: 'deflate-raw') => Inflater;

function inflaterClass(): InflaterClass | undefined {
  const ctor = (globalThis as unknown as { DecompressionStream?: InflaterClass }).DecompressionStream;
  if (!ctor) return undefined;
  try {
    new ctor('deflate-raw');
    return ctor;
  } catch {
    return undefined; // a browser that knows only 'deflate' and 'gzip'
  }
}

/** Feeds the entry's inflated bytes, chunk by chunk, to `visit` (which may throw to stop). */
async function inflate(Inflate: InflaterClass, bytes: Uint8Array, entry: ZipEntry, visit: (chunk: Uint8Array) => void): Promise<void> {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return visit(data);
  const stream = new Inflate('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Not awaited: the inflater only runs as far as the reader pulls, so a bomb stops where we stop.
  writer.write(data).catch(() => undefined);
  writer.close().catch(() => undefined);
  for (;;) {
    let chunk: { done: boolean; value?: Uint8Array };
    try {
      chunk = await reader.read();
    } catch {
      throw broken();
    }
    if (chunk.done) return;
    try {
      if (chunk.value) visit(chunk.value);
    } catch (error) {
      await reader.cancel().catch(() => undefined);
      throw error;
    }
  }
}

/** The whole of a small entry as text (UTF-8), or null when it is too big to bother. */
async function entryText(Inflate: InflaterClass, bytes: Uint8Array, entry: ZipEntry | undefined): Promise<string | null> {
  if (!entry || entry.uncompressedSize > 4 * MB) return null;
  const parts: Uint8Array[] = [];
  let size = 0;
  await inflate(Inflate, bytes, entry, (chunk) => {
    size += chunk.length;
    if (size > entry.uncompressedSize) throw lyingSize(entry);
    parts.push(chunk.slice());
  });
  const Decoder = (globalThis as unknown as { TextDecoder?: new () => { decode(b: Uint8Array): string } }).TextDecoder;
  const all = new Uint8Array(size);
  parts.reduce((at, p) => (all.set(p, at), at + p.length), 0);
  return Decoder ? new Decoder().decode(all) : String.fromCharCode(...all.subarray(0, 65_536));
}

const lyingSize = (entry: ZipEntry) =>
  refuse(
    `phần “${entry.name}” trong tệp giải nén ra nhiều hơn kích thước ghi trong tệp (${vi(entry.uncompressedSize)} byte): ` +
      'tệp bị hỏng hoặc bị sửa có chủ ý. Phần mềm không mở tệp này.',
  );

// ---- sheet names, for messages ----

const xmlText = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(Number.parseInt(h, 16) % 0x110000))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d) % 0x110000))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** exceljs lists every cell of every defined name's range ("Sheet1!$A$1:$XFD$1048576"). */
function checkDefinedNames(workbook: string, limits: ZipLimits): void {
  let total = 0;
  for (const m of workbook.matchAll(/<(?:\w+:)?definedName\b[^>]*>([^<]*)</g)) {
    total += (m[1] ?? '').split(',').reduce((sum, part) => sum + listArea(part.replace(/^.*!/, '')), 0);
    if (total > limits.maxExpanded) {
      throw refuse(`vùng được đặt tên (Name) ${xmlText(m[1] ?? '').slice(0, 60)} quá lớn: tổng số ô vượt quá giới hạn ${vi(limits.maxExpanded)} ô`);
    }
  }
}

const attribute = (tag: string, name: RegExp) => name.exec(tag)?.[1];

/** Worksheet entry name → the sheet's name in Excel, from xl/workbook.xml and its relationships. */
async function sheetNames(Inflate: InflaterClass, bytes: Uint8Array, entries: readonly ZipEntry[], limits: ZipLimits): Promise<Map<string, string>> {
  const byName = (name: string) => entries.find((e) => e.name === name);
  const [workbook, rels] = [
    await entryText(Inflate, bytes, byName('xl/workbook.xml')),
    await entryText(Inflate, bytes, byName('xl/_rels/workbook.xml.rels')),
  ];
  const names = new Map<string, string>();
  if (workbook !== null) checkDefinedNames(workbook, limits);
  if (workbook === null || rels === null) return names;
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const [id, target] = [attribute(tag, /\bId="([^"]*)"/), attribute(tag, /\bTarget="([^"]*)"/)];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const [tag] of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const [name, id] = [attribute(tag, /\bname="([^"]*)"/), attribute(tag, /\b\w+:id="([^"]*)"/)];
    const target = id ? targets.get(id) : undefined;
    if (name && target) names.set(target, xmlText(name));
  }
  return names;
}

/**
 * Throws ZipGuardError when the bytes are not a ZIP (`broken`) or cross one of the limits
 * (`refused`); resolves when exceljs may load them.
 */
export async function guardXlsx(bytes: Uint8Array, limits: ZipLimits = XLSX_LIMITS): Promise<void> {
  const entries = readZipDirectory(bytes, limits.maxEntries);
  checkDeclared(entries, limits);
  const Inflate = inflaterClass();
  if (!Inflate) return;
  const names = await sheetNames(Inflate, bytes, entries, limits);
  for (const entry of entries) {
    const match = SHEET_ENTRY.exec(entry.name);
    const name = names.get(entry.name);
    const sheet = name !== undefined ? `trang “${name}”` : `trang tính thứ ${match?.[1] ?? ''} (phần “${entry.name}”)`;
    const scan = match ? scanSheet(sheet, limits) : undefined;
    let size = 0;
    await inflate(Inflate, bytes, entry, (chunk) => {
      size += chunk.length;
      if (size > entry.uncompressedSize) throw lyingSize(entry);
      scan?.(chunk);
    });
  }
}
