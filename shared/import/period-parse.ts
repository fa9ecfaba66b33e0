/**
 * The "Thời gian dự kiến" column as clerks fill it: "Quý I, III", "Q2", "Hằng quý",
 * "Tháng 3 và tháng 9", "6 tháng đầu năm", a date, "Cả nhiệm kỳ"… Text we do not
 * understand becomes "time not given" with a warning: a guessed quarter would put an
 * official in a meeting nobody planned. Impossible values (Quý V, tháng 13, 31/2) are
 * errors, since the clerk must have meant something else.
 */
import type { Quarter, RegistrationPeriod } from '../domain/types';
import { fold, q } from './assemble-common';
import { isDate } from './cell-values';

export interface TermYears {
  startYear: number;
  endYear: number;
}

export type PlannedTime = { period: RegistrationPeriod; warning?: string } | { error: string };

const YEAR_MIN = 2000;
const YEAR_MAX = 2100;
const ROMAN = ['', 'I', 'II', 'III', 'IV'];
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serials of 1/1/2000 and 31/12/2100: numbers outside are not dates in this column. */
const SERIAL_MIN = 36_526;
const SERIAL_MAX = 73_415;

const ALL: Quarter[] = [1, 2, 3, 4];
/** Whole-text phrases (folded, year removed) and the quarters they mean. */
const PHRASES: Record<string, Quarter[]> = {
  'hang quy': ALL, 'moi quy': ALL, 'ca 4 quy': ALL, '4 quy': ALL, 'ca bon quy': ALL, 'tat ca cac quy': ALL,
  'hang thang': ALL, 'ca nam': ALL, 'quanh nam': ALL,
  // Explicitly "not decided yet": not worth a warning.
  'chua xac dinh': [], 'chua ro': [], 'trong nam': [],
};
/** Halves of the year, rewritten as quarters before the word-by-word pass. */
const HALVES: [RegExp, string][] = [
  [/\b(6 thang|sau thang|nua) dau( nam)?\b/g, ' quy 1 2 '],
  [/\b(6 thang|sau thang|nua) cuoi( nam)?\b/g, ' quy 3 4 '],
];
/** Words that carry no time: "dự kiến Quý I năm 2025". */
const FILLER = new Set(['va', 'nam', 'cac', 'du', 'kien', 'vao', 'trong', 'ngay']);

const quartersOf = (list: Iterable<number>): Quarter[] =>
  [...new Set(list)].sort((a, b) => a - b).filter((n): n is Quarter => n >= 1 && n <= 4);
const quarterOfMonth = (month: number): Quarter => Math.ceil(month / 3) as Quarter;
const yearPeriod = (year: number, quarters: Quarter[]): PlannedTime => ({ period: { kind: 'year', year, quarters } });

/** Party congress terms run 2020–2025, 2025–2030…: the one a plan for `year` belongs to. */
export function defaultTerm(year: number): TermYears {
  const startYear = 2025 + 5 * Math.floor((year - 2025) / 5);
  return { startYear, endYear: startYear + 5 };
}

export function parsePlannedTime(text: string, raw: unknown, year: number, term?: TermYears): PlannedTime {
  if (isDate(raw)) return fromDates(text, [raw]);
  if (typeof raw === 'number' && raw >= SERIAL_MIN && raw < SERIAL_MAX + 1) {
    return fromDates(text, [new Date(EXCEL_EPOCH_MS + Math.floor(raw) * DAY_MS)]);
  }
  const written = text.trim() === '' && typeof raw === 'number' ? String(raw) : text.trim();
  const folded = fold(written);
  if (folded === '' || /^[-–—.?]+$/.test(folded)) return yearPeriod(year, []);
  return parseWritten(written, folded, year, term ?? defaultTerm(year));
}

function fromDates(written: string, dates: Date[]): PlannedTime {
  const years = new Set<number>();
  const quarters: number[] = [];
  for (const d of dates) {
    if (Number.isNaN(d.getTime())) return { error: `Ô thời gian ${q(written)} chứa một ngày không hợp lệ; ghi lại theo dạng ngày/tháng/năm, ví dụ 15/3/2025.` };
    // exceljs and our serial conversion both give dates at UTC midnight.
    years.add(d.getUTCFullYear());
    quarters.push(quarterOfMonth(d.getUTCMonth() + 1));
  }
  return withYear(written, [...years], quarters, null);
}

