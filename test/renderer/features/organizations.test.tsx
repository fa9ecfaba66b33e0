// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OrganizationsPage } from '../../../renderer/features/organizations/OrganizationsPage';
import { choose, expectDialogClosed, fillIn, openDialog, press } from './forms';
import { fieldOf, rowOf } from './grid';
import { renderPage, setUpPageTests } from './render-page';

const db = setUpPageTests();

async function openCellsTab() {
  renderPage(<OrganizationsPage />, db());
  fireEvent.click(await screen.findByRole('tab', { name: 'Chi bộ (4)' }));
}

describe('OrganizationsPage', () => {
  it('lists organizations with their kind, number of cells and members', async () => {
    renderPage(<OrganizationsPage />, db());
    await screen.findByText('Đảng bộ xã Hoa Thành');
    const xa = rowOf('Đảng bộ xã Hoa Thành');
    expect(fieldOf(xa, 'kind')).toBe('Đảng bộ cơ sở');
    expect(fieldOf(xa, 'cellCount')).toBe('3');
    expect(fieldOf(xa, 'memberCount')).toBe('73');
    expect(fieldOf(rowOf('Chi bộ Trường THPT Phan Đăng Lưu'), 'kind')).toBe('Chi bộ cơ sở');
  });

  it('counts distinct people registered per cell for the working year', async () => {
    await openCellsTab();
    await screen.findByText('Chi bộ xóm 1');
    expect(fieldOf(rowOf('Chi bộ xóm 1'), 'registrants')).toBe('3');
    // One person registered twice is one person.
    expect(fieldOf(rowOf('Chi bộ xóm 2'), 'registrants')).toBe('1');
    // Dung's registration is for 2026, not the working year 2025.
    expect(fieldOf(rowOf('Chi bộ xóm 3'), 'registrants')).toBe('0');
  });

  it('says what deleting a cell takes with it, and deletes only after confirmation', async () => {
    await openCellsTab();
    const dialog = await openDialog('Xóa: Chi bộ xóm 2');
    expect(dialog.textContent).toContain('Xóa chi bộ Chi bộ xóm 2 sẽ xóa 2 lượt đăng ký dự sinh hoạt của chi bộ này.');
    press(dialog, 'Xóa');
    await waitFor(async () => expect(await db().cells.get('c-2')).toBeUndefined());
    expect(await db().registrations.where('cellId').equals('c-2').count()).toBe(0);
  });

  it('does not offer deleting the own cell of a chi bộ cơ sở', async () => {
    await openCellsTab();
    const button = await screen.findByRole('button', { name: 'Xóa: Chi bộ Trường THPT Phan Đăng Lưu' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
  });

  it('counts cells and registrations in the organization delete confirmation', async () => {
    renderPage(<OrganizationsPage />, db());
    const dialog = await openDialog('Xóa: Đảng bộ xã Hoa Thành');
    expect(dialog.textContent).toContain('Xóa Đảng bộ xã Hoa Thành sẽ xóa 3 chi bộ và 6 lượt đăng ký dự sinh hoạt');
    press(dialog, 'Hủy');
    await expectDialogClosed();
    expect(await db().orgs.get('o-xa')).toBeDefined();
  });

  it('validates the organization form in Vietnamese and creates a chi bộ cơ sở with its one cell', async () => {
    renderPage(<OrganizationsPage />, db());
    const dialog = await openDialog('Thêm tổ chức cơ sở đảng');
    press(dialog, 'Lưu');
    expect(await within(dialog).findAllByText('Không được để trống')).toHaveLength(1);
    expect(within(dialog).getByText('Lựa chọn không hợp lệ')).toBeTruthy();

    fillIn(dialog, { 'Tên tổ chức': '  Chi bộ  Công an xã Hoa Thành ' });
    await choose(/Loại hình/, 'Công an', dialog);
    await choose(/Hình thức/, 'Chi bộ cơ sở', dialog);
    fillIn(dialog, { 'Số đảng viên': '9' });
    press(dialog, 'Lưu');

    await expectDialogClosed();
    const created = await db().orgs.where('name').equals('Chi bộ Công an xã Hoa Thành').first();
    expect(created).toMatchObject({ type: 'cong_an', kind: 'chi_bo_co_so' });
    const ownCells = await db().cells.where('orgId').equals(created!.id).toArray();
    expect(ownCells).toMatchObject([{ name: 'Chi bộ Công an xã Hoa Thành', memberCount: 9 }]);
  });

  it('adds a cell under a đảng bộ cơ sở and rejects a member count of zero', async () => {
    await openCellsTab();
    const dialog = await openDialog('Thêm chi bộ');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /Đảng bộ cơ sở/ }));
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    // A chi bộ cơ sở cannot have cells under it, so it is not offered.
    expect(options).toEqual(['Đảng bộ xã Hoa Thành']);
    fireEvent.click(screen.getByRole('option', { name: 'Đảng bộ xã Hoa Thành' }));
    fillIn(dialog, { 'Tên chi bộ': 'Chi bộ xóm 4', 'Số đảng viên': '0' });
    press(dialog, 'Lưu');
    expect(await within(dialog).findByText('Phải từ 1 trở lên')).toBeTruthy();

    fillIn(dialog, { 'Số đảng viên': '21' });
    press(dialog, 'Lưu');
    await expectDialogClosed();
    expect(await db().cells.where('name').equals('Chi bộ xóm 4').first()).toMatchObject({ orgId: 'o-xa', memberCount: 21 });
  });
});
