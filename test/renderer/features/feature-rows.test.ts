import { describe, expect, it } from 'vitest';
import { pageYearOptions } from '../../../renderer/components/usePageYear';
import { buildOfficialRows } from '../../../renderer/features/officials/official-rows';
import { parseWholeNumber } from '../../../renderer/components/form-values';
import { buildCellRows, buildOrgRows } from '../../../renderer/features/organizations/org-rows';
import { initialPeriodForm, periodFromForm, toggleQuarter } from '../../../renderer/features/registrations/period-form';
import { cellOptions } from '../../../renderer/features/registrations/picker-options';
import { registrationTotals } from '../../../renderer/features/registrations/registration-rows';
import { settings } from '../../shared/fixtures/settings';
import { cells, officials, orgs, registrations } from './seed';

const in2025 = registrations.filter((r) => r.years.includes(2025));

describe('organization and cell rows', () => {
  it('totals cells and members per organization', () => {
    const rows = buildOrgRows(orgs, cells);
    expect(rows.map((r) => [r.name, r.cellCount, r.memberCount])).toEqual([
      ['Đảng bộ xã Hoa Thành', 3, 73],
      ['Chi bộ Trường THPT Phan Đăng Lưu', 1, 12],
    ]);
  });

  it('marks a chi bộ cơ sở’s own cell and drops cells whose organization is gone', () => {
    const orphan = { id: 'c-x', orgId: 'gone', name: 'Mồ côi', memberCount: 3 };
    const rows = buildCellRows(orgs, [...cells, orphan], new Map([['c-1', 3]]));
    expect(rows.map((r) => r.id)).toEqual(['c-1', 'c-2', 'c-3', 'c-truong']);
    expect(rows.find((r) => r.id === 'c-truong')?.isOwnCell).toBe(true);
    expect(rows.find((r) => r.id === 'c-1')).toMatchObject({ registrants: 3, orgName: 'Đảng bộ xã Hoa Thành' });
  });
});

describe('official rows', () => {
  it('counts số lượt and số chi bộ apart', () => {
    const an = buildOfficialRows(officials, in2025).find((r) => r.id === 'p-an');
    expect(an).toMatchObject({ registrationCount: 3, cellCount: 2 });
  });
});

describe('registration totals', () => {
  it('counts registrations, distinct people and distinct cells', () => {
    expect(registrationTotals(in2025)).toEqual({ registrations: 5, people: 3, cells: 2 });
  });
});

describe('period form', () => {
  it('starts a new registration in the given year with no quarter (chưa xác định)', () => {
    const form = initialPeriodForm(undefined, settings, 2025);
    expect(periodFromForm(form)).toEqual({ kind: 'year', year: 2025, quarters: [] });
  });

  it('keeps the term an existing registration was made for', () => {
    const form = initialPeriodForm({ kind: 'term', startYear: 2020, endYear: 2025 }, settings, 2025);
    expect(periodFromForm(form)).toEqual({ kind: 'term', startYear: 2020, endYear: 2025 });
  });

  it('keeps quarters sorted and toggles them', () => {
    expect(toggleQuarter([3], 1)).toEqual([1, 3]);
    expect(toggleQuarter([1, 3], 3)).toEqual([1]);
  });

  it('leaves a blank or garbled year for the schema to name', () => {
    expect(parseWholeNumber('  ')).toBeUndefined();
    expect(parseWholeNumber('20a5')).toBeNaN();
    expect(parseWholeNumber(' 2026 ')).toBe(2026);
  });
});

describe('pickers and year options', () => {
  it('labels cells with their organization, a chi bộ cơ sở only once, in Vietnamese order', () => {
    expect(cellOptions(cells, orgs).map((o) => o.label)).toEqual([
      'Chi bộ Trường THPT Phan Đăng Lưu',
      'Chi bộ xóm 1 — Đảng bộ xã Hoa Thành',
      'Chi bộ xóm 2 — Đảng bộ xã Hoa Thành',
      'Chi bộ xóm 3 — Đảng bộ xã Hoa Thành',
    ]);
  });

  it('offers the term’s years plus a shown year outside it', () => {
    expect(pageYearOptions(settings, 2031)).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031]);
  });
});
