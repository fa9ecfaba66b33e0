import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';

/** Presses the page's button named `button` and returns the dialog it opens. */
export async function openDialog(button: string): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name: button }));
  return screen.findByRole('dialog');
}

/** Types into text boxes of `container`, each found by a part of its label: { label: text }. */
export function fillIn(container: HTMLElement, fields: Record<string, string>): void {
  for (const [label, value] of Object.entries(fields)) {
    const textbox = within(container).getByRole('textbox', { name: (name) => name.includes(label) });
    fireEvent.change(textbox, { target: { value } });
  }
}

/** Opens the select labelled `label` (in `container`, else anywhere) and picks `option` from its list. */
export async function choose(label: string | RegExp, option: string, container: HTMLElement = document.body): Promise<void> {
  fireEvent.mouseDown(await within(container).findByRole('combobox', { name: label }));
  fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: option }));
}

/** Presses the button named `button` in `container` (a dialog's "Lưu", "Xóa", "Hủy"). */
export function press(container: HTMLElement, button: string): void {
  fireEvent.click(within(container).getByRole('button', { name: button }));
}

/** Fails unless the dialog closes (a save went through, or the user cancelled). */
export async function expectDialogClosed(): Promise<void> {
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}
