/**
 * Sizes a worksheet's XML as it streams out of the inflater, without parsing it: its
 * <dimension ref> (read from the first 64 kB, where Excel writes it), a count of its <row>
 * and <c> elements, and the ranges exceljs expands cell by cell when it loads them (each
 * <mergeCell ref> creates every cell of its range, each <dataValidation sqref> an entry per
 * address, each <col max> a column object up to max): one line of XML can otherwise ask for
 * 17 billion of them. Cheap enough to run on every sheet; exact enough to refuse a sheet of a
 * million rows before exceljs builds an object for each of its cells.
 */
import type { ZipLimits } from './zip-guard';
import { ZipGuardError } from './zip-directory';

const vi = (n: number) => n.toLocaleString('vi-VN');

/** `where` is "trang “Đăng ký”"; `what` says what is too big. */
export const sheetTooLarge = (where: string, what: string) =>
  `${where} ${what}. Hãy xóa các dòng, cột thừa (kể cả ô trống đã định dạng) ở cuối trang, hoặc chép bảng sang một trang mới rồi nhập lại.`;

const LT = 0x3c;
const [LOWER_R, LOWER_O, LOWER_W, LOWER_C, LOWER_M, LOWER_D] = [0x72, 0x6f, 0x77, 0x63, 0x6d, 0x64];
const MAX_EXCEL_COLUMNS = 16_384;
/** After "<row" or "<c": a space, tab, newline, "/" or ">" ends the tag name. */
const endsName = (b: number | undefined) => b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;
const HEAD_BYTES = 65_536;
const EMPTY = new Uint8Array(0);

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

interface Area {
  row: number;
  column: number;
  cells: number;
}

/** "A1:C1000000" (or "$A$1") → its last row and column and its number of cells; null for anything else. */
export function rangeArea(ref: string): Area | null {
  const m = /^'?(?:[^!]*!)?\$?([A-Z]{1,7})\$?(\d{1,10})(?::\$?([A-Z]{1,7})\$?(\d{1,10}))?$/i.exec(ref.trim());
  if (!m?.[1] || !m[2]) return null;
  const [c1, r1] = [columnNumber(m[1]), Number(m[2])];
  const [c2, r2] = m[3] && m[4] ? [columnNumber(m[3]), Number(m[4])] : [c1, r1];
  return { row: Math.max(r1, r2), column: Math.max(c1, c2), cells: (Math.abs(r2 - r1) + 1) * (Math.abs(c2 - c1) + 1) };
}

/** Cells of every range in a space-separated list ("A1:B2 D4"). */
export const listArea = (refs: string) => refs.split(/\s+/).reduce((sum, ref) => sum + (rangeArea(ref)?.cells ?? 0), 0);

/** Tags whose one attribute exceljs expands; longest first, since "<col" starts none of the others. */
const EXPANDING = [
  { tag: 'mergeCell', attribute: 'ref' },
  { tag: 'dataValidation', attribute: 'sqref' },
  { tag: 'col', attribute: 'max' },
] as const;
type ExpandingTag = (typeof EXPANDING)[number]['tag'];
/** How far after "<" a tag's attributes may run before it is taken for garbage. */
const TAG_MAX = 1024;

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}

