// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RegistrationsPage } from '../../../renderer/features/registrations/RegistrationsPage';
import { expectDialogClosed, press } from './forms';
import { renderPage, setUpPageTests } from './render-page';

const db = setUpPageTests();

async function openAddDialog() {
  renderPage(<RegistrationsPage />, db());
  const add = await screen.findByRole('button', { name: 'Thêm đăng ký' });
  await waitFor(() => expect((add as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(add);
  return screen.getByRole('dialog');
}

/** Types into an Autocomplete and picks the option whose text contains `optionText`. */
async function pick(dialog: HTMLElement, label: string, typed: string, optionText: string) {
  const input = within(dialog).getByRole('combobox', { name: label });
  fireEvent.change(input, { target: { value: typed } });
  const option = await screen.findByRole('option', { name: new RegExp(optionText) });
  fireEvent.click(option);
}

function helperTextOf(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('RegistrationsPage', () => {
  it('summarises the working year as số lượt, số người and số chi bộ', async () => {
    renderPage(<RegistrationsPage />, db());
    await waitFor(() =>
      expect(screen.getByTestId('registration-totals').textContent).toBe('5 lượt đăng ký · 3 người · 2 chi bộ'),
    );
  });

  it('refuses to save without an official or a cell, with the Vietnamese message under each field', async () => {
    const dialog = await openAddDialog();
    press(dialog, 'Lưu');
    const official = within(dialog).getByRole('combobox', { name: 'Cán bộ' });
    await waitFor(() => expect(helperTextOf(official)).toContain('Không được để trống'));
    expect(helperTextOf(within(dialog).getByRole('combobox', { name: 'Chi bộ' }))).toContain('Không được để trống');
    expect(await db().registrations.count()).toBe(6);
  });

  it('finds official and cell typed without diacritics and saves the chosen quarters', async () => {
    const dialog = await openAddDialog();
    await pick(dialog, 'Cán bộ', 'dang van hoa', 'Đặng Văn Hòa');
    await pick(dialog, 'Chi bộ', 'truong phan dang luu', 'Trường THPT Phan Đăng Lưu');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Quý II' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Quý IV' }));
    press(dialog, 'Lưu');

    await expectDialogClosed();
    const saved = await db().registrations.where('officialId').equals('p-hoa').toArray();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ cellId: 'c-truong', period: { kind: 'year', year: 2025, quarters: [2, 4] }, years: [2025] });
  });

  it('saves a whole-term registration for the term in settings', async () => {
    const dialog = await openAddDialog();
    await pick(dialog, 'Cán bộ', 'pham thi dung', 'Phạm Thị Dung');
    await pick(dialog, 'Chi bộ', 'xom 2', 'Chi bộ xóm 2');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Cả nhiệm kỳ 2025–2030' }));
    press(dialog, 'Lưu');

    await expectDialogClosed();
    const saved = await db().registrations.where('officialId').equals('p-dung').and((r) => r.cellId === 'c-2').toArray();
    expect(saved[0]?.period).toEqual({ kind: 'term', startYear: 2025, endYear: 2030 });
  });

  it('shows the repository’s refusal of a duplicate, translated, and keeps the dialog open', async () => {
    const dialog = await openAddDialog();
    await pick(dialog, 'Cán bộ', 'nguyen van an', 'Nguyễn Văn An');
    await pick(dialog, 'Chi bộ', 'xom 1', 'Chi bộ xóm 1');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Quý I' }));
    press(dialog, 'Lưu');

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe('Nguyễn Văn An đã đăng ký dự sinh hoạt tại Chi bộ xóm 1 trong thời gian này');
    expect(await db().registrations.count()).toBe(6);
  });
});
