// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTINGS_ID } from '../../../renderer/db/database';
import { MeetingsPage } from '../../../renderer/features/meetings/MeetingsPage';
import type { Meeting } from '../../../shared/domain/meetings';
import { expectDialogClosed, fillIn, press } from './forms';
import { renderPage, setUpPageTests } from './render-page';

const db = setUpPageTests();

// Monday 10/03/2025: the seed's registrations are for 2025, An's r-1 plans quarters I and III.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: new Date(2025, 2, 10, 9, 0) });
});
afterEach(() => {
  vi.useRealTimers();
});

function meeting(id: string, fields: Partial<Meeting>): Meeting {
  return {
    id,
    registrationId: 'r-1',
    date: '2025-03-14',
    startTime: '07:30',
    endTime: '',
    place: 'Nhà văn hóa xóm 1',
    type: 'regular',
    agenda: 'Sinh hoạt thường kỳ tháng 3',
    host: { role: 'secretary', name: 'Hồ Văn Hải', confirmed: true },
    noticeDate: '2025-03-01',
    status: 'scheduled',
    postponements: [],
    absenceReason: '',
    hostAttended: null,
    membersPresent: null,
    attendees: '',
    notes: '',
    ...fields,
  };
}

async function openPage(...meetings: Meeting[]) {
  if (meetings.length > 0) await db().meetings.bulkAdd(meetings);
  renderPage(<MeetingsPage />, db());
  return screen.findByTestId('meeting-warnings');
}

/** "Chưa xác nhận Bí thư/Phó Bí thư dự: 1" → 1. */
function warningCount(kind: string): number {
  const text = screen.getByTestId(`meeting-warnings-${kind}`).textContent ?? '';
  return Number(text.slice(text.lastIndexOf(':') + 1).trim());
}

