#!/usr/bin/env node
/*
 * `npm test`: the whole suite against SQLite and PostgreSQL (and the browser tests when the
 * console and Chromium are there). PostgreSQL is required on CI (CI=true); on a laptop without
 * it the PostgreSQL project is skipped with a warning.
 */
const { spawnSync } = require('node:child_process');
const net = require('node:net');
const fs = require('node:fs');
const path = require('node:path');
const { URL } = require('node:url');

const root = path.resolve(__dirname, '..');
const pgUrl = new URL(process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test');

function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: Number(port), timeout: 2000 }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

(async () => {
  const projects = ['unit', 'admin-unit', 'sqlite'];
  if (await reachable(pgUrl.hostname, pgUrl.port || 5432)) projects.push('postgresql');
  else if (process.env.CI) {
    console.error(`PostgreSQL is not reachable at ${pgUrl.host}; CI requires it.`);
    process.exit(1);
  } else console.warn(`PostgreSQL is not reachable at ${pgUrl.host}: skipping the PostgreSQL run.`);
  const jestConfig = require(path.join(root, 'jest.config.js'));
  if (jestConfig.projects.some((p) => p.displayName === 'browser')) {
    if (fs.existsSync('/usr/bin/chromium') || process.env.CI) {
      projects.push('browser');
      // The browser tests drive the built console; build it when it is missing or older than its sources.
      require('./start.js').ensureConsoleBuilt();
    } else console.warn('Chromium is not installed (apt-get install -y chromium): skipping the browser tests.');
  }
  const args = ['jest', '--selectProjects', ...projects, ...process.argv.slice(2)];
  const result = spawnSync('npx', args, { stdio: 'inherit', cwd: root, env: process.env });
  process.exit(result.status ?? 1);
})();
