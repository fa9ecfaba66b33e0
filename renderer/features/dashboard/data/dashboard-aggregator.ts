import * as Comlink from 'comlink';
import type { DashboardAggregate, DashboardInput, DashboardQuery, DrillFilter } from '../../../../shared/dashboard/types';
import { createDashboardEngine } from './dashboard-engine';
import type { DashboardWorkerApi } from './dashboard.worker';
import type { DrillRows } from './drill-rows';

/** The dashboard engine behind a promise: in a worker in the app, in-process in unit tests. */
export interface DashboardAggregator {
  setData(input: DashboardInput, version: number): Promise<void>;
  /** See DashboardEngine.aggregate: `cells` is empty unless `withCells`. */
  aggregate(query: DashboardQuery, withCells?: boolean): Promise<DashboardAggregate>;
  drill(query: DashboardQuery, filter: DrillFilter): Promise<DrillRows>;
  dispose(): void;
}

/**
 * One worker for as long as the dashboard is open. Calls are answered in order, so an
 * aggregate asked after setData counts the new data. After `dispose` the next call starts a
 * fresh worker (React's development mode disposes and reuses), which gets its data again
 * from the page's next setData.
 */
export function createWorkerAggregator(): DashboardAggregator {
  let current: { worker: Worker; remote: Comlink.Remote<DashboardWorkerApi> } | null = null;
  const remote = () => {
    if (!current) {
      const worker = new Worker(new URL('./dashboard.worker.ts', import.meta.url), { type: 'module' });
      current = { worker, remote: Comlink.wrap<DashboardWorkerApi>(worker) };
    }
    return current.remote;
  };
  return {
    setData: (input, version) => remote().setData(input, version),
    aggregate: (query, withCells) => remote().aggregate(query, withCells),
    drill: (query, filter) => remote().drill(query, filter),
    dispose: () => {
      current?.worker.terminate();
      current = null;
    },
  };
}

/** Same answers on the calling thread: for jsdom, which has no workers. */
export function createInProcessAggregator(): DashboardAggregator {
  const engine = createDashboardEngine();
  return {
    setData: async (input, version) => engine.setData(input, version),
    aggregate: async (query, withCells) => engine.aggregate(query, withCells),
    drill: async (query, filter) => engine.drill(query, filter),
    dispose: () => undefined,
  };
}

/** The worker where the platform has one (every browser and Electron), else in-process. */
export function createDashboardAggregator(): DashboardAggregator {
  return typeof Worker === 'undefined' ? createInProcessAggregator() : createWorkerAggregator();
}
