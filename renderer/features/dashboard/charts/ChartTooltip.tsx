/**
 * The hover box of every chart: the row's name and its counts written out in Vietnamese
 * number style ("1.234 chi bộ (25,5%)"), rather than recharts' raw "uncovered: 1234".
 */
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { TooltipContentProps } from 'recharts';

export interface TooltipText {
  title: string;
  lines: string[];
}

/** A `Tooltip content` render function for charts whose data rows are `Row`s. */
export function chartTooltip<Row>(describe: (row: Row) => TooltipText): (props: TooltipContentProps) => ReactNode {
  return function renderTooltip({ active, payload }: TooltipContentProps) {
    const row = payload[0]?.payload as Row | undefined;
    if (!active || row === undefined) return null;
    const text = describe(row);
    return (
      <Paper elevation={3} sx={{ px: 1.5, py: 1, maxWidth: 360 }}>
        <Typography variant="subtitle2" component="p">
          {text.title}
        </Typography>
        {text.lines.map((line) => (
          <Typography key={line} variant="body2" component="p">
            {line}
          </Typography>
        ))}
      </Paper>
    );
  };
}
