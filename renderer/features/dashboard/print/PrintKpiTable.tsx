/**
 * The dashboard's KPI cards as the bordered table a printed report carries: each figure
 * with its share of the total it belongs to, and that total listed too, so a reader on
 * paper can tell số chi bộ from số người from số lượt and check every percentage.
 */
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { DashboardKpi } from '../../../../shared/dashboard/types';
import { formatCount } from '../../../components/format';

export interface PrintKpiTableProps {
  kpi: DashboardKpi;
  /** Registrants from which a cell counts as crowded (settings' rules), for the row's label. */
  crowdingThreshold: number;
}

interface KpiRow {
  id: string;
  count: number;
  /** What the share is of; undefined: the row is itself a total (no share). */
  base?: number;
}

interface KpiGroup {
  id: 'cells' | 'officials' | 'meetings' | 'recommendations';
  rows: KpiRow[];
}

const percentFormat = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

export function kpiGroups(kpi: DashboardKpi): KpiGroup[] {
  return [
    {
      id: 'cells',
      rows: [
        { id: 'cells', count: kpi.cells },
        { id: 'covered', count: kpi.covered, base: kpi.cells },
        { id: 'uncovered', count: kpi.uncovered, base: kpi.cells },
        { id: 'crowded', count: kpi.crowded, base: kpi.cells },
      ],
    },
    {
      id: 'officials',
      rows: [
        { id: 'officialsTotal', count: kpi.officialsTotal },
        { id: 'officialsRegistered', count: kpi.officialsRegistered, base: kpi.officialsTotal },
        { id: 'officialsWithout', count: kpi.officialsWithout, base: kpi.officialsTotal },
        { id: 'registrations', count: kpi.registrations },
      ],
    },
    {
      id: 'meetings',
      rows: [
        { id: 'meetingsPlanned', count: kpi.meetingsPlanned },
        { id: 'meetingsHeld', count: kpi.meetingsHeld, base: kpi.meetingsPlanned },
      ],
    },
    {
      id: 'recommendations',
      rows: [
        { id: 'recommendationsTotal', count: kpi.recommendationsTotal },
        { id: 'recommendationsOpen', count: kpi.recommendationsOpen, base: kpi.recommendationsTotal },
        { id: 'recommendationsOverdue', count: kpi.recommendationsOverdue, base: kpi.recommendationsTotal },
      ],
    },
  ];
}

const border = '1px solid #000';
const th = { border, p: '3pt 5pt', fontWeight: 700, textAlign: 'center', verticalAlign: 'middle' } as const;
const td = { border, p: '3pt 5pt', verticalAlign: 'top' } as const;

export function PrintKpiTable({ kpi, crowdingThreshold }: PrintKpiTableProps) {
  const { t } = useTranslation('dashboard');
  // A share of nothing is not 0%: a dash says there was nothing to count.
  const share = (row: KpiRow) =>
    row.base === undefined ? '' : row.base === 0 ? t('print.kpi.notApplicable') : percentFormat.format(row.count / row.base);

  return (
    <Box
      component="table"
      data-testid="print-kpi-table"
      aria-label={t('print.kpi.caption')}
      sx={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', '& tr': { breakInside: 'avoid' } }}
    >
      <colgroup>
        <col style={{ width: '64%' }} />
        <col style={{ width: '18%' }} />
        <col style={{ width: '18%' }} />
      </colgroup>
      <thead>
        <tr>
          <Box component="th" scope="col" sx={th}>
            {t('print.kpi.columns.indicator')}
          </Box>
          <Box component="th" scope="col" sx={th}>
            {t('print.kpi.columns.count')}
          </Box>
          <Box component="th" scope="col" sx={th}>
            {t('print.kpi.columns.share')}
          </Box>
        </tr>
      </thead>
      <tbody>
        {kpiGroups(kpi).flatMap((group, g) => [
          <tr key={`group-${group.id}`}>
            <Box component="td" colSpan={3} sx={{ ...td, fontWeight: 700, textAlign: 'left' }}>
              {`${g + 1}. ${t(`print.kpi.groups.${group.id}`)}`}
            </Box>
          </tr>,
          ...group.rows.map((row) => (
            <tr key={row.id} data-testid={`print-kpi-${row.id}`}>
              <Box component="td" sx={{ ...td, pl: '14pt' }}>
                {t(`print.kpi.rows.${row.id}`, { threshold: crowdingThreshold })}
              </Box>
              <Box component="td" sx={{ ...td, textAlign: 'right' }} data-testid={`print-kpi-${row.id}-count`}>
                {formatCount(row.count)}
              </Box>
              <Box component="td" sx={{ ...td, textAlign: 'right' }} data-testid={`print-kpi-${row.id}-share`}>
                {share(row)}
              </Box>
            </tr>
          )),
        ])}
      </tbody>
    </Box>
  );
}
