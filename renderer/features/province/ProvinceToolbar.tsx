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
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { periodLabelVi } from '../../../shared/dashboard/period';
import { formatDateVi, type DateParts } from '../../../shared/domain/labels-vi';
import type { AvailablePeriod } from '../../db/repositories/submissions';

export interface ProvinceToolbarProps {
  periods: readonly AvailablePeriod[];
  periodKey: string | undefined;
  onPeriod(key: string): void;
  date: DateParts;
  /** The files the clerk picked (one or many). */
  onFiles(files: File[]): void;
  importing: boolean;
  /** Export and print need the period's figures. */
  summaryReady: boolean;
  exporting: boolean;
  printing: boolean;
  onExport(): void;
  onPrint(): void;
}

export function ProvinceToolbar(props: ProvinceToolbarProps) {
  const { periods, periodKey, onPeriod, date, onFiles, importing, summaryReady } = props;
  const { t } = useTranslation('province');
  // The platform's file dialog picks one file; a district batch is many, so a multiple file input
  // (a native dialog in Electron too) picks them at once.
  const input = useRef<HTMLInputElement>(null);
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
        <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()} disabled={importing} data-testid="province-import">
          {t('import.button')}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".xlsx"
          multiple
          hidden
          data-testid="province-import-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // Cleared so picking the same files again (a corrected copy) fires again.
            event.target.value = '';
            if (files.length > 0) onFiles(files);
          }}
        />
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
