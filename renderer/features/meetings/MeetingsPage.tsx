import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/domain/meetings';
import type { Settings } from '../../../shared/domain/types';
import { todayIso } from '../../../shared/meetings/iso-date';
import { formatCount } from '../../components/format';
import { NavigationContext } from '../../app/NavigationContext';
import { SettingsGate } from '../../components/SettingsGate';
import { MeetingDetail } from './MeetingDetail';
import { MeetingDialog } from './MeetingDialog';
import { MeetingListView } from './MeetingListView';
import { registrationParties, rowsInRange, type MeetingRow } from './meeting-rows';
import { matchesFilters, hasFilters, visibleRange, type MeetingViewState } from './meeting-view';
import { MeetingToolbar } from './MeetingToolbar';
import { MonthView } from './MonthView';
import { useMeetingsData, type MeetingsData } from './useMeetingsData';
import { useMeetingViewState } from './useMeetingViewState';
import { warningDetail, warningItem, type WarningItem } from './warning-items';
import { WarningsPanel } from './WarningsPanel';
import { WeekView } from './WeekView';

export type MeetingsPageProps = Record<string, never>;

/** Pixels above the list grid: app bar, page padding, title, toolbar, warnings panel, summary. */
const GRID_OFFSET = 380;

/** "Lịch sinh hoạt & kết quả": the grassroots notices on a calendar or a list, their checks and results. */
export function MeetingsPage(_props: MeetingsPageProps) {
  return <SettingsGate>{(settings) => <MeetingsView settings={settings} />}</SettingsGate>;
}

/** undefined: closed; otherwise the meeting being edited (null: a new one) and the registration it starts with. */
type Editing = { meeting: Meeting | null; registrationId: string } | undefined;

function MeetingsView({ settings }: { settings: Settings }) {
  const { t } = useTranslation('meetings');
  const today = todayIso();
  const noticeDays = settings.rules.noticeDays;
  const data = useMeetingsData(today, noticeDays);
  const control = useMeetingViewState(today);
  const { state } = control;
  const [detailId, setDetailId] = useState<string | null>(null);
  // "#/meetings?meeting=<id>" (from the dashboard and the recommendations) opens that meeting.
  // Adjusted while rendering (not in an effect) so the dialog opens in the same render as the link.
  const linkedMeeting = useContext(NavigationContext)?.params.meeting;
  const [followedLink, setFollowedLink] = useState<string | undefined>(undefined);
  if (linkedMeeting !== followedLink) {
    setFollowedLink(linkedMeeting);
    if (linkedMeeting) setDetailId(linkedMeeting);
  }
  const [editing, setEditing] = useState<Editing>(undefined);

  const officials = useMemo(() => (data ? [...data.directory.officialById.values()] : []), [data]);
  const orgs = useMemo(() => (data ? [...data.directory.orgById.values()] : []), [data]);
  const shown = useMemo(() => (data ? shownRows(data, state) : []), [data, state]);
  const warningsOf = useCallback(
    (id: string) => (data?.warningsById.get(id) ?? []).map((w) => warningDetail(t, w, data?.rowById ?? new Map())),
    [data, t],
  );
  const items = useMemo(() => (data ? filteredWarnings(t, data, state) : []), [data, state, t]);
  const detailRow = detailId ? data?.rowById.get(detailId) : undefined;

  return (
    <Stack spacing={1.5}>
      <Typography variant="h5" component="h1">
        {t('title')}
      </Typography>
      <MeetingToolbar
        control={control}
        today={today}
        officials={officials}
        orgs={orgs}
        onAdd={() => setEditing({ meeting: null, registrationId: '' })}
        addDisabled={!data}
      />
      {!data ? (
        <LinearProgress aria-label={t('loading')} />
      ) : (
        <>
          <WarningsPanel
            items={items}
            filtered={hasFilters(state)}
            onOpen={setDetailId}
            onSchedule={(registrationId) => setEditing({ meeting: null, registrationId })}
          />
          <Summary rows={state.view === 'month' ? shown.filter((r) => r.meeting.date.startsWith(state.date.slice(0, 7))) : shown} />
          {state.view === 'month' && (
            <MonthView
              date={state.date}
              today={today}
              rows={shown}
              warningsOf={warningsOf}
              onOpen={setDetailId}
              onShowWeek={(date) => control.update({ view: 'week', date })}
            />
          )}
          {state.view === 'week' && <WeekView date={state.date} today={today} rows={shown} warningsOf={warningsOf} onOpen={setDetailId} />}
          {state.view === 'list' && <MeetingListView rows={shown} warningsOf={warningsOf} onOpen={setDetailId} offsetTop={GRID_OFFSET} />}
        </>
      )}
      {detailRow && (
        <MeetingDetail
          row={detailRow}
          warnings={warningsOf(detailRow.id)}
          today={today}
          onEdit={(meeting) => setEditing({ meeting, registrationId: meeting.registrationId })}
          onClose={() => setDetailId(null)}
        />
      )}
      {editing && data && (
        <MeetingDialog
          meeting={editing.meeting}
          registrationId={editing.registrationId}
          data={data}
          today={today}
          noticeDays={noticeDays}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Stack>
  );
}

/** The calendar's days only (a binary search, not a scan of every meeting), then the filters. */
function shownRows(data: MeetingsData, state: MeetingViewState): MeetingRow[] {
  if (state.view === 'list') return data.rows.filter((row) => matchesFilters(row, state));
  const { from, to } = visibleRange(state.view, state.date);
  return rowsInRange(data.rows, from, to).filter((row) => matchesFilters(row, state));
}

/** Warnings of the meetings that match the filters; a quarter without meetings matches by official and organization. */
function filteredWarnings(t: Parameters<typeof warningDetail>[0], data: MeetingsData, state: MeetingViewState): WarningItem[] {
  const when = (item: WarningItem) => {
    const m = item.meetingId ? data.rowById.get(item.meetingId)?.meeting : undefined;
    return m ? `${m.date} ${m.startTime}` : '';
  };
  // Meetings in calendar order, so the list reads like the calendar; quarters keep the checks' order.
  return data.warnings.flatMap((w) => {
    if (w.kind === 'unscheduledQuarter') {
      const p = registrationParties(data.directory.registrationById.get(w.registrationId), data.directory);
      if ((state.officialId && p.officialId !== state.officialId) || (state.orgId && p.orgId !== state.orgId)) return [];
    } else {
      const row = data.rowById.get(w.meetingId);
      if (!row || !matchesFilters(row, state)) return [];
    }
    return warningItem(t, w, data.rowById, data.directory) ?? [];
  }).sort((a, b) => (when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : 0));
}

function Summary({ rows }: { rows: readonly MeetingRow[] }) {
  const { t } = useTranslation('meetings');
  const count = (test: (m: Meeting) => boolean) => formatCount(rows.filter((r) => test(r.meeting)).length);
  return (
    <Typography variant="body2" color="text.secondary" data-testid="meeting-summary">
      {t('summary', {
        meetings: formatCount(rows.length),
        held: count((m) => m.status === 'held'),
        pending: count((m) => m.status === 'scheduled' || m.status === 'postponed'),
        notAttended: count((m) => m.status === 'not_attended'),
      })}
    </Typography>
  );
}

export default MeetingsPage;
