import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { officialGroupFromText } from '../../../shared/import/assemble-common';
import { FIELDS_BY_KIND } from '../../../shared/import/column-mapping';
import { parseOrgType } from '../../../shared/import/org-type-parse';
import { parsePlannedTime } from '../../../shared/import/period-parse';
import { analyzeSheets, extractAll } from '../../../shared/import/pipeline';
import { readWorkbook } from '../../../shared/import/read-workbook';
import { assembleMeetings } from '../../../shared/import/assemble-meetings';
import {
  CONFIRMED_CHOICES,
  HOST_ROLE_CHOICES,
  MEETING_TYPE_CHOICES,
  OFFICIAL_GROUP_CHOICES,
  ORG_TYPE_CHOICES,
  TEMPLATE_SPECS,
  TIME_CHOICES,
} from '../../../shared/import/template-specs';
import { periodYears } from '../../../shared/domain/period';
import { cells, officials, orgs } from './assemble-fixtures';
import { TEMPLATE_HEADER_ROW, buildTemplate } from '../../../shared/import/templates';
import type { ImportKind } from '../../../shared/import/types';
import type { RegistrationPeriod } from '../../../shared/domain/types';

const KINDS: ImportKind[] = ['directory', 'officials', 'registrations', 'meetings'];

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

