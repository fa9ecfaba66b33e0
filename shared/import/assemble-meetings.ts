/**
 * A meeting-notice sheet ("Lịch sinh hoạt") → a plan of meetings, each linked to the
 * registration it carries out. A row is an error when it cannot be read or linked (the
 * official, the cell, the registration, the day or the hour); it waits for the clerk when
 * several registrations fit; it is a duplicate when the same registration already meets
 * on that day at that hour (in the database or earlier in the file). Duplicates are found
 * after decisions too, so the plan is re-derived from its rows each time.
 */
import type { Meeting, MeetingHost, MeetingType } from '../domain/meetings';
import type { GrassrootsOrg, Official, PartyCell, Registration } from '../domain/types';
import { formatIsoVi } from '../meetings/iso-date';
import { meetingNoticeSchema, type MeetingNotice } from '../meetings/meeting-schema';
import { counterIds, issue, q, rowKey, rowPlace, text, type NewId } from './assemble-common';
import { createDirectoryMatcher, type DirectoryMatcher } from './match-directory';
import { parseConfirmed, parseHost, parseMeetingType } from './meeting-fields';
import { createRegistrationFinder, type RegistrationCandidate, type RegistrationFinder } from './meeting-registrations';
import { readWhen, type When } from './meeting-when';
import type { CellRef, ExtractedRow, ImportField, RowIssue, RowStatus } from './types';

export interface MeetingDecision {
  candidates: RegistrationCandidate[];
  reason: string;
}

/** What a readable row says, kept so the plan can be re-derived without the file. */
export interface MeetingDraft {
  meetingId: string;
  /** Validated; its registrationId is '' until known. */
  notice: MeetingNotice;
  /** null until the clerk decides. */
  registrationId: string | null;
  /** Issues that stay whatever is decided (a name read without diacritics…). */
  notices: RowIssue[];
}

export interface MeetingRowResult {
  key: string;
  ref: CellRef;
  status: RowStatus;
  issues: RowIssue[];
  /** What this row adds: none for errors, duplicates and rows waiting for a decision. */
  meetings: Meeting[];
  decision?: MeetingDecision;
  /** null for an error row. */
  draft: MeetingDraft | null;
}

export interface MeetingImportPlan {
  rows: MeetingRowResult[];
  meetings: Meeting[];
  duplicatesMerged: number;
  errors: RowIssue[];
  needsDecision: number;
  /** "registration|date|start" of meetings already in the database. */
  existingKeys: string[];
}

export interface AssembleMeetingsOptions {
  directory: DirectoryMatcher | { orgs: readonly GrassrootsOrg[]; cells: readonly PartyCell[] };
  officials: readonly Official[];
  registrations: readonly Registration[];
  existingMeetings?: readonly Meeting[];
  /** The import day ("yyyy-mm-dd"): the notice date of rows that give none. */
  today: string;
  newId?: NewId;
}

interface Context {
  finder: RegistrationFinder;
  today: string;
  newId: NewId;
  /** Once-per-file notices already given. */
  reported: Set<string>;
}

const meetingKey = (registrationId: string, date: string, start: string) => `${registrationId}|${date}|${start}`;

export function assembleMeetings(rows: readonly ExtractedRow[], options: AssembleMeetingsOptions): MeetingImportPlan {
  const existing = options.existingMeetings ?? [];
  const newId = options.newId ?? counterIds('import', existing.map((m) => m.id));
  const matcher = 'match' in options.directory ? options.directory : createDirectoryMatcher(options.directory.orgs, options.directory.cells);
  const ctx: Context = { finder: createRegistrationFinder(options.officials, options.registrations, matcher), today: options.today, newId, reported: new Set() };
  const planRows = rows.map((row) => readRow(row, ctx));
  return derive(planRows, existing.map((m) => meetingKey(m.registrationId, m.date, m.startTime)));
}

const errorRow = (ref: CellRef, error: RowIssue): MeetingRowResult => ({ key: rowKey(ref), ref, status: 'error', issues: [error], meetings: [], draft: null });

