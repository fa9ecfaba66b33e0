/**
 * The report as a clerk prints it: LibreOffice renders the xlsx to PDF, and the first
 * page must carry the Party heading and the title on A4. Skipped where LibreOffice is
 * not installed (apt-get install libreoffice-calc-nogui poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildMeetingCalendarReport } from '../../shared/report/meeting-calendar-report';
import { buildUncoveredCellsReport } from '../../shared/report/uncovered-cells-report';
import type { ReportDocument } from '../../shared/report/layout';
import { buildReportDocuments, PERIOD_REPORTS, type PeriodReport } from '../../shared/report/report-kinds';
import { buildProvinceSummaryReport } from '../../shared/report/province-summary-report';
import { generateSampleData } from '../../shared/sample/generator';
import { provinceOverview } from '../../shared/submission/province-overview';
import { submissionOf } from '../../shared/submission/write-submission';
import { workbookBytes } from '../../shared/xlsx/workbook-bytes';
import { buildReportWorkbook, writeReportWorkbook, writeReportXlsx } from '../../shared/xlsx/write-report';

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const hasSoffice = onPath('soffice') && onPath('pdftotext') && onPath('pdfinfo');
/** Given to each test's own `skip`, so the reporter prints it beside the skipped test. */
const SKIP_REASON = 'LibreOffice or poppler-utils missing (apt-get install libreoffice-calc-nogui poppler-utils)';
// The default reporter lists neither skipped tests nor their notes: say it once in the log too.
if (!hasSoffice) console.log(`skipped report-pdf (9 tests): ${SKIP_REASON}`);
const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** xlsx → PDF with LibreOffice, in the test's temporary folder, with a private profile. */
function toPdf(xlsx: string): string {
  return toPdfs([xlsx])[0] ?? '';
}

/** Several workbooks in one LibreOffice start, which is most of a conversion's time. */
function toPdfs(xlsxs: readonly string[]): string[] {
  execFileSync(
    'soffice',
    ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo')}`, '--convert-to', 'pdf', '--outdir', dir, ...xlsxs],
    { stdio: 'ignore', timeout: 90_000 },
  );
  return xlsxs.map((xlsx) => xlsx.replace(/\.xlsx$/, '.pdf'));
}

interface Word {
  text: string;
  xMin: number;
  xMax: number;
  height: number;
}

/** Every word of the PDF with its box, in points (pdftotext -bbox). */
function words(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    text: m[5] ?? '',
    xMin: Number(m[1]),
    xMax: Number(m[3]),
    height: Number(m[4]) - Number(m[2]),
  }));
}

describe('uncovered cells report as PDF', () => {
  it('prints the Party header and title on A4 portrait (needs soffice, pdftotext, pdfinfo)', async ({ skip }) => {
    skip(!hasSoffice, SKIP_REASON);
    const data = generateSampleData({ seed: 1 });
    const doc = buildUncoveredCellsReport({ ...data, year: 2025, date: { day: 5, month: 3, year: 2025 } });
    const xlsx = join(dir, 'report.xlsx');
    writeFileSync(xlsx, await writeReportXlsx(doc));
    execFileSync(
      'soffice',
      ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo')}`, '--convert-to', 'pdf', '--outdir', dir, xlsx],
      { stdio: 'ignore', timeout: 90_000 },
    );
    const pdf = join(dir, 'report.pdf');
    const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(page1).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(page1).toContain('HUYỆN ỦY YÊN THÀNH');
    expect(page1).toContain('DANH SÁCH');
    expect(page1).toContain('chi bộ chưa có đồng chí lãnh đạo tỉnh đăng ký dự sinh hoạt');
    expect(page1).toContain('Yên Thành, ngày 05 tháng 3 năm 2025');

    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    expect(Number(size?.[1])).toBeCloseTo(595, 0);
    expect(Number(size?.[2])).toBeCloseTo(842, 0);
    // Every page repeats the table header, so the last page has it too.
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    const last = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(last).toContain('Tổ chức cơ sở đảng');
    expect(last).toContain('Nguyễn Văn Hùng');
  }, 120_000);
});

