// @vitest-environment jsdom
/**
 * jsdom has no layout: every clientHeight and offsetHeight is 0. The matrix does not need a
 * mock for that: its virtualizer takes a 0-high scroll box as its fixed CSS height and a 0-high
 * row as its estimate (renderer/features/dashboard/matrix/virtual-layout.ts), so these tests
 * see the first screenful of rows, as a user would, and never all 1,500.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CoverageMatrix } from '../../../../../renderer/features/dashboard/matrix/CoverageMatrix';
import { createI18n } from '../../../../../renderer/i18n';
import type { DashboardCell } from '../../../../../shared/dashboard/types';
import { stubResizeObserver } from '../../render-page';
import { PHUONG, provinceCells, smallDistrict, TRUONG, XA_HUNG } from './cells';

beforeAll(stubResizeObserver);
afterEach(cleanup);

function renderMatrix(cells: DashboardCell[]) {
  const onOpenCell = vi.fn<(cell: DashboardCell) => void>();
  render(
    <I18nextProvider i18n={createI18n('vi')}>
      <CoverageMatrix cells={cells} onOpenCell={onOpenCell} />
    </I18nextProvider>,
  );
  return onOpenCell;
}

const tile = (cellId: string) => screen.getByTestId(`matrix-tile-${cellId}`);
const renderedRows = () => screen.queryAllByTestId(/^matrix-row-/);

function search(text: string) {
  fireEvent.change(screen.getByRole('textbox', { name: 'Tìm tổ chức cơ sở đảng' }), { target: { value: text } });
}

describe('CoverageMatrix', () => {
  it('shows each organization with x/y covered cells and a tile per cell with its number of registrants', () => {
    renderMatrix(smallDistrict());
    const hung = screen.getByTestId(`matrix-row-${XA_HUNG.id}`);
    expect(hung.textContent).toContain('Đảng bộ xã Hưng Đạo');
    expect(hung.textContent).toContain('1/2 chi bộ có người dự');
    expect(screen.getByTestId(`matrix-row-${PHUONG.id}`).textContent).toContain('2/2 chi bộ có người dự');
    expect(screen.getByTestId(`matrix-row-${TRUONG.id}`).textContent).toContain('0/1 chi bộ có người dự');
    expect(within(hung).getAllByRole('button').map((b) => b.textContent)).toEqual(['2', '0']);
  });

  it('colours tiles by bucket, marks the gap and the crowded cell, and says so in words', () => {
    renderMatrix(smallDistrict());
    expect(tile('c-hung-2').classList).toContain('matrix-tile--none');
    expect(tile('c-hung-1').classList).toContain('matrix-tile--two');
    expect(tile('c-phuong-2').classList).toContain('matrix-tile--one');
    expect(tile('c-phuong-1').classList).toContain('matrix-tile--many');
    expect(tile('c-phuong-1').classList).toContain('matrix-tile--crowded');
    expect(tile('c-hung-1').classList).not.toContain('matrix-tile--crowded');

    expect(tile('c-hung-1').getAttribute('aria-label')).toBe('Chi bộ xóm 1 — 2 người đăng ký: Nguyễn Văn An, Trần Thị Bình');
    expect(tile('c-hung-2').getAttribute('aria-label')).toBe('Chi bộ xóm 2 — chưa có người đăng ký');
    expect(tile('c-phuong-1').getAttribute('aria-label')).toBe(
      'Chi bộ khối 1 — 3 người đăng ký: Lê Văn Cường, Cán bộ đã bị xóa, Phạm Thị Dung (quá nhiều người đăng ký)',
    );
    // The label is the button's name: the tooltip describes it and does not replace it.
    expect(screen.getByRole('button', { name: 'Chi bộ xóm 2 — chưa có người đăng ký' })).toBe(tile('c-hung-2'));
  });

  it('explains the colours and the crowded mark in a legend', () => {
    renderMatrix(smallDistrict());
    const legend = screen.getByTestId('matrix-legend');
    for (const text of ['Chưa có người đăng ký', '1 người đăng ký', '2 người đăng ký', 'Từ 3 người trở lên', 'Quá nhiều người đăng ký']) {
      expect(legend.textContent).toContain(text);
    }
    expect(legend.querySelector('.matrix-tile--none')).not.toBeNull();
    expect(legend.querySelector('.matrix-tile--crowded')).not.toBeNull();
  });

  it('names the registrants in a tooltip on hover, a deleted official as such', async () => {
    renderMatrix(smallDistrict());
    fireEvent.mouseOver(tile('c-phuong-1'));
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip.textContent).toContain('Chi bộ khối 1');
    expect(tooltip.textContent).toContain('3 người đăng ký:');
    expect(within(tooltip).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Lê Văn Cường', 'Cán bộ đã bị xóa', 'Phạm Thị Dung']);
    expect(tooltip.textContent).toContain('Quá nhiều người đăng ký');
  });

  it('shows the tooltip for the tile keyboard focus is on, and hides it on blur', async () => {
    renderMatrix(smallDistrict());
    tile('c-hung-1').focus();
    const tooltip = await screen.findByRole('tooltip');
    expect(within(tooltip).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    tile('c-hung-1').blur();
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
  });

  it('moves the one tooltip to the next tile the mouse is over, and hides it when the mouse leaves', async () => {
    renderMatrix(smallDistrict());
    fireEvent.mouseOver(tile('c-hung-1'));
    expect((await screen.findByRole('tooltip')).textContent).toContain('Nguyễn Văn An');
    fireEvent.mouseOver(tile('c-phuong-2'));
    await waitFor(() => expect(screen.getByRole('tooltip').textContent).toContain('Hoàng Văn Em'));
    expect(screen.getAllByRole('tooltip')).toHaveLength(1);
    fireEvent.mouseLeave(screen.getByTestId('matrix-scroll'));
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
  });

  it('says in the tooltip that nobody registered for a gap', async () => {
    renderMatrix(smallDistrict());
    fireEvent.mouseOver(tile('c-truong'));
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip.textContent).toContain('Chi bộ Trường THPT Phan Đăng Lưu');
    expect(tooltip.textContent).toContain('Chưa có người đăng ký');
  });

  it('opens the cell that was clicked', () => {
    const cells = smallDistrict();
    const onOpenCell = renderMatrix(cells);
    fireEvent.click(tile('c-phuong-2'));
    expect(onOpenCell).toHaveBeenCalledTimes(1);
    expect(onOpenCell).toHaveBeenCalledWith(cells[3]);
  });

  it('makes every tile a native button, so Tab reaches it and Enter or Space open it', () => {
    renderMatrix(smallDistrict());
    const button = tile('c-hung-1');
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
    expect(button.tabIndex).toBe(0);
  });

  it('filters organizations by a name typed without diacritics', async () => {
    renderMatrix(smallDistrict());
    expect(screen.getByTestId('matrix-shown').textContent).toBe('Đang hiện 3/3 tổ chức cơ sở đảng');
    search('xa hung');
    await waitFor(() => expect(renderedRows().map((r) => r.dataset.testid)).toEqual([`matrix-row-${XA_HUNG.id}`]));
    expect(screen.getByTestId('matrix-shown').textContent).toBe('Đang hiện 1/3 tổ chức cơ sở đảng');

    search('khong co to chuc nay');
    expect(await screen.findByText('Không có tổ chức cơ sở đảng nào khớp với điều kiện lọc.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xóa nội dung tìm kiếm' }));
    await waitFor(() => expect(renderedRows()).toHaveLength(3));
  });

  it('shows only organizations with a cell nobody attends when the switch is on', async () => {
    renderMatrix(smallDistrict());
    fireEvent.click(screen.getByRole('switch', { name: 'Chỉ hiện tổ chức có chi bộ chưa có người dự' }));
    await waitFor(() =>
      expect(renderedRows().map((r) => r.dataset.testid)).toEqual([`matrix-row-${XA_HUNG.id}`, `matrix-row-${TRUONG.id}`]),
    );
  });

  it('says so when the scope has no cells', () => {
    renderMatrix([]);
    expect(screen.getByText('Không có chi bộ nào trong phạm vi đang xem.')).toBeTruthy();
    expect(screen.queryByTestId('matrix-scroll')).toBeNull();
  });

  it('renders only a screenful of rows out of 1,500 organizations, and finds the last one by name', async () => {
    renderMatrix(provinceCells());
    const shown = renderedRows();
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(40);
    expect(screen.getByTestId('matrix-row-o-0')).toBeTruthy();
    expect(screen.queryByTestId('matrix-row-o-1499')).toBeNull();
    expect(screen.getByTestId('matrix-shown').textContent).toBe('Đang hiện 1.500/1.500 tổ chức cơ sở đảng');

    search('xa so 1499');
    expect(await screen.findByTestId('matrix-row-o-1499')).toBeTruthy();
    expect(renderedRows()).toHaveLength(1);
  });

  it('brings later rows in as the box scrolls', async () => {
    renderMatrix(provinceCells());
    const box = screen.getByTestId('matrix-scroll');
    box.scrollTop = 50_000;
    fireEvent.scroll(box);
    await waitFor(() => expect(screen.queryByTestId('matrix-row-o-0')).toBeNull());
    const ids = renderedRows().map((r) => Number(r.dataset.testid?.replace('matrix-row-o-', '')));
    expect(Math.min(...ids)).toBeGreaterThan(500);
    expect(ids.length).toBeLessThan(40);
  });
});
