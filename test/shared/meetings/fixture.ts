/** Small builders: a meeting or registration with only what a test is about spelled out. */
import { periodYears } from '../../../shared/domain/period';
import type { Meeting, Recommendation, RecommendationStatus } from '../../../shared/domain/meetings';
import type { Registration, RegistrationPeriod } from '../../../shared/domain/types';

export function reg(id: string, officialId: string, period: RegistrationPeriod, cellId = `cell-${id}`): Registration {
  return { id, officialId, cellId, period, years: periodYears(period), note: '' };
}

export function meeting(id: string, registrationId: string, date: string, over: Partial<Meeting> = {}): Meeting {
  return {
    id,
    registrationId,
    date,
    startTime: '08:00',
    endTime: '10:00',
    place: 'Nhà văn hóa thôn',
    type: 'regular',
    agenda: '',
    host: { role: 'secretary', name: '', confirmed: true },
    noticeDate: '2026-01-01',
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

export function rec(id: string, status: RecommendationStatus, dueDate = ''): Recommendation {
  return {
    id,
    meetingId: 'm-1',
    content: 'Sửa đường liên thôn',
    field: 'Giao thông',
    addressedTo: 'UBND xã',
    dueDate,
    status,
    history: [
      { status: 'new', date: '2026-03-12', note: '', skipReason: '' },
      ...(status === 'new' ? [] : [{ status, date: '2026-03-20', note: 'Đã xử lý', skipReason: status === 'forwarded' ? '' : 'Trả lời tại chỗ' }]),
    ],
  };
}
