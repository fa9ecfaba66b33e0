/**
 * Deterministic sample data: a district (31 organizations, about 270 cells, 60 officials,
 * 120 registrations) or a province (1,500 organizations, about 15,000 cells, 600
 * officials, 1,700 registrations). Same seed, same data, on every machine: no clock,
 * no Math.random. Given a "today", it also has meetings and recommendations (see
 * meetings-sample.ts). Registrations crowd onto a few "popular" cells and leave most cells
 * without anyone, which is the situation the clerk has to fix.
 */
import { periodYears } from '../domain/period';
import { DEFAULT_PLAN_RULES } from '../domain/rules';
import type {
  DistrictData,
  GrassrootsOrg,
  Official,
  OfficialGroup,
  PartyCell,
  Quarter,
  Registration,
  RegistrationPeriod,
  Settings,
} from '../domain/types';
import {
  DISTRICT_NAMES,
  FAMILY_NAMES,
  FEMALE_GIVEN,
  FEMALE_MIDDLE,
  MALE_GIVEN,
  MALE_MIDDLE,
  POSTS,
  type Post,
} from './names-vi';
import { NameRegistry, districtOrgs, type OrgDraft } from './org-blueprint';
import { sampleMeetings, sampleRecommendations } from './meetings-sample';
import { Random } from './random';

export type SampleScale = 'district' | 'province' | { orgs: number; officials: number };

export interface SampleOptions {
  seed: number;
  scale?: SampleScale;
  year?: number;
  /**
   * "Today" (ISO) for meetings and recommendations: given, the sample also has the
   * meetings of its registrations (held before today, announced for the coming weeks)
   * and, at province scale, past years' registrations, so it holds a term's worth of them.
   * Left out, the sample has no meetings and is exactly what it was before meetings existed.
   */
  today?: string;
}

interface ScaleSizes {
  orgs: number;
  officials: number;
  /** Cells an official can attend a year, drawn uniformly from this list. */
  capacities: readonly number[];
  communeCells: readonly [number, number];
  /** Past years of quarterly registrations added when `today` is given. */
  historyYears: number;
  /** Cells an official attends quarterly in a past year. */
  historyCells: readonly number[];
}

const SCALES: Record<'district' | 'province', ScaleSizes> = {
  district: { orgs: 31, officials: 60, capacities: [1, 2, 2, 3, 3, 4], communeCells: [8, 15], historyYears: 0, historyCells: [2] },
  province: { orgs: 1500, officials: 600, capacities: [2, 3, 4, 4, 4], communeCells: [10, 18], historyYears: 4, historyCells: [5, 6, 6, 7] },
};

const id = (prefix: string, n: number, width: number) => `${prefix}-${String(n).padStart(width, '0')}`;

function sampleSettings(year: number): Settings {
  // Party congress terms run 2025–2030, 2030–2035…: the term containing `year`.
  const termStartYear = 2025 + 5 * Math.floor((year - 2025) / 5);
  return {
    committeeName: 'Huyện ủy Yên Thành',
    committeeKind: 'huyen_uy',
    superiorBody: 'Đảng bộ tỉnh Nghệ An',
    documentSymbol: 'HU',
    place: 'Yên Thành',
    currentYear: year,
    termStartYear,
    termEndYear: termStartYear + 5,
    signerOnBehalf: 'T/M BAN THƯỜNG VỤ',
    signerPosition: 'PHÓ BÍ THƯ',
    signerName: 'Nguyễn Văn Hùng',
    recipients: ['Ban Tổ chức Tỉnh ủy (để báo cáo)', 'Các tổ chức cơ sở đảng', 'Lưu Văn phòng Huyện ủy'],
    language: 'vi',
    mode: 'district',
    rules: { ...DEFAULT_PLAN_RULES },
  };
}

function districtName(rng: Random, index: number, used: Set<string>): string {
  const listed = DISTRICT_NAMES[index];
  if (listed) return listed;
  for (;;) {
    const name = `${rng.pick(['Tân', 'Vĩnh', 'Hưng', 'Phú', 'Thanh', 'Hòa', 'An'])} ${rng.pick(['Lộc', 'Phúc', 'Thịnh', 'Yên', 'Bình', 'Sơn', 'Hải', 'Lâm'])}`;
    if (!used.has(name) && !(DISTRICT_NAMES as readonly string[]).includes(name)) return name;
  }
}

