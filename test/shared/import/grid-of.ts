/**
 * Hand-written grids for the stages after read-workbook, which never see exceljs: each
 * case states its layout in a few lines instead of building an .xlsx.
 */
import { parseRange } from '../../../shared/import/read-workbook';
import type { GridCell, SheetGrid } from '../../../shared/import/types';

/** A cell's value; prefix text with "**" for bold, ">" per indent level, "=" for a formula result. */
export type Spec = string | number | null;

function toCell(spec: Spec): GridCell | null {
  if (spec === null || spec === '') return null;
  if (typeof spec === 'number') return { value: spec, text: String(spec), bold: false, formula: false, indent: 0 };
  let text = spec;
  const bold = text.startsWith('**');
  if (bold) text = text.slice(2);
  const formula = text.startsWith('=');
  if (formula) text = text.slice(1);
  const indent = /^>*/.exec(text)?.[0].length ?? 0;
  text = text.slice(indent);
  const value = formula && /^\d+$/.test(text) ? Number(text) : text;
  return { value, text: text.trim(), bold, formula, indent };
}

/** rows[i][j] is row i + 1, column j + 1; merges as "A1:C1". */
export function gridOf(rows: Spec[][], merges: string[] = [], name = 'Sheet1'): SheetGrid {
  const columnCount = Math.max(0, ...rows.map((r) => r.length));
  return {
    name,
    rowCount: rows.length,
    columnCount,
    cells: rows.map((r) => Array.from({ length: columnCount }, (_, j) => toCell(r[j] ?? null))),
    merges: merges.map((m) => {
      const range = parseRange(m);
      if (!range) throw new Error(`bad range ${m}`);
      return range;
    }),
  };
}
