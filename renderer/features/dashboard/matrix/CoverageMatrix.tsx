import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardCell } from '../../../../shared/dashboard/types';
import { filterMatrixRows, groupCellsByOrg } from './matrix-rows';
import { MatrixLegend } from './MatrixLegend';
import { MatrixToolbar } from './MatrixToolbar';
import { matrixStyles } from './matrix-styles';
import { VirtualMatrix } from './VirtualMatrix';

export interface CoverageMatrixProps {
  /** The aggregate's cells (organization then cell, Vietnamese order). */
  cells: DashboardCell[];
  /** A tile was clicked (or pressed with Enter/Space). */
  onOpenCell: (cell: DashboardCell) => void;
}

/**
 * Every cell in scope as a tile, one row per grassroots organization, so the clerk sees at a
 * glance where nobody is registered. A province has ~1,500 organizations and ~15,000 cells:
 * only the rows in view are in the DOM (VirtualMatrix), and the org-name filter works on the
 * deferred query so typing stays responsive.
 */
export function CoverageMatrix({ cells, onOpenCell }: CoverageMatrixProps) {
  const { t } = useTranslation('dashboard');
  const [query, setQuery] = useState('');
  const [onlyWithGaps, setOnlyWithGaps] = useState(false);
  const deferredQuery = useDeferredValue(query);
  const allRows = useMemo(() => groupCellsByOrg(cells), [cells]);
  const cellById = useMemo(() => new Map(cells.map((cell) => [cell.cellId, cell])), [cells]);
  const rows = useMemo(() => filterMatrixRows(allRows, { query: deferredQuery, onlyWithGaps }), [allRows, deferredQuery, onlyWithGaps]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // A new filter shows its first match at the top, not wherever the old list was scrolled to.
  const toTop = () => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  };

  return (
    <Stack spacing={1.5} data-testid="coverage-matrix" sx={matrixStyles}>
      <Typography variant="h6" component="h2">
        {t('matrix.title')}
      </Typography>
      <MatrixToolbar
        query={query}
        onQueryChange={(value) => {
          setQuery(value);
          toTop();
        }}
        onlyWithGaps={onlyWithGaps}
        onOnlyWithGapsChange={(value) => {
          setOnlyWithGaps(value);
          toTop();
        }}
        shown={rows.length}
        total={allRows.length}
      />
      <MatrixLegend />
      {allRows.length === 0 ? (
        <Typography color="text.secondary">{t('matrix.noCells')}</Typography>
      ) : (
        <VirtualMatrix rows={rows} cellById={cellById} onOpenCell={onOpenCell} scrollRef={scrollRef} />
      )}
    </Stack>
  );
}