function readRow(row: ExtractedRow, ctx: Context): MeetingRowResult {
  const fail = (field: ImportField, reason: string) => errorRow(row.ref, { ...issue(row.ref, text(row, field), reason), field });
  const when = meetingWhen(row);
  if ('error' in when) return fail(when.field, when.error);
  const notes: string[] = [];
  const fields = noticeFields(row, ctx, notes);
  if ('error' in fields) return fail(fields.field, fields.error);
  const parsed = meetingNoticeSchema.safeParse({ registrationId: '-', ...when, ...fields });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const field = SCHEMA_FIELD[String(first?.path[0] ?? '')] ?? 'agenda';
    return fail(field, SCHEMA_MESSAGE[first?.message ?? ''] ?? `Dòng có thông tin không hợp lệ (${first?.message ?? ''}).`);
  }
  const found = ctx.finder.find(text(row, 'official'), text(row, 'cell'), text(row, 'org'), when.date);
  if (found.kind === 'error') return fail(found.value === 'cell' ? 'cell' : 'official', found.reason);
  const notices = [...notes, ...found.notices].map((n) => issue(row.ref, '', n));
  const draft: MeetingDraft = { meetingId: ctx.newId('meeting'), notice: { ...parsed.data, registrationId: '' }, registrationId: null, notices };
  const key = rowKey(row.ref);
  if (found.kind === 'found') return { key, ref: row.ref, status: 'ok', issues: [], meetings: [], draft: { ...draft, registrationId: found.registrationId } };
  const decision: MeetingDecision = { candidates: found.candidates, reason: found.reason };
  return { key, ref: row.ref, status: 'needsDecision', issues: [], meetings: [], decision, draft };
}

/** The day from the date column, the hours from the time column; either may hold both, never two different ones. */
function meetingWhen(row: ExtractedRow): { date: string; startTime: string; endTime: string } | { error: string; field: ImportField } {
  const read = (field: 'date' | 'startTime'): When | { error: string; field: ImportField } => {
    const r = readWhen(row.raw[field] ?? null, text(row, field));
    return 'error' in r ? { ...r, field } : r;
  };
  const day = read('date');
  if ('error' in day) return day;
  const hour = read('startTime');
  if ('error' in hour) return hour;
  if (day.date && hour.date && day.date !== hour.date) {
    return { field: 'startTime', error: `Cột giờ ghi ngày ${formatIsoVi(hour.date)}, khác ngày sinh hoạt ${formatIsoVi(day.date)}; sửa cho khớp.` };
  }
  const date = day.date ?? hour.date;
  if (!date) return { field: 'date', error: 'Dòng không ghi ngày sinh hoạt; ghi ngày theo dạng ngày/tháng/năm, ví dụ 05/3/2026.' };
  const time = hour.time ?? day.time;
  if (hour.time && day.time && (hour.time.start !== day.time.start || (day.time.end !== '' && hour.time.end !== day.time.end))) {
    return { field: 'startTime', error: `Cột ngày ghi giờ ${day.time.start}, cột giờ ghi ${hour.time.start}; sửa cho khớp.` };
  }
  if (!time) return { field: 'startTime', error: 'Dòng không ghi giờ bắt đầu; ghi giờ theo dạng 7h30, 07:30 hoặc 7 giờ 30.' };
  return { date, startTime: time.start, endTime: time.end };
}

interface NoticeFields {
  place: string;
  type: MeetingType;
  agenda: string;
  host: MeetingHost;
  noticeDate: string;
}

/** Everything but the day, hour and registration, read and checked. */
function noticeFields(row: ExtractedRow, ctx: Context, notes: string[]): NoticeFields | { error: string; field: ImportField } {
  const type = parseMeetingType(text(row, 'meetingType'));
  if (type && 'error' in type) return { ...type, field: 'meetingType' };
  if (!type && !ctx.reported.has('type')) {
    ctx.reported.add('type');
    notes.push('Dòng không ghi hình thức sinh hoạt được hiểu là sinh hoạt thường kỳ (áp dụng cho mọi dòng như vậy trong tệp); buổi chuyên đề thì ghi “Chuyên đề”.');
  }
  const host = parseHost(text(row, 'host'));
  if (host && 'error' in host) return { ...host, field: 'host' };
  const confirmed = parseConfirmed(row.raw.confirmed ?? null, text(row, 'confirmed'));
  if ('error' in confirmed) return { ...confirmed, field: 'confirmed' };
  const role = host?.value.role ?? null;
  const isConfirmed = confirmed.value || host?.value.confirmed === true;
  if (isConfirmed && role === null) {
    return { field: 'confirmed', error: 'Dòng ghi đã xác nhận nhưng không ghi ai dự cùng; ghi “Bí thư” hoặc “Phó Bí thư” ở cột đồng chí Bí thư/Phó Bí thư dự.' };
  }
  const noticeDate = readNoticeDate(row, ctx.today);
  if ('error' in noticeDate) return noticeDate;
  return {
    place: text(row, 'place'),
    type: type?.value ?? 'regular',
    agenda: agendaOf(row),
    host: { role, name: host?.value.name ?? '', confirmed: isConfirmed },
    noticeDate: noticeDate.date,
  };
}

function readNoticeDate(row: ExtractedRow, today: string): { date: string } | { error: string; field: ImportField } {
  const when = readWhen(row.raw.noticeDate ?? null, text(row, 'noticeDate'));
  if ('error' in when) return { ...when, field: 'noticeDate' };
  if (when.time && !when.date) return { field: 'noticeDate', error: `Ngày nhận thông báo ${q(text(row, 'noticeDate'))} không phải một ngày; ghi theo dạng 05/3/2026 hoặc để trống (hiểu là hôm nay).` };
  return { date: when.date ?? today };
}

