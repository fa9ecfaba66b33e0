import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';

/** Headless Chromium has no print dialog: count the app's print calls instead (call before page.goto). */
export async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { printCalls: number }).printCalls = 0;
    window.print = () => {
      (window as unknown as { printCalls: number }).printCalls += 1;
    };
  });
}

export function printCalls(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);
}

/**
 * Prints the page as the print CSS lays it out, saves the PDF, checks the paper is A4 portrait
 * (595.3 × 841.9 pt) and returns page 1's text as pdftotext reads it.
 */
export async function printA4(page: Page, pdfPath: string): Promise<string> {
  await writeFile(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  expect(Number(size?.[1])).toBeCloseTo(595.3, 0);
  expect(Number(size?.[2])).toBeCloseTo(841.9, 0);
  return execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdfPath, '-'], { encoding: 'utf8' });
}
