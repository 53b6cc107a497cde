/**
 * admin/src/generated/ (schema.ts, operations.ts) is committed so the console type-checks without a generator run;
 * here it is regenerated in memory from schema.graphql (and the static operations in admin/src)
 * and must equal the committed file. When it is stale, run `npm run codegen`.
 */
import fs from 'fs';
import path from 'path';
import { spawnSync } from 'child_process';

const root = path.join(__dirname, '../../..');
const GENERATED = ['admin/src/generated/schema.ts', 'admin/src/generated/operations.ts'];

// The generator's CLI loads ES modules jest cannot run, so it runs in a child node process.
const GENERATE = `
const cli = require('@graphql-codegen/cli');
cli.loadCodegenConfig({ configFilePath: 'codegen.ts' })
  .then(({ config }) => cli.generate(config, false))
  .then((files) => process.stdout.write(JSON.stringify(files)))
  .catch((e) => { console.error(e); process.exit(1); });
`;

test('the committed admin/src/generated/ files are what `npm run codegen` writes from schema.graphql', () => {
  const run = spawnSync(process.execPath, ['-e', GENERATE], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(run.stderr).toBe('');
  const files = JSON.parse(run.stdout) as { filename: string; content: string }[];
  expect(files.map((f) => f.filename).sort()).toEqual([...GENERATED].sort());
  // what to do, rather than a 6,000-line diff
  const state = (f: { filename: string; content: string }) =>
    `${f.filename}: ${f.content === fs.readFileSync(path.join(root, f.filename), 'utf8') ? 'up to date' : 'stale, run `npm run codegen`'}`;
  expect(files.map(state)).toEqual(files.map((f) => `${f.filename}: up to date`));
});
