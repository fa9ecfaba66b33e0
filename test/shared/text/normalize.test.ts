import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesSearch, normalizeText, sameName } from '../../../shared/text/normalize';

const nfd = (s: string) => s.normalize('NFD');

describe('normalizeText', () => {
  it('gives the same NFC string for precomposed and decomposed input', () => {
    expect(nfd('Nguyễn Văn Ánh')).not.toBe('Nguyễn Văn Ánh');
    expect(normalizeText(nfd('Nguyễn Văn Ánh'))).toBe('Nguyễn Văn Ánh');
    expect(normalizeText(nfd('Hoà'))).toBe(normalizeText('Hòa'));
  });

  it.each([
    ['Hoà', 'Hòa'],
    ['Thuỷ', 'Thủy'],
    ['hoá', 'hóa'],
    ['khoẻ', 'khỏe'],
    ['tuỳ', 'tùy'],
    ['HOÀ', 'HÒA'],
    ['THUỶ', 'THỦY'],
    ['Huyện uỷ', 'Huyện ủy'],
  ])('puts the tone of a final oa/oe/uy on the first vowel: %s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
    expect(normalizeText(nfd(input))).toBe(expected);
  });

  it.each(['hoàng', 'toán', 'thuyết', 'quý', 'Quỳnh', 'ngoài', 'khuỷu', 'hoặc', 'thuở'])(
    'leaves %s alone (final consonant, qu-, other rhymes)',
    (word) => expect(normalizeText(word)).toBe(word),
  );

  it('turns NBSP, zero-width characters, tabs and runs of spaces into single spaces and trims', () => {
    expect(normalizeText('\u00a0 Chi bộ\u00a0\u00a0thôn\t1\u200b \n')).toBe('Chi bộ thôn 1');
    expect(normalizeText('Thôn\u200b1')).toBe('Thôn1');
  });
});

describe('foldForSearch and matchesSearch', () => {
  it('drops diacritics and case and maps đ to d', () => {
    expect(foldForSearch('Nguyễn Văn An')).toBe('nguyen van an');
    expect(foldForSearch('ĐẢNG BỘ  Đông Thành')).toBe('dang bo dong thanh');
    expect(foldForSearch(nfd('Thuỷ'))).toBe('thuy');
  });

  it('finds "nguyen van an" in "Nguyễn Văn An", in any token order and across fields', () => {
    expect(matchesSearch(['Nguyễn Văn An'], 'nguyen van an')).toBe(true);
    expect(matchesSearch(['Nguyễn Văn An', 'Ban Tổ chức Tỉnh ủy'], 'an to chuc')).toBe(true);
    expect(matchesSearch(['Nguyễn Văn An'], 'đức')).toBe(false);
    expect(matchesSearch(['Đỗ Thị Hoà'], 'do hòa')).toBe(true);
  });

  it('matches everything with an empty or blank query', () => {
    expect(matchesSearch(['x'], '')).toBe(true);
    expect(matchesSearch([], '  \u00a0')).toBe(true);
  });
});

describe('sameName', () => {
  it('ignores Unicode form, tone style and case but not diacritics', () => {
    expect(sameName('Hoà', 'hòa')).toBe(true);
    expect(sameName(nfd('Lê Thị Thuỷ'), 'LÊ THỊ THỦY')).toBe(true);
    expect(sameName('Hòa', 'Hoa')).toBe(false);
    expect(sameName('Đông', 'Dong')).toBe(false);
  });
});
