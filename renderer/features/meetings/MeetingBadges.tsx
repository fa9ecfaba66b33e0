import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../../shared/domain/meetings';
import { STATUS_COLOR } from './meeting-labels';

export interface StatusChipProps {
  status: MeetingStatus;
}

export function StatusChip({ status }: StatusChipProps) {
  const { t } = useTranslation('meetings');
  return <Chip size="small" color={STATUS_COLOR[status]} label={t(`status.${status}`)} />;
}

export interface WarningMarkProps {
  /** What the warnings say, one per line in the tooltip. */
  details: readonly string[];
}

/** The warning sign on a meeting, in every view; its tooltip says what is wrong. */
export function WarningMark({ details }: WarningMarkProps) {
  const { t } = useTranslation('meetings');
  if (details.length === 0) return null;
  return (
    <Tooltip title={details.join('; ')}>
      <WarningAmberIcon
        color="warning"
        fontSize="inherit"
        role="img"
        aria-label={`${t('calendar.hasWarnings')}: ${details.join('; ')}`}
        data-testid="meeting-warning-mark"
        sx={{ verticalAlign: 'text-bottom' }}
      />
    </Tooltip>
  );
}
