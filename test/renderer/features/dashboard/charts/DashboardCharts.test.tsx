// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { chartPngBytes } from '../../../../../renderer/features/dashboard/charts/chart-png';
import { DashboardCharts } from '../../../../../renderer/features/dashboard/charts/DashboardCharts';
import { createI18n } from '../../../../../renderer/i18n';
import { PlatformProvider } from '../../../../../renderer/platform/PlatformProvider';
import { fakePlatform, stubResizeObserver } from '../../render-page';
import { sampleAggregate } from './fixture';
import { renderCharts } from './render-charts';

vi.mock('../../../../../renderer/features/dashboard/charts/chart-png', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/features/dashboard/charts/chart-png')>()),
  chartPngBytes: vi.fn(async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47])),
}));

beforeAll(stubResizeObserver);
afterEach(() => {
  cleanup();
  vi.mocked(chartPngBytes).mockClear();
});

const CHART_IDS = ['by-type', 'by-org', 'distribution', 'recommendations', 'meetings-by-quarter'];

describe('DashboardCharts', () => {
  it('prints the five charts at A4 width, with no buttons or links to press on paper', () => {
    renderCharts(<DashboardCharts aggregate={sampleAggregate()} onDrill={() => {}} mode="print" />);
    for (const id of CHART_IDS) {
      const figure = screen.getByTestId(`chart-${id}`);
      expect(figure.tagName).toBe('FIGURE');
      expect(figure.querySelector('svg.recharts-surface')?.getAttribute('width')).toBe('620');
      expect(screen.queryByTestId(`chart-${id}-png`)).toBeNull();
    }
    expect(screen.queryByTestId('link-by-org-all')).toBeNull();
    expect(screen.queryByTestId('link-recommendations-overdue')).toBeNull();
  });

  it('offers "Lưu ảnh PNG" on every chart on screen', () => {
    renderCharts(<DashboardCharts aggregate={sampleAggregate()} onDrill={() => {}} />);
    for (const id of CHART_IDS) {
      expect(screen.getByTestId(`chart-${id}-png`).getAttribute('aria-label')).toContain('Lưu ảnh PNG');
    }
  });

  it('saves a chart as bieu-do-<chart>-<period>.png and says where', async () => {
    const platform = fakePlatform();
    const aggregate = sampleAggregate({ kind: 'quarter', year: 2025, quarter: 3 });
    renderCharts(<DashboardCharts aggregate={aggregate} onDrill={() => {}} />, platform);
    fireEvent.click(screen.getByTestId('chart-by-type-png'));
    await waitFor(() => expect(platform.saveFile).toHaveBeenCalledOnce());
    expect(chartPngBytes).toHaveBeenCalledWith(screen.getByTestId('chart-by-type'));
    expect(platform.saveFile).toHaveBeenCalledWith('bieu-do-by-type-quy-3-2025.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), [
      { name: 'Ảnh PNG', extensions: ['png'] },
    ]);
    expect((await screen.findByTestId('chart-by-type-png-status')).textContent).toContain(
      'Đã lưu ảnh biểu đồ vào Tải về/bieu-do-by-type-quy-3-2025.png.',
    );
  });

  it('says in Vietnamese when the image could not be made or saved', async () => {
    vi.mocked(chartPngBytes).mockRejectedValueOnce(new Error('canvas tainted'));
    const platform = fakePlatform();
    renderCharts(<DashboardCharts aggregate={sampleAggregate()} onDrill={() => {}} />, platform);
    fireEvent.click(screen.getByTestId('chart-distribution-png'));
    const status = await screen.findByTestId('chart-distribution-png-status');
    expect(status.textContent).toContain('Không lưu được ảnh biểu đồ. Có lỗi ngoài dự kiến: canvas tainted');
    expect(platform.saveFile).not.toHaveBeenCalled();
    expect(screen.getByTestId('chart-distribution-png')).not.toHaveProperty('disabled', true);
  });

  it('reports each commit that drew a new aggregate, and only those', () => {
    const onRendered = vi.fn();
    const first = sampleAggregate();
    const i18n = createI18n('vi');
    const platform = fakePlatform();
    const ui = (aggregate: typeof first) => (
      <I18nextProvider i18n={i18n}>
        <PlatformProvider platform={platform}>
          <DashboardCharts aggregate={aggregate} onDrill={() => {}} mode="print" onRendered={onRendered} />
        </PlatformProvider>
      </I18nextProvider>
    );
    const { rerender } = render(ui(first));
    expect(onRendered).toHaveBeenCalledTimes(1);
    rerender(ui(first));
    expect(onRendered).toHaveBeenCalledTimes(1);
    rerender(ui(sampleAggregate({ kind: 'year', year: 2026 })));
    expect(onRendered).toHaveBeenCalledTimes(2);
  });
});
