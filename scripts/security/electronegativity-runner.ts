/**
 * Runs Electronegativity (Doyensec's Electron security scanner) in-process and offline.
 *
 * Its CLI cannot be used as is: on every start it fetches translations from S3 (1 s timeout,
 * then a warning), and its "AvailableSecurityFixesGlobalCheck" downloads Electron's release
 * list from GitHub. Both go through the `got` HTTP client, so before loading the runner we
 * put a `got` that always fails into its require cache (nothing can reach the network), load
 * its bundled English messages locally, and leave that one check out (the Electron version is
 * pinned in package.json and upgraded by hand). Its CSV writer also races its own header
 * (two concurrent fs.writeFile calls), so the CSV is written by scripts/security instead; the
 * SARIF file is its own.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Finding, Severity } from './electronegativity-gate';

/** Repository paths that make up the desktop app's code (package.json gives the Electron version). */
export const SCANNED_PATHS = ['electron', 'renderer', 'package.json'] as const;

/** The check that downloads Electron's release list; see the file comment. */
export const NETWORK_CHECK = 'availablesecurityfixesglobalcheck';

interface RawIssue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location?: { line?: number; column?: number };
  sample?: string;
  description: string;
  manualReview?: boolean;
}

interface RunnerOptions {
  input: string;
  output: string | undefined;
  isSarif: boolean;
  customScan: string[];
  excludeFromScan: string[];
  isRelative: boolean;
  isVerbose: boolean;
  electronVersionOverride: string;
  parserPlugins: string[];
}

interface RunnerResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: RawIssue[];
}

type Runner = (options: RunnerOptions, forCli: boolean) => Promise<RunnerResult>;

interface I18n {
  configure(options: Record<string, unknown>): void;
  setLocale(locale: string): void;
}

export interface ScanOptions {
  /** Directory to scan (its .js/.ts/.html files and package.json). */
  input: string;
  /** Electron version the checks assume (defaults depend on it). */
  electronVersion: string;
  /** Where Electronegativity writes its SARIF report; none when omitted. */
  sarifPath?: string;
}

export interface ScanResult {
  checks: number;
  findings: Finding[];
  /** Files it could not parse: a scan that skipped a file proves nothing about it. */
  parseErrors: string[];
}

function offline(): never {
  throw new Error('Electronegativity không được phép tải gì từ mạng (network disabled by scripts/security).');
}

function preload(requireFrom: NodeJS.Require, id: string, exports: unknown): void {
  const filename = requireFrom.resolve(id);
  const module = { id: filename, filename, loaded: true, exports, children: [], paths: [] };
  requireFrom.cache[filename] = module as unknown as NodeJS.Module;
}

let cachedRunner: Runner | undefined;

function loadRunner(): Runner {
  if (cachedRunner) return cachedRunner;
  const runnerPath = createRequire(__filename).resolve('@doyensec/electronegativity');
  const fromRunner = createRequire(runnerPath);
  const rejectAll = Object.assign(async () => offline(), { head: async () => offline(), get: async () => offline() });
  const i18nPath = fromRunner.resolve('./locales/i18n.js');
  const fromLocales = createRequire(i18nPath);
  const fromChecks = createRequire(fromRunner.resolve('./finder/checks/GlobalChecks/AvailableSecurityFixesGlobalCheck.js'));
  // Every module of the package that imports `got` gets the one that refuses.
  for (const requireFrom of [fromRunner, fromLocales, fromChecks]) preload(requireFrom, 'got', rejectAll);
  const i18n = fromLocales('i18n') as I18n;
  const localesDir = path.dirname(i18nPath);
  // Same setup as its locales/i18n.js, minus the download: English messages shipped in the package.
  preload(fromRunner, './locales/i18n.js', async () => {
    i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: localesDir, updateFiles: false, objectNotation: true, register: globalThis });
    i18n.setLocale('en-US');
  });
  cachedRunner = fromRunner('./runner.js') as Runner;
  return cachedRunner;
}

const SEVERITIES: readonly Severity[] = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];

function toSeverity(name: string): Severity {
  const upper = name.toUpperCase();
  // An unknown level is treated as the worst, so a tool upgrade cannot silently pass a finding.
  return (SEVERITIES as readonly string[]).includes(upper) ? (upper as Severity) : 'HIGH';
}

function toFinding(issue: RawIssue): Finding {
  return {
    id: issue.id,
    severity: toSeverity(issue.severity.name),
    confidence: issue.confidence.name,
    file: issue.file.split(path.sep).join('/'),
    line: issue.location?.line ?? 0,
    column: issue.location?.column ?? 0,
    sample: issue.sample ?? '',
    description: issue.description,
    manualReview: issue.manualReview === true,
  };
}

export async function scanWithElectronegativity(options: ScanOptions): Promise<ScanResult> {
  const run = loadRunner();
  const result = await run(
    {
      input: options.input,
      output: options.sarifPath,
      isSarif: options.sarifPath !== undefined,
      customScan: [],
      excludeFromScan: [NETWORK_CHECK],
      isRelative: true,
      isVerbose: true,
      electronVersionOverride: options.electronVersion,
      parserPlugins: [],
    },
    false,
  );
  return {
    checks: result.globalChecks + result.atomicChecks,
    findings: result.issues.map(toFinding),
    parseErrors: result.errors.filter((e) => !e.tolerable).map((e) => `${e.file}: ${e.message}`),
  };
}

/**
 * Copies the given repository paths into a fresh temporary folder and returns it. The scanner
 * walks every file under its input (node_modules included, filtering afterwards), so pointing
 * it at the repository root would take minutes; the copy keeps the repository-relative paths.
 */
export function stage(root: string, paths: readonly string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'electronegativity-'));
  for (const relative of paths) cpSync(path.join(root, relative), path.join(dir, relative), { recursive: true });
  return dir;
}
