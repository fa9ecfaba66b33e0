import { describe, expect, it } from 'vitest';
import { locateIssueColumns } from '../../../shared/import/issue-columns';
import { analyzeSheets } from '../../../shared/import/pipeline';
import type { RowIssue } from '../../../shared/import/types';
import { gridOf } from './grid-of';

const grid = gridOf(
  [
    ['**STT', '**Họ và tên', '**Chức vụ', '**Chi bộ', '**Thời gian'],
    [1, 'Đ/c Nguyễn Văn An', 'Phó Bí thư Tỉnh ủy', 'Chi bộ xóm 1', 'Quý V'],
    [null, null, null, 'Chi bộ xóm 2', 'Quý II'],
  ],
  ['A2:A3', 'B2:B3', 'C2:C3'],
  'DK',
);
const analyses = analyzeSheets([grid], 'registrations', 'dk.xlsx');
const at = (row: number, value: string): RowIssue => ({ ref: { sheet: 'DK', row }, value, reason: '…' });

describe('locateIssueColumns', () => {
  it('finds the mapped column holding the value, under vertical merges too', () => {
    const located = locateIssueColumns([at(2, 'Quý V'), at(3, 'Nguyễn Văn An'), at(3, 'chi bo xom 2')], analyses, [analyses[0]!.mapping]);
    expect(located.map((i) => i.ref.column)).toEqual(['E', 'B', 'D']);
  });

  it('leaves issues it cannot place as they were', () => {
    const issues = [at(2, ''), at(2, 'không có'), { ...at(2, 'Quý V'), ref: { sheet: 'DK', row: 2, column: 'Z' } }, { ...at(2, 'Quý V'), ref: { sheet: 'Khác', row: 2 } }];
    expect(locateIssueColumns(issues, analyses, [analyses[0]!.mapping])).toEqual(issues);
  });

  it('looks only in the columns the clerk mapped', () => {
    const { time: _time, ...withoutTime } = analyses[0]!.mapping;
    expect(locateIssueColumns([at(2, 'Quý V')], analyses, [withoutTime])[0]?.ref.column).toBeUndefined();
  });
});
