import type { DistrictData } from '../domain/types';
import type { DashboardInput } from './types';

/** The district's stored data as the dashboard counts it: the term and rules from its settings. */
export function dashboardInputOf(data: DistrictData): DashboardInput {
  const { settings } = data;
  return {
    orgs: data.orgs,
    cells: data.cells,
    officials: data.officials,
    registrations: data.registrations,
    meetings: data.meetings ?? [],
    recommendations: data.recommendations ?? [],
    term: { startYear: settings.termStartYear, endYear: settings.termEndYear },
    rules: settings.rules,
  };
}
