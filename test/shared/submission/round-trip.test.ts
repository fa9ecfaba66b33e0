/**
 * Two districts' "Gửi tỉnh" files, through the bytes and back: the province's figures are
 * the sums of what each district's own dashboard shows, a re-sent file's changes are exactly
 * the ones made, and a damaged file is refused.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregateDashboard } from '../../../shared/dashboard/aggregate';
import { dashboardInputOf } from '../../../shared/dashboard/input';
import { prepareDashboard } from '../../../shared/dashboard/prepare';
import type { DashboardKpi, DashboardPeriod } from '../../../shared/dashboard/types';
import { formatPeriodVi } from '../../../shared/domain/labels-vi';
import { periodYears } from '../../../shared/domain/period';
import type { DistrictData, Registration } from '../../../shared/domain/types';
import { generateSampleData } from '../../../shared/sample/generator';
import { diffSubmissions } from '../../../shared/submission/changes';
import { consolidate } from '../../../shared/submission/consolidate';
import { DATA_SHEET_NAME, JSON_FIRST_ROW } from '../../../shared/submission/data-sheet';
import { provinceOverview } from '../../../shared/submission/province-overview';
import { SubmissionError, readSubmission } from '../../../shared/submission/read-submission';
import type { Submission } from '../../../shared/submission/submission-schema';
import { buildSubmissionWorkbook } from '../../../shared/submission/write-submission';

const DATE = '2025-10-01';
const PERIOD: DashboardPeriod = { kind: 'quarter', year: 2025, quarter: 3 };
const t1 = new Date('2025-10-01T08:00:00Z');
const t2 = new Date('2025-10-02T08:00:00Z');

function district(seed: number, name: string, place: string): DistrictData {
  const data = generateSampleData({ seed, scale: 'district', today: DATE });
  return { ...data, settings: { ...data.settings, committeeName: name, place } };
}
const yenThanh = district(11, 'Huyện ủy Yên Thành', 'Yên Thành');
const anhSon = district(12, 'Huyện ủy Anh Sơn', 'Anh Sơn');

const kpiOf = (data: DistrictData) => aggregateDashboard(prepareDashboard(dashboardInputOf(data)), { period: PERIOD, orgId: null, today: DATE }).kpi;
const read = async (data: DistrictData, at: Date) => readSubmission(await buildSubmissionWorkbook(data, PERIOD, DATE, at));

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'accepted',
    (e: unknown) => (e instanceof SubmissionError ? 'SubmissionError' : `not a SubmissionError: ${String(e)}`),
  );

const COUNTS = Object.keys(kpiOf(yenThanh)).filter((k) => k !== 'coveredShare') as Exclude<keyof DashboardKpi, 'coveredShare'>[];

describe('province figures from two districts read back from their files', () => {
  let a: Submission;
  let b: Submission;
  beforeAll(async () => {
    [a, b] = await Promise.all([read(yenThanh, t1), read(anhSon, t1)]);
  });

  it('every total is the sum of the two districts’ own dashboards', () => {
    const [ka, kb] = [kpiOf(yenThanh), kpiOf(anhSon)];
    const overview = provinceOverview(PERIOD, [a, b]);
    expect(overview.districts.map((d) => d.committee.name)).toEqual(['Huyện ủy Anh Sơn', 'Huyện ủy Yên Thành']);
    expect(overview.districts.map((d) => d.kpi)).toEqual([kb, ka]);
    for (const key of COUNTS) expect(overview.total[key], key).toBe(ka[key] + kb[key]);
    expect(overview.total.coveredShare).toBeCloseTo((ka.covered + kb.covered) / (ka.cells + kb.cells), 12);
    expect(overview.total.cells).toBeGreaterThan(0);
    expect(overview.total.meetingsHeld).toBeGreaterThan(0);
    expect(consolidate([a, b]).total).toEqual(overview.total);
  });

  it('sums each type of organization across districts, adding up to the total', () => {
    const overview = provinceOverview(PERIOD, [a, b]);
    for (const bar of overview.byType) {
      const own = overview.districts.map((d) => d.byType.find((t) => t.type === bar.type)?.cells ?? 0);
      expect(bar.cells).toBe(own.reduce((n, c) => n + c, 0));
      expect(bar.covered + bar.uncovered).toBe(bar.cells);
    }
    for (const key of ['cells', 'covered', 'uncovered', 'crowded'] as const) {
      expect(overview.byType.reduce((n, t) => n + t[key], 0), key).toBe(overview.total[key]);
    }
  });

  it('refuses a submission of another period', async () => {
    const other = readSubmission(await buildSubmissionWorkbook(anhSon, { kind: 'year', year: 2025 }, DATE, t1));
    expect(() => provinceOverview(PERIOD, [a])).not.toThrow();
    const year = await other;
    expect(() => provinceOverview(PERIOD, [a, year])).toThrow(SubmissionError);
    expect(() => provinceOverview(PERIOD, [a, year])).toThrow(/Huyện ủy Anh Sơn gửi năm 2025, không phải quý iii năm 2025/);
  });

  it('an empty province has zero figures', () => {
    const overview = provinceOverview(PERIOD, []);
    expect(overview.districts).toEqual([]);
    expect(overview.byType).toEqual([]);
    expect(overview.total.cells).toBe(0);
  });
});

/** District A's clerk removes a cell (and its registrations), moves a registration, adds one. */
function edited(data: DistrictData) {
  const regsAt = (cellId: string) => data.registrations.filter((r) => r.cellId === cellId);
  const removedCell = data.cells.find((c) => regsAt(c.id).length > 0)!;
  const removedRegs = regsAt(removedCell.id);
  const moved = data.registrations.find((r) => r.cellId !== removedCell.id)!;
  const target = data.cells.find((c) => c.id !== removedCell.id && c.id !== moved.cellId)!;
  const period = { kind: 'year' as const, year: 2025, quarters: [3 as const] };
  const added: Registration = { id: 'reg-new-1', officialId: data.officials[0]!.id, cellId: target.id, period, years: periodYears(period), note: '' };
  const gone = new Set(removedRegs.map((r) => r.id));
  const goneMeetings = new Set((data.meetings ?? []).filter((m) => gone.has(m.registrationId)).map((m) => m.id));
  const after: DistrictData = {
    ...data,
    cells: data.cells.filter((c) => c.id !== removedCell.id),
    registrations: [...data.registrations.filter((r) => !gone.has(r.id)).map((r) => (r.id === moved.id ? { ...r, cellId: target.id } : r)), added],
    meetings: (data.meetings ?? []).filter((m) => !goneMeetings.has(m.id)),
    recommendations: (data.recommendations ?? []).filter((r) => !goneMeetings.has(r.meetingId)),
  };
  return { after, removedCell, removedRegs, moved, target, added };
}

