/**
 * Renders the sample district's reports (the "uncovered cells" list, portrait, and the
 * meeting calendar of the third quarter, landscape) the way a clerk would see them on
 * paper: xlsx → PDF (LibreOffice) → PNG pages (poppler). Look at the PNGs after changing
 * a report layout or the xlsx writer.
 *
 *   npx tsx scripts/preview-report.ts <out-dir>
 *
 * Needs `soffice` (libreoffice-calc-nogui) and `pdftoppm` (poppler-utils) on PATH, and
 * ideally fonts-crosextra-carlito: Excel column widths are measured in the default font
 * (Calibri); without Carlito, LibreOffice measures in a wider font and shrinks the page
 * to about 75%, which is not what the clerk's Excel prints.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ReportDocument } from '../shared/report/layout';
import { buildMeetingCalendarReport } from '../shared/report/meeting-calendar-report';
import { buildUncoveredCellsReport } from '../shared/report/uncovered-cells-report';
import { generateSampleData } from '../shared/sample/generator';
import { writeReportXlsx } from '../shared/xlsx/write-report';

function warnWithoutCarlito(): void {
  try {
    const match = execFileSync('fc-match', ['Calibri'], { encoding: 'utf8' });
    if (!/carlito|calibri/i.test(match)) {
      console.warn(`Calibri resolves to ${match.trim()}: the preview will print smaller than Excel. Install fonts-crosextra-carlito.`);
    }
  } catch {
    // No fontconfig (e.g. Windows): LibreOffice there ships Carlito.
  }
}

/** xlsx, then PDF, then one PNG per page named `<name>-<page>.png`. */
async function render(outDir: string, name: string, doc: ReportDocument): Promise<void> {
  const xlsx = join(outDir, `${name}.xlsx`);
  writeFileSync(xlsx, await writeReportXlsx(doc));
  // A private LibreOffice profile: a clerk's open LibreOffice must not block the conversion.
  const profile = `file://${join(outDir, '.lo-profile')}`;
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', outDir, xlsx], {
    stdio: 'inherit',
  });
  const pdf = xlsx.replace(/\.xlsx$/, '.pdf');
  execFileSync('pdftoppm', ['-r', '70', '-png', pdf, join(outDir, name)]);
  const pages = readdirSync(outDir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
  console.log(`${doc.rows.length} rows → ${pdf}\n${pages.map((p) => join(outDir, p)).join('\n')}`);
}

async function main(): Promise<void> {
  warnWithoutCarlito();
  const outDir = resolve(process.argv[2] ?? 'preview');
  mkdirSync(outDir, { recursive: true });
  const date = { day: 5, month: 3, year: 2025 };
  const data = generateSampleData({ seed: 1 });
  await render(outDir, 'chi-bo-chua-co-dang-ky', buildUncoveredCellsReport({ ...data, year: 2025, date }));
  const withMeetings = generateSampleData({ seed: 1, today: '2025-08-20' });
  const calendar = buildMeetingCalendarReport({
    ...withMeetings,
    meetings: withMeetings.meetings ?? [],
    from: '2025-07-01',
    to: '2025-09-30',
    date: { day: 20, month: 8, year: 2025 },
  });
  await render(outDir, 'lich-du-sinh-hoat', calendar);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
