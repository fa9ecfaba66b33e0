/**
 * The `solve` CLI command (scripts/cli), run in-process with an in-memory IO. It lives
 * beside the solver tests because it is the solver's command-line face.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../scripts/cli/main';
import type { CliIo } from '../../../scripts/cli/types';

function memoryIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
  };
  return { io, out, err };
}

const instanceJson = JSON.stringify({
  year: 2025,
  officials: [{ id: 'o1', name: 'Nguyễn Văn An', capacity: 1, areas: [] }],
  cells: [{ id: 'c1', name: 'Chi bộ thôn 1', orgId: 'org-1', orgName: 'Đảng bộ xã Hoa Thành', area: 'org-1' }],
});

describe('cli solve', () => {
  it('solves an instance file and prints { summary, suggestions } with --json', async () => {
    const { io, out } = memoryIo({ 'a.json': `\uFEFF${instanceJson}` });
    expect(await runCli(['solve', 'a.json', '--json'], io)).toBe(0);
    const printed = JSON.parse(out.join('')) as { summary: { cellsCoveredAfter: number }; suggestions: { kind: string }[] };
    expect(Object.keys(printed)).toEqual(['summary', 'suggestions']);
    expect(printed.summary.cellsCoveredAfter).toBe(1);
    expect(printed.suggestions).toEqual([expect.objectContaining({ kind: 'add', officialId: 'o1', cellId: 'c1' })]);
  });

  it('prints a readable Vietnamese summary without --json', async () => {
    const { io, out } = memoryIo({ 'a.json': instanceJson });
    expect(await runCli(['solve', 'a.json'], io)).toBe(0);
    expect(out.join('\n')).toContain('Số chi bộ có người dự: 0 → 1 (thêm 1)');
    expect(out.join('\n')).toContain('1. Đề nghị đồng chí Nguyễn Văn An đăng ký thêm Chi bộ thôn 1');
  });

  it('solves the sample district', async () => {
    const { io, out } = memoryIo();
    expect(await runCli(['solve', '--sample', '1', '--scale', 'district', '--json'], io)).toBe(0);
    const printed = JSON.parse(out.join('')) as { summary: { cellsCoveredBefore: number; cellsCoveredAfter: number } };
    expect(printed.summary.cellsCoveredAfter).toBeGreaterThan(printed.summary.cellsCoveredBefore);
  });

  it.each([
    [['solve', 'missing.json'], 1, 'Không đọc được tệp "missing.json": tệp không tồn tại.'],
    [['solve', 'broken.json'], 1, 'Tệp "broken.json" không phải JSON hợp lệ'],
    [['solve', 'bad.json'], 1, 'officials[0].capacity: Khả năng (capacity) không được âm'],
    [['solve'], 2, 'Cần đúng một tệp bài toán'],
    [['solve', '--sample', '1', '--scale', 'world'], 2, '--scale chỉ nhận "district"'],
    [['solve', '--what'], 2, 'không có tùy chọn --what'],
    [['import-nothing'], 2, 'Lệnh không hợp lệ: "import-nothing"'],
    [[], 2, 'Cách dùng: npm run cli -- <lệnh>'],
  ])('%j exits %i with a clear message', async (argv, code, message) => {
    const bad = JSON.stringify({ ...JSON.parse(instanceJson), officials: [{ id: 'o1', name: 'A', capacity: -2, areas: [] }] });
    const { io, err } = memoryIo({ 'broken.json': '{', 'bad.json': bad });
    expect(await runCli(argv, io)).toBe(code);
    expect(err.join('\n')).toContain(message);
  });

  it('lists the commands on help', async () => {
    const { io, out } = memoryIo();
    expect(await runCli(['help'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/solve\s+đề xuất/);
  });

  it('prints exactly what the README shows for its example instance', async () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Dòng lệnh (CLI)'));
    const json = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    const shown = /gives\n\n```text\n([\s\S]*?)\n```/.exec(section)?.[1];
    expect(json && shown).toBeTruthy();
    const { io, out } = memoryIo({ 'example.json': json! });
    expect(await runCli(['solve', 'example.json'], io)).toBe(0);
    expect(out.join('\n')).toBe(shown);
  });
});
