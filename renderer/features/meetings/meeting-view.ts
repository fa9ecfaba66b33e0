import dayjs from 'dayjs';
import { MEETING_STATUSES, MEETING_TYPES, type MeetingStatus, type MeetingType } from '../../../shared/domain/meetings';
import { addDays, isIsoDate, isoFromParts, weekStart } from '../../../shared/meetings/iso-date';
import type { PageParams } from '../../app/pages';
import type { MeetingRow } from './meeting-rows';

export const MEETING_VIEWS = ['month', 'week', 'list'] as const;
export type MeetingView = (typeof MEETING_VIEWS)[number];

/** What the page shows; every field lives in the link (#/meetings?view=week&d=…), so links work. */
export interface MeetingViewState {
  view: MeetingView;
  /** A day inside the month or week shown. */
  date: string;
  officialId: string;
  orgId: string;
  type: MeetingType | '';
  status: MeetingStatus | '';
}

const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | '' =>
  value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : '';

export function viewStateFromParams(params: PageParams, today: string): MeetingViewState {
  const d = params.d ?? '';
  return {
    view: oneOf(MEETING_VIEWS, params.view) || 'month',
    date: isIsoDate(d) ? d : today,
    officialId: params.official ?? '',
    orgId: params.org ?? '',
    type: oneOf(MEETING_TYPES, params.type),
    status: oneOf(MEETING_STATUSES, params.status),
  };
}

/** The link's params: defaults (month view, today) are left out so a plain link stays plain. */
export function paramsFromViewState(state: MeetingViewState, today: string): Record<string, string> {
  return {
    view: state.view === 'month' ? '' : state.view,
    d: state.date === today ? '' : state.date,
    official: state.officialId,
    org: state.orgId,
    type: state.type,
    status: state.status,
  };
}

/** The days the calendar shows: whole Monday-first weeks around the month, or one week. */
export function visibleRange(view: MeetingView, date: string): { from: string; to: string } {
  if (view === 'week') {
    const from = weekStart(date);
    return { from, to: addDays(from, 6) };
  }
  const first = isoFromParts(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 1);
  const last = dayjs(first).endOf('month').format('YYYY-MM-DD');
  return { from: weekStart(first), to: addDays(weekStart(last), 6) };
}

/** The previous or next month or week, from the day shown. */
export function shiftDate(view: MeetingView, date: string, step: -1 | 1): string {
  if (view === 'week') return addDays(date, 7 * step);
  return dayjs(date).add(step, 'month').startOf('month').format('YYYY-MM-DD');
}

/** Days from `from` to `to`, inclusive. */
export function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

export function matchesFilters(row: MeetingRow, state: MeetingViewState): boolean {
  return (
    (state.officialId === '' || row.officialId === state.officialId) &&
    (state.orgId === '' || row.orgId === state.orgId) &&
    (state.type === '' || row.meeting.type === state.type) &&
    (state.status === '' || row.meeting.status === state.status)
  );
}

export function hasFilters(state: MeetingViewState): boolean {
  return state.officialId !== '' || state.orgId !== '' || state.type !== '' || state.status !== '';
}
