import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardCell } from '../../../../shared/dashboard/types';
import type { MatrixRowData } from './matrix-rows';
import { MatrixRow } from './MatrixRow';
import { TileTooltip } from './TileTooltip';
import { useTileTooltip } from './useTileTooltip';
import { estimateRowHeight, MATRIX_VIEWPORT, measureOrEstimate, observeRectOrViewport } from './virtual-layout';

export interface VirtualMatrixProps {
  rows: MatrixRowData[];
  /** Every cell in scope by id: what the tooltip shows for the tile it is on. */
  cellById: ReadonlyMap<string, DashboardCell>;
  onOpenCell: (cell: DashboardCell) => void;
  /** The scroll box, for the owner to scroll back to the top when its filter changes. */
  scrollRef: RefObject<HTMLDivElement | null>;
}

/**
 * The fixed-height scroll box with only the rows in view (plus a few) in the DOM, absolutely
 * placed in a box as tall as all rows. Rows wrap their tiles, so heights differ: each is
 * estimated from its cell count, then measured once rendered. virtual-layout.ts explains the
 * guards that also make this render where there is no layout.
 *
 * One MUI tooltip serves every tile (useTileTooltip), anchored to the tile under the mouse or
 * keyboard focus: a tooltip per tile would cost more than the tile itself.
 *
 * The box is rendered here, not by the owner: the virtualizer looks for its scroll element in
 * this component's layout effect, and React attaches a parent's refs only after its children's
 * layout effects ran, so an owner's box would not be there yet and scrolling would go unseen.
 */
export function VirtualMatrix({ rows, cellById, onOpenCell, scrollRef }: VirtualMatrixProps) {
  const { t } = useTranslation('dashboard');
  const tooltip = useTileTooltip();
  // A tile whose row scrolled or was filtered away has left the document: no tooltip for it.
  const tooltipCell = tooltip.active?.anchor.isConnected ? cellById.get(tooltip.active.cellId) : undefined;
  const estimateSize = useCallback(
    (index: number) => {
      const row = rows[index];
      return row ? estimateRowHeight(row.cells.length, row.crowded > 0) : estimateRowHeight(1, false);
    },
    [rows],
  );
  const getItemKey = useCallback((index: number) => rows[index]?.orgId ?? index, [rows]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is a mutable object by design; nothing here memoizes what it returns.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 6,
    initialRect: MATRIX_VIEWPORT,
    observeElementRect: observeRectOrViewport,
    measureElement: measureOrEstimate,
  });

  return (
    <Tooltip
      open={tooltipCell !== undefined}
      onClose={tooltip.close}
      title={tooltipCell ? <TileTooltip cell={tooltipCell} /> : ''}
      describeChild
      arrow
      placement="top"
      disableHoverListener
      disableFocusListener
      disableTouchListener
      slotProps={{ popper: { anchorEl: tooltip.active?.anchor } }}
    >
      <Box
        ref={scrollRef}
        {...tooltip.handlers}
        role="region"
        aria-label={t('matrix.list')}
        data-testid="matrix-scroll"
        sx={{
          height: `min(${MATRIX_VIEWPORT.height}px, 70vh)`,
          overflowY: 'auto',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          // Crowded dots poke out of their tile's corner: room so the top row's are not clipped.
          pt: 0.5,
        }}
      >
        {rows.length === 0 ? (
          <Typography color="text.secondary" sx={{ p: 2 }}>
            {t('matrix.noMatch')}
          </Typography>
        ) : (
          <div style={{ position: 'relative', width: '100%', height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <div
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
                >
                  <MatrixRow row={row} onOpenCell={onOpenCell} />
                </div>
              );
            })}
          </div>
        )}
      </Box>
    </Tooltip>
  );
}
