import { describe, expect, it } from 'vitest';
import { periodYears } from '../../../shared/domain/period';
import type { DistrictData, Official, Registration, RegistrationPeriod } from '../../../shared/domain/types';
import { generateSampleData } from '../../../shared/sample/generator';
import { cellField, instanceFromData, placeKey, UNMATCHED_AREA_PREFIX } from '../../../shared/solver/instance-from-data';
import { parseSolverInstance } from '../../../shared/solver/schema';
import { solve } from '../../../shared/solver/solve';
import { checkInvariants } from './helpers';

const base = generateSampleData({ seed: 1, scale: 'district' });

const person = (id: string, area: string, field = ''): Official => ({
  id, name: `Cán bộ ${id}`, position: '', group: 'member', committee: '', area, field, capacity: 2,
});
const registration = (id: string, officialId: string, cellId: string, period: RegistrationPeriod): Registration => ({
  id, officialId, cellId, period, years: periodYears(period), note: '',
});

const data: DistrictData = {
  settings: { ...base.settings, place: 'Yên Thành' },
  orgs: [
    { id: 'org-1', name: 'Đảng bộ xã Hợp Thành', type: 'xa', kind: 'dang_bo_co_so' },
    { id: 'org-2', name: 'Đảng bộ xã Hợp Thành Tây', type: 'xa', kind: 'dang_bo_co_so' },
    { id: 'org-3', name: 'Chi bộ Trường THPT Diễn Châu 2', type: 'don_vi_su_nghiep', kind: 'chi_bo_co_so' },
  ],
  cells: [
    { id: 'c1', orgId: 'org-1', name: 'Chi bộ xóm 1', memberCount: 20 },
    { id: 'c2', orgId: 'org-1', name: 'Chi bộ Trạm Y tế', memberCount: 8 },
    { id: 'c3', orgId: 'org-2', name: 'Chi bộ xóm Đông', memberCount: 20 },
    { id: 'c4', orgId: 'org-3', name: 'Chi bộ Trường THPT Diễn Châu 2', memberCount: 30 },
    { id: 'c5', orgId: 'org-gone', name: 'Chi bộ mồ côi', memberCount: 5 },
  ],
  officials: [
    person('o1', 'Xã Hợp Thành', 'Y tế'),
    person('o2', ''),
    person('o3', 'Huyện Yên Thành'),
    person('o4', 'Huyện Diễn Châu'),
    person('o5', 'Xã Không Có'),
  ],
  registrations: [
    registration('r1', 'o1', 'c1', { kind: 'year', year: 2025, quarters: [1] }),
    registration('r2', 'o2', 'c1', { kind: 'term', startYear: 2025, endYear: 2030 }),
    registration('r3', 'o3', 'c3', { kind: 'year', year: 2026, quarters: [] }),
    registration('r4', 'o4', 'c5', { kind: 'year', year: 2025, quarters: [] }),
  ],
};

describe('instanceFromData', () => {
  const inst = instanceFromData(data, 2025);

  it('takes cells of existing organizations, keyed by organization, with a field from their names', () => {
    expect(inst.cells.map((c) => [c.id, c.area, c.field])).toEqual([
      ['c1', 'org-1', 'Nông nghiệp'],
      ['c2', 'org-1', 'Y tế'],
      ['c3', 'org-2', 'Nông nghiệp'],
      ['c4', 'org-3', 'Giáo dục'],
    ]);
  });

  it('resolves areas: blank or the committee\'s own place → anywhere; a place name → its organizations', () => {
    const areas = Object.fromEntries(inst.officials.map((o) => [o.id, o.areas]));
    // "Hợp Thành" is a whole-word part of "Hợp Thành Tây" too: simple on purpose, and documented.
    expect(areas).toEqual({
      o1: ['org-1', 'org-2'],
      o2: [],
      o3: [],
      o4: ['org-3'],
      o5: [`${UNMATCHED_AREA_PREFIX}Xã Không Có`],
    });
  });

  it('keeps only registrations of the year whose cell counts', () => {
    expect(inst.registrations.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(instanceFromData(data, 2026).registrations.map((r) => r.id)).toEqual(['r2', 'r3']);
  });

  it('takes the crowding threshold from the settings and lets the caller override rules', () => {
    expect(inst.rules).toEqual({ crowdingThreshold: 3, allowOutsideArea: false, minPerCell: 1 });
    expect(instanceFromData(data, 2025, { allowOutsideArea: true }).rules.allowOutsideArea).toBe(true);
  });

  it('folds place names and drops the unit word only when a real name remains', () => {
    expect(placeKey('Xã Hợp Thành')).toBe('hop thanh');
    expect(placeKey('  HUYỆN  Yên   Thành ')).toBe('yen thanh');
    expect(placeKey('Quan Sơn')).toBe('quan son');
  });

  it('derives fields from cell names before organization types', () => {
    const org = data.orgs[0]!;
    expect(cellField({ id: 'x', orgId: org.id, name: 'Chi bộ Trường Mầm non', memberCount: 1 }, org)).toBe('Giáo dục');
    expect(cellField({ id: 'x', orgId: org.id, name: 'Chi bộ Quân sự', memberCount: 1 }, org)).toBe('Quốc phòng - An ninh');
    expect(cellField({ id: 'x', orgId: 'o', name: 'Chi bộ Khối 3', memberCount: 1 }, { ...org, type: 'phuong' })).toBeUndefined();
  });

  it('builds a valid instance from the sample district that the solver improves', () => {
    const sample = instanceFromData(base, 2025);
    expect(parseSolverInstance(JSON.parse(JSON.stringify(sample))).ok).toBe(true);
    const r = solve(sample);
    checkInvariants(sample, r);
    expect(r.summary.cellsCoveredAfter).toBeGreaterThan(r.summary.cellsCoveredBefore);
  });
});
