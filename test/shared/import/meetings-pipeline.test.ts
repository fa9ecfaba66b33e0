/**
 * A messy meeting-notice workbook (messy-workbooks.ts) through the whole pipeline, as the
 * worker and the CLI run it: read → table → mapping → rows → meetings plan.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/domain/meetings';
import { periodYears } from '../../../shared/domain/period';
import type { Registration, RegistrationPeriod } from '../../../shared/domain/types';
import { applyMeetingDecision, assembleMeetings, type MeetingImportPlan } from '../../../shared/import/assemble-meetings';
import { locateIssueColumns } from '../../../shared/import/issue-columns';
import { analyzeSheets, extractAll, type SheetAnalysis } from '../../../shared/import/pipeline';
import { readWorkbook } from '../../../shared/import/read-workbook';
import { cells, officials, orgs } from './assemble-fixtures';
import { messyMeetingsWorkbook } from './messy-workbooks';

const reg = (id: string, officialId: string, cellId: string, period: RegistrationPeriod): Registration => ({ id, officialId, cellId, period, years: periodYears(period), note: '' });
const y2026 = (...quarters: (1 | 2 | 3 | 4)[]): RegistrationPeriod => ({ kind: 'year', year: 2026, quarters });

const registrations: Registration[] = [
  reg('reg-a1', 'off-a', 'c-ht1', y2026(1)),
  reg('reg-a2', 'off-a', 'c-thpt', { kind: 'term', startYear: 2025, endYear: 2030 }),
  reg('reg-b1', 'off-b', 'c-hp3', y2026(1, 3)),
  reg('reg-b2', 'off-b', 'c-hp3', y2026(2)),
  reg('reg-c2', 'off-c2', 'c-hoa1', y2026()),
];

/** Already stored: row 22 repeats it. */
const stored: Meeting = {
  id: 'm-old', registrationId: 'reg-a1', date: '2026-03-19', startTime: '08:00', endTime: '', place: '', type: 'regular', agenda: '',
  host: { role: null, name: '', confirmed: false }, noticeDate: '2026-03-10', status: 'scheduled', postponements: [],
  absenceReason: '', hostAttended: null, membersPresent: null, attendees: '', notes: '',
};

let analyses: SheetAnalysis[];
let plan: MeetingImportPlan;

beforeAll(async () => {
  analyses = analyzeSheets(await readWorkbook(await messyMeetingsWorkbook()), 'meetings', 'lich-t3.xlsx');
  plan = assembleMeetings(extractAll(analyses).rows, { directory: { orgs, cells }, officials, registrations, existingMeetings: [stored], today: '2026-03-12' });
});

const rowAt = (n: number) => plan.rows.find((r) => r.ref.row === n);

