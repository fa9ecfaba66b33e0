import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CoverageSummary } from '../../../shared/coverage/coverage';
import { ORG_TYPE_LABEL_VI } from '../../../shared/domain/labels-vi';
import { formatCount } from '../../components/format';

export interface CoverageChartProps {
  byType: CoverageSummary['byType'];
}

/**
 * Dark blue against light orange: a pair colour-blind readers tell apart, and far apart in
 * lightness so a grey printout still separates them. The light bar gets an outline so it
 * does not vanish on white paper.
 */
const COVERED_COLOR = '#1f4e8c';
const UNCOVERED_COLOR = '#f7b267';
const UNCOVERED_STROKE = '#9a5b13';

const CHART_HEIGHT = 360;

/** Cells with / without a registered official, stacked per type of grassroots organization. */
export function CoverageChart({ byType }: CoverageChartProps) {
  const { t } = useTranslation('dashboard');
  const data = useMemo(
    () =>
      byType
        .filter((entry) => entry.cells > 0)
        .map((entry) => ({ type: ORG_TYPE_LABEL_VI[entry.type], covered: entry.covered, uncovered: entry.uncovered })),
    [byType],
  );
  const coveredName = t('chart.covered');
  const uncoveredName = t('chart.uncovered');

  return (
    <Box data-testid="coverage-chart" component="figure" sx={{ m: 0 }}>
      <Typography component="figcaption" variant="h6" sx={{ mb: 1 }}>
        {t('chart.title')}
      </Typography>
      {data.length === 0 ? (
        <Typography color="text.secondary">{t('chart.empty')}</Typography>
      ) : (
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tickFormatter={(value: number) => formatCount(value)} />
            {/* Horizontal bars: long Vietnamese type names stay readable on the category axis. */}
            <YAxis type="category" dataKey="type" width={230} interval={0} />
            <Tooltip formatter={(value) => formatCount(Number(value))} itemSorter={() => 0} />
            {/* Legend in bar order (not alphabetical), its text in ink: light orange text is unreadable. */}
            <Legend
              itemSorter={null}
              formatter={(value: string) => <span style={{ color: 'rgba(0, 0, 0, 0.87)' }}>{value}</span>}
            />
            <Bar dataKey="covered" name={coveredName} stackId="cells" fill={COVERED_COLOR} />
            <Bar dataKey="uncovered" name={uncoveredName} stackId="cells" fill={UNCOVERED_COLOR} stroke={UNCOVERED_STROKE} />
          </BarChart>
        </ResponsiveContainer>
      )}
    </Box>
  );
}
