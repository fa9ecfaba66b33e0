/** Every benchmark suite, in the order `npm run bench` runs them. */
import { aggregateBench } from './aggregate-bench';
import { dashboardBench } from './dashboard-bench';
import { importBench } from './import-bench';
import { meetingsBench } from './meetings-bench';
import { reportBench } from './report-bench';
import { solverBench } from './solver-bench';
import type { BenchSuite } from './types';

export const SUITES: readonly BenchSuite[] = [solverBench, importBench, meetingsBench, aggregateBench, reportBench, dashboardBench];
