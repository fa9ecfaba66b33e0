import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { missingFields } from './mapping-model';
import { SheetMapping } from './SheetMapping';
import type { ImportWizard } from './useImportWizard';

export interface MappingStepProps {
  wizard: ImportWizard;
}

/** Step 2: the guessed field of every column, per sheet, for the clerk to check and correct. */
export function MappingStep({ wizard }: MappingStepProps) {
  const { t } = useTranslation('import');
  const { mapping, kind, job, actions } = wizard;
  if (!mapping) return null;
  const missing = mapping.mappings.map((m) => missingFields(kind, m));
  const blocked = missing.some((groups) => groups.length > 0);
  return (
    <Stack spacing={2}>
      <Typography sx={{ fontWeight: 700 }} data-testid="import-file-name">
        {t('file', { name: mapping.fileName })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('mapping.help')}
      </Typography>
      {mapping.analyses.map((analysis, i) => (
        <Stack key={analysis.table.sheet} spacing={1}>
          <SheetMapping
            kind={kind}
            analysis={analysis}
            mapping={mapping.mappings[i] ?? analysis.mapping}
            remembered={mapping.remembered[i] ?? false}
            disabled={job.running}
            onChange={(column, field) => actions.setField(i, column, field)}
          />
          {(missing[i] ?? []).length > 0 && (
            <Alert severity="warning">
              {t('mapping.missing', {
                fields: (missing[i] ?? []).map((group) => group.map((f) => t(`fields.${f}`)).join(t('mapping.or'))).join('; '),
              })}
            </Alert>
          )}
        </Stack>
      ))}
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        <Button onClick={() => actions.restart()} disabled={job.running}>
          {t('mapping.back')}
        </Button>
        <Button onClick={actions.resetMappings} disabled={job.running}>
          {t('mapping.reset')}
        </Button>
        <Button variant="contained" onClick={() => void actions.checkRows()} disabled={job.running || blocked} data-testid="import-check">
          {t('mapping.next')}
        </Button>
      </Stack>
    </Stack>
  );
}
