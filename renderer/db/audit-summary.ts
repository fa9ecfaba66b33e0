/**
 * The audit log's short Vietnamese texts: "Sửa chi bộ: Tên 'Chi bộ 3' → 'Chi bộ số 3'; Số
 * đảng viên 25 → 27". They are stored with the entry (like other stored data, in Vietnamese
 * whatever the UI language): the records they name may be gone when the log is read.
 */
import {
  MEETING_STATUS_LABEL_VI,
  MEETING_TYPE_LABEL_VI,
  OFFICIAL_GROUP_LABEL_VI,
  ORG_KIND_LABEL_VI,
  ORG_TYPE_LABEL_VI,
  RECOMMENDATION_STATUS_LABEL_VI,
  formatPeriodVi,
} from '../../shared/domain/labels-vi';
import type { Meeting, Recommendation } from '../../shared/domain/meetings';
import type { GrassrootsOrg, Official, PartyCell, Registration, Settings } from '../../shared/domain/types';
import { formatIsoVi } from '../../shared/meetings/iso-date';

const MAX_VALUE = 60;

/** A value as the log shows it: text quoted and cut short, numbers bare. */
function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `'${text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text}'`;
}

/** One field: its label and how its value reads (defaults to the value itself). */
type Field<T> = [keyof T & string, string, ((value: never, record: T) => unknown)?];