describe('meeting calendar as PDF', () => {
  it('prints on A4 landscape, unshrunk, inside the margins, header on every page (needs soffice, pdftotext, pdfinfo)', async ({ skip }) => {
    skip(!hasSoffice, SKIP_REASON);
    const data = generateSampleData({ seed: 1, today: '2025-08-20' });
    const doc = buildMeetingCalendarReport({ ...data, meetings: data.meetings ?? [], from: '2025-07-01', to: '2025-09-30', date: { day: 20, month: 8, year: 2025 } });
    const xlsx = join(dir, 'calendar.xlsx');
    writeFileSync(xlsx, await writeReportXlsx(doc));
    const pdf = toPdf(xlsx);

    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    expect(Number(size?.[1])).toBeCloseTo(842, 0);
    expect(Number(size?.[2])).toBeCloseTo(595, 0);
    const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(page1).toContain('THÔNG BÁO');
    expect(page1).toContain('từ ngày 01/07/2025 đến ngày 30/09/2025');
    expect(page1).toMatch(/Số\s+-TB\/HU/);

    // Inside the 3 cm left and 1.5 cm right margins (85 pt, 42.5 pt), and not shrunk to get
    // there: the 14 pt title keeps a 14 pt line box.
    const all = words(pdf);
    expect(Math.min(...all.map((w) => w.xMin))).toBeGreaterThanOrEqual(84);
    expect(Math.max(...all.map((w) => w.xMax))).toBeLessThanOrEqual(842 - 42.5);
    expect(all.find((w) => w.text === 'THÔNG')?.height).toBeGreaterThan(14 * 1.15);

    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    for (const page of [2, pages]) {
      const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text, `page ${page}`).toContain('Đồng chí dự');
    }
    const last = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(last).toContain('Nguyễn Văn Hùng');
  }, 120_000);
});

function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
}

function pageText(pdf: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' });
}

