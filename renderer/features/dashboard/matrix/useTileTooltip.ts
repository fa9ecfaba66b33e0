import { useMemo, useState, type FocusEvent, type MouseEvent } from 'react';

export interface ActiveTile {
  anchor: HTMLElement;
  cellId: string;
  /** Hover ends when the mouse leaves or the box scrolls; focus ends on blur. */
  by: 'hover' | 'focus';
}

/** The tile button an event happened on, if any (tiles carry data-cell-id). */
function tileOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('button[data-cell-id]') : null;
}

const endHover = (prev: ActiveTile | null) => (prev?.by === 'hover' ? null : prev);

/**
 * One tooltip for the whole matrix, moved to whichever tile the mouse is over or the keyboard
 * focus is on. Handlers go on the scroll box and find the tile from the event (delegation),
 * so tiles carry no listeners or state of their own beyond their click.
 */
export function useTileTooltip() {
  const [active, setActive] = useState<ActiveTile | null>(null);
  const handlers = useMemo(
    () => ({
      onMouseOver: (event: MouseEvent<HTMLElement>) => {
        const tile = tileOf(event.target);
        const cellId = tile?.dataset.cellId;
        if (tile && cellId) setActive((prev) => (prev?.anchor === tile ? prev : { anchor: tile, cellId, by: 'hover' }));
        else setActive(endHover);
      },
      onMouseLeave: () => setActive(endHover),
      // The tooltip stays on its tile while the content moves under a still mouse; a scroll hides it.
      onScroll: () => setActive(endHover),
      onFocus: (event: FocusEvent<HTMLElement>) => {
        const tile = tileOf(event.target);
        const cellId = tile?.dataset.cellId;
        if (tile && cellId) setActive({ anchor: tile, cellId, by: 'focus' });
      },
      onBlur: (event: FocusEvent<HTMLElement>) =>
        setActive((prev) => (prev?.by === 'focus' && prev.anchor === event.target ? null : prev)),
    }),
    [],
  );
  const close = useMemo(() => () => setActive(null), []);
  return { active, handlers, close };
}
