// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { NavigationContext, type Navigation } from '../../../../../renderer/app/NavigationContext';
import type { DrillRows } from '../../../../../renderer/features/dashboard/data/drill-rows';
import { DrillDownView, type DrillDownViewProps } from '../../../../../renderer/features/dashboard/drill/DrillDownView';
import { createI18n } from '../../../../../renderer/i18n';
import type { DashboardCell, DrillFilter, MeetingDrillRow, RecommendationDrillRow } from '../../../../../shared/dashboard/types';
import type { Recommendation } from '../../../../../shared/domain/meetings';
import { fieldOf, rowOf } from '../../grid';
import { meeting } from '../../../../shared/meetings/fixture';
import { stubResizeObserver } from '../../render-page';

beforeAll(stubResizeObserver);
afterEach(cleanup);

const cells: DashboardCell[] = [
  cell('c-1', 'Chi bộ xóm 1', 'o-1', 'Đảng bộ xã Hoa Thành', 'xa', 32, [
    { officialId: 'p-an', name: 'Nguyễn Văn An' },
    { officialId: 'p-gone', name: null },
  ]),
  cell('c-3', 'Chi bộ xóm 3', 'o-1', 'Đảng bộ xã Hoa Thành', 'xa', 18, []),
  cell('c-t', 'Chi bộ Trường THPT Phan Đăng Lưu', 'o-2', 'Đảng bộ Sở Giáo dục', 'don_vi_su_nghiep', 1250, [
    { officialId: 'p-hoa', name: 'Đặng Thị Hòa' },
  ]),
];

const meetings: MeetingDrillRow[] = [
  { meeting: meeting('m-1', 'r-m-1', '2025-04-10', { startTime: '08:00', endTime: '10:30', status: 'held' }), officialName: 'Nguyễn Văn An', cellName: 'Chi bộ xóm 1', orgName: 'Đảng bộ xã Hoa Thành' },
  { meeting: meeting('m-2', 'r-m-2', '2025-05-03', { startTime: '14:00', endTime: '', status: 'not_attended' }), officialName: null, cellName: 'Chi bộ xóm 3', orgName: 'Đảng bộ xã Hoa Thành' },
];

const recommendations: RecommendationDrillRow[] = [
  {
    recommendation: recommendation('k-1', 'Cấp giấy chứng nhận cho 12 hộ', 'UBND huyện', '2025-03-31', 'forwarded'),
    meetingDate: '2025-03-10',
    officialName: 'Nguyễn Văn An',
    cellName: 'Chi bộ xóm 1',
    orgName: 'Đảng bộ xã Hoa Thành',
    overdue: true,
  },
  {
    recommendation: recommendation('k-2', 'Sửa đường liên xóm', 'Ban Quản lý dự án', '', 'new'),
    meetingDate: '2025-04-10',
    officialName: null,
    cellName: 'Chi bộ xóm 3',
    orgName: 'Đảng bộ xã Hoa Thành',
    overdue: false,
  },
];

type Setup = Partial<DrillDownViewProps> & { filter: DrillFilter; rows: DrillRows | undefined };

function renderView(setup: Setup) {
  const navigation: Navigation = { page: 'dashboard', params: {}, navigate: vi.fn() };
  const props: DrillDownViewProps = {
    periodLabel: 'Năm 2025',
    onBack: vi.fn(),
    onOpenCell: vi.fn(),
    disableVirtualization: true,
    ...setup,
  };
  render(
    <I18nextProvider i18n={createI18n('vi')}>
      <NavigationContext.Provider value={navigation}>
        <DrillDownView {...props} />
      </NavigationContext.Provider>
    </I18nextProvider>,
  );
  return { navigate: navigation.navigate as ReturnType<typeof vi.fn>, onBack: props.onBack as ReturnType<typeof vi.fn>, onOpenCell: props.onOpenCell as ReturnType<typeof vi.fn> };
}

function headers(): string[] {
  return within(screen.getByTestId('drill-grid'))
    .getAllByRole('columnheader')
    .map((header) => header.textContent ?? '');
}

/** The texts shown in one column, top to bottom. */
function column(field: string): string[] {
  return within(screen.getByTestId('drill-grid'))
    .queryAllByRole('gridcell')
    .filter((gridCell) => gridCell.getAttribute('data-field') === field)
    .map((gridCell) => gridCell.textContent ?? '');
}

