/**
 * The safety nets, as a clerk uses them, in real Chromium against the built web renderer:
 * "Sao lưu ngay" downloads a .dkbak file and quiets the reminder banner; "Khôi phục từ tệp…"
 * shows what the file holds, keeps a copy of the current data, and brings back exactly what
 * was backed up; a damaged file is refused in Vietnamese and nothing changes; the audit log
 * shows a cascading delete, finds it without diacritics, and "Hoàn tác thao tác cuối" brings
 * back the organization with everything the delete took along.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Meeting, Recommendation } from '../../shared/domain/meetings';
import type { GrassrootsOrg, PartyCell, Registration } from '../../shared/domain/types';
import { kpiValue, openPage, SCREENSHOT_DIR } from './support/app';
import { dumpCounts, dumpDatabase, type DatabaseDump } from './support/db-dump';

/** The cascade a delete of the org takes with it, as the database holds it. */
interface OrgImpact {
  org: GrassrootsOrg;
  cells: PartyCell[];
  registrations: Registration[];
  meetings: Meeting[];
  recommendations: Recommendation[];
}

/** The stores a delete of an org and its undo touch. */
const CASCADE_STORES = ['orgs', 'cells', 'registrations', 'meetings', 'recommendations'] as const;

async function loadSample(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('load-sample').click();
  await expect(kpiValue(page, 'kpi-total-cells')).toBeVisible();
}

/**
 * A screenshot a person can read: the viewport (where a dialog sits), or one element.
 * The shared helper takes the full page, which for the long Settings page is too tall to read.
 */
async function shot(page: Page, name: string, element?: Locator): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  // Let transitions settle (a text field's label moving back after the focus left it), so the
  // picture shows what the clerk sees, not a frame in between.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  // The app bar stays fixed at the top and would cover the top of a tall element.
  if (element) await element.screenshot({ path, animations: 'disabled', style: '.MuiAppBar-root { visibility: hidden !important; }' });
  else await page.screenshot({ path, animations: 'disabled' });
}

/** Every store but the ones named: what a restore or an undo must give back exactly. */
function without(dump: DatabaseDump, ...skip: string[]): DatabaseDump {
  return Object.fromEntries(Object.entries(dump).filter(([store]) => !skip.includes(store)));
}

function only(dump: DatabaseDump, stores: readonly string[]): DatabaseDump {
  return Object.fromEntries(stores.map((store) => [store, dump[store] ?? []]));
}

/**
 * A "Đảng bộ xã …" whose delete cascades as far as it can go: cells, registrations, meetings
 * and recommendations (the one with the most records, so the undo has the most to bring back).
 */
function pickOrg(dump: DatabaseDump): OrgImpact {
  const orgs = dump.orgs as GrassrootsOrg[];
  const cells = dump.cells as PartyCell[];
  const registrations = dump.registrations as Registration[];
  const meetings = dump.meetings as Meeting[];
  const recommendations = dump.recommendations as Recommendation[];
  const impacts = orgs
    .filter((o) => o.kind === 'dang_bo_co_so' && o.name.startsWith('Đảng bộ xã '))
    // One name, one org: the search and the row's delete button must find exactly it.
    .filter((o) => orgs.filter((other) => other.name.includes(o.name)).length === 1)
    .map((org): OrgImpact => {
      const own = cells.filter((c) => c.orgId === org.id);
      const cellIds = new Set(own.map((c) => c.id));
      const regs = registrations.filter((r) => cellIds.has(r.cellId));
      const regIds = new Set(regs.map((r) => r.id));
      const meets = meetings.filter((m) => regIds.has(m.registrationId));
      const meetIds = new Set(meets.map((m) => m.id));
      return { org, cells: own, registrations: regs, meetings: meets, recommendations: recommendations.filter((r) => meetIds.has(r.meetingId)) };
    });
  const size = (i: OrgImpact) => i.cells.length + i.registrations.length + i.meetings.length + i.recommendations.length;
  const best = impacts.sort((a, b) => size(b) - size(a) || a.org.name.localeCompare(b.org.name))[0];
  if (!best || best.recommendations.length === 0) throw new Error('the sample district must have a Đảng bộ xã with meetings and recommendations');
  return best;
}

