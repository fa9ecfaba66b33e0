/**
 * The dashboard's counting off the UI thread: at province scale (15,000 cells, 60,000
 * meetings) preparing the data takes long enough to freeze the page. The worker keeps the
 * prepared data, so a period change costs one count, not a reload.
 */
import * as Comlink from 'comlink';
import { createDashboardEngine } from './dashboard-engine';

const engine = createDashboardEngine();

const api = {
  setData: engine.setData,
  aggregate: engine.aggregate,
  drill: engine.drill,
};

export type DashboardWorkerApi = typeof api;

Comlink.expose(api);
