import { describe, expect, it } from 'vitest';
import { defaultTerm, parsePlannedTime, type PlannedTime } from '../../../shared/import/period-parse';

const term = { startYear: 2025, endYear: 2030 };
const parse = (text: string, raw: unknown = text, year = 2025): PlannedTime => parsePlannedTime(text, raw, year, term);
const quarters = (text: string) => {
  const r = parse(text);
  if ('error' in r) throw new Error(r.error);
  expect(r.warning).toBeUndefined();
  return r.period.kind === 'year' ? r.period.quarters : null;
};
const error = (text: string, raw: unknown = text) => {
  const r = parse(text, raw);
  if (!('error' in r)) throw new Error(`expected an error for ${text}`);
  return r.error;
};

describe('parsePlannedTime: quarters', () => {
  it.each([
    ['Quý I, III', [1, 3]],
    ['Quý I và Quý III', [1, 3]],
    ['quý I và quý III', [1, 3]],
    ['Quý 1', [1]],
    ['Q2', [2]],
    ['Q1+Q3', [1, 3]],
    ['Quý II; Quý IV', [2, 4]],
    ['QUÝ IV', [4]],
    ['Quy 3', [3]],
    ['Quý III, I', [1, 3]],
    ['Quý I - III', [1, 2, 3]],
    ['Quý II đến Quý IV', [2, 3, 4]],
    ['Dự kiến Quý II', [2]],
    ['Quý I/2025', [1]],
  ])('%s → quarters %j', (text, expected) => expect(quarters(text)).toEqual(expected));

  it.each(['Hằng quý', 'Hàng quý', 'hang quy', 'Mỗi quý', 'Cả 4 quý', 'Cả năm', 'Hằng quý năm 2025'])('%s → all four quarters', (text) =>
    expect(quarters(text)).toEqual([1, 2, 3, 4]),
  );

  it('reads decomposed Unicode and the other tone placement alike', () => {
    expect(quarters('Hằng quý'.normalize('NFD'))).toEqual([1, 2, 3, 4]);
    expect(quarters('Qúy II')).toEqual([2]);
  });
});

describe('parsePlannedTime: months and halves', () => {
  it.each([
    ['Tháng 3 và tháng 9', [1, 3]],
    ['tháng 3, 9', [1, 3]],
    ['Tháng 12', [4]],
    ['T4, T5', [2]],
    ['Tháng 3/2025', [1]],
    ['3/2025', [1]],
    ['6 tháng đầu năm', [1, 2]],
    ['6 tháng cuối năm', [3, 4]],
    ['Sáu tháng cuối năm 2025', [3, 4]],
  ])('%s → quarters %j', (text, expected) => expect(quarters(text)).toEqual(expected));
});

describe('parsePlannedTime: dates', () => {
  it('takes the quarter and the year of a typed date (day first)', () => {
    expect(parse('15/3/2025')).toEqual({ period: { kind: 'year', year: 2025, quarters: [1] } });
    expect(parse('04/10/2026')).toEqual({ period: { kind: 'year', year: 2026, quarters: [4] } });
    expect(parse('15/3/2025; 20/9/2025')).toEqual({ period: { kind: 'year', year: 2025, quarters: [1, 3] } });
  });

  it('reads an Excel date and a date serial the same way', () => {
    expect(parse('15/03/2025', new Date(Date.UTC(2025, 2, 15)))).toEqual({ period: { kind: 'year', year: 2025, quarters: [1] } });
    // 45915 = 15/09/2025
    expect(parse('45915', 45915)).toEqual({ period: { kind: 'year', year: 2025, quarters: [3] } });
  });

  it('refuses dates that do not exist, in Vietnamese', () => {
    expect(error('31/2/2025')).toBe('Ngày “31/2/2025” không có thật: tháng 2 năm 2025 không có ngày 31. Sửa lại ngày theo dạng ngày/tháng/năm, ví dụ 15/3/2025.');
    expect(error('15/13/2025')).toContain('không có tháng 13');
    expect(error('29/2/2025')).toContain('không có ngày 29');
    expect(parse('29/2/2028')).toEqual({ period: { kind: 'year', year: 2028, quarters: [1] } });
    expect(error('x', new Date(Number.NaN))).toContain('ngày không hợp lệ');
  });

  it('refuses a cell mixing two years or dates with words', () => {
    expect(error('15/12/2025, 15/1/2026')).toContain('ghi nhiều năm (2025, 2026)');
    expect(error('15/3/2025 hoặc sau Tết')).toContain('ghi ngày kèm chữ khác');
  });
});

