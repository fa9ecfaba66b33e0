/**
 * Column mappings the clerk confirmed, remembered per file layout: the next file with the
 * same headers in the same columns opens with the clerk's mapping, not the guess.
 */
import { z } from 'zod';
import { FIELDS_BY_KIND } from '../../../shared/import/column-mapping';
import type { ColumnMapping, ImportField, ImportKind } from '../../../shared/import/types';
import type { AppDatabase } from '../database';

const storedMapping = z.record(z.string(), z.number().int().positive());

/** Only the kind's fields, each on a whole column: a row written by an older version is read safely. */
function cleanMapping(kind: ImportKind, value: unknown): ColumnMapping | null {
  const parsed = storedMapping.safeParse(value);
  if (!parsed.success) return null;
  const fields = FIELDS_BY_KIND[kind];
  const entries = Object.entries(parsed.data).filter(([field]) => (fields as readonly string[]).includes(field));
  return Object.fromEntries(entries) as Partial<Record<ImportField, number>>;
}

/** The remembered mapping of each key that has one. */
export async function loadImportMappings(db: AppDatabase, kind: ImportKind, keys: readonly string[]): Promise<Map<string, ColumnMapping>> {
  const rows = await db.importMappings.bulkGet(keys.map((key) => [kind, key] as [ImportKind, string]));
  const found = new Map<string, ColumnMapping>();
  rows.forEach((row, i) => {
    const mapping = row ? cleanMapping(kind, row.mapping) : null;
    const key = keys[i];
    if (mapping && key !== undefined) found.set(key, mapping);
  });
  return found;
}

/** Remembers the mappings the clerk went on with, replacing older ones for the same layouts. */
export async function saveImportMappings(
  db: AppDatabase,
  kind: ImportKind,
  entries: readonly { key: string; mapping: ColumnMapping }[],
): Promise<void> {
  await db.importMappings.bulkPut(entries.map(({ key, mapping }) => ({ kind, key, mapping: { ...mapping } })));
}