describe('DrillDownView: cells', () => {
  const filter: DrillFilter = { kind: 'cells', type: 'xa' };

  it('says what is listed and how many, and lists exactly the given cells in their order', () => {
    renderView({ filter, rows: { kind: 'cells', rows: cells } });
    expect(screen.getByTestId('drill-title').textContent).toBe('Chi bộ · Loại hình: Xã · Năm 2025');
    expect(screen.getByTestId('drill-count').textContent).toBe('3 chi bộ');
    expect(headers()).toEqual(['Tổ chức cơ sở đảng', 'Chi bộ', 'Loại hình', 'Số đảng viên', 'Số người đăng ký', 'Người đăng ký']);
    expect(column('cellName')).toEqual(['Chi bộ xóm 1', 'Chi bộ xóm 3', 'Chi bộ Trường THPT Phan Đăng Lưu']);
  });

  it('shows each cell’s organization, type, members and registrants (a deleted official still counts)', () => {
    renderView({ filter, rows: { kind: 'cells', rows: cells } });
    const xom1 = rowOf('Chi bộ xóm 1');
    expect(fieldOf(xom1, 'orgName')).toBe('Đảng bộ xã Hoa Thành');
    expect(fieldOf(xom1, 'orgType')).toBe('Xã');
    expect(fieldOf(xom1, 'memberCount')).toBe('32');
    expect(fieldOf(xom1, 'registrantCount')).toBe('2');
    expect(fieldOf(xom1, 'registrants')).toBe('Nguyễn Văn An, Cán bộ đã bị xóa');
    expect(fieldOf(rowOf('Chi bộ xóm 3'), 'registrants')).toBe('');
    const school = rowOf('Chi bộ Trường THPT Phan Đăng Lưu');
    expect(fieldOf(school, 'orgType')).toBe('Đơn vị sự nghiệp');
    expect(fieldOf(school, 'memberCount')).toBe('1.250');
  });

  it('names the organization of an org filter from the rows', () => {
    renderView({ filter: { kind: 'cells', coverage: 'uncovered', orgId: 'o-1' }, rows: { kind: 'cells', rows: [cells[1]!] } });
    expect(screen.getByTestId('drill-title').textContent).toBe(
      'Chi bộ chưa có người đăng ký · Tổ chức cơ sở đảng: Đảng bộ xã Hoa Thành · Năm 2025',
    );
    expect(screen.getByTestId('drill-count').textContent).toBe('1 chi bộ');
  });

  it('opens the cell card from the cell name or a double-click on the row', () => {
    const { onOpenCell } = renderView({ filter, rows: { kind: 'cells', rows: cells } });
    fireEvent.click(screen.getByRole('button', { name: 'Chi bộ xóm 3' }));
    expect(onOpenCell).toHaveBeenLastCalledWith(cells[1]);
    fireEvent.doubleClick(screen.getByText('Đảng bộ Sở Giáo dục'));
    expect(onOpenCell).toHaveBeenLastCalledWith(cells[2]);
    expect(onOpenCell).toHaveBeenCalledTimes(2);
  });

  it('finds a cell by a registrant typed without diacritics', () => {
    renderView({ filter, rows: { kind: 'cells', rows: cells } });
    fireEvent.change(screen.getByLabelText('Tìm kiếm (gõ có dấu hoặc không dấu)'), { target: { value: 'dang thi hoa' } });
    expect(column('cellName')).toEqual(['Chi bộ Trường THPT Phan Đăng Lưu']);
  });
});

