// `npm start`: build and run the desktop app. Electron's binary is not downloaded by
// `npm install` (allowScripts.electron = false), so fetch it here once, and where that is
// impossible (an office network without internet) explain the way out instead of a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const DOWNLOAD_TIMEOUT_MS = 5 * 60_000;

/** The binary's path, or null. electron/index.js throws when its download never happened. */
function electronBinary() {
  try {
    const resolved = require.resolve('electron');
    delete require.cache[resolved];
    const binary = require(resolved);
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function run(command, args) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status === 0;
}

/** Returns null on success, else the reason in one line (install.js prints a long stack). */
function downloadElectron() {
  console.log('Đang tải bộ chạy Electron (chỉ lần đầu)… / Downloading the Electron runtime (first run only)…');
  const env = { ...process.env };
  // An inherited skip flag (as CI sets) would make install.js exit 0 without downloading.
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  const result = spawnSync(process.execPath, [installer], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
  if (result.status === 0) return null;
  if (result.error) return result.error.message;
  return result.stderr.split('\n').find((line) => line.trim() !== '')?.trim() ?? `exit ${result.status}`;
}

function explainMissingElectron(reason) {
  console.error(`
Không chạy được ứng dụng máy tính: thiếu bộ chạy Electron vì không tải được
(máy này không kết nối được tới máy chủ tải Electron, hoặc việc tải bị lỗi).
Vẫn dùng được đúng ứng dụng này trong trình duyệt: chạy lệnh
    npm run web
rồi mở http://127.0.0.1:4873 bằng Chrome, Edge hoặc Firefox.

The desktop app cannot start: the Electron runtime is missing because it could not be
downloaded (this machine cannot reach Electron's download server, or the download failed).
The same app runs in the browser: run
    npm run web
then open http://127.0.0.1:4873 in Chrome, Edge or Firefox.

Chi tiết / Details: ${reason}
`);
}

function launch(binary) {
  const env = { ...process.env };
  // Set by some tools; it would make the binary behave as plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, ['.'], { cwd: root, stdio: 'inherit', env });
  child.on('close', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

let binary = electronBinary();
if (!binary) {
  const failure = downloadElectron();
  binary = electronBinary();
  if (!binary) {
    explainMissingElectron(failure ?? 'install.js finished but the binary is still missing');
    process.exit(1);
  }
}
const electronVite = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
if (!run(process.execPath, [electronVite, 'build'])) {
  console.error('Không dựng được ứng dụng (electron-vite build). / The build failed (electron-vite build).');
  process.exit(1);
}
launch(binary);
