/**
 * The stages chained as the worker and the CLI chain them: bytes → grids → table →
 * mapping → rows, then the value helpers, ending at what the clerk means.
 */
import { describe, expect, it } from 'vitest';
import { parseDay, parseNumber, stripHonorific } from '../../../shared/import/cell-values';
import { mappingKey, suggestMapping } from '../../../shared/import/column-mapping';
import { detectTable } from '../../../shared/import/detect-table';
import { extractRows } from '../../../shared/import/extract-rows';
import { readWorkbook } from '../../../shared/import/read-workbook';
import type { ExtractedRow, ImportKind } from '../../../shared/import/types';
import {
  MESSY_DIRECTORY_CONTENT,
  MESSY_OFFICIALS_CONTENT,
  MESSY_REGISTRATIONS_CONTENT,
  messyDirectoryWorkbook,
  messyOfficialsWorkbook,
  messyRegistrationsWorkbook,
} from './messy-workbooks';

/** The first sheet with a table of this kind, as the import dialog will pick it. */
async function importRows(bytes: Uint8Array, kind: ImportKind): Promise<ExtractedRow[]> {
  for (const grid of await readWorkbook(bytes)) {
    const table = detectTable(grid, kind);
    if (table) return extractRows(grid, table, suggestMapping(table, kind)).rows;
  }
  throw new Error(`no ${kind} table`);
}

describe('the messy workbooks end to end', () => {
  it('reads registrations with honorifics dropped and dates day first', async () => {
    const rows = await importRows(await messyRegistrationsWorkbook(), 'registrations');
    const content = rows.map((r) => ({
      official: stripHonorific(r.values.official ?? ''),
      cell: r.values.cell,
      date: parseDay(r.raw.time),
      section: r.section,
    }));
    expect(content).toEqual(MESSY_REGISTRATIONS_CONTENT);
  });

  it('reads officials with clean names and numeric capacities', async () => {
    const rows = await importRows(await messyOfficialsWorkbook(), 'officials');
    const content = rows.map((r) => ({
      name: stripHonorific(r.values.name ?? ''),
      capacity: parseNumber(r.raw.capacity),
      section: r.section,
    }));
    expect(content).toEqual(MESSY_OFFICIALS_CONTENT);
  });

  it('reads the directory with each cell under its organization', async () => {
    const rows = await importRows(await messyDirectoryWorkbook(), 'directory');
    const content = rows.map((r) => {
      // A chi bộ cơ sở row names the organization, which is its own only cell.
      const org = r.group ?? r.values.org ?? '';
      return { org, cell: r.values.cell || org, orgType: r.values.orgType, members: parseNumber(r.raw.members) };
    });
    expect(content).toEqual(MESSY_DIRECTORY_CONTENT);
  });

  it('does not find one kind of table in another kind of file', async () => {
    const [directory] = await readWorkbook(await messyDirectoryWorkbook());
    const [officials] = await readWorkbook(await messyOfficialsWorkbook());
    expect(directory && detectTable(directory, 'officials')).toBeNull();
    expect(officials && detectTable(officials, 'directory')).toBeNull();
  });

  it('keys the same layout the same way on every read', async () => {
    const keyOf = async () => {
      const [, grid] = await readWorkbook(await messyRegistrationsWorkbook());
      const table = grid && detectTable(grid, 'registrations');
      if (!table) throw new Error('no table');
      return mappingKey(table);
    };
    expect(await keyOf()).toBe(await keyOf());
  });
});
