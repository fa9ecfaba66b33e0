/**
 * The bad inputs, case by case from the seed: bytes that are not an .xlsx, valid files cut or
 * with bytes flipped, and workbooks Excel could write but no clerk should (100,000-character
 * cells, formulas and error cells, merges across the header, NFD and control characters in
 * names, wrong or no sheets). A decompression bomb and a sheet of a million rows come once each.
 */
import type ExcelJS from 'exceljs';
import { generateSampleData } from '../../shared/sample/generator';
import { TEMPLATE_SPECS } from '../../shared/import/template-specs';
import { buildTemplate } from '../../shared/import/templates';
import type { ImportKind } from '../../shared/import/types';
import { buildSubmissionWorkbook } from '../../shared/submission/write-submission';
import { messyDirectoryWorkbook, messyMeetingsWorkbook, messyOfficialsWorkbook, messyRegistrationsWorkbook } from '../shared/import/messy-workbooks';
import { flip, type Rng } from './prng';
import { bigSheetXml, withEntry, withSheetXml, workbookBytes } from './zip-craft';

export const FUZZ_KINDS: readonly ImportKind[] = ['directory', 'registrations', 'meetings'];

export interface FuzzInput {
  /** What was done to the bytes, for the failure report. */
  label: string;
  bytes: Uint8Array;
  /** The import kind the case is fed to. */
  kind: ImportKind;
}

export interface Bases {
  /** Valid files to cut and flip: the messy workbooks, the templates and a province submission. */
  valid: { name: string; bytes: Uint8Array }[];
  bomb: Uint8Array;
  millionRows: Uint8Array;
}

export async function buildBases(): Promise<Bases> {
  const data = generateSampleData({ seed: 3, scale: 'district', today: '2025-10-01' });
  const submission = await buildSubmissionWorkbook(data, { kind: 'year', year: 2025 }, '2025-10-01', new Date(Date.UTC(2025, 9, 1)));
  const valid = [
    { name: 'messy-directory', bytes: await messyDirectoryWorkbook() },
    { name: 'messy-registrations', bytes: await messyRegistrationsWorkbook() },
    { name: 'messy-officials', bytes: await messyOfficialsWorkbook() },
    { name: 'messy-meetings', bytes: await messyMeetingsWorkbook() },
    { name: 'template-registrations', bytes: await buildTemplate('registrations') },
    { name: 'submission', bytes: submission },
  ];
  const plain = await workbookBytes((wb) => wb.addWorksheet('Đăng ký').addRow(['STT', 'Họ và tên']));
  // 12 MB of one byte: deflates ~1,000:1, as a bomb does.
  const bomb = await withEntry(plain, 'xl/worksheets/sheet1.xml', () => `<worksheet>${' '.repeat(12 * 1024 * 1024)}</worksheet>`, 9);
  // A million real rows (~75 MB of XML, ~3 MB zipped), no <dimension> to give it away.
  const millionRows = await withSheetXml(plain, () => bigSheetXml(1_000_000));
  return { valid, bomb, millionRows };
}

const enc = new TextEncoder();

function randomBytes(rng: Rng): { label: string; bytes: Uint8Array } {
  const n = rng.int(0, 2048);
  const noise = Uint8Array.from({ length: n }, () => rng.int(0, 255));
  const variant = rng.int(0, 5);
  const prefix = [[], [0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06], [0xd0, 0xcf, 0x11, 0xe0], [0x25, 0x50, 0x44, 0x46], []][variant] ?? [];
  if (variant === 5) return { label: 'csv renamed .xlsx', bytes: enc.encode(`STT,Họ và tên,Chi bộ\n1,Nguyễn Văn An,Chi bộ xóm ${n}\n`) };
  return { label: `random bytes (${n}, prefix ${variant})`, bytes: Uint8Array.from([...prefix, ...noise]) };
}

function mutate(rng: Rng, base: { name: string; bytes: Uint8Array }): { label: string; bytes: Uint8Array } {
  const b = base.bytes;
  switch (rng.int(0, 3)) {
    case 0: {
      const at = rng.int(0, b.length - 1);
      return { label: `${base.name} cut at ${at}`, bytes: b.slice(0, at) };
    }
    case 1: {
      const out = b.slice();
      const flips = rng.int(1, 8);
      for (let k = 0; k < flips; k++) flip(rng, out, rng.int(0, out.length - 1));
      return { label: `${base.name} with ${flips} flipped bytes`, bytes: out };
    }
    case 2: {
      // Flips in the central directory and the EOCD: where the offsets and sizes are.
      const out = b.slice();
      const tail = Math.min(out.length, 2048);
      for (let k = 0; k < 4; k++) flip(rng, out, out.length - 1 - rng.int(0, tail - 1));
      return { label: `${base.name} with its directory flipped`, bytes: out };
    }
    default: {
      const at = rng.int(0, b.length);
      const junk = Uint8Array.from({ length: rng.int(1, 512) }, () => rng.int(0, 255));
      return { label: `${base.name} with ${junk.length} bytes inserted at ${at}`, bytes: Uint8Array.from([...b.subarray(0, at), ...junk, ...b.subarray(at)]) };
    }
  }
}

const HUGE = 'Chi bộ '.repeat(15_000); // > 100,000 characters
const CONTROL = '\u0001\u0007\u001b\u200b\ufeff';
const nfd = (s: string) => s.normalize('NFD');

