import type { DashboardCell } from '../../../../shared/dashboard/types';
import { formatCount } from '../../../components/format';
import { registrantBucket } from './matrix-rows';
import { tileClassName } from './tile-colors';

export interface MatrixTileProps {
  cell: DashboardCell;
  /** Its accessible name (tileLabel). */
  label: string;
  onOpen: (cell: DashboardCell) => void;
}

/**
 * One cell as a small button showing its number of registrants. A native <button>, so Tab
 * reaches it and Enter/Space click it. No hooks and no per-tile tooltip: a screenful holds
 * hundreds of tiles, so the one tooltip is the matrix's (useTileTooltip finds the tile by
 * `data-cell-id`), and the label says everything the colour and the tooltip say.
 */
export function MatrixTile({ cell, label, onOpen }: MatrixTileProps) {
  const count = cell.registrants.length;
  return (
    <button
      type="button"
      className={tileClassName(registrantBucket(count), cell.crowded)}
      aria-label={label}
      data-cell-id={cell.cellId}
      data-testid={`matrix-tile-${cell.cellId}`}
      onClick={() => onOpen(cell)}
    >
      {formatCount(count)}
    </button>
  );
}