describe('DrillDownView: states and back', () => {
  it('goes back to the overview', () => {
    const { onBack } = renderView({ filter: { kind: 'cells' }, rows: { kind: 'cells', rows: cells } });
    const back = screen.getByTestId('drill-back');
    expect(back.textContent).toBe('Quay lại tổng quan');
    fireEvent.click(back);
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('shows progress, no count and no grid while the rows are coming', () => {
    renderView({ filter: { kind: 'recommendations', status: 'overdue' }, rows: undefined });
    expect(screen.getByTestId('drill-title').textContent).toBe('Kiến nghị, đề xuất quá hạn · Năm 2025');
    expect(screen.getByRole('progressbar', { name: 'Đang tải danh sách…' })).toBeTruthy();
    expect(screen.queryByTestId('drill-count')).toBeNull();
    expect(screen.queryByTestId('drill-grid')).toBeNull();
  });

  it('does not show rows of the previous drill-down under a new heading', () => {
    renderView({ filter: { kind: 'meetings', status: 'held' }, rows: { kind: 'cells', rows: cells } });
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(screen.queryByText('Chi bộ xóm 1')).toBeNull();
  });

  it('says so in Vietnamese when the list is empty', () => {
    renderView({ filter: { kind: 'meetings', status: 'held', year: 2025, quarter: 2 }, rows: { kind: 'meetings', rows: [] } });
    expect(screen.getByTestId('drill-count').textContent).toBe('0 buổi sinh hoạt');
    expect(screen.getByTestId('drill-empty').textContent).toBe('Không có buổi sinh hoạt nào trong danh sách này.');
    expect(screen.queryByTestId('drill-grid')).toBeNull();
  });
});

describe('DrillDownView: meetings', () => {
  const filter: DrillFilter = { kind: 'meetings', status: 'planned', year: 2025, quarter: 2 };

  it('lists each meeting with its date as dd/mm/yyyy, time, official, cell, organization and status', () => {
    renderView({ filter, rows: { kind: 'meetings', rows: meetings } });
    expect(screen.getByTestId('drill-title').textContent).toBe('Buổi sinh hoạt theo lịch · Quý II năm 2025');
    expect(screen.getByTestId('drill-count').textContent).toBe('2 buổi sinh hoạt');
    expect(headers()).toEqual(['Ngày', 'Giờ', 'Cán bộ', 'Chi bộ', 'Tổ chức cơ sở đảng', 'Tình trạng']);
    expect(column('date')).toEqual(['10/04/2025', '03/05/2025']);
    const held = rowOf('10/04/2025');
    expect(fieldOf(held, 'time')).toBe('08:00–10:30');
    expect(fieldOf(held, 'officialName')).toBe('Nguyễn Văn An');
    expect(fieldOf(held, 'cellName')).toBe('Chi bộ xóm 1');
    expect(fieldOf(held, 'orgName')).toBe('Đảng bộ xã Hoa Thành');
    expect(fieldOf(held, 'status')).toBe('Đã dự');
    const missed = rowOf('03/05/2025');
    expect(fieldOf(missed, 'time')).toBe('14:00');
    expect(fieldOf(missed, 'officialName')).toBe('Cán bộ đã bị xóa');
    expect(fieldOf(missed, 'status')).toBe('Không dự được');
  });

  it('opens the meeting on the meetings page', () => {
    const { navigate } = renderView({ filter, rows: { kind: 'meetings', rows: meetings } });
    fireEvent.click(screen.getByRole('button', { name: '03/05/2025' }));
    expect(navigate).toHaveBeenLastCalledWith('meetings', { meeting: 'm-2' });
    fireEvent.doubleClick(screen.getByText('08:00–10:30'));
    expect(navigate).toHaveBeenLastCalledWith('meetings', { meeting: 'm-1' });
  });
});

describe('DrillDownView: recommendations', () => {
  const filter: DrillFilter = { kind: 'recommendations', status: 'open' };

  it('lists content, addressee, due date, status, overdue and meeting date', () => {
    renderView({ filter, rows: { kind: 'recommendations', rows: recommendations } });
    expect(screen.getByTestId('drill-title').textContent).toBe('Kiến nghị, đề xuất chưa xong · Năm 2025');
    expect(screen.getByTestId('drill-count').textContent).toBe('2 kiến nghị, đề xuất');
    expect(headers()).toEqual(['Nội dung', 'Gửi đến', 'Hạn', 'Tình trạng', 'Quá hạn', 'Buổi sinh hoạt ngày']);
    expect(column('content')).toEqual(['Cấp giấy chứng nhận cho 12 hộ', 'Sửa đường liên xóm']);
    const land = rowOf('Cấp giấy chứng nhận cho 12 hộ');
    expect(fieldOf(land, 'addressedTo')).toBe('UBND huyện');
    expect(fieldOf(land, 'dueDate')).toBe('31/03/2025');
    expect(fieldOf(land, 'status')).toBe('Đã chuyển');
    expect(fieldOf(land, 'overdue')).toBe('Quá hạn');
    expect(fieldOf(land, 'meetingDate')).toBe('10/03/2025');
    const road = rowOf('Sửa đường liên xóm');
    expect(fieldOf(road, 'dueDate')).toBe('');
    expect(fieldOf(road, 'status')).toBe('Mới tiếp nhận');
    expect(fieldOf(road, 'overdue')).toBe('');
  });

  it('opens the recommendations page searched for the content', () => {
    const { navigate } = renderView({ filter, rows: { kind: 'recommendations', rows: recommendations } });
    fireEvent.click(screen.getByRole('button', { name: 'Sửa đường liên xóm' }));
    expect(navigate).toHaveBeenLastCalledWith('recommendations', { q: 'Sửa đường liên xóm' });
    fireEvent.doubleClick(screen.getByText('UBND huyện'));
    expect(navigate).toHaveBeenLastCalledWith('recommendations', { q: 'Cấp giấy chứng nhận cho 12 hộ' });
  });
});

function cell(
  cellId: string,
  cellName: string,
  orgId: string,
  orgName: string,
  orgType: DashboardCell['orgType'],
  memberCount: number,
  registrants: DashboardCell['registrants'],
): DashboardCell {
  return { cellId, cellName, orgId, orgName, orgType, memberCount, registrants, crowded: false };
}


function recommendation(id: string, content: string, addressedTo: string, dueDate: string, status: Recommendation['status']): Recommendation {
  return {
    id,
    meetingId: 'm-1',
    content,
    field: 'Đất đai',
    addressedTo,
    dueDate,
    status,
    history: [{ status: 'new', date: '2025-03-10', note: '', skipReason: '' }],
  };
}
