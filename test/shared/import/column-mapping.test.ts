import { describe, expect, it } from 'vitest';
import { foldHeader, headerScores, mappingKey, suggestMapping } from '../../../shared/import/column-mapping';
import type { DetectedTable, ImportField, ImportKind } from '../../../shared/import/types';
import { MESSY_DIRECTORY, MESSY_OFFICIALS, MESSY_REGISTRATIONS } from './messy-workbooks';

function table(...texts: string[]): DetectedTable {
  return {
    sheet: 'Sheet1',
    headerTop: 1,
    headerBottom: 1,
    columnNumberRow: null,
    dataStart: 2,
    dataEnd: 2,
    headers: texts.map((text, i) => ({ column: i + 1, text })),
  };
}

/** The field the header alone would map to. */
const fieldOf = (text: string, kind: ImportKind) => Object.keys(suggestMapping(table(text), kind))[0];

describe('suggestMapping on the messy workbooks', () => {
  it.each([
    ['registrations', MESSY_REGISTRATIONS],
    ['officials', MESSY_OFFICIALS],
    ['directory', MESSY_DIRECTORY],
  ] as const)('maps every %s column', (kind, expected) => {
    expect(suggestMapping(expected.table, kind)).toEqual(expected.mapping);
  });

  it('lists the mapping in the kind field order', () => {
    expect(Object.keys(suggestMapping(MESSY_DIRECTORY.table, 'directory'))).toEqual(['stt', 'org', 'cell', 'orgType', 'members']);
  });
});

describe('header vocabulary', () => {
  it.each<[string, ImportKind, ImportField]>([
    ['TT', 'registrations', 'stt'],
    ['STT', 'directory', 'stt'],
    ['S TT', 'officials', 'stt'],
    ['Số TT', 'officials', 'stt'],
    ['Họ tên', 'registrations', 'official'],
    ['Họ và tên đồng chí', 'registrations', 'official'],
    ['HỌ VÀ TÊN', 'officials', 'name'],
    ['Ho va ten', 'officials', 'name'],
    ['CV', 'registrations', 'position'],
    ['Chức vụ', 'officials', 'position'],
    ['Chức danh', 'officials', 'position'],
    ['Đơn vị', 'directory', 'org'],
    ['TCCSĐ', 'registrations', 'org'],
    ['Tổ chức cơ sở Đảng', 'directory', 'org'],
    ['Đảng bộ cơ sở', 'registrations', 'org'],
    ['Đảng bộ cơ sở, chi bộ cơ sở', 'directory', 'org'],
    ['Chi bộ đăng ký dự sinh hoạt', 'registrations', 'cell'],
    ['Chi bộ (thôn, xóm, tổ dân phố)', 'directory', 'cell'],
    ['Chi bộ trực thuộc', 'directory', 'cell'],
    ['Thời gian dự', 'registrations', 'time'],
    ['Thời gian dự kiến', 'registrations', 'time'],
    ['Quý', 'registrations', 'time'],
    ['Ghi chú', 'registrations', 'note'],
    ['SL đảng viên', 'directory', 'members'],
    ['Số ĐV', 'directory', 'members'],
    ['Số lượng đảng viên', 'directory', 'members'],
    ['Loại hình TCCSĐ', 'directory', 'orgType'],
    ['Loại hình', 'directory', 'orgType'],
    ['Đơn vị công tác', 'officials', 'committee'],
    ['Đơn vị', 'officials', 'committee'],
    ['Cơ quan', 'officials', 'committee'],
    ['Địa bàn phụ trách', 'officials', 'area'],
    ['Lĩnh vực phụ trách', 'officials', 'field'],
    ['Số chi bộ đăng ký dự', 'officials', 'capacity'],
    ['Số lượt tối đa', 'officials', 'capacity'],
    ['Đối tượng', 'officials', 'group'],
  ])('%s → %s %s', (text, kind, field) => expect(fieldOf(text, kind)).toBe(field));

  it('ignores headers it does not know and fields of other kinds', () => {
    expect(suggestMapping(table('Điện thoại', 'Email', 'Số chi bộ'), 'directory')).toEqual({});
    expect(headerScores('Ghi chú', 'officials')).toEqual({});
    expect(headerScores('a'.repeat(81), 'directory')).toEqual({});
  });

  it('folds diacritics, case and punctuation', () => {
    expect(foldHeader('Chi bộ (thôn, xóm, tổ dân phố)')).toBe('chi bo thon xom to dan pho');
    expect(foldHeader('SỐ ĐẢNG VIÊN'.normalize('NFD'))).toBe('so dang vien');
  });
});

describe('one field per column, one column per field', () => {
  it('gives a contested column to the stronger reading', () => {
    // "Loại hình TCCSĐ" also says "TCCSĐ", but it is the type column.
    expect(suggestMapping(table('TCCSĐ', 'Loại hình TCCSĐ'), 'directory')).toEqual({ org: 1, orgType: 2 });
    expect(suggestMapping(table('Loại hình TCCSĐ', 'TCCSĐ'), 'directory')).toEqual({ orgType: 1, org: 2 });
  });

  it('gives a field the best-scoring of several columns', () => {
    expect(suggestMapping(table('Đảng bộ', 'Tổ chức cơ sở đảng'), 'directory')).toEqual({ org: 2 });
    expect(suggestMapping(table('Chi bộ', 'Chi bộ trực thuộc'), 'directory')).toEqual({ cell: 2 });
  });

  it('on a tie takes the leftmost column, and leaves the other unmapped', () => {
    expect(suggestMapping(table('STT', 'Họ và tên', 'Họ tên'), 'registrations')).toEqual({ stt: 1, official: 2 });
  });

  it('maps a combined "Họ và tên, chức vụ" column once, to the name', () => {
    expect(suggestMapping(table('Họ và tên, chức vụ'), 'officials')).toEqual({ name: 1 });
  });
});

describe('mappingKey', () => {
  it('is the same for the same headers written differently', () => {
    const a = table('STT', 'Họ và tên', 'Chi bộ (thôn, xóm)');
    const b = table('stt', 'HỌ VÀ TÊN'.normalize('NFD'), 'Chi bo  thon,xom');
    expect(mappingKey(a)).toBe('1=stt|2=ho va ten|3=chi bo thon xom');
    expect(mappingKey(b)).toBe(mappingKey(a));
  });

  it('differs when the columns move or change', () => {
    const a = table('STT', 'Họ và tên');
    expect(mappingKey(table('Họ và tên', 'STT'))).not.toBe(mappingKey(a));
    expect(mappingKey(table('STT', 'Họ và tên', 'Ghi chú'))).not.toBe(mappingKey(a));
    expect(mappingKey(MESSY_REGISTRATIONS.table)).toContain('4=dang ky du sinh hoat tai to chuc co so dang');
  });
});
