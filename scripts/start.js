#!/usr/bin/env node
/*
 * `npm start`: builds what is missing or stale (server, console), then runs the server in this
 * process. One port: the API at /graphql and the console at /admin. WEB_CONCURRENCY=N (PostgreSQL
 * and Redis) makes this process the primary of N worker processes on that port, with Node's
 * `cluster` module (server/src/core/cluster.ts; README, "Several processes").
 *
 * The server runs here rather than in a child: a child and this process both received Ctrl-C (the
 * terminal signals the whole process group) and this one passed it on, so the server saw a second
 * signal at once and stopped without draining, exiting 1.
 */
const { execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

function newestMtime(dir, exts) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  if (!fs.statSync(dir).isDirectory()) return fs.statSync(dir).mtimeMs;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full, exts));
    else if (exts.some((e) => entry.name.endsWith(e))) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function stale(output, sources, exts) {
  if (!fs.existsSync(output)) return true;
  const built = fs.statSync(output).mtimeMs;
  return sources.some((s) => newestMtime(s, exts) > built);
}

const serverEntry = path.join(root, 'dist', 'server', 'src', 'main.js');

function ensureServerBuilt() {
  if (!stale(serverEntry, ['server', 'seeds', 'migrations', 'tsconfig.json'], ['.ts', '.json'])) return;
  console.log('Building the server…');
  execSync('npx tsc -p tsconfig.json', { stdio: 'inherit', cwd: root });
  fs.utimesSync(serverEntry, new Date(), new Date());
}

function ensureConsoleBuilt() {
  const adminIndex = path.join(root, 'admin', 'dist', 'index.html');
  if (!stale(adminIndex, ['admin', 'schema.graphql'], ['.ts', '.tsx', '.js', '.css', '.html', '.json', '.graphql'])) return;
  console.log('Building the console…');
  execSync('npm run -s build:admin', { stdio: 'inherit', cwd: root });
}

module.exports = { ensureServerBuilt, ensureConsoleBuilt };

if (require.main === module) {
  process.chdir(root);
  ensureServerBuilt();
  ensureConsoleBuilt();
  require(serverEntry);
}
