import type { HostRole, Meeting, MeetingType } from '../../../shared/domain/meetings';
import { formatIsoVi, parseViDate } from '../../../shared/meetings/iso-date';
import type { MeetingNotice, MeetingNoticeInput } from '../../../shared/meetings/meeting-schema';

/** The quick-entry form as typed: dates "dd/mm/yyyy" and times "HH:mm", parsed on save. */
export interface NoticeForm {
  registrationId: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  type: MeetingType;
  agenda: string;
  hostRole: HostRole | '';
  hostName: string;
  hostConfirmed: boolean;
  noticeDate: string;
}

export function initialNoticeForm(meeting: Meeting | null, registrationId: string, today: string): NoticeForm {
  if (!meeting) {
    return {
      registrationId,
      date: '',
      startTime: '',
      endTime: '',
      place: '',
      type: 'regular',
      agenda: '',
      hostRole: '',
      hostName: '',
      hostConfirmed: false,
      noticeDate: formatIsoVi(today),
    };
  }
  return {
    registrationId: meeting.registrationId,
    date: formatIsoVi(meeting.date),
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place,
    type: meeting.type,
    agenda: meeting.agenda,
    hostRole: meeting.host.role ?? '',
    hostName: meeting.host.name,
    hostConfirmed: meeting.host.confirmed,
    noticeDate: formatIsoVi(meeting.noticeDate),
  };
}

/**
 * "15/3/2025" → "2025-03-15". Empty stays missing (the schema says "required"); text that
 * is no day passes through unchanged so the schema says "invalid".
 */
export function dateValue(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  return parseViDate(text) ?? text;
}

/** "7:30", "7h30", "730", "7" → "07:30" / "07:00"; anything else passes through for the schema. */
export function normalizeTime(text: string): string {
  const trimmed = text.trim();
  const m = /^(\d{1,2})(?:[:hH.]?(\d{2}))?[hH]?$/.exec(trimmed);
  if (!m) return trimmed;
  const hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (hours > 23 || minutes > 59) return trimmed;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function requiredTime(text: string): string | undefined {
  return text.trim() === '' ? undefined : normalizeTime(text);
}

/** What meetingNoticeSchema checks; bad values stay bad so it names them. */
export function noticeInputFromForm(form: NoticeForm): unknown {
  return {
    registrationId: form.registrationId,
    date: dateValue(form.date),
    startTime: requiredTime(form.startTime),
    endTime: form.endTime.trim() === '' ? '' : normalizeTime(form.endTime),
    place: form.place,
    type: form.type,
    agenda: form.agenda,
    host: { role: form.hostRole === '' ? null : form.hostRole, name: form.hostName, confirmed: form.hostConfirmed },
    noticeDate: dateValue(form.noticeDate),
  };
}

/** A meeting's notice as the repository takes it, e.g. to change only the host. */
export function noticeInputFromMeeting(m: Meeting): MeetingNoticeInput {
  const { registrationId, date, startTime, endTime, place, type, agenda, host, noticeDate } = m;
  return { registrationId, date, startTime, endTime, place, type, agenda, host: { ...host }, noticeDate };
}

/** The meeting as it would be saved, for the warnings shown before saving. */
export function candidateMeeting(notice: MeetingNotice, existing: Meeting | null): Meeting {
  const base: Meeting = existing ?? {
    id: '\u0000new',
    registrationId: notice.registrationId,
    status: 'scheduled',
    postponements: [],
    absenceReason: '',
    hostAttended: null,
    membersPresent: null,
    attendees: '',
    notes: '',
    date: '',
    startTime: '',
    endTime: '',
    place: '',
    type: 'regular',
    agenda: '',
    host: { role: null, name: '', confirmed: false },
    noticeDate: '',
  };
  return { ...base, ...notice, host: { ...notice.host } };
}
