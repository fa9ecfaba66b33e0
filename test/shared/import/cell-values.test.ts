import { describe, expect, it } from 'vitest';
import {
  cleanText,
  fromExcelSerial,
  parseDay,
  parseNumber,
  parseTextDate,
  stripHonorific,
} from '../../../shared/import/cell-values';

const nfd = (s: string) => s.normalize('NFD');

describe('cleanText', () => {
  it('gives NFC with one plain space and no zero-width characters', () => {
    expect(cleanText(nfd(' Trần\u00a0Thị  Hoà\u200b '))).toBe('Trần Thị Hoà');
    expect(cleanText('\ufeffChi bộ\u2009xóm\u00ad 1\n')).toBe('Chi bộ xóm 1');
    expect(cleanText('Họ và tên\nđồng chí')).toBe('Họ và tên đồng chí');
  });

  it("keeps the clerk's tone-mark placement (matching folds it, storage does not)", () => {
    expect(cleanText('Thuỷ')).toBe('Thuỷ');
    expect(cleanText(nfd('Hòa'))).toBe('Hòa');
  });
});

describe('stripHonorific', () => {
  it.each([
    ['Đ/c Nguyễn Văn An', 'Nguyễn Văn An'],
    ['đ/c Nguyễn Văn An', 'Nguyễn Văn An'],
    ['Đ/C. Nguyễn Văn An', 'Nguyễn Văn An'],
    ['Đ/c.Nguyễn Văn An', 'Nguyễn Văn An'],
    ['Đồng chí Võ Văn Hùng', 'Võ Văn Hùng'],
    ['đồng chí Lê Văn Bình', 'Lê Văn Bình'],
    ['ĐỒNG CHÍ  Lê Văn Bình', 'Lê Văn Bình'],
    ['ĐC Phạm Thị Cúc', 'Phạm Thị Cúc'],
    ['Đc: Phạm Thị Cúc', 'Phạm Thị Cúc'],
    [nfd('Đ/c\u00a0Trần Thị Hoà'), 'Trần Thị Hoà'],
  ])('%s → %s', (input, expected) => expect(stripHonorific(input)).toBe(expected));

  it.each(['Đức Anh', 'Đồng Văn Chí', 'Đặng Đức', 'Nguyễn Văn Đc'])('leaves a name alone: %s', (name) => {
    expect(stripHonorific(name)).toBe(name);
  });

  it('keeps a bare honorific rather than returning an empty name', () => {
    expect(stripHonorific('Đồng chí')).toBe('Đồng chí');
  });
});

describe('parseNumber', () => {
  it.each([
    [25, 25],
    ['25', 25],
    [' 25 ', 25],
    ['32\u00a0', 32],
    ['1.234', 1234],
    ['1,234', 1234],
    ['1.234.567', 1234567],
    ['1 234', 1234],
    ['2,5', 2.5],
    ['2.50', 2.5],
    ['-3', -3],
  ])('%j → %d', (input, expected) => expect(parseNumber(input)).toBe(expected));

  it.each(['', 'hai', '25 ĐV', '1.234,5', '15/3/2025', null, true, Number.NaN])('%j is not a number', (input) => {
    expect(parseNumber(input)).toBeNull();
  });
});

describe('dates, day first always', () => {
  it.each([
    ['15/3/2025', 15, 3, 2025],
    ['15-03-2025', 15, 3, 2025],
    ['15.3.2025', 15, 3, 2025],
    ['03/04/2025', 3, 4, 2025],
    ['3/4/25', 3, 4, 2025],
    [' 15 / 3 / 2025 ', 15, 3, 2025],
    ['2025-03-15', 15, 3, 2025],
    ['ngày 15 tháng 3 năm 2025', 15, 3, 2025],
    [nfd('Ngày 05 tháng 02 năm 2025'), 5, 2, 2025],
    ['29/2/2024', 29, 2, 2024],
  ])('text %s → %i/%i/%i', (text, day, month, year) => {
    expect(parseTextDate(text)).toEqual({ day, month, year });
    expect(parseDay(text)).toEqual({ day, month, year });
  });

  it.each(['3/15/2025', '31/4/2025', '29/2/2025', '0/1/2025', 'Quý I/2025', '15/3', ''])('rejects %s', (text) => {
    expect(parseTextDate(text)).toBeNull();
  });

  it('reads Excel serials in the 1900 system', () => {
    expect(fromExcelSerial(45731)).toEqual({ day: 15, month: 3, year: 2025 });
    expect(fromExcelSerial(45800)).toEqual({ day: 23, month: 5, year: 2025 });
    expect(fromExcelSerial(61)).toEqual({ day: 1, month: 3, year: 1900 });
    expect(parseDay(45731.75)).toEqual({ day: 15, month: 3, year: 2025 });
    expect(fromExcelSerial(12)).toBeNull();
  });

  it('reads Date values by their UTC day, as exceljs gives them', () => {
    expect(parseDay(new Date(Date.UTC(2025, 2, 15)))).toEqual({ day: 15, month: 3, year: 2025 });
    expect(parseDay(new Date(Number.NaN))).toBeNull();
    expect(parseDay(null)).toBeNull();
    expect(parseDay(true)).toBeNull();
  });
});