/** "Xóa tổ chức cơ sở đảng 'X' (kèm 7 chi bộ, 12 đăng ký, …)": the summary the log must show. */
function deletionSummary(impact: OrgImpact): string {
  const parts = [
    [impact.cells.length, 'chi bộ'],
    [impact.registrations.length, 'đăng ký'],
    [impact.meetings.length, 'buổi sinh hoạt'],
    [impact.recommendations.length, 'kiến nghị'],
  ]
    .filter(([n]) => Number(n) > 0)
    .map(([n, noun]) => `${n} ${noun}`);
  return `Xóa tổ chức cơ sở đảng '${impact.org.name}'${parts.length > 0 ? ` (kèm ${parts.join(', ')})` : ''}`;
}

/** Deletes the org from its row on "Tổ chức cơ sở đảng", after the confirmation naming the cascade. */
async function deleteOrgInUi(page: Page, impact: OrgImpact): Promise<void> {
  const { org } = impact;
  await openPage(page, 'organizations');
  await page.getByRole('textbox', { name: /Tìm kiếm/ }).fill(org.name);
  await page.getByRole('button', { name: `Xóa: ${org.name}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Xóa tổ chức cơ sở đảng?' });
  await expect(dialog).toContainText(
    `Xóa ${org.name} sẽ xóa ${impact.cells.length} chi bộ, ${impact.registrations.length} lượt đăng ký dự sinh hoạt của các chi bộ này ` +
      `và ${impact.meetings.length} buổi sinh hoạt, ${impact.recommendations.length} kiến nghị đã ghi.`,
  );
  await dialog.getByTestId('confirm-dialog-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('gridcell', { name: org.name, exact: true })).toHaveCount(0);
}

/** The org is listed again on "Tổ chức cơ sở đảng", with its cells counted. */
async function expectOrgListed(page: Page, impact: OrgImpact): Promise<void> {
  await openPage(page, 'organizations');
  await page.getByRole('textbox', { name: /Tìm kiếm/ }).fill(impact.org.name);
  const row = page.getByRole('row').filter({ has: page.getByRole('gridcell', { name: impact.org.name, exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row.locator('[data-field="cellCount"]')).toHaveText(String(impact.cells.length));
}

/** "Sao lưu ngay" in Settings: the download, saved where the test can read it back. */
async function backUpNow(page: Page): Promise<{ path: string; name: string }> {
  await openPage(page, 'settings');
  const downloading = page.waitForEvent('download');
  await page.getByTestId('backup-now').click();
  const download = await downloading;
  const name = download.suggestedFilename();
  expect(name).toMatch(/^Sao-luu-\d{4}-\d{2}-\d{2}-\d{4}\.dkbak$/);
  const path = join(SCREENSHOT_DIR, `safety-${name}`);
  await download.saveAs(path);
  await expect(page.getByTestId('backup-notice')).toContainText('Đã sao lưu vào');
  return { path, name };
}

/** "Khôi phục từ tệp…" and the clerk picks the given bytes in the browser's file chooser. */
async function pickBackup(page: Page, name: string, buffer: Buffer): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByTestId('backup-restore').click();
  const chooser = await choosing;
  expect(chooser.isMultiple()).toBe(false);
  await chooser.setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

/** "dd/mm/yyyy HH:mm" as the clerk's clock in Vietnam shows it (UTC+7, no summer time). */
function vietnamTime(iso: string): { shown: string; inName: string } {
  const at = new Date(new Date(iso).getTime() + 7 * 60 * 60 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const [y, mo, d, h, mi] = [at.getUTCFullYear(), pad(at.getUTCMonth() + 1), pad(at.getUTCDate()), pad(at.getUTCHours()), pad(at.getUTCMinutes())];
  return { shown: `${d}/${mo}/${y} ${h}:${mi}`, inName: `${y}-${mo}-${d}-${h}${mi}` };
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

test('a clerk backs up, loses work, and restores it from the file', async ({ page }) => {
  await loadSample(page);

  await test.step('before any backup, a banner above every page asks for one', async () => {
    const banner = page.getByTestId('backup-reminder');
    await expect(banner).toHaveText(/Dữ liệu chưa được sao lưu lần nào\./);
    await openPage(page, 'settings');
    await expect(banner).toBeVisible();
    await expect(page.getByTestId('last-backup')).toHaveText('Chưa sao lưu lần nào');
    await shot(page, 'safety-01-nhac-sao-luu');
  });

  const backup = await test.step('"Sao lưu ngay" downloads the whole database and the banner goes', async () => {
    const saved = await backUpNow(page);
    await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
    await expect(page.getByTestId('last-backup')).toHaveText(/^Lần sao lưu gần nhất: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    return saved;
  });
  const backedUp = await dumpDatabase(page);
  const bytes = await readFile(backup.path);
  const { manifest } = JSON.parse(gunzipSync(bytes).toString('utf8')) as { manifest: { createdAt: string } };
  const when = vietnamTime(manifest.createdAt);
  expect(backup.name).toBe(`Sao-luu-${when.inName}.dkbak`);
  await expect(page.getByTestId('last-backup')).toHaveText(`Lần sao lưu gần nhất: ${when.shown}`);

  const impact = pickOrg(backedUp);
  await test.step('the clerk deletes an organization, and with it its cells, registrations and meetings', async () => {
    await deleteOrgInUi(page, impact);
    const after = await dumpDatabase(page);
    expect(after.orgs).toHaveLength(backedUp.orgs!.length - 1);
    expect(after.cells).toHaveLength(backedUp.cells!.length - impact.cells.length);
    expect(after.registrations).toHaveLength(backedUp.registrations!.length - impact.registrations.length);
    expect(after.meetings).toHaveLength(backedUp.meetings!.length - impact.meetings.length);
    expect(after.recommendations).toHaveLength(backedUp.recommendations!.length - impact.recommendations.length);
  });

  await test.step('"Khôi phục từ tệp…" shows the file’s date and record counts before replacing anything', async () => {
    await openPage(page, 'settings');
    await pickBackup(page, backup.name, bytes);
    const dialog = page.getByRole('dialog', { name: 'Khôi phục dữ liệu từ tệp sao lưu?' });
    await expect(dialog).toBeVisible();
    const counts = dumpCounts(without(backedUp, 'meta'));
    // The log travels in the file but is never restored over: the total is what comes back.
    const total = Object.entries(counts).reduce((sum, [store, n]) => (store === 'audit' ? sum : sum + n), 0);
    const vi = (n: number | undefined) => (n ?? 0).toLocaleString('vi-VN');
    const summary = dialog.getByTestId('restore-summary');
    await expect(summary).toContainText(`Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu trong tệp "${backup.name}":`);
    await expect(summary).toContainText(`Ngày sao lưu: ${when.shown}`);
    await expect(summary).toContainText(
      `Số bản ghi: ${vi(counts.orgs)} tổ chức cơ sở đảng, ${vi(counts.cells)} chi bộ, ${vi(counts.officials)} cán bộ, ${vi(counts.registrations)} lượt đăng ký, ` +
        `${vi(counts.meetings)} buổi sinh hoạt, ${vi(counts.recommendations)} kiến nghị (tổng ${vi(total)}).`,
    );
    await expect(summary).toContainText('Trước khi thay, ứng dụng tải về một bản sao lưu của dữ liệu hiện tại.');
    await shot(page, 'safety-02-xac-nhan-khoi-phuc');
  });

  await test.step('confirming downloads a copy of the current data first, then brings back exactly what was backed up', async () => {
    const beforeRestore = await dumpDatabase(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('dialog').getByTestId('confirm-dialog-confirm').click();
    const safety = await downloading;
    expect(safety.suggestedFilename()).toMatch(/^Sao-luu-truoc-khoi-phuc-\d{4}-\d{2}-\d{2}-\d{4}\.dkbak$/);
    const safetyPath = join(SCREENSHOT_DIR, `safety-${safety.suggestedFilename()}`);
    await safety.saveAs(safetyPath);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByTestId('backup-notice')).toHaveText(
      `Đã khôi phục dữ liệu từ tệp sao lưu ngày ${when.shown}. Bản sao lưu dữ liệu trước đó: Thư mục Tải xuống (Downloads) của trình duyệt`,
    );

    // The safety copy holds the data as it was just before the restore (the org already deleted).
    const copy = JSON.parse(gunzipSync(await readFile(safetyPath)).toString('utf8')) as { manifest: { counts: Record<string, number> } };
    expect(copy.manifest.counts.orgs).toBe(beforeRestore.orgs!.length);
    expect(copy.manifest.counts.cells).toBe(beforeRestore.cells!.length);

    const restored = await dumpDatabase(page);
    expect(dumpCounts(without(restored, 'meta', 'audit'))).toEqual(dumpCounts(without(backedUp, 'meta', 'audit')));
    expect(without(restored, 'meta', 'audit')).toEqual(without(backedUp, 'meta', 'audit'));
    // The log is never restored over: it keeps the delete and gains the restore.
    const log = restored.audit as { action: string }[];
    expect(log.slice(0, (beforeRestore.audit as unknown[]).length)).toEqual(beforeRestore.audit);
    expect(log.at(-1)).toMatchObject({ action: 'restore' });
  });

  await test.step('the organization is back on its page', async () => {
    await expectOrgListed(page, impact);
  });
});

test('a damaged backup is refused and nothing changes', async ({ page }) => {
  await loadSample(page);
  const backup = await backUpNow(page);
  const good = await readFile(backup.path);
  const before = await dumpDatabase(page);

  const flipped = Buffer.from(good);
  const middle = Math.floor(flipped.length / 2);
  for (let i = middle; i < middle + 16; i++) flipped[i] = flipped[i]! ^ 0xff;
  const truncated = good.subarray(0, Math.floor(good.length * 0.6));

  const variants = [
    { what: 'bytes flipped in the middle', name: backup.name.replace('.dkbak', '-hong.dkbak'), bytes: flipped, screenshot: 'safety-03-tu-choi-tep-hong' },
    { what: 'cut short', name: backup.name.replace('.dkbak', '-cut.dkbak'), bytes: truncated, screenshot: 'safety-03b-tu-choi-tep-cat-cut' },
  ];
  for (const variant of variants) {
    await test.step(`a file with ${variant.what} is refused in Vietnamese, with no confirmation`, async () => {
      await pickBackup(page, variant.name, variant.bytes);
      const notice = page.getByTestId('backup-notice');
      await expect(notice).toHaveText(/^Tệp sao lưu bị hỏng/);
      await expect(notice).toHaveClass(/MuiAlert-standardError|MuiAlert-colorError/);
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(page.getByTestId('backup-restore')).toBeEnabled();
      await page.getByTestId('backup-section').scrollIntoViewIfNeeded();
      await shot(page, variant.screenshot, page.getByTestId('backup-section'));
      test.info().annotations.push({ type: 'refusal', description: `${variant.what}: ${await notice.textContent()}` });
      expect(await dumpDatabase(page)).toEqual(before);
    });
  }
});

test('the audit log shows the deletion and undo brings everything back', async ({ page }) => {
  await loadSample(page);
  const before = await dumpDatabase(page);
  const impact = pickOrg(before);
  const summary = deletionSummary(impact);

  await test.step('the clerk deletes an organization with its cells, registrations and meetings', async () => {
    await deleteOrgInUi(page, impact);
    const after = await dumpDatabase(page);
    expect(after.cells).toHaveLength(before.cells!.length - impact.cells.length);
  });

  const log = page.getByTestId('audit-log');
  const firstRow = log.locator('[role="row"][data-rowindex="0"]');
  await test.step('Nhật ký thao tác: the newest entry is the deletion, named in Vietnamese', async () => {
    await openPage(page, 'settings');
    await log.scrollIntoViewIfNeeded();
    await expect(firstRow.locator('[data-field="summary"]')).toHaveText(summary);
    await expect(firstRow.locator('[data-field="action"]')).toHaveText('Xóa');
    await expect(firstRow.locator('[data-field="entity"]')).toHaveText('Tổ chức cơ sở đảng');
    // The whole summary is readable, not cut off with "…".
    const cell = firstRow.locator('[data-field="summary"]');
    expect(await cell.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await expect(log.locator('.MuiTablePagination-displayedRows')).toHaveText(/^1–\d+ trong \d+$/);
    await shot(page, 'safety-04-nhat-ky-thao-tac', log);
  });

  await test.step('searching the log without diacritics finds it', async () => {
    const typed = fold(impact.org.name);
    expect(typed).toMatch(/^dang bo xa /);
    await log.getByRole('textbox', { name: 'Tìm trong nhật ký' }).fill(typed);
    await expect(log.locator('[role="row"][data-rowindex]')).toHaveCount(1);
    await expect(firstRow.locator('[data-field="summary"]')).toHaveText(summary);
    await shot(page, 'safety-04b-tim-khong-dau', log);
    // Something nobody did finds nothing.
    await log.getByRole('textbox', { name: 'Tìm trong nhật ký' }).fill(`${typed} khong co`);
    await expect(log.locator('[role="row"][data-rowindex]')).toHaveCount(0);
    await log.getByRole('textbox', { name: 'Tìm trong nhật ký' }).fill('');
  });

  await test.step('"Hoàn tác thao tác cuối" names what comes back, and brings it all back', async () => {
    await log.getByTestId('audit-undo-last').click();
    const dialog = page.getByRole('dialog', { name: 'Hoàn tác thao tác cuối?' });
    await expect(dialog).toContainText(`Hoàn tác "${summary}"`);
    await expect(dialog).toContainText(
      `Sẽ khôi phục: 1 tổ chức cơ sở đảng, ${impact.cells.length} chi bộ, ${impact.registrations.length} đăng ký, ` +
        `${impact.meetings.length} buổi sinh hoạt, ${impact.recommendations.length} kiến nghị.`,
    );
    await expect(dialog).not.toContainText('Sẽ xóa');
    await shot(page, 'safety-05-xac-nhan-hoan-tac');
    await dialog.getByTestId('confirm-dialog-confirm').click();
    await expect(dialog).toBeHidden();
    await expect(log.getByTestId('audit-undo-message')).toHaveText(`Đã hoàn tác: ${summary}`);

    const after = await dumpDatabase(page);
    expect(only(after, CASCADE_STORES)).toEqual(only(before, CASCADE_STORES));
    expect(without(after, 'meta', 'audit')).toEqual(without(before, 'meta', 'audit'));
    // The deletion is marked undone and the undo itself is logged.
    await expect(log.locator('[role="row"][data-rowindex="1"] [data-field="undoneBy"]')).toHaveText('Đã hoàn tác');
    await expect(firstRow.locator('[data-field="action"]')).toHaveText('Hoàn tác');
    await shot(page, 'safety-05b-sau-hoan-tac', log);
  });

  await test.step('the organization is back on its page with all its cells', async () => {
    await expectOrgListed(page, impact);
  });
});
