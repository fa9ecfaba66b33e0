import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Box, Chip, Paper, Stack, Typography } from '@mui/material';
import { DataGrid, type GridColDef, type GridLocaleText, type GridPaginationModel } from '@mui/x-data-grid';
import { viVN } from '@mui/x-data-grid/locales';
import { listAudit, type AuditFilter, type AuditListRow } from '../../db/audit';
import { formatAuditTime } from '../../db/audit-summary';
import { useDb } from '../../db/useDb';
import { AuditFilters } from './AuditFilters';
import { UndoLastButton } from './UndoLastButton';

export type AuditLogSectionProps = {
  /** jsdom has no layout, so tests render every row instead of the virtualized window. */
  disableVirtualization?: boolean;
};

const PAGE_SIZES = [25, 50, 100];

function useColumns(): GridColDef<AuditListRow>[] {
  const { t } = useTranslation('audit');
  return useMemo(
    () => [
      { field: 'at', headerName: t('columns.at'), width: 170, sortable: false, valueFormatter: (value: string) => formatAuditTime(value) },
      { field: 'action', headerName: t('columns.action'), width: 120, sortable: false, valueFormatter: (value: string) => t(`actions.${value}`) },
      { field: 'entity', headerName: t('columns.entity'), width: 160, sortable: false, valueFormatter: (value: string) => t(`entities.${value}`) },
      { field: 'summary', headerName: t('columns.summary'), flex: 1, minWidth: 320, sortable: false },
      {
        field: 'undoneBy',
        headerName: t('columns.state'),
        width: 130,
        sortable: false,
        renderCell: ({ row }) => (row.undoneBy !== undefined ? <Chip size="small" label={t('undone')} /> : null),
      },
    ],
    [t],
  );
}

/**
 * "Nhật ký thao tác" in Settings: newest first, filtered in the database and read one page at
 * a time (the log only grows), with "Hoàn tác thao tác cuối".
 */
export function AuditLogSection({ disableVirtualization }: AuditLogSectionProps) {
  const { t, i18n } = useTranslation('audit');
  const db = useDb();
  const [filter, setFilter] = useState<AuditFilter>({});
  // Typing in the search box re-filters the whole log: let the box stay responsive meanwhile.
  const deferredFilter = useDeferredValue(filter);
  const [paging, setPaging] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const page = useLiveQuery(
    () => listAudit(db, deferredFilter, { offset: paging.page * paging.pageSize, limit: paging.pageSize }),
    [db, deferredFilter, paging],
  );
  const columns = useColumns();
  const count = (n: number) => n.toLocaleString(i18n.language === 'vi' ? 'vi-VN' : 'en-US');
  const localeText: Partial<GridLocaleText> = {
    // MUI's Vietnamese grid texts, completed where that locale still has English ("1–2 of 2").
    ...(i18n.language === 'vi' ? viVN.components.MuiDataGrid.defaultProps.localeText : {}),
    paginationDisplayedRows: ({ from, to, count: total }) =>
      t('common:grid.displayedRows', { from: count(from), to: count(to), count: count(total) }),
  };
  const onFilter = (next: AuditFilter) => {
    setFilter(next);
    setPaging((p) => ({ ...p, page: 0 }));
  };

  return (
    <Paper sx={{ p: 3 }} data-testid="audit-log">
      <Stack spacing={2}>
        <Typography variant="h6" component="h2">{t('heading')}</Typography>
        <Typography variant="body2">{t('help')}</Typography>
        <UndoLastButton />
        <AuditFilters value={filter} onChange={onFilter} />
        <Box sx={{ height: 520 }}>
          <DataGrid<AuditListRow>
            rows={page?.rows ?? []}
            rowCount={page?.total ?? 0}
            columns={columns}
            loading={page === undefined}
            paginationMode="server"
            paginationModel={paging}
            onPaginationModelChange={setPaging}
            pageSizeOptions={PAGE_SIZES}
            localeText={localeText}
            disableVirtualization={disableVirtualization}
            disableColumnFilter
            disableRowSelectionOnClick
            density="compact"
            // The summary is what the clerk reads: wrap it rather than cut it off.
            getRowHeight={() => 'auto'}
            aria-label={t('grid')}
          />
        </Box>
      </Stack>
    </Paper>
  );
}
