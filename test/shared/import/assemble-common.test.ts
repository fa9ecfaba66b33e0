import { describe, expect, it } from 'vitest';
import { cellPhrase, counterIds, fold, foldedWords, rowKey, wholeNumber } from '../../../shared/import/assemble-common';
import { generateSampleData } from '../../../shared/sample/generator';
import { foldForSearch } from '../../../shared/text/normalize';

describe('fold', () => {
  it('gives exactly what foldForSearch gives, faster', () => {
    const data = generateSampleData({ seed: 3 });
    const names = [
      ...data.orgs.map((o) => o.name),
      ...data.cells.map((c) => c.name),
      ...data.officials.flatMap((o) => [o.name, o.position]),
      '  Hoà\u00a0 Thuỷ\u200b ',
      'ĐẢNG BỘ XÃ',
      '\u0301abc',
      'a\tb\nc',
      'A\u3000B',
      '',
    ];
    for (const s of [...names, ...names.map((n) => n.normalize('NFD'))]) expect(fold(s)).toBe(foldForSearch(s));
  });

  it('splits folded words and drops leading zeros', () => {
    expect(foldedWords('CB Thôn 01 - Xã Hoà Sơn')).toEqual(['cb', 'thon', '1', 'xa', 'hoa', 'son']);
    expect(foldedWords('Tổ 0')).toEqual(['to', '0']);
  });
});

describe('small helpers', () => {
  it('reads whole numbers as clerks write them', () => {
    expect(wholeNumber('', null)).toBeNull();
    expect(wholeNumber('25', '25')).toBe(25);
    expect(wholeNumber('25 đ/c', '25 đ/c')).toBe(25);
    expect(wholeNumber('1.234', '1.234')).toBe(1234);
    expect(wholeNumber('30', 30)).toBe(30);
    expect(wholeNumber('2,5', 2.5)).toBeNaN();
    expect(wholeNumber('ba mươi', 'ba mươi')).toBeNaN();
  });

  it('names rows, ids and cells for messages', () => {
    expect(rowKey({ sheet: 'DS', row: 7 })).toBe('DS:7');
    expect(rowKey({ sheet: 'DS', row: 7 }, 2)).toBe('DS:7:2');
    const ids = counterIds('t');
    expect([ids('org'), ids('org'), ids('cell')]).toEqual(['t-org-1', 't-org-2', 't-cell-1']);
    expect(cellPhrase('Thôn 12')).toBe('chi bộ “Thôn 12”');
    expect(cellPhrase('CB thôn 12')).toBe('“CB thôn 12”');
  });
});
