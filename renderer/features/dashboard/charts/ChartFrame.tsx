/**
 * Every dashboard chart sits in the same frame: a figure whose Vietnamese title (its caption) is
 * part of the saved PNG and of the printout, a note under the chart, and on screen a "Lưu ảnh PNG" button.
 * Printed, a frame has a fixed width and is never split across pages.
 */
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useRef, type ReactNode } from 'react';
import type { DashboardPeriod } from '../../../../shared/dashboard/types';
import { INK } from './chart-colors';
import { chartPngFileName } from './chart-png';
import { ChartPngButton } from './ChartPngButton';

export type ChartMode = 'screen' | 'print';

/** A4 portrait content width (210 mm − 30 mm − 15 mm margins ≈ 165 mm) in CSS pixels. */
export const PRINT_CHART_WIDTH = 620;

export interface ChartFrameProps {
  /** testid chart-<id>; the PNG is bieu-do-<id>-<period>.png. */
  id: string;
  title: string;
  period: DashboardPeriod;
  mode: ChartMode;
  /** Under the chart: what was left out, links to the full lists. */
  note?: ReactNode;
  children: ReactNode;
}

export function ChartFrame({ id, title, period, mode, note, children }: ChartFrameProps) {
  const figure = useRef<HTMLElement>(null);
  const print = mode === 'print';
  const body = (
    <Box
      component="figure"
      ref={figure}
      data-testid={`chart-${id}`}
      sx={{
        m: 0,
        p: print ? 0 : 2,
        position: 'relative',
        bgcolor: '#fff',
        color: INK,
        width: print ? PRINT_CHART_WIDTH : undefined,
        breakInside: 'avoid',
        '& [role="button"]:focus-visible': { outline: '3px solid #000', outlineOffset: 1 },
      }}
    >
      <Typography component="figcaption" variant="subtitle1" sx={{ fontWeight: 700, lineHeight: 1.4, pr: print ? 0 : 5, mb: 1 }}>
        {title}
      </Typography>
      {!print && (
        <Box sx={{ position: 'absolute', top: 8, right: 8 }}>
          <ChartPngButton target={figure} fileName={chartPngFileName(id, period)} chartTitle={title} testId={`chart-${id}-png`} />
        </Box>
      )}
      {children}
      {note && (
        <Typography component="p" variant="body2" sx={{ mt: 1 }} data-testid={`chart-${id}-note`}>
          {note}
        </Typography>
      )}
    </Box>
  );
  return print ? body : <Paper variant="outlined" sx={{ height: '100%', overflow: 'hidden' }}>{body}</Paper>;
}
