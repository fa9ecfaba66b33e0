import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { QuarterProgress } from '../../../shared/meetings/aggregate';
import { formatCount } from '../../components/format';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

type Column = { key: string; value: (q: QuarterProgress) => number };

/** Số lượt đăng ký and số buổi side by side, each column saying which it counts. */
const COLUMNS: readonly Column[] = [
  { key: 'planned', value: (q) => q.plannedRegistrations },
  { key: 'withMeeting', value: (q) => q.registrationsWithMeeting },
  { key: 'meetings', value: (q) => q.scheduledMeetings },
  { key: 'held', value: (q) => q.heldMeetings },
  { key: 'pending', value: (q) => q.pendingMeetings },
  { key: 'notAttended', value: (q) => q.notAttendedMeetings },
];

export interface QuarterProgressTableProps {
  year: number;
  progress: readonly QuarterProgress[];
}

export function QuarterProgressTable({ year, progress }: QuarterProgressTableProps) {
  const { t } = useTranslation('dashboard');
  return (
    <Table size="small" aria-label={t('meetings.progress', { year })} data-testid="dashboard-quarter-progress">
      <TableHead>
        <TableRow>
          <TableCell>{t('meetings.progressColumns.quarter')}</TableCell>
          {COLUMNS.map((c) => (
            <TableCell key={c.key} align="right">
              {t(`meetings.progressColumns.${c.key}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {progress.map((q) => (
          <TableRow key={q.quarter} data-testid={`dashboard-quarter-${q.quarter}`}>
            <TableCell component="th" scope="row">
              {ROMAN[q.quarter - 1]}
            </TableCell>
            {COLUMNS.map((c) => (
              <TableCell key={c.key} align="right" data-field={c.key}>
                {formatCount(c.value(q))}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
