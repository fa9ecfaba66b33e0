/**
 * The organizations of one district as drafts (names, types, cell names, member ranges).
 * A province is generated as many such districts.
 */
import type { OrgType } from '../domain/org-types';
import type { OrgKind } from '../domain/types';
import {
  COMMUNE_FIRST,
  COMMUNE_INSTITUTION_CELLS,
  COMMUNE_SECOND,
  HAMLET_NAMES,
  HAMLET_WORDS,
} from './names-vi';
import type { Random } from './random';

export type MemberRange = readonly [number, number];
export interface CellDraft {
  name: string;
  members: MemberRange;
}
export interface OrgDraft {
  name: string;
  type: OrgType;
  kind: OrgKind;
  cells: CellDraft[];
}

const HAMLET: MemberRange = [15, 60];
const INSTITUTION: MemberRange = [5, 25];
const AGENCY_CELL: MemberRange = [5, 30];
const SINGLE_CELL: MemberRange = [8, 45];

/** Names already used in the dataset: org names must not repeat across districts either. */
export class NameRegistry {
  private readonly used = new Set<string>();

  /** The candidate, or failing that the candidate qualified by the district, or numbered. */
  take(candidate: string, district: string): string {
    const qualified = candidate.endsWith(' huyện') ? `${candidate} ${district}` : `${candidate} huyện ${district}`;
    for (const name of [candidate, qualified]) {
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    for (let i = 2; ; i++) {
      const numbered = `${qualified} ${i}`;
      if (!this.used.has(numbered)) {
        this.used.add(numbered);
        return numbered;
      }
    }
  }

  has(name: string): boolean {
    return this.used.has(name);
  }
}

/** `count` items of `list`, in list order. */
function subset<T>(rng: Random, list: readonly T[], count: number): T[] {
  const keep = new Set(rng.shuffle(list.map((_, i) => i)).slice(0, count));
  return list.filter((_, i) => keep.has(i));
}

function placeName(rng: Random, names: NameRegistry, prefix: string, secondFixed?: string): string {
  for (let tries = 0; tries < 40; tries++) {
    const second = secondFixed && tries < 20 ? secondFixed : rng.pick(COMMUNE_SECOND);
    const first = rng.pick(COMMUNE_FIRST);
    if (first === second) continue;
    const candidate = `${prefix} ${first} ${second}`;
    if (!names.has(candidate)) return names.take(candidate, '');
  }
  return names.take(`${prefix} ${rng.pick(COMMUNE_FIRST)} ${rng.pick(COMMUNE_SECOND)}`, '');
}

function hamletCells(rng: Random, count: number, word: string, named: boolean): CellDraft[] {
  const labels = named ? rng.shuffle(HAMLET_NAMES) : [];
  const cells: CellDraft[] = [];
  for (let i = 0; i < count; i++) {
    // Named hamlets run out after the list; number the rest ("xóm 21" is common too).
    const label = labels[i] ?? String(i + 1);
    cells.push({ name: `Chi bộ ${word} ${label}`, members: HAMLET });
  }
  return cells;
}

/** Cells per commune: 8–15 in the sample district; provinces have larger communes too. */
export type CommuneSize = MemberRange;

function localOrg(rng: Random, names: NameRegistry, type: 'xa' | 'phuong' | 'thi_tran', district: string, size: CommuneSize): OrgDraft {
  const total = type === 'xa' ? rng.int(size[0], size[1]) : type === 'phuong' ? rng.int(10, 16) : rng.int(14, 20);
  const institutions = subset(rng, COMMUNE_INSTITUTION_CELLS, rng.int(2, 4)).map((name) => ({ name, members: INSTITUTION }));
  const rest = total - institutions.length;
  let hamlets: CellDraft[];
  let name: string;
  if (type === 'xa') {
    // Communes of one district often share a second syllable (Hợp Thành, Mã Thành…).
    const second = district.split(' ').at(-1);
    name = placeName(rng, names, 'Đảng bộ xã', rng.chance(0.6) ? second : undefined);
    hamlets = hamletCells(rng, rest, rng.pick(HAMLET_WORDS), rng.chance(0.4));
  } else if (type === 'phuong') {
    name = placeName(rng, names, 'Đảng bộ phường');
    hamlets = hamletCells(rng, rest, rng.chance(0.5) ? 'tổ dân phố' : 'khối', false);
  } else {
    name = names.take(`Đảng bộ thị trấn ${district}`, district);
    hamlets = hamletCells(rng, rest, 'khối', false);
  }
  return { name, type, kind: 'dang_bo_co_so', cells: [...hamlets, ...institutions] };
}

interface Template {
  name: string;
  type: OrgType;
  /** Candidate cell names and how many of them to keep; none means a chi bộ cơ sở. */
  cells?: { names: readonly string[]; min: number; max: number };
}

const GOVERNMENT_CELLS = [
  'Chi bộ Văn phòng HĐND và UBND', 'Chi bộ Phòng Nội vụ', 'Chi bộ Phòng Kinh tế - Hạ tầng',
  'Chi bộ Phòng Văn hóa - Thông tin', 'Chi bộ Phòng Tư pháp', 'Chi bộ Phòng Lao động - Thương binh và Xã hội',
  'Chi bộ Thanh tra huyện',
];
const PARTY_BLOC_CELLS = [
  'Chi bộ Văn phòng Huyện ủy', 'Chi bộ Ban Tổ chức Huyện ủy', 'Chi bộ Ủy ban Kiểm tra Huyện ủy',
  'Chi bộ Ban Tuyên giáo và Dân vận Huyện ủy', 'Chi bộ Ủy ban MTTQ huyện', 'Chi bộ Huyện đoàn',
];
const AGENCY_SINGLE = [
  'Chi bộ Phòng Tài chính - Kế hoạch', 'Chi bộ Phòng Giáo dục và Đào tạo', 'Chi bộ Phòng Nông nghiệp và Môi trường',
  'Chi bộ Viện Kiểm sát nhân dân huyện', 'Chi bộ Tòa án nhân dân huyện', 'Chi bộ Chi cục Thuế khu vực',
  'Chi bộ Kho bạc Nhà nước huyện',
];

function agencyTemplates(rng: Random, district: string): Template[] {
  const singles = subset(rng, AGENCY_SINGLE, 2).map((name): Template => ({ name, type: 'co_quan' }));
  return [
    { name: 'Đảng bộ Cơ quan Chính quyền huyện', type: 'co_quan', cells: { names: GOVERNMENT_CELLS, min: 4, max: 7 } },
    { name: 'Đảng bộ Các cơ quan Đảng - Đoàn thể huyện', type: 'co_quan', cells: { names: PARTY_BLOC_CELLS, min: 4, max: 6 } },
    ...singles,
    {
      name: 'Đảng bộ Bệnh viện Đa khoa huyện',
      type: 'don_vi_su_nghiep',
      cells: { names: ['Chi bộ Khoa Nội', 'Chi bộ Khoa Ngoại', 'Chi bộ Khoa Sản', 'Chi bộ Khoa Nhi', 'Chi bộ Cận lâm sàng', 'Chi bộ Hành chính - Tổ chức'], min: 4, max: 6 },
    },
    { name: `Chi bộ Trường THPT ${district} ${rng.int(1, 3)}`, type: 'don_vi_su_nghiep' },
    { name: `Chi bộ Chi nhánh Điện lực ${district}`, type: 'dn_nha_nuoc' },
    {
      name: `Đảng bộ Công ty Cổ phần May ${district}`,
      type: 'dn_ngoai_nha_nuoc',
      cells: { names: ['Chi bộ Văn phòng Công ty', 'Chi bộ Phân xưởng 1', 'Chi bộ Phân xưởng 2', 'Chi bộ Phân xưởng 3', 'Chi bộ Phân xưởng Hoàn thiện'], min: 3, max: 5 },
    },
    {
      name: 'Đảng bộ Quân sự huyện',
      type: 'quan_doi',
      cells: { names: ['Chi bộ Chỉ huy', 'Chi bộ Tham mưu', 'Chi bộ Chính trị', 'Chi bộ Hậu cần - Kỹ thuật', 'Chi bộ Trung đội Dân quân thường trực'], min: 3, max: 5 },
    },
    {
      name: 'Đảng bộ Công an huyện',
      type: 'cong_an',
      cells: {
        names: ['Chi bộ Đội Tổng hợp', 'Chi bộ Đội An ninh', 'Chi bộ Đội Cảnh sát hình sự', 'Chi bộ Đội Cảnh sát kinh tế - ma túy', 'Chi bộ Đội Cảnh sát giao thông', 'Chi bộ Đội Cảnh sát quản lý hành chính', 'Chi bộ Đội Cảnh sát điều tra', 'Chi bộ Nhà tạm giữ'],
        min: 6,
        max: 8,
      },
    },
    { name: `Chi bộ Quỹ Tín dụng nhân dân ${district}`, type: 'khac' },
  ];
}

function fromTemplate(rng: Random, names: NameRegistry, t: Template, district: string): OrgDraft {
  const name = names.take(t.name, district);
  if (!t.cells) {
    // A chi bộ cơ sở has exactly one cell: itself, under the same name.
    return { name, type: t.type, kind: 'chi_bo_co_so', cells: [{ name, members: SINGLE_CELL }] };
  }
  const cellNames = subset(rng, t.cells.names, rng.int(t.cells.min, t.cells.max));
  return { name, type: t.type, kind: 'dang_bo_co_so', cells: cellNames.map((n) => ({ name: n, members: AGENCY_CELL })) };
}

/** About 31 organizations and 280 cells: communes first, as a district lists them. */
export function districtOrgs(rng: Random, names: NameRegistry, district: string, size: CommuneSize = [8, 15]): OrgDraft[] {
  const orgs: OrgDraft[] = [];
  for (let i = 0; i < 17; i++) orgs.push(localOrg(rng, names, 'xa', district, size));
  orgs.push(localOrg(rng, names, 'phuong', district, size), localOrg(rng, names, 'phuong', district, size));
  orgs.push(localOrg(rng, names, 'thi_tran', district, size));
  for (const t of agencyTemplates(rng, district)) orgs.push(fromTemplate(rng, names, t, district));
  return orgs;
}
