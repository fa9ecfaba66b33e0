import type { DistrictData } from '../../../shared/domain/types';
import { instanceFromData } from '../../../shared/solver/instance-from-data';
import { solve } from '../../../shared/solver/solve';
import type { SolverResult } from '../../../shared/solver/types';

/** Plain data only: it crosses to the worker by structured clone. */
export interface BalanceRequest {
  data: DistrictData;
  year: number;
  allowOutsideArea: boolean;
  /** Registrations with meetings: they name that cell, so the solver must not move them. */
  fixedRegistrationIds: string[];
}

/** The worker's whole job, also run in-process by tests. */
export function solveBalance({ data, year, allowOutsideArea, fixedRegistrationIds }: BalanceRequest): SolverResult {
  return solve(instanceFromData(data, year, { allowOutsideArea }, fixedRegistrationIds));
}
