/**
 * One row per district for the period, as its own dashboard counts it, and the total row (the
 * overview's sums: the same numbers the summary workbook writes). Each district's file can be
 * taken out again.
 */
import DeleteIcon from '@mui/icons-material/Delete';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { DashboardKpi } from '../../../shared/dashboard/types';
import type { ProvinceDistrict, ProvinceOverview } from '../../../shared/submission/province-overview';
import { formatCount } from '../../components/format';
import { formatDateTimeVi } from '../../db/repositories/submissions';
import { formatPercent } from '../dashboard/charts/chart-format';

export interface DistrictsTableProps {
  overview: ProvinceOverview;
  /** Asks to remove a district's file (the page confirms first). */
  onDelete(district: ProvinceDistrict): void;
}

const COUNTS = ['cells', 'covered', 'uncovered', 'crowded'] as const;
const AFTER_SHARE = ['meetingsPlanned', 'meetingsHeld', 'recommendationsOpen', 'recommendationsOverdue'] as const;

function KpiCells({ kpi, testPrefix }: { kpi: DashboardKpi; testPrefix?: string }) {
  const id = (key: string) => (testPrefix ? `${testPrefix}-${key}` : undefined);
  return (
    <>
      {COUNTS.map((key) => (
        <TableCell key={key} align="right" data-testid={id(key)} data-kpi={key}>
          {formatCount(kpi[key])}
        </TableCell>
      ))}
      <TableCell align="right" data-testid={id('coveredShare')} data-kpi="coveredShare">
        {formatPercent(kpi.coveredShare)}
      </TableCell>
      {AFTER_SHARE.map((key) => (
        <TableCell key={key} align="right" data-testid={id(key)} data-kpi={key}>
          {formatCount(kpi[key])}
        </TableCell>
      ))}
    </>
  );
}

export function DistrictsTable({ overview, onDelete }: DistrictsTableProps) {
  const { t } = useTranslation('province');
  const headers = [...COUNTS, 'share', ...AFTER_SHARE] as const;
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('table.title')}
      </Typography>
      <TableContainer>
        <Table size="small" aria-label={t('table.label')} data-testid="province-districts">
          <TableHead>
            <TableRow sx={{ '& th': { fontWeight: 700, verticalAlign: 'bottom', lineHeight: 1.3, px: 1 } }}>
              <TableCell>{t('table.district')}</TableCell>
              <TableCell>{t('table.generatedAt')}</TableCell>
              {headers.map((key) => (
                <TableCell key={key} align="right">
                  {t(`table.${key}`)}
                </TableCell>
              ))}
              <TableCell align="center">{t('table.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {overview.districts.map((district) => (
              <TableRow key={district.key} data-testid="province-district-row" hover>
                <TableCell data-testid="province-district-name" sx={{ minWidth: 170 }}>
                  {district.committee.name}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTimeVi(district.generatedAt)}</TableCell>
                <KpiCells kpi={district.kpi} />
                <TableCell align="center">
                  <IconButton
                    size="small"
                    aria-label={t('table.delete', { committee: district.committee.name })}
                    title={t('table.delete', { committee: district.committee.name })}
                    onClick={() => onDelete(district)}
                    data-testid="province-district-delete"
                  >
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
            <TableRow data-testid="province-district-total" sx={{ '& td': { fontWeight: 700, borderTop: 2 } }}>
              <TableCell colSpan={2}>{t('table.total', { count: overview.districts.length })}</TableCell>
              <KpiCells kpi={overview.total} testPrefix="province-district-total" />
              <TableCell />
            </TableRow>
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}
