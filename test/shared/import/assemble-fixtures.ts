/** ExtractedRow builders for the assemble-* tests: rows as extract-rows hands them over. */
import type { GrassrootsOrg, Official, PartyCell } from '../../../shared/domain/types';
import type { ExtractedRow, GridCell, ImportField } from '../../../shared/import/types';

type Values = Partial<Record<ImportField, string>>;

export interface RowOptions {
  sheet?: string;
  section?: string | null;
  group?: string | null;
  /** Raw values where they differ from the text (dates, numbers, line breaks). */
  raw?: Partial<Record<ImportField, GridCell['value']>>;
}

/** Text as extract-rows gives it: line breaks turned into spaces, trimmed. */
const asText = (s: string) => s.replace(/\s+/g, ' ').trim();

export function row(n: number, values: Values, options: RowOptions = {}): ExtractedRow {
  const text: Values = {};
  const raw: ExtractedRow['raw'] = {};
  for (const [field, value] of Object.entries(values) as [ImportField, string][]) {
    text[field] = asText(value);
    raw[field] = value === '' ? null : value;
  }
  return {
    ref: { sheet: options.sheet ?? 'Sheet1', row: n },
    values: text,
    raw: { ...raw, ...options.raw },
    section: options.section ?? null,
    group: options.group ?? null,
  };
}

/** Rows numbered from 5, as under a two-row header and a "(1) (2)…" row. */
export const rows = (list: (Values | [Values, RowOptions])[]): ExtractedRow[] =>
  list.map((v, i) => (Array.isArray(v) ? row(i + 5, v[0], v[1]) : row(i + 5, v)));

/** Two communes that both have "Chi bộ thôn 1", a chi bộ cơ sở and an agency. */
export const orgs: GrassrootsOrg[] = [
  { id: 'o-ht', name: 'Đảng bộ xã Hoa Thành', type: 'xa', kind: 'dang_bo_co_so' },
  { id: 'o-hp', name: 'Đảng bộ xã Hợp Thành', type: 'xa', kind: 'dang_bo_co_so' },
  { id: 'o-hoa', name: 'Đảng bộ xã Hòa Sơn', type: 'xa', kind: 'dang_bo_co_so' },
  { id: 'o-thpt', name: 'Chi bộ Trường THPT Yên Thành 2', type: 'don_vi_su_nghiep', kind: 'chi_bo_co_so' },
  { id: 'o-ca', name: 'Đảng bộ Công an huyện', type: 'cong_an', kind: 'dang_bo_co_so' },
  { id: 'o-pdong', name: 'Đảng bộ phường Đông Thành', type: 'phuong', kind: 'dang_bo_co_so' },
];

export const cells: PartyCell[] = [
  { id: 'c-ht1', orgId: 'o-ht', name: 'Chi bộ thôn 1', memberCount: 30 },
  { id: 'c-ht2', orgId: 'o-ht', name: 'Chi bộ thôn 2', memberCount: 25 },
  { id: 'c-ht10', orgId: 'o-ht', name: 'Chi bộ thôn 10', memberCount: 20 },
  { id: 'c-htdong', orgId: 'o-ht', name: 'Chi bộ thôn Đông', memberCount: 18 },
  { id: 'c-htdong2', orgId: 'o-ht', name: 'Chi bộ thôn Đồng', memberCount: 16 },
  { id: 'c-htthcs', orgId: 'o-ht', name: 'Chi bộ Trường THCS', memberCount: 12 },
  { id: 'c-hp1', orgId: 'o-hp', name: 'Chi bộ thôn 1', memberCount: 40 },
  { id: 'c-hp3', orgId: 'o-hp', name: 'Chi bộ xóm 3', memberCount: 22 },
  { id: 'c-hoa1', orgId: 'o-hoa', name: 'Chi bộ bản Hòa Bình', memberCount: 19 },
  { id: 'c-thpt', orgId: 'o-thpt', name: 'Chi bộ Trường THPT Yên Thành 2', memberCount: 33 },
  { id: 'c-ca-an', orgId: 'o-ca', name: 'Chi bộ Đội An ninh', memberCount: 15 },
  { id: 'c-ca-gt', orgId: 'o-ca', name: 'Chi bộ Đội Cảnh sát giao thông', memberCount: 11 },
  { id: 'c-pd5', orgId: 'o-pdong', name: 'Chi bộ tổ dân phố 5', memberCount: 27 },
];

export const officials: Official[] = [
  {
    id: 'off-a', name: 'Nguyễn Văn An', position: 'Trưởng Ban Tổ chức Tỉnh ủy', group: 'standing',
    committee: 'Ban Tổ chức Tỉnh ủy', area: 'Huyện Yên Thành', field: 'Xây dựng Đảng', capacity: 3,
  },
  {
    id: 'off-b', name: 'Trần Thị Bình', position: 'Phó Trưởng Ban Dân vận Tỉnh ủy', group: 'board',
    committee: 'Ban Dân vận Tỉnh ủy', area: '', field: '', capacity: 2,
  },
  {
    id: 'off-c1', name: 'Lê Văn Cường', position: 'Tỉnh ủy viên, Giám đốc Sở Y tế', group: 'member',
    committee: 'Sở Y tế', area: '', field: '', capacity: 2,
  },
  {
    id: 'off-c2', name: 'Lê Văn Cường', position: 'Tỉnh ủy viên, Bí thư Huyện ủy Yên Thành', group: 'member',
    committee: 'Huyện ủy Yên Thành', area: '', field: '', capacity: 2,
  },
];
