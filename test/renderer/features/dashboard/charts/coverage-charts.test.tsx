// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CoverageByOrgChart } from '../../../../../renderer/features/dashboard/charts/CoverageByOrgChart';
import { CoverageByTypeChart } from '../../../../../renderer/features/dashboard/charts/CoverageByTypeChart';
import { DistributionChart } from '../../../../../renderer/features/dashboard/charts/DistributionChart';
import type { DrillFilter } from '../../../../../shared/dashboard/types';
import { stubResizeObserver } from '../../render-page';
import { emptyAggregate, orgBars, sampleAggregate } from './fixture';
import { renderCharts } from './render-charts';

beforeAll(stubResizeObserver);
afterEach(cleanup);

function drillSpy() {
  return vi.fn<(filter: DrillFilter) => void>();
}

/** Clicking the element with this test id asks for exactly this filter. */
function expectDrill(onDrill: ReturnType<typeof drillSpy>, testId: string, filter: DrillFilter) {
  onDrill.mockClear();
  fireEvent.click(screen.getByTestId(testId));
  expect(onDrill, testId).toHaveBeenCalledExactlyOnceWith(filter);
}

const testIdsStartingWith = (prefix: string) =>
  [...document.querySelectorAll(`[data-testid^="${prefix}"]`)].map((el) => el.getAttribute('data-testid'));

