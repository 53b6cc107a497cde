#!/usr/bin/env node
/*
 * `npm run fuzz -- --runs N [--seed S] [--db sqlite|postgresql] [--shrink]`: the property-based
 * input test (tests/platform/fuzz.test.ts) with N runs per mutation and list filter instead of the
 * suite's 6, on both databases unless --db names one. A failure prints its seed; pass it back with
 * --seed (and --shrink for the smallest failing input) to reproduce it.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const args = process.argv.slice(2);
function option(name) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}
const runs = option('runs') ?? '50';
if (!/^\d+$/.test(runs) || Number(runs) < 1) {
  console.error(`--runs takes a positive whole number (got ${runs})`);
  process.exit(2);
}
const seed = option('seed');
const projects = option('db') ? [option('db')] : ['sqlite', 'postgresql'];
const env = {
  ...process.env,
  FUZZ_RUNS: runs,
  ...(seed ? { FUZZ_SEED: seed } : {}),
  ...(args.includes('--shrink') ? { FUZZ_SHRINK: '1' } : {}),
};
const result = spawnSync(
  process.execPath,
  [require.resolve('jest/bin/jest'), 'tests/platform/fuzz.test.ts', '--selectProjects', ...projects, '--runInBand'],
  { cwd: path.resolve(__dirname, '..'), stdio: 'inherit', env },
);
process.exit(result.status ?? 1);
