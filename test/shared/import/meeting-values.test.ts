import { describe, expect, it } from 'vitest';
import { parseConfirmed, parseHost, parseMeetingType } from '../../../shared/import/meeting-fields';
import { readWhen } from '../../../shared/import/meeting-when';
import { CONFIRMED_CHOICES, HOST_ROLE_CHOICES, MEETING_TYPE_CHOICES } from '../../../shared/import/template-specs';

const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

describe('readWhen', () => {
  it.each([
    ['05/03/2026', { date: '2026-03-05' }],
    ['5-3-2026', { date: '2026-03-05' }],
    ['5.3.2026', { date: '2026-03-05' }],
    ['5/3/26', { date: '2026-03-05' }],
    ['2026-03-05', { date: '2026-03-05' }],
    ['Thứ Năm, ngày 5 tháng 3 năm 2026', { date: '2026-03-05' }],
    ['7h30', { time: { start: '07:30', end: '' } }],
    ['07:30', { time: { start: '07:30', end: '' } }],
    ['7 giờ 30', { time: { start: '07:30', end: '' } }],
    ['7 giờ 30 phút', { time: { start: '07:30', end: '' } }],
    ['7g30', { time: { start: '07:30', end: '' } }],
    ['14h', { time: { start: '14:00', end: '' } }],
    ['14', { time: { start: '14:00', end: '' } }],
    ['2 giờ chiều', { time: { start: '14:00', end: '' } }],
    ['7h30–10h00', { time: { start: '07:30', end: '10:00' } }],
    ['7h30 - 10h', { time: { start: '07:30', end: '10:00' } }],
    ['7.30 - 10.00', { time: { start: '07:30', end: '10:00' } }],
    ['7h30 đến 10h30', { time: { start: '07:30', end: '10:30' } }],
    ['7h30 ngày 05/3/2026', { date: '2026-03-05', time: { start: '07:30', end: '' } }],
    ['05/03/2026 14:00', { date: '2026-03-05', time: { start: '14:00', end: '' } }],
    ['', {}],
  ])('reads “%s”', (written, expected) => {
    expect(readWhen(written, written)).toEqual(expected);
  });

  it('reads Excel dates, times, date-times and serials', () => {
    expect(readWhen(utc(2026, 3, 5), '05/03/2026')).toEqual({ date: '2026-03-05' });
    expect(readWhen(utc(1899, 12, 30, 7, 30), '07:30')).toEqual({ time: { start: '07:30', end: '' } });
    expect(readWhen(new Date(Date.UTC(1899, 11, 30, 7, 29, 59, 999)), '07:30')).toEqual({ time: { start: '07:30', end: '' } });
    expect(readWhen(utc(2026, 3, 5, 14, 0), '05/03/2026 14:00')).toEqual({ date: '2026-03-05', time: { start: '14:00', end: '' } });
    expect(readWhen(0.3125, '0.3125')).toEqual({ time: { start: '07:30', end: '' } });
    expect(readWhen(46086, '46086')).toEqual({ date: '2026-03-05' });
    expect(readWhen(46086.5, '46086.5')).toEqual({ date: '2026-03-05', time: { start: '12:00', end: '' } });
    expect(readWhen(7.3, '7.3')).toEqual({ time: { start: '07:30', end: '' } });
  });

  it.each([
    ['31/02/2026', /không có thật/],
    ['05/03', /không ghi năm/],
    ['25h', /không có thật/],
    ['7h75', /không có thật/],
    ['10h–7h30', /Giờ kết thúc phải sau giờ bắt đầu/],
    ['Sáng', /chỉ ghi buổi/],
    ['chưa rõ', /không đọc được ngày hoặc giờ/],
    ['7h, 9h và 14h', /nhiều hơn hai giờ/],
  ])('refuses “%s” with a Vietnamese reason', (written, reason) => {
    const r = readWhen(written, written);
    expect('error' in r && r.error).toMatch(reason);
  });
});

describe('meeting notice words', () => {
  it('reads the meeting type with or without diacritics', () => {
    expect(['Thường kỳ', 'thuong ky', 'Định kỳ', 'Chuyên đề', 'chuyen de', 'SHCĐ'].map((t) => parseMeetingType(t))).toEqual([
      { value: 'regular' },
      { value: 'regular' },
      { value: 'regular' },
      { value: 'thematic' },
      { value: 'thematic' },
      { value: 'thematic' },
    ]);
    expect(parseMeetingType('')).toBeNull();
    expect(parseMeetingType('Mở rộng')).toMatchObject({ error: expect.stringMatching(/Thường kỳ/) as unknown });
  });

  it('reads the host role and name', () => {
    const host = (t: string) => {
      const r = parseHost(t);
      return r && ('error' in r ? r.error : r.value);
    };
    expect(host('Bí thư')).toEqual({ role: 'secretary', name: '' });
    expect(host('Phó Bí thư')).toEqual({ role: 'deputy', name: '' });
    expect(host('PBT')).toEqual({ role: 'deputy', name: '' });
    expect(host('pho bi thu')).toEqual({ role: 'deputy', name: '' });
    expect(host('đ/c Lê Văn B - Bí thư')).toEqual({ role: 'secretary', name: 'Lê Văn B' });
    expect(host('Bí thư Nguyễn Thị Hoa')).toEqual({ role: 'secretary', name: 'Nguyễn Thị Hoa' });
    expect(host('Phó Bí thư Thường trực Đảng ủy')).toEqual({ role: 'deputy', name: '' });
    expect(host('Bí thư (đã xác nhận)')).toEqual({ role: 'secretary', name: '', confirmed: true });
    expect(host('Trần Văn C')).toEqual({ role: null, name: 'Trần Văn C' });
    expect(host('')).toBeNull();
    expect(host('Bí thư, Phó Bí thư')).toMatch(/nhiều hơn một người/);
    expect(host('Chủ tịch xã')).toMatch(/Bí thư hay Phó Bí thư/);
  });

  it('reads the confirmation', () => {
    const yes = ['x', 'X', 'Có', 'co', 'Đã xác nhận', 'đã XN', '✓'].map((t) => parseConfirmed(t, t));
    expect(yes.every((r) => 'value' in r && r.value)).toBe(true);
    const no = ['', 'Chưa', 'Không', 'Chưa xác nhận'].map((t) => parseConfirmed(t, t));
    expect(no.every((r) => 'value' in r && !r.value)).toBe(true);
    expect(parseConfirmed(true, 'TRUE')).toEqual({ value: true });
    expect(parseConfirmed('hình như có', 'hình như có')).toMatchObject({ error: expect.stringMatching(/ghi “x”/) as unknown });
  });

  it('offers in the template only words it reads back', () => {
    expect(MEETING_TYPE_CHOICES.map((t) => parseMeetingType(t))).toEqual([{ value: 'regular' }, { value: 'thematic' }]);
    expect(HOST_ROLE_CHOICES.map((t) => parseHost(t))).toEqual([{ value: { role: 'secretary', name: '' } }, { value: { role: 'deputy', name: '' } }]);
    expect(CONFIRMED_CHOICES.map((t) => parseConfirmed(t, t))).toEqual([{ value: true }, { value: false }]);
  });
});
