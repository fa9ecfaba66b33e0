/**
 * Small pieces every assemble-* stage shares: row keys, issues, ids, folded text and
 * whole numbers as clerks write them.
 */
import { OFFICIAL_GROUPS, type OfficialGroup } from '../domain/types';
import type { CellRef, ExtractedRow, ImportField, RowIssue } from './types';

export type IdKind = 'org' | 'cell' | 'official' | 'registration' | 'meeting';
/** Makes the id of a record the import creates. The app passes its own (UUIDs). */
export type NewId = (kind: IdKind) => string;

/**
 * Deterministic ids ("import-org-1"…), so tests and the CLI give the same output every
 * run. Ids in `taken` are skipped: a registrations file creating officials must not
 * reuse the ids an officials file just gave out.
 */
export function counterIds(prefix = 'import', taken: Iterable<string> = []): NewId {
  const used = new Set(taken);
  const next: Record<IdKind, number> = { org: 0, cell: 0, official: 0, registration: 0, meeting: 0 };
  return (kind) => {
    let id: string;
    do id = `${prefix}-${kind}-${++next[kind]}`;
    while (used.has(id));
    return id;
  };
}

/** "Sheet1:12", or "Sheet1:12:2" for the second cell listed in that row. */
export function rowKey(ref: CellRef, part?: number): string {
  return part === undefined ? `${ref.sheet}:${ref.row}` : `${ref.sheet}:${ref.row}:${part}`;
}

export function issue(ref: CellRef, value: string, reason: string): RowIssue {
  return { ref, value, reason };
}

/** Quotes a written value the way Vietnamese documents do. */
export const q = (s: string): string => `“${s}”`;

/** chi bộ “Thôn 12”, but “Chi bộ thôn 12” as is: the name may already say it. */
export const cellPhrase = (written: string): string => (/^(chi bo|cb)\b/.test(fold(written)) ? q(written) : `chi bộ ${q(written)}`);

/** "dòng 12 (Sheet1)": where the clerk should look. */
export const rowPlace = (ref: CellRef): string => `dòng ${ref.row} (${ref.sheet})`;

export const text = (row: ExtractedRow, field: ImportField): string => row.values[field] ?? '';

/**
 * The function with its results remembered per input, for one import: a province file
 * repeats the same few hundred names, organizations and notes over 15,000 rows. Callers
 * must not mutate what it returns.
 */
export function memoize<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const value = fn(s);
    cache.set(s, value);
    return value;
  };
}

const MARKS = /\p{M}/gu;
const ZERO_WIDTH = /^[\u200b-\u200d\u2060\ufeff]$/u;
const SPACE_LIKE = /^[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]$/u;
/** Folded form of each non-ASCII character met so far ('' for marks and zero-width). */
const foldedChar = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = foldedChar.get(ch);
  if (folded === undefined) {
    if (ZERO_WIDTH.test(ch)) folded = '';
    else if (SPACE_LIKE.test(ch)) folded = ' ';
    else folded = ch.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/đ/g, 'd');
    foldedChar.set(ch, folded);
  }
  return folded;
}

/**
 * The same string foldForSearch gives (lower case, no diacritics, đ → d, single spaces),
 * character by character from a table: once marks are dropped their placement and the
 * Unicode form cannot matter, and the matcher folds ~30,000 strings per file.
 */
export function fold(s: string): string {
  let out = '';
  let space = false;
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    const f = code < 0x80 ? (code <= 0x20 ? (code === 0x20 || (code >= 0x09 && code <= 0x0d) ? ' ' : ch) : ch.toLowerCase()) : foldChar(ch);
    if (f === ' ') space = out.length > 0;
    else if (f !== '') {
      out += space ? ` ${f}` : f;
      space = false;
    }
  }
  return out;
}

/** Folded words, punctuation dropped, leading zeros dropped ("Thôn 01" → ["thon", "1"]). */
export function foldedWords(s: string): string[] {
  const words: string[] = [];
  // A plain loop: this runs for every cell of a province directory.
  for (const w of fold(s).split(/[^a-z0-9]+/)) {
    if (w === '') continue;
    words.push(w.charCodeAt(0) === 0x30 && /^\d+$/.test(w) ? String(Number(w)) : w);
  }
  return words;
}

/** Whole number as written ("25", "25 đ/c", 25); null when empty, NaN when not a whole number. */
export function wholeNumber(written: string, raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isInteger(raw) ? raw : Number.NaN;
  const t = written.replace(/\s+/g, ' ').trim();
  if (t === '') return null;
  const m = /^(\d{1,3}(?:[.,]\d{3})*|\d+)(?:\s*(?:đ\/c|đc|đảng viên|người))?$/iu.exec(t);
  return m?.[1] ? Number(m[1].replace(/[.,]/g, '')) : Number.NaN;
}

const GROUP_PATTERNS: [OfficialGroup, RegExp][] = [
  // Checked first: "Ủy viên Ban Thường vụ Tỉnh ủy" also contains "ủy viên".
  ['standing', /\b(thuong vu|btv)\b/],
  ['board', /\b(ban xay dung dang|cac ban dang|lanh dao (cac )?ban)\b/],
  ['member', /\b(tinh uy vien|tuv|uy vien ban chap hanh|bch)\b/],
];

/** The official group a section heading or group cell names ("I. ỦY VIÊN BTV…", "TUV"). */
export function officialGroupFromText(written: string): OfficialGroup {
  const folded = fold(written);
  if ((OFFICIAL_GROUPS as readonly string[]).includes(folded)) return folded as OfficialGroup;
  for (const [group, pattern] of GROUP_PATTERNS) if (pattern.test(folded)) return group;
  return 'other';
}
