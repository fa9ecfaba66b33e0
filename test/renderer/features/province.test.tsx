// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/app/App';
import type { AppDatabase } from '../../../renderer/db/database';
import { getSettings } from '../../../renderer/db/repositories/settings';
import { inProcessProvinceJob } from '../../../renderer/features/province/province-job';
import { ProvincePage } from '../../../renderer/features/province/ProvincePage';
import { createI18n } from '../../../renderer/i18n';
import type { DashboardPeriod } from '../../../shared/dashboard/types';
import type { DistrictData } from '../../../shared/domain/types';
import { districtKpi } from '../../../shared/submission/consolidate';
import { buildSubmissionWorkbook, submissionOf } from '../../../shared/submission/write-submission';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { settings } from '../../shared/fixtures/settings';
import { freshDb } from '../db/fixtures';
import { fakePlatform, renderPage, stubResizeObserver } from './render-page';
import { cells, officials, orgs, registrations, seed } from './seed';

beforeAll(stubResizeObserver);

let db: AppDatabase;
beforeEach(async () => {
  db = freshDb();
  await seed(db);
  window.location.hash = '';
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

const navIds = () => screen.getAllByTestId(/^nav-/).map((el) => el.getAttribute('data-testid'));

describe('ModeSection', () => {
  it('switches the navigation to the province page and back, leaving the district data alone', async () => {
    window.location.hash = '#/settings';
    render(<App db={db} platform={fakePlatform()} i18n={createI18n('vi')} />);
    fireEvent.click(within(await screen.findByTestId('mode-province')).getByRole('radio'));
    await waitFor(() => expect(navIds()).toEqual(['nav-province', 'nav-settings']));
    expect((await getSettings(db))?.mode).toBe('province');
    expect(await screen.findByTestId('mode-result')).toHaveProperty('textContent', 'Đã chuyển sang chế độ cấp tỉnh.');
    expect(await db.cells.count()).toBe(cells.length);
    expect(await db.registrations.count()).toBe(registrations.length);

    // A district page's address leads to the province page in province mode.
    window.location.hash = '#/officials';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(window.location.hash).toBe('#/province'));
    expect(await screen.findByRole('heading', { name: 'Tổng hợp toàn tỉnh' })).toBeTruthy();

    fireEvent.click(screen.getByTestId('nav-settings'));
    fireEvent.click(within(await screen.findByTestId('mode-district')).getByRole('radio'));
    await waitFor(() => expect(navIds()).toContain('nav-dashboard'));
    expect(navIds()).not.toContain('nav-province');
    expect((await getSettings(db))?.mode).toBe('district');
  });
});

const YEAR: DashboardPeriod = { kind: 'year', year: 2025 };

function district(name: string, cellIds = cells.map((c) => c.id)): DistrictData {
  return {
    settings: { ...settings, committeeName: name },
    orgs,
    cells: cells.filter((c) => cellIds.includes(c.id)),
    officials,
    registrations: registrations.filter((r) => cellIds.includes(r.cellId)),
  };
}

async function xlsx(name: string, data: DistrictData, generatedAt: string): Promise<OpenedFile> {
  return { name, data: await buildSubmissionWorkbook(data, YEAR, '2025-12-31', new Date(generatedAt)) };
}

/** A platform whose file dialog gives these files (or fails, or is cancelled with []). */
function picking(files: OpenedFile[] | Error) {
  const openFiles = vi.fn(async () => {
    if (files instanceof Error) throw files;
    return files;
  });
  return { ...fakePlatform(), openFiles };
}

describe('ProvincePage', () => {
  it('imports districts’ files, totals them, and reports a refused file by name', async () => {
    const a = district('Huyện ủy Yên Thành');
    const b = district('Thành ủy Vinh', ['c-1', 'c-3']);
    const files = [await xlsx('yen-thanh.xlsx', a, '2025-12-01T08:00:00Z'), await xlsx('vinh.xlsx', b, '2025-12-01T09:00:00Z'), { name: 'hong.xlsx', data: new Uint8Array([1, 2, 3]) }];
    const platform = picking(files);
    renderPage(<ProvincePage startJob={inProcessProvinceJob} />, db, platform);
    expect(await screen.findByTestId('province-empty')).toBeTruthy();
    fireEvent.click(screen.getByTestId('province-import'));
    expect(platform.openFiles).toHaveBeenCalledWith([{ name: 'Excel', extensions: ['xlsx'] }]);

    expect((await screen.findByTestId('province-result-0', {}, { timeout: 20_000 })).getAttribute('data-status')).toBe('added');
    expect(screen.getByTestId('province-result-1').getAttribute('data-status')).toBe('added');
    expect(screen.getByTestId('province-result-2').getAttribute('data-status')).toBe('refused');
    expect(screen.getByTestId('province-result-2').textContent).toContain('hong.xlsx: không nhập được.');

    const kpis = [a, b].map((d) => districtKpi(submissionOf(d, YEAR, '2025-12-31', new Date())));
    await waitFor(() => expect(screen.getAllByTestId('province-district-row')).toHaveLength(2));
    expect(screen.getByTestId('province-total-cells-value').textContent).toBe(String(kpis[0]!.cells + kpis[1]!.cells));
    expect(screen.getByTestId('province-district-total-uncovered').textContent).toBe(String(kpis[0]!.uncovered + kpis[1]!.uncovered));
  });

  it('does nothing when the clerk cancels the dialog', async () => {
    const platform = picking([]);
    renderPage(<ProvincePage startJob={inProcessProvinceJob} />, db, platform);
    fireEvent.click(await screen.findByTestId('province-import'));
    await waitFor(() => expect(platform.openFiles).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId('province-import-progress')).toBeNull();
    expect(screen.queryByTestId('province-import-failed')).toBeNull();
    expect(await screen.findByTestId('province-empty')).toBeTruthy();
    expect(await db.submissions.count()).toBe(0);
  });

  it('says why a pick was refused (a file too big) and imports nothing', async () => {
    const message = 'Tệp "lon.xlsx" quá lớn (60 MB). Chỉ mở được tệp tối đa 50 MB.';
    renderPage(<ProvincePage startJob={inProcessProvinceJob} />, db, picking(new Error(message)));
    fireEvent.click(await screen.findByTestId('province-import'));
    expect((await screen.findByTestId('province-import-failed')).textContent).toContain(message);
    expect(await db.submissions.count()).toBe(0);
  });
});
