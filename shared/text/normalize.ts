/**
 * Text normalization for Vietnamese names. One office's files mix precomposed and
 * decomposed Unicode and two tone-mark placements, and all of them must compare equal.
 *
 * Tone placement: for the rhymes oa, oe, uy with no final consonant, one style puts the
 * mark on the first vowel (hòa, khỏe, thủy: the traditional "kiểu cũ", still the one in
 * most press, textbooks and keyboard defaults) and the other on the second (hoà, khoẻ,
 * thuỷ: the 1980s school rule, "mark on the main vowel"). We canonicalize to the first
 * (hòa, thủy). With a final consonant both styles agree (hoàng, toán, thuyết), and in
 * "quy" the u belongs to the consonant "qu" (quý), so those are left alone.
 */

/** The five tone marks as combining characters (after NFD). */
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/** Space-like characters a pasted Excel cell or web page brings in. */
const SPACE_LIKE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/gu;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/gu;
/** A word as letters with their combining marks. */
const WORD = /(?:\p{L}\p{M}*)+/gu;
const LETTER_WITH_MARKS = /\p{L}\p{M}*/gu;
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

interface Glyph {
  base: string;
  marks: string[];
}

function toGlyphs(word: string): Glyph[] {
  const glyphs: Glyph[] = [];
  for (const m of word.matchAll(LETTER_WITH_MARKS)) {
    const text = m[0];
    glyphs.push({ base: text.charAt(0), marks: [...text.slice(1)] });
  }
  return glyphs;
}

function isRhymeToFix(first: Glyph, second: Glyph, before: Glyph | undefined): boolean {
  // Vowel-quality marks (breve, circumflex, horn) make it another rhyme (e.g. "oă").
  const plain = (g: Glyph) => g.marks.every((m) => TONE_MARKS.has(m));
  if (!plain(first) || !plain(second)) return false;
  const pair = (first.base + second.base).toLowerCase();
  if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return false;
  if (!before) return true;
  const prev = before.base.toLowerCase();
  // "uoa…" is not a rhyme; in "quy" the u is part of the consonant.
  if (VOWELS.has(prev)) return false;
  return !(pair === 'uy' && prev === 'q');
}

/** Ends in o or u then a, e or y, each with any marks: the only words canonicalizeTone can change. */
const MAY_NEED_TONE_MOVE = /[oOuU]\p{M}*[aAeEyY]\p{M}*$/u;

/** Moves a tone mark from the second to the first vowel of a final oa/oe/uy. */
function canonicalizeTone(word: string): string {
  // Most words cannot change: skip splitting them into glyphs (names are normalized by the thousand on import).
  if (!MAY_NEED_TONE_MOVE.test(word)) return word;
  const glyphs = toGlyphs(word);
  const n = glyphs.length;
  if (n < 2) return word;
  const first = glyphs[n - 2];
  const second = glyphs[n - 1];
  if (!first || !second || !isRhymeToFix(first, second, glyphs[n - 3])) return word;
  const tone = second.marks.find((m) => TONE_MARKS.has(m));
  if (!tone) return word;
  second.marks = second.marks.filter((m) => m !== tone);
  first.marks = [...first.marks, tone];
  return glyphs.map((g) => g.base + g.marks.join('')).join('');
}

/**
 * NFC, one kind of space, no zero-width characters, trimmed, and one tone-mark style.
 * Precomposed and decomposed input give the same result.
 */
export function normalizeText(s: string): string {
  const decomposed = s.normalize('NFD').replace(ZERO_WIDTH, '').replace(SPACE_LIKE, ' ').trim();
  return decomposed.replace(WORD, canonicalizeTone).normalize('NFC');
}

const COMBINING = /\p{M}/gu;

/** Lower case, no diacritics, đ → d: what a clerk types when searching in a hurry. */
export function foldForSearch(s: string): string {
  return normalizeText(s)
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/đ/g, 'd')
    .replace(/ +/g, ' ');
}

/** Every token of the query occurs somewhere in the fields; an empty query matches all. */
export function matchesSearch(fields: readonly string[], query: string): boolean {
  const tokens = foldForSearch(query).split(' ').filter((t) => t.length > 0);
  if (tokens.length === 0) return true;
  const haystack = foldForSearch(fields.join(' '));
  return tokens.every((t) => haystack.includes(t));
}

/** Same name regardless of Unicode form, tone style and case; diacritics still count. */
export function sameName(a: string, b: string): boolean {
  return normalizeText(a).toLowerCase() === normalizeText(b).toLowerCase();
}
