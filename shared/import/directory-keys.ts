/**
 * Comparison keys for organization and cell names as clerks write them. "Chi bộ thôn 1",
 * "CB Thôn 01" and "Thôn 1" name one cell; "ĐB xã Hoa Thành", "Đảng bộ xã Hoa Thành" and
 * "Hoa Thành" one organization. Keys are folded (no diacritics) so that typing without
 * marks still matches; `accentKey` breaks the ties folding creates ("Đông"/"Đồng").
 */
import { foldedWords } from './assemble-common';

type Phrase = readonly string[];

/** Leading words that only say "this is a cell". */
const CELL_PREFIXES: Phrase[] = [['chi', 'bo', 'co', 'so'], ['chi', 'bo'], ['cb'], ['c', 'b']];
/** Residential units a commune or ward divides into; abbreviations map to the full word. */
const HAMLET_WORDS: [Phrase, string][] = [
  [['to', 'dan', 'pho'], 'to dan pho'], [['tdp'], 'to dan pho'],
  [['khu', 'dan', 'cu'], 'khu dan cu'], [['kdc'], 'khu dan cu'],
  [['khu', 'pho'], 'khu pho'], [['kp'], 'khu pho'],
  [['thon'], 'thon'], [['xom'], 'xom'], [['ban'], 'ban'], [['khoi'], 'khoi'], [['ap'], 'ap'],
  [['lang'], 'lang'], [['to'], 'to'], [['khu'], 'khu'],
];
/** Leading words that only say "this is a grassroots organization". */
const ORG_PREFIXES: Phrase[] = [
  ['dang', 'bo', 'co', 'so'], ['dang', 'bo'], ['dang', 'uy'], ['db'], ['du'],
  ['chi', 'bo', 'co', 'so'], ['chi', 'bo'], ['cb'],
];
/** Local-government words before a commune, ward or town name. */
const PLACE_WORDS: Phrase[] = [['thi', 'tran'], ['xa'], ['phuong'], ['tt'], ['p'], ['x']];

function startsWith(words: readonly string[], phrase: Phrase): boolean {
  return phrase.length < words.length && phrase.every((w, i) => words[i] === w);
}

function dropPrefix(words: string[], phrases: readonly Phrase[]): string[] {
  const hit = phrases.find((p) => startsWith(words, p));
  return hit ? words.slice(hit.length) : words;
}

export interface CellKeys {
  /** Prefix dropped, hamlet word spelled out: "thon 1". */
  exact: string;
  /** Without the hamlet word too ("1"): matches "Xóm 1" to "Thôn 1" when nothing closer exists. */
  loose: string;
}

export function cellKeys(name: string): CellKeys {
  const words = dropPrefix(foldedWords(name), CELL_PREFIXES);
  const hamlet = HAMLET_WORDS.find(([p]) => startsWith(words, p));
  if (!hamlet) {
    const key = words.join(' ');
    return { exact: key, loose: key };
  }
  const rest = words.slice(hamlet[0].length).join(' ');
  return { exact: `${hamlet[1]} ${rest}`, loose: rest };
}

export interface OrgKeys {
  /** Prefix dropped: "xa hoa thanh". */
  full: string;
  /** Without the xã/phường/thị trấn word: "hoa thanh". */
  core: string;
}

export function orgKeys(name: string): OrgKeys {
  const words = dropPrefix(foldedWords(name), ORG_PREFIXES);
  return { full: words.join(' '), core: dropPrefix(words, PLACE_WORDS).join(' ') };
}

const MARK = /\p{M}/gu;

/**
 * The name's distinctive words with their diacritics ("đông" vs "đồng"), after the
 * prefixes and unit words that `cellKeys`/`orgKeys` drop. Each word is its letters plus
 * its marks in a fixed order, so the tone may sit on either vowel ("hòa" = "hoà") without
 * the cost of normalizeText: this runs over thousands of same-named cells.
 */
export function accentKey(name: string, kind: 'cell' | 'org'): string {
  const words = name.normalize('NFD').toLowerCase().split(/[^\p{L}\p{N}\p{M}]+/u).filter((w) => w !== '');
  const bases = words.map((w) => w.replace(MARK, ''));
  const folded = bases.map((b) => b.replace(/đ/g, 'd'));
  let skip = 0;
  const prefixes = kind === 'cell' ? CELL_PREFIXES : ORG_PREFIXES;
  const units = kind === 'cell' ? HAMLET_WORDS.map(([p]) => p) : PLACE_WORDS;
  for (const list of [prefixes, units]) {
    const hit = list.find((p) => startsWith(folded.slice(skip), p));
    if (hit) skip += hit.length;
  }
  return words
    .slice(skip)
    .map((w, i) => {
      const base = bases[i + skip] ?? '';
      return /^\d+$/.test(base) ? String(Number(base)) : base + (w.match(MARK) ?? []).sort().join('');
    })
    .join(' ');
}

/** Character bigrams of a key, for ranking suggestions. */
export function bigrams(key: string): Set<string> {
  const s = ` ${key} `;
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Dice coefficient of two bigram sets: 1 for equal keys, 0 for nothing in common. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const g of a) if (b.has(g)) common++;
  return (2 * common) / (a.size + b.size);
}
