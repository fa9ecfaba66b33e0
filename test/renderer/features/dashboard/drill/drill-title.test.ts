import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../../renderer/i18n';
import { drillTitle } from '../../../../../renderer/features/dashboard/drill/drill-title';
import type { DrillFilter } from '../../../../../shared/dashboard/types';

const tVi = createI18n('vi').getFixedT('vi', 'dashboard');
const en = createI18n('en').getFixedT('en', 'dashboard');
const year = { periodLabel: 'Năm 2025' };
const term = { periodLabel: 'Nhiệm kỳ 2025 – 2030' };

function title(filter: DrillFilter, labels: Parameters<typeof drillTitle>[2] = year): string {
  return drillTitle(tVi, filter, labels);
}

describe('drillTitle: cells', () => {
  it('names the coverage, the type and the period', () => {
    expect(title({ kind: 'cells', coverage: 'uncovered', type: 'xa' })).toBe('Chi bộ chưa có người đăng ký · Loại hình: Xã · Năm 2025');
  });

  it('says which of the covered cells are listed', () => {
    expect(title({ kind: 'cells', coverage: 'covered' })).toBe('Chi bộ có người đăng ký · Năm 2025');
    expect(title({ kind: 'cells', coverage: 'coveredNotCrowded' })).toBe('Chi bộ có người đăng ký, không quá nhiều người · Năm 2025');
    expect(title({ kind: 'cells', coverage: 'crowded', type: 'dn_ngoai_nha_nuoc' })).toBe(
      'Chi bộ có quá nhiều người đăng ký · Loại hình: Doanh nghiệp ngoài nhà nước · Năm 2025',
    );
  });

  it('names a registrant bucket, "3+" in words', () => {
    expect(title({ kind: 'cells', bucket: '0' })).toBe('Chi bộ · Số người đăng ký: 0 · Năm 2025');
    expect(title({ kind: 'cells', bucket: '3+' }, { periodLabel: 'Quý III năm 2025' })).toBe(
      'Chi bộ · Số người đăng ký: từ 3 trở lên · Quý III năm 2025',
    );
  });

  it('names the organization when known, and still says one is chosen when not', () => {
    const filter: DrillFilter = { kind: 'cells', coverage: 'uncovered', orgId: 'o-1' };
    expect(title(filter, { ...year, orgName: 'Đảng bộ xã Hoa Thành' })).toBe(
      'Chi bộ chưa có người đăng ký · Tổ chức cơ sở đảng: Đảng bộ xã Hoa Thành · Năm 2025',
    );
    expect(title(filter, year)).toBe('Chi bộ chưa có người đăng ký · Một tổ chức cơ sở đảng · Năm 2025');
  });

  it('adds the dashboard scope unless the filter already names an organization', () => {
    expect(title({ kind: 'cells' }, { ...year, scopeLabel: 'Đảng bộ xã Hoa Thành' })).toBe('Chi bộ · Đảng bộ xã Hoa Thành · Năm 2025');
    expect(title({ kind: 'cells', orgId: 'o-2' }, { ...year, orgName: 'Chi bộ Trường THPT', scopeLabel: 'Đảng bộ xã Hoa Thành' })).toBe(
      'Chi bộ · Tổ chức cơ sở đảng: Chi bộ Trường THPT · Năm 2025',
    );
  });
});

describe('drillTitle: meetings', () => {
  it('a chart quarter replaces the dashboard period', () => {
    expect(title({ kind: 'meetings', status: 'held', year: 2025, quarter: 2 })).toBe('Buổi sinh hoạt đã dự · Quý II năm 2025');
    expect(title({ kind: 'meetings', status: 'planned', year: 2027, quarter: 4 }, term)).toBe('Buổi sinh hoạt theo lịch · Quý IV năm 2027');
  });

  it('keeps the period when the filter does not narrow it', () => {
    expect(title({ kind: 'meetings', status: 'planned' }, term)).toBe('Buổi sinh hoạt theo lịch · Nhiệm kỳ 2025 – 2030');
    expect(title({ kind: 'meetings' })).toBe('Buổi sinh hoạt · Năm 2025');
    expect(title({ kind: 'meetings', year: 2026 }, term)).toBe('Buổi sinh hoạt · Năm 2026');
    expect(title({ kind: 'meetings', quarter: 1 }, term)).toBe('Buổi sinh hoạt · Quý I · Nhiệm kỳ 2025 – 2030');
  });
});

describe('drillTitle: recommendations', () => {
  it('says open or overdue in the subject', () => {
    expect(title({ kind: 'recommendations', status: 'overdue' })).toBe('Kiến nghị, đề xuất quá hạn · Năm 2025');
    expect(title({ kind: 'recommendations', status: 'open' })).toBe('Kiến nghị, đề xuất chưa xong · Năm 2025');
  });

  it('names a status with its Vietnamese label', () => {
    expect(title({ kind: 'recommendations', status: 'forwarded' })).toBe('Kiến nghị, đề xuất · Tình trạng: Đã chuyển · Năm 2025');
    expect(title({ kind: 'recommendations', status: 'closed' })).toBe('Kiến nghị, đề xuất · Tình trạng: Đóng, không xử lý · Năm 2025');
    expect(title({ kind: 'recommendations' }, { ...year, scopeLabel: 'Đảng bộ xã Hoa Thành' })).toBe(
      'Kiến nghị, đề xuất · Đảng bộ xã Hoa Thành · Năm 2025',
    );
  });
});

describe('drillTitle in English', () => {
  it('uses the English twins of the same keys', () => {
    expect(drillTitle(en, { kind: 'cells', coverage: 'uncovered', type: 'xa' }, { periodLabel: 'Year 2025' })).toBe(
      'Cells nobody registered for · Type: Xã · Year 2025',
    );
    expect(drillTitle(en, { kind: 'meetings', status: 'held', year: 2025, quarter: 2 }, { periodLabel: 'Year 2025' })).toBe(
      'Meetings attended · Quarter II of 2025',
    );
    expect(drillTitle(en, { kind: 'recommendations', status: 'answered' }, { periodLabel: 'Year 2025' })).toBe(
      'Recommendations · Status: Answered · Year 2025',
    );
  });
});