function orgDrafts(rng: Random, count: number, communeCells: readonly [number, number]): { drafts: OrgDraft[]; districts: string[] } {
  const names = new NameRegistry();
  const drafts: OrgDraft[] = [];
  const districts: string[] = [];
  const used = new Set<string>();
  while (drafts.length < count) {
    const district = districtName(rng, districts.length, used);
    used.add(district);
    districts.push(district);
    drafts.push(...districtOrgs(rng, names, district, communeCells));
  }
  return { drafts: drafts.slice(0, count), districts };
}

function buildOrgs(rng: Random, drafts: OrgDraft[]): { orgs: GrassrootsOrg[]; cells: PartyCell[] } {
  const orgs: GrassrootsOrg[] = [];
  const cells: PartyCell[] = [];
  drafts.forEach((d, i) => {
    const orgId = id('org', i + 1, 4);
    orgs.push({ id: orgId, name: d.name, type: d.type, kind: d.kind });
    for (const c of d.cells) {
      cells.push({ id: id('cell', cells.length + 1, 5), orgId, name: c.name, memberCount: rng.int(c.members[0], c.members[1]) });
    }
  });
  return { orgs, cells };
}

const GROUP_WEIGHTS: readonly OfficialGroup[] = [
  'standing', 'standing', 'standing', 'member', 'member', 'member', 'member', 'member', 'member', 'member', 'member',
  'member', 'board', 'board', 'board', 'board', 'board', 'board', 'other',
];
const FIELDS_EXTRA = ['Xây dựng Đảng', 'Kinh tế', 'Giáo dục', 'Y tế', 'Nông nghiệp', 'Quốc phòng - An ninh'];

function personName(rng: Random, used: Set<string>): string {
  for (let tries = 0; ; tries++) {
    const female = rng.chance(0.35);
    const name = [
      rng.pick(FAMILY_NAMES),
      rng.pick(female ? FEMALE_MIDDLE : MALE_MIDDLE),
      rng.pick(female ? FEMALE_GIVEN : MALE_GIVEN),
    ].join(' ');
    // Namesakes exist in real offices; avoid them in samples unless the pool runs dry.
    if (!used.has(name) || tries > 20) {
      used.add(name);
      return name;
    }
  }
}

/** Hands out each group's posts in a shuffled round, so one post has one holder until all are taken. */
function postDealer(rng: Random): (group: OfficialGroup) => Post {
  const decks = new Map<OfficialGroup, Post[]>();
  return (group) => {
    let deck = decks.get(group);
    if (!deck || deck.length === 0) {
      deck = rng.shuffle(POSTS[group]);
      decks.set(group, deck);
    }
    return deck.pop() as Post;
  };
}

function buildOfficials(rng: Random, count: number, capacities: readonly number[], areas: string[]): Official[] {
  const used = new Set<string>();
  const nextPost = postDealer(rng);
  const officials: Official[] = [];
  for (let i = 0; i < count; i++) {
    const group = rng.pick(GROUP_WEIGHTS);
    const p = nextPost(group);
    officials.push({
      id: id('off', i + 1, 3),
      name: personName(rng, used),
      position: p.position,
      group,
      committee: p.committee,
      area: rng.pick(areas),
      field: rng.chance(0.8) ? p.field : rng.pick(FIELDS_EXTRA),
      capacity: rng.pick(capacities),
    });
  }
  return officials;
}

function quarterSubset(rng: Random): Quarter[] {
  const qs = ([1, 2, 3, 4] as const).filter(() => rng.chance(0.4));
  return qs.length > 0 && qs.length < 4 ? qs : [rng.pick([1, 2, 3, 4] as const)];
}

function samplePeriod(rng: Random, s: Settings): RegistrationPeriod {
  const r = rng.float();
  const year = s.currentYear;
  if (r < 0.08) return { kind: 'term', startYear: s.termStartYear, endYear: s.termEndYear };
  if (r < 0.2) return { kind: 'year', year, quarters: [] };
  if (r < 0.3) return { kind: 'year', year, quarters: [1, 2, 3, 4] };
  if (r < 0.35) return { kind: 'year', year: year + 1, quarters: quarterSubset(rng) };
  return { kind: 'year', year, quarters: quarterSubset(rng) };
}

