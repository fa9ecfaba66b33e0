import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Registration, Settings } from '../../../shared/domain/types';
import type { SynthesisScope } from '../../../shared/synthesis/scope';
import { synthesize, type Synthesis } from '../../../shared/synthesis/synthesis';
import { listCells } from '../../db/repositories/cells';
import { listOfficials } from '../../db/repositories/officials';
import { listOrgs } from '../../db/repositories/orgs';
import { listRegistrations } from '../../db/repositories/registrations';
import { useDb } from '../../db/useDb';

export interface LiveSynthesis extends Synthesis {
  /** Every registration by id, for the items that name two of them. */
  registrationById: ReadonlyMap<string, Registration>;
}

/**
 * The synthesis of the scope under the rules in settings, kept live. It waits for every
 * table: a plan computed from half-loaded data would show false violations.
 */
export function useSynthesis(settings: Settings, scope: SynthesisScope): LiveSynthesis | undefined {
  const db = useDb();
  const orgs = useLiveQuery(() => listOrgs(db), [db]);
  const cells = useLiveQuery(() => listCells(db), [db]);
  const officials = useLiveQuery(() => listOfficials(db), [db]);
  const registrations = useLiveQuery(() => listRegistrations(db), [db]);
  const { termStartYear, termEndYear, rules } = settings;
  return useMemo(() => {
    if (!orgs || !cells || !officials || !registrations) return undefined;
    const term = { startYear: termStartYear, endYear: termEndYear };
    return {
      ...synthesize({ orgs, cells, officials, registrations, term }, scope, rules),
      registrationById: new Map(registrations.map((r) => [r.id, r])),
    };
  }, [orgs, cells, officials, registrations, termStartYear, termEndYear, rules, scope]);
}