/** A cell value Excel could hold but a clerk would not type. */
function oddValue(rng: Rng, plain: string): ExcelJS.CellValue {
  switch (rng.int(0, 9)) {
    case 0:
      return HUGE;
    case 1:
      return { formula: 'A1/0', result: { error: rng.pick(['#REF!', '#DIV/0!', '#N/A', '#VALUE!', '#NAME?']) } } as ExcelJS.CellValue;
    case 2:
      return { error: rng.pick(['#REF!', '#DIV/0!']) } as ExcelJS.CellValue;
    case 3:
      return { formula: `CONCATENATE("${plain}", "")`, result: plain };
    case 4:
      return nfd(plain) + CONTROL.slice(0, rng.int(1, 5));
    case 5:
      return { richText: [{ text: nfd(plain), font: { bold: true } }, { text: CONTROL }] };
    case 6:
      return rng.pick([Number.NaN, -1e308, 1e308, 0, -0, 45_000.5]);
    case 7:
      return new Date(rng.pick([-8.64e15, 0, Date.UTC(1899, 11, 30), Date.UTC(9999, 11, 31)]));
    default:
      return plain;
  }
}

function hostileSheet(rng: Rng, ws: ExcelJS.Worksheet, kind: ImportKind): string[] {
  const titles = TEMPLATE_SPECS[kind].columns.map((c) => c.title);
  const notes: string[] = [];
  const header = rng.int(1, 6);
  titles.forEach((t, i) => {
    const odd = rng.chance(0.15);
    ws.getCell(header, i + 1).value = odd ? oddValue(rng, t) : rng.chance(0.3) ? nfd(t) : t;
  });
  const rows = rng.int(0, 25);
  for (let r = 1; r <= rows; r++) {
    titles.forEach((t, i) => {
      ws.getCell(header + r, i + 1).value = rng.chance(0.3) ? oddValue(rng, `${t} ${r}`) : `${t} ${r}`;
    });
  }
  notes.push(`header row ${header}, ${rows} rows`);
  if (rng.chance(0.3)) {
    const [top, left] = [rng.int(1, header + 1), rng.int(1, titles.length)];
    const range = `${String.fromCharCode(64 + left)}${top}:${String.fromCharCode(64 + Math.min(titles.length, left + rng.int(0, 3)))}${top + rng.int(0, 4)}`;
    try {
      ws.mergeCells(range);
      notes.push(`merge ${range} over the header`);
    } catch {
      notes.push(`merge ${range} refused by exceljs`);
    }
  }
  if (rng.chance(0.2) && rows > 1) {
    ws.getCell(header + 1, titles.length + 1).value = { formula: 'ROW()*2', result: 2, shareType: 'shared', ref: `${String.fromCharCode(65 + titles.length)}${header + 1}:${String.fromCharCode(65 + titles.length)}${header + rows}` } as ExcelJS.CellValue;
    for (let r = 2; r <= rows; r++) ws.getCell(header + r, titles.length + 1).value = { sharedFormula: `${String.fromCharCode(65 + titles.length)}${header + 1}`, result: r * 2 } as ExcelJS.CellValue;
    notes.push('shared formulas');
  }
  return notes;
}

async function hostileWorkbook(rng: Rng, kind: ImportKind): Promise<{ label: string; bytes: Uint8Array }> {
  const shape = rng.int(0, 9);
  if (shape === 0) return { label: 'empty workbook (one empty sheet)', bytes: await workbookBytes((wb) => wb.addWorksheet('Sheet1')) };
  if (shape === 1) {
    const one = await workbookBytes((wb) => wb.addWorksheet('Trống'));
    const none = await withEntry(one, 'xl/workbook.xml', (xml) => xml.replace(/<sheets>[\s\S]*<\/sheets>/, '<sheets/>'));
    return { label: 'workbook with no sheets', bytes: await withEntry(none, 'xl/worksheets/sheet1.xml', () => null) };
  }
  const notes: string[] = [];
  const names = ['Đăng ký', nfd('Danh sách chi bộ'), 'Sheet1', `Trang${CONTROL.slice(0, 1)}`, 'Lịch sinh hoạt', 'Hướng dẫn'];
  const build = (wb: ExcelJS.Workbook) => {
    const sheets = rng.int(1, 3);
    for (let s = 0; s < sheets; s++) {
      const name = `${rng.pick(names)} ${s + 1}`;
      notes.push(`sheet “${name}”`, ...hostileSheet(rng, wb.addWorksheet(name), rng.chance(0.8) ? kind : rng.pick(FUZZ_KINDS)));
    }
  };
  try {
    const bytes = await workbookBytes(build);
    return { label: `hostile ${kind} workbook: ${notes.join('; ')}`, bytes };
  } catch (error) {
    // exceljs refuses to write a few of these (a shared formula under a merge): keep its bytes-level cousin.
    const bytes = await workbookBytes((wb) => wb.addWorksheet(rng.pick(names)).addRow([HUGE, nfd('Họ và tên'), CONTROL]));
    return { label: `exceljs could not write (${String(error).slice(0, 60)}); huge/NFD/control header instead`, bytes };
  }
}

/** Case `index` of the run: always the same for the same seed. */
export async function fuzzInput(rng: Rng, index: number, bases: Bases): Promise<FuzzInput> {
  const kind = FUZZ_KINDS[index % FUZZ_KINDS.length] as ImportKind;
  if (index === 0) return { label: 'decompression bomb (12 MB of spaces, ~1,000:1)', bytes: bases.bomb, kind };
  if (index === 1) return { label: 'sheet of 1,000,000 rows without <dimension>', bytes: bases.millionRows, kind };
  const roll = rng.next();
  const made = roll < 0.2 ? randomBytes(rng) : roll < 0.7 ? mutate(rng, rng.pick(bases.valid)) : await hostileWorkbook(rng, kind);
  return { ...made, kind };
}