const NOTES = ['', '', '', '', 'Dự sinh hoạt chuyên đề', 'Đăng ký theo địa bàn phụ trách', 'Chưa thống nhất thời gian với chi bộ'];

function buildRegistrations(rng: Random, officials: Official[], cells: PartyCell[], s: Settings): Registration[] {
  const expected = officials.reduce((sum, o) => sum + o.capacity, 0);
  // A few popular cells attract about half the registrations: those end up crowded.
  const popular = rng.shuffle(cells).slice(0, Math.max(3, Math.round(expected / 14)));
  const registrations: Registration[] = [];
  for (const official of officials) {
    if (rng.chance(0.07)) continue;
    const count = Math.max(1, official.capacity - (rng.chance(0.3) ? 1 : 0));
    const chosen = new Set<string>();
    for (let tries = 0; chosen.size < count && tries < count * 10; tries++) {
      const cell = rng.chance(0.5) ? rng.pick(popular) : rng.pick(cells);
      if (chosen.has(cell.id)) continue;
      chosen.add(cell.id);
      const period = samplePeriod(rng, s);
      registrations.push({
        id: id('reg', registrations.length + 1, 5),
        officialId: official.id,
        cellId: cell.id,
        period,
        years: periodYears(period),
        note: rng.pick(NOTES),
      });
    }
  }
  return registrations;
}

/**
 * Earlier years, after balancing: each official attended a few cells every quarter,
 * spread over the province rather than crowded. Ids continue after `first`.
 */
function historyRegistrations(
  rng: Random,
  officials: Official[],
  cells: PartyCell[],
  years: number[],
  cellsPerOfficial: readonly number[],
  first: number,
): Registration[] {
  const out: Registration[] = [];
  for (const year of years) {
    for (const official of officials) {
      if (rng.chance(0.07)) continue;
      const chosen = new Set<string>();
      const count = rng.pick(cellsPerOfficial);
      for (let tries = 0; chosen.size < count && tries < count * 10; tries++) chosen.add(rng.pick(cells).id);
      for (const cellId of chosen) {
        const period: RegistrationPeriod = { kind: 'year', year, quarters: [1, 2, 3, 4] };
        out.push({ id: id('reg', first + out.length, 5), officialId: official.id, cellId, period, years: [year], note: '' });
      }
    }
  }
  return out;
}

/** Meetings draw from their own stream: the rest of the sample stays as it was without them. */
function withMeetings(data: DistrictData, seed: number, sizes: ScaleSizes, today: string): DistrictData {
  const rng = new Random((seed ^ 0x5bd1e995) >>> 0);
  const year = data.settings.currentYear;
  const years = Array.from({ length: sizes.historyYears }, (_, i) => year - sizes.historyYears + i);
  const history = historyRegistrations(rng, data.officials, data.cells, years, sizes.historyCells, data.registrations.length + 1);
  const registrations = [...data.registrations, ...history];
  const meetings = sampleMeetings(rng, registrations, data, today);
  return { ...data, registrations, meetings, recommendations: sampleRecommendations(rng, meetings, today) };
}

export function generateSampleData(options: SampleOptions): DistrictData {
  const rng = new Random(options.seed);
  const scale = options.scale ?? 'district';
  const sizes: ScaleSizes = typeof scale === 'string' ? SCALES[scale] : { ...SCALES.district, ...scale };
  const settings = sampleSettings(options.year ?? 2025);
  const { drafts, districts } = orgDrafts(rng, sizes.orgs, sizes.communeCells);
  const { orgs, cells } = buildOrgs(rng, drafts);
  const localNames = orgs.filter((o) => o.type === 'xa').slice(0, 12).map((o) => o.name.replace('Đảng bộ xã', 'Xã'));
  const areas = [...districts.map((d) => `Huyện ${d}`), ...localNames];
  const officials = buildOfficials(rng, sizes.officials, sizes.capacities, areas);
  const registrations = cells.length > 0 ? buildRegistrations(rng, officials, cells, settings) : [];
  const data: DistrictData = { settings, orgs, cells, officials, registrations };
  return options.today === undefined || cells.length === 0 ? data : withMeetings(data, options.seed, sizes, options.today);
}
