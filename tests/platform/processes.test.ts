jest.setTimeout(300_000);

import path from 'node:path';
import { spawn } from 'node:child_process';
import { Client } from 'pg';
import { startTestServer, ok, POSTGRES_URL } from '../support/server';
import type { TestServer } from '../support/server';
import { closeRedis } from '../../server/src/core/redis';
import { LONG_SESSIONS, openPost, organizationId, villages } from '../welfare/helpers';
import { REDIS_URL, describeWithRedis } from '../support/redis';

/*
 * Several server processes on one database: a deployment of more than one instance. Each test
 * starts real second processes (tests/support/other-process.ts) beside the test's own server.
 */

const root = path.resolve(__dirname, '../..');

interface Outcome {
  code: number | null;
  output: string;
}

function otherProcess(env: Record<string, string | undefined>, ...args: string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', path.join(root, 'tests/support/other-process.ts'), ...args],
      {
        cwd: root,
        env: { ...process.env, REDIS_URL: undefined, ...env, TS_NODE_PROJECT: path.join(root, 'tsconfig.test.json') },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

const postgres = process.env.TEST_DB === 'postgresql';

/* SQLite is one process's file; the lock exists for PostgreSQL. */
(postgres ? describe : describe.skip)('server processes starting together', () => {
  const name = `t_start_${Date.now().toString(36)}`;
  const url = POSTGRES_URL.replace(/\/[^/]*$/, `/${name}`);

  beforeAll(async () => {
    const admin = new Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
  });
  afterAll(async () => {
    const admin = new Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  test('given a new database, when two server processes start at the same moment, then both come up and the schema and demo data exist once', async () => {
    const env = { DATABASE_URL: url, DEMO_DATA: 'true' };
    const [a, b] = await Promise.all([otherProcess(env, 'start'), otherProcess(env, 'start')]);
    expect(a).toMatchObject({ code: 0 });
    expect(b).toMatchObject({ code: 0 });
    const c = new Client({ connectionString: url });
    await c.connect();
    try {
      const migrations = await c.query('select name, count(*)::int n from schema_migrations group by name having count(*) > 1');
      expect(migrations.rows).toEqual([]);
      const seeds = await c.query('select name from seed_run order by name');
      expect(seeds.rows.length).toBeGreaterThan(0);
      expect(new Set(seeds.rows.map((r) => r.name)).size).toBe(seeds.rows.length);
      const users = await c.query(`select count(*)::int n from app_user where username = 'demo.county'`);
      expect(users.rows[0].n).toBe(1);
    } finally {
      await c.end();
    }
  });
});

/*
 * The rollup cache keeps values in each process and the write generations in Redis: a write on
 * another process must invalidate this one's cached rollups at once.
 */
describeWithRedis()('rollup cache across server processes (REDIS_URL)', () => {
  let s: TestServer;
  let county: string;
  let village: string;
  let post: string;
  const ROLLUP = 'query($r: String!) { welfareRollup(regionCode: $r, year: 2026) { posts places } }';
  // Its own keys: this file runs on both databases at once, and the other run's writes would bump these generations.
  const REDIS_KEY_PREFIX = `test-${process.env.TEST_DB}-${Date.now().toString(36)}:`;

  beforeAll(async () => {
    s = await startTestServer({ ...LONG_SESSIONS, REDIS_URL, REDIS_KEY_PREFIX });
    county = await s.login('demo.county');
    [village] = await villages(s, county, '620422100', 1);
    post = await openPost(s, county, {
      villageCode: village,
      organizationId: await organizationId(s, county),
      headcount: 2,
      termStart: '2026-01-01',
      termEnd: '2026-12-31',
    });
  });
  afterAll(async () => {
    await s?.close();
    await closeRedis();
  });

  test('given a cached rollup, when another process changes a post, then the next read counts the change only if that process shares the generations in Redis under the same key prefix', async () => {
    const computed = await s.gql(ROLLUP, { r: village }, county);
    const first = ok(computed).welfareRollup;
    const cached = await s.gql(ROLLUP, { r: village }, county);
    expect(ok(cached).welfareRollup).toEqual(first);
    // Reading the signed-in user is the one statement left: the figures come from the cache.
    expect(cached.statements).toBe(1);
    expect(computed.statements).toBeGreaterThan(1);

    // A process without REDIS_URL keeps its generations to itself: this process cannot know.
    const alone = await otherProcess({ DATABASE_URL: s.databaseUrl }, 'set-headcount', post, '3');
    expect(alone).toMatchObject({ code: 0 });
    expect(ok(await s.gql(ROLLUP, { r: village }, county)).welfareRollup).toEqual(first);

    // Nor can another deployment sharing the Redis under its own REDIS_KEY_PREFIX.
    const elsewhere = await otherProcess(
      { DATABASE_URL: s.databaseUrl, REDIS_URL, REDIS_KEY_PREFIX: `${REDIS_KEY_PREFIX}other:` },
      'set-headcount',
      post,
      '4',
    );
    expect(elsewhere).toMatchObject({ code: 0 });
    expect(ok(await s.gql(ROLLUP, { r: village }, county)).welfareRollup).toEqual(first);

    const shared = await otherProcess({ DATABASE_URL: s.databaseUrl, REDIS_URL, REDIS_KEY_PREFIX }, 'set-headcount', post, '5');
    expect(shared).toMatchObject({ code: 0 });
    const after = await s.gql(ROLLUP, { r: village }, county);
    expect(ok(after).welfareRollup).toEqual({ posts: first.posts, places: first.places + 3 });
    expect(after.statements).toBe(computed.statements);
  });
});
