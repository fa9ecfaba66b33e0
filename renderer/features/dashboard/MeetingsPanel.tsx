import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RECOMMENDATION_STATUSES } from '../../../shared/domain/meetings';
import type { RecommendationCounts } from '../../../shared/meetings/aggregate';
import { formatIsoVi } from '../../../shared/meetings/iso-date';
import { hashForPage } from '../../app/pages';
import { formatCount } from '../../components/format';
import { AttentionList, SHOWN_ITEMS } from './AttentionList';
import type { MeetingsPanelData } from './meetings-panel-data';
import { QuarterProgressTable } from './QuarterProgressTable';
import { useMeetingsPanelData } from './useMeetingsPanelData';
import { WeekMeetings } from './WeekMeetings';

export interface MeetingsPanelProps {
  /** The page's year, for the quarter table. */
  year: number;
  /** "yyyy-mm-dd". */
  today: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/**
 * The next two weeks' meetings, what still needs scheduling or an answer, and the year's
 * progress. Memoized: a change of quarter or scope on the dashboard does not touch it.
 */
export const MeetingsPanel = memo(function MeetingsPanel({ year, today }: MeetingsPanelProps) {
  const { t } = useTranslation('dashboard');
  const data = useMeetingsPanelData(year, today);
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="dashboard-meetings-panel">
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('meetings.title')}
      </Typography>
      {data && <PanelBody data={data} year={year} />}
    </Paper>
  );
});

function PanelBody({ data, year }: { data: MeetingsPanelData; year: number }) {
  const { t } = useTranslation('dashboard');
  const { quarter } = data;
  return (
    <Grid container spacing={3}>
      <Grid size={{ xs: 12, md: 6 }}>
        <Section title={t('meetings.week', { from: formatIsoVi(data.weekFrom), to: formatIsoVi(data.weekTo) })}>
          <WeekMeetings meetings={data.weekMeetings} />
        </Section>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Stack spacing={2}>
          <AttentionList
            testId="dashboard-unscheduled-count"
            count={data.unscheduled.length}
            label={t('meetings.unscheduled', { quarter: ROMAN[quarter.quarter - 1], year: quarter.year })}
            help={t('meetings.unscheduledHelp')}
            items={data.unscheduled
              .slice(0, SHOWN_ITEMS)
              .map((r) => ({ key: r.id, text: t('meetings.meetingWho', { official: r.officialName, cell: r.cellName }) }))}
            link={{ href: hashForPage('meetings'), text: t('meetings.unscheduledLink') }}
          />
          <AttentionList
            testId="dashboard-overdue-count"
            count={data.overdue.length}
            label={t('meetings.overdue')}
            items={data.overdue.slice(0, SHOWN_ITEMS).map((rec) => ({
              key: rec.id,
              text: t('meetings.overdueItem', { content: rec.content, addressedTo: rec.addressedTo, dueDate: formatIsoVi(rec.dueDate) }),
              href: hashForPage('recommendations', { status: 'overdue', q: rec.content }),
            }))}
            link={{ href: hashForPage('recommendations', { status: 'overdue' }), text: t('meetings.overdueLink') }}
          />
        </Stack>
      </Grid>
      <Grid size={{ xs: 12, lg: 8 }}>
        <Section title={t('meetings.progress', { year })}>
          <QuarterProgressTable year={year} progress={data.progress} />
        </Section>
      </Grid>
      <Grid size={{ xs: 12, lg: 4 }}>
        <Section title={t('meetings.recCounts')}>
          <RecCounts counts={data.recCounts} />
        </Section>
      </Grid>
    </Grid>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {children}
    </Stack>
  );
}

function RecCounts({ counts }: { counts: RecommendationCounts }) {
  const { t } = useTranslation('dashboard');
  const chips = [
    { key: 'total', label: t('meetings.recTotal'), value: counts.total },
    ...RECOMMENDATION_STATUSES.map((s) => ({ key: s, label: t(`meetings.recStatus.${s}`), value: counts[s] })),
    { key: 'open', label: t('meetings.recOpen'), value: counts.open },
    { key: 'overdue', label: t('meetings.recOverdue'), value: counts.overdue },
  ];
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="dashboard-rec-counts">
      {chips.map((chip) => (
        <Chip
          key={chip.key}
          variant="outlined"
          color={chip.key === 'overdue' && chip.value > 0 ? 'error' : 'default'}
          label={`${chip.label}: ${formatCount(chip.value)}`}
          data-testid={`dashboard-rec-count-${chip.key}`}
        />
      ))}
    </Stack>
  );
}
