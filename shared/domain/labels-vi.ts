/**
 * Vietnamese labels as Party documents write them. Reports are Vietnamese whatever the
 * UI language, so these live in shared/ and not in the i18n catalogue.
 */
import type { HostRole, MeetingStatus, MeetingType, RecommendationStatus } from './meetings';
import type { OrgType } from './org-types';
import type { CommitteeKind, OfficialGroup, OrgKind, Quarter, RegistrationPeriod } from './types';

export const ORG_TYPE_LABEL_VI: Record<OrgType, string> = {
  xa: 'Xã',
  phuong: 'Phường',
  thi_tran: 'Thị trấn',
  co_quan: 'Cơ quan hành chính',
  don_vi_su_nghiep: 'Đơn vị sự nghiệp',
  dn_nha_nuoc: 'Doanh nghiệp nhà nước',
  dn_ngoai_nha_nuoc: 'Doanh nghiệp ngoài nhà nước',
  quan_doi: 'Quân đội',
  cong_an: 'Công an',
  khac: 'Khác',
};

export const ORG_KIND_LABEL_VI: Record<OrgKind, string> = {
  dang_bo_co_so: 'Đảng bộ cơ sở',
  chi_bo_co_so: 'Chi bộ cơ sở',
};

export const OFFICIAL_GROUP_LABEL_VI: Record<OfficialGroup, string> = {
  standing: 'Ủy viên Ban Thường vụ Tỉnh ủy',
  member: 'Tỉnh ủy viên',
  board: 'Lãnh đạo các ban xây dựng Đảng Tỉnh ủy',
  other: 'Khác',
};

export const COMMITTEE_KIND_LABEL_VI: Record<CommitteeKind, string> = {
  huyen_uy: 'Huyện ủy',
  thi_uy: 'Thị ủy',
  thanh_uy: 'Thành ủy',
  dang_uy_truc_thuoc: 'Đảng ủy trực thuộc Tỉnh ủy',
};

/** The issuing body's abbreviation in "Số 12-BC/HU". */
export const DEFAULT_DOCUMENT_SYMBOL: Record<CommitteeKind, string> = {
  huyen_uy: 'HU',
  thi_uy: 'ThU',
  thanh_uy: 'TU',
  dang_uy_truc_thuoc: 'ĐU',
};

const ROMAN_QUARTER: Record<Quarter, string> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };

/** "Quý I, III năm 2025", "Hằng quý năm 2025", "Cả nhiệm kỳ 2025–2030"… */
export function formatPeriodVi(period: RegistrationPeriod): string {
  if (period.kind === 'term') return `Cả nhiệm kỳ ${period.startYear}–${period.endYear}`;
  const quarters = [...new Set(period.quarters)].sort((a, b) => a - b);
  if (quarters.length === 0) return `Năm ${period.year} (chưa xác định thời gian)`;
  if (quarters.length === 4) return `Hằng quý năm ${period.year}`;
  return `Quý ${quarters.map((q) => ROMAN_QUARTER[q]).join(', ')} năm ${period.year}`;
}

export interface DateParts {
  day: number;
  month: number;
  year: number;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy, as clerks write dates in tables. */
export function formatDateVi(d: DateParts): string {
  return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
}

/**
 * The place-and-date line of a Party document. Instruction 36-HD/VPTW (like Decree
 * 30/2020 for state documents) writes days below 10 and the months 1 and 2 with a
 * leading zero ("ngày 05 tháng 02"), other months without ("tháng 3"), so that nothing
 * can be added in front of the number later.
 */
export function placeDateLineVi(place: string, d: DateParts): string {
  const day = d.day < 10 ? pad2(d.day) : String(d.day);
  const month = d.month < 3 ? pad2(d.month) : String(d.month);
  return `${place}, ngày ${day} tháng ${month} năm ${d.year}`;
}

export const MEETING_TYPE_LABEL_VI: Record<MeetingType, string> = {
  regular: 'Thường kỳ',
  thematic: 'Chuyên đề',
};

export const MEETING_STATUS_LABEL_VI: Record<MeetingStatus, string> = {
  scheduled: 'Đã có lịch',
  postponed: 'Hoãn, đã có ngày mới',
  held: 'Đã dự',
  not_attended: 'Không dự được',
};

export const HOST_ROLE_LABEL_VI: Record<HostRole, string> = {
  secretary: 'Bí thư',
  deputy: 'Phó Bí thư',
};

export const RECOMMENDATION_STATUS_LABEL_VI: Record<RecommendationStatus, string> = {
  new: 'Mới tiếp nhận',
  forwarded: 'Đã chuyển',
  answered: 'Đã trả lời',
  resolved: 'Đã giải quyết',
  closed: 'Đóng, không xử lý',
};
