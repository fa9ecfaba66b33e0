import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardCell } from '../../../../shared/dashboard/types';
import { ORG_TYPE_LABEL_VI } from '../../../../shared/domain/labels-vi';
import { formatCount } from '../../../components/format';
import type { MatrixRowData } from './matrix-rows';
import { MatrixTile } from './MatrixTile';
import { tileLabel } from './tile-text';

export interface MatrixRowProps {
  row: MatrixRowData;
  onOpenCell: (cell: DashboardCell) => void;
}

/**
 * One grassroots organization: its name and x/y on the left, its cells' tiles wrapping on the
 * right (an organization with many cells makes a taller row, which the virtualizer measures).
 * Plain elements styled by class (matrix-styles.ts); memoized, so scrolling re-renders only
 * the rows that come into view.
 */
export const MatrixRow = memo(function MatrixRow({ row, onOpenCell }: MatrixRowProps) {
  const { t } = useTranslation('dashboard');
  const nameId = `matrix-row-name-${row.orgId}`;
  return (
    <div className="matrix-row" role="group" aria-labelledby={nameId} data-testid={`matrix-row-${row.orgId}`}>
      <div className="matrix-row__org">
        <p id={nameId} className="matrix-row__name">
          {row.orgName}
        </p>
        <p className={row.uncovered > 0 ? 'matrix-row__meta matrix-row__meta--gap' : 'matrix-row__meta'}>
          {t('matrix.row.covered', { covered: formatCount(row.covered), cells: formatCount(row.cells.length) })}
          {' · '}
          {ORG_TYPE_LABEL_VI[row.orgType]}
        </p>
        {row.crowded > 0 && <p className="matrix-row__meta">{t('matrix.row.crowded', { count: formatCount(row.crowded) })}</p>}
      </div>
      <div className="matrix-row__tiles">
        {row.cells.map((cell) => (
          <MatrixTile key={cell.cellId} cell={cell} label={tileLabel(t, cell)} onOpen={onOpenCell} />
        ))}
      </div>
    </div>
  );
});
