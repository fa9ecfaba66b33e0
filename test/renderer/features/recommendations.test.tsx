// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Meeting, Recommendation } from '../../../shared/domain/meetings';
import { formatIsoVi, todayIso } from '../../../shared/meetings/iso-date';
import { NavigationProvider } from '../../../renderer/app/NavigationProvider';
import { MeetingRecommendations } from '../../../renderer/features/recommendations/MeetingRecommendations';
import { RecommendationsPage } from '../../../renderer/features/recommendations/RecommendationsPage';
import { choose, expectDialogClosed, fillIn, press } from './forms';
import { fieldOf, rowOf } from './grid';
import { renderPage, setUpPageTests } from './render-page';

const db = setUpPageTests();

function meeting(id: string, registrationId: string, date: string, status: Meeting['status']): Meeting {
  return {
    id,
    registrationId,
    date,
    startTime: '08:00',
    endTime: '',
    place: 'Nhà văn hóa',
    type: 'regular',
    agenda: '',
    host: { role: 'secretary', name: '', confirmed: true },
    noticeDate: '2025-03-01',
    status,
    postponements: [],
    absenceReason: '',
    hostAttended: status === 'held' ? 'secretary' : null,
    membersPresent: null,
    attendees: '',
    notes: '',
  };
}

/** An Phó Bí thư Tỉnh ủy attended xóm 1 on 10/03/2025; his xóm 2 meeting is still ahead. */
const held = meeting('m-held', 'r-1', '2025-03-10', 'held');
const ahead = meeting('m-ahead', 'r-4', '2025-05-12', 'scheduled');

function recommendation(id: string, content: string, dueDate: string): Recommendation {
  return {
    id,
    meetingId: held.id,
    content,
    field: 'Đất đai',
    addressedTo: 'UBND xã Hoa Thành',
    dueDate,
    status: 'new',
    history: [{ status: 'new', date: held.date, note: '', skipReason: '' }],
  };
}

async function addMeetings(...recs: Recommendation[]) {
  await db().meetings.bulkAdd([held, ahead]);
  if (recs.length > 0) await db().recommendations.bulkAdd(recs);
}

function items(): HTMLElement[] {
  return screen.queryAllByTestId('recommendation-item');
}

function itemOf(text: string): HTMLElement {
  const item = items().find((el) => el.textContent?.includes(text));
  if (!item) throw new Error(`no recommendation item with ${text}`);
  return item;
}

