/**
 * Crash safety of the import commit, in real Chromium: a 20,000-row directory file is
 * committed in one IndexedDB transaction, so closing the page in the middle of the commit
 * (a clerk closing the window, a crash, a power cut) leaves the database exactly as it was.
 * The control run lets the same commit finish and finds every row.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatCount, openPage } from './support/app';
import { dumpCounts, dumpDatabase } from './support/db-dump';
import { largeDirectoryWorkbook, type LargeDirectory } from './support/large-directory';

// The marks commitImport puts on the performance timeline (renderer/db/repositories/import.ts).
const START = 'import:commit-start';
const END = 'import:commit-end';
const ORGS = 400;
const CELLS_PER_ORG = 50;
const FILE_NAME = 'Danh muc to chuc co so dang (toan tinh).xlsx';

let file: LargeDirectory;
test.beforeAll(async () => {
  file = await largeDirectoryWorkbook(ORGS, CELLS_PER_ORG);
});

/** The sample district, then the big file read, checked and waiting for "Nhập vào dữ liệu". */
async function previewLargeImport(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('kpi-total-cells-value')).toBeVisible();
  await openPage(page, 'import');
  await page.getByTestId('import-kind-directory').check();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-pick-file').click();
  const buffer = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
  await (await chooser).setFiles({ name: FILE_NAME, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await page.getByTestId('import-check').click({ timeout: 60_000 });
  await expect(page.getByTestId('import-will-add')).toHaveText(
    `Sẽ thêm: ${formatCount(file.orgs)} tổ chức cơ sở đảng, ${formatCount(file.cells)} chi bộ, 0 cán bộ, 0 lượt đăng ký.`,
    { timeout: 90_000 },
  );
  await expect(page.getByTestId('import-commit')).toBeEnabled();
}

/** Reports each commit mark to Node the moment the page's timeline records it. */
async function watchCommitMarks(page: Page, onMark: (name: string) => void): Promise<void> {
  await page.exposeBinding('__reportCommitMark', (_source, name: string) => onMark(name));
  await page.evaluate(
    ([start, end]) => {
      const report = (window as unknown as { __reportCommitMark: (name: string) => Promise<void> }).__reportCommitMark;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === start || entry.name === end) void report(entry.name);
      }).observe({ type: 'mark' });
    },
    [START, END] as const,
  );
}

test('closing the page in the middle of a 20,000-row import commit leaves the database exactly as before', async ({ page, context }) => {
  test.setTimeout(300_000);
  await previewLargeImport(page);
  // Taken after "Kiểm tra" (which remembers the column mapping): the commit alone must change nothing.
  const before = await dumpDatabase(page);

  const marks: string[] = [];
  let closing: Promise<number> | null = null;
  await watchCommitMarks(page, (name) => {
    marks.push(name);
    if (name !== START || closing) return;
    const startedAt = Date.now();
    // No beforeunload, no waiting: the tab goes away as if the window were closed.
    closing = page.close({ runBeforeUnload: false }).then(() => Date.now() - startedAt);
  });
  await page.getByTestId('import-commit').click();
  await expect.poll(() => closing !== null, { timeout: 120_000 }).toBe(true);
  const closeMs = await (closing as Promise<number> | null);
  test.info().annotations.push({ type: 'timing', description: `page closed ${closeMs} ms after ${START}` });
  console.log(`crash.spec: ${file.orgs + file.cells} records; the page was closed ${closeMs} ms after ${START}`);

  // The commit had truly begun (the mark is set inside the write transaction), and had not ended.
  expect(marks).toEqual([START]);

  const again = await context.newPage();
  await again.goto('/');
  await expect(again.getByTestId('kpi-total-cells-value')).toBeVisible();
  const after = await dumpDatabase(again);
  expect(dumpCounts(after)).toEqual(dumpCounts(before));
  expect(after).toEqual(before);
});

test('control: the same commit, allowed to finish, stores every row of the file', async ({ page }) => {
  test.setTimeout(300_000);
  await previewLargeImport(page);
  const before = await dumpDatabase(page);
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toContainText(
    `Đã thêm ${formatCount(file.orgs)} tổ chức cơ sở đảng, ${formatCount(file.cells)} chi bộ`,
    { timeout: 120_000 },
  );
  const commitMs = await page.evaluate(([start, end]) => performance.measure('import:commit', start, end).duration, [START, END] as const);
  test.info().annotations.push({ type: 'timing', description: `commit of ${file.orgs + file.cells} records took ${Math.round(commitMs)} ms` });
  console.log(`crash.spec control: commit of ${file.orgs} orgs + ${file.cells} cells took ${Math.round(commitMs)} ms`);

  const after = await dumpDatabase(page);
  expect(after.orgs).toHaveLength(before.orgs!.length + file.orgs);
  expect(after.cells).toHaveLength(before.cells!.length + file.cells);
  // Everything that was there is still there, unchanged; only orgs and cells grew, and the log
  // gained exactly one entry: the import, which its undo can take back.
  const log = after.audit as { action: string; summary: string }[];
  expect(log.slice(0, -1)).toEqual(before.audit);
  expect(log.at(-1)).toMatchObject({ action: 'import', summary: `Nhập từ tệp: ${file.orgs} tổ chức cơ sở đảng, ${file.cells} chi bộ` });
  for (const store of Object.keys(before)) {
    if (store === 'audit') continue;
    if (store === 'orgs' || store === 'cells') {
      const kept = new Map((after[store] as { id: string }[]).map((r) => [r.id, r]));
      for (const record of before[store] as { id: string }[]) expect(kept.get(record.id)).toEqual(record);
    } else {
      expect(after[store]).toEqual(before[store]);
    }
  }
  const names = new Set((after.orgs as { name: string }[]).map((o) => o.name));
  expect(names.has('Đảng bộ Công ty Cổ phần Thử tải số 0001')).toBe(true);
  expect(names.has(`Đảng bộ Công ty Cổ phần Thử tải số ${String(ORGS).padStart(4, '0')}`)).toBe(true);
});