describe('CoverageByTypeChart', () => {
  it('opens the cells each segment counts: by coverage and type of organization', () => {
    const onDrill = drillSpy();
    renderCharts(<CoverageByTypeChart aggregate={sampleAggregate()} onDrill={onDrill} mode="print" />);
    expectDrill(onDrill, 'bar-by-type-uncovered-xa', { kind: 'cells', coverage: 'uncovered', type: 'xa' });
    expectDrill(onDrill, 'bar-by-type-crowded-xa', { kind: 'cells', coverage: 'crowded', type: 'xa' });
    expectDrill(onDrill, 'bar-by-type-covered-not-crowded-phuong', { kind: 'cells', coverage: 'coveredNotCrowded', type: 'phuong' });
    expectDrill(onDrill, 'bar-by-type-uncovered-dn_ngoai_nha_nuoc', { kind: 'cells', coverage: 'uncovered', type: 'dn_ngoai_nha_nuoc' });
  });

  it('names each segment in Vietnamese and answers the keyboard', () => {
    const onDrill = drillSpy();
    renderCharts(<CoverageByTypeChart aggregate={sampleAggregate()} onDrill={onDrill} mode="print" />);
    const segment = screen.getByRole('button', { name: 'Chưa có người đăng ký — Doanh nghiệp ngoài nhà nước: 34 chi bộ' });
    expect(segment.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(segment, { key: 'Enter' });
    expect(onDrill).toHaveBeenCalledExactlyOnceWith({ kind: 'cells', coverage: 'uncovered', type: 'dn_ngoai_nha_nuoc' });
    expect(screen.getByRole('button', { name: 'Có người đăng ký (không quá nhiều) — Xã: 490 chi bộ' })).toBeTruthy();
    const figure = screen.getByTestId('chart-by-type');
    expect(figure.textContent).toContain('Chi bộ có / chưa có người đăng ký dự sinh hoạt, theo loại hình tổ chức cơ sở đảng');
    expect(figure.textContent).toContain('Doanh nghiệp ngoài nhà nước');
    expect(figure.textContent).toContain('Chưa có người đăng ký');
  });

  it('draws nothing to click for a part with no cells', () => {
    renderCharts(<CoverageByTypeChart aggregate={sampleAggregate()} onDrill={drillSpy()} mode="print" />);
    // Phường has no crowded cell.
    expect(screen.queryByTestId('bar-by-type-crowded-phuong')).toBeNull();
    expect(testIdsStartingWith('bar-by-type-')).toHaveLength(8);
  });

  it('says so when the scope has no cells', () => {
    renderCharts(<CoverageByTypeChart aggregate={emptyAggregate()} onDrill={drillSpy()} mode="print" />);
    expect(screen.getByTestId('chart-by-type-empty').textContent).toBe('Chưa có chi bộ nào trong phạm vi đang xem.');
  });
});

describe('CoverageByOrgChart', () => {
  it('lists the 15 worst organizations first, top to bottom, and says how many there are', () => {
    renderCharts(<CoverageByOrgChart aggregate={sampleAggregate()} onDrill={drillSpy()} mode="print" />);
    const worst = orgBars(15).map((bar) => bar.orgId);
    const shown = testIdsStartingWith('bar-by-org-uncovered-').map((id) => id?.replace('bar-by-org-uncovered-', ''));
    // Orgs 11–15 have every cell covered: no uncovered segment, but they still have a bar.
    expect(shown).toEqual(worst.slice(0, 10));
    const rowY = (orgId: string) => Number(screen.getByTestId(`bar-by-org-covered-not-crowded-${orgId}`).getAttribute('y'));
    const ys = worst.slice(1).map(rowY);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(Number(screen.getByTestId('bar-by-org-uncovered-org-01').getAttribute('y'))).toBeLessThan(ys[0]!);
    expect(screen.queryByTestId('bar-by-org-covered-not-crowded-org-16')).toBeNull();
    expect(screen.getByTestId('chart-by-org').textContent).not.toContain('Đảng bộ xã Số 16');
    expect(screen.getByTestId('chart-by-org-note').textContent).toContain('15/20 tổ chức có tỷ lệ thấp nhất');
  });

  it('opens the cells of one organization by part, and every uncovered cell from the link', () => {
    const onDrill = drillSpy();
    renderCharts(<CoverageByOrgChart aggregate={sampleAggregate()} onDrill={onDrill} mode="screen" />);
    expectDrill(onDrill, 'link-by-org-all', { kind: 'cells', coverage: 'uncovered' });
    expect(screen.getByTestId('link-by-org-all').textContent).toBe('Xem tất cả chi bộ chưa có người đăng ký');
    cleanup();
    renderCharts(<CoverageByOrgChart aggregate={sampleAggregate()} onDrill={onDrill} mode="print" />);
    expectDrill(onDrill, 'bar-by-org-uncovered-org-03', { kind: 'cells', coverage: 'uncovered', orgId: 'org-03' });
    expectDrill(onDrill, 'bar-by-org-crowded-org-04', { kind: 'cells', coverage: 'crowded', orgId: 'org-04' });
    expectDrill(onDrill, 'bar-by-org-covered-not-crowded-org-04', { kind: 'cells', coverage: 'coveredNotCrowded', orgId: 'org-04' });
    expect(screen.getByRole('button', { name: 'Chưa có người đăng ký — Đảng bộ xã Số 03: 8 chi bộ (80%)' })).toBeTruthy();
    // Nothing to click on paper.
    expect(screen.queryByTestId('link-by-org-all')).toBeNull();
  });

  it('names all organizations when they fit, and says when there are none', () => {
    const aggregate = { ...sampleAggregate(), byOrg: orgBars(3) };
    renderCharts(<CoverageByOrgChart aggregate={aggregate} onDrill={drillSpy()} mode="print" />);
    expect(screen.getByTestId('chart-by-org-note').textContent).toBe('Tất cả 3 tổ chức, tỷ lệ thấp nhất trước');
    cleanup();
    renderCharts(<CoverageByOrgChart aggregate={emptyAggregate()} onDrill={drillSpy()} mode="print" />);
    expect(screen.getByTestId('chart-by-org-empty').textContent).toBe('Chưa có chi bộ nào trong phạm vi đang xem.');
  });
});

describe('DistributionChart', () => {
  it('opens the cells with that many registrants', () => {
    const onDrill = drillSpy();
    renderCharts(<DistributionChart aggregate={sampleAggregate()} onDrill={onDrill} mode="print" />);
    expectDrill(onDrill, 'bar-distribution-0', { kind: 'cells', bucket: '0' });
    expectDrill(onDrill, 'bar-distribution-2', { kind: 'cells', bucket: '2' });
    expectDrill(onDrill, 'bar-distribution-3+', { kind: 'cells', bucket: '3+' });
    expect(screen.getByRole('button', { name: 'Chưa có ai: 234 chi bộ' })).toBeTruthy();
    expect(screen.getByTestId('chart-distribution').textContent).toContain('Từ 3 người trở lên');
  });

  it('says so when the scope has no cells', () => {
    renderCharts(<DistributionChart aggregate={emptyAggregate()} onDrill={drillSpy()} mode="print" />);
    expect(screen.getByTestId('chart-distribution-empty').textContent).toBe('Chưa có chi bộ nào trong phạm vi đang xem.');
    expect(testIdsStartingWith('bar-distribution-')).toEqual([]);
  });
});
