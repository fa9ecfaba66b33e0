/**
 * One stylesheet for the whole matrix, set as `sx` on its root. Rows and tiles are plain
 * elements with class names: a screenful holds hundreds of tiles and scrolling mounts new
 * rows all the time, so each must not compute and insert its own styles (as `sx` on every
 * MUI element would). Colours and sizes come from tile-colors.ts.
 */
import type { SxProps, Theme } from '@mui/material/styles';
import { REGISTRANT_BUCKETS } from '../../../../shared/dashboard/types';
import { bucketClassName, CROWDED_CLASS, CROWDED_MARK_COLOR, TILE_COLORS, TILE_GAP, TILE_HEIGHT, TILE_WIDTH } from './tile-colors';

/** Browsers drop backgrounds when printing unless told otherwise. */
const keepColorsInPrint = { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' } as const;

const bucketRules = Object.fromEntries(
  REGISTRANT_BUCKETS.map((bucket) => {
    const c = TILE_COLORS[bucket];
    return [`& .${bucketClassName(bucket)}`, { backgroundColor: c.background, color: c.text, border: `${c.borderWidth}px solid ${c.border}` }];
  }),
);

export const ORG_COLUMN_WIDTH = 300;

export const matrixStyles: SxProps<Theme> = {
  '& .matrix-row': {
    display: 'grid',
    gridTemplateColumns: { xs: '1fr', md: `${ORG_COLUMN_WIDTH}px 1fr` },
    columnGap: 2,
    rowGap: 0.5,
    px: 1,
    py: 0.75,
    borderBottom: 1,
    borderColor: 'divider',
  },
  '& .matrix-row__org': { minWidth: 0 },
  '& .matrix-row__name': { typography: 'body2', fontWeight: 600, m: 0 },
  '& .matrix-row__meta': { typography: 'caption', display: 'block', color: 'text.secondary', m: 0 },
  '& .matrix-row__meta--gap': { color: 'warning.dark' },
  '& .matrix-row__tiles': {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${TILE_GAP}px`,
    alignContent: 'flex-start',
    pt: 0.5,
    pr: 0.5,
  },
  '& .matrix-tile': {
    position: 'relative',
    boxSizing: 'border-box',
    minWidth: TILE_WIDTH,
    height: TILE_HEIGHT,
    px: 0.5,
    borderRadius: '4px',
    font: 'inherit',
    fontSize: '0.8125rem',
    fontWeight: 700,
    lineHeight: 1,
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    ...keepColorsInPrint,
  },
  '& button.matrix-tile': {
    cursor: 'pointer',
    '&:hover': { filter: 'brightness(0.92)' },
    '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: '2px' },
  },
  ...bucketRules,
  // A dark dot with a white ring in the top-right corner: visible on every tile colour and in grey.
  [`& .${CROWDED_CLASS}::after`]: {
    content: '""',
    position: 'absolute',
    top: -4,
    right: -4,
    width: 10,
    height: 10,
    borderRadius: '50%',
    backgroundColor: CROWDED_MARK_COLOR,
    boxShadow: '0 0 0 2px #ffffff',
    ...keepColorsInPrint,
  },
};
