// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../../renderer/db/database';
import { OrganizationsPage } from '../../../renderer/features/organizations/OrganizationsPage';
import { freshDb } from '../db/fixtures';
import { renderPage, stubResizeObserver } from './render-page';
import { seed } from './seed';

let db: AppDatabase;
beforeAll(stubResizeObserver);
beforeEach(async () => {
  db = freshDb();
  await seed(db);
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

async function openCellsTab() {
  renderPage(<OrganizationsPage />, db);
  fireEvent.click(await screen.findByRole('tab', { name: 'Chi bộ (4)' }));
}

function rowOf(text: string): HTMLElement {
  const row = screen.getByText(text).closest('[role="row"]');
  if (!(row instanceof HTMLElement)) throw new Error(`no row for ${text}`);
  return row;
}

function cellText(row: HTMLElement, field: string): string {
  return row.querySelector(`[data-field="${field}"]`)?.textContent ?? '';
}

describe('OrganizationsPage', () => {
  it('lists organizations with their kind, number of cells and members', async () => {
    renderPage(<OrganizationsPage />, db);
    await screen.findByText('Đảng bộ xã Hoa Thành');
    const xa = rowOf('Đảng bộ xã Hoa Thành');
    expect(cellText(xa, 'kind')).toBe('Đảng bộ cơ sở');
    expect(cellText(xa, 'cellCount')).toBe('3');
    expect(cellText(xa, 'memberCount')).toBe('73');
    expect(cellText(rowOf('Chi bộ Trường THPT Phan Đăng Lưu'), 'kind')).toBe('Chi bộ cơ sở');
  });

  it('counts distinct people registered per cell for the working year', async () => {
    await openCellsTab();
    await screen.findByText('Chi bộ xóm 1');
    expect(cellText(rowOf('Chi bộ xóm 1'), 'registrants')).toBe('3');
    // One person registered twice is one person.
    expect(cellText(rowOf('Chi bộ xóm 2'), 'registrants')).toBe('1');
    // Dung's registration is for 2026, not the working year 2025.
    expect(cellText(rowOf('Chi bộ xóm 3'), 'registrants')).toBe('0');
  });

  it('says what deleting a cell takes with it, and deletes only after confirmation', async () => {
    await openCellsTab();
    fireEvent.click(await screen.findByRole('button', { name: 'Xóa: Chi bộ xóm 2' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Xóa chi bộ Chi bộ xóm 2 sẽ xóa 2 lượt đăng ký dự sinh hoạt của chi bộ này.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xóa' }));
    await waitFor(async () => expect(await db.cells.get('c-2')).toBeUndefined());
    expect(await db.registrations.where('cellId').equals('c-2').count()).toBe(0);
  });

  it('does not offer deleting the own cell of a chi bộ cơ sở', async () => {
    await openCellsTab();
    const button = await screen.findByRole('button', { name: 'Xóa: Chi bộ Trường THPT Phan Đăng Lưu' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
  });

  it('counts cells and registrations in the organization delete confirmation', async () => {
    renderPage(<OrganizationsPage />, db);
    fireEvent.click(await screen.findByRole('button', { name: 'Xóa: Đảng bộ xã Hoa Thành' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Xóa Đảng bộ xã Hoa Thành sẽ xóa 3 chi bộ và 6 lượt đăng ký dự sinh hoạt');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await db.orgs.get('o-xa')).toBeDefined();
  });

  it('validates the organization form in Vietnamese and creates a chi bộ cơ sở with its one cell', async () => {
    renderPage(<OrganizationsPage />, db);
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm tổ chức cơ sở đảng' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findAllByText('Không được để trống')).toHaveLength(1);
    expect(within(dialog).getByText('Lựa chọn không hợp lệ')).toBeTruthy();

    fireEvent.change(within(dialog).getByRole('textbox', { name: /Tên tổ chức/ }), {
      target: { value: '  Chi bộ  Công an xã Hoa Thành ' },
    });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /Loại hình/ }));
    fireEvent.click(screen.getByRole('option', { name: 'Công an' }));
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /Hình thức/ }));
    fireEvent.click(screen.getByRole('option', { name: 'Chi bộ cơ sở' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Số đảng viên/ }), { target: { value: '9' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const created = await db.orgs.where('name').equals('Chi bộ Công an xã Hoa Thành').first();
    expect(created).toMatchObject({ type: 'cong_an', kind: 'chi_bo_co_so' });
    const ownCells = await db.cells.where('orgId').equals(created!.id).toArray();
    expect(ownCells).toMatchObject([{ name: 'Chi bộ Công an xã Hoa Thành', memberCount: 9 }]);
  });

  it('adds a cell under a đảng bộ cơ sở and rejects a member count of zero', async () => {
    await openCellsTab();
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm chi bộ' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /Đảng bộ cơ sở/ }));
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    // A chi bộ cơ sở cannot have cells under it, so it is not offered.
    expect(options).toEqual(['Đảng bộ xã Hoa Thành']);
    fireEvent.click(screen.getByRole('option', { name: 'Đảng bộ xã Hoa Thành' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Tên chi bộ/ }), { target: { value: 'Chi bộ xóm 4' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Số đảng viên/ }), { target: { value: '0' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Phải từ 1 trở lên')).toBeTruthy();

    fireEvent.change(within(dialog).getByRole('textbox', { name: /Số đảng viên/ }), { target: { value: '21' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await db.cells.where('name').equals('Chi bộ xóm 4').first()).toMatchObject({ orgId: 'o-xa', memberCount: 21 });
  });
});
