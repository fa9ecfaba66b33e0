import { screen } from '@testing-library/react';

/** The grid row that shows `text`. */
export function rowOf(text: string): HTMLElement {
  const row = screen.getByText(text).closest('[role="row"]');
  if (!(row instanceof HTMLElement)) throw new Error(`no row for ${text}`);
  return row;
}

/** What a grid row shows in the column of `field` ('' when the row has no such cell). */
export function fieldOf(row: HTMLElement, field: string): string {
  return row.querySelector(`[data-field="${field}"]`)?.textContent ?? '';
}
