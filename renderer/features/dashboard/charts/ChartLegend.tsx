/**
 * The legend under a chart, in HTML rather than recharts' own: its swatches carry the light
 * series' outline (recharts draws legend icons fill-only, so they vanish on white paper) and
 * its text is ink, not the series colour.
 */
import Box from '@mui/material/Box';
import type { SeriesStyle } from './chart-colors';

export interface ChartLegendProps {
  items: readonly { key: string; label: string; style: SeriesStyle }[];
}

export function ChartLegend({ items }: ChartLegendProps) {
  return (
    <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, rowGap: 0.5, listStyle: 'none', m: 0, mt: 1, p: 0 }}>
      {items.map((item) => (
        <Box component="li" key={item.key} sx={{ display: 'flex', alignItems: 'center', gap: 0.75, typography: 'body2' }}>
          <Box
            component="span"
            aria-hidden
            sx={{
              width: 14,
              height: 14,
              flexShrink: 0,
              bgcolor: item.style.fill,
              border: `1px solid ${item.style.stroke ?? item.style.fill}`,
              printColorAdjust: 'exact',
              WebkitPrintColorAdjust: 'exact',
            }}
          />
          {item.label}
        </Box>
      ))}
    </Box>
  );
}
