import type { TFunction } from 'i18next';
import type { MeetingHost, MeetingStatus } from '../../../shared/domain/meetings';
import { formatIsoVi, weekStart, daysBetween } from '../../../shared/meetings/iso-date';

/** "Bí thư Nguyễn Văn Hải (đã xác nhận)", or that nobody is known yet. */
export function hostText(t: TFunction, host: MeetingHost): string {
  if (host.role === null) return t('host.missing');
  const who = [t(`hostRole.${host.role}`), host.name].filter(Boolean).join(' ');
  return t(host.confirmed ? 'host.confirmed' : 'host.unconfirmed', { who });
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(iso: string): number {
  return daysBetween(weekStart(iso), iso);
}

/** "Thứ Ba, 15/03/2025". */
export function dayTitle(t: TFunction, iso: string): string {
  return t('calendar.dayTitle', { weekday: t(`weekday.long.${weekdayIndex(iso)}`), date: formatIsoVi(iso) });
}

/** Status colours, the same in every view: ahead blue, moved orange, attended green, missed grey. */
export const STATUS_COLOR: Record<MeetingStatus, 'info' | 'warning' | 'success' | 'default'> = {
  scheduled: 'info',
  postponed: 'warning',
  held: 'success',
  not_attended: 'default',
};

/** The palette entry behind each status colour, for calendar items drawn without a Chip. */
export const STATUS_PALETTE: Record<MeetingStatus, 'info' | 'warning' | 'success' | 'grey'> = {
  scheduled: 'info',
  postponed: 'warning',
  held: 'success',
  not_attended: 'grey',
};
