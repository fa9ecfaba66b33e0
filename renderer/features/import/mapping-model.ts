/**
 * The mapping step's data: per detected sheet, each header column with a few values under
 * it, the field it is mapped to, and what is still missing before rows can be read.
 */
import { columnLetter } from '../../../shared/import/extract-rows';
import type { SheetAnalysis } from '../../../shared/import/pipeline';
import type { ColumnMapping, ImportField, ImportKind } from '../../../shared/import/types';

export interface MappingColumn {
  column: number;
  letter: string;
  header: string;
  /** The first few values under the header, to recognise the column by. */
  samples: string[];
  field: ImportField | null;
}

const SAMPLES = 2;

export function mappingColumns(analysis: SheetAnalysis, mapping: ColumnMapping): MappingColumn[] {
  const { grid, table } = analysis;
  const fieldOf = new Map(Object.entries(mapping).map(([field, column]) => [column, field as ImportField]));
  return table.headers.map(({ column, text }) => {
    const samples: string[] = [];
    for (let r = table.dataStart; r <= table.dataEnd && samples.length < SAMPLES; r++) {
      const cell = grid.cells[r - 1]?.[column - 1];
      if (cell && cell.text !== '' && !cell.bold && !cell.formula) samples.push(cell.text);
    }
    return { column, letter: columnLetter(column), header: text, samples, field: fieldOf.get(column) ?? null };
  });
}

/** Puts `field` on `column` (or clears the column): a field sits on one column only. */
export function withField(mapping: ColumnMapping, column: number, field: ImportField | null): ColumnMapping {
  const next: ColumnMapping = {};
  for (const [f, c] of Object.entries(mapping) as [ImportField, number][]) {
    if (c !== column && f !== field) next[f] = c;
  }
  if (field) next[field] = column;
  return next;
}

/** Each group needs one of its fields mapped, or no row can be read. */
const REQUIRED: Record<ImportKind, ImportField[][]> = {
  directory: [['org', 'cell']],
  officials: [['name'], ['position']],
  registrations: [['official'], ['cell', 'org']],
  meetings: [['official'], ['cell', 'org'], ['date', 'startTime']],
};

export function missingFields(kind: ImportKind, mapping: ColumnMapping): ImportField[][] {
  return REQUIRED[kind].filter((group) => group.every((f) => mapping[f] === undefined));
}