/** The agenda keeps its line breaks; a note goes under it, since a notice has no note of its own. */
function agendaOf(row: ExtractedRow): string {
  const raw = row.raw.agenda;
  const agenda = (typeof raw === 'string' ? raw : text(row, 'agenda')).normalize('NFC').trim();
  const note = text(row, 'note');
  if (note === '') return agenda;
  return agenda === '' ? `Ghi chú: ${note}` : `${agenda}\nGhi chú: ${note}`;
}

/** The schema's first complaint, as the column and sentence the clerk needs. */
const SCHEMA_FIELD: Record<string, ImportField> = { place: 'place', agenda: 'agenda', host: 'host', endTime: 'startTime', startTime: 'startTime', date: 'date', noticeDate: 'noticeDate', type: 'meetingType' };
const SCHEMA_MESSAGE: Record<string, string> = {
  'validation.tooLong': 'Địa điểm hoặc họ tên người dự quá dài; rút gọn lại.',
  'validation.longTextTooLong': 'Nội dung (kể cả ghi chú) quá dài: tối đa 2.000 ký tự; rút gọn lại.',
  'validation.endBeforeStart': 'Giờ kết thúc phải sau giờ bắt đầu.',
  'validation.hostRoleRequired': 'Dòng ghi đã xác nhận nhưng không rõ Bí thư hay Phó Bí thư dự.',
};

function withStatus(row: MeetingRowResult, status: RowStatus, issues: RowIssue[], meetings: Meeting[] = []): MeetingRowResult {
  const out: MeetingRowResult = { key: row.key, ref: row.ref, status, issues, meetings, draft: row.draft };
  if (row.decision) out.decision = row.decision;
  return out;
}

const DUPLICATE_OF_EXISTING = 'Buổi sinh hoạt này (cùng đăng ký, ngày và giờ bắt đầu) đã có trong dữ liệu; không nhập thêm.';
const duplicateOf = (place: string) => `Trùng với ${place} (cùng đăng ký, ngày và giờ bắt đầu); chỉ nhập một lần.`;

/** A new meeting from a notice: scheduled, never postponed, nothing recorded yet. */
export function meetingFromNotice(id: string, registrationId: string, notice: MeetingNotice): Meeting {
  return {
    id,
    registrationId,
    date: notice.date,
    startTime: notice.startTime,
    endTime: notice.endTime,
    place: notice.place,
    type: notice.type,
    agenda: notice.agenda,
    host: { ...notice.host },
    noticeDate: notice.noticeDate,
    status: 'scheduled',
    postponements: [],
    absenceReason: '',
    hostAttended: null,
    membersPresent: null,
    attendees: '',
    notes: '',
  };
}

function derive(rows: MeetingRowResult[], existingKeys: string[]): MeetingImportPlan {
  const existing = new Set(existingKeys);
  const first = new Map<string, MeetingRowResult>();
  const meetings: Meeting[] = [];
  const out = rows.map((row): MeetingRowResult => {
    const d = row.draft;
    if (!d) return row;
    if (d.registrationId === null) return withStatus(row, 'needsDecision', [...d.notices, issue(row.ref, '', row.decision?.reason ?? '')]);
    const key = meetingKey(d.registrationId, d.notice.date, d.notice.startTime);
    const earlier = first.get(key);
    if (earlier || existing.has(key)) {
      const reason = earlier ? duplicateOf(rowPlace(earlier.ref)) : DUPLICATE_OF_EXISTING;
      return withStatus(row, 'duplicate', [...d.notices, issue(row.ref, '', reason)]);
    }
    const meeting = meetingFromNotice(d.meetingId, d.registrationId, d.notice);
    const result = withStatus(row, 'ok', [...d.notices], [meeting]);
    first.set(key, result);
    meetings.push(meeting);
    return result;
  });
  return {
    rows: out,
    meetings,
    duplicatesMerged: out.filter((r) => r.status === 'duplicate').length,
    errors: out.filter((r) => r.status === 'error').flatMap((r) => r.issues),
    needsDecision: out.filter((r) => r.status === 'needsDecision').length,
    existingKeys,
  };
}

/** The plan after the clerk has chosen the registration of one row; it can be changed again. */
export function applyMeetingDecision(plan: MeetingImportPlan, key: string, registrationId: string): MeetingImportPlan {
  const target = plan.rows.find((r) => r.key === key);
  if (!target?.draft || !target.decision) return plan;
  const rows = plan.rows.map((r) => (r === target && r.draft ? { ...r, draft: { ...r.draft, registrationId } } : r));
  return derive(rows, plan.existingKeys);
}
