/**
 * Serves the built web renderer (out/web) on a free 127.0.0.1 port for the browser benches.
 * A few lines of node:http instead of `vite preview`: no child process to find and kill, no
 * fixed port that an e2e run or a clerk's `npm run web` may already hold, and the same bytes
 * a static host would send.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

export const WEB_ROOT = 'out/web';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** "http://127.0.0.1:<port>", no trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** Builds the web renderer if there is no build yet; an existing build is used as it is. */
export function ensureWebBuild(log: (line: string) => void, root = WEB_ROOT): void {
  if (existsSync(join(root, 'index.html'))) return;
  log(`${root}/index.html is missing: running npm run build:web`);
  const result = spawnSync('npm', ['run', 'build:web'], { stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(join(root, 'index.html'))) throw new Error(`npm run build:web failed (exit ${String(result.status)})`);
}

/** Files under `root` only; "/" is index.html; anything else is a 404. */
export async function serveStatic(root = WEB_ROOT): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = resolve(base, `.${path === '/' ? '/index.html' : path}`);
    if (!file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
