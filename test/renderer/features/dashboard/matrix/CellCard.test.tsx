// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NavigationContext, type Navigation } from '../../../../../renderer/app/NavigationContext';
import { CellCard } from '../../../../../renderer/features/dashboard/matrix/CellCard';
import { createI18n } from '../../../../../renderer/i18n';
import type { DashboardCell } from '../../../../../shared/dashboard/types';
import { smallDistrict } from './cells';

afterEach(cleanup);

const [hung1, hung2, phuong1] = smallDistrict() as [DashboardCell, DashboardCell, DashboardCell];

function renderCard(cell: DashboardCell | null) {
  const navigate = vi.fn<Navigation['navigate']>();
  const onClose = vi.fn();
  const navigation: Navigation = { page: 'dashboard', params: {}, navigate };
  const view = (c: DashboardCell | null) => (
    <I18nextProvider i18n={createI18n('vi')}>
      <NavigationContext.Provider value={navigation}>
        <CellCard cell={c} onClose={onClose} />
      </NavigationContext.Provider>
    </I18nextProvider>
  );
  const { rerender } = render(view(cell));
  return { navigate, onClose, rerender: (c: DashboardCell | null) => rerender(view(c)) };
}

describe('CellCard', () => {
  it('shows the cell, its organization, type, members and registrants', () => {
    renderCard(hung1);
    const card = screen.getByRole('dialog', { name: 'Chi bộ xóm 1' });
    expect(card.closest('[data-testid="cell-card"]')).not.toBeNull();
    const text = card.textContent ?? '';
    expect(text).toContain('Tổ chức cơ sở đảng');
    expect(text).toContain('Đảng bộ xã Hưng Đạo');
    expect(text).toContain('Loại hình');
    expect(text).toContain('Xã');
    expect(text).toContain('Số đảng viên');
    expect(text).toContain('20');
    expect(text).toContain('Người đăng ký dự sinh hoạt (2)');
    expect(within(screen.getByTestId('cell-card-registrants')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Bình',
    ]);
    expect(screen.queryByTestId('cell-card-crowded')).toBeNull();
  });

  it('flags a crowded cell and names a deleted official as such', () => {
    renderCard(phuong1);
    expect(screen.getByTestId('cell-card-crowded').textContent).toContain('quá nhiều người đăng ký');
    expect(within(screen.getByTestId('cell-card-registrants')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Lê Văn Cường',
      'Cán bộ đã bị xóa',
      'Phạm Thị Dung',
    ]);
  });

  it('says when nobody registered for the cell', () => {
    renderCard(hung2);
    expect(screen.getByTestId('cell-card-uncovered').textContent).toContain('Chưa có cán bộ nào đăng ký');
    expect(screen.queryByTestId('cell-card-registrants')).toBeNull();
  });

  it('opens the cell in the list of cells, searched by its name', () => {
    const { navigate } = renderCard(hung1);
    fireEvent.click(screen.getByRole('button', { name: 'Mở trong danh sách chi bộ' }));
    expect(navigate).toHaveBeenCalledWith('organizations', { tab: 'cells', q: 'Chi bộ xóm 1' });
  });

  it('opens the registrations, searched by the cell’s name', () => {
    const { navigate } = renderCard(hung1);
    fireEvent.click(screen.getByRole('button', { name: 'Xem các lượt đăng ký' }));
    expect(navigate).toHaveBeenCalledWith('registrations', { q: 'Chi bộ xóm 1' });
  });

  it('closes with Đóng, and is not shown without a cell', async () => {
    const { onClose, navigate, rerender } = renderCard(hung1);
    fireEvent.click(screen.getByRole('button', { name: 'Đóng' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(navigate).not.toHaveBeenCalled();
    rerender(null);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('renders nothing before a cell is chosen, even outside a navigation provider', () => {
    render(
      <I18nextProvider i18n={createI18n('vi')}>
        <CellCard cell={null} onClose={() => {}} />
      </I18nextProvider>,
    );
    expect(screen.queryByTestId('cell-card')).toBeNull();
  });
});
