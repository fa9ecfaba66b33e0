// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSettings } from '../../../renderer/db/repositories/settings';
import { SettingsPage } from '../../../renderer/features/settings/SettingsPage';
import { settings } from '../../shared/fixtures/settings';
import { renderPage, setUpPageTests } from './render-page';

const db = setUpPageTests();

async function committeeForm() {
  renderPage(<SettingsPage />, db());
  return (await screen.findByRole('textbox', { name: /Tên cấp ủy/ })).closest('form')!;
}

describe('the committee settings form', () => {
  it('refuses an empty committee name with a Vietnamese message and stores nothing', async () => {
    const form = await committeeForm();
    fireEvent.change(within(form).getByRole('textbox', { name: /Tên cấp ủy/ }), { target: { value: '' } });
    fireEvent.click(within(form).getByTestId('settings-save'));
    expect(await within(form).findByText('Không được để trống')).toBeTruthy();
    expect(await getSettings(db())).toEqual(expect.objectContaining({ committeeName: settings.committeeName }));
  });

  it('saves an edit, keeps every other setting, and "Hoàn tác" drops unsaved edits', async () => {
    const form = await committeeForm();
    const name = within(form).getByRole('textbox', { name: /Tên cấp ủy/ });
    fireEvent.change(name, { target: { value: 'Thị ủy Hoàng Mai' } });
    fireEvent.click(within(form).getByTestId('settings-save'));
    // Saved means: stored, and the form no longer has anything to save.
    await waitFor(() => expect((within(form).getByTestId('settings-save') as HTMLButtonElement).disabled).toBe(true));
    expect((name as HTMLInputElement).value).toBe('Thị ủy Hoàng Mai');
    expect(await getSettings(db())).toMatchObject({ ...settings, committeeName: 'Thị ủy Hoàng Mai', rules: expect.anything() });

    fireEvent.change(name, { target: { value: 'Tên chưa lưu' } });
    fireEvent.click(within(form).getByRole('button', { name: /Hoàn tác/ }));
    expect((name as HTMLInputElement).value).toBe('Thị ủy Hoàng Mai');
  });
});

describe('the rules form: minimum days of notice', () => {
  async function rulesForm() {
    renderPage(<SettingsPage />, db());
    return (await screen.findByRole('textbox', { name: /Số ngày báo trước tối thiểu/ })).closest('form')!;
  }

  it('shows the saved value with help text, saves a new one and keeps the other rules', async () => {
    const form = await rulesForm();
    const box = within(form).getByRole('textbox', { name: /Số ngày báo trước tối thiểu/ });
    expect((box as HTMLInputElement).value).toBe('3');
    expect(within(form).getByText(/sẽ bị đánh dấu "báo muộn"/)).toBeTruthy();
    fireEvent.change(box, { target: { value: '7' } });
    fireEvent.click(within(form).getByTestId('rules-save'));
    await waitFor(() => expect((within(form).getByTestId('rules-save') as HTMLButtonElement).disabled).toBe(true));
    expect((await getSettings(db()))?.rules).toEqual({ ...settings.rules, noticeDays: 7 });
  });

  it('refuses 61 days with the range message and stores nothing', async () => {
    const form = await rulesForm();
    fireEvent.change(within(form).getByRole('textbox', { name: /Số ngày báo trước tối thiểu/ }), { target: { value: '61' } });
    fireEvent.click(within(form).getByTestId('rules-save'));
    expect(await within(form).findByText('Phải là số nguyên từ 0 đến 60')).toBeTruthy();
    expect((await getSettings(db()))?.rules.noticeDays).toBe(3);
  });
});
