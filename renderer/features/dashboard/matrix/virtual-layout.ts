/**
 * Sizes for the matrix's virtualized rows, and two guards that keep the virtualizer working
 * where there is no layout.
 *
 * react-virtual reads the scroll box's clientHeight and each row's offsetHeight. Where the
 * page has no layout (jsdom in the unit tests; a box still display:none) both are 0: the
 * viewport is empty, so no row renders, and 0-high rows would all "fit", so every row would.
 * `initialRect` alone does not help: the virtualizer overwrites it with the measured 0×0 as
 * soon as it observes the element. So:
 *  - observeRectOrViewport: a 0-high box is taken as MATRIX_VIEWPORT, the box's own fixed
 *    height (CSS below), which is what it is once laid out;
 *  - measureOrEstimate: a row measured 0 high takes its estimate (a real row never is 0: it
 *    has at least the organization's name).
 * With layout (the app, Playwright) both pass the real measurements through untouched.
 */
import {
  measureElement,
  observeElementRect,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { ORG_COLUMN_WIDTH } from './matrix-styles';
import { TILE_GAP, TILE_HEIGHT, TILE_WIDTH } from './tile-colors';

/** The scroll box's height in px (its CSS height, capped by the window height there). */
export const MATRIX_VIEWPORT: Rect = { width: 960, height: 600 };

/** Org column, paddings and border of a row, in px (MatrixRow's layout). */
const NAME_BLOCK_HEIGHT = 40;
const CROWDED_LINE_HEIGHT = 20;
const ROW_CHROME = 13;
const TILE_AREA_WIDTH = MATRIX_VIEWPORT.width - ORG_COLUMN_WIDTH - 40;

/** A row's height before it is measured: tiles wrap onto as many lines as they need. */
export function estimateRowHeight(cellCount: number, hasCrowded: boolean): number {
  const perLine = Math.max(1, Math.floor((TILE_AREA_WIDTH + TILE_GAP) / (TILE_WIDTH + TILE_GAP)));
  const lines = Math.max(1, Math.ceil(cellCount / perLine));
  const tiles = 4 + lines * TILE_HEIGHT + (lines - 1) * TILE_GAP;
  const name = NAME_BLOCK_HEIGHT + (hasCrowded ? CROWDED_LINE_HEIGHT : 0);
  return ROW_CHROME + Math.max(name, tiles);
}

type MatrixVirtualizer = Virtualizer<HTMLDivElement, Element>;

export function observeRectOrViewport(instance: MatrixVirtualizer, cb: (rect: Rect) => void): void | (() => void) {
  return observeElementRect(instance, (rect) =>
    cb(rect.height > 0 ? rect : { width: rect.width > 0 ? rect.width : MATRIX_VIEWPORT.width, height: MATRIX_VIEWPORT.height }),
  );
}

export function measureOrEstimate(element: Element, entry: ResizeObserverEntry | undefined, instance: MatrixVirtualizer): number {
  const size = measureElement(element, entry, instance);
  return size > 0 ? size : instance.options.estimateSize(instance.indexFromElement(element));
}
