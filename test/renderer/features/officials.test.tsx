// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../../renderer/db/database';
import { OfficialsPage } from '../../../renderer/features/officials/OfficialsPage';
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

function rowOf(text: string): HTMLElement {
  const row = screen.getByText(text).closest('[role="row"]');
  if (!(row instanceof HTMLElement)) throw new Error(`no row for ${text}`);
  return row;
}

const field = (row: HTMLElement, name: string) => row.querySelector(`[data-field="${name}"]`)?.textContent ?? '';

describe('OfficialsPage', () => {
  it('shows số lượt and số chi bộ of the working year separately', async () => {
    renderPage(<OfficialsPage />, db);
    await screen.findByText('Nguyễn Văn An');
    await waitFor(() => expect(field(rowOf('Nguyễn Văn An'), 'registrationCount')).not.toBe(''));
    const an = rowOf('Nguyễn Văn An');
    // Three registrations (xóm 1, and xóm 2 twice) in two cells.
    expect(field(an, 'registrationCount')).toBe('3');
    expect(field(an, 'cellCount')).toContain('2');
    expect(field(an, 'group')).toBe('Tỉnh ủy viên');
    // Dung only registered for 2026.
    expect(field(rowOf('Phạm Thị Dung'), 'registrationCount')).toBe('0');
  });

  it('adds an official, with the capacity checked in Vietnamese', async () => {
    renderPage(<OfficialsPage />, db);
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm cán bộ' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Họ và tên/ }), { target: { value: 'Hồ Thị Thủy' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Chức vụ/ }), { target: { value: 'Tỉnh ủy viên' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Số chi bộ tối đa/ }), { target: { value: '25' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Tối đa 20 chi bộ mỗi năm')).toBeTruthy();

    fireEvent.change(within(dialog).getByRole('textbox', { name: /Số chi bộ tối đa/ }), { target: { value: '4' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await db.officials.where('name').equals('Hồ Thị Thủy').first()).toMatchObject({ capacity: 4, group: 'member' });
  });

  it('warns how many registrations go with an official before deleting', async () => {
    renderPage(<OfficialsPage />, db);
    fireEvent.click(await screen.findByRole('button', { name: 'Xóa: Nguyễn Văn An' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Xóa cán bộ Nguyễn Văn An sẽ xóa 3 lượt đăng ký dự sinh hoạt của cán bộ này.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xóa' }));
    await waitFor(async () => expect(await db.officials.get('p-an')).toBeUndefined());
    expect(await db.registrations.where('officialId').equals('p-an').count()).toBe(0);
  });

  it('edits an official from the row’s edit button', async () => {
    renderPage(<OfficialsPage />, db);
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa: Lê Văn Cường' }));
    const dialog = screen.getByRole('dialog');
    const position = within(dialog).getByRole('textbox', { name: /Chức vụ/ }) as HTMLInputElement;
    expect(position.value).toBe('Tỉnh ủy viên');
    fireEvent.change(position, { target: { value: 'Phó Chủ tịch UBND tỉnh' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(async () => expect((await db.officials.get('p-cuong'))?.position).toBe('Phó Chủ tịch UBND tỉnh'));
  });
});
