// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { advanceRecommendation } from '../../../renderer/db/repositories/recommendations';
import { DashboardPage } from '../../../renderer/features/dashboard/DashboardPage';
import type { Meeting, Recommendation } from '../../../shared/domain/meetings';
import { formatIsoVi, quarterOf, todayIso, yearOf } from '../../../shared/meetings/iso-date';
import { choose } from './forms';
import { renderPage, setUpPageTests } from './render-page';

const db = setUpPageTests();

async function kpi(testId: string): Promise<string> {
  return (await screen.findByTestId(`${testId}-value`)).textContent ?? '';
}

describe('DashboardPage', () => {
  it('shows the working year’s cells, people and registrations, each counted as what it is', async () => {
    renderPage(<DashboardPage />, db());
    expect(await kpi('kpi-total-cells')).toBe('4');
    expect(await kpi('kpi-covered')).toBe('2');
    expect(screen.getByTestId('kpi-covered').textContent).toContain('50% tổng số chi bộ');
    expect(await kpi('kpi-uncovered')).toBe('2');
    // Xóm 1 has three different people; xóm 2 has one person registered twice: not crowded.
    expect(await kpi('kpi-crowded')).toBe('1');
    expect(screen.getByTestId('kpi-crowded').textContent).toContain('Từ 3 người trở lên');
    // Số người 3 of 5 officials, from số lượt 5.
    expect(await kpi('kpi-officials-registered')).toBe('3 / 5');
    expect(screen.getByTestId('kpi-officials-registered').textContent).toContain('2 cán bộ chưa đăng ký; 5 lượt đăng ký trong kỳ');
    for (const chart of ['by-type', 'by-org', 'distribution', 'meetings-by-quarter', 'recommendations']) {
      expect(screen.getByTestId(`chart-${chart}`)).toBeTruthy();
    }
  });

  it('recounts for another year picked on the page (a term registration counts in every year)', async () => {
    renderPage(<DashboardPage />, db());
    expect(await kpi('kpi-covered')).toBe('2');
    await choose('Năm thống kê', '2026');
    await waitFor(() => expect(screen.getByTestId('kpi-officials-registered-value').textContent).toBe('2 / 5'));
    expect(await kpi('kpi-covered')).toBe('2');
    expect(await kpi('kpi-crowded')).toBe('0');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('2026');
  });

  it('follows the database live: a new registration moves a cell from uncovered to covered', async () => {
    renderPage(<DashboardPage />, db());
    expect(await kpi('kpi-uncovered')).toBe('2');
    await db().registrations.add({
      id: 'r-new',
      officialId: 'p-hoa',
      cellId: 'c-truong',
      period: { kind: 'year', year: 2025, quarters: [2] },
      years: [2025],
      note: '',
    });
    await waitFor(() => expect(screen.getByTestId('kpi-uncovered-value').textContent).toBe('1'));
    expect(await kpi('kpi-covered')).toBe('3');
    expect(screen.getByTestId('kpi-covered').textContent).toContain('75% tổng số chi bộ');
  });
});

function meeting(id: string, registrationId: string, date: string, status: Meeting['status']): Meeting {
  return {
    id,
    registrationId,
    date,
    startTime: '09:00',
    endTime: '11:00',
    place: '',
    type: 'regular',
    agenda: '',
    host: { role: 'secretary', name: '', confirmed: true },
    noticeDate: date,
    status,
    postponements: [],
    absenceReason: '',
    hostAttended: null,
    membersPresent: null,
    attendees: '',
    notes: '',
  };
}

function recommendation(id: string, content: string, dueDate: string): Recommendation {
  return {
    id,
    meetingId: 'm-held',
    content,
    field: 'Đất đai',
    addressedTo: 'UBND xã Hoa Thành',
    dueDate,
    status: 'new',
    history: [{ status: 'new', date: '2025-03-10', note: '', skipReason: '' }],
  };
}

function text(testId: string): string {
  return screen.getByTestId(testId).textContent ?? '';
}

/** The leading number of a count line, "1 lượt đăng ký chưa có lịch…" → 1. */
function countOf(testId: string): number {
  return Number(/^\d+/.exec(text(testId))?.[0] ?? NaN);
}