async function openAddDialog() {
  const add = screen.getByTestId('meeting-add');
  await waitFor(() => expect((add as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(add);
  return screen.findByTestId('meeting-dialog');
}

async function pickRegistration(dialog: HTMLElement, typed: string, optionText: RegExp) {
  const input = within(dialog).getByRole('combobox', { name: 'Cán bộ — chi bộ đăng ký' });
  fireEvent.change(input, { target: { value: typed } });
  fireEvent.click(await screen.findByRole('option', { name: optionText }));
}

/** Opens a meeting from the month view by the text its day shows. */
async function openFromMonth(day: string, text: string) {
  const cell = await screen.findByTestId(`meeting-day-${day}`);
  fireEvent.click(within(cell).getByText(text, { exact: false }));
  return screen.findByTestId('meeting-detail');
}

describe('MeetingsPage: quick entry and checks', () => {
  it('creates a meeting from a notice, warns about the missing host before and after saving', async () => {
    await openPage();
    const dialog = await openAddDialog();
    await pickRegistration(dialog, 'nguyen van an xom 1', /Nguyễn Văn An — Chi bộ xóm 1/);
    fillIn(dialog, { 'Ngày sinh hoạt': '14/3/2025', 'Giờ bắt đầu': '7h30', 'Địa điểm': 'Nhà văn hóa xóm 1' });
    expect(within(dialog).getByText('Thứ Sáu')).toBeTruthy();
    expect(within(dialog).getByTestId('meeting-dialog-warnings').textContent).toContain('Cơ sở chưa xác nhận Bí thư hoặc Phó Bí thư dự cùng');
    press(dialog, 'Lưu');

    await expectDialogClosed();
    const saved = await db().meetings.toArray();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ registrationId: 'r-1', date: '2025-03-14', startTime: '07:30', noticeDate: '2025-03-10', status: 'scheduled' });
    await waitFor(() => expect(warningCount('noHost')).toBe(1));
    const day = screen.getByTestId('meeting-day-2025-03-14');
    expect(day.textContent).toContain('07:30 N.V. An · Chi bộ xóm 1');
    expect(within(day).getByTestId('meeting-warning-mark')).toBeTruthy();
  });

  it('keeps the registration after "Lưu và thêm tiếp" and starts an empty date', async () => {
    await openPage();
    const dialog = await openAddDialog();
    await pickRegistration(dialog, 'tran thi binh', /Trần Thị Bình/);
    fillIn(dialog, { 'Ngày sinh hoạt': '20/03/2025', 'Giờ bắt đầu': '14:00' });
    press(dialog, 'Lưu và thêm tiếp');

    expect(await within(dialog).findByText('Đã lưu buổi sinh hoạt ngày 20/03/2025. Nhập tiếp buổi khác.')).toBeTruthy();
    const picker = within(dialog).getByRole('combobox', { name: 'Cán bộ — chi bộ đăng ký' }) as HTMLInputElement;
    expect(picker.value).toContain('Trần Thị Bình — Chi bộ xóm 1');
    expect((within(dialog).getByRole('textbox', { name: 'Ngày sinh hoạt' }) as HTMLInputElement).value).toBe('');
    expect(await db().meetings.where('registrationId').equals('r-2').count()).toBe(1);
  });

  it('shows the schema’s messages under the fields and saves nothing', async () => {
    await openPage();
    const dialog = await openAddDialog();
    fillIn(dialog, { 'Ngày sinh hoạt': '31/02/2025' });
    press(dialog, 'Lưu');
    expect(await within(dialog).findByText('Ngày không hợp lệ: nhập theo dạng dd/mm/yyyy')).toBeTruthy();
    expect(within(dialog).getByText('Nhập giờ theo dạng HH:mm, ví dụ 07:30')).toBeTruthy();
    expect(await db().meetings.count()).toBe(0);
  });

  it('clears the missing-host warning once the Secretary is confirmed', async () => {
    await openPage(meeting('m-1', { host: { role: null, name: '', confirmed: false } }));
    await waitFor(() => expect(warningCount('noHost')).toBe(1));
    fireEvent.click(screen.getByTestId('meeting-warnings-noHost'));
    fireEvent.click(screen.getByRole('button', { name: /Xem buổi sinh hoạt: 14\/03\/2025 07:30 · Nguyễn Văn An/ }));
    const detail = await screen.findByTestId('meeting-detail');
    fireEvent.click(within(detail).getByTestId('meeting-confirm-host'));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Bí thư dự' }));

    await waitFor(() => expect(warningCount('noHost')).toBe(0));
    expect((await db().meetings.get('m-1'))?.host).toEqual({ role: 'secretary', name: '', confirmed: true });
    expect(within(detail).queryByTestId('meeting-confirm-host')).toBeNull();
    expect(within(detail).getByText('Bí thư (đã xác nhận)')).toBeTruthy();
  });

  it('flags an official booked at overlapping times, on both meetings', async () => {
    await openPage(
      meeting('m-1', { date: '2025-03-12', startTime: '08:00' }),
      meeting('m-2', { registrationId: 'r-4', date: '2025-03-12', startTime: '09:00', endTime: '10:30' }),
      meeting('m-3', { registrationId: 'r-2', date: '2025-03-12', startTime: '08:00' }),
    );
    await waitFor(() => expect(warningCount('overlap')).toBe(2));
    fireEvent.click(screen.getByTestId('meeting-warnings-overlap'));
    const list = screen.getByRole('list', { name: 'Cán bộ trùng giờ hai buổi' });
    expect(list.textContent).toContain('Trùng giờ với buổi 09:00–10:30 tại Chi bộ xóm 2 — Đảng bộ xã Hoa Thành');
    expect(list.textContent).toContain('Trùng giờ với buổi 08:00–10:00 tại Chi bộ xóm 1 — Đảng bộ xã Hoa Thành');
    expect(within(screen.getByTestId('meeting-day-2025-03-12')).getAllByTestId('meeting-warning-mark')).toHaveLength(2);
  });

  it('flags a late notice against the days set in settings', async () => {
    await openPage(meeting('m-1', { date: '2025-03-12', noticeDate: '2025-03-10' }));
    await waitFor(() => expect(warningCount('lateNotice')).toBe(1));
    fireEvent.click(screen.getByTestId('meeting-warnings-lateNotice'));
    expect(screen.getByText('Thông báo đến trước 2 ngày; quy định ít nhất 3 ngày')).toBeTruthy();

    const row = await db().settings.get(SETTINGS_ID);
    await db().settings.put({ ...row!, rules: { ...row!.rules, noticeDays: 2 } });
    await waitFor(() => expect(warningCount('lateNotice')).toBe(0));
  });

  it('offers "Lên lịch" for a planned quarter without a meeting, with the registration filled in', async () => {
    await openPage();
    await waitFor(() => expect(warningCount('unscheduledQuarter')).toBe(1));
    fireEvent.click(screen.getByTestId('meeting-warnings-unscheduledQuarter'));
    expect(screen.getByText('Đăng ký dự quý I năm 2025, chưa có buổi sinh hoạt nào trong quý')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Lên lịch cho Nguyễn Văn An — Chi bộ xóm 1/ }));
    const dialog = await screen.findByTestId('meeting-dialog');
    const picker = within(dialog).getByRole('combobox', { name: 'Cán bộ — chi bộ đăng ký' }) as HTMLInputElement;
    expect(picker.value).toBe('Nguyễn Văn An — Chi bộ xóm 1 — Đảng bộ xã Hoa Thành (Quý I, III năm 2025)');
  });
});

