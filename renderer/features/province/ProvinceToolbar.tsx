/**
 * Above the province's figures: which period (among those some district sent), the report's
 * date, and the ways in and out: the districts' files, the summary workbook, the printout.
 */
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import PrintIcon from '@mui/icons-material/Print';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { periodLabelVi } from '../../../shared/dashboard/period';
import { formatDateVi, type DateParts } from '../../../shared/domain/labels-vi';
import type { AvailablePeriod } from '../../db/repositories/submissions';

export interface ProvinceToolbarProps {
  periods: readonly AvailablePeriod[];
  periodKey: string | undefined;
  onPeriod(key: string): void;
  date: DateParts;
  /** "Nhập tệp các huyện gửi": the page asks the platform for the files (one or many). */
  onImport(): void;
  importing: boolean;
  /** Export and print need the period's figures. */
  summaryReady: boolean;
  exporting: boolean;
  printing: boolean;
  onExport(): void;
  onPrint(): void;
}

export function ProvinceToolbar(props: ProvinceToolbarProps) {
  const { periods, periodKey, onPeriod, date, onImport, importing, summaryReady } = props;
  const { t } = useTranslation('province');
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }}>
        <TextField
          select
          size="small"
          label={t('period.label')}
          value={periodKey ?? ''}
          onChange={(event) => onPeriod(event.target.value)}
          disabled={periods.length === 0}
          slotProps={{ htmlInput: { 'data-testid': 'province-period' } }}
          sx={{ minWidth: 260 }}
        >
          {periods.length === 0 && <MenuItem value="">{t('period.none')}</MenuItem>}
          {periods.map((p) => (
            <MenuItem key={p.key} value={p.key}>
              {t('period.option', { period: periodLabelVi(p.period), count: p.districts })}
            </MenuItem>
          ))}
        </TextField>
        <Typography data-testid="province-date" sx={{ flexGrow: 1 }}>
          {t('period.date', { date: formatDateVi(date) })}
        </Typography>
        <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={onImport} disabled={importing} data-testid="province-import">
          {t('import.button')}
        </Button>
        <Button variant="outlined" startIcon={<PrintIcon />} onClick={props.onPrint} disabled={!summaryReady || props.printing} data-testid="province-print">
          {t('actions.print')}
        </Button>
        <Button variant="contained" startIcon={<FileDownloadIcon />} onClick={props.onExport} disabled={!summaryReady || props.exporting} data-testid="province-export">
          {t('actions.export')}
        </Button>
      </Stack>
    </Paper>
  );
}
