// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { GridColDef } from '@mui/x-data-grid';
import { VnDataGrid } from '../../../renderer/components/VnDataGrid';
import { createI18n } from '../../../renderer/i18n';

type Row = { id: string; name: string; place: string };

const rows: Row[] = [
  { id: '1', name: 'Nguyễn Văn An', place: 'Xã Diễn Châu' },
  { id: '2', name: 'Đặng Thị Hòa', place: 'Phường Hòa Bình' },
  { id: '3', name: 'Dương Văn Bình', place: 'Thị trấn Yên Thành' },
  { id: '4', name: 'Âu Văn Cường', place: 'Xã Quỳnh Lưu' },
  { id: '5', name: 'Anh Thị Lan', place: 'Xã Hoà Sơn' },
  { id: '6', name: 'Ánh Văn Minh', place: 'Xã Nghĩa Đàn' },
];

const columns: GridColDef<Row>[] = [
  { field: 'name', headerName: 'Họ và tên', flex: 1 },
  { field: 'place', headerName: 'Địa bàn', flex: 1 },
];

afterEach(cleanup);

function renderGrid(onRowDoubleClick?: (row: Row) => void) {
  const i18n = createI18n('vi');
  return render(
    <I18nextProvider i18n={i18n}>
      <VnDataGrid
        rows={rows}
        columns={columns}
        searchText={(row) => [row.name, row.place]}
        aria-label="Danh sách cán bộ"
        onRowDoubleClick={onRowDoubleClick}
        disableVirtualization
      />
    </I18nextProvider>,
  );
}

function shownNames(): string[] {
  const grid = screen.getByRole('grid');
  return within(grid)
    .queryAllByRole('gridcell')
    .filter((cell) => cell.getAttribute('data-field') === 'name')
    .map((cell) => cell.textContent ?? '');
}

function search(text: string) {
  fireEvent.change(screen.getByLabelText('Tìm kiếm (gõ có dấu hoặc không dấu)'), { target: { value: text } });
}

describe('VnDataGrid', () => {
  it('shows every row and the count', () => {
    renderGrid();
    expect(shownNames()).toHaveLength(6);
    expect(screen.getByTestId('grid-row-count').textContent).toBe('6 / 6 dòng');
  });

  it('finds "Nguyễn Văn An" when typed without diacritics', () => {
    renderGrid();
    search('nguyen van an');
    expect(shownNames()).toEqual(['Nguyễn Văn An']);
    expect(screen.getByTestId('grid-row-count').textContent).toBe('1 / 6 dòng');
  });

  it('"hoa" finds both tone placements (Hòa, Hoà) in any searched field', () => {
    renderGrid();
    search('hoa');
    expect(shownNames().sort()).toEqual(['Anh Thị Lan', 'Đặng Thị Hòa'].sort());
  });

  it('says so when nothing matches', () => {
    renderGrid();
    search('không có ai');
    expect(shownNames()).toEqual([]);
    expect(screen.getByText('Không có dòng nào khớp với nội dung tìm kiếm')).toBeTruthy();
  });

  it('sorts text columns in Vietnamese order (A < Á < Â … D < Đ)', () => {
    renderGrid();
    fireEvent.click(screen.getByText('Họ và tên'));
    expect(shownNames()).toEqual([
      'Anh Thị Lan',
      'Ánh Văn Minh',
      'Âu Văn Cường',
      'Dương Văn Bình',
      'Đặng Thị Hòa',
      'Nguyễn Văn An',
    ]);
  });

  it('passes the row to onRowDoubleClick', () => {
    const onRowDoubleClick = vi.fn();
    renderGrid(onRowDoubleClick);
    fireEvent.doubleClick(screen.getByText('Dương Văn Bình'));
    expect(onRowDoubleClick).toHaveBeenCalledWith(rows[2]);
  });
});
