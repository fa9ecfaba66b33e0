// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MeetingsByQuarterChart } from '../../../../../renderer/features/dashboard/charts/MeetingsByQuarterChart';
import { RecommendationsChart } from '../../../../../renderer/features/dashboard/charts/RecommendationsChart';
import type { DashboardAggregate, DrillFilter, QuarterMeetings } from '../../../../../shared/dashboard/types';
import type { Quarter } from '../../../../../shared/domain/types';
import { stubResizeObserver } from '../../render-page';
import { emptyAggregate, sampleAggregate } from './fixture';
import { renderCharts } from './render-charts';

beforeAll(stubResizeObserver);
afterEach(cleanup);

function clickAndGet(testId: string, onDrill: ReturnType<typeof vi.fn>) {
  onDrill.mockClear();
  fireEvent.click(screen.getByTestId(testId));
  return onDrill.mock.calls;
}

function termAggregate(): DashboardAggregate {
  const quarters: QuarterMeetings[] = [2025, 2026].flatMap((year) =>
    ([1, 2, 3, 4] as Quarter[]).map((quarter) => ({ year, quarter, planned: quarter, held: quarter - 1, notAttended: 0, pending: 1 })),
  );
  return { ...sampleAggregate({ kind: 'term', startYear: 2025, endYear: 2026 }), meetingsByQuarter: quarters };
}

describe('MeetingsByQuarterChart', () => {
  it('opens the planned or the held meetings of one quarter', () => {
    const onDrill = vi.fn<(filter: DrillFilter) => void>();
    renderCharts(<MeetingsByQuarterChart aggregate={sampleAggregate()} onDrill={onDrill} mode="print" />);
    expect(clickAndGet('bar-meetings-held-2025-3', onDrill)).toEqual([[{ kind: 'meetings', year: 2025, quarter: 3, status: 'held' }]]);
    expect(clickAndGet('bar-meetings-planned-2025-1', onDrill)).toEqual([[{ kind: 'meetings', year: 2025, quarter: 1, status: 'planned' }]]);
    expect(screen.getByRole('button', { name: 'Đã dự — Quý III năm 2025: 10 buổi' })).toBeTruthy();
    const figure = screen.getByTestId('chart-meetings-by-quarter');
    expect(figure.textContent).toContain('Quý IV năm 2025');
    expect(figure.textContent).toContain('Theo lịch');
    // Quarter IV has nothing yet: no bar to click.
    expect(screen.queryByTestId('bar-meetings-planned-2025-4')).toBeNull();
  });

  it('labels every quarter of a term short, with its year', () => {
    renderCharts(<MeetingsByQuarterChart aggregate={termAggregate()} onDrill={vi.fn()} mode="print" />);
    const text = screen.getByTestId('chart-meetings-by-quarter').textContent ?? '';
    for (const label of ['Q1/2025', 'Q4/2025', 'Q1/2026', 'Q4/2026']) expect(text).toContain(label);
    expect(screen.getByTestId('bar-meetings-held-2026-4')).toBeTruthy();
  });

  it('says so when the period has no meetings', () => {
    renderCharts(<MeetingsByQuarterChart aggregate={emptyAggregate()} onDrill={vi.fn()} mode="print" />);
    expect(screen.getByTestId('chart-meetings-by-quarter-empty').textContent).toBe('Chưa có buổi sinh hoạt nào trong kỳ này.');
  });
});

describe('RecommendationsChart', () => {
  it('opens the recommendations of one status, and the overdue ones from the note', () => {
    const onDrill = vi.fn<(filter: DrillFilter) => void>();
    renderCharts(<RecommendationsChart aggregate={sampleAggregate()} onDrill={onDrill} mode="screen" />);
    expect(screen.getByTestId('chart-recommendations-note').textContent).toContain('Trong đó 4 kiến nghị, đề xuất quá hạn trả lời.');
    expect(clickAndGet('link-recommendations-overdue', onDrill)).toEqual([[{ kind: 'recommendations', status: 'overdue' }]]);
    cleanup();
    renderCharts(<RecommendationsChart aggregate={sampleAggregate()} onDrill={onDrill} mode="print" />);
    expect(clickAndGet('bar-recommendations-new', onDrill)).toEqual([[{ kind: 'recommendations', status: 'new' }]]);
    expect(clickAndGet('bar-recommendations-resolved', onDrill)).toEqual([[{ kind: 'recommendations', status: 'resolved' }]]);
    expect(screen.getByRole('button', { name: 'Đã chuyển: 3 kiến nghị, đề xuất' })).toBeTruthy();
    expect(screen.getByTestId('chart-recommendations').textContent).toContain('Đóng, không xử lý');
    expect(screen.queryByTestId('bar-recommendations-closed')).toBeNull();
  });

  it('draws open recommendations in the outlined light colour and settled ones dark', () => {
    renderCharts(<RecommendationsChart aggregate={sampleAggregate()} onDrill={vi.fn()} mode="print" />);
    const fill = (status: string) => screen.getByTestId(`bar-recommendations-${status}`).getAttribute('fill');
    expect(fill('new')).toBe(fill('answered'));
    expect(fill('new')).not.toBe(fill('resolved'));
    expect(screen.getByTestId('bar-recommendations-new').getAttribute('stroke')).toBeTruthy();
  });

  it('says so when the period has none, with no overdue note', () => {
    renderCharts(<RecommendationsChart aggregate={emptyAggregate()} onDrill={vi.fn()} mode="screen" />);
    expect(screen.getByTestId('chart-recommendations-empty').textContent).toBe('Chưa có kiến nghị, đề xuất nào trong kỳ này.');
    expect(screen.queryByTestId('chart-recommendations-note')).toBeNull();
  });
});
