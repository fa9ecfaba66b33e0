/**
 * Builds the hostile ZIPs the guard and the fuzz tests need: through JSZip (what exceljs reads
 * with), then patched byte by byte where a ZIP must lie about itself.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export async function zipOf(files: Record<string, string | Uint8Array>, level = 6): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level } });
}

export async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const data: unknown = await wb.xlsx.writeBuffer();
  return new Uint8Array(data as ArrayBuffer);
}

/** The same workbook with one entry's text rewritten (or added, or removed with null). */
export async function withEntry(bytes: Uint8Array, entry: string, edit: (text: string) => string | null, level = 6): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const text = (await zip.file(entry)?.async('string')) ?? '';
  const next = edit(text);
  if (next === null) zip.remove(entry);
  else zip.file(entry, next);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level } });
}

export const withSheetXml = (bytes: Uint8Array, edit: (xml: string) => string, sheet = 1) =>
  withEntry(bytes, `xl/worksheets/sheet${sheet}.xml`, edit);

const u32le = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
function setU32(b: Uint8Array, at: number, value: number): void {
  for (let k = 0; k < 4; k++) b[at + k] = (value >>> (8 * k)) & 0xff;
}

/** Where each central-directory record of `name` starts. */
function centralRecord(bytes: Uint8Array, name: string): number {
  const wanted = new TextEncoder().encode(name);
  for (let at = 0; at + 46 <= bytes.length; at++) {
    if (u32le(bytes, at) !== 0x02014b50) continue;
    const length = bytes[at + 28]! | (bytes[at + 29]! << 8);
    if (length === wanted.length && wanted.every((b, k) => bytes[at + 46 + k] === b)) return at;
  }
  throw new Error(`no central record for ${name}`);
}

/** A copy whose central directory declares another uncompressed size for `name` (and the local header too). */
export function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const at = centralRecord(out, name);
  setU32(out, at + 24, size);
  setU32(out, u32le(out, at + 42) + 22, size);
  return out;
}

/** A copy with the general-purpose flags of `name` set (bit 0: encrypted). */
export function setFlags(bytes: Uint8Array, name: string, flags: number): Uint8Array {
  const out = bytes.slice();
  out[centralRecord(out, name) + 8] = flags;
  return out;
}

/** A copy whose compressed data of `name` starts with 0xFF bytes: a deflate block of the reserved type. */
export function corruptData(bytes: Uint8Array, name: string): Uint8Array {
  const out = bytes.slice();
  const local = u32le(out, centralRecord(out, name) + 42);
  const data = local + 30 + (out[local + 26]! | (out[local + 27]! << 8)) + (out[local + 28]! | (out[local + 29]! << 8));
  out.fill(0xff, data, data + 16);
  return out;
}

/** The End of Central Directory record's offset. */
export function eocdOffset(bytes: Uint8Array): number {
  for (let at = bytes.length - 22; at >= 0; at--) if (u32le(bytes, at) === 0x06054b50) return at;
  throw new Error('no EOCD');
}

/** A copy marked as ZIP64: the entry count set to 0xFFFF, as a ZIP64 writer does. */
export function markZip64(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  const eocd = eocdOffset(out);
  out[eocd + 8] = out[eocd + 9] = out[eocd + 10] = out[eocd + 11] = 0xff;
  return out;
}

/** A sheet of `rows` rows of three cells, without a <dimension>: built as text, fast. */
export function bigSheetXml(rows: number, dimension?: string): string {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    dimension ? `<dimension ref="${dimension}"/>` : '',
    '<sheetData>',
  ];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${r * 7}</v></c><c r="C${r}"><v>1</v></c></row>`);
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}
