/**
 * A solver instance from the app's records for one year. Deliberately simple, because
 * "địa bàn phụ trách" and "lĩnh vực" are free text in the data:
 *
 * - A cell's area key is its organization's id; only cells of existing organizations count
 *   (as in shared/coverage).
 * - An official's areas: blank area text → anywhere ([]). Otherwise the text is folded
 *   (no case, no diacritics) and a leading unit word (huyện, xã, phường…) dropped when a
 *   place name of at least two words remains ("Xã Hợp Thành" → "hop thanh"). When that
 *   name is the coordinating committee's own place (Settings.place) the official covers
 *   the whole data → anywhere. Else the areas are the organizations whose folded name
 *   contains it as whole words. When none does, the official gets the key
 *   `UNMATCHED_AREA_PREFIX + text`, which no cell has: they stay where they are unless
 *   the rules allow leaving the area.
 * - A cell's field comes from keywords in its name and its organization's name and type
 *   (a school cell → "Giáo dục"); officials keep their own field text.
 */
import { DEFAULT_CROWDING_THRESHOLD } from '../coverage/coverage';
import type { OrgType } from '../domain/org-types';
import { crowdingThreshold } from '../domain/rules';
import type { DistrictData, GrassrootsOrg, PartyCell } from '../domain/types';
import { foldForSearch } from '../text/normalize';
import type { SolverCell, SolverInstance, SolverOfficial, SolverRules } from './types';

export const UNMATCHED_AREA_PREFIX = 'không khớp: ';

const UNIT_WORD = /^(tinh|thanh pho|thi xa|thi tran|huyen|quan|xa|phuong|dac khu) (.+)$/;

/** The place name an area text refers to, folded. */
export function placeKey(text: string): string {
  const folded = foldForSearch(text);
  const m = UNIT_WORD.exec(folded);
  return m?.[2] && m[2].includes(' ') ? m[2] : folded;
}

const FIELD_RULES: readonly [RegExp, string][] = [
  [/\b(huyen uy|dang uy|thanh uy|thi uy|ban to chuc|uy ban kiem tra)\b/, 'Xây dựng Đảng'],
  [/\b(truong|giao duc|mam non|tieu hoc|thcs|thpt)\b/, 'Giáo dục'],
  [/\b(y te|benh vien|khoa (noi|ngoai|san|nhi)|lam sang)\b/, 'Y tế'],
  [/\b(quan su|cong an|canh sat|dan quan|bien phong)\b/, 'Quốc phòng - An ninh'],
  [/\b(tu phap|toa an|kiem sat|thanh tra)\b/, 'Nội chính'],
  [/\b(cong ty|dien luc|tin dung|thue|kho bac|tai chinh|ngan hang)\b/, 'Kinh tế'],
];
const FIELD_BY_TYPE: Partial<Record<OrgType, string>> = {
  quan_doi: 'Quốc phòng - An ninh',
  cong_an: 'Quốc phòng - An ninh',
  dn_nha_nuoc: 'Kinh tế',
  dn_ngoai_nha_nuoc: 'Kinh tế',
  xa: 'Nông nghiệp',
};

export function cellField(cell: PartyCell, org: GrassrootsOrg): string | undefined {
  for (const text of [cell.name, org.name]) {
    const folded = foldForSearch(text);
    const rule = FIELD_RULES.find(([re]) => re.test(folded));
    if (rule) return rule[1];
  }
  return FIELD_BY_TYPE[org.type];
}

function areaResolver(data: DistrictData): (area: string) => string[] {
  const orgs = data.orgs.map((o) => ({ id: o.id, words: ` ${foldForSearch(o.name)} ` }));
  const home = data.settings.place.trim() === '' ? null : placeKey(data.settings.place);
  const cache = new Map<string, string[]>();
  return (area) => {
    if (area.trim() === '') return [];
    const key = placeKey(area);
    let areas = cache.get(key);
    if (!areas) {
      const matched = key === home ? [] : orgs.filter((o) => o.words.includes(` ${key} `)).map((o) => o.id).sort();
      areas = key !== home && matched.length === 0 ? [`${UNMATCHED_AREA_PREFIX}${area.trim()}`] : matched;
      cache.set(key, areas);
    }
    return areas;
  };
}

/** `fixedRegistrationIds`: registrations the solver must not move (in the app, those with meetings). */
export function instanceFromData(
  data: DistrictData,
  year: number,
  rules: Partial<SolverRules> = {},
  fixedRegistrationIds: Iterable<string> = [],
): SolverInstance {
  const fixed = new Set(fixedRegistrationIds);
  const orgById = new Map(data.orgs.map((o) => [o.id, o]));
  const cells: SolverCell[] = data.cells.flatMap((cell) => {
    const org = orgById.get(cell.orgId);
    if (!org) return [];
    const field = cellField(cell, org);
    return [{ id: cell.id, name: cell.name, orgId: org.id, orgName: org.name, area: org.id, ...(field ? { field } : {}) }];
  });
  const resolve = areaResolver(data);
  const officials: SolverOfficial[] = data.officials.map((o) => ({
    id: o.id,
    name: o.name,
    capacity: Math.max(0, Math.floor(o.capacity)),
    areas: resolve(o.area),
    ...(o.field.trim() ? { field: o.field.trim() } : {}),
  }));
  const cellIds = new Set(cells.map((c) => c.id));
  const officialIds = new Set(officials.map((o) => o.id));
  const registrations = data.registrations
    .filter((r) => r.years.includes(year) && cellIds.has(r.cellId) && officialIds.has(r.officialId))
    .map((r) => ({ id: r.id, officialId: r.officialId, cellId: r.cellId, ...(fixed.has(r.id) ? { fixed: true } : {}) }));
  // Settings saved before the plan rules existed have none: the coverage default applies.
  const threshold = data.settings.rules ? crowdingThreshold(data.settings.rules) : DEFAULT_CROWDING_THRESHOLD;
  return {
    year,
    officials,
    cells,
    registrations,
    rules: { crowdingThreshold: threshold, allowOutsideArea: false, minPerCell: 1, ...rules },
  };
}
