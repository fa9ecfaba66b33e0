import { useCallback, useContext, useMemo, useState } from 'react';
import { locationFromParams, locationToParams } from '../../../shared/dashboard/location';
import type { DashboardLocation, DashboardPeriod } from '../../../shared/dashboard/types';
import type { Settings } from '../../../shared/domain/types';
import { NavigationContext } from '../../app/NavigationContext';
import type { PageParams } from '../../app/pages';

export interface DashboardLocationState {
  location: DashboardLocation;
  go(next: Partial<DashboardLocation>): void;
  setPeriod(period: DashboardPeriod): void;
}

/** Marks the start of a period change, for `npm run bench` (dashboard.period_change_ms). */
export const PERIOD_CHANGE_MARK = 'dashboard:period-change';

/**
 * Where the dashboard is (view, period, scope, drill-down) lives in the hash, so Back
 * returns from a drill-down to the charts and a reload keeps the place. Without the app's
 * navigation (a page rendered alone in tests) it lives in state instead.
 */
export function useDashboardLocation(settings: Settings): DashboardLocationState {
  const navigation = useContext(NavigationContext);
  const [ownParams, setOwnParams] = useState<PageParams>({});
  const params = navigation ? navigation.params : ownParams;
  const paramsKey = JSON.stringify(params);
  const { currentYear } = settings;
  const location = useMemo(
    () => locationFromParams(JSON.parse(paramsKey) as PageParams, { period: { kind: 'year', year: currentYear }, orgId: null }),
    [paramsKey, currentYear],
  );
  const navigate = navigation?.navigate;
  const go = useCallback(
    (next: Partial<DashboardLocation>) => {
      const merged: DashboardLocation = { ...location, ...next };
      if (merged.view !== 'drill') merged.drill = null;
      const nextParams = locationToParams(merged);
      if (navigate) navigate('dashboard', nextParams);
      else setOwnParams(nextParams);
    },
    [location, navigate],
  );
  const setPeriod = useCallback(
    (period: DashboardPeriod) => {
      performance.mark(PERIOD_CHANGE_MARK);
      go({ period });
    },
    [go],
  );
  return { location, go, setPeriod };
}
