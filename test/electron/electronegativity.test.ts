/**
 * The Electronegativity gate (scripts/security): its pass/fail rule, and real offline scans of
 * a deliberately insecure app and of this app's Electron sources.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateFindings, formatSummary, toCsv, type Finding } from '../../scripts/security/electronegativity-gate';
import { scanWithElectronegativity, stage } from '../../scripts/security/electronegativity-runner';
import { SUPPRESSIONS } from '../../scripts/security/electronegativity-suppressions';

const root = path.resolve(__dirname, '../..');
const electronVersion = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { devDependencies: { electron: string } })
  .devDependencies.electron;
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function finding(overrides: Partial<Finding>): Finding {
  return {
    id: 'SANDBOX_JS_CHECK',
    severity: 'HIGH',
    confidence: 'CERTAIN',
    file: 'electron/main/window.ts',
    line: 3,
    column: 4,
    sample: 'sandbox: false',
    description: 'x',
    manualReview: false,
    ...overrides,
  };
}

const reason = 'A false positive: the value is set elsewhere and pinned by a unit test.';

describe('evaluateFindings', () => {
  it('fails on HIGH and MEDIUM findings, reports LOW and INFORMATIONAL', () => {
    const gate = evaluateFindings(
      [finding({}), finding({ severity: 'MEDIUM', id: 'A' }), finding({ severity: 'LOW', id: 'B' }), finding({ severity: 'INFORMATIONAL', id: 'C' })],
      [],
    );
    expect(gate.blocking.map((f) => f.severity)).toEqual(['HIGH', 'MEDIUM']);
    expect(gate.reported.map((f) => f.severity)).toEqual(['LOW', 'INFORMATIONAL']);
    expect(gate.counts).toEqual({ HIGH: 1, MEDIUM: 1, LOW: 1, INFORMATIONAL: 1 });
  });

  it('lets a suppression explain its check in its file only', () => {
    const suppression = { id: 'SANDBOX_JS_CHECK', file: 'electron/main/window.ts', reason };
    const elsewhere = finding({ file: 'electron/main/index.ts' });
    const gate = evaluateFindings([finding({}), elsewhere, finding({ id: 'OTHER' })], [suppression]);
    expect(gate.explained).toEqual([{ finding: finding({}), suppression }]);
    expect(gate.blocking).toEqual([elsewhere, finding({ id: 'OTHER' })]);
  });

  it('reports suppressions that match nothing and refuses one without a reason', () => {
    const stale = { id: 'GONE', file: 'a.ts', reason };
    expect(evaluateFindings([], [stale]).unused).toEqual([stale]);
    expect(() => evaluateFindings([], [{ id: 'X', file: 'a.ts', reason: 'fp' }])).toThrow(/no real reason/);
  });

  it('summarises counts and the verdict, and writes a quoted CSV', () => {
    const gate = evaluateFindings([finding({ sample: 'a "b", c' })], []);
    const summary = formatSummary(gate, 41, 1234);
    expect(summary).toContain('HIGH 1, MEDIUM 0, LOW 0, INFORMATIONAL 0');
    expect(summary).toContain('CHẶN / BLOCKING: HIGH SANDBOX_JS_CHECK');
    expect(summary).toMatch(/Không đạt: 1 /);
    expect(toCsv(gate.blocking).split('\n')[1]).toBe(
      '"SANDBOX_JS_CHECK","HIGH","CERTAIN","electron/main/window.ts","3:4","a ""b"", c","x","false"',
    );
  });
});

describe('scanWithElectronegativity (offline)', () => {
  it('catches a deliberately insecure main process', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'insecure-app-'));
    made.push(dir);
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(
      path.join(dir, 'src', 'main.ts'),
      [
        "import { app, BrowserWindow, shell } from 'electron';",
        'app.whenReady().then(() => {',
        '  const win = new BrowserWindow({',
        '    webPreferences: { contextIsolation: false, sandbox: false, webSecurity: false, allowRunningInsecureContent: true },',
        '  });',
        "  win.loadURL('http://example.com/');",
        '  win.webContents.on(\'new-window\', (_e: unknown, url: string) => shell.openExternal(url));',
        '});',
      ].join('\n'),
    );
    const scan = await scanWithElectronegativity({ input: dir, electronVersion });
    expect(scan.parseErrors).toEqual([]);
    const gate = evaluateFindings(scan.findings, SUPPRESSIONS);
    const blocking = new Set(gate.blocking.map((f) => f.id));
    for (const id of [
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'WEB_SECURITY_JS_CHECK',
      'INSECURE_CONTENT_JS_CHECK',
      'HTTP_RESOURCES_JS_CHECK',
      'OPEN_EXTERNAL_JS_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      'CSP_GLOBAL_CHECK',
    ]) {
      expect(blocking.has(id), id).toBe(true);
    }
  });

  it("passes this app's main, preload and index.html, every finding explained by a suppression", async () => {
    const dir = stage(root, ['electron', 'renderer/index.html', 'package.json']);
    made.push(dir);
    const scan = await scanWithElectronegativity({ input: dir, electronVersion });
    expect(scan.parseErrors).toEqual([]);
    const gate = evaluateFindings(scan.findings, SUPPRESSIONS);
    expect(gate.blocking).toEqual([]);
    expect(gate.reported).toEqual([]);
    expect(gate.unused).toEqual([]);
  });

  it('cannot reach the network: the HTTP client it would use always refuses', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'empty-app-'));
    made.push(dir);
    writeFileSync(path.join(dir, 'index.js'), '');
    await scanWithElectronegativity({ input: dir, electronVersion });
    const fromScanner = createRequire(createRequire(__filename).resolve('@doyensec/electronegativity'));
    const got = fromScanner('got') as (url: string) => Promise<unknown>;
    await expect(got('https://raw.githubusercontent.com/electron/releases/master/index.json')).rejects.toThrow(/network disabled/);
  });
});
