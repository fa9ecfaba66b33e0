import type { TFunction } from 'i18next';
import type { Meeting } from '../../../shared/domain/meetings';
import { formatIsoVi } from '../../../shared/meetings/iso-date';
import { meetingEnd, type MeetingWarning } from '../../../shared/meetings/meeting-checks';
import { cellLabel, registrationParties, type Directory, type MeetingRow } from './meeting-rows';

export type WarningKind = MeetingWarning['kind'];
export const WARNING_KINDS: readonly WarningKind[] = ['overlap', 'noHost', 'lateNotice', 'unscheduledQuarter'];

/** One line of the warnings panel, ready to show. */
export interface WarningItem {
  key: string;
  kind: WarningKind;
  title: string;
  detail: string;
  /** The meeting to open; for an unscheduled quarter, the registration to schedule. */
  meetingId?: string;
  registrationId?: string;
}

/** "07:30–09:30" (the end assumed when the notice gave none). */
export function timeRange(m: Pick<Meeting, 'startTime' | 'endTime'>): string {
  return m.endTime ? `${m.startTime}–${m.endTime}` : m.startTime;
}

export function meetingTitle(row: MeetingRow): string {
  return `${formatIsoVi(row.meeting.date)} ${row.meeting.startTime} · ${row.officialName} — ${row.cellLabel}`;
}

/** What the warning says about its meeting, without naming the meeting itself. */
export function warningDetail(t: TFunction, w: MeetingWarning, rowById: ReadonlyMap<string, MeetingRow>): string {
  switch (w.kind) {
    case 'overlap': {
      const other = rowById.get(w.otherMeetingId);
      const time = other ? `${other.meeting.startTime}–${meetingEnd(other.meeting)}` : '';
      return t('warnings.detail.overlap', { time, cell: other?.cellLabel ?? '' });
    }
    case 'noHost':
      return t('warnings.detail.noHost');
    case 'lateNotice':
      return t('warnings.detail.lateNotice', { days: w.daysBefore, required: w.required });
    case 'unscheduledQuarter':
      return t(w.past ? 'warnings.detail.unscheduledQuarterPast' : 'warnings.detail.unscheduledQuarter', {
        quarter: t(`warnings.quarter.${w.quarter}`),
        year: w.year,
      });
  }
}

export function warningItem(
  t: TFunction,
  w: MeetingWarning,
  rowById: ReadonlyMap<string, MeetingRow>,
  dir: Directory,
): WarningItem | undefined {
  const detail = warningDetail(t, w, rowById);
  if (w.kind === 'unscheduledQuarter') {
    const p = registrationParties(dir.registrationById.get(w.registrationId), dir);
    return {
      key: `${w.kind}:${w.registrationId}:${w.year}:${w.quarter}`,
      kind: w.kind,
      title: `${p.officialName} — ${cellLabel(p.cellName, p.orgName)}`,
      detail,
      registrationId: w.registrationId,
    };
  }
  const row = rowById.get(w.meetingId);
  if (!row) return undefined;
  const other = w.kind === 'overlap' ? `:${w.otherMeetingId}` : '';
  return { key: `${w.kind}:${w.meetingId}${other}`, kind: w.kind, title: meetingTitle(row), detail, meetingId: w.meetingId };
}
