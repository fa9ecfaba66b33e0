import { useEffect, useState } from 'react';
import type { DashboardQuery, DrillFilter } from '../../../../shared/dashboard/types';
import type { DashboardAggregator } from './dashboard-aggregator';
import type { DrillRows } from './drill-rows';

/** The records behind a clicked chart element, recounted when the data changes. */
export function useDrillRows(
  aggregator: DashboardAggregator,
  dataVersion: number,
  query: DashboardQuery,
  filter: DrillFilter | null,
): { rows: DrillRows | undefined; error: unknown } {
  const [state, setState] = useState<{ key: string; rows: DrillRows | undefined; error: unknown }>({ key: '', rows: undefined, error: null });
  const key = filter ? JSON.stringify([dataVersion, query, filter]) : '';

  useEffect(() => {
    if (!filter || dataVersion === 0) return;
    let current = true;
    aggregator.drill(query, filter).then(
      (rows) => current && setState({ key, rows, error: null }),
      (error: unknown) => current && setState({ key, rows: undefined, error }),
    );
    return () => {
      current = false;
    };
    // `key` stands for query and filter by value: their identities change on every render of the hash params.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [aggregator, key]);

  return state.key === key ? { rows: state.rows, error: state.error } : { rows: undefined, error: null };
}