describe('a district re-sends its file', () => {
  it('the changes read back are exactly the ones made', async () => {
    const { after, removedCell, removedRegs, moved, target, added } = edited(yenThanh);
    expect(removedRegs.length).toBeGreaterThan(0);
    const [before, now] = await Promise.all([read(yenThanh, t1), read(after, t2)]);
    const changes = diffSubmissions(before, now);
    const orgName = (orgId: string) => yenThanh.orgs.find((o) => o.id === orgId)?.name;
    const officialName = (id: string) => yenThanh.officials.find((o) => o.id === id)?.name;
    expect(changes.unchanged).toBe(false);
    expect(changes.cellsAdded).toEqual([]);
    expect(changes.cellsRemoved).toEqual([{ id: removedCell.id, name: removedCell.name, orgName: orgName(removedCell.orgId) }]);
    expect(changes.registrationsRemoved.map((r) => r.id).sort()).toEqual(removedRegs.map((r) => r.id).sort());
    expect(changes.registrationsRemoved.every((r) => r.cellName === removedCell.name)).toBe(true);
    expect(changes.registrationsAdded).toEqual([
      { id: added.id, officialName: officialName(added.officialId), cellName: target.name, orgName: orgName(target.orgId), periodText: 'Quý III năm 2025' },
    ]);
    expect(changes.registrationsChanged).toHaveLength(1);
    const [change] = changes.registrationsChanged;
    expect(change?.before).toMatchObject({ id: moved.id, officialName: officialName(moved.officialId), periodText: formatPeriodVi(moved.period) });
    expect(change?.before.cellName).toBe(yenThanh.cells.find((c) => c.id === moved.cellId)?.name);
    expect(change?.after).toMatchObject({ id: moved.id, cellName: target.name, orgName: orgName(target.orgId) });
    expect(changes.kpiBefore).toEqual(kpiOf(yenThanh));
    expect(changes.kpiAfter).toEqual(kpiOf(after));
  });

  it('the province counts the later file only', async () => {
    const { after } = edited(yenThanh);
    const files = await Promise.all([read(after, t2), read(anhSon, t1), read(yenThanh, t1)]);
    const overview = provinceOverview(PERIOD, files);
    expect(overview.districts.map((d) => [d.committee.name, d.generatedAt])).toEqual([
      ['Huyện ủy Anh Sơn', t1.toISOString()],
      ['Huyện ủy Yên Thành', t2.toISOString()],
    ]);
    expect(overview.total.cells).toBe(kpiOf(after).cells + kpiOf(anhSon).cells);
  });
});

describe('a damaged file is refused with a SubmissionError', () => {
  const good = buildSubmissionWorkbook(yenThanh, PERIOD, DATE, t1);

  it('one byte flipped in the middle of the xlsx bytes', async () => {
    const bytes = (await good).slice();
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0xff;
    expect(await refusal(readSubmission(bytes))).toBe('SubmissionError');
  });

  it('a JSON chunk tampered with, inside a valid zip', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await good) as unknown as ExcelJS.Buffer);
    const cell = wb.getWorksheet(DATA_SHEET_NAME)!.getCell(JSON_FIRST_ROW, 1);
    const text = String(cell.value);
    const at = text.indexOf('"name":"') + 8;
    cell.value = `${text.slice(0, at)}X${text.slice(at + 1)}`;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await refusal(readSubmission(bytes))).toBe('SubmissionError');
    await expect(readSubmission(bytes)).rejects.toThrow(/SHA-256 không khớp/);
  });
});
