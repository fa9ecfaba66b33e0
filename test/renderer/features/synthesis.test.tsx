// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App';
import { NavigationProvider } from '../../../renderer/app/NavigationProvider';
import { getSettings, saveSettings } from '../../../renderer/db/repositories/settings';
import { SettingsPage } from '../../../renderer/features/settings/SettingsPage';
import { SynthesisPage } from '../../../renderer/features/synthesis/SynthesisPage';
import { createI18n } from '../../../renderer/i18n';
import { settings } from '../../shared/fixtures/settings';
import { choose } from './forms';
import { fieldOf } from './grid';
import { fakePlatform, renderPage, setUpPageTests } from './render-page';

/*
 * The seeded district in 2025: xóm 1 has An, Bình (term) and Cường (no quarter given): three
 * people, crowded. Xóm 2 has An twice (Q2, Q4). Xóm 3 has only Dung, in 2026. The school has
 * nobody. Dung and Hòa registered nothing in 2025.
 */
const db = setUpPageTests();

beforeEach(() => {
  window.location.hash = '#/synthesis';
});

function renderSynthesis() {
  return renderPage(
    <NavigationProvider>
      <SynthesisPage />
    </NavigationProvider>,
    db(),
  );
}

/** The row of the shown grid with `text` (the panel beside it names the same records). */
function rowOf(text: string): HTMLElement {
  const row = within(screen.getByRole('grid')).getByText(text).closest('[role="row"]');
  if (!(row instanceof HTMLElement)) throw new Error(`no row for ${text}`);
  return row;
}

async function summary(): Promise<string> {
  return (await screen.findByTestId('synthesis-summary')).textContent ?? '';
}

function count(kind: string): string {
  return screen.getByTestId(`violations-${kind}-count`).textContent ?? '';
}

