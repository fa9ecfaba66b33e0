// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuditLogSection } from '../../../renderer/features/audit/AuditLogSection';
import { createCell } from '../../../renderer/db/repositories/cells';
import { commitImport } from '../../../renderer/db/repositories/import';
import { deleteOrg } from '../../../renderer/db/repositories/orgs';
import { deleteOfficial } from '../../../renderer/db/repositories/officials';
import { renderPage, setUpPageTests } from './render-page';

const db = setUpPageTests();

function renderLog() {
  return renderPage(<AuditLogSection disableVirtualization />, db());
}

describe('Cài đặt → Nhật ký thao tác', () => {
  it('lists entries newest first with dd/mm/yyyy HH:mm:ss, filtered by a search without diacritics', async () => {
    await deleteOfficial(db(), 'p-cuong');
    await createCell(db(), { orgId: 'o-xa', name: 'Chi bộ Đồng Tâm', memberCount: 12 });
    renderLog();
    const grid = await screen.findByRole('grid', { name: 'Nhật ký thao tác' });
    await within(grid).findByText("Thêm chi bộ 'Chi bộ Đồng Tâm' (Đảng bộ xã Hoa Thành)");
    const rows = within(grid).getAllByRole('row').slice(1);
    expect(rows[0]!.textContent).toContain('Thêm chi bộ');
    expect(rows[1]!.textContent).toContain("Xóa cán bộ 'Lê Văn Cường' (kèm 1 đăng ký)");
    expect(rows[0]!.textContent).toMatch(/\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d/);

    fireEvent.change(screen.getByRole('textbox', { name: 'Tìm trong nhật ký' }), { target: { value: 'le van cuong' } });
    await waitFor(() => expect(within(grid).queryByText(/Thêm chi bộ/)).toBeNull());
    expect(within(grid).getByText(/Xóa cán bộ 'Lê Văn Cường'/)).toBeTruthy();
  });

  it('"Hoàn tác thao tác cuối" names what comes back, then restores it and marks the entry', async () => {
    await deleteOrg(db(), 'o-xa');
    renderLog();
    const button = await screen.findByTestId('audit-undo-last');
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain("Hoàn tác \"Xóa tổ chức cơ sở đảng 'Đảng bộ xã Hoa Thành' (kèm 3 chi bộ, 6 đăng ký)\"");
    expect(dialog.textContent).toContain('Sẽ khôi phục: 1 tổ chức cơ sở đảng, 3 chi bộ, 6 đăng ký.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hoàn tác' }));
    expect((await screen.findByTestId('audit-undo-message')).textContent).toContain('Đã hoàn tác');
    expect(await db().cells.where('orgId').equals('o-xa').count()).toBe(3);
    // The closing dialog keeps the page aria-hidden for a moment: wait for the grid to come back.
    const grid = await screen.findByRole('grid', { name: 'Nhật ký thao tác' });
    expect(await within(grid).findByText('Đã hoàn tác')).toBeTruthy();
  });

  it('refuses with the Vietnamese message when a later action used the same records', async () => {
    await commitImport(db(), { orgs: [], cells: [{ id: 'c-new', orgId: 'o-xa', name: 'Chi bộ xóm Mới', memberCount: 9 }], officials: [], registrations: [], meetings: [] });
    await createCell(db(), { orgId: 'o-xa', name: 'Chi bộ xóm 9', memberCount: 5 });
    await db().transaction('rw', [db().cells, db().audit], async () => {
      // A later change without keys (as another feature may write it) counts as touching everything.
      const { writeAudit } = await import('../../../renderer/db/audit');
      await writeAudit(db(), { action: 'update', entity: 'cell', summary: 'Sửa chi bộ xóm Mới' });
    });
    renderLog();
    const button = await screen.findByTestId('audit-undo-last');
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Hoàn tác' }));
    const message = await screen.findByTestId('audit-undo-message');
    expect(message.textContent).toMatch(
      /^Không thể hoàn tác "Nhập từ tệp: 1 chi bộ": thao tác sau đó "Sửa chi bộ xóm Mới" \(lúc \d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d\) đã thay đổi hoặc dùng đến cùng dữ liệu/,
    );
    expect(await db().cells.get('c-new')).toBeDefined();
  });
});
