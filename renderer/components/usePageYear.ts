import { useCallback, useState } from 'react';
import type { Settings } from '../../shared/domain/types';

/**
 * A page's own year, for looking at another year without changing the working year in the
 * app bar. It follows the working year until the clerk picks one here, and again after the
 * working year changes.
 */
export function usePageYear(settings: Settings): [number, (year: number) => void] {
  const base = settings.currentYear;
  const [picked, setPicked] = useState<{ base: number; year: number } | null>(null);
  const year = picked !== null && picked.base === base ? picked.year : base;
  const setYear = useCallback((next: number) => setPicked({ base, year: next }), [base]);
  return [year, setYear];
}

/** The term's years, plus the working year and the shown year when they fall outside it. */
export function pageYearOptions(settings: Settings, year: number): number[] {
  const years = new Set<number>([year, settings.currentYear]);
  for (let y = settings.termStartYear; y <= settings.termEndYear; y++) years.add(y);
  return [...years].sort((a, b) => a - b);
}
