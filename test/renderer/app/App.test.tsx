// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../../renderer/app/App';
import type { AppDatabase } from '../../../renderer/db/database';
import { getSettings, saveSettings } from '../../../renderer/db/repositories/settings';
import { createI18n } from '../../../renderer/i18n';
import { settings } from '../../shared/fixtures/settings';
import { freshDb } from '../db/fixtures';
import { fakePlatform, stubResizeObserver } from '../features/render-page';

const platform = fakePlatform();

beforeAll(stubResizeObserver);

let db: AppDatabase;
beforeEach(() => {
  db = freshDb();
  window.location.hash = '';
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

function renderApp() {
  return render(<App db={db} platform={platform} i18n={createI18n('vi')} />);
}

describe('App', () => {
  it('starts with onboarding on an empty database; "Bắt đầu" saves the committee and opens the dashboard', async () => {
    renderApp();
    fireEvent.click(await screen.findByTestId('start-empty'));
    fireEvent.change(screen.getByLabelText(/Tên cấp ủy/), { target: { value: 'Huyện ủy Yên Thành' } });
    fireEvent.change(screen.getByLabelText(/Đảng bộ cấp trên/), { target: { value: 'Đảng bộ tỉnh Nghệ An' } });
    fireEvent.change(screen.getByLabelText(/Địa danh/), { target: { value: 'Yên Thành' } });
    fireEvent.click(screen.getByTestId('start-submit'));

    expect((await screen.findByTestId('committee-name')).textContent).toBe('Huyện ủy Yên Thành');
    expect(window.location.hash).toBe('#/dashboard');
    expect(await getSettings(db)).toMatchObject({ committeeName: 'Huyện ủy Yên Thành', documentSymbol: 'HU' });
  });

  it('"Tải dữ liệu mẫu" fills the database and opens the dashboard', async () => {
    renderApp();
    fireEvent.click(await screen.findByTestId('load-sample'));
    await screen.findByTestId('committee-name', {}, { timeout: 20_000 });
    expect(window.location.hash).toBe('#/dashboard');
    expect(await db.cells.count()).toBeGreaterThan(100);
    expect((await getSettings(db))?.language).toBe('vi');
  });

  it('shows what is missing instead of saving an incomplete form', async () => {
    renderApp();
    fireEvent.click(await screen.findByTestId('start-empty'));
    fireEvent.click(screen.getByTestId('start-submit'));
    expect((await screen.findAllByText('Không được để trống')).length).toBeGreaterThanOrEqual(3);
    expect(await getSettings(db)).toBeUndefined();
  });

  it('keeps the page in the hash and opens it again on reload', async () => {
    await saveSettings(db, settings);
    window.location.hash = '#/settings';
    const view = renderApp();
    expect(await screen.findByText('Xóa toàn bộ dữ liệu')).toBeTruthy();
    fireEvent.click(screen.getByTestId('nav-officials'));
    expect(window.location.hash).toBe('#/officials');
    view.unmount();
    renderApp();
    await waitFor(() => expect(screen.getByTestId('nav-officials').getAttribute('aria-current')).toBe('page'));
  });

  it('switches the interface to English from Settings and remembers it', async () => {
    await saveSettings(db, settings);
    window.location.hash = '#/settings';
    renderApp();
    fireEvent.click(await screen.findByTestId('language-en'));
    expect(await screen.findByText('Delete all data')).toBeTruthy();
    await waitFor(async () => expect((await getSettings(db))?.language).toBe('en'));
  });

  it('"Xóa toàn bộ dữ liệu" returns to onboarding after confirmation', async () => {
    await saveSettings(db, settings);
    window.location.hash = '#/settings';
    renderApp();
    fireEvent.click(await screen.findByTestId('clear-all-data'));
    fireEvent.click(await screen.findByTestId('confirm-dialog-confirm'));
    expect(await screen.findByTestId('load-sample')).toBeTruthy();
    expect(await getSettings(db)).toBeUndefined();
  });

  it('onboarding after "Xóa toàn bộ dữ liệu" offers the undo, which brings the data and the app back', async () => {
    await saveSettings(db, settings);
    window.location.hash = '#/settings';
    renderApp();
    fireEvent.click(await screen.findByTestId('clear-all-data'));
    fireEvent.click(await screen.findByTestId('confirm-dialog-confirm'));
    expect(await screen.findByTestId('undo-clear-notice')).toBeTruthy();
    const undo = await screen.findByTestId('audit-undo-last');
    await waitFor(() => expect((undo as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(undo);
    fireEvent.click(await screen.findByTestId('confirm-dialog-confirm'));
    await waitFor(async () => expect(await getSettings(db)).toEqual(settings));
    expect(await screen.findByTestId('committee-name')).toBeTruthy();
  });

  it('a fresh install shows no undo on onboarding', async () => {
    renderApp();
    expect(await screen.findByTestId('load-sample')).toBeTruthy();
    expect(screen.queryByTestId('undo-clear-notice')).toBeNull();
  });
});