/** A visitor for the sheet's inflated chunks, throwing a `refused` ZipGuardError at the first limit crossed. */
export function scanSheet(where: string, limits: ZipLimits): (chunk: Uint8Array) => void {
  let [rows, cells, merged, validated] = [0, 0, 0, 0];
  let carry = EMPTY;
  let head = '';
  let headDone = false;
  const refuse = (what: string) => new ZipGuardError('refused', sheetTooLarge(where, what));

  const checkHead = (chunk: Uint8Array) => {
    head += latin1(chunk.subarray(0, HEAD_BYTES - head.length));
    const ref = /<(?:\w+:)?dimension\b[^>]*?\bref="([^"]*)"/.exec(head)?.[1];
    headDone = ref !== undefined || head.length >= HEAD_BYTES || head.includes('sheetData');
    const end = ref === undefined ? null : rangeArea(ref);
    if (end && end.row > limits.maxRows) throw refuse(`có vùng dữ liệu ${ref} đến dòng ${vi(end.row)}, quá giới hạn ${vi(limits.maxRows)} dòng`);
    if (end && end.column > limits.maxColumns) {
      throw refuse(`có vùng dữ liệu ${ref} rộng ${vi(end.column)} cột, quá giới hạn ${vi(limits.maxColumns)} cột`);
    }
  };

  const expanding = (tag: ExpandingTag, value: string) => {
    if (tag === 'col') {
      if (Number(value) > MAX_EXCEL_COLUMNS) throw refuse(`khai báo cột thứ ${value}, vượt quá số cột tối đa của Excel (${vi(MAX_EXCEL_COLUMNS)})`);
      return;
    }
    const area = tag === 'mergeCell' ? (rangeArea(value)?.cells ?? 0) : listArea(value);
    if (tag === 'mergeCell' && (merged += area) > limits.maxCells) {
      throw refuse(`có vùng gộp ô ${value}: tổng số ô gộp vượt quá giới hạn ${vi(limits.maxCells)} ô`);
    }
    if (tag === 'dataValidation' && (validated += area) > limits.maxExpanded) {
      throw refuse(`có vùng kiểm tra dữ liệu (Data Validation) ${value.slice(0, 60)}: tổng số ô vượt quá giới hạn ${vi(limits.maxExpanded)} ô`);
    }
  };

  /** The tag at `i` if exceljs expands it: -1 when cut by the chunk's end, else where to go on. */
  const readExpanding = (buf: Uint8Array, i: number): number => {
    const found = EXPANDING.find(({ tag }) => [...tag].every((ch, k) => buf[i + 1 + k] === ch.charCodeAt(0)) && endsName(buf[i + 1 + tag.length]));
    if (!found) return i + 1;
    const close = buf.subarray(i, i + TAG_MAX).indexOf(0x3e);
    if (close === -1) return buf.length - i < TAG_MAX ? -1 : i + 1;
    const text = latin1(buf.subarray(i, i + close));
    const value = new RegExp(`\\s${found.attribute}="([^"]*)"`).exec(text)?.[1];
    if (value !== undefined) expanding(found.tag, value);
    return i + close;
  };

  const countTags = (buf: Uint8Array) => {
    let i = buf.indexOf(LT);
    while (i !== -1) {
      // A tag cut by the chunk's end is read with the next chunk.
      if (i + 16 > buf.length && buf.length - i < TAG_MAX) {
        carry = buf.slice(i);
        return;
      }
      let next = i + 1;
      if (buf[i + 1] === LOWER_C && endsName(buf[i + 2])) cells++;
      else if (buf[i + 1] === LOWER_R && buf[i + 2] === LOWER_O && buf[i + 3] === LOWER_W && endsName(buf[i + 4])) rows++;
      else if (buf[i + 1] === LOWER_M || buf[i + 1] === LOWER_D || buf[i + 1] === LOWER_C) next = readExpanding(buf, i);
      if (next === -1) {
        carry = buf.slice(i);
        return;
      }
      i = buf.indexOf(LT, next);
    }
    carry = EMPTY;
  };

  return (chunk) => {
    if (!headDone) checkHead(chunk);
    let buf = chunk;
    if (carry.length > 0) {
      buf = new Uint8Array(carry.length + chunk.length);
      buf.set(carry);
      buf.set(chunk, carry.length);
    }
    countTags(buf);
    if (rows > limits.maxRows) throw refuse(`có hơn ${vi(limits.maxRows)} dòng, quá giới hạn`);
    if (cells > limits.maxCells) throw refuse(`có hơn ${vi(limits.maxCells)} ô dữ liệu, quá giới hạn`);
  };
}
