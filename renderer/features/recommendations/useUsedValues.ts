import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Recommendation } from '../../../shared/domain/meetings';
import { normalizeText } from '../../../shared/text/normalize';
import { sortVi } from '../../../shared/text/collation';
import { useDb } from '../../db/useDb';

export interface UsedValues {
  fields: string[];
  addressees: string[];
}

/** Two spellings of one name ("Hoà"/"Hòa", upper/lower case) give the same key. */
export function valueKey(value: string): string {
  return normalizeText(value).toLowerCase();
}

/** Distinct non-empty values, one spelling per name ("Hoà"/"Hòa" are one), in Vietnamese order. */
export function distinctValues(values: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const value of values) {
    const text = normalizeText(value);
    const key = valueKey(text);
    if (text !== '' && !byKey.has(key)) byKey.set(key, text);
  }
  return sortVi([...byKey.values()], (v) => v);
}

export function usedValuesOf(recommendations: readonly Recommendation[]): UsedValues {
  return {
    fields: distinctValues(recommendations.map((r) => r.field)),
    addressees: distinctValues(recommendations.map((r) => r.addressedTo)),
  };
}

/** The fields and addressees typed before, offered again so the same agency is spelled the same way. */
export function useUsedValues(): UsedValues {
  const db = useDb();
  const recommendations = useLiveQuery(() => db.recommendations.toArray(), [db]);
  return useMemo(() => usedValuesOf(recommendations ?? []), [recommendations]);
}
