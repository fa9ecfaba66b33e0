// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DashboardPage } from '../../../renderer/features/dashboard/DashboardPage';
import { choose } from './forms';
import { renderPage, setUpPageTests } from './render-page';

const db = setUpPageTests();

async function kpi(testId: string): Promise<string> {
  return (await screen.findByTestId(`${testId}-value`)).textContent ?? '';
}

describe('DashboardPage', () => {
  it('shows the working year’s cells, people and registrations, each counted as what it is', async () => {
    renderPage(<DashboardPage />, db());
    expect(await kpi('kpi-total-cells')).toBe('4');
    expect(await kpi('kpi-covered')).toBe('2');
    expect(screen.getByTestId('kpi-covered').textContent).toContain('50% tổng số chi bộ');
    expect(await kpi('kpi-uncovered')).toBe('2');
    // Xóm 1 has three different people; xóm 2 has one person registered twice: not crowded.
    expect(await kpi('kpi-crowded')).toBe('1');
    expect(screen.getByTestId('kpi-crowded').textContent).toContain('Chi bộ có từ 3 người đăng ký trở lên');
    // Số người 3 of 5 officials, from số lượt 5.
    expect(await kpi('kpi-officials-registered')).toBe('3 / 5');
    expect(screen.getByTestId('kpi-officials-registered').textContent).toContain('5 lượt đăng ký trong năm');
    expect(screen.getByTestId('coverage-chart')).toBeTruthy();
  });

  it('recounts for another year picked on the page (a term registration counts in every year)', async () => {
    renderPage(<DashboardPage />, db());
    expect(await kpi('kpi-covered')).toBe('2');
    await choose('Năm thống kê', '2026');
    await waitFor(() => expect(screen.getByTestId('kpi-officials-registered-value').textContent).toBe('2 / 5'));
    expect(await kpi('kpi-covered')).toBe('2');
    expect(await kpi('kpi-crowded')).toBe('0');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('2026');
  });

  it('follows the database live: a new registration moves a cell from uncovered to covered', async () => {
    renderPage(<DashboardPage />, db());
    expect(await kpi('kpi-uncovered')).toBe('2');
    await db().registrations.add({
      id: 'r-new',
      officialId: 'p-hoa',
      cellId: 'c-truong',
      period: { kind: 'year', year: 2025, quarters: [2] },
      years: [2025],
      note: '',
    });
    await waitFor(() => expect(screen.getByTestId('kpi-uncovered-value').textContent).toBe('1'));
    expect(await kpi('kpi-covered')).toBe('3');
    expect(screen.getByTestId('kpi-covered').textContent).toContain('75% tổng số chi bộ');
  });
});
