/**
 * `npm run fuzz`: the fuzz tests of test/fuzz at full size (10,000 bad inputs unless
 * FUZZ_COUNT says otherwise; FUZZ_SEED picks the run). They print the inputs per target and
 * every failure, with the seed and case that reproduce it. `npm test` runs 150 of them.
 */
import { spawnSync } from 'node:child_process';

const env: NodeJS.ProcessEnv = { ...process.env, FUZZ_COUNT: process.env.FUZZ_COUNT ?? '10000' };
console.log(`Fuzz: ${env.FUZZ_COUNT} inputs, seed ${env.FUZZ_SEED ?? '20261122 (default)'}`);
const started = Date.now();
const run = spawnSync('npx', ['vitest', 'run', 'test/fuzz/fuzz.test.ts', '--reporter=verbose'], { stdio: 'inherit', env, shell: process.platform === 'win32' });
console.log(`Fuzz finished in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(run.status ?? 1);
