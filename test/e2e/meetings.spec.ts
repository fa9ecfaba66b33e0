/**
 * A quarter's follow-up in real Chromium against the built web renderer: the clerk enters a
 * grassroots notice, sees that nobody from the leadership is confirmed, confirms the Deputy
 * Secretary, records the meeting as held, adds two recommendations, forwards and resolves
 * one, watches the dashboard counts move, and after a reload finds everything as it was,
 * in the UI and in IndexedDB.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Meeting, Recommendation } from '../../shared/domain/meetings';
import type { Registration } from '../../shared/domain/types';
import { formatIsoVi, isoFromParts, quarterRange, todayIso } from '../../shared/meetings/iso-date';
import { foldForSearch } from '../../shared/text/normalize';
import { formatCount, kpiValue, openPage, screenshot } from './support/app';
import { readDatabase, readStore } from './support/db';

/** "Mới tiếp nhận: 12" → 12. */
async function recCount(page: Page, key: string): Promise<number> {
  const text = (await page.getByTestId(`dashboard-rec-count-${key}`).textContent()) ?? '';
  const value = Number(text.split(':').pop()?.trim().replace(/\./g, ''));
  if (!Number.isInteger(value)) throw new Error(`dashboard-rec-count-${key} shows "${text}", not a count`);
  return value;
}

/** A past day inside the registration's first planned quarter, so "Đã dự" is allowed. */
function meetingDayFor(registration: Registration, today: string): string | null {
  if (registration.period.kind !== 'year' || registration.period.quarters.length === 0) return null;
  const year = registration.period.year;
  const quarter = registration.period.quarters[0]!;
  const day = isoFromParts(year, (quarter - 1) * 3 + 2, 10);
  return day < today && quarterRange(year, quarter).to < today ? day : null;
}

