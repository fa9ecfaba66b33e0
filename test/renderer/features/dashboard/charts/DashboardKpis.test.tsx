// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashboardKpis } from '../../../../../renderer/features/dashboard/charts/DashboardKpis';
import type { DrillFilter } from '../../../../../shared/dashboard/types';
import { sampleAggregate } from './fixture';
import { renderCharts } from './render-charts';

afterEach(cleanup);

const value = (testId: string) => screen.getByTestId(`${testId}-value`).textContent;
const card = (testId: string) => screen.getByTestId(testId).textContent ?? '';

describe('DashboardKpis', () => {
  it('shows each number as what it counts, in Vietnamese number style', () => {
    renderCharts(<DashboardKpis aggregate={sampleAggregate()} onDrill={() => {}} />);
    expect(value('kpi-total-cells')).toBe('1.234');
    expect(card('kpi-total-cells')).toContain('Tổng số chi bộ');
    expect(value('kpi-covered')).toBe('1.000');
    expect(card('kpi-covered')).toContain('81% tổng số chi bộ');
    expect(value('kpi-uncovered')).toBe('234');
    expect(card('kpi-uncovered')).toContain('Chi bộ chưa có ai đăng ký');
    expect(value('kpi-crowded')).toBe('12');
    expect(card('kpi-crowded')).toContain('Chi bộ có quá nhiều người đăng ký');
    // Số người against the officials on record; số lượt said apart so neither is read as the other.
    expect(value('kpi-officials-registered')).toBe('87 / 95');
    expect(card('kpi-officials-registered')).toContain('8 cán bộ chưa đăng ký; 1.500 lượt đăng ký trong kỳ');
    expect(value('kpi-meetings')).toBe('30 / 40');
    expect(card('kpi-meetings')).toContain('Đã dự 75% số buổi theo lịch');
    expect(value('kpi-recommendations')).toBe('9');
    expect(card('kpi-recommendations')).toContain('Trên 21 kiến nghị, đề xuất nêu tại các buổi sinh hoạt trong kỳ');
    expect(value('kpi-recommendations-overdue')).toBe('4');
    expect(card('kpi-recommendations-overdue')).toContain('quá hạn trả lời');
  });

  it('opens exactly the records a card counts', () => {
    const onDrill = vi.fn<(filter: DrillFilter) => void>();
    renderCharts(<DashboardKpis aggregate={sampleAggregate()} onDrill={onDrill} />);
    const expected: [string, DrillFilter][] = [
      ['kpi-total-cells', { kind: 'cells' }],
      ['kpi-covered', { kind: 'cells', coverage: 'covered' }],
      ['kpi-uncovered', { kind: 'cells', coverage: 'uncovered' }],
      ['kpi-crowded', { kind: 'cells', coverage: 'crowded' }],
      ['kpi-meetings', { kind: 'meetings', status: 'planned' }],
      ['kpi-recommendations', { kind: 'recommendations', status: 'open' }],
      ['kpi-recommendations-overdue', { kind: 'recommendations', status: 'overdue' }],
    ];
    for (const [testId, filter] of expected) {
      onDrill.mockClear();
      fireEvent.click(within(screen.getByTestId(testId)).getByRole('button'));
      expect(onDrill, testId).toHaveBeenCalledExactlyOnceWith(filter);
    }
    // People are not a list of cells, meetings or recommendations: nothing to open.
    expect(within(screen.getByTestId('kpi-officials-registered')).queryByRole('button')).toBeNull();
  });

  it('shows a scope without cells as zeros, not as NaN', () => {
    const aggregate = sampleAggregate();
    const kpi = { ...aggregate.kpi, cells: 0, covered: 0, uncovered: 0, crowded: 0, coveredShare: 0, meetingsPlanned: 0, meetingsHeld: 0 };
    renderCharts(<DashboardKpis aggregate={{ ...aggregate, kpi }} onDrill={() => {}} />);
    expect(value('kpi-total-cells')).toBe('0');
    expect(card('kpi-covered')).toContain('0% tổng số chi bộ');
    expect(card('kpi-meetings')).toContain('Đã dự 0% số buổi theo lịch');
  });
});
