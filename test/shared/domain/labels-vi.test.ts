import { describe, expect, it } from 'vitest';
import {
  COMMITTEE_KIND_LABEL_VI,
  DEFAULT_DOCUMENT_SYMBOL,
  OFFICIAL_GROUP_LABEL_VI,
  ORG_TYPE_LABEL_VI,
  formatDateVi,
  formatPeriodVi,
  placeDateLineVi,
} from '../../../shared/domain/labels-vi';
import { ORG_TYPES } from '../../../shared/domain/org-types';
import type { RegistrationPeriod } from '../../../shared/domain/types';

describe('labels', () => {
  it('labels every org type, group and committee kind', () => {
    expect(ORG_TYPES.map((t) => ORG_TYPE_LABEL_VI[t])).toContain('Doanh nghiệp ngoài nhà nước');
    expect(OFFICIAL_GROUP_LABEL_VI.standing).toBe('Ủy viên Ban Thường vụ Tỉnh ủy');
    expect(COMMITTEE_KIND_LABEL_VI.dang_uy_truc_thuoc).toBe('Đảng ủy trực thuộc Tỉnh ủy');
    expect(DEFAULT_DOCUMENT_SYMBOL).toEqual({ huyen_uy: 'HU', thi_uy: 'ThU', thanh_uy: 'TU', dang_uy_truc_thuoc: 'ĐU' });
  });
});

describe('formatPeriodVi', () => {
  const cases: [RegistrationPeriod, string][] = [
    [{ kind: 'year', year: 2025, quarters: [3, 1] }, 'Quý I, III năm 2025'],
    [{ kind: 'year', year: 2025, quarters: [2] }, 'Quý II năm 2025'],
    [{ kind: 'year', year: 2025, quarters: [] }, 'Năm 2025 (chưa xác định thời gian)'],
    [{ kind: 'year', year: 2025, quarters: [1, 2, 3, 4] }, 'Hằng quý năm 2025'],
    [{ kind: 'term', startYear: 2025, endYear: 2030 }, 'Cả nhiệm kỳ 2025–2030'],
  ];
  it.each(cases)('%j → %s', (period, text) => expect(formatPeriodVi(period)).toBe(text));
});

describe('dates', () => {
  it('formats dd/mm/yyyy with zero padding', () => {
    expect(formatDateVi({ day: 5, month: 3, year: 2025 })).toBe('05/03/2025');
    expect(formatDateVi({ day: 25, month: 12, year: 2025 })).toBe('25/12/2025');
  });

  it('pads days below 10 and the months 1 and 2 only, as Instruction 36 writes them', () => {
    expect(placeDateLineVi('Yên Thành', { day: 5, month: 3, year: 2025 })).toBe('Yên Thành, ngày 05 tháng 3 năm 2025');
    expect(placeDateLineVi('Yên Thành', { day: 15, month: 2, year: 2025 })).toBe('Yên Thành, ngày 15 tháng 02 năm 2025');
    expect(placeDateLineVi('Vinh', { day: 10, month: 1, year: 2026 })).toBe('Vinh, ngày 10 tháng 01 năm 2026');
    expect(placeDateLineVi('Vinh', { day: 1, month: 12, year: 2026 })).toBe('Vinh, ngày 01 tháng 12 năm 2026');
  });
});