/** Opens a kind's list in the panel and returns its items' texts. */
function itemsOf(kind: string): string[] {
  const section = screen.getByTestId(`violations-${kind}`);
  fireEvent.click(within(section).getAllByRole('button')[0]!);
  return within(section)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('SynthesisPage', () => {
  it('a year: the plan per cell, and each kind of violation counted with its items', async () => {
    renderSynthesis();
    expect(await summary()).toBe('2 / 4 chi bộ có người đăng ký · 3 người · 5 lượt đăng ký');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Năm 2025');

    const xom1 = rowOf('Chi bộ xóm 1');
    expect(fieldOf(xom1, 'registrants')).toBe('3');
    expect(fieldOf(xom1, 'registrations')).toBe('3');
    expect(fieldOf(xom1, 'plan')).toBe(
      'Lê Văn Cường (năm 2025, chưa xác định thời gian); Nguyễn Văn An (quý I, III năm 2025); Trần Thị Bình (cả nhiệm kỳ 2025–2030)',
    );
    expect(fieldOf(xom1, 'status')).toBe('Quá nhiều người');
    expect(fieldOf(rowOf('Chi bộ xóm 2'), 'plan')).toBe('Nguyễn Văn An (quý II năm 2025); Nguyễn Văn An (quý IV năm 2025)');
    expect(fieldOf(rowOf('Chi bộ xóm 3'), 'status')).toBe('Chưa có người dự');

    expect(screen.getByTestId('violations-total').textContent).toBe('5 điểm');
    expect([
      count('uncoveredCell'),
      count('crowdedCell'),
      count('officialUnderMinimum'),
      count('officialOverCapacity'),
      count('duplicateRegistration'),
    ]).toEqual(['2', '1', '2', '0', '0']);
    expect(itemsOf('uncoveredCell')).toEqual([
      'Chi bộ Trường THPT Phan Đăng LưuChưa có ai đăng ký: năm 2025Xem chi bộ',
      'Chi bộ xóm 3 — Đảng bộ xã Hoa ThànhChưa có ai đăng ký: năm 2025Xem chi bộ',
    ]);
    expect(itemsOf('crowdedCell')).toEqual(['Chi bộ xóm 1 — Đảng bộ xã Hoa Thànhnăm 2025: 3 người (tối đa 2 người)Xem đăng ký']);
    expect(itemsOf('officialUnderMinimum')).toEqual([
      'Đặng Văn HòaĐã đăng ký năm 2025: 0 chi bộ (cần ít nhất 1)Xem cán bộ',
      'Phạm Thị DungĐã đăng ký năm 2025: 0 chi bộ (cần ít nhất 1)Xem cán bộ',
    ]);
  });

  it('a quarter leaves out registrations with no quarter given, and says so', async () => {
    renderSynthesis();
    await summary();
    fireEvent.click(screen.getByTestId('scope-quarter'));
    await choose('Quý', 'Quý II');
    expect(screen.getByTestId('scope-note').textContent).toContain('chưa xác định quý không được tính vào quý nào');
    await waitFor(async () => expect(await summary()).toBe('2 / 4 chi bộ có người đăng ký · 2 người · 2 lượt đăng ký'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Quý II năm 2025');
    // Cường's "2025, time not set" is not in quarter II; the rules are still checked on the year.
    expect(fieldOf(rowOf('Chi bộ xóm 1'), 'plan')).toBe('Trần Thị Bình (cả nhiệm kỳ 2025–2030)');
    expect(fieldOf(rowOf('Chi bộ xóm 1'), 'status')).toBe('Quá nhiều người');
  });

  it('the whole term checks every year and merges the years in each item', async () => {
    renderSynthesis();
    await summary();
    fireEvent.click(screen.getByTestId('scope-term'));
    await waitFor(async () => expect(await summary()).toBe('3 / 4 chi bộ có người đăng ký · 4 người · 6 lượt đăng ký'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Nhiệm kỳ 2025–2030');
    expect(screen.getByTestId('violations-total').textContent).toBe('8 điểm');
    expect(itemsOf('uncoveredCell')).toEqual([
      'Chi bộ Trường THPT Phan Đăng LưuChưa có ai đăng ký: các năm 2025–2030Xem chi bộ',
      'Chi bộ xóm 2 — Đảng bộ xã Hoa ThànhChưa có ai đăng ký: các năm 2026–2030Xem chi bộ',
      'Chi bộ xóm 3 — Đảng bộ xã Hoa ThànhChưa có ai đăng ký: năm 2025; các năm 2027–2030Xem chi bộ',
    ]);
  });

  it('shows the plan per official, per organization and per type', async () => {
    renderSynthesis();
    await summary();
    fireEvent.click(screen.getByRole('tab', { name: 'Theo cán bộ' }));
    const an = rowOf('Nguyễn Văn An');
    expect([fieldOf(an, 'cells'), fieldOf(an, 'registrations'), fieldOf(an, 'capacity')]).toEqual(['2', '3', '2']);
    expect(fieldOf(an, 'plan')).toBe(
      'Chi bộ xóm 1 — Đảng bộ xã Hoa Thành (quý I, III năm 2025); Chi bộ xóm 2 — Đảng bộ xã Hoa Thành (quý II năm 2025); Chi bộ xóm 2 — Đảng bộ xã Hoa Thành (quý IV năm 2025)',
    );
    expect(fieldOf(rowOf('Phạm Thị Dung'), 'status')).toBe('Chưa đăng ký đủ');

    fireEvent.click(screen.getByRole('tab', { name: 'Theo tổ chức cơ sở đảng' }));
    const xa = rowOf('Đảng bộ xã Hoa Thành');
    expect(['cells', 'covered', 'uncovered', 'crowded', 'registrants', 'registrations'].map((f) => fieldOf(xa, f))).toEqual([
      '3', '2', '1', '1', '3', '5',
    ]);

    fireEvent.click(screen.getByRole('tab', { name: 'Theo loại hình' }));
    const school = rowOf('Đơn vị sự nghiệp');
    expect(['orgs', 'cells', 'covered', 'uncovered'].map((f) => fieldOf(school, f))).toEqual(['1', '1', '0', '1']);
  });

  it('follows the rules in settings, live', async () => {
    renderSynthesis();
    await summary();
    expect(count('crowdedCell')).toBe('1');
    await saveSettings(db(), { ...settings, rules: { coverageScope: 'term', maxRegistrantsPerCell: 3, officialMinCells: 0, noticeDays: 3 } });
    await waitFor(() => expect(count('crowdedCell')).toBe('0'));
    // Per term, xóm 3 is covered by Dung's 2026 registration; nobody is held to a minimum.
    expect(count('uncoveredCell')).toBe('1');
    expect(count('officialUnderMinimum')).toBe('0');
    expect(screen.getByTestId('violations-panel').textContent).toContain('Kiểm tra trong: nhiệm kỳ 2025–2030.');
  });
});

describe('links from the violations to the records', () => {
  function renderApp() {
    return render(<App db={db()} platform={fakePlatform()} i18n={createI18n('vi')} />);
  }

  it('a crowded cell opens the registrations page searched for that cell', async () => {
    renderApp();
    await screen.findByTestId('synthesis-summary');
    itemsOf('crowdedCell');
    fireEvent.click(screen.getByRole('button', { name: 'Xem đăng ký: Chi bộ xóm 1 — Đảng bộ xã Hoa Thành' }));
    await waitFor(() => expect(window.location.hash).toBe('#/registrations?q=Chi%20b%E1%BB%99%20x%C3%B3m%201%20%C4%90%E1%BA%A3ng%20b%E1%BB%99%20x%C3%A3%20Hoa%20Th%C3%A0nh'));
    const search = await screen.findByRole('textbox', { name: /Tìm kiếm/ });
    expect((search as HTMLInputElement).value).toBe('Chi bộ xóm 1 Đảng bộ xã Hoa Thành');
    await waitFor(() => expect(screen.getByTestId('grid-row-count').textContent).toBe('3 / 5 dòng'));
  });

  it('an uncovered cell opens the cells tab; an official without registration opens the officials page', async () => {
    const view = renderApp();
    await screen.findByTestId('synthesis-summary');
    itemsOf('uncoveredCell');
    fireEvent.click(screen.getByRole('button', { name: 'Xem chi bộ: Chi bộ xóm 3 — Đảng bộ xã Hoa Thành' }));
    await waitFor(() => expect(screen.getByRole('tab', { name: /Chi bộ/, selected: true })).toBeTruthy());
    await waitFor(() => expect(screen.getByTestId('grid-row-count').textContent).toBe('1 / 4 dòng'));
    view.unmount();

    window.location.hash = '#/synthesis';
    renderApp();
    await screen.findByTestId('synthesis-summary');
    itemsOf('officialUnderMinimum');
    fireEvent.click(screen.getByRole('button', { name: 'Xem cán bộ: Phạm Thị Dung' }));
    await waitFor(() => expect(screen.getByTestId('nav-officials').getAttribute('aria-current')).toBe('page'));
    await waitFor(() => expect(screen.getByTestId('grid-row-count').textContent).toBe('1 / 5 dòng'));
  });

  it('an item about another year makes that year the working year, so the page lists it', async () => {
    renderApp();
    await screen.findByTestId('synthesis-summary');
    await choose('Năm tổng hợp', '2026');
    await waitFor(async () => expect(await summary()).toBe('2 / 4 chi bộ có người đăng ký · 2 người · 2 lượt đăng ký'));
    itemsOf('officialUnderMinimum');
    fireEvent.click(screen.getByRole('button', { name: 'Xem cán bộ: Nguyễn Văn An' }));
    await waitFor(async () => expect((await getSettings(db()))?.currentYear).toBe(2026));
    await waitFor(() => expect(screen.getByTestId('nav-officials').getAttribute('aria-current')).toBe('page'));
  });
});

describe('"Quy tắc tổng hợp" in Settings', () => {
  it('saves the rules, and refuses a limit out of range with a Vietnamese message', async () => {
    renderPage(<SettingsPage />, db());
    const section = (await screen.findByRole('heading', { name: 'Quy tắc tổng hợp' })).closest('form')!;
    const max = within(section).getByRole('textbox', { name: /Số người đăng ký tối đa/ });
    fireEvent.change(max, { target: { value: '0' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Lưu quy tắc' }));
    expect(await within(section).findByText('Phải là số nguyên từ 1 đến 20')).toBeTruthy();
    expect((await getSettings(db()))?.rules.maxRegistrantsPerCell).toBe(2);

    fireEvent.change(max, { target: { value: '3' } });
    fireEvent.change(within(section).getByRole('textbox', { name: /Số chi bộ tối thiểu/ }), { target: { value: '0' } });
    await choose(/Mỗi chi bộ có ít nhất 1 cán bộ/, 'Cả nhiệm kỳ', section);
    fireEvent.click(within(section).getByRole('button', { name: 'Lưu quy tắc' }));
    await waitFor(async () =>
      expect((await getSettings(db()))?.rules).toEqual({ coverageScope: 'term', maxRegistrantsPerCell: 3, officialMinCells: 0, noticeDays: 3 }),
    );
    // Everything else in settings stays as it was.
    expect(await getSettings(db())).toMatchObject({ ...settings, rules: expect.anything() });
  });
});
