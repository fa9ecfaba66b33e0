import { useMemo, useState } from 'react';
import type { Quarter, Settings } from '../../../shared/domain/types';
import type { ScopeKind, SynthesisScope } from '../../../shared/synthesis/scope';
import { usePageYear } from '../../components/usePageYear';

export interface SynthesisScopeState {
  scope: SynthesisScope;
  kind: ScopeKind;
  year: number;
  quarter: Quarter;
  setKind: (kind: ScopeKind) => void;
  setYear: (year: number) => void;
  setQuarter: (quarter: Quarter) => void;
}

/** The quarter we are in, so "Quý" first shows the quarter being planned now. */
function currentQuarter(): Quarter {
  return (Math.floor(new Date().getMonth() / 3) + 1) as Quarter;
}

/**
 * Year, quarter of a year, or the whole term in settings. The year follows the working year
 * in the app bar until the clerk picks one here, as on the dashboard.
 */
export function useSynthesisScope(settings: Settings): SynthesisScopeState {
  const [kind, setKind] = useState<ScopeKind>('year');
  const [year, setYear] = usePageYear(settings);
  const [quarter, setQuarter] = useState<Quarter>(currentQuarter);
  const { termStartYear, termEndYear } = settings;
  const scope = useMemo<SynthesisScope>(() => {
    if (kind === 'term') return { kind, startYear: termStartYear, endYear: termEndYear };
    return kind === 'quarter' ? { kind, year, quarter } : { kind, year };
  }, [kind, year, quarter, termStartYear, termEndYear]);
  return { scope, kind, year, quarter, setKind, setYear, setQuarter };
}
