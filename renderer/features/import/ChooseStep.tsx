import FileDownloadIcon from '@mui/icons-material/FileDownload';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '../../../shared/import/types';
import { IMPORT_KINDS } from './import-types';
import type { ImportWizard } from './useImportWizard';

export interface ChooseStepProps {
  wizard: ImportWizard;
  year: number;
}

/** Step 1: which list the file holds, its template, and the file itself. */
export function ChooseStep({ wizard, year }: ChooseStepProps) {
  const { t } = useTranslation('import');
  const { kind, job, actions } = wizard;
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="body2">{t('intro')}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t('order')}
          </Typography>
          <FormLabel id="import-kind-label">{t('kindLabel')}</FormLabel>
          <RadioGroup aria-labelledby="import-kind-label" value={kind} onChange={(e) => actions.setKind(e.target.value as ImportKind)}>
            {IMPORT_KINDS.map((k) => (
              <Stack key={k} direction="row" spacing={2} sx={{ alignItems: 'center', py: 0.5 }}>
                <FormControlLabel
                  value={k}
                  control={<Radio data-testid={`import-kind-${k}`} />}
                  label={
                    <Stack>
                      <Typography>{t(`kinds.${k}`)}</Typography>
                      <Typography variant="body2" color="text.secondary">
                        {t(`kindHints.${k}`)}
                      </Typography>
                    </Stack>
                  }
                  sx={{ flexGrow: 1, mr: 0 }}
                  disabled={job.running}
                />
                <Button
                  size="small"
                  startIcon={<FileDownloadIcon />}
                  onClick={() => actions.downloadTemplate(k)}
                  disabled={job.running}
                  title={t('templateHint')}
                  aria-label={`${t('template')}: ${t(`kinds.${k}`)}`}
                  data-testid={`import-template-${k}`}
                >
                  {t('template')}
                </Button>
              </Stack>
            ))}
          </RadioGroup>
          {kind === 'registrations' && (
            <Typography variant="body2" color="text.secondary">
              {t('registrationsYear', { year })}
            </Typography>
          )}
          {kind === 'meetings' && (
            <Typography variant="body2" color="text.secondary">
              {t('meetingsHelp')}
            </Typography>
          )}
          <div>
            <Button
              variant="contained"
              startIcon={<UploadFileIcon />}
              onClick={() => void actions.pickFile()}
              disabled={job.running}
              data-testid="import-pick-file"
            >
              {t('pickFile')}
            </Button>
          </div>
        </Stack>
      </CardContent>
    </Card>
  );
}
