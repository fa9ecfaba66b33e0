/**
 * "THÔNG BÁO Lịch dự sinh hoạt chi bộ của các đồng chí lãnh đạo tỉnh từ ngày … đến ngày …":
 * the district tells the grassroots who comes to which cell meeting, when and where, so
 * the Secretary or Deputy Secretary can be there too. A THÔNG BÁO (TB), not a KẾ HOẠCH:
 * the plan is the registrations; this announces the dates the grassroots already sent.
 */
import { HOST_ROLE_LABEL_VI, MEETING_TYPE_LABEL_VI, type DateParts } from '../domain/labels-vi';
import type { Meeting } from '../domain/meetings';
import type { GrassrootsOrg, Official, PartyCell, Registration, Settings } from '../domain/types';
import { meetingsBetween } from '../meetings/aggregate';
import { formatIsoVi, monthOf, yearOf } from '../meetings/iso-date';
import { normalizeText } from '../text/normalize';
import { sttColumn, toRoman, type ReportColumn, type ReportDocument, type ReportRow } from './layout';
import { buildPartyHeader, buildSignature, recipientLines } from './party-header';

export interface MeetingCalendarReportInput {
  settings: Settings;
  meetings: Meeting[];
  registrations: Registration[];
  officials: Official[];
  cells: PartyCell[];
  orgs: GrassrootsOrg[];
  /** First and last day of the period, ISO, both included. */
  from: string;
  to: string;
  date: DateParts;
}

/**
 * Widths sum to 134 characters of 7 px (Calibri 11, the workbook's default font): 938 px,
 * inside the 25.2 cm (952 px) printable width of A4 landscape with 3 cm + 1.5 cm margins.
 */
export const MEETING_CALENDAR_COLUMNS: ReportColumn[] = [
  sttColumn(5),
  { key: 'date', title: 'Ngày', width: 12, align: 'center' },
  { key: 'time', title: 'Giờ', width: 8, align: 'center' },
  { key: 'official', title: 'Đồng chí dự', width: 21, align: 'left' },
  { key: 'cell', title: 'Chi bộ', width: 13, align: 'left' },
  { key: 'org', title: 'Tổ chức cơ sở đảng', width: 15, align: 'left' },
  { key: 'place', title: 'Địa điểm', width: 12, align: 'left' },
  { key: 'type', title: 'Hình thức', width: 8, align: 'center' },
  { key: 'agenda', title: 'Nội dung', width: 20, align: 'left' },
  { key: 'host', title: 'Bí thư/Phó Bí thư dự', width: 10, align: 'left' },
  { key: 'status', title: 'Trạng thái/Ghi chú', width: 10, align: 'left' },
];

/** getDay() order: Sunday first. */
const WEEKDAY_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

export function weekdayVi(iso: string): string {
  const day = new Date(Date.UTC(yearOf(iso), monthOf(iso) - 1, Number(iso.slice(8, 10)))).getUTCDay();
  return WEEKDAY_VI[day] ?? '';
}

/** "7h30", as office calendars write times. */
function timeVi(hhmm: string): string {
  return hhmm === '' ? '' : `${Number(hhmm.slice(0, 2))}h${hhmm.slice(3, 5)}`;
}

function timeRangeVi(m: Meeting): string {
  return m.endTime === '' ? timeVi(m.startTime) : `${timeVi(m.startTime)} - ${timeVi(m.endTime)}`;
}

/** Who leads the grassroots side: who attended once held, otherwise who the notice names. */
function hostText(m: Meeting): string {
  if (m.status === 'held') return m.hostAttended ? HOST_ROLE_LABEL_VI[m.hostAttended] : '';
  if (m.host.role === null) return 'Chưa xác định';
  const who = [HOST_ROLE_LABEL_VI[m.host.role], m.host.name].filter((s) => s !== '').join(' ');
  return m.host.confirmed ? who : `${who} (chưa xác nhận)`;
}

function statusText(m: Meeting): string {
  const parts: string[] = [];
  if (m.status === 'held') parts.push('Đã dự');
  const last = m.postponements.at(-1);
  // The date the grassroots last knew is the one to correct, so the latest move is named.
  if (last) parts.push(`Hoãn từ ${formatIsoVi(last.fromDate)}${m.postponements.length > 1 ? ` (hoãn ${m.postponements.length} lần)` : ''}`);
  if (m.notes.trim() !== '') parts.push(m.notes.trim());
  return parts.join('; ');
}

