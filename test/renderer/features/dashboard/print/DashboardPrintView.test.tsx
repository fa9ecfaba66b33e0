// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DashboardPrintView } from '../../../../../renderer/features/dashboard/print/DashboardPrintView';
import type { Settings } from '../../../../../shared/domain/types';
import { todayIso } from '../../../../../shared/meetings/iso-date';
import { settings } from '../../../../shared/fixtures/settings';
import { stubResizeObserver } from '../../render-page';
import { aggregateFor, renderPrint } from './print-fixture';

beforeAll(stubResizeObserver);
afterEach(cleanup);

function renderView(today = todayIso(), overrides: Partial<Settings> = {}) {
  return renderPrint(
    <DashboardPrintView
      aggregate={aggregateFor(today)}
      settings={{ ...settings, ...overrides }}
      periodLabel="Năm 2025"
      scopeLabel="toàn Huyện ủy Yên Thành"
    />,
  );
}

const text = (testId: string) => screen.getByTestId(testId).textContent;

describe('DashboardPrintView', () => {
  it('heads the report as Instruction 36 requires, from the settings, dated today', () => {
    renderView(todayIso(), { superiorBody: 'Đảng bộ tỉnh Nghệ An', committeeName: 'Huyện ủy Yên Thành' });
    const header = screen.getByTestId('print-header');
    expect(within(header).getByTestId('print-superior-body').textContent).toBe('ĐẢNG BỘ TỈNH NGHỆ AN');
    expect(within(header).getByTestId('print-issuing-body').textContent).toBe('HUYỆN ỦY YÊN THÀNH');
    expect(within(header).getByText('*')).toBeTruthy();
    // The number is left blank for the clerk; the symbol is the report's.
    expect(text('print-number-symbol')).toMatch(/^Số\s+-BC\/HU$/);
    expect(text('print-party-heading')).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');

    const now = new Date();
    const day = now.getDate() < 10 ? `0${now.getDate()}` : String(now.getDate());
    const month = now.getMonth() + 1 < 3 ? `0${now.getMonth() + 1}` : String(now.getMonth() + 1);
    expect(text('print-place-date')).toBe(`Yên Thành, ngày ${day} tháng ${month} năm ${now.getFullYear()}`);

    expect(text('print-document-type')).toBe('BÁO CÁO');
    expect(screen.getAllByTestId('print-summary-line').map((el) => el.textContent)).toEqual([
      'Tình hình cán bộ lãnh đạo tỉnh dự sinh hoạt chi bộ — Năm 2025',
      'Phạm vi: toàn Huyện ủy Yên Thành',
    ]);
  });

  it('writes the date as Party documents do: day below 10 and months 1–2 with a leading zero', () => {
    renderView('2025-03-05');
    expect(text('print-place-date')).toBe('Yên Thành, ngày 05 tháng 3 năm 2025');
    cleanup();
    renderView('2026-02-14');
    expect(text('print-place-date')).toBe('Yên Thành, ngày 14 tháng 02 năm 2026');
    expect(text('print-note')).toContain('14/02/2026');
  });

  it('keeps the blank for the hand-written number on paper', () => {
    renderView();
    expect(getComputedStyle(screen.getByTestId('print-number-symbol')).whiteSpace).toBe('pre');
  });

  it('lists every KPI with its count and its share of the total it belongs to', () => {
    renderView();
    const row = (id: string) => [text(`print-kpi-${id}-count`), text(`print-kpi-${id}-share`)];
    expect(row('cells')).toEqual(['1.234', '']);
    expect(row('covered')).toEqual(['617', '50%']);
    expect(row('uncovered')).toEqual(['617', '50%']);
    expect(row('crowded')).toEqual(['3', '0,2%']);
    expect(row('officialsTotal')).toEqual(['30', '']);
    expect(row('officialsRegistered')).toEqual(['20', '66,7%']);
    expect(row('officialsWithout')).toEqual(['10', '33,3%']);
    expect(row('registrations')).toEqual(['45', '']);
    // No meeting in the period: a share of nothing is a dash, not 0%.
    expect(row('meetingsPlanned')).toEqual(['0', '']);
    expect(row('meetingsHeld')).toEqual(['0', '—']);
    expect(row('recommendationsOpen')).toEqual(['5', '41,7%']);
    expect(row('recommendationsOverdue')).toEqual(['2', '16,7%']);

    const table = screen.getByTestId('print-kpi-table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Chỉ tiêu', 'Số lượng', 'Tỷ lệ']);
    // The crowding threshold comes from the rules in settings.
    const threshold = settings.rules.maxRegistrantsPerCell + 1;
    expect(screen.getByTestId('print-kpi-crowded').textContent).toContain(`Chi bộ có từ ${threshold} người đăng ký trở lên`);
  });

  it('ends with the signature block and "Nơi nhận", archive copy last', () => {
    renderView();
    const signature = screen.getByTestId('print-signature');
    expect(signature.textContent).toContain('T/M BAN THƯỜNG VỤ');
    expect(signature.textContent).toContain('PHÓ BÍ THƯ');
    expect(text('print-signer-name')).toBe('Nguyễn Văn Hùng');

    const recipients = within(screen.getByTestId('print-recipients'));
    const lines = recipients.getAllByText(/^- /).map((el) => el.textContent);
    expect(recipients.getByText('Nơi nhận:')).toBeTruthy();
    expect(lines).toEqual(['- Ban Tổ chức Tỉnh ủy (để báo cáo),', '- Các tổ chức cơ sở đảng,', '- Lưu Văn phòng Huyện ủy.']);

    // Header first, signature last.
    const header = screen.getByTestId('print-header');
    const foot = screen.getByTestId('print-signature-block');
    expect(header.compareDocumentPosition(foot) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByTestId('print-kpi-table').compareDocumentPosition(foot) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('prints the five charts, without their PNG buttons, and says when they have been drawn', async () => {
    const onReady = vi.fn();
    renderPrint(
      <DashboardPrintView aggregate={aggregateFor('2025-06-30')} settings={settings} periodLabel="Năm 2025" scopeLabel="toàn Huyện ủy Yên Thành" onReady={onReady} />,
    );
    const root = screen.getByTestId('dashboard-print');
    for (const id of ['by-type', 'by-org', 'distribution', 'meetings-by-quarter', 'recommendations']) {
      expect(root.contains(screen.getByTestId(`chart-${id}`)), id).toBe(true);
      expect(screen.queryByTestId(`chart-${id}-png`), id).toBeNull();
    }
    await waitFor(() => expect(onReady).toHaveBeenCalled());
  });

  it('is the print root, with the page set up for A4 portrait and everything else hidden on paper', () => {
    renderView();
    const root = screen.getByTestId('dashboard-print');
    expect(root.hasAttribute('data-print-root')).toBe(true);
    expect(root.contains(screen.getByTestId('print-header'))).toBe(true);
    expect(root.contains(screen.getByTestId('print-signature-block'))).toBe(true);

    const css = [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n');
    expect(css).toMatch(/@page\s*{[^}]*size:\s*A4 portrait/);
    expect(css).toMatch(/@page\s*{[^}]*margin:\s*20mm 15mm 20mm 30mm/);
    expect(css).toMatch(/@media print/);
    expect(css).toContain(':has([data-print-root])');
  });
});