describe('DashboardPage meetings panel', () => {
  const today = todayIso();
  const [year, quarter] = [yearOf(today), quarterOf(today)];

  it('follows meetings and recommendations live: this fortnight, unscheduled registrations, overdue answers', async () => {
    renderPage(<DashboardPage />, db());
    const panel = await screen.findByTestId('dashboard-meetings-panel');
    await waitFor(() => expect(text('dashboard-week-meetings')).toBe('Không có buổi sinh hoạt nào trong hai tuần này.'));
    expect(text('dashboard-overdue-count')).toBe('0 kiến nghị, đề xuất quá hạn trả lời (mọi năm)');
    expect(text('dashboard-rec-counts')).toContain('Tổng số: 0');
    const unscheduledBefore = countOf('dashboard-unscheduled-count');

    // Hòa plans the school this quarter: one more registration with nothing scheduled yet.
    await db().registrations.add({
      id: 'r-now',
      officialId: 'p-hoa',
      cellId: 'c-truong',
      period: { kind: 'year', year, quarters: [quarter] },
      years: [year],
      note: '',
    });
    await waitFor(() => expect(countOf('dashboard-unscheduled-count')).toBe(unscheduledBefore + 1));
    expect(text('dashboard-unscheduled-count')).toContain(`lượt đăng ký chưa có lịch sinh hoạt trong quý ${['I', 'II', 'III', 'IV'][quarter - 1]}/${year}`);
    expect(panel.textContent).toContain('Đặng Văn Hòa — Chi bộ Trường THPT Phan Đăng Lưu');

    // The school sends its notice for today: it shows in the fortnight and is no longer unscheduled.
    await db().meetings.add(meeting('m-today', 'r-now', today, 'scheduled'));
    await waitFor(() => expect(countOf('dashboard-unscheduled-count')).toBe(unscheduledBefore));
    const week = within(screen.getByTestId('dashboard-week-meetings'));
    const item = week.getByRole('link');
    expect(item.textContent).toContain(`${formatIsoVi(today)}, 09:00–11:00`);
    expect(item.textContent).toContain('Đặng Văn Hòa — Chi bộ Trường THPT Phan Đăng Lưu');
    expect(item.textContent).toContain('Đã có lịch');
    expect(item.getAttribute('href')).toBe('#/meetings?meeting=m-today');

    // An attended meeting in Q1 of the page's year, with two recommendations, one past due.
    await db().meetings.add(meeting('m-held', 'r-1', '2025-03-10', 'held'));
    await db().recommendations.bulkAdd([
      recommendation('k-land', 'Cấp giấy chứng nhận cho 12 hộ', '2025-04-30'),
      recommendation('k-road', 'Sửa đường xóm 1', ''),
    ]);
    await waitFor(() => expect(text('dashboard-overdue-count')).toBe('1 kiến nghị, đề xuất quá hạn trả lời (mọi năm)'));
    expect(panel.textContent).toContain('Cấp giấy chứng nhận cho 12 hộ — UBND xã Hoa Thành, hạn 30/04/2025');
    expect(within(panel).getByRole('link', { name: 'Xem các kiến nghị quá hạn' }).getAttribute('href')).toBe(
      '#/recommendations?status=overdue',
    );
    expect(text('dashboard-rec-counts')).toContain('Tổng số: 2');
    expect(text('dashboard-rec-counts')).toContain('Mới tiếp nhận: 2');
    expect(text('dashboard-rec-counts')).toContain('Quá hạn: 1');
    const q1 = screen.getByTestId('dashboard-quarter-1');
    expect(q1.querySelector('[data-field="planned"]')?.textContent).toBe('1');
    expect(q1.querySelector('[data-field="held"]')?.textContent).toBe('1');
    expect(q1.querySelector('[data-field="withMeeting"]')?.textContent).toBe('1');

    // Answered and resolved: no longer overdue.
    await advanceRecommendation(db(), 'k-land', { to: 'resolved', date: '2025-05-02', note: 'Đã cấp', skipReason: 'Giải quyết ngay' }, today);
    await waitFor(() => expect(text('dashboard-overdue-count')).toBe('0 kiến nghị, đề xuất quá hạn trả lời (mọi năm)'));
    expect(text('dashboard-rec-counts')).toContain('Đã giải quyết: 1');
    expect(text('dashboard-rec-counts')).toContain('Quá hạn: 0');
  });

  it('counts the quarters of the year picked on the page', async () => {
    await db().meetings.bulkAdd([meeting('m-q2', 'r-4', '2025-05-12', 'not_attended'), meeting('m-q4', 'r-5', '2025-11-03', 'scheduled')]);
    renderPage(<DashboardPage />, db());
    await waitFor(() => expect(screen.getByTestId('dashboard-quarter-2').querySelector('[data-field="notAttended"]')?.textContent).toBe('1'));
    const q4 = screen.getByTestId('dashboard-quarter-4');
    expect(q4.querySelector('[data-field="meetings"]')?.textContent).toBe('1');
    expect(q4.querySelector('[data-field="pending"]')?.textContent).toBe('1');
    expect(q4.querySelector('[data-field="withMeeting"]')?.textContent).toBe('1');
    // A missed meeting does not count as the registration having had its meeting.
    expect(screen.getByTestId('dashboard-quarter-2').querySelector('[data-field="withMeeting"]')?.textContent).toBe('0');

    await choose('Năm thống kê', '2026');
    await waitFor(() => expect(screen.getByTestId('dashboard-quarter-4').querySelector('[data-field="meetings"]')?.textContent).toBe('0'));
    expect(screen.getByRole('table', { name: 'Tiến độ dự sinh hoạt năm 2026, theo quý' })).toBeTruthy();
  });
});
