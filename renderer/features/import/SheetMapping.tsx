import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELDS_BY_KIND } from '../../../shared/import/column-mapping';
import type { SheetAnalysis } from '../../../shared/import/pipeline';
import type { ColumnMapping, ImportField, ImportKind } from '../../../shared/import/types';
import { mappingColumns } from './mapping-model';

export interface SheetMappingProps {
  kind: ImportKind;
  analysis: SheetAnalysis;
  mapping: ColumnMapping;
  remembered: boolean;
  disabled: boolean;
  onChange: (column: number, field: ImportField | null) => void;
}

const NONE = '';

/** One sheet's header columns, a few values under each, and the field each one feeds. */
export function SheetMapping({ kind, analysis, mapping, remembered, disabled, onChange }: SheetMappingProps) {
  const { t } = useTranslation('import');
  const columns = useMemo(() => mappingColumns(analysis, mapping), [analysis, mapping]);
  const { table } = analysis;
  const header = table.headerTop === table.headerBottom ? String(table.headerTop) : `${table.headerTop}–${table.headerBottom}`;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="import-sheet-mapping">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
          {t('mapping.sheet', { sheet: table.sheet })}
        </Typography>
        {remembered && <Chip size="small" color="info" label={t('mapping.remembered')} />}
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('mapping.where', { header, from: table.dataStart, to: table.dataEnd })}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 60 }}>{t('mapping.column')}</TableCell>
            <TableCell>{t('mapping.header')}</TableCell>
            <TableCell>{t('mapping.sample')}</TableCell>
            <TableCell sx={{ width: 280 }}>{t('mapping.field')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {columns.map((c) => (
            <TableRow key={c.column}>
              <TableCell>{c.letter}</TableCell>
              <TableCell>{c.header}</TableCell>
              <TableCell sx={{ color: 'text.secondary' }}>{c.samples.join('; ')}</TableCell>
              <TableCell>
                <TextField
                  select
                  size="small"
                  fullWidth
                  label={t('mapping.fieldFor', { column: c.letter })}
                  value={c.field ?? NONE}
                  disabled={disabled}
                  // "— Không nhập —" is a choice to see, not an empty box.
                  slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
                  onChange={(e) => onChange(c.column, e.target.value === NONE ? null : (e.target.value as ImportField))}
                >
                  <MenuItem value={NONE}>{t('mapping.none')}</MenuItem>
                  {FIELDS_BY_KIND[kind].map((f) => (
                    <MenuItem key={f} value={f}>
                      {t(`fields.${f}`)}
                    </MenuItem>
                  ))}
                </TextField>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