describe('parsePlannedTime: years, terms and empty cells', () => {
  it('leaves an empty cell as the year with no quarters (not decided)', () => {
    expect(parse('', null)).toEqual({ period: { kind: 'year', year: 2025, quarters: [] } });
    expect(parse('  ', '  ')).toEqual({ period: { kind: 'year', year: 2025, quarters: [] } });
    expect(parse('-')).toEqual({ period: { kind: 'year', year: 2025, quarters: [] } });
    expect(parse('Chưa xác định')).toEqual({ period: { kind: 'year', year: 2025, quarters: [] } });
  });

  it('uses a year the cell names instead of the import year', () => {
    expect(parse('Quý II năm 2026')).toEqual({ period: { kind: 'year', year: 2026, quarters: [2] } });
    expect(parse('Năm 2026')).toEqual({ period: { kind: 'year', year: 2026, quarters: [] } });
    expect(error('Quý IV/2025, Quý I/2026')).toContain('tách thành nhiều dòng');
    expect(error('Quý I năm 1990')).toContain('nằm ngoài khoảng 2000–2100');
  });

  it('reads a whole term from the parameter or from the cell', () => {
    expect(parse('Cả nhiệm kỳ')).toEqual({ period: { kind: 'term', startYear: 2025, endYear: 2030 } });
    expect(parse('Nhiệm kỳ 2020 - 2025')).toEqual({ period: { kind: 'term', startYear: 2020, endYear: 2025 } });
    expect(parse('2025–2030')).toEqual({ period: { kind: 'term', startYear: 2025, endYear: 2030 } });
    expect(error('Nhiệm kỳ 2030-2025')).toContain('Nhiệm kỳ “Nhiệm kỳ 2030-2025” không đúng');
    expect(parsePlannedTime('Cả nhiệm kỳ', 'Cả nhiệm kỳ', 2027)).toEqual({ period: { kind: 'term', ...defaultTerm(2027) } });
    expect(defaultTerm(2027)).toEqual({ startYear: 2025, endYear: 2030 });
    expect(defaultTerm(2031)).toEqual({ startYear: 2030, endYear: 2035 });
  });
});

describe('parsePlannedTime: what it will not guess', () => {
  it.each(['Sau Tết', 'Khi có điều kiện', 'Quý I hoặc Quý II', '2', 'Trừ quý I'])('%s → unspecified, with a warning', (text) => {
    const r = parse(text);
    expect(r).toMatchObject({ period: { kind: 'year', year: 2025, quarters: [] } });
    expect('warning' in r && r.warning).toBe(
      `Không hiểu thời gian dự kiến “${text}”; đã ghi là năm 2025, chưa xác định thời gian. Nếu cần, sửa lại theo dạng “Quý I, III”, “Tháng 3, 9” hoặc “15/3/2025”.`,
    );
  });

  it('refuses quarters and months that do not exist', () => {
    expect(error('Quý V')).toBe('Thời gian “Quý V” không đúng: một năm chỉ có bốn quý, từ Quý I đến Quý IV. Sửa lại thời gian trong tệp rồi nhập lại.');
    expect(error('Q0')).toContain('bốn quý');
    expect(error('Quý I, V')).toContain('bốn quý');
    expect(error('tháng 13')).toBe('Thời gian “tháng 13” không đúng: không có tháng 13, tháng phải từ 1 đến 12. Sửa lại thời gian trong tệp rồi nhập lại.');
  });
});
