/**
 * When a meeting takes place, as grassroots notices write it: the day as an Excel date, a
 * serial, or text ("05/03/2026", "5-3-2026", "Thứ Năm, ngày 5 tháng 3 năm 2026"); the hour
 * as an Excel time (a fraction of a day), a number ("14", "7.30") or text ("7h30", "07:30",
 * "7 giờ 30", "14h", "2 giờ chiều", "7h30–10h00" for start and end); or both in one cell.
 * Nothing is guessed: a day without its year, an hour past 23 or an end before the start
 * is an error the clerk fixes in the file.
 */
import { isoFromParts, isIsoDate } from '../meetings/iso-date';
import { fold, q } from './assemble-common';
import { cleanText, isDate } from './cell-values';

export interface TimeRange {
  start: string;
  /** '' when only the start is given. */
  end: string;
}

/** What one cell says about the meeting's day and hour; each part absent when not there. */
export interface When {
  date?: string;
  time?: TimeRange;
}

export type WhenResult = When | { error: string };

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const pad2 = (n: number) => String(n).padStart(2, '0');
const hhmm = (minutes: number) => `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;

/** A whole day and the minutes past midnight of an Excel serial (1900 system). */
function fromSerial(serial: number): When {
  const days = Math.floor(serial);
  const minutes = Math.round((serial - days) * 1440);
  const out: When = {};
  if (days >= 1) {
    const d = new Date(EXCEL_EPOCH_MS + days * DAY_MS);
    out.date = isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  // 24:00 after rounding is midnight of no day a meeting starts at.
  if (minutes > 0 && minutes < 1440) out.time = { start: hhmm(minutes), end: '' };
  return out;
}

/** exceljs reads a time-formatted cell as a Date on 30/12/1899; a date-time keeps its hour (UTC). */
function fromDate(d: Date): When {
  if (Number.isNaN(d.getTime())) return {};
  return fromSerial((d.getTime() - EXCEL_EPOCH_MS) / DAY_MS);
}

/** Day, month, year in groups 1–3: the same separator twice ("7.30 - 10.00" is two hours), two-digit years only with "/". */
const DATE_PATTERNS: RegExp[] = [
  /\bngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})\b/,
  /(?<![\d:])(\d{1,2})\s*(?:\/\s*(\d{1,2})\s*\/|-\s*(\d{1,2})\s*-|\.\s*(\d{1,2})\s*\.)\s*(\d{4})(?![\d:])/,
  /(?<![\d:])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d:/])/,
];
const ISO_PATTERN = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
/** "05/3" or "ngày 5 tháng 3" with no year: a day we will not place in a year for the clerk. */
const NO_YEAR = /(?<![\d:.])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/:])|\bngay\s*\d{1,2}\s*thang\s*\d{1,2}\b/;

type Found = { iso: string; rest: string } | { error: string } | null;

function dayIn(folded: string, written: string): Found {
  const iso = ISO_PATTERN.exec(folded);
  for (const m of iso ? [] : DATE_PATTERNS.map((re) => re.exec(folded))) {
    if (!m) continue;
    // The middle pattern keeps its month in the group of the separator used.
    const [day, month, year] = m.length === 6 ? [m[1], m[2] ?? m[3] ?? m[4], m[5]] : [m[1], m[2], m[3]];
    const fullYear = (year ?? '').length === 2 ? 2000 + Number(year) : Number(year);
    return checkedDay(fullYear, Number(month), Number(day), written, folded.replace(m[0], ' '));
  }
  if (iso) return checkedDay(Number(iso[1]), Number(iso[2]), Number(iso[3]), written, folded.replace(iso[0], ' '));
  if (NO_YEAR.test(folded)) return { error: `Ngày ${q(written)} không ghi năm; ghi đủ ngày/tháng/năm, ví dụ 05/3/2026.` };
  return null;
}

function checkedDay(year: number, month: number, day: number, written: string, rest: string): Found {
  const iso = isoFromParts(year, month, day);
  if (year < 2000 || year > 2100 || !isIsoDate(iso)) return { error: `Ngày ${q(written)} không có thật; ghi lại theo dạng ngày/tháng/năm, ví dụ 05/3/2026.` };
  return { iso, rest };
}

/** "7h30", "07:30", "7 giờ 30 (phút)", "7g30", "14h", "7.30"; then sáng/chiều/tối. */
const CLOCK = /(?<![\d/])(\d{1,2})\s*(?:(?:gio|h|g)(?![a-z])\s*(\d{1,2})?(?:\s*(?:phut|ph|p|'))?|[:.]\s*(\d{2})(?::\d{2})?)(?![\d/])(\s*(?:buoi\s*)?(?:sang|trua|chieu|toi|dem))?/g;
const RANGE_WORD = /^\s*(?:-|–|—|~|den|toi)?\s*$/;

/** Minutes past midnight of "h:m" with a part of the day, or null when impossible. */
function clockMinutes(hour: number, minute: number, part: string): number | null {
  if (hour > 23 || minute > 59) return null;
  const afternoon = /chieu|toi|dem/.test(part) && hour < 12;
  const noon = /trua/.test(part) && hour < 6;
  return (afternoon || noon ? hour + 12 : hour) * 60 + minute;
}

const TIME_HELP = 'ghi giờ theo dạng 7h30, 07:30 hoặc 7 giờ 30; có giờ kết thúc thì ghi 7h30–10h00';

function clockIn(folded: string, written: string): TimeRange | { error: string } | null {
  const text = folded.replace(/[–—]/g, '-');
  const matches = [...text.matchAll(CLOCK)];
  if (matches.length === 0) {
    const hour = /^\s*(\d{1,2})\s*$/.exec(text);
    if (!hour) return null;
    const m = clockMinutes(Number(hour[1]), 0, '');
    return m === null ? { error: `Giờ ${q(written)} không hợp lệ; ${TIME_HELP}.` } : { start: hhmm(m), end: '' };
  }
  if (matches.length > 2) return { error: `Ô ${q(written)} ghi nhiều hơn hai giờ; ${TIME_HELP}.` };
  const minutes: number[] = [];
  for (const m of matches) {
    const value = clockMinutes(Number(m[1]), Number(m[2] ?? m[3] ?? 0), m[4] ?? '');
    if (value === null) return { error: `Giờ ${q(written)} không có thật (giờ từ 0 đến 23, phút từ 0 đến 59); ${TIME_HELP}.` };
    minutes.push(value);
  }
  const [first, second] = matches;
  const [start = 0, end] = minutes;
  if (second && first && end !== undefined) {
    const between = text.slice((first.index ?? 0) + first[0].length, second.index ?? 0);
    if (!RANGE_WORD.test(between)) return { error: `Ô ${q(written)} ghi hai giờ không rõ là giờ bắt đầu và giờ kết thúc; ${TIME_HELP}.` };
    // "7h30–10h chiều"? only the end carries the part of day: 10h chiều is still after 7h30.
    if (end <= start) return { error: `Giờ kết thúc phải sau giờ bắt đầu (${q(written)}); ${TIME_HELP}.` };
    return { start: hhmm(start), end: hhmm(end) };
  }
  return { start: hhmm(start), end: '' };
}

/** Words that say "a part of the day" without an hour: "Sáng", "Buổi chiều". */
const PART_ONLY = /^\s*(buoi\s*)?(sang|chieu|toi|trua)\s*$/;

/**
 * The day and/or hour one cell holds, or an error naming the written value. An empty cell
 * gives `{}`; leftover words ("Thứ Năm", "lúc", "sáng") are allowed around them.
 */
export function readWhen(raw: unknown, written: string): WhenResult {
  if (isDate(raw)) return fromDate(raw);
  if (typeof raw === 'number') return readNumber(raw, written);
  const text = cleanText(typeof raw === 'string' ? raw : written);
  if (text === '' || /^[-–—.?]+$/.test(text)) return {};
  const folded = fold(text);
  const day = dayIn(folded, text);
  if (day && 'error' in day) return day;
  const rest = day ? day.rest : folded;
  const clock = clockIn(rest, text);
  if (clock && 'error' in clock) return clock;
  const out: When = {};
  if (day) out.date = day.iso;
  if (clock) out.time = clock;
  if (!day && !clock) {
    const why = PART_ONLY.test(folded) ? 'chỉ ghi buổi, chưa ghi giờ' : 'không đọc được ngày hoặc giờ';
    return { error: `Ô ${q(text)} ${why}; ghi ngày theo dạng 05/3/2026, ${TIME_HELP}.` };
  }
  return out;
}

/** A number: an Excel serial or time fraction, or an hour typed as 14 or 7.30. */
function readNumber(n: number, written: string): WhenResult {
  if (!Number.isFinite(n) || n < 0) return { error: `Ô ${q(written)} không phải ngày hoặc giờ.` };
  if (n < 1) return fromSerial(n);
  if (n < 24) {
    // Typed "7.30" or "14": the hour the clerk wrote, the decimal part as minutes.
    const hour = Math.floor(n);
    const minute = Math.round((n - hour) * 100);
    const m = clockMinutes(hour, minute, '');
    return m === null ? { error: `Giờ ${q(written)} không hợp lệ; ${TIME_HELP}.` } : { time: { start: hhmm(m), end: '' } };
  }
  // Serials of 1/1/2000 to 31/12/2100.
  if (n >= 36_526 && n < 73_416) return fromSerial(n);
  return { error: `Ô ${q(written)} là một số, không phải ngày hoặc giờ; ghi ngày theo dạng 05/3/2026.` };
}
