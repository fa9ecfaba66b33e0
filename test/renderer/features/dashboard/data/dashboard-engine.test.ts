import { describe, expect, it } from 'vitest';
import { aggregateDashboard } from '../../../../../shared/dashboard/aggregate';
import { prepareDashboard } from '../../../../../shared/dashboard/prepare';
import { createInProcessAggregator } from '../../../../../renderer/features/dashboard/data/dashboard-aggregator';
import { input, quarter, YEAR } from '../../../../shared/dashboard/fixture';

describe('the dashboard aggregator', () => {
  it('answers a period change without the cells, and with them for the matrix', async () => {
    const aggregator = createInProcessAggregator();
    await aggregator.setData(input, 1);
    const expected = aggregateDashboard(prepareDashboard(input), YEAR);
    const counts = await aggregator.aggregate(YEAR);
    expect(counts.cells).toEqual([]);
    expect(counts.kpi).toEqual(expected.kpi);
    expect(counts.byType).toEqual(expected.byType);
    expect((await aggregator.aggregate(YEAR, true)).cells).toEqual(expected.cells);
  });

  it('lists a drill-down’s cells even when the counts went out without them', async () => {
    const aggregator = createInProcessAggregator();
    await aggregator.setData(input, 1);
    await aggregator.aggregate(YEAR);
    const rows = await aggregator.drill(YEAR, { kind: 'cells', coverage: 'uncovered' });
    const expected = aggregateDashboard(prepareDashboard(input), YEAR);
    expect(rows.kind).toBe('cells');
    expect(rows.rows.length).toBe(expected.kpi.uncovered);
    expect(rows.rows.length).toBeGreaterThan(0);
  });

  it('counts the new data after setData, not the cached answer', async () => {
    const aggregator = createInProcessAggregator();
    await aggregator.setData(input, 1);
    const before = await aggregator.aggregate(quarter(1));
    await aggregator.setData({ ...input, cells: input.cells.slice(1) }, 2);
    const after = await aggregator.aggregate(quarter(1));
    expect(after.kpi.cells).toBe(before.kpi.cells - 1);
  });
});
