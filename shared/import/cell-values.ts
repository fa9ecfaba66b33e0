/**
 * Value normalization for imported cells. Clerks' files carry text pasted from Word, web
 * pages and older files: decomposed Unicode, non-breaking and doubled spaces, zero-width
 * characters, honorifics before names, numbers typed as text, and dates typed by hand.
 */
import type { DateParts } from '../domain/labels-vi';

/** Space-like characters, line breaks (Alt+Enter in a cell) included. */
const SPACE_LIKE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/gu;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;

/**
 * NFC, no zero-width characters, one plain space between words, trimmed. Unlike
 * normalizeText it keeps the clerk's tone-mark placement ("Hoà" stays "Hoà"): this is what
 * gets stored, and matching folds both styles anyway.
 */
export function cleanText(s: string): string {
  // A file has ~100,000 cells, nearly all clean already: one scan instead of the ICU call.
  if (isClean(s)) return s;
  // Latin letters, precomposed Vietnamese included, are already NFC.
  const nfc = OUTSIDE_NFC_STABLE.test(s) ? s.normalize('NFC') : s;
  return nfc.replace(ZERO_WIDTH, '').replace(SPACE_LIKE, ' ').trim();
}

/** Anything past Latin-1, Latin Extended A/B, IPA and spacing modifiers, but Latin Extended Additional. */
const OUTSIDE_NFC_STABLE = /[\u0300-\u1dff\u1f00-\uffff\u{10000}-\u{10ffff}]/u;
/**
 * Nothing cleanText would change: only printable ASCII and precomposed Latin letters (so
 * no space-like, zero-width or combining character), and no space leading, trailing or
 * doubled. A loop over char codes: a regex for this costs several times more.
 */
function isClean(s: string): boolean {
  const n = s.length;
  if (n > 0 && (s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32)) return false;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
      continue;
    }
    space = false;
    if (!((c > 32 && c < 127) || (c >= 0xc0 && c <= 0x2ff) || (c >= 0x1e00 && c <= 0x1eff))) return false;
  }
  return true;
}

/**
 * "Đ/c", "đ/c", "Đ/C", "Đồng chí", "đồng chí", "ĐC", "Đ.c" before a name. The short forms
 * need a separator after them so that a name is never cut ("Đức" stays).
 */
const HONORIFIC = /^(?:đ\s*[/.]\s*c\b\.?|đồng\s+chí\s|đc[\s.:])[\s.:]*/iu;

/** The person's name without the honorific the list writes before it. */
export function stripHonorific(name: string): string {
  const text = cleanText(name);
  const stripped = text.replace(HONORIFIC, '');
  // "Đồng chí" alone is not a name: leave it for the caller to report.
  return stripped.length > 0 ? stripped : text;
}

/** Vietnamese groups thousands with "."; files made on English systems use ",". */
const GROUPED = /^[-+]?\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/u;
const PLAIN = /^[-+]?\d+$/u;
const DECIMAL = /^[-+]?\d+[.,]\d+$/u;

/**
 * A number from a cell: numbers as they are, text like "25", " 1.234 ", "1,234", "2,5".
 * Three digits after one separator mean grouping ("1.234" is one thousand two hundred
 * thirty-four), as counts of members and cells always are whole; otherwise the separator
 * is a decimal point. Anything else (units, words, dates) gives null.
 */
export function parseNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = cleanText(value).replace(/\s/gu, '');
  if (GROUPED.test(text)) return Number(text.replace(/[.,]/gu, ''));
  if (PLAIN.test(text)) return Number(text);
  if (DECIMAL.test(text)) return Number(text.replace(',', '.'));
  return null;
}

/** Excel's day 0 is 1899-12-30 once its fictitious 29 Feb 1900 (serial 60) is skipped. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function daysInMonth(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDate(day: number, month: number, year: number): DateParts | null {
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(month, year)) return null;
  return { day, month, year };
}

/** exceljs gives dates as UTC midnight, whatever the machine's time zone. */
function fromDate(d: Date): DateParts | null {
  if (Number.isNaN(d.getTime())) return null;
  return validDate(d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear());
}

/** An Excel serial day number (1900 date system), e.g. 45731 → 15/03/2025. */
export function fromExcelSerial(serial: number): DateParts | null {
  // Serials below 61 fall before Excel's phantom leap day and are not plausible plan dates.
  if (!Number.isFinite(serial) || serial < 61 || serial > 120_000) return null;
  return fromDate(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS));
}

/** By tag, not instanceof: in a worker or under jsdom the Date may come from another realm. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Two-digit years are this century: nobody plans Party meetings for 1925. */
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/u;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u;
const LONG_VI = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/iu;

/** A date typed as text. Day first ALWAYS: "3/4/2025" is 3 April, never March 4. */
export function parseTextDate(text: string): DateParts | null {
  const t = cleanText(text);
  const dmy = DMY.exec(t) ?? LONG_VI.exec(t);
  if (dmy) return validDate(Number(dmy[1]), Number(dmy[2]), fullYear(dmy[3] ?? ''));
  const ymd = YMD.exec(t);
  if (ymd) return validDate(Number(ymd[3]), Number(ymd[2]), Number(ymd[1]));
  return null;
}

/**
 * A calendar day from whatever the cell holds: a Date (a date-formatted cell), a serial
 * number (a date cell that lost its format), or text ("15/3/2025", "15-03-2025",
 * "15.3.2025", "ngày 15 tháng 3 năm 2025").
 */
export function parseDay(value: unknown): DateParts | null {
  if (isDate(value)) return fromDate(value);
  if (typeof value === 'number') return fromExcelSerial(value);
  if (typeof value === 'string') return parseTextDate(value);
  return null;
}
