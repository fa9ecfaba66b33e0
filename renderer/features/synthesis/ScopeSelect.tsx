import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useTranslation } from 'react-i18next';
import { QUARTERS, type Quarter, type Settings } from '../../../shared/domain/types';
import type { ScopeKind } from '../../../shared/synthesis/scope';
import { PageYearSelect } from '../../components/PageYearSelect';
import type { SynthesisScopeState } from './useSynthesisScope';

export type ScopeSelectProps = { settings: Settings; state: SynthesisScopeState };

const KINDS: ScopeKind[] = ['year', 'quarter', 'term'];

/** "Năm / Quý / Cả nhiệm kỳ", then the year and quarter where they apply. */
export function ScopeSelect({ settings, state }: ScopeSelectProps) {
  const { t } = useTranslation('synthesis');
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
      <ToggleButtonGroup
        exclusive
        size="small"
        color="primary"
        value={state.kind}
        onChange={(_event, kind: ScopeKind | null) => kind && state.setKind(kind)}
        aria-label={t('scope.label')}
      >
        {KINDS.map((kind) => (
          <ToggleButton key={kind} value={kind} data-testid={`scope-${kind}`}>
            {t(`scope.${kind}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {state.kind !== 'term' && (
        <PageYearSelect
          label={t('scope.yearSelect')}
          settings={settings}
          year={state.year}
          onChange={state.setYear}
          data-testid="synthesis-year"
        />
      )}
      {state.kind === 'quarter' && (
        <TextField
          select
          size="small"
          label={t('scope.quarterSelect')}
          value={state.quarter}
          onChange={(event) => state.setQuarter(Number(event.target.value) as Quarter)}
          slotProps={{ htmlInput: { 'data-testid': 'synthesis-quarter' } }}
          sx={{ minWidth: 110 }}
        >
          {QUARTERS.map((q) => (
            <MenuItem key={q} value={q}>
              {t(`quarterName.${q}`)}
            </MenuItem>
          ))}
        </TextField>
      )}
    </Stack>
  );
}