describe('MeetingsPage: views and filters', () => {
  it('puts meetings on their day in the Monday-first month grid and moves between months', async () => {
    await openPage(meeting('m-1', {}), meeting('m-2', { registrationId: 'r-2', date: '2025-04-02', startTime: '14:00' }));
    expect(screen.getByTestId('meeting-range').textContent).toBe('Tháng 3/2025');
    const grid = await screen.findByTestId('meeting-month');
    // March 2025 starts on a Saturday: the grid opens on Monday 24/02.
    expect(within(grid).getAllByRole('group')[0]?.getAttribute('aria-label')).toBe('Thứ Hai, 24/02/2025');
    await waitFor(() => expect(screen.getByTestId('meeting-day-2025-03-14').textContent).toContain('07:30 N.V. An · Chi bộ xóm 1'));
    expect(screen.getByTestId('meeting-day-2025-04-02').textContent).toContain('14:00 T.T. Bình · Chi bộ xóm 1');

    fireEvent.click(screen.getByRole('button', { name: 'Tháng sau' }));
    expect(screen.getByTestId('meeting-range').textContent).toBe('Tháng 4/2025');
    expect(screen.queryByTestId('meeting-day-2025-03-14')).toBeNull();

    fireEvent.click(screen.getByTestId('meeting-view-week'));
    fireEvent.click(screen.getByRole('button', { name: 'Hôm nay' }));
    expect(screen.getByTestId('meeting-range').textContent).toBe('Tuần 10/03/2025 – 16/03/2025');
    const friday = screen.getByTestId('meeting-day-2025-03-14');
    expect(friday.textContent).toContain('Nguyễn Văn An');
    expect(friday.textContent).toContain('Nhà văn hóa xóm 1');
    expect(friday.textContent).toContain('Bí thư Hồ Văn Hải (đã xác nhận)');
  });

  it('filters by official and by status', async () => {
    await openPage(
      meeting('m-1', {}),
      meeting('m-2', { registrationId: 'r-2', date: '2025-03-05', status: 'held' }),
    );
    await waitFor(() => expect(screen.getByTestId('meeting-summary').textContent).toContain('2 buổi sinh hoạt'));

    fireEvent.change(screen.getByRole('combobox', { name: 'Lọc theo cán bộ' }), { target: { value: 'tran thi binh' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Trần Thị Bình' }));
    await waitFor(() => expect(screen.getByTestId('meeting-summary').textContent).toContain('1 buổi sinh hoạt · 1 đã dự'));
    expect(screen.getByTestId('meeting-day-2025-03-14').textContent).not.toContain('N.V. An');

    fireEvent.click(screen.getByRole('button', { name: 'Bỏ lọc' }));
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Tình trạng' }));
    fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: 'Đã có lịch' }));
    await waitFor(() => expect(screen.getByTestId('meeting-summary').textContent).toContain('1 buổi sinh hoạt · 0 đã dự · 1 chưa diễn ra'));
    expect(screen.getByTestId('meeting-day-2025-03-14').textContent).toContain('N.V. An');
    expect(screen.getByTestId('meeting-day-2025-03-05').textContent).toBe('5');
  });

  it('lists meetings with date, time, official, host and warnings', async () => {
    await openPage(meeting('m-1', { host: { role: 'deputy', name: '', confirmed: false } }));
    fireEvent.click(screen.getByTestId('meeting-view-list'));
    const grid = await screen.findByRole('grid', { name: 'Danh sách buổi sinh hoạt' });
    await waitFor(() => expect(within(grid).getByText('14/03/2025')).toBeTruthy());
    const row = within(grid).getByText('14/03/2025').closest('[role="row"]') as HTMLElement;
    expect(row.textContent).toContain('Nguyễn Văn An');
    expect(row.textContent).toContain('Phó Bí thư (chưa xác nhận)');
    expect(row.textContent).toContain('Cơ sở chưa xác nhận Bí thư hoặc Phó Bí thư dự cùng');
  });
});