function helperTextOf(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/** Types into a free-text field that offers values used before (an Autocomplete). */
function typeInto(dialog: HTMLElement, label: string, text: string) {
  fireEvent.change(within(dialog).getByRole('combobox', { name: label }), { target: { value: text } });
}

async function addRecommendation(content: string, field: string, addressedTo: string, due: string) {
  fireEvent.click(screen.getByTestId('recommendation-add'));
  const dialog = await screen.findByTestId('recommendation-dialog');
  fillIn(dialog, { 'Nội dung kiến nghị, đề xuất': content, 'Hạn trả lời': due });
  typeInto(dialog, 'Lĩnh vực', field);
  typeInto(dialog, 'Cấp ủy, cơ quan nhận', addressedTo);
  press(dialog, 'Lưu');
  await expectDialogClosed();
}

/** Presses a step button of the item and returns the step dialog. */
async function openStep(item: HTMLElement, step: 'forwarded' | 'answered' | 'resolved' | 'closed') {
  fireEvent.click(within(item).getByTestId(`rec-step-${step}`));
  const root = await screen.findByTestId('rec-step-dialog');
  return within(root).getByRole('dialog');
}

const today = todayIso();

describe('MeetingRecommendations', () => {
  it('explains that recommendations wait until the meeting is recorded as attended', async () => {
    await addMeetings();
    renderPage(<MeetingRecommendations meeting={ahead} />, db());
    expect(await screen.findByText(/Buổi này đang ở trạng thái “Đã có lịch”/)).toBeTruthy();
    expect((screen.getByTestId('recommendation-add') as HTMLButtonElement).disabled).toBe(true);
  });

  it('adds two recommendations to an attended meeting, offering the addressee typed before', async () => {
    await addMeetings();
    renderPage(<MeetingRecommendations meeting={held} />, db());
    expect(await screen.findByText('Buổi sinh hoạt này chưa có kiến nghị, đề xuất nào.')).toBeTruthy();

    await addRecommendation('Sớm cấp giấy chứng nhận quyền sử dụng đất cho 12 hộ', 'Đất đai', 'UBND xã Hoa Thành', '30/04/2025');
    await waitFor(() => expect(items()).toHaveLength(1));

    fireEvent.click(screen.getByTestId('recommendation-add'));
    const dialog = await screen.findByTestId('recommendation-dialog');
    fillIn(dialog, { 'Nội dung kiến nghị, đề xuất': 'Sửa đường bê tông xóm 1' });
    typeInto(dialog, 'Cấp ủy, cơ quan nhận', 'ubnd');
    fireEvent.click(await screen.findByRole('option', { name: 'UBND xã Hoa Thành' }));
    press(dialog, 'Lưu');
    await expectDialogClosed();

    await waitFor(() => expect(items()).toHaveLength(2));
    const land = itemOf('Sớm cấp giấy chứng nhận');
    expect(land.textContent).toContain('Mới tiếp nhận');
    expect(land.textContent).toContain('Đất đai');
    expect(land.textContent).toContain('30/04/2025');
    // Raised on the meeting's day: the first step of its history.
    expect(within(land).getByTestId('rec-history').textContent).toContain('10/03/2025 — Mới tiếp nhận');
    const road = itemOf('Sửa đường bê tông');
    expect(road.textContent).toContain('UBND xã Hoa Thành');
    expect(road.textContent).toContain('Không đặt hạn');
    expect(screen.getByTestId('meeting-recommendation-summary').textContent).toBe('2 kiến nghị, đề xuất · 2 chưa xong · 1 quá hạn');
    const saved = await db().recommendations.where('meetingId').equals(held.id).toArray();
    expect(saved.map((r) => r.dueDate).sort()).toEqual(['', '2025-04-30']);
  });

  it('refuses an unreadable due date and an empty content under their fields', async () => {
    await addMeetings();
    renderPage(<MeetingRecommendations meeting={held} />, db());
    fireEvent.click(await screen.findByTestId('recommendation-add'));
    const dialog = await screen.findByTestId('recommendation-dialog');
    fillIn(dialog, { 'Hạn trả lời': '31/02/2025' });
    press(dialog, 'Lưu');
    await waitFor(() => expect(helperTextOf(within(dialog).getByRole('textbox', { name: 'Hạn trả lời' }))).toContain('Ngày không hợp lệ'));
    expect(helperTextOf(within(dialog).getByRole('textbox', { name: 'Nội dung kiến nghị, đề xuất' }))).toContain('Không được để trống');
    expect(await db().recommendations.count()).toBe(0);
  });

  it('forwards one, then resolves it skipping “Đã trả lời” only with a reason', async () => {
    await addMeetings(recommendation('k-land', 'Cấp giấy chứng nhận cho 12 hộ', ''), recommendation('k-road', 'Sửa đường xóm 1', ''));
    renderPage(<MeetingRecommendations meeting={held} />, db());
    await waitFor(() => expect(items()).toHaveLength(2));

    let dialog = await openStep(itemOf('Cấp giấy chứng nhận'), 'forwarded');
    expect((within(dialog).getByRole('textbox', { name: 'Ngày chuyển' }) as HTMLInputElement).value).toBe(formatIsoVi(today));
    fillIn(dialog, { 'Ngày chuyển': '20/03/2025', 'Chuyển đến đâu': 'Công văn 15-CV/HU gửi UBND huyện' });
    // Going straight to resolved would skip a step; forwarding skips nothing, so no reason is asked.
    expect(within(dialog).queryByRole('textbox', { name: /Lý do bỏ qua bước/ })).toBeNull();
    press(dialog, 'Lưu');
    await expectDialogClosed();
    await waitFor(() => expect(itemOf('Cấp giấy chứng nhận').textContent).toContain('Đã chuyển'));
    expect(within(itemOf('Cấp giấy chứng nhận')).getByTestId('rec-history').textContent).toContain(
      '20/03/2025 — Đã chuyển: Công văn 15-CV/HU gửi UBND huyện',
    );

    dialog = await openStep(itemOf('Cấp giấy chứng nhận'), 'resolved');
    const reason = within(dialog).getByRole('textbox', { name: 'Lý do bỏ qua bước “Đã trả lời”' });
    fillIn(dialog, { 'Ngày giải quyết': '15/05/2025', 'Đã giải quyết như thế nào': 'Đã cấp đủ 12 giấy' });
    press(dialog, 'Lưu');
    await waitFor(() => expect(helperTextOf(reason)).toBe('Bỏ qua bước “Đã trả lời” thì phải ghi lý do'));
    expect((await db().recommendations.get('k-land'))?.status).toBe('forwarded');

    fillIn(dialog, { 'Lý do bỏ qua bước': 'Huyện giải quyết luôn, không có văn bản trả lời' });
    press(dialog, 'Lưu');
    await expectDialogClosed();
    await waitFor(() => expect(itemOf('Cấp giấy chứng nhận').textContent).toContain('Đã giải quyết'));
    const land = itemOf('Cấp giấy chứng nhận');
    expect(land.textContent).toContain('Lý do bỏ qua bước: Huyện giải quyết luôn, không có văn bản trả lời');
    // Final: no more steps, only the undo.
    expect(within(land).queryByTestId('rec-step-forwarded')).toBeNull();
    expect(within(land).getByTestId('rec-undo')).toBeTruthy();
    // The other one is untouched.
    expect(itemOf('Sửa đường xóm 1').textContent).toContain('Mới tiếp nhận');
    expect(within(itemOf('Sửa đường xóm 1')).queryByTestId('rec-undo')).toBeNull();
  });

  it('checks an answer before saving: response required, no date before the last step or after today', async () => {
    await addMeetings(recommendation('k-land', 'Cấp giấy chứng nhận cho 12 hộ', ''));
    renderPage(<MeetingRecommendations meeting={held} />, db());
    const dialog = await openStep(await waitFor(() => itemOf('Cấp giấy chứng nhận')), 'answered');
    fillIn(dialog, { 'Ngày trả lời': '31/12/2099', 'Lý do bỏ qua bước': 'Trả lời ngay tại buổi sinh hoạt' });
    press(dialog, 'Lưu');
    const date = within(dialog).getByRole('textbox', { name: 'Ngày trả lời' });
    await waitFor(() => expect(helperTextOf(date)).toBe('Ngày không được sau hôm nay'));
    fillIn(dialog, { 'Ngày trả lời': '01/03/2025' });
    await waitFor(() => expect(helperTextOf(date)).toBe('Ngày của bước này không được trước ngày 10/03/2025 của bước trước'));
    fillIn(dialog, { 'Ngày trả lời': '10/03/2025' });
    await waitFor(() => expect(helperTextOf(within(dialog).getByRole('textbox', { name: 'Nội dung trả lời' }))).toBe('Ghi nội dung trả lời'));
    fillIn(dialog, { 'Nội dung trả lời': 'Xã đã có kế hoạch đo đạc trong quý II' });
    press(dialog, 'Lưu');
    await expectDialogClosed();
    await waitFor(() => expect(itemOf('Cấp giấy chứng nhận').textContent).toContain('10/03/2025 — Đã trả lời: Xã đã có kế hoạch đo đạc trong quý II'));
    expect(itemOf('Cấp giấy chứng nhận').textContent).toContain('Lý do bỏ qua bước: Trả lời ngay tại buổi sinh hoạt');
  });

  it('highlights an overdue item until it is closed, and undoing the close makes it overdue again', async () => {
    await addMeetings(recommendation('k-land', 'Cấp giấy chứng nhận cho 12 hộ', '2025-04-30'), recommendation('k-road', 'Sửa đường xóm 1', ''));
    renderPage(<MeetingRecommendations meeting={held} />, db());
    await waitFor(() => expect(items()).toHaveLength(2));
    const land = itemOf('Cấp giấy chứng nhận');
    expect(land.getAttribute('data-overdue')).toBe('true');
    expect(land.textContent).toMatch(/Quá hạn \d+ ngày/);
    expect(itemOf('Sửa đường xóm 1').getAttribute('data-overdue')).toBeNull();

    const dialog = await openStep(land, 'closed');
    fillIn(dialog, { 'Ngày đóng': '02/05/2025' });
    press(dialog, 'Lưu');
    await waitFor(() =>
      expect(helperTextOf(within(dialog).getByRole('textbox', { name: 'Lý do đóng, không xử lý' }))).toBe('Ghi lý do đóng không xử lý'),
    );
    fillIn(dialog, { 'Lý do đóng': 'Hộ dân rút kiến nghị' });
    press(dialog, 'Lưu');
    await expectDialogClosed();
    await waitFor(() => expect(itemOf('Cấp giấy chứng nhận').textContent).toContain('Đóng, không xử lý'));
    expect(itemOf('Cấp giấy chứng nhận').getAttribute('data-overdue')).toBeNull();
    expect(itemOf('Cấp giấy chứng nhận').textContent).not.toMatch(/Quá hạn \d+ ngày/);

    fireEvent.click(within(itemOf('Cấp giấy chứng nhận')).getByTestId('rec-undo'));
    const confirm = await screen.findByRole('dialog');
    expect(confirm.textContent).toContain('Bỏ bước “Đóng, không xử lý” ngày 02/05/2025? Kiến nghị trở về trạng thái “Mới tiếp nhận”.');
    press(confirm, 'Hoàn tác');
    await waitFor(() => expect(itemOf('Cấp giấy chứng nhận').getAttribute('data-overdue')).toBe('true'));
    expect(itemOf('Cấp giấy chứng nhận').textContent).toContain('Mới tiếp nhận');
    expect((await db().recommendations.get('k-land'))?.history).toHaveLength(1);
  });

  it('edits and deletes a recommendation', async () => {
    await addMeetings(recommendation('k-land', 'Cấp giấy chứng nhận cho 12 hộ', ''));
    renderPage(<MeetingRecommendations meeting={held} />, db());
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa: Cấp giấy chứng nhận cho 12 hộ' }));
    const dialog = await screen.findByTestId('recommendation-dialog');
    fillIn(dialog, { 'Hạn trả lời': '15/06/2025' });
    press(dialog, 'Lưu');
    await expectDialogClosed();
    await waitFor(() => expect(within(itemOf('Cấp giấy chứng nhận')).getByTestId('rec-due-date').textContent).toBe('15/06/2025'));

    fireEvent.click(screen.getByRole('button', { name: 'Xóa: Cấp giấy chứng nhận cho 12 hộ' }));
    const confirm = await screen.findByRole('dialog');
    expect(confirm.textContent).toContain('Xóa kiến nghị “Cấp giấy chứng nhận cho 12 hộ” cùng toàn bộ quá trình xử lý (1 bước)');
    press(confirm, 'Xóa');
    await waitFor(() => expect(items()).toHaveLength(0));
    expect(await db().recommendations.count()).toBe(0);
  });
});

describe('RecommendationsPage', () => {
  async function seedList() {
    const answered: Recommendation = {
      ...recommendation('k-school', 'Bổ sung giáo viên tiếng Anh', '2025-05-31'),
      field: 'Giáo dục',
      addressedTo: 'Phòng Giáo dục huyện',
      status: 'answered',
      history: [
        { status: 'new', date: '2025-03-10', note: '', skipReason: '' },
        { status: 'forwarded', date: '2025-03-12', note: 'Công văn 20', skipReason: '' },
        { status: 'answered', date: '2025-04-02', note: 'Sẽ bổ sung năm học mới', skipReason: '' },
      ],
    };
    await addMeetings(recommendation('k-land', 'Cấp giấy chứng nhận cho 12 hộ', '2025-04-30'), recommendation('k-road', 'Sửa đường xóm 1', ''), answered);
  }

  it('lists every recommendation with where it was raised, counts by status and filters the overdue ones', async () => {
    await seedList();
    renderPage(<RecommendationsPage />, db());
    await waitFor(() => expect(screen.getByTestId('recommendation-counts').textContent).toContain('Tổng số: 3'));
    const counts = screen.getByTestId('recommendation-counts').textContent ?? '';
    expect(counts).toContain('Mới tiếp nhận: 2');
    expect(counts).toContain('Đã trả lời: 1');
    expect(counts).toContain('Quá hạn: 2');

    await waitFor(() => expect(rowOf('Cấp giấy chứng nhận cho 12 hộ')).toBeTruthy());
    const land = rowOf('Cấp giấy chứng nhận cho 12 hộ');
    expect(fieldOf(land, 'meetingDate')).toBe('10/03/2025');
    expect(fieldOf(land, 'cellName')).toBe('Chi bộ xóm 1');
    expect(fieldOf(land, 'officialName')).toBe('Nguyễn Văn An');
    expect(fieldOf(land, 'dueDate')).toMatch(/^30\/04\/2025Quá hạn \d+ ngày$/);
    expect(land.querySelector('.rec-overdue')).not.toBeNull();
    expect(fieldOf(rowOf('Sửa đường xóm 1'), 'dueDate')).toBe('');
    expect(rowOf('Sửa đường xóm 1').querySelector('.rec-overdue')).toBeNull();
    expect(fieldOf(rowOf('Bổ sung giáo viên tiếng Anh'), 'lastStepDate')).toBe('02/04/2025');

    await choose('Trạng thái', 'Quá hạn');
    await waitFor(() => expect(screen.queryByText('Sửa đường xóm 1')).toBeNull());
    expect(screen.getByText('Cấp giấy chứng nhận cho 12 hộ')).toBeTruthy();
    expect(screen.getByText('Bổ sung giáo viên tiếng Anh')).toBeTruthy();

    await choose('Gửi đến', 'Phòng Giáo dục huyện');
    await waitFor(() => expect(screen.queryByText('Cấp giấy chứng nhận cho 12 hộ')).toBeNull());
    expect(screen.getByText('Bổ sung giáo viên tiếng Anh')).toBeTruthy();
  });

  it('opens a row in a dialog with its history, the meeting link and the same step actions', async () => {
    await seedList();
    renderPage(<RecommendationsPage />, db());
    fireEvent.click(await screen.findByRole('button', { name: 'Xem, xử lý: Bổ sung giáo viên tiếng Anh' }));
    const detail = await screen.findByTestId('recommendation-detail-dialog');
    expect(detail.textContent).toContain('buổi sinh hoạt ngày 10/03/2025 — Chi bộ xóm 1 (Đảng bộ xã Hoa Thành), cán bộ dự: Nguyễn Văn An');
    expect(within(detail).getByTestId('rec-meeting-link').getAttribute('href')).toBe('#/meetings?meeting=m-held');
    expect(within(detail).getByTestId('rec-history').textContent).toContain('02/04/2025 — Đã trả lời: Sẽ bổ sung năm học mới');

    fireEvent.click(within(detail).getByTestId('rec-step-resolved'));
    const step = within(await screen.findByTestId('rec-step-dialog')).getByRole('dialog');
    fillIn(step, { 'Ngày giải quyết': '20/05/2025', 'Đã giải quyết như thế nào': 'Đã có 2 giáo viên' });
    press(step, 'Lưu');
    await waitFor(() => expect(screen.queryByTestId('rec-step-dialog')).toBeNull());
    await waitFor(() => expect(within(detail).getByTestId('rec-history').textContent).toContain('20/05/2025 — Đã giải quyết'));
    await waitFor(() => expect(screen.getByTestId('recommendation-counts').textContent).toContain('Quá hạn: 1'));
  });

  it('starts on the overdue filter when a link asks for it', async () => {
    await seedList();
    window.location.hash = '#/recommendations?status=overdue';
    renderPage(
      <NavigationProvider>
        <RecommendationsPage />
      </NavigationProvider>,
      db(),
    );
    await waitFor(() => expect(screen.getByText('Cấp giấy chứng nhận cho 12 hộ')).toBeTruthy());
    expect(screen.queryByText('Sửa đường xóm 1')).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Trạng thái' }).textContent).toBe('Quá hạn');
  });
});
