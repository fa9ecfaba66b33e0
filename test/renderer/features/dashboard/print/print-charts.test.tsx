// @vitest-environment jsdom
/**
 * The print view against the charts' contract (helper B's DashboardCharts): print mode,
 * the same aggregate, and `onReady` once they have committed. The charts are stood in for,
 * so this checks what the print view asks of them, not how they draw.
 */
import { cleanup, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DashboardChartsProps } from '../../../../../renderer/features/dashboard/charts/DashboardCharts';
import { DashboardPrintView } from '../../../../../renderer/features/dashboard/print/DashboardPrintView';
import { settings } from '../../../../shared/fixtures/settings';
import { aggregateFor, renderPrint } from './print-fixture';

const seen: DashboardChartsProps[] = [];

vi.mock('../../../../../renderer/features/dashboard/charts/DashboardCharts', () => ({
  DashboardCharts(props: DashboardChartsProps) {
    seen.push(props);
    const { aggregate, onRendered } = props;
    useEffect(() => onRendered?.(), [aggregate, onRendered]);
    return <div data-testid="charts-stand-in" data-mode={props.mode} />;
  },
}));

afterEach(() => {
  cleanup();
  seen.length = 0;
});

describe('DashboardPrintView charts', () => {
  it('draws the charts in print mode, between the KPI table and the signature, and says when it is ready', async () => {
    const aggregate = aggregateFor('2025-06-30');
    const onReady = vi.fn();
    renderPrint(<DashboardPrintView aggregate={aggregate} settings={settings} periodLabel="Năm 2025" scopeLabel="toàn Huyện ủy Yên Thành" onReady={onReady} />);

    const charts = screen.getByTestId('charts-stand-in');
    expect(charts.dataset.mode).toBe('print');
    expect(seen.at(-1)?.aggregate).toBe(aggregate);
    expect(screen.getByTestId('dashboard-print').contains(charts)).toBe(true);
    expect(screen.getByTestId('print-kpi-table').compareDocumentPosition(charts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(charts.compareDocumentPosition(screen.getByTestId('print-signature-block')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await waitFor(() => expect(onReady).toHaveBeenCalled());
  });
});
