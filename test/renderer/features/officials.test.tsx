// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OfficialsPage } from '../../../renderer/features/officials/OfficialsPage';
import type { Meeting, Recommendation } from '../../../shared/domain/meetings';
import { expectDialogClosed, fillIn, openDialog, press } from './forms';
import { fieldOf, rowOf } from './grid';
import { renderPage, setUpPageTests } from './render-page';

const db = setUpPageTests();

const BASE_MEETING: Meeting = {
  id: '',
  registrationId: '',
  date: '2025-03-10',
  startTime: '14:00',
  endTime: '',
  place: '',
  type: 'regular',
  agenda: '',
  host: { role: null, name: '', confirmed: false },
  noticeDate: '2025-03-01',
  status: 'scheduled',
  postponements: [],
  absenceReason: '',
  hostAttended: null,
  membersPresent: null,
  attendees: '',
  notes: '',
};
const BASE_RECOMMENDATION: Recommendation = {
  id: '',
  meetingId: '',
  content: 'Kiến nghị',
  field: '',
  addressedTo: 'UBND xã',
  dueDate: '',
  status: 'new',
  history: [{ status: 'new', date: '2025-03-10', note: '', skipReason: '' }],
};

describe('OfficialsPage', () => {
  it('shows số lượt and số chi bộ of the working year separately', async () => {
    renderPage(<OfficialsPage />, db());
    await screen.findByText('Nguyễn Văn An');
    await waitFor(() => expect(fieldOf(rowOf('Nguyễn Văn An'), 'registrationCount')).not.toBe(''));
    const an = rowOf('Nguyễn Văn An');
    // Three registrations (xóm 1, and xóm 2 twice) in two cells.
    expect(fieldOf(an, 'registrationCount')).toBe('3');
    expect(fieldOf(an, 'cellCount')).toContain('2');
    expect(fieldOf(an, 'group')).toBe('Tỉnh ủy viên');
    // Dung only registered for 2026.
    expect(fieldOf(rowOf('Phạm Thị Dung'), 'registrationCount')).toBe('0');
  });

  it('adds an official, with the capacity checked in Vietnamese', async () => {
    renderPage(<OfficialsPage />, db());
    const dialog = await openDialog('Thêm cán bộ');
    fillIn(dialog, { 'Họ và tên': 'Hồ Thị Thủy', 'Chức vụ': 'Tỉnh ủy viên', 'Số chi bộ tối đa': '25' });
    press(dialog, 'Lưu');
    expect(await within(dialog).findByText('Tối đa 20 chi bộ mỗi năm')).toBeTruthy();

    fillIn(dialog, { 'Số chi bộ tối đa': '4' });
    press(dialog, 'Lưu');
    await expectDialogClosed();
    expect(await db().officials.where('name').equals('Hồ Thị Thủy').first()).toMatchObject({ capacity: 4, group: 'member' });
  });

  it('warns how many registrations go with an official before deleting', async () => {
    renderPage(<OfficialsPage />, db());
    const dialog = await openDialog('Xóa: Nguyễn Văn An');
    expect(dialog.textContent).toContain('Xóa cán bộ Nguyễn Văn An sẽ xóa 3 lượt đăng ký dự sinh hoạt của cán bộ này.');
    press(dialog, 'Xóa');
    await waitFor(async () => expect(await db().officials.get('p-an')).toBeUndefined());
    expect(await db().registrations.where('officialId').equals('p-an').count()).toBe(0);
  });

  it('also counts the meetings and recommendations that go with the official', async () => {
    const meeting = { ...BASE_MEETING, id: 'm-1', registrationId: 'r-1', status: 'held' as const };
    await db().meetings.bulkAdd([meeting, { ...BASE_MEETING, id: 'm-2', registrationId: 'r-4' }, { ...BASE_MEETING, id: 'm-3', registrationId: 'r-6' }]);
    const rec = (id: string) => ({ ...BASE_RECOMMENDATION, id, meetingId: 'm-1' });
    await db().recommendations.bulkAdd([rec('k-1'), rec('k-2')]);
    renderPage(<OfficialsPage />, db());
    const dialog = await openDialog('Xóa: Nguyễn Văn An');
    expect(dialog.textContent).toContain(
      'Xóa cán bộ Nguyễn Văn An sẽ xóa 3 lượt đăng ký dự sinh hoạt của cán bộ này và 2 buổi sinh hoạt, 2 kiến nghị đã ghi.',
    );
    press(dialog, 'Xóa');
    await waitFor(async () => expect(await db().officials.get('p-an')).toBeUndefined());
    expect((await db().meetings.toArray()).map((m) => m.id)).toEqual(['m-3']);
    expect(await db().recommendations.count()).toBe(0);
  });

  it('edits an official from the row’s edit button', async () => {
    renderPage(<OfficialsPage />, db());
    const dialog = await openDialog('Sửa: Lê Văn Cường');
    const position = within(dialog).getByRole('textbox', { name: /Chức vụ/ }) as HTMLInputElement;
    expect(position.value).toBe('Tỉnh ủy viên');
    fillIn(dialog, { 'Chức vụ': 'Phó Chủ tịch UBND tỉnh' });
    press(dialog, 'Lưu');
    await waitFor(async () => expect((await db().officials.get('p-cuong'))?.position).toBe('Phó Chủ tịch UBND tỉnh'));
  });
});