interface Lookup {
  registration: Map<string, Registration>;
  official: Map<string, Official>;
  cell: Map<string, PartyCell>;
  org: Map<string, GrassrootsOrg>;
}

function lookup(input: MeetingCalendarReportInput): Lookup {
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((x) => [x.id, x]));
  return { registration: byId(input.registrations), official: byId(input.officials), cell: byId(input.cells), org: byId(input.orgs) };
}

function meetingValues(m: Meeting, stt: number, l: Lookup): Record<string, string | number> {
  const reg = l.registration.get(m.registrationId);
  const official = reg && l.official.get(reg.officialId);
  const cell = reg && l.cell.get(reg.cellId);
  const org = cell && l.org.get(cell.orgId);
  return {
    stt,
    date: `${weekdayVi(m.date)}\n${formatIsoVi(m.date)}`,
    time: timeRangeVi(m),
    official: official ? [official.name, official.position].filter((s) => s !== '').join('\n') : '',
    cell: cell?.name ?? '',
    org: org?.name ?? '',
    place: m.place,
    type: MEETING_TYPE_LABEL_VI[m.type],
    agenda: m.agenda,
    host: hostText(m),
    status: statusText(m),
  };
}

/**
 * The meetings of the period that the official attends or will attend, in calendar order.
 * Not attended ones are left out: announcing them would send a Secretary to meet nobody.
 */
export function calendarMeetings(meetings: Meeting[], from: string, to: string): Meeting[] {
  return meetingsBetween(meetings.filter((m) => m.status !== 'not_attended'), from, to);
}

/** One section per month, "I. Tháng 3 năm 2025"; STT runs 1..n over the whole list. */
function monthRows(meetings: Meeting[], l: Lookup): ReportRow[] {
  const rows: ReportRow[] = [];
  let month = '';
  let groups = 0;
  meetings.forEach((m, i) => {
    if (m.date.slice(0, 7) !== month) {
      month = m.date.slice(0, 7);
      rows.push({ kind: 'group', label: `${toRoman(++groups)}. Tháng ${monthOf(m.date)} năm ${yearOf(m.date)}` });
    }
    rows.push({ kind: 'data', values: meetingValues(m, i + 1, l) });
  });
  return rows;
}

function totalLabel(meetings: Meeting[], l: Lookup): string {
  const officials = new Set<string>();
  const cells = new Set<string>();
  for (const m of meetings) {
    const reg = l.registration.get(m.registrationId);
    if (!reg) continue;
    officials.add(reg.officialId);
    cells.add(reg.cellId);
  }
  // Số lượt, số người and số chi bộ are different figures: each is named.
  return `Tổng cộng: ${meetings.length} lượt dự sinh hoạt của ${officials.size} đồng chí tại ${cells.size} chi bộ`;
}

export function buildMeetingCalendarReport(input: MeetingCalendarReportInput): ReportDocument {
  const { settings, from, to, date } = input;
  const l = lookup(input);
  const meetings = calendarMeetings(input.meetings, from, to);
  const notAttended = input.meetings.filter((m) => m.status === 'not_attended' && m.date >= from && m.date <= to).length;
  const notes = [
    `Ghi chú: Đồng chí Bí thư hoặc Phó Bí thư tổ chức cơ sở đảng dự cùng đồng chí lãnh đạo tỉnh. Tổ chức cơ sở đảng gửi thời gian, địa điểm, nội dung dự kiến về ${normalizeText(settings.committeeName)} trước ngày sinh hoạt ít nhất ${settings.rules.noticeDays} ngày.`,
  ];
  if (notAttended > 0) notes.push(`Không ghi ${notAttended} cuộc sinh hoạt trong thời gian trên mà đồng chí lãnh đạo tỉnh không dự được.`);
  return {
    sheetName: 'Lịch dự sinh hoạt',
    orientation: 'landscape',
    header: buildPartyHeader(settings, {
      docCode: 'TB',
      documentType: 'THÔNG BÁO',
      summary: ['Lịch dự sinh hoạt chi bộ của các đồng chí lãnh đạo tỉnh', `từ ngày ${formatIsoVi(from)} đến ngày ${formatIsoVi(to)}`],
      date,
    }),
    columns: MEETING_CALENDAR_COLUMNS,
    rows: monthRows(meetings, l),
    totalRow: { label: totalLabel(meetings, l), values: {} },
    signature: buildSignature(settings),
    recipients: recipientLines(settings),
    notes,
  };
}