describe('MeetingsPage: results', () => {
  it('records "Đã dự" for a past meeting; a future one cannot be marked held yet', async () => {
    await openPage(meeting('m-past', { date: '2025-03-07' }), meeting('m-future', { date: '2025-03-14' }));
    let detail = await openFromMonth('2025-03-14', '07:30');
    expect((within(detail).getByTestId('meeting-result-held') as HTMLButtonElement).disabled).toBe(true);
    expect(within(detail).getByText(/Chưa đến ngày sinh hoạt \(14\/03\/2025\)/)).toBeTruthy();
    press(detail, 'Đóng');
    await expectDialogClosed();

    detail = await openFromMonth('2025-03-07', '07:30');
    fireEvent.click(within(detail).getByTestId('meeting-result-held'));
    const form = await screen.findByRole('dialog', { name: 'Ghi kết quả: Đã dự' });
    expect((within(form).getByRole('radio', { name: 'Bí thư' }) as HTMLInputElement).checked).toBe(true);
    fillIn(form, { 'Số đảng viên có mặt': '21', 'Thành phần khác dự': 'Trưởng thôn' });
    press(form, 'Lưu');

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Ghi kết quả: Đã dự' })).toBeNull());
    expect(await db().meetings.get('m-past')).toMatchObject({ status: 'held', membersPresent: 21, hostAttended: 'secretary', attendees: 'Trưởng thôn' });
    expect(within(detail).getByText('Đã dự')).toBeTruthy();
    expect(within(detail).getByText('21')).toBeTruthy();
  });

  it('postpones to a later day and keeps the history', async () => {
    await openPage(meeting('m-1', { date: '2025-03-12' }));
    const detail = await openFromMonth('2025-03-12', '07:30');
    fireEvent.click(within(detail).getByTestId('meeting-result-postponed'));
    const form = await screen.findByRole('dialog', { name: 'Hoãn buổi sinh hoạt' });
    fillIn(form, { 'Ngày sinh hoạt mới': '11/03/2025', 'Lý do hoãn': 'Trùng lịch họp của xã' });
    press(form, 'Lưu');
    expect(await within(form).findByText('Ngày mới phải sau ngày 12/03/2025')).toBeTruthy();

    fillIn(form, { 'Ngày sinh hoạt mới': '19/03/2025' });
    press(form, 'Lưu');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Hoãn buổi sinh hoạt' })).toBeNull());
    expect(await db().meetings.get('m-1')).toMatchObject({ status: 'postponed', date: '2025-03-19' });
    expect(within(detail).getByText('Buổi sinh hoạt ngày 19/03/2025')).toBeTruthy();
    expect(within(detail).getByText('Hoãn từ 12/03/2025 07:30 (ghi ngày 10/03/2025): Trùng lịch họp của xã')).toBeTruthy();
    expect(screen.getByTestId('meeting-day-2025-03-19').textContent).toContain('07:30 N.V. An');
  });

  it('records "Không dự được" with a reason, and "Sửa kết quả" takes it back', async () => {
    await openPage(meeting('m-1', { date: '2025-03-10' }));
    const detail = await openFromMonth('2025-03-10', '07:30');
    fireEvent.click(within(detail).getByTestId('meeting-result-not-attended'));
    const form = await screen.findByRole('dialog', { name: 'Ghi kết quả: Không dự được' });
    fillIn(form, { 'Lý do không dự được': 'Đi công tác Hà Nội' });
    press(form, 'Lưu');

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Ghi kết quả: Không dự được' })).toBeNull());
    expect(await db().meetings.get('m-1')).toMatchObject({ status: 'not_attended', absenceReason: 'Đi công tác Hà Nội' });
    expect(within(detail).getByText('Đi công tác Hà Nội')).toBeTruthy();

    fireEvent.click(within(detail).getByTestId('meeting-result-clear'));
    await waitFor(async () => expect((await db().meetings.get('m-1'))?.status).toBe('scheduled'));
    expect(await within(detail).findByTestId('meeting-result-held')).toBeTruthy();
  });
});