function valueOf<T>(record: T, [key, , format]: Field<T>): unknown {
  const value = (record as Record<string, unknown>)[key];
  return format ? format(value as never, record) : value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** "Tên 'A' → 'B'; Số đảng viên 25 → 27", or '' when no listed field changed. */
export function diffText<T>(before: T, after: T, fields: readonly Field<T>[]): string {
  return fields
    .filter((field) => !same(valueOf(before, field), valueOf(after, field)))
    .map((field) => `${field[1]} ${show(valueOf(before, field))} → ${show(valueOf(after, field))}`)
    .join('; ');
}

/** "Tên: 'Chi bộ 3'; Số đảng viên: 25": the state before or after, for the log's detail. */
export function stateText<T>(record: T, fields: readonly Field<T>[]): string {
  return fields.map((field) => `${field[1]}: ${show(valueOf(record, field))}`).join('; ');
}

export const ORG_FIELDS: Field<GrassrootsOrg>[] = [
  ['name', 'Tên'],
  ['type', 'Loại hình', (v: GrassrootsOrg['type']) => ORG_TYPE_LABEL_VI[v]],
  ['kind', 'Loại tổ chức', (v: GrassrootsOrg['kind']) => ORG_KIND_LABEL_VI[v]],
];

/** Cells: the org is named by the caller (`orgName`), the record only holds its id. */
export function cellFields(orgName: (id: string) => string): Field<PartyCell>[] {
  return [
    ['name', 'Tên'],
    ['memberCount', 'Số đảng viên'],
    ['orgId', 'Trực thuộc', (v: string) => orgName(v)],
  ];
}

export const OFFICIAL_FIELDS: Field<Official>[] = [
  ['name', 'Họ tên'],
  ['position', 'Chức vụ'],
  ['group', 'Nhóm', (v: Official['group']) => OFFICIAL_GROUP_LABEL_VI[v]],
  ['committee', 'Cơ quan'],
  ['area', 'Địa bàn phụ trách'],
  ['field', 'Lĩnh vực phụ trách'],
  ['capacity', 'Số chi bộ tối đa/năm'],
];

export function registrationFields(name: (id: string) => string): Field<Registration>[] {
  return [
    ['officialId', 'Cán bộ', (v: string) => name(v)],
    ['cellId', 'Chi bộ', (v: string) => name(v)],
    ['period', 'Thời gian', (v: Registration['period']) => formatPeriodVi(v)],
    ['note', 'Ghi chú'],
  ];
}

export const MEETING_FIELDS: Field<Meeting>[] = [
  ['date', 'Ngày', (v: string) => formatIsoVi(v)],
  ['startTime', 'Bắt đầu'],
  ['endTime', 'Kết thúc'],
  ['place', 'Địa điểm'],
  ['type', 'Hình thức', (v: Meeting['type']) => MEETING_TYPE_LABEL_VI[v]],
  ['agenda', 'Nội dung'],
  ['host', 'Người chủ trì', (v: Meeting['host']) => v.name],
  ['noticeDate', 'Ngày nhận thông báo', (v: string) => formatIsoVi(v)],
  ['status', 'Tình trạng', (v: Meeting['status']) => MEETING_STATUS_LABEL_VI[v]],
  ['absenceReason', 'Lý do không dự'],
  ['membersPresent', 'Số đảng viên có mặt'],
  ['notes', 'Ghi chú'],
];

export const RECOMMENDATION_FIELDS: Field<Recommendation>[] = [
  ['content', 'Nội dung'],
  ['field', 'Lĩnh vực'],
  ['addressedTo', 'Gửi đến'],
  ['dueDate', 'Hạn trả lời', (v: string) => formatIsoVi(v)],
  ['status', 'Tình trạng', (v: Recommendation['status']) => RECOMMENDATION_STATUS_LABEL_VI[v]],
  ['history', 'Số bước xử lý', (v: Recommendation['history']) => v.length],
];

export const SETTINGS_FIELDS: Field<Settings>[] = [
  ['committeeName', 'Tên cấp ủy'],
  ['superiorBody', 'Cấp trên'],
  ['documentSymbol', 'Ký hiệu văn bản'],
  ['place', 'Địa danh'],
  ['currentYear', 'Năm theo dõi'],
  ['termStartYear', 'Đầu nhiệm kỳ'],
  ['termEndYear', 'Cuối nhiệm kỳ'],
  ['signerOnBehalf', 'Thẩm quyền ký'],
  ['signerPosition', 'Chức vụ người ký'],
  ['signerName', 'Người ký'],
  ['recipients', 'Nơi nhận', (v: string[]) => v.join('; ')],
  ['language', 'Ngôn ngữ', (v: Settings['language']) => (v === 'vi' ? 'Tiếng Việt' : 'English')],
  ['mode', 'Chế độ', (v: Settings['mode']) => (v === 'province' ? 'Cấp tỉnh' : 'Cấp huyện')],
  // One line per rule: a single text of all four would be cut short before the one that changed.
  ['rules', 'Phạm vi phủ kín chi bộ', (v: Settings['rules']) => (v.coverageScope === 'term' ? 'Cả nhiệm kỳ' : 'Mỗi năm')],
  ['rules', 'Số người đăng ký tối đa mỗi chi bộ', (v: Settings['rules']) => v.maxRegistrantsPerCell],
  ['rules', 'Số chi bộ tối thiểu mỗi cán bộ', (v: Settings['rules']) => v.officialMinCells],
  ['rules', 'Số ngày báo trước tối thiểu', (v: Settings['rules']) => v.noticeDays],
];

/** "đăng ký của Nguyễn Văn An tại Chi bộ 3 (Quý I năm 2026)". */
export function registrationLabel(r: Registration, name: (id: string) => string): string {
  return `đăng ký của ${name(r.officialId)} tại ${name(r.cellId)} (${formatPeriodVi(r.period)})`;
}

/** "buổi sinh hoạt ngày 12/03/2026" (audit-names adds the official and cell). */
export function meetingLabel(m: Meeting): string {
  return `buổi sinh hoạt ngày ${formatIsoVi(m.date)}`;
}

export function recommendationLabel(r: Recommendation): string {
  return `kiến nghị ${show(r.content)}`;
}

export interface CascadeCounts {
  cells?: number;
  registrations?: number;
  meetings?: number;
  recommendations?: number;
}

const CASCADE_NOUNS: [keyof CascadeCounts, string][] = [
  ['cells', 'chi bộ'],
  ['registrations', 'đăng ký'],
  ['meetings', 'buổi sinh hoạt'],
  ['recommendations', 'kiến nghị'],
];

/** " (kèm 3 chi bộ, 12 đăng ký)", or '' when nothing else went. */
export function cascadeText(counts: CascadeCounts): string {
  const parts = CASCADE_NOUNS.filter(([key]) => (counts[key] ?? 0) > 0).map(([key, noun]) => `${counts[key]} ${noun}`);
  return parts.length > 0 ? ` (kèm ${parts.join(', ')})` : '';
}

/**
 * "Sửa chi bộ: Tên 'A' → 'B'; …" when the name changed (the diff names it), else "Sửa chi bộ
 * 'A': Số đảng viên 25 → 27", or "…: không có thay đổi".
 */
export function updateSummary(noun: string, before: string, after: string, diff: string): string {
  if (diff === '') return `Sửa ${noun} ${show(after)}: không có thay đổi`;
  return before === after ? `Sửa ${noun} ${show(after)}: ${diff}` : `Sửa ${noun}: ${diff}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "dd/mm/yyyy HH:mm:ss" on this machine's clock, as the log shows entries. */
export function formatAuditTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