test('a clerk runs a meeting from the notice to resolved recommendations, and it all survives a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('load-sample').click();
  await expect(kpiValue(page, 'kpi-total-cells')).toBeVisible();

  const today = todayIso();
  const data = await readDatabase(page);
  const existing = await readStore<Meeting>(page, 'meetings');
  // A registration whose official has no meeting that day, so the only warnings are the ones this test is about.
  const officialOf = new Map(data.registrations.map((r) => [r.id, r.officialId]));
  const busy = new Set(existing.map((m) => `${officialOf.get(m.registrationId)}|${m.date}`));
  const officialById = new Map(data.officials.map((o) => [o.id, o]));
  const cellById = new Map(data.cells.map((c) => [c.id, c]));
  const registration = data.registrations.find((r) => {
    const day = meetingDayFor(r, today);
    return day !== null && !busy.has(`${r.officialId}|${day}`);
  });
  if (!registration) throw new Error('the sample has no past quarterly registration to schedule');
  const day = meetingDayFor(registration, today)!;
  const official = officialById.get(registration.officialId)!;
  const cell = cellById.get(registration.cellId)!;
  const noticeDay = isoFromParts(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 1);

  const recTotalBefore = await recCount(page, 'total');
  const recResolvedBefore = await recCount(page, 'resolved');
  const recForwardedBefore = await recCount(page, 'forwarded');

  await test.step('quick entry of the grassroots notice, without a confirmed Secretary or Deputy', async () => {
    await openPage(page, 'meetings');
    // The sample's own meetings: this month on the calendar, with the warnings panel above it.
    await expect(page.getByTestId('meeting-month')).toBeVisible();
    await screenshot(page, 'meetings-0-lich-thang');
    await page.getByTestId('meeting-add').click();
    const dialog = page.getByTestId('meeting-dialog');
    const picker = dialog.getByRole('combobox', { name: 'Cán bộ — chi bộ đăng ký' });
    await picker.click();
    await picker.fill(`${foldForSearch(official.name)} ${foldForSearch(cell.name)}`);
    await page.getByRole('option').filter({ hasText: cell.name }).first().click();
    await dialog.getByLabel('Ngày sinh hoạt').fill(formatIsoVi(day));
    await dialog.getByLabel('Giờ bắt đầu').fill('7h30');
    await dialog.getByLabel('Giờ kết thúc').fill('10:00');
    await dialog.getByLabel('Ngày nhận thông báo').fill(formatIsoVi(noticeDay));
    await dialog.getByLabel('Địa điểm').fill('Hội trường nhà văn hóa');
    await dialog.getByLabel('Nội dung, chương trình dự kiến').fill('Sinh hoạt thường kỳ; quán triệt nghị quyết mới');
    // The check is shown while the clerk is still in the form, before anything is saved.
    await expect(dialog.getByTestId('meeting-dialog-warnings')).toContainText('Bí thư');
    await screenshot(page, 'meetings-1-nhap-nhanh');
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(dialog).toBeHidden();
  });

  let meeting: Meeting;
  await test.step('the missing-secretary warning is listed, then cleared by confirming the deputy', async () => {
    const stored = (await readStore<Meeting>(page, 'meetings')).filter((m) => m.registrationId === registration.id && m.date === day);
    expect(stored).toHaveLength(1);
    meeting = stored[0]!;
    expect(meeting).toMatchObject({ startTime: '07:30', endTime: '10:00', noticeDate: noticeDay, status: 'scheduled', host: { role: null, confirmed: false } });

    await expect(page.getByTestId('meeting-warnings-noHost')).toBeVisible();
    await page.getByTestId('meeting-view-list').click();
    await page.getByLabel('Lọc theo cán bộ').fill(foldForSearch(official.name));
    await page.getByRole('option', { name: official.name }).first().click();
    await page.getByRole('gridcell', { name: formatIsoVi(day) }).first().click();
    const detail = page.getByTestId('meeting-detail');
    await expect(detail).toBeVisible();
    await expect(detail.getByTestId('meeting-detail-warnings')).toContainText('Bí thư');
    await detail.getByTestId('meeting-confirm-host').click();
    await page.getByTestId('meeting-confirm-host-deputy').click();
    await expect(detail.getByTestId('meeting-detail-warnings')).toBeHidden();
    await screenshot(page, 'meetings-2-da-xac-nhan');
  });

  await test.step('the meeting is recorded as held, with the deputy attending', async () => {
    const detail = page.getByTestId('meeting-detail');
    await detail.getByTestId('meeting-result-held').click();
    const form = page.getByRole('dialog').filter({ hasText: 'Số đảng viên có mặt' });
    await form.getByLabel('Phó Bí thư').check();
    await form.getByLabel('Số đảng viên có mặt').fill('23');
    await form.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(form).toBeHidden();
    await expect(detail).toContainText('Đã dự');
  });

  await test.step('two recommendations are raised; one is forwarded, then resolved with the skipped step explained', async () => {
    const detail = page.getByTestId('meeting-detail');
    const contents = ['Đề nghị sớm sửa chữa đường liên thôn', 'Đề nghị hỗ trợ kinh phí nhà văn hóa'];
    for (const content of contents) {
      await detail.getByTestId('recommendation-add').click();
      const form = page.getByTestId('recommendation-dialog');
      await form.getByLabel('Nội dung kiến nghị, đề xuất').fill(content);
      await form.getByLabel('Lĩnh vực').fill('Hạ tầng');
      await form.getByLabel('Cấp ủy, cơ quan nhận').fill('UBND huyện');
      await form.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect(form).toBeHidden();
    }
    const items = detail.getByTestId('recommendation-item');
    await expect(items).toHaveCount(2);
    const first = items.filter({ hasText: contents[0]! });

    await first.getByTestId('rec-step-forwarded').click();
    let step = page.getByTestId('rec-step-dialog');
    await step.getByLabel('Chuyển đến đâu, bằng cách nào (văn bản, số hiệu…)').fill('Công văn số 15-CV/HU gửi UBND huyện');
    await step.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(step).toBeHidden();
    await expect(first).toContainText('Đã chuyển');

    await first.getByTestId('rec-step-resolved').click();
    step = page.getByTestId('rec-step-dialog');
    await step.getByLabel('Đã giải quyết như thế nào').fill('Đã đưa vào kế hoạch sửa chữa quý này');
    // Skipping "Đã trả lời" is refused until the clerk says why.
    await step.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(step).toBeVisible();
    await step.getByLabel(/Lý do bỏ qua bước/).fill('UBND huyện giải quyết ngay, không có văn bản trả lời');
    await step.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(step).toBeHidden();
    await expect(first).toContainText('Đã giải quyết');
    await screenshot(page, 'meetings-3-kien-nghi');
  });

  await test.step('the dashboard counts move by exactly what was done', async () => {
    await page.keyboard.press('Escape');
    await openPage(page, 'dashboard');
    await expect(page.getByTestId('dashboard-rec-count-total')).toHaveText(new RegExp(`: ${formatCount(recTotalBefore + 2)}$`));
    expect(await recCount(page, 'resolved')).toBe(recResolvedBefore + 1);
    expect(await recCount(page, 'forwarded')).toBe(recForwardedBefore);
    await screenshot(page, 'meetings-4-tong-quan');
  });

  await test.step('after a reload everything is still there, in the UI and in IndexedDB', async () => {
    await page.reload();
    await expect(page.getByTestId('dashboard-rec-count-total')).toHaveText(new RegExp(`: ${formatCount(recTotalBefore + 2)}$`));
    const stored = (await readStore<Meeting>(page, 'meetings')).find((m) => m.id === meeting.id)!;
    expect(stored).toMatchObject({ status: 'held', hostAttended: 'deputy', membersPresent: 23, host: { role: 'deputy', confirmed: true } });
    const recs = (await readStore<Recommendation>(page, 'recommendations')).filter((r) => r.meetingId === meeting.id);
    expect(recs.map((r) => r.status).sort()).toEqual(['new', 'resolved']);
    const resolved = recs.find((r) => r.status === 'resolved')!;
    expect(resolved.history.map((s) => s.status)).toEqual(['new', 'forwarded', 'resolved']);
    expect(resolved.history[2]!.skipReason).not.toBe('');

    await openPage(page, 'recommendations');
    await page.getByLabel(/Tìm kiếm/).fill('duong lien thon');
    await expect(page.getByRole('row').filter({ hasText: 'Đề nghị sớm sửa chữa đường liên thôn' })).toContainText('Đã giải quyết');
    await screenshot(page, 'meetings-5-kien-nghi-sau-tai-lai');

    // From a recommendation back to the meeting it was raised at.
    await page.getByRole('button', { name: 'Xem, xử lý: Đề nghị sớm sửa chữa đường liên thôn' }).click();
    await page.getByTestId('recommendation-detail-dialog').getByTestId('rec-meeting-link').click();
    await expect(page).toHaveURL(new RegExp(`#/meetings\\?meeting=${meeting.id}$`));
    await expect(page.getByTestId('meeting-detail')).toContainText(formatIsoVi(day));
    await expect(page.getByTestId('meeting-detail')).toContainText('Đã dự');
  });
});
