import DoneAllIcon from '@mui/icons-material/DoneAll';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Suggestion, SolverSummary } from '../../../shared/solver/types';
import { formatCount } from '../../components/format';
import type { BalanceRow } from './balance-rows';
import { SuggestionTable } from './SuggestionTable';
import type { BalanceRun } from './useBalanceRun';

export interface SuggestionsPanelProps {
  run: BalanceRun;
  rows: readonly BalanceRow[];
  busy: boolean;
  onAccept: (suggestions: Suggestion[]) => void;
}

function Figure({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Typography variant="body1" component="span">
      {label}{' '}
      <Box component="strong" data-testid={testId}>
        {children}
      </Box>
    </Typography>
  );
}

/** Before → after, as the solver counts it for the snapshot it was given. */
function Summary({ summary }: { summary: SolverSummary }) {
  const { t } = useTranslation('balance');
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 3, rowGap: 0.5 }} data-testid="balance-summary">
      <Figure label={t('summary.covered')}>
        <span data-testid="balance-covered-before">{formatCount(summary.cellsCoveredBefore)}</span> →{' '}
        <span data-testid="balance-covered-after">{formatCount(summary.cellsCoveredAfter)}</span>
      </Figure>
      <Figure label={t('summary.crowded')}>
        {formatCount(summary.crowdedBefore)} → {formatCount(summary.crowdedAfter)}
      </Figure>
      <Figure label={t('summary.moves')} testId="balance-moves">
        {formatCount(summary.moves)}
      </Figure>
      <Figure label={t('summary.adds')} testId="balance-adds">
        {formatCount(summary.adds)}
      </Figure>
      <Figure label={t('summary.maxLoad')} testId="balance-max-load">
        {t('summary.maxLoadValue', { value: formatCount(summary.maxLoad) })}
      </Figure>
    </Stack>
  );
}

/** The solver's answer: what it achieves, then each change to accept one by one or all. */
export function SuggestionsPanel({ run, rows, busy, onAccept }: SuggestionsPanelProps) {
  const { t } = useTranslation('balance');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const pending = useMemo(() => rows.filter((r) => r.status === 'pending'), [rows]);
  const chosen = pending.filter((r) => selected.has(r.key));

  const toggle = (key: string) =>
    setSelected((old) => {
      const next = new Set(old);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const toggleAll = (select: boolean) => setSelected(select ? new Set(pending.map((r) => r.key)) : new Set());
  const accept = (list: readonly BalanceRow[]) => {
    onAccept(list.map((r) => r.suggestion));
    setSelected(new Set());
  };

  return (
    <Stack spacing={1.5}>
      <Typography variant="h6" component="h2">
        {t('summary.heading', { year: run.year, outside: run.allowOutsideArea ? t('summary.outside') : '' })}
      </Typography>
      <Summary summary={run.result.summary} />
      {rows.length === 0 ? (
        <Alert severity="info">{t('summary.none')}</Alert>
      ) : (
        <>
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
            <Button variant="outlined" disabled={busy || chosen.length === 0} onClick={() => accept(chosen)} data-testid="balance-accept-selected">
              {t('accept.selected', { count: chosen.length })}
            </Button>
            <Button
              variant="contained"
              startIcon={<DoneAllIcon />}
              disabled={busy || pending.length === 0}
              onClick={() => accept(pending)}
              data-testid="balance-accept-all"
            >
              {t('accept.all', { count: pending.length })}
            </Button>
          </Stack>
          <SuggestionTable rows={rows} selected={selected} onToggle={toggle} onToggleAll={toggleAll} />
        </>
      )}
    </Stack>
  );
}
