import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/domain/meetings';
import { buildMeetingCalendarReport, MEETING_CALENDAR_COLUMNS, weekdayVi } from '../../../shared/report/meeting-calendar-report';
import { settings } from '../fixtures/settings';
import { cells, officials, orgs, registrations } from '../fixtures/small-district';

const date = { day: 25, month: 6, year: 2025 };

function meeting(id: string, registrationId: string, day: string, over: Partial<Meeting> = {}): Meeting {
  return {
    id,
    registrationId,
    date: day,
    startTime: '08:00',
    endTime: '',
    place: 'Nhà văn hóa thôn 1',
    type: 'regular',
    agenda: 'Sơ kết quý',
    host: { role: 'secretary', name: 'Hồ Văn Tâm', confirmed: true },
    noticeDate: '2025-06-20',
    status: 'scheduled',
    postponements: [],
    absenceReason: '',
    hostAttended: null,
    membersPresent: null,
    attendees: '',
    notes: '',
    ...over,
  };
}

const meetings: Meeting[] = [
  // Out of order on purpose: the report sorts by date, then time.
  meeting('m-aug', 'reg-3', '2025-08-04', { startTime: '14:00', endTime: '16:30', type: 'thematic', host: { role: null, name: '', confirmed: false } }),
  meeting('m-jul-2', 'reg-7', '2025-07-07', {
    startTime: '14:00',
    status: 'postponed',
    postponements: [{ fromDate: '2025-07-02', fromTime: '14:00', recordedOn: '2025-06-30', reason: 'Mưa bão' }],
    host: { role: 'deputy', name: '', confirmed: false },
  }),
  meeting('m-jul-1', 'reg-2', '2025-07-07', { startTime: '07:30', endTime: '10:00' }),
  meeting('m-held', 'reg-3', '2025-07-01', { status: 'held', hostAttended: 'deputy', notes: 'Chi bộ đạt 95% đảng viên dự' }),
  meeting('m-missed', 'reg-2', '2025-07-15', { status: 'not_attended', absenceReason: 'Đi công tác' }),
  meeting('m-outside', 'reg-3', '2025-10-01'),
];

const doc = buildMeetingCalendarReport({ settings, meetings, registrations, officials, cells, orgs, from: '2025-07-01', to: '2025-09-30', date });

describe('buildMeetingCalendarReport', () => {
  it('is a landscape THÔNG BÁO numbered TB with the period in its summary', () => {
    expect(doc.orientation).toBe('landscape');
    expect(doc.header.documentType).toBe('THÔNG BÁO');
    expect(doc.header.numberSymbol).toBe('Số      -TB/HU');
    expect(doc.header.placeDate).toBe('Yên Thành, ngày 25 tháng 6 năm 2025');
    expect(doc.header.summary).toEqual(['Lịch dự sinh hoạt chi bộ của các đồng chí lãnh đạo tỉnh', 'từ ngày 01/07/2025 đến ngày 30/09/2025']);
    expect(doc.columns.map((c) => c.title)).toEqual([
      'STT', 'Ngày', 'Giờ', 'Đồng chí dự', 'Chi bộ', 'Tổ chức cơ sở đảng', 'Địa điểm', 'Hình thức', 'Nội dung', 'Bí thư/Phó Bí thư dự', 'Trạng thái/Ghi chú',
    ]);
  });

  it('groups by month in calendar order, numbers 1..n across months, and leaves out missed meetings', () => {
    const shape = doc.rows.map((r) => (r.kind === 'group' ? r.label : `${r.values.stt} ${r.values.time}`));
    expect(shape).toEqual(['I. Tháng 7 năm 2025', '1 8h00', '2 7h30 - 10h00', '3 14h00', 'II. Tháng 8 năm 2025', '4 14h00 - 16h30']);
  });

  it('writes each meeting the way the grassroots reads it', () => {
    const data = doc.rows.flatMap((r) => (r.kind === 'data' ? [r.values] : []));
    expect(data[0]).toEqual({
      stt: 1,
      date: 'Thứ Ba\n01/07/2025',
      time: '8h00',
      official: 'Trần Thị Bình\nTỉnh ủy viên',
      cell: 'Chi bộ thôn 1',
      org: 'Đảng bộ xã Hợp Thành',
      place: 'Nhà văn hóa thôn 1',
      type: 'Thường kỳ',
      agenda: 'Sơ kết quý',
      host: 'Phó Bí thư',
      status: 'Đã dự; Chi bộ đạt 95% đảng viên dự',
    });
    expect(data[1]?.host).toBe('Bí thư Hồ Văn Tâm');
    expect(data[1]?.status).toBe('');
    expect(data[2]).toMatchObject({ date: 'Thứ Hai\n07/07/2025', org: 'Đảng bộ Công an huyện', host: 'Phó Bí thư (chưa xác nhận)', status: 'Hoãn từ 02/07/2025' });
    expect(data[3]).toMatchObject({ type: 'Chuyên đề', host: 'Chưa xác định' });
  });

  it('totals lượt, people and cells separately and says what was left out', () => {
    expect(doc.totalRow).toEqual({ label: 'Tổng cộng: 4 lượt dự sinh hoạt của 3 đồng chí tại 2 chi bộ', values: {} });
    expect(doc.notes?.[0]).toContain('ít nhất 3 ngày');
    expect(doc.notes?.[1]).toBe('Không ghi 1 cuộc sinh hoạt trong thời gian trên mà đồng chí lãnh đạo tỉnh không dự được.');
    expect(doc.signature.name).toBe('Nguyễn Văn Hùng');
    expect(doc.recipients.at(-1)).toBe('- Lưu Văn phòng Huyện ủy.');
  });

  it('names the weekdays from Monday to Sunday', () => {
    expect(['2025-07-07', '2025-07-08', '2025-07-09', '2025-07-10', '2025-07-11', '2025-07-12', '2025-07-13'].map(weekdayVi)).toEqual([
      'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật',
    ]);
  });

  it('fits the columns into the A4 landscape printable width', () => {
    // 29.7 − 3 − 1.5 = 25.2 cm = 952 px at 96 dpi; an Excel width unit is 7 px with the default font.
    expect(MEETING_CALENDAR_COLUMNS.reduce((n, c) => n + c.width, 0) * 7).toBeLessThanOrEqual(952);
  });

  it('still has a total for an empty period', () => {
    const empty = buildMeetingCalendarReport({ settings, meetings, registrations, officials, cells, orgs, from: '2026-01-01', to: '2026-03-31', date });
    expect(empty.rows).toEqual([]);
    expect(empty.totalRow?.label).toBe('Tổng cộng: 0 lượt dự sinh hoạt của 0 đồng chí tại 0 chi bộ');
    expect(empty.notes).toHaveLength(1);
  });
});
