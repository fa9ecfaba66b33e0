/**
 * The Content-Security-Policy the desktop app runs under, read from where it is set: the
 * <meta> tag in renderer/index.html (what applies to file:// pages) and the response header
 * the main process adds (security.ts). Both are parsed here, not compared as strings.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    // A repeated directive is ignored by browsers; here it is a mistake worth failing on.
    expect(policy.has(name.toLowerCase()), `directive ${name} repeated`).toBe(false);
    policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

const html = readFileSync(path.resolve(__dirname, '../../renderer/index.html'), 'utf8');
const metaTags = [...html.matchAll(/<meta\b[^>]*http-equiv\s*=\s*"Content-Security-Policy"[^>]*>/gi)];
const metaContent = /content\s*=\s*"([^"]*)"/i.exec(metaTags[0]?.[0] ?? '')?.[1] ?? '';

const policies: [string, Policy][] = [
  ['meta tag', parsePolicy(metaContent)],
  ['response header', parsePolicy(CONTENT_SECURITY_POLICY)],
];

/** Every source the policy may name: nothing with a host or a network scheme. */
const LOCAL_SOURCES = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']);
/** Directives that would fall back to default-src, so leaving them out keeps 'self'. */
const FETCH_DIRECTIVES = ['script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'worker-src', 'object-src'];

describe('renderer/index.html CSP meta tag', () => {
  it('is present exactly once, before any script, stylesheet or inline style', () => {
    expect(metaTags).toHaveLength(1);
    const at = metaTags[0]?.index ?? Infinity;
    for (const tag of ['<script', '<link rel="stylesheet"', '<style']) {
      const found = html.indexOf(tag);
      if (found >= 0) expect(at, tag).toBeLessThan(found);
    }
    expect(metaContent.length).toBeGreaterThan(0);
  });

  it('matches the header policy except frame-ancestors, which browsers ignore in a meta tag', () => {
    const meta = parsePolicy(metaContent);
    const header = parsePolicy(CONTENT_SECURITY_POLICY);
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(new Map([...header].filter(([name]) => name !== 'frame-ancestors'))).toEqual(meta);
  });
});

describe.each(policies)('CSP from the %s', (_where, policy) => {
  it("defaults to 'self' and names every fetch directive explicitly", () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    for (const name of FETCH_DIRECTIVES) expect(policy.has(name), name).toBe(true);
  });

  it('never allows eval, inline scripts or scripts from data:/blob:', () => {
    for (const [name, sources] of policy) {
      expect(sources, name).not.toContain("'unsafe-eval'");
      expect(sources, name).not.toContain("'wasm-unsafe-eval'");
      expect(sources, name).not.toContain("'unsafe-hashes'");
    }
    expect(policy.get('script-src')).toEqual(["'self'"]);
  });

  it("allows 'unsafe-inline' for styles only (MUI/emotion inject <style> at run time)", () => {
    const withInline = [...policy].filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([name]) => name);
    expect(withInline).toEqual(['style-src']);
  });

  it('names no remote origin, network scheme or wildcard anywhere', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(LOCAL_SOURCES.has(source), `${name} ${source}`).toBe(true);
        expect(source, name).not.toMatch(/^(https?|wss?|ftp|file):|\*|\./i);
      }
    }
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('blocks plugins, <base> rewriting and form posts', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });
});
