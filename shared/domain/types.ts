/**
 * Domain records as stored and exchanged. Ids are strings so that records keep a
 * stable identity when a district's data is later merged at province level.
 */
import type { Meeting, Recommendation } from './meetings';
import type { OrgType } from './org-types';
import type { PlanRules } from './rules';

export type OrgKind = 'dang_bo_co_so' | 'chi_bo_co_so';

export interface GrassrootsOrg {
  id: string;
  name: string;
  type: OrgType;
  /** A chi bộ cơ sở has exactly one cell: itself. */
  kind: OrgKind;
}

export interface PartyCell {
  id: string;
  orgId: string;
  name: string;
  memberCount: number;
}

export const OFFICIAL_GROUPS = ['standing', 'member', 'board', 'other'] as const;
/** standing = Ủy viên BTV Tỉnh ủy, member = Tỉnh ủy viên, board = lãnh đạo ban xây dựng Đảng. */
export type OfficialGroup = (typeof OFFICIAL_GROUPS)[number];

export interface Official {
  id: string;
  name: string;
  position: string;
  group: OfficialGroup;
  /** The body the official works in, e.g. "Ban Tổ chức Tỉnh ủy". */
  committee: string;
  /** Area in charge (địa bàn phụ trách), free text. */
  area: string;
  /** Field in charge (lĩnh vực phụ trách), free text. */
  field: string;
  /** Most cells the official can attend in a year. */
  capacity: number;
}

export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];

/**
 * When the official plans to attend. `year` with no quarters means the time was not
 * given ("chưa xác định"); `term` covers every year of the term.
 */
export type RegistrationPeriod =
  | { kind: 'year'; year: number; quarters: Quarter[] }
  | { kind: 'term'; startYear: number; endYear: number };

export interface Registration {
  id: string;
  officialId: string;
  cellId: string;
  period: RegistrationPeriod;
  /** Every year the period touches; derived by `periodYears`, indexed multi-entry. */
  years: number[];
  note: string;
}

export const COMMITTEE_KINDS = ['huyen_uy', 'thi_uy', 'thanh_uy', 'dang_uy_truc_thuoc'] as const;
/** The coordinating level is a setting: since 2025 it is not always a district. */
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];

export const APP_MODES = ['district', 'province'] as const;
export type AppMode = (typeof APP_MODES)[number];

export interface Settings {
  /** e.g. "Huyện ủy Yên Thành". */
  committeeName: string;
  committeeKind: CommitteeKind;
  /** e.g. "Đảng bộ tỉnh Nghệ An". */
  superiorBody: string;
  /** Symbol after the document type in "Số 12-DS/HU". */
  documentSymbol: string;
  /** Place in the place-and-date line, e.g. "Yên Thành". */
  place: string;
  currentYear: number;
  termStartYear: number;
  termEndYear: number;
  /** Signature block. */
  signerOnBehalf: string;
  signerPosition: string;
  signerName: string;
  /** "Nơi nhận" lines, without the leading dash. */
  recipients: string[];
  language: 'vi' | 'en';
  /**
   * 'district': the committee keeps its own plans (every page). 'province': the provincial
   * Organization Board, which imports the districts' "Gửi tỉnh" files and sums them.
   */
  mode: AppMode;
  /** What the synthesis checks the plan against (Quy tắc tổng hợp). */
  rules: PlanRules;
}

export interface DistrictData {
  settings: Settings;
  orgs: GrassrootsOrg[];
  cells: PartyCell[];
  officials: Official[];
  registrations: Registration[];
  /** Optional so callers that predate meetings (and samples without a "today") still fit. */
  meetings?: Meeting[];
  recommendations?: Recommendation[];
}