/** Checks the year(s) the text names; `fallback` when it names none. */
function withYear(written: string, years: number[], quarters: number[], fallback: number | null): PlannedTime {
  const distinct = [...new Set(years)];
  if (distinct.length > 1) {
    return { error: `Thời gian ${q(written)} ghi nhiều năm (${distinct.join(', ')}); mỗi dòng chỉ ghi thời gian trong một năm, hãy tách thành nhiều dòng.` };
  }
  const year = distinct[0] ?? fallback;
  if (year === null || year === undefined) return { error: `Thời gian ${q(written)} không rõ năm; ghi thêm năm.` };
  if (year < YEAR_MIN || year > YEAR_MAX) {
    return { error: `Năm ${year} trong thời gian ${q(written)} nằm ngoài khoảng ${YEAR_MIN}–${YEAR_MAX}; sửa lại năm.` };
  }
  return yearPeriod(year, quartersOf(quarters));
}

const DATE_SOURCE = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`;
/** Two regexes: `test` on a global one would carry lastIndex from call to call. */
const HAS_DATE = new RegExp(DATE_SOURCE);
const DATE = new RegExp(DATE_SOURCE, 'g');
const YEAR_WORD = /(?:\/\s*)?\b(\d{4})\b/g;

function parseWritten(written: string, folded: string, year: number, term: TermYears): PlannedTime {
  if (HAS_DATE.test(folded)) return parseDates(written, folded);
  if (/\bnhiem ky\b/.test(folded) || /^\d{4}\s*[-–—]\s*\d{4}$/.test(folded)) return parseTerm(written, folded, term);
  const monthYear = /^(\d{1,2})\s*\/\s*(\d{4})$/.exec(folded);
  if (monthYear) return parseWritten(written, `thang ${monthYear[1]} nam ${monthYear[2]}`, year, term);
  const years = [...folded.matchAll(YEAR_WORD)].map((m) => Number(m[1]));
  const rest = folded.replace(YEAR_WORD, ' ').replace(/\s+/g, ' ').trim();
  // "Năm 2025", "Hằng quý năm 2025": the word "năm" is left once the year is taken out.
  const phrase = PHRASES[rest] ?? PHRASES[rest.replace(/ ?\bnam$/, '')];
  if (rest === '' || rest === 'nam' || phrase) return withYear(written, years, phrase ?? [], year);
  const parsed = parseUnits(written, HALVES.reduce((s, [re, by]) => s.replace(re, by), rest));
  if ('error' in parsed) return parsed;
  if (parsed.unknown || parsed.quarters.length === 0) {
    const at = withYear(written, years, [], year);
    if ('error' in at) return at;
    const y = at.period.kind === 'year' ? at.period.year : year;
    return {
      ...at,
      warning: `Không hiểu thời gian dự kiến ${q(written)}; đã ghi là năm ${y}, chưa xác định thời gian. Nếu cần, sửa lại theo dạng “Quý I, III”, “Tháng 3, 9” hoặc “15/3/2025”.`,
    };
  }
  return withYear(written, years, parsed.quarters, year);
}

function parseDates(written: string, folded: string): PlannedTime {
  const dates: Date[] = [];
  for (const m of folded.matchAll(DATE)) {
    const [day, month, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const shown = `${m[1]}/${m[2]}/${m[3]}`;
    if (month < 1 || month > 12) return { error: `Ngày ${q(shown)} không có thật: không có tháng ${month}. Sửa lại ngày theo dạng ngày/tháng/năm, ví dụ 15/3/2025.` };
    const d = new Date(Date.UTC(y, month - 1, day));
    if (day < 1 || d.getUTCMonth() !== month - 1) {
      return { error: `Ngày ${q(shown)} không có thật: tháng ${month} năm ${y} không có ngày ${day}. Sửa lại ngày theo dạng ngày/tháng/năm, ví dụ 15/3/2025.` };
    }
    dates.push(d);
  }
  const rest = folded.replace(DATE, ' ').split(/[\s,;+&]+|\bva\b/).filter((w) => w !== '' && !FILLER.has(w));
  if (rest.length > 0) {
    return { error: `Thời gian ${q(written)} ghi ngày kèm chữ khác; mỗi ô chỉ ghi ngày theo dạng ngày/tháng/năm (ví dụ 15/3/2025) hoặc quý (ví dụ “Quý I, III”).` };
  }
  return fromDates(written, dates);
}

function parseTerm(written: string, folded: string, term: TermYears): PlannedTime {
  const years = [...folded.matchAll(/\b(\d{4})\b/g)].map((m) => Number(m[1]));
  const [startYear, endYear] = years.length >= 2 ? [years[0] ?? 0, years[1] ?? 0] : [term.startYear, term.endYear];
  if (years.length === 1 || startYear >= endYear || startYear < YEAR_MIN || endYear > YEAR_MAX) {
    return { error: `Nhiệm kỳ ${q(written)} không đúng; ghi “Cả nhiệm kỳ” hoặc ghi đủ năm đầu và năm cuối, ví dụ “Nhiệm kỳ 2025–2030”.` };
  }
  return { period: { kind: 'term', startYear, endYear } };
}

const ROMAN_VALUE: Record<string, number> = { i: 1, v: 5, x: 10 };

/** "iv" → 4, "12" → 12; null for anything else. */
function numberWord(w: string): number | null {
  if (/^\d{1,2}$/.test(w)) return Number(w);
  if (!/^[ivx]{1,4}$/.test(w)) return null;
  let total = 0;
  for (let i = 0; i < w.length; i++) {
    const v = ROMAN_VALUE[w.charAt(i)] ?? 0;
    const next = ROMAN_VALUE[w.charAt(i + 1)] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

type Unit = 'quarter' | 'month';
const UNIT_WORDS: Record<string, Unit> = { quy: 'quarter', q: 'quarter', thang: 'month', t: 'month' };

/** Word by word: a unit word ("quý", "tháng"), then numbers, lists and ranges of them. */
function parseUnits(written: string, rest: string): { quarters: number[]; unknown: boolean } | { error: string } {
  const words = rest.replace(/[–—-]/g, ' - ').split(/[\s,;+&/().:]+/).filter((w) => w !== '');
  const quarters: number[] = [];
  let unit: Unit | null = null;
  let unknown = false;
  let rangeFrom: number | null = null;
  let last: number | null = null;
  for (const w of words) {
    const glued = /^(quy|q|thang|t)(\d{1,2}|[ivx]{1,4})$/.exec(w);
    if (UNIT_WORDS[w]) unit = UNIT_WORDS[w];
    else if (w === '-' || w === 'den') rangeFrom = last;
    else if (FILLER.has(w)) continue;
    else {
      if (glued) unit = UNIT_WORDS[glued[1] ?? ''] ?? null;
      const n = numberWord(glued ? (glued[2] ?? '') : w);
      if (n === null || unit === null) {
        unknown = true;
        continue;
      }
      const bad = checkUnit(written, unit, n);
      if (bad) return { error: bad };
      const value = unit === 'month' ? quarterOfMonth(n) : n;
      for (let v = rangeFrom ?? value; v <= value; v++) quarters.push(v);
      rangeFrom = null;
      last = value;
    }
  }
  return { quarters, unknown };
}

function checkUnit(written: string, unit: Unit, n: number): string | null {
  if (unit === 'quarter' && (n < 1 || n > 4)) {
    return `Thời gian ${q(written)} không đúng: một năm chỉ có bốn quý, từ Quý ${ROMAN[1]} đến Quý ${ROMAN[4]}. Sửa lại thời gian trong tệp rồi nhập lại.`;
  }
  if (unit === 'month' && (n < 1 || n > 12)) {
    return `Thời gian ${q(written)} không đúng: không có tháng ${n}, tháng phải từ 1 đến 12. Sửa lại thời gian trong tệp rồi nhập lại.`;
  }
  return null;
}
