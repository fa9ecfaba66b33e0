import { describe, expect, it } from 'vitest';
import { toRoman } from '../../../shared/report/layout';
import { buildPartyHeader, recipientLines } from '../../../shared/report/party-header';
import { buildUncoveredCellsReport } from '../../../shared/report/uncovered-cells-report';
import { settings } from '../fixtures/settings';
import { smallInput } from '../fixtures/small-district';

const date = { day: 5, month: 3, year: 2025 };

describe('buildPartyHeader', () => {
  it('upper-cases the bodies and leaves the number blank', () => {
    const h = buildPartyHeader(settings, { docCode: 'BC', documentType: 'Báo cáo', summary: ['tình hình  đăng ký'], date });
    expect(h).toEqual({
      superiorBody: 'ĐẢNG BỘ TỈNH NGHỆ AN',
      issuingBody: 'HUYỆN ỦY YÊN THÀNH',
      numberSymbol: 'Số      -BC/HU',
      placeDate: 'Yên Thành, ngày 05 tháng 3 năm 2025',
      documentType: 'BÁO CÁO',
      summary: ['tình hình đăng ký'],
    });
  });
});

describe('recipientLines', () => {
  it('dashes each line, ends with a comma, and the archive line last with a full stop', () => {
    expect(recipientLines(settings)).toEqual(['- Ban Tổ chức Tỉnh ủy (để báo cáo),', '- Các tổ chức cơ sở đảng,', '- Lưu Văn phòng Huyện ủy.']);
    expect(recipientLines({ ...settings, recipients: ['- Lưu VP.', 'Ban Tổ chức Tỉnh ủy,'] })).toEqual(['- Ban Tổ chức Tỉnh ủy,', '- Lưu VP.']);
    expect(recipientLines({ ...settings, recipients: [] })).toEqual(['- Lưu Văn phòng Huyện ủy Yên Thành.']);
  });
});

describe('toRoman', () => {
  it.each([[1, 'I'], [4, 'IV'], [9, 'IX'], [14, 'XIV'], [40, 'XL'], [1500, 'MD']])('%i → %s', (n, r) => expect(toRoman(n)).toBe(r));
});

describe('buildUncoveredCellsReport', () => {
  const doc = buildUncoveredCellsReport({ ...smallInput, settings, year: 2025, date });

  it('is a portrait DANH SÁCH with the five columns', () => {
    expect(doc.orientation).toBe('portrait');
    expect(doc.header.documentType).toBe('DANH SÁCH');
    expect(doc.header.numberSymbol).toBe('Số      -DS/HU');
    expect(doc.header.summary.join(' ')).toContain('năm 2025');
    expect(doc.columns.map((c) => c.title)).toEqual(['STT', 'Tổ chức cơ sở đảng', 'Loại hình', 'Chi bộ', 'Số đảng viên']);
  });

  it('groups rows by organization with Roman numerals and numbers cells 1..n across groups', () => {
    expect(doc.rows).toEqual([
      { kind: 'group', label: 'I. Chi bộ Phòng Tài chính - Kế hoạch' },
      { kind: 'data', values: { stt: 1, org: 'Chi bộ Phòng Tài chính - Kế hoạch', type: 'Cơ quan hành chính', cell: 'Chi bộ Phòng Tài chính - Kế hoạch', members: 12 } },
      { kind: 'group', label: 'II. Đảng bộ xã Hợp Thành' },
      { kind: 'data', values: { stt: 2, org: 'Đảng bộ xã Hợp Thành', type: 'Xã', cell: 'Chi bộ thôn 2', members: 25 } },
      { kind: 'data', values: { stt: 3, org: 'Đảng bộ xã Hợp Thành', type: 'Xã', cell: 'Chi bộ thôn 10', members: 40 } },
    ]);
    expect(doc.totalRow).toEqual({ label: 'Tổng cộng: 3 chi bộ', values: { members: 77 } });
  });

  it('signs and addresses it from the settings', () => {
    expect(doc.signature).toEqual({ onBehalf: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Nguyễn Văn Hùng' });
    expect(doc.recipients.at(-1)).toBe('- Lưu Văn phòng Huyện ủy.');
  });

  it('fits the columns into the A4 portrait printable width', () => {
    // 16.5 cm = 624 px at 96 dpi; an Excel width unit is 7 px with the default font.
    expect(doc.columns.reduce((n, c) => n + c.width, 0) * 7).toBeLessThanOrEqual(624);
  });

  it('still has a total when every cell is covered', () => {
    const empty = buildUncoveredCellsReport({ orgs: [], cells: [], registrations: [], settings, year: 2025, date });
    expect(empty.rows).toEqual([]);
    expect(empty.totalRow?.label).toBe('Tổng cộng: 0 chi bộ');
  });
});
