import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistrationRowResult } from '../../../shared/import/assemble-registrations';
import { matchesSearch } from '../../../shared/text/normalize';

export interface CellChoice {
  id: string;
  label: string;
  group: string;
}

export interface CellDecisionItemProps {
  row: RegistrationRowResult;
  /** Every cell of the directory, labelled "Chi bộ … (Đảng bộ …)". */
  allCells: readonly CellChoice[];
  onChoose: (key: string, cellId: string) => void;
  disabled: boolean;
}

/** Typing narrows the list; a province has thousands of cells, so at most this many show. */
const SHOWN = 100;

/** One row whose cell the matcher would not settle: what it says, why, and the clerk's pick. */
export function CellDecisionItem({ row, allCells, onChoose, disabled }: CellDecisionItemProps) {
  const { t } = useTranslation('import');
  const decision = row.decision;
  const options = useMemo(() => {
    const suggested = (decision?.candidates ?? []).map((c) => ({ id: c.cellId, label: c.label, group: t('decisions.suggested') }));
    const ids = new Set(suggested.map((s) => s.id));
    return [...suggested, ...allCells.filter((c) => !ids.has(c.id))];
  }, [decision, allCells, t]);
  if (!decision || !row.draft) return null;
  const chosen = row.draft.cellId;
  const value = chosen ? (options.find((o) => o.id === chosen) ?? null) : null;
  const written = [decision.cellText, decision.orgText].filter((s) => s !== '').join(' — ');
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, py: 1 }} data-testid={`decision-${row.key}`}>
      <Stack sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 700 }}>
          {t('decisions.place', { row: row.ref.row, sheet: row.ref.sheet })}: “{written}”
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {decision.reason}
        </Typography>
      </Stack>
      <Autocomplete
        sx={{ width: { xs: '100%', md: 440 }, flexShrink: 0 }}
        size="small"
        options={options}
        value={value}
        disabled={disabled}
        disableClearable={value !== null}
        groupBy={(o) => o.group}
        getOptionLabel={(o) => o.label}
        isOptionEqualToValue={(o, v) => o.id === v.id}
        filterOptions={(all, state) =>
          (state.inputValue.trim() === '' ? all : all.filter((o) => matchesSearch([o.label], state.inputValue))).slice(0, SHOWN)
        }
        noOptionsText={t('decisions.noOptions')}
        onChange={(_e, next) => {
          if (next) onChoose(row.key, next.id);
        }}
        renderOption={(props, option) => {
          const { key, ...rest } = props;
          return (
            <li key={`${key}-${option.id}`} {...rest}>
              {option.label}
            </li>
          );
        }}
        renderInput={(params) => <TextField {...params} label={t('decisions.cell')} />}
      />
      <Chip
        size="small"
        color={chosen ? 'success' : 'warning'}
        label={chosen ? t('decisions.chosen') : t('status.needsDecision')}
        sx={{ alignSelf: { xs: 'flex-start', md: 'center' } }}
      />
    </Stack>
  );
}
