import { describe, expect, it } from 'vitest';
import { locationFromParams, locationToParams } from '../../../shared/dashboard/location';
import type { DashboardLocation, DashboardPeriod, DrillFilter } from '../../../shared/dashboard/types';

const fallback = { period: { kind: 'year', year: 2025 } as DashboardPeriod, orgId: null };
const CHARTS: DashboardLocation = { view: 'charts', period: fallback.period, orgId: null, drill: null };

function roundTrip(loc: DashboardLocation): DashboardLocation {
  // Through the hash as the app writes it: every value a string, read back by URLSearchParams.
  const query = new URLSearchParams(locationToParams(loc)).toString();
  return locationFromParams(Object.fromEntries(new URLSearchParams(query)), fallback);
}

describe('dashboard location', () => {
  const periods: DashboardPeriod[] = [
    { kind: 'year', year: 2026 },
    { kind: 'quarter', year: 2025, quarter: 3 },
    { kind: 'term', startYear: 2025, endYear: 2030 },
  ];
  const drills: DrillFilter[] = [
    { kind: 'cells' },
    { kind: 'cells', coverage: 'uncovered', type: 'xa' },
    { kind: 'cells', coverage: 'coveredNotCrowded', orgId: 'org-1', bucket: '3+' },
    { kind: 'cells', coverage: 'crowded', bucket: '0' },
    { kind: 'meetings', year: 2026, quarter: 1, status: 'held' },
    { kind: 'meetings', status: 'planned' },
    { kind: 'recommendations', status: 'overdue' },
    { kind: 'recommendations', status: 'answered' },
    { kind: 'recommendations' },
  ];

  it('every period, scope and view comes back as it was written', () => {
    for (const period of periods) {
      for (const view of ['charts', 'matrix', 'print'] as const) {
        for (const orgId of [null, 'org-7']) {
          const loc: DashboardLocation = { view, period, orgId, drill: null };
          expect(roundTrip(loc)).toEqual(loc);
        }
      }
    }
  });

  it('every drill-down comes back as it was written', () => {
    for (const drill of drills) {
      const loc: DashboardLocation = { view: 'drill', period: periods[1]!, orgId: 'org-2', drill };
      expect(roundTrip(loc)).toEqual(loc);
    }
  });

  it('writes readable params and leaves out what is not set', () => {
    expect(locationToParams({ view: 'drill', period: periods[1]!, orgId: null, drill: { kind: 'cells', coverage: 'uncovered', type: 'xa' } })).toEqual({
      view: 'drill',
      period: '2025-q3',
      drill: 'cells',
      coverage: 'uncovered',
      type: 'xa',
    });
    expect(locationToParams({ view: 'charts', period: periods[2]!, orgId: 'org-1', drill: { kind: 'recommendations' } })).toEqual({
      view: 'charts',
      period: '2025-2030',
      org: 'org-1',
    });
  });

  it('no params: the charts of the fallback period and scope', () => {
    expect(locationFromParams({}, fallback)).toEqual(CHARTS);
    expect(locationFromParams({}, { period: periods[0]!, orgId: 'org-3' })).toEqual({ ...CHARTS, period: periods[0], orgId: 'org-3' });
  });

  it('garbage falls back and never throws', () => {
    const bad: Record<string, string>[] = [
      { period: 'abc' },
      { period: '2025-q5' },
      { period: '2025-q0' },
      { period: '99999' },
      { period: '2030-2025' },
      { period: '2025-2099' },
      { period: '1066' },
      { period: '2025-' },
      { period: ' 2025' },
      { view: 'map' },
      { view: 'drill' },
      { view: 'drill', drill: 'officials' },
      { view: 'drill', drill: 'cells', coverage: 'half' },
      { view: 'drill', drill: 'cells', type: 'village' },
      { view: 'drill', drill: 'cells', bucket: '4' },
      { view: 'drill', drill: 'cells', drillOrg: '' },
      { view: 'drill', drill: 'meetings', year: 'next' },
      { view: 'drill', drill: 'meetings', quarter: '5' },
      { view: 'drill', drill: 'meetings', status: 'cancelled' },
      { view: 'drill', drill: 'recommendations', status: 'lost' },
      { org: '' },
      { __proto__: 'x', constructor: 'y', toString: 'z' },
    ];
    for (const params of bad) expect(locationFromParams(params, fallback), JSON.stringify(params)).toEqual(CHARTS);
  });

  it('a bad period keeps the rest of the place', () => {
    expect(locationFromParams({ view: 'matrix', period: 'Q3', org: 'org-2' }, fallback)).toEqual({ ...CHARTS, view: 'matrix', orgId: 'org-2' });
  });

  it('a drill filter outside a drill-down is not kept', () => {
    expect(locationFromParams({ view: 'matrix', drill: 'cells', coverage: 'uncovered' }, fallback)).toEqual({ ...CHARTS, view: 'matrix' });
  });
});
