import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { MeetingRowResult } from '../../../shared/import/assemble-meetings';

export interface MeetingDecisionItemProps {
  row: MeetingRowResult;
  onChoose: (key: string, registrationId: string) => void;
  disabled: boolean;
}

/** One meeting row that several registrations fit: why, and the clerk's pick among them. */
export function MeetingDecisionItem({ row, onChoose, disabled }: MeetingDecisionItemProps) {
  const { t } = useTranslation('import');
  const decision = row.decision;
  if (!decision || !row.draft) return null;
  const chosen = row.draft.registrationId;
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, py: 1 }} data-testid={`decision-${row.key}`}>
      <Stack sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 700 }}>
          {t('decisions.place', { row: row.ref.row, sheet: row.ref.sheet })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {decision.reason}
        </Typography>
      </Stack>
      <TextField
        select
        size="small"
        sx={{ width: { xs: '100%', md: 440 }, flexShrink: 0 }}
        label={t('decisions.registration')}
        value={chosen ?? ''}
        disabled={disabled}
        onChange={(e) => onChoose(row.key, e.target.value)}
      >
        {decision.candidates.map((c) => (
          <MenuItem key={c.registrationId} value={c.registrationId}>
            {c.label}
          </MenuItem>
        ))}
      </TextField>
      <Chip
        size="small"
        color={chosen ? 'success' : 'warning'}
        label={chosen ? t('decisions.chosen') : t('status.needsDecision')}
        sx={{ alignSelf: { xs: 'flex-start', md: 'center' } }}
      />
    </Stack>
  );
}
