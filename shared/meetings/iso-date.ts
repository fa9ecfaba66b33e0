/**
 * Calendar days as "yyyy-mm-dd" text. Meetings are local calendar days, so no time zone
 * enters: dayjs works in local time and every value is cut back to the day.
 */
import dayjs from 'dayjs';
import type { Quarter } from '../domain/types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written "yyyy-mm-dd" (so "2026-02-30" is not). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d;
}

export function isoFromParts(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today (or the day of `now`) on this machine's calendar. */
export function todayIso(now: Date = new Date()): string {
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function addDays(iso: string, days: number): string {
  return dayjs(iso).add(days, 'day').format('YYYY-MM-DD');
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  // Noon avoids a daylight-saving hour turning 1 day into 0.96.
  return Math.round(dayjs(`${to}T12:00`).diff(dayjs(`${from}T12:00`), 'day', true));
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function monthOf(iso: string): number {
  return Number(iso.slice(5, 7));
}

export function quarterOf(iso: string): Quarter {
  return (Math.floor((monthOf(iso) - 1) / 3) + 1) as Quarter;
}

/** First and last day of a quarter. */
export function quarterRange(year: number, quarter: Quarter): { from: string; to: string } {
  const firstMonth = (quarter - 1) * 3 + 1;
  const from = isoFromParts(year, firstMonth, 1);
  return { from, to: dayjs(from).add(3, 'month').subtract(1, 'day').format('YYYY-MM-DD') };
}

/** Monday of the week holding `iso` (Vietnamese calendars start the week on Monday). */
export function weekStart(iso: string): string {
  const d = dayjs(iso);
  const offset = (d.day() + 6) % 7;
  return d.subtract(offset, 'day').format('YYYY-MM-DD');
}

/** "dd/mm/yyyy", as clerks write dates. '' stays ''. */
export function formatIsoVi(iso: string): string {
  if (!iso) return '';
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** "dd/mm/yyyy" (also d/m/yyyy, with - or .) to ISO; null when it is not a real day. */
export function parseViDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = isoFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  return isIsoDate(iso) ? iso : null;
}
