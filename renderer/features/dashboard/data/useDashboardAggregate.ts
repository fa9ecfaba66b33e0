import { useEffect, useRef, useState } from 'react';
import type { DashboardAggregate, DashboardInput, DashboardQuery } from '../../../../shared/dashboard/types';
import type { DashboardAggregator } from './dashboard-aggregator';

export interface DashboardResult {
  /** The latest answer; while a newer one is counted the page keeps showing this one. */
  aggregate: DashboardAggregate | undefined;
  /** A newer answer is being counted. */
  pending: boolean;
  /** Why the last count failed, if it did. */
  error: unknown;
  /** The answer lists every cell (asked `withCells`), so the matrix may draw it. */
  cellsIncluded: boolean;
  /** Names the data the worker holds (0 until it has some): drill-downs recount when it changes. */
  dataVersion: number;
}

interface Answer {
  aggregate: DashboardAggregate | undefined;
  error: unknown;
  query: DashboardQuery | null;
  version: number;
  withCells: boolean;
}

/**
 * Sends the data to the aggregator once per change and asks for the query's counts. Only
 * the answer to the latest request is kept: a slow answer to an older period never
 * overwrites a newer one.
 */
export function useDashboardAggregate(
  aggregator: DashboardAggregator,
  input: DashboardInput | undefined,
  query: DashboardQuery,
  /** The matrix lists every cell; the other views leave `cells` empty (see DashboardEngine). */
  withCells: boolean,
): DashboardResult {
  const [answer, setAnswer] = useState<Answer>({ aggregate: undefined, error: null, query: null, version: 0, withCells: false });
  const [dataVersion, setDataVersion] = useState(0);
  const sent = useRef(0);
  const request = useRef(0);

  useEffect(() => {
    if (!input) return;
    const version = ++sent.current;
    // Sent once per data change; the aggregator answers in order, so later counts see it.
    aggregator.setData(input, version).then(
      () => setDataVersion(version),
      (error: unknown) => setAnswer((a) => ({ ...a, error, query, version })),
    );
    // `query` is only echoed into a failure; a new query must not resend the data.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [aggregator, input]);

  useEffect(() => {
    if (dataVersion === 0) return;
    const id = ++request.current;
    aggregator.aggregate(query, withCells).then(
      (aggregate) => {
        if (id === request.current) setAnswer({ aggregate, error: null, query, version: dataVersion, withCells });
      },
      (error: unknown) => {
        if (id === request.current) setAnswer((a) => ({ ...a, error, query, version: dataVersion, withCells }));
      },
    );
  }, [aggregator, dataVersion, query, withCells]);

  const pending = answer.query !== query || answer.version !== dataVersion || answer.withCells !== withCells || dataVersion === 0;
  return { aggregate: answer.aggregate, error: answer.error, pending: pending && answer.error === null, cellsIncluded: answer.withCells, dataVersion };
}