describe('buildTemplate', () => {
  it.each(KINDS)('%s: the importer finds the table and maps every field by itself', async (kind) => {
    const bytes = await buildTemplate(kind);
    const analyses = analyzeSheets(await readWorkbook(bytes), kind, 'mau.xlsx');
    expect(analyses).toHaveLength(1);
    const [a] = analyses;
    expect(a?.grid.name).toBe(TEMPLATE_SPECS[kind].sheetName);
    expect(a?.table).toMatchObject({ headerTop: TEMPLATE_HEADER_ROW, headerBottom: TEMPLATE_HEADER_ROW, columnNumberRow: TEMPLATE_HEADER_ROW + 1 });
    const fields = FIELDS_BY_KIND[kind];
    expect(Object.keys(a?.mapping ?? {})).toEqual([...fields]);
    expect(Object.values(a?.mapping ?? {})).toEqual(fields.map((_, i) => i + 1));
    // An untouched template has no data rows.
    expect(extractAll(analyses).rows).toEqual([]);
  });

  // Registrations share columns with both other kinds, so only these two must never be confused.
  it.each([
    ['directory', 'officials'],
    ['officials', 'directory'],
  ] as const)('%s: no %s table is found in it', async (kind, other) => {
    const grids = await readWorkbook(await buildTemplate(kind));
    expect(() => analyzeSheets(grids, other, 'mau.xlsx')).toThrow('mau.xlsx');
  });

  it('has the Party header block, bold headers, a column-number row and A4 landscape with repeated headers', async () => {
    const wb = await load(await buildTemplate('registrations', { settings: { superiorBody: 'Đảng bộ tỉnh Nghệ An', committeeName: 'Huyện ủy Yên Thành', documentSymbol: 'HU', place: 'Yên Thành' }, year: 2026 }));
    const ws = wb.getWorksheet('Đăng ký');
    if (!ws) throw new Error('no sheet');
    const text = (a: string) => String(ws.getCell(a).value ?? '');
    expect(text('A1')).toBe('ĐẢNG BỘ TỈNH NGHỆ AN');
    expect(text('A2')).toBe('HUYỆN ỦY YÊN THÀNH');
    expect(text('A3')).toBe('*');
    expect(text('A4')).toBe('Số      -DS/HU');
    const right = ws.getRow(1).values as unknown[];
    expect(right).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect((ws.getRow(4).values as unknown[]).some((v) => String(v).startsWith('Yên Thành, ngày'))).toBe(true);
    expect(text('A6')).toBe('DANH SÁCH');
    expect(text('A7')).toContain('năm 2026');
    const header = ws.getRow(TEMPLATE_HEADER_ROW);
    expect(TEMPLATE_SPECS.registrations.columns.map((_, i) => header.getCell(i + 1).font.bold)).toEqual(Array(7).fill(true));
    expect(header.getCell(1).font.name).toBe('Times New Roman');
    expect(ws.getRow(TEMPLATE_HEADER_ROW + 1).getCell(3).value).toBe('(3)');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: `${TEMPLATE_HEADER_ROW}:${TEMPLATE_HEADER_ROW + 1}` });
  });

  it('writes dotted blanks in the header when no settings are given', async () => {
    const ws = (await load(await buildTemplate('directory'))).worksheets[0];
    expect(String(ws?.getCell('A1').value)).toMatch(/^ĐẢNG BỘ TỈNH …/);
    expect(String(ws?.getCell('A2').value)).toMatch(/^HUYỆN ỦY …/);
  });

  it.each([
    ['directory', 'D', ORG_TYPE_CHOICES, true],
    ['officials', 'D', OFFICIAL_GROUP_CHOICES, true],
    ['registrations', 'F', TIME_CHOICES, false],
    ['meetings', 'H', MEETING_TYPE_CHOICES, true],
    ['meetings', 'J', HOST_ROLE_CHOICES, false],
    ['meetings', 'K', CONFIRMED_CHOICES, false],
  ] as const)('%s: a dropdown in column %s with its choices', async (kind, letter, choices, strict) => {
    const ws = (await load(await buildTemplate(kind))).worksheets[0];
    if (!ws) throw new Error('no sheet');
    const first = TEMPLATE_HEADER_ROW + 2;
    const rule = ws.getCell(`${letter}${first}`).dataValidation;
    expect(rule).toMatchObject({ type: 'list', formulae: [`"${choices.join(',')}"`] });
    expect(Boolean(rule.showErrorMessage)).toBe(strict);
    expect(ws.getCell(`${letter}${first + 500}`).dataValidation).toMatchObject({ type: 'list' });
    expect(choices.every((c) => !c.includes(','))).toBe(true);
  });

  it('offers only choices the importer reads back', () => {
    expect(ORG_TYPE_CHOICES.map(parseOrgType)).toEqual(['xa', 'phuong', 'thi_tran', 'co_quan', 'don_vi_su_nghiep', 'dn_nha_nuoc', 'dn_ngoai_nha_nuoc', 'quan_doi', 'cong_an', 'khac']);
    expect(OFFICIAL_GROUP_CHOICES.map(officialGroupFromText)).toEqual(['standing', 'member', 'board', 'other']);
    const times = TIME_CHOICES.map((t) => parsePlannedTime(t, t, 2026));
    expect(times.every((t) => !('error' in t) && !t.warning)).toBe(true);
    expect(times.map((t) => ('period' in t ? t.period : null))).toEqual([
      { kind: 'year', year: 2026, quarters: [1] },
      { kind: 'year', year: 2026, quarters: [2] },
      { kind: 'year', year: 2026, quarters: [3] },
      { kind: 'year', year: 2026, quarters: [4] },
      { kind: 'year', year: 2026, quarters: [1, 2, 3, 4] },
      { kind: 'year', year: 2026, quarters: [1, 2] },
      { kind: 'year', year: 2026, quarters: [3, 4] },
      { kind: 'year', year: 2026, quarters: [1, 2, 3, 4] },
      { kind: 'term', startYear: 2025, endYear: 2030 },
    ]);
  });

  it.each(KINDS)('%s: a "Hướng dẫn" sheet explains every column in Vietnamese', async (kind) => {
    const wb = await load(await buildTemplate(kind));
    const guide = wb.getWorksheet('Hướng dẫn');
    if (!guide) throw new Error('no guide');
    const lines: string[] = [];
    guide.eachRow((row) => lines.push(String(row.getCell(1).value ?? '')));
    expect(lines[0]).toMatch(/^HƯỚNG DẪN ĐIỀN MẪU/);
    for (const [i, col] of TEMPLATE_SPECS[kind].columns.entries()) expect(lines).toContain(`(${i + 1}) ${col.title}: ${col.guide}`);
  });

  it('reads a filled template as the clerk meant it', async () => {
    const wb = await load(await buildTemplate('registrations'));
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    const r = TEMPLATE_HEADER_ROW + 2;
    ws.getRow(r).values = [1, 'Nguyễn Văn An', 'Phó Bí thư Tỉnh ủy', 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 1', 'Quý II', ''];
    ws.getRow(r + 1).values = [2, 'Trần Thị Bình', 'Tỉnh ủy viên', 'Chi bộ Trường THPT Yên Thành 2', 'Chi bộ Trường THPT Yên Thành 2', 'Cả nhiệm kỳ', 'Đăng ký mới'];
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const { rows } = extractAll(analyzeSheets(await readWorkbook(bytes), 'registrations', 'da-dien.xlsx'));
    expect(rows.map((x) => [x.ref.row, x.values.official, x.values.cell, x.values.time, x.values.note])).toEqual([
      [r, 'Nguyễn Văn An', 'Chi bộ xóm 1', 'Quý II', ''],
      [r + 1, 'Trần Thị Bình', 'Chi bộ Trường THPT Yên Thành 2', 'Cả nhiệm kỳ', 'Đăng ký mới'],
    ]);
  });

  it('reads a filled meetings template back into meetings', async () => {
    const wb = await load(await buildTemplate('meetings', { year: 2026 }));
    const ws = wb.getWorksheet(TEMPLATE_SPECS.meetings.sheetName);
    if (!ws) throw new Error('no sheet');
    const r = TEMPLATE_HEADER_ROW + 2;
    ws.getRow(r).values = [1, 'Nguyễn Văn An', 'Đảng bộ xã Hoa Thành', 'Chi bộ thôn 1', '05/03/2026', '7h30–10h00', 'Nhà văn hóa thôn 1', 'Chuyên đề', 'Nghị quyết Đại hội', 'Phó Bí thư', 'Đã xác nhận', '01/03/2026', 'Có mời đoàn thể'];
    ws.getRow(r + 1).values = [2, 'Nguyễn Văn An', 'Đảng bộ xã Hoa Thành', 'Chi bộ thôn 1', '12/03/2026', '14h', '', 'Thường kỳ', '', 'Bí thư', '', '', ''];
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const { rows } = extractAll(analyzeSheets(await readWorkbook(bytes), 'meetings', 'lich.xlsx'));
    const period: RegistrationPeriod = { kind: 'year', year: 2026, quarters: [1] };
    const plan = assembleMeetings(rows, {
      directory: { orgs, cells },
      officials,
      registrations: [{ id: 'reg-1', officialId: 'off-a', cellId: 'c-ht1', period, years: periodYears(period), note: '' }],
      today: '2026-03-02',
    });
    expect(plan.errors).toEqual([]);
    expect(plan.meetings.map((m) => [m.registrationId, m.date, m.startTime, m.endTime, m.type, m.host, m.noticeDate, m.agenda])).toEqual([
      ['reg-1', '2026-03-05', '07:30', '10:00', 'thematic', { role: 'deputy', name: '', confirmed: true }, '2026-03-01', 'Nghị quyết Đại hội\nGhi chú: Có mời đoàn thể'],
      ['reg-1', '2026-03-12', '14:00', '', 'regular', { role: 'secretary', name: '', confirmed: false }, '2026-03-02', ''],
    ]);
  });
});
