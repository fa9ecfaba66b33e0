import { expect, type Locator, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Screenshots land here so a person can look at what a clerk sees (see README). */
export const SCREENSHOT_DIR = 'test-results';

export type PageId =
  | 'dashboard'
  | 'organizations'
  | 'officials'
  | 'registrations'
  | 'import'
  | 'synthesis'
  | 'balance'
  | 'meetings'
  | 'recommendations'
  | 'reports'
  | 'settings';

/** Opens a page from the side navigation, as a clerk would. */
export async function openPage(page: Page, id: PageId): Promise<void> {
  await page.getByTestId(`nav-${id}`).click();
  await expect(page).toHaveURL(new RegExp(`#/${id}$`));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** The number shown on a dashboard card, as the clerk reads it (Vietnamese digit grouping). */
export function kpiValue(page: Page, testId: string): Locator {
  return page.getByTestId(`${testId}-value`);
}

const countFormat = new Intl.NumberFormat('vi-VN');
export const formatCount = (value: number): string => countFormat.format(value);

/**
 * Picks an option in one of the app's search pickers (MUI Autocomplete) by typing
 * without diacritics, the way clerks type on keyboards without a Vietnamese input method.
 */
export async function pickBySearch(page: Page, label: string, typed: string, optionText: string): Promise<void> {
  const input = page.getByRole('combobox', { name: label });
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: optionText, exact: true }).click();
  await expect(input).toHaveValue(optionText);
}
