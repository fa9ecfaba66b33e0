/** What became of each file of the last import, in the order picked; a replaced file's changes open in a dialog. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { periodFromParam } from '../../../shared/dashboard/location';
import { periodLabelVi } from '../../../shared/dashboard/period';
import { formatDateTimeVi, type ImportOutcome } from '../../db/repositories/submissions';
import { ChangesDialog } from './ChangesDialog';
import type { FileResult } from './useProvinceImport';

export interface ImportResultsProps {
  results: readonly FileResult[];
  onDismiss(): void;
}

function periodText(periodKey: string): string {
  const period = periodFromParam(periodKey);
  return period ? periodLabelVi(period) : periodKey;
}

const SEVERITY = { added: 'success', replaced: 'success', duplicate: 'info', older: 'warning', refused: 'error' } as const;

function resultText(t: TFunction<'province'>, result: FileResult): string {
  if (result.status === 'refused') return t('import.refused', { file: result.fileName, message: result.message });
  const params = { file: result.fileName, committee: result.committeeName, period: periodText(result.periodKey), time: formatDateTimeVi(result.generatedAt) };
  switch (result.status) {
    case 'added':
      return t('import.added', params);
    case 'replaced':
      return `${t('import.replaced', params)}${result.changes.unchanged ? ` ${t('import.unchanged')}` : ''}`;
    case 'duplicate':
      return t('import.duplicate', params);
    case 'older':
      return t('import.older', { ...params, stored: result.storedFileName, storedTime: formatDateTimeVi(result.storedGeneratedAt) });
  }
}

export function ImportResults({ results, onDismiss }: ImportResultsProps) {
  const { t } = useTranslation('province');
  const [shown, setShown] = useState<Extract<ImportOutcome, { status: 'replaced' }> | null>(null);
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="province-results">
      <Stack spacing={1}>
        <Stack direction="row" sx={{ alignItems: 'center' }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, flexGrow: 1 }}>
            {t('import.heading', { count: results.length })}
          </Typography>
          <Button size="small" onClick={onDismiss}>
            {t('import.dismiss')}
          </Button>
        </Stack>
        {results.map((result, index) => (
          <Alert
            key={index}
            severity={SEVERITY[result.status]}
            data-testid={`province-result-${index}`}
            data-status={result.status}
            action={
              result.status === 'replaced' ? (
                <Button color="inherit" size="small" onClick={() => setShown(result)} data-testid={`province-changes-${index}`}>
                  {t('import.showChanges')}
                </Button>
              ) : undefined
            }
          >
            {resultText(t, result)}
          </Alert>
        ))}
      </Stack>
      <ChangesDialog
        changes={shown?.changes ?? null}
        committeeName={shown?.committeeName ?? ''}
        periodText={shown ? periodText(shown.periodKey) : ''}
        onClose={() => setShown(null)}
      />
    </Paper>
  );
}
