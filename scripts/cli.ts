/**
 * `npm run cli -- <command> …`: the app's pure core (shared/) from the command line, for
 * checking data and solver results without the UI. See README, "Dòng lệnh (CLI)".
 */
import { runCli } from './cli/main';
import { nodeIo } from './cli/node-io';

runCli(process.argv.slice(2), nodeIo).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`Lỗi không mong đợi: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 70;
  },
);