describe('the last printed page', () => {
  it('carries table rows with the signature, never a repeated header alone (needs soffice, pdftotext, pdfinfo)', async ({ skip }) => {
    skip(!hasSoffice, SKIP_REASON);
    // These two once printed the signature, or half of it, on a last page of its own: the
    // uncovered list of seed 6 (portrait) and the July–August calendar of seed 2 (landscape).
    const six = generateSampleData({ seed: 6 });
    const two = generateSampleData({ seed: 2, today: '2025-08-20' });
    const docs = [
      buildUncoveredCellsReport({ ...six, year: 2025, date: { day: 5, month: 3, year: 2025 } }),
      buildMeetingCalendarReport({ ...two, meetings: two.meetings ?? [], from: '2025-07-01', to: '2025-08-31', date: { day: 20, month: 8, year: 2025 } }),
    ];
    for (const [i, doc] of docs.entries()) {
      const xlsx = join(dir, `last-page-${i}.xlsx`);
      writeFileSync(xlsx, await writeReportXlsx(doc));
      const pdf = toPdf(xlsx);
      const pages = pageCount(pdf);
      const last = pageText(pdf, pages);
      // The whole closing part on the last page, under at least one numbered table row.
      for (const text of ['Tổng cộng', 'Nơi nhận:', 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Nguyễn Văn Hùng', '- Lưu Văn phòng Huyện ủy.']) {
        expect(last, `${doc.sheetName}: ${text}`).toContain(text);
      }
      expect(last, doc.sheetName).toMatch(/^\s*\d+\s/m);
      // LibreOffice kept to the writer's page breaks and added none of its own.
      const before = pageText(pdf, pages - 1);
      expect(before, doc.sheetName).not.toContain('Nơi nhận:');
    }
  }, 180_000);

  it('prints every sheet of a multi-sheet workbook, each with its own header (needs soffice, pdftotext, pdfinfo)', async ({ skip }) => {
    skip(!hasSoffice, SKIP_REASON);
    const data = generateSampleData({ seed: 1, today: '2025-08-20' });
    const docs = [
      buildUncoveredCellsReport({ ...data, year: 2025, date: { day: 5, month: 3, year: 2025 } }),
      buildMeetingCalendarReport({ ...data, meetings: data.meetings ?? [], from: '2025-07-01', to: '2025-07-31', date: { day: 20, month: 8, year: 2025 } }),
    ];
    const xlsx = join(dir, 'two-sheets.xlsx');
    writeFileSync(xlsx, await writeReportWorkbook(docs));
    const pdf = toPdf(xlsx);
    const text = Array.from({ length: pageCount(pdf) }, (_, p) => pageText(pdf, p + 1));
    const headed = text.filter((t) => t.includes('ĐẢNG CỘNG SẢN VIỆT NAM'));
    expect(headed).toHaveLength(2);
    expect(headed[0]).toContain('DANH SÁCH');
    expect(headed[1]).toContain('THÔNG BÁO');
    expect(text.filter((t) => t.includes('Nguyễn Văn Hùng') && t.includes('Nơi nhận:'))).toHaveLength(2);
  }, 180_000);
});

interface PrintedSheet {
  doc: ReportDocument;
  /** The writer's manual breaks + 1: the pages the sheet must print on, no more. */
  pages: number;
}

interface PrintedReport {
  pdf: string;
  sheets: PrintedSheet[];
}

let periodReports: Promise<Map<PeriodReport, PrintedReport>> | undefined;

/** The four period reports of the district sample, year 2025, converted once for all their tests. */
function printPeriodReports(): Promise<Map<PeriodReport, PrintedReport>> {
  periodReports ??= (async () => {
    const data = generateSampleData({ seed: 1, today: '2025-11-20' });
    const input = { ...data, period: { kind: 'year' as const, year: 2025 }, date: { day: 20, month: 11, year: 2025 } };
    const built = await Promise.all(
      PERIOD_REPORTS.map(async (report) => {
        const docs = buildReportDocuments({ report, input });
        const wb = buildReportWorkbook(docs);
        const xlsx = join(dir, `period-${report}.xlsx`);
        writeFileSync(xlsx, await workbookBytes(wb));
        const sheets = docs.map((doc, i) => ({ doc, pages: (wb.worksheets[i]?.model.rowBreaks.length ?? 0) + 1 }));
        return { report, xlsx, sheets };
      }),
    );
    const pdfs = toPdfs(built.map((b) => b.xlsx));
    return new Map(built.map((b, i): [PeriodReport, PrintedReport] => [b.report, { pdf: pdfs[i] ?? '', sheets: b.sheets }]));
  })();
  return periodReports;
}

/** Width and height in points of pages 1..n (pdfinfo prints each page's size when given a range). */
function pageSizes(pdf: string, n: number): [number, number][] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(n), pdf], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** A numbered data row (" 12  Chi bộ …") or a group row ("II. Chi bộ …") at the start of a line. */
const TABLE_ROW = /^\s*(\d+|[IVXLC]+\.)\s+\S/m;

/**
 * A column title is on the page when each of its words is: header cells wrap their title
 * over several lines, which -layout interleaves with the neighbouring cells' lines, so the
 * title is never one string; its words are, as LibreOffice wraps at spaces.
 */
function hasTitle(pageWords: ReadonlySet<string>, title: string): boolean {
  return title.split(/\s+/).every((word) => pageWords.has(word));
}