describe('a messy meetings workbook', () => {
  it('finds the two-row header and maps every column, diacritics or not', () => {
    expect(analyses.map((a) => a.grid.name)).toEqual(['Lịch T3']);
    const [a] = analyses;
    expect(a?.table).toMatchObject({ headerTop: 8, headerBottom: 9, columnNumberRow: 10, dataStart: 11, dataEnd: 23 });
    expect(a?.mapping).toEqual({
      stt: 1, official: 2, org: 3, cell: 4, date: 5, startTime: 6, place: 7, meetingType: 8, agenda: 9, host: 10, confirmed: 11, noticeDate: 12, note: 13,
    });
  });

  it('gives each row its status', () => {
    const statuses = plan.rows.map((r) => [r.ref.row, r.status]);
    expect(statuses).toEqual([
      [11, 'ok'], [12, 'ok'], [13, 'ok'], [14, 'needsDecision'], [15, 'ok'], [16, 'error'], [17, 'error'],
      [18, 'error'], [19, 'error'], [20, 'error'], [21, 'duplicate'], [22, 'duplicate'],
    ]);
    expect([plan.meetings.length, plan.duplicatesMerged, plan.errors.length, plan.needsDecision]).toEqual([4, 2, 5, 1]);
  });

  it('reads Excel dates and times, typed dates, a date-time in one cell, host and confirmation', () => {
    const m = (n: number) => rowAt(n)?.meetings[0];
    expect(m(11)).toMatchObject({
      registrationId: 'reg-a1', date: '2026-03-05', startTime: '07:30', endTime: '', place: 'Nhà văn hóa thôn 1', type: 'regular',
      agenda: 'Kiểm điểm công tác tháng 2;\nTriển khai nhiệm vụ tháng 3', host: { role: 'secretary', name: 'Lê Văn B', confirmed: true },
      noticeDate: '2026-03-02', status: 'scheduled', postponements: [], absenceReason: '', hostAttended: null, membersPresent: null, attendees: '', notes: '',
    });
    expect(m(12)).toMatchObject({
      registrationId: 'reg-a2', date: '2026-03-10', startTime: '14:00', type: 'thematic', host: { role: 'deputy', name: '', confirmed: true },
      // No notice date: the import day. The note goes under the agenda.
      noticeDate: '2026-03-12', agenda: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\nGhi chú: Mời Ban giám hiệu',
    });
    // Quarter I: of the two registrations at xóm 3, the one planned for it.
    expect(m(13)).toMatchObject({ registrationId: 'reg-b1', date: '2026-03-15', startTime: '07:30', host: { role: 'deputy', confirmed: true }, noticeDate: '2026-03-05' });
    // Two officials named Lê Văn Cường: the one registered at that cell; old tone placement in the cell name.
    expect(m(15)).toMatchObject({ registrationId: 'reg-c2', startTime: '07:30', endTime: '10:00', type: 'regular', host: { role: null, confirmed: false } });
    // Said once, on the first row without a type.
    expect(rowAt(14)?.issues.map((i) => i.reason).join(' ')).toContain('sinh hoạt thường kỳ');
    expect(rowAt(15)?.issues).toEqual([]);
  });

  it('explains every error in Vietnamese, in the column at fault', () => {
    const located = locateIssueColumns(plan.errors, analyses, analyses.map((a) => a.mapping));
    expect(located.map((i) => [i.ref.sheet, i.ref.row, i.ref.column, i.value])).toEqual([
      ['Lịch T3', 16, 'B', 'Phạm Văn Dũng'],
      ['Lịch T3', 17, 'D', 'Chi bộ thôn 99'],
      ['Lịch T3', 18, 'D', 'Chi bộ thôn 2'],
      ['Lịch T3', 19, 'E', '31/02/2026'],
      ['Lịch T3', 20, 'F', '25h'],
    ]);
    const reasons = located.map((i) => i.reason);
    expect(reasons[0]).toMatch(/^Không có đồng chí “Phạm Văn Dũng” trong danh sách cán bộ/);
    expect(reasons[1]).toMatch(/Không tìm thấy “Chi bộ thôn 99” trong Đảng bộ xã Hoa Thành; sửa lại tên chi bộ/);
    expect(reasons[2]).toMatch(/^Chưa có đăng ký dự sinh hoạt của đồng chí Nguyễn Văn An tại Chi bộ thôn 2 \(Đảng bộ xã Hoa Thành\) trong năm 2026/);
    expect(reasons[3]).toMatch(/không có thật/);
    expect(reasons[4]).toMatch(/không có thật/);
  });

  it('counts a repeat in the file and a meeting already stored once', () => {
    expect(rowAt(21)?.issues.map((i) => i.reason)).toContain('Trùng với dòng 11 (Lịch T3) (cùng đăng ký, ngày và giờ bắt đầu); chỉ nhập một lần.');
    expect(rowAt(22)?.issues.map((i) => i.reason).join(' ')).toMatch(/đã có trong dữ liệu/);
  });

  it('asks which registration when several fit, and takes the clerk’s choice', () => {
    const row = rowAt(14);
    expect(row?.decision?.candidates.map((c) => c.registrationId)).toEqual(['reg-b1', 'reg-b2']);
    expect(row?.decision?.candidates[0]?.label).toBe('Trần Thị Bình — Chi bộ xóm 3 (Đảng bộ xã Hợp Thành) — Quý I, III năm 2026');
    expect(row?.issues.map((i) => i.reason).join(' ')).toContain('Đã hiểu “Tran Thi Binh” là đồng chí Trần Thị Bình');
    const decided = applyMeetingDecision(plan, row?.key ?? '', 'reg-b2');
    expect(decided.needsDecision).toBe(0);
    expect(decided.meetings.map((m) => [m.registrationId, m.date, m.startTime])).toContainEqual(['reg-b2', '2026-11-05', '07:30']);
    // The choice can be changed again.
    expect(applyMeetingDecision(decided, row?.key ?? '', 'reg-b1').meetings.filter((m) => m.registrationId === 'reg-b1')).toHaveLength(2);
  });

  it('refuses a row no registration covers instead of guessing one', () => {
    // reg-a1 is for 2026 only: the same cell in 2027 has no registration.
    const rows = extractAll(analyses).rows.filter((r) => r.ref.row === 11).map((r) => ({ ...r, raw: { ...r.raw, date: '05/03/2027' }, values: { ...r.values, date: '05/03/2027' } }));
    const other = assembleMeetings(rows, { directory: { orgs, cells }, officials, registrations, today: '2026-03-12' });
    expect(other.rows[0]?.status).toBe('error');
    expect(other.errors[0]?.reason).toMatch(/trong năm 2027/);
  });
});
