/**
 * The assemblers say which row an issue is on and what value is wrong, and only sometimes
 * which field: one row's problem may come from any of its fields. For the preview and the
 * issues list the column is found here: the field's mapped column when the issue names
 * one, else the mapped column of that row whose cell (or the merge covering it) holds the value.
 */
import { fold } from './assemble-common';
import { cellAt } from './detect-table';
import { columnLetter } from './extract-rows';
import type { SheetAnalysis } from './pipeline';
import type { ColumnMapping, RowIssue, SheetGrid } from './types';

function textAt(grid: SheetGrid, row: number, col: number): string {
  const own = cellAt(grid, row, col);
  if (own) return own.text;
  const merge = grid.merges.find((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);
  return merge ? (cellAt(grid, merge.top, merge.left)?.text ?? '') : '';
}

/** Sets `ref.column` on issues where a mapped cell of the row holds the value; built once per file. */
export function issueLocator(analyses: readonly SheetAnalysis[], mappings: readonly ColumnMapping[]): (issues: readonly RowIssue[]) => RowIssue[] {
  const sheets = new Map(
    analyses.map((a, i) => {
      const mapping = mappings[i] ?? a.mapping;
      const columns = [...new Set(Object.values(mapping))].sort((x, y) => x - y);
      return [a.grid.name, { grid: a.grid, columns, mapping }] as const;
    }),
  );
  return (issues) =>
    issues.map((i) => {
      const sheet = sheets.get(i.ref.sheet);
      const own = i.field === undefined ? undefined : sheet?.mapping[i.field];
      if (!i.ref.column && own !== undefined) return { ...i, ref: { ...i.ref, column: columnLetter(own) } };
      const wanted = fold(i.value);
      if (i.ref.column || !sheet || wanted === '') return i;
      const col = sheet.columns.find((c) => fold(textAt(sheet.grid, i.ref.row, c)).includes(wanted));
      return col === undefined ? i : { ...i, ref: { ...i.ref, column: columnLetter(col) } };
    });
}

export function locateIssueColumns(issues: readonly RowIssue[], analyses: readonly SheetAnalysis[], mappings: readonly ColumnMapping[]): RowIssue[] {
  return issueLocator(analyses, mappings)(issues);
}