describe.each(PERIOD_REPORTS)('%s report as PDF (district sample, seed 1, year 2025)', (report) => {
  it('prints on the writer\'s pages only, A4 in each sheet\'s orientation, no column cut off (needs soffice, pdftotext, pdfinfo)', async ({ skip }) => {
    skip(!hasSoffice, SKIP_REASON);
    const printed = (await printPeriodReports()).get(report);
    if (!printed) throw new Error(`no ${report} report`);
    const { pdf, sheets } = printed;
    // LibreOffice keeps to the manual breaks and adds none: the sheets follow one another
    // in the PDF, each on exactly its breaks + 1 pages.
    const pages = pageCount(pdf);
    expect(pages).toBe(sheets.reduce((sum, s) => sum + s.pages, 0));

    const first = sheets[0]?.doc.header;
    const page1 = pageText(pdf, 1);
    expect(page1).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(first?.issuingBody).toBe(first?.issuingBody.toLocaleUpperCase('vi'));
    expect(page1).toContain(first?.issuingBody);
    expect(page1).toContain(first?.documentType);

    const sizes = pageSizes(pdf, pages);
    expect(sizes).toHaveLength(pages);
    let page = 1;
    for (const { doc, pages: count } of sheets) {
      const [long, short] = [842, 595];
      const [width, height] = doc.orientation === 'portrait' ? [short, long] : [long, short];
      const firstTitle = doc.columns[0]?.title ?? '';
      const lastTitle = doc.columns.at(-1)?.title ?? '';
      expect(pageText(pdf, page), `${doc.sheetName}: first page`).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      for (let p = page; p < page + count; p++) {
        const where = `${doc.sheetName}, page ${p}`;
        expect(sizes[p - 1]?.[0], where).toBeCloseTo(width, 0);
        expect(sizes[p - 1]?.[1], where).toBeCloseTo(height, 0);
        const text = pageText(pdf, p);
        // Every page of these sheets has table rows (the writer never leaves a header alone
        // on a page), which also keeps the column check below from passing on empty pages.
        expect(text, `${where}: table rows`).toMatch(TABLE_ROW);
        // The header row repeats on every page, so a column printed on a page of its own
        // would leave its title, or the first column's, missing from the table's pages.
        const pageWords = new Set(text.split(/\s+/));
        expect(hasTitle(pageWords, firstTitle), `${where}: "${firstTitle}"`).toBe(true);
        expect(hasTitle(pageWords, lastTitle), `${where}: "${lastTitle}"`).toBe(true);
      }
      page += count;
    }
  }, 120_000);
});

describe('province summary as PDF', () => {
  it('prints one A4 portrait page per sheet, the Party header on page 1, every column on the page (needs soffice, pdftotext, pdfinfo)', async ({ skip }) => {
    skip(!hasSoffice, SKIP_REASON);
    const period = { kind: 'year', year: 2025 } as const;
    const districts = [1, 2].map((seed, i) => {
      const data = generateSampleData({ seed, today: '2025-10-15' });
      const settings = { ...data.settings, committeeName: ['Huyện ủy Yên Thành', 'Huyện ủy Nghi Lộc'][i] ?? '' };
      return submissionOf({ ...data, settings }, period, '2025-10-15', new Date(Date.UTC(2025, 9, 15, 8, i)));
    });
    const overview = provinceOverview(period, districts);
    const province = { ...generateSampleData({ seed: 1 }).settings, committeeName: 'Ban Tổ chức Tỉnh ủy', documentSymbol: 'BTCTU' };
    const xlsx = join(dir, 'province.xlsx');
    writeFileSync(xlsx, await writeReportWorkbook(buildProvinceSummaryReport({ overview, settings: province, date: { day: 24, month: 11, year: 2025 } })));
    const pdf = toPdf(xlsx);

    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    expect(Number(size?.[1])).toBeCloseTo(595, 0);
    expect(Number(size?.[2])).toBeCloseTo(842, 0);
    expect(pageCount(pdf)).toBe(2);
    const page1 = pageText(pdf, 1);
    expect(page1).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(page1).toContain('BAN TỔ CHỨC TỈNH ỦY');
    expect(page1).toContain('BIỂU TỔNG HỢP');
    expect(page1).toContain('Huyện ủy Nghi Lộc');
    // The first and the last column's titles are on the page: no column was cut onto another.
    expect(page1).toContain('STT');
    expect(page1).toMatch(/quá\s+hạn/);
    expect(page1).toContain('Nơi nhận');
    const page2 = pageText(pdf, 2);
    expect(page2).toContain('Loại hình');
    expect(page2).toContain('Quá tải');
  }, 120_000);
});
