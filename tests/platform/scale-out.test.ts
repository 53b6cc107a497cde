jest.setTimeout(400_000);

import http from 'node:http';
import { startTestServer, databaseKind } from '../support/server';
import type { TestServer } from '../support/server';
import { REDIS_URL, describeWithRedis } from '../support/redis';
import { clusterPlan } from '../../server/src/core/cluster';
import { allJobs } from '../../server/src/core/jobs';
import { startBuiltServer } from './built-server';
import type { ServerProcess } from './built-server';

/*
 * The production shape on one machine: several API processes, built and run with
 * NODE_ENV=production, on one PostgreSQL database and one Redis. Everything one process must know
 * about another's work (sessions, a disabled account, rate-limit counters, rollup-cache
 * generations, the scheduled jobs) goes through the database or Redis, so any process answers as
 * any other. Two separate processes on their own ports show it request by request; the cluster
 * test then runs them as `npm start` does with WEB_CONCURRENCY, one port shared by the workers.
 *
 * The database comes from the test template (an in-process test server holds it and drops it
 * afterwards); the servers under test are further processes on it.
 */

interface Answer {
  status: number;
  body: any;
  requestId: string | null;
  statements: number;
  headers: Headers;
}

async function gql(server: ServerProcess, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  const res = await fetch(`${server.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    body: await res.json(),
    requestId: res.headers.get('x-request-id'),
    statements: Number(res.headers.get('x-sql-statements')),
    headers: res.headers,
  };
}

/** A GraphQL POST on the agent's keep-alive connections. */
function post(agent: http.Agent, server: ServerProcess, query: string, token: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify({ query });
    const req = http.request(
      `${server.base}/graphql`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), authorization: `Bearer ${token}` },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

function data(answer: Answer): any {
  if (answer.body.errors) throw new Error(`unexpected errors (${answer.status}): ${JSON.stringify(answer.body.errors).slice(0, 500)}`);
  return answer.body.data;
}

function errorCode(answer: Answer): string | undefined {
  return answer.body.errors?.[0]?.extensions?.code;
}

async function login(server: ServerProcess, username: string, password = 'Demo#2025'): Promise<string> {
  return data(
    await gql(server, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password }),
  ).login.token;
}

/** Something only a signed-in caller may read. */
const PROTECTED = '{ persons(first: 1) { totalCount } }';

const postgres = databaseKind === 'postgresql';

test('WEB_CONCURRENCY: several workers need PostgreSQL and Redis; elsewhere one process runs and says why', () => {
  const pg = 'postgres://postgres@127.0.0.1:5432/x';
  expect(clusterPlan({ databaseUrl: pg, redisUrl: 'redis://r' }, undefined)).toEqual({ workers: 1 });
  expect(clusterPlan({ databaseUrl: pg, redisUrl: 'redis://r' }, '1')).toEqual({ workers: 1 });
  expect(clusterPlan({ databaseUrl: pg, redisUrl: 'redis://r' }, ' 4 ')).toEqual({ workers: 4 });
  expect(clusterPlan({ databaseUrl: 'sqlite:data/app.sqlite', redisUrl: 'redis://r' }, '4')).toMatchObject({
    workers: 1,
    clamped: expect.stringMatching(/^WEB_CONCURRENCY=4 ignored: SQLite/),
  });
  expect(clusterPlan({ databaseUrl: pg, redisUrl: undefined }, '4')).toMatchObject({
    workers: 1,
    clamped: expect.stringMatching(/^WEB_CONCURRENCY=4 ignored: without REDIS_URL/),
  });
  for (const bad of ['0', '-2', '1.5', 'auto', 'two'])
    expect(() => clusterPlan({ databaseUrl: pg, redisUrl: 'redis://r' }, bad)).toThrow(
      `Setting WEB_CONCURRENCY must be a whole number of at least 1 (worker processes), got "${bad}"`,
    );
});

(postgres ? describe.skip : describe)('WEB_CONCURRENCY on SQLite', () => {
  let holder: TestServer;
  beforeAll(async () => {
    holder = await startTestServer();
  });
  afterAll(async () => {
    await holder?.close();
  });

  test('given WEB_CONCURRENCY=2 on SQLite, when the server starts, then it says it runs one process, serves, and stops with 0 on SIGTERM', async () => {
    const server = await startBuiltServer(holder.databaseUrl, { WEB_CONCURRENCY: '2', REDIS_URL });
    try {
      expect(data(await gql(server, '{ __typename }')).__typename).toBe('Query');
      expect(server.output()).toContain('WEB_CONCURRENCY=2 ignored: SQLite is the embedded single-process database; running one process.');
      expect(server.output()).not.toMatch(/worker \d+ listening|Processes:/);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    } finally {
      server.child.kill('SIGKILL');
    }
  });
});

if (!postgres) console.warn('scale-out tests with several processes: PostgreSQL only (TEST_DB=postgresql); skipped on SQLite.');

(postgres ? describeWithRedis() : describe.skip)('two API processes on one PostgreSQL database and one Redis', () => {
  let holder: TestServer;
  let a: ServerProcess;
  let b: ServerProcess;
  const started = new Date();
  // Its own keys: other test files use the same Redis.
  const REDIS_KEY_PREFIX = `test-scale-${Date.now().toString(36)}:`;
  const LIMIT = 30;

  beforeAll(async () => {
    holder = await startTestServer();
    const env = {
      REDIS_URL,
      REDIS_KEY_PREFIX,
      // The demo administrators have no second factor enrolled; this test is not about TOTP.
      ADMIN_TOTP_REQUIRED: 'false',
      SESSION_IDLE_MINUTES: '10000',
      RATE_LIMIT_PER_MINUTE: String(LIMIT),
      // Every minute, so that a run happens while the test watches.
      JOBS_SCHEDULE: '* * * * *',
    };
    [a, b] = await Promise.all([startBuiltServer(holder.databaseUrl, env), startBuiltServer(holder.databaseUrl, env)]);
  });
  afterAll(async () => {
    for (const s of [a, b]) s?.child.kill('SIGKILL');
    await holder?.close();
  });

  test('given a login on one process, then the session works on the other; a logout on either ends it on both at once', async () => {
    const token = await login(a, 'demo.county');
    expect(data(await gql(a, PROTECTED, {}, token)).persons.totalCount).toBeGreaterThan(0);
    expect(data(await gql(b, PROTECTED, {}, token)).persons.totalCount).toBeGreaterThan(0);
    expect(data(await gql(b, 'mutation { logout }', {}, token)).logout).toBe(true);
    expect(errorCode(await gql(a, PROTECTED, {}, token))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(b, PROTECTED, {}, token))).toBe('UNAUTHENTICATED');
  });

  test('given a user signed in on both processes, when the security administrator disables the account on one, then both refuse the session and the password at once', async () => {
    const security = await login(b, 'demo.security');
    const username = `scale.${Date.now().toString(36)}`;
    const user = data(
      await gql(
        b,
        'mutation($i: CreateUserInput!) { createUser(input: $i) { id version } }',
        { i: { username, displayName: '横向扩展', password: 'Strong#2025', roles: ['COUNTY_OFFICER'], regionCode: '620422' } },
        security,
      ),
    ).createUser;
    const onA = await login(a, username, 'Strong#2025');
    const onB = await login(b, username, 'Strong#2025');
    for (const [server, token] of [
      [a, onA],
      [b, onB],
      [a, onB],
      [b, onA],
    ] as const)
      expect(data(await gql(server, PROTECTED, {}, token)).persons.totalCount).toBeGreaterThanOrEqual(0);

    data(
      await gql(
        a,
        'mutation($id: ID!, $v: Int!) { updateUser(id: $id, expectedVersion: $v, input: { disabled: true }) { disabled } }',
        { id: user.id, v: user.version },
        await login(a, 'demo.security'),
      ),
    );
    for (const [server, token] of [
      [a, onA],
      [b, onB],
      [a, onB],
      [b, onA],
    ] as const)
      expect(errorCode(await gql(server, PROTECTED, {}, token))).toBe('UNAUTHENTICATED');
    for (const server of [a, b])
      expect(
        errorCode(
          await gql(server, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
            u: username,
            p: 'Strong#2025',
          }),
        ),
      ).toBe('UNAUTHENTICATED');
  });

  test('given a per-user limit of 30 requests a minute, when requests alternate between the processes, then the 31st is refused on both: the count is shared', async () => {
    // Fixed one-minute windows: start at the beginning of one, so the count is not cut in two.
    if (Date.now() % 60_000 > 40_000) await new Promise((r) => setTimeout(r, 60_000 - (Date.now() % 60_000) + 200));
    const token = await login(a, 'demo.province');
    const answers: Answer[] = [];
    for (let i = 0; i < LIMIT; i++) answers.push(await gql(i % 2 ? b : a, '{ __typename }', {}, token));
    expect(answers.map((r) => r.status)).toEqual(Array(LIMIT).fill(200));
    // Each process counted the other's requests: the remaining count falls by one per request, whichever answered.
    expect(answers.map((r) => Number(r.headers.get('ratelimit-remaining')))).toEqual(
      Array.from({ length: LIMIT }, (_, i) => LIMIT - 1 - i),
    );
    for (const server of [a, b]) {
      const refused = await gql(server, '{ __typename }', {}, token);
      expect(refused.status).toBe(429);
      expect(errorCode(refused)).toBe('RATE_LIMITED');
    }
  });

  test('given a rollup cached on both processes, when a post is opened on one, then the next read on each counts it', async () => {
    const county = await login(a, 'demo.county');
    const village = data(
      await gql(a, '{ regions(first: 1, filter: { within: "620422100", level: { eq: VILLAGE } }) { nodes { code } } }', {}, county),
    ).regions.nodes[0].code;
    const ROLLUP = 'query($r: String!) { welfareRollup(regionCode: $r, year: 2026) { posts places } }';
    const computed = await gql(a, ROLLUP, { r: village }, county);
    const before = data(computed).welfareRollup;
    await gql(b, ROLLUP, { r: village }, county);
    // Cached on both: the second read of each runs one statement (the signed-in user), not the rollup's.
    for (const server of [a, b]) {
      const cached = await gql(server, ROLLUP, { r: village }, county);
      expect(data(cached).welfareRollup).toEqual(before);
      expect(cached.statements).toBe(1);
      expect(computed.statements).toBeGreaterThan(1);
    }

    const organizationId = data(
      await gql(b, '{ organizations(filter: { name: { eq: "会宁县人力资源和社会保障局" } }) { nodes { id } } }', {}, county),
    ).organizations.nodes[0].id;
    const post = data(
      await gql(
        b,
        'mutation($i: CreateWelfarePostInput!) { createWelfarePost(input: $i) { id version } }',
        {
          i: {
            title: '村道保洁员',
            type: 'CLEANING',
            villageCode: village,
            developingOrganizationId: organizationId,
            fundingSource: 'CONNECTION_FUNDS',
            headcount: 2,
            monthlyHours: 80,
            intensity: 'LIGHT',
            monthlySubsidy: '500.00',
            termStart: '2026-01-01',
            termEnd: '2026-12-31',
          },
        },
        county,
      ),
    ).createWelfarePost;
    data(
      await gql(
        b,
        'mutation($id: ID!, $v: Int!) { transitionWelfarePost(id: $id, action: PUBLISH, expectedVersion: $v) { status } }',
        { id: post.id, v: post.version },
        county,
      ),
    );

    for (const server of [a, b]) {
      const after = await gql(server, ROLLUP, { r: village }, county);
      expect(data(after).welfareRollup).toEqual({ posts: before.posts + 1, places: before.places + 2 });
      expect(after.statements).toBeGreaterThan(1);
    }
  });

  test('given both processes scheduling every job each minute, when runs come due, then each run of each job happens in one process only', async () => {
    // Each scheduled run names its tick (the minute it was due), whenever it started under load.
    const runs = async () =>
      holder.directRows(
        `select entity_id as job, detail::json->>'tick' as minute, count(*)::int n from audit_log
          where entity = 'Job' and action = 'job:run' and at >= ? and detail like '%"trigger":"schedule"%'
          group by 1, 2 order by 2, 1`,
        [started],
      );
    const jobs = allJobs().map((j) => j.name);
    expect(jobs.length).toBeGreaterThan(0);
    // Until every job has run on schedule in two different minutes (pg-boss looks at its schedules every 10 s).
    const deadline = Date.now() + 200_000;
    let seen: Record<string, any>[] = [];
    while (Date.now() < deadline) {
      seen = await runs();
      const minutes = (job: string) => new Set(seen.filter((r) => r.job === job).map((r) => String(r.minute))).size;
      if (jobs.every((job) => minutes(job) >= 2)) break;
      await new Promise((r) => setTimeout(r, 5_000));
    }
    for (const job of jobs) expect(new Set(seen.filter((r) => r.job === job).map((r) => String(r.minute))).size).toBeGreaterThanOrEqual(2);
    expect(seen.filter((r) => r.n !== 1)).toEqual([]);
  });

  test('given both processes, when each gets SIGTERM, then each drains and exits 0', async () => {
    for (const s of [a, b]) s.child.kill('SIGTERM');
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
  });
});

/** Pids of the workers that said they listen, in order. */
function listeningWorkers(server: ServerProcess): number[] {
  return [...server.output().matchAll(/"msg":"worker (\d+) listening"/g)].map((m) => Number(m[1]));
}

async function waitFor(what: string, check: () => boolean, ms = 60_000): Promise<void> {
  for (const until = Date.now() + ms; !check();) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

(postgres ? describeWithRedis() : describe.skip)('WEB_CONCURRENCY=2: one port, two workers, as npm start runs them', () => {
  let holder: TestServer;
  beforeAll(async () => {
    holder = await startTestServer();
  });
  afterAll(async () => {
    await holder?.close();
  });

  test('given two workers, then both answer on the one port; a worker killed is replaced and the others answer meanwhile; SIGTERM to the primary drains both and exits 0', async () => {
    const server = await startBuiltServer(holder.databaseUrl, {
      WEB_CONCURRENCY: '2',
      REDIS_URL,
      REDIS_KEY_PREFIX: `test-cluster-${Date.now().toString(36)}:`,
    });
    try {
      await waitFor(
        'the banner naming two workers',
        () => server.output().includes('Processes:         2 workers (WEB_CONCURRENCY)'),
        10_000,
      );
      await waitFor('two workers listening', () => listeningWorkers(server).length === 2);
      const [first, second] = listeningWorkers(server);
      expect(first).not.toBe(server.child.pid);

      // A session made on whichever worker took the login is good on both (the requests alternate).
      const token = await login(server, 'demo.county');
      const answers = await Promise.all(Array.from({ length: 20 }, () => gql(server, PROTECTED, {}, token)));
      expect(answers.filter((r) => r.status !== 200 || r.body.errors)).toEqual([]);
      const answeredBy = (ids: (string | null)[]) =>
        new Set(
          server
            .output()
            .split('\n')
            .filter((line) => ids.some((id) => id && line.includes(`"requestId":"${id}"`) && line.includes('"msg":"graphql request"')))
            .map((line) => JSON.parse(line).pid as number),
        );
      await waitFor('the request log lines', () => answeredBy(answers.map((r) => r.requestId)).size > 0, 5_000);
      expect(answeredBy(answers.map((r) => r.requestId))).toEqual(new Set([first, second]));

      // /metrics on either worker counts both: every scrape sees at least the 20 requests, which no
      // single worker answered alone.
      const requestsCounted = async () => {
        const text = await (await fetch(`${server.base}/metrics`)).text();
        return text
          .split('\n')
          .filter((line) => line.startsWith('graphql_requests_total{'))
          .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
      };
      for (let i = 0; i < 4; i++) expect(await requestsCounted()).toBeGreaterThanOrEqual(20);

      process.kill(first, 'SIGKILL');
      await waitFor(
        'the primary to notice',
        () => server.output().includes(`worker ${first} died (signal SIGKILL); starting another in 1000 ms`),
        10_000,
      );
      // The survivor answers everything until the replacement listens.
      const meanwhile = await Promise.all(Array.from({ length: 6 }, () => gql(server, PROTECTED, {}, token)));
      expect(meanwhile.filter((r) => r.status !== 200 || r.body.errors)).toEqual([]);
      await waitFor('a replacement worker', () => listeningWorkers(server).length === 3, 60_000);
      const replacement = listeningWorkers(server)[2];
      expect([first, second]).not.toContain(replacement);

      // Requests in flight on both workers when the primary is told to stop are all answered. They
      // ride on keep-alive connections the workers have accepted, as a reverse proxy's do: a new
      // connection still in the kernel's accept queue when the port closes is reset, one process or
      // several alike (docs/deployment.md, "Stopping").
      const NESTED =
        '{ welfarePosts(first: 50) { nodes { id title village { name } placements(first: 10) { totalCount nodes { id status } } } } }';
      const agent = new http.Agent({ keepAlive: true, maxSockets: 40 });
      try {
        const warm = await Promise.all(Array.from({ length: 40 }, () => post(agent, server, '{ __typename }', token)));
        expect(warm.every((r) => r.status === 200)).toBe(true);
        let answered = 0;
        const inFlight = Array.from({ length: 40 }, () =>
          post(agent, server, NESTED, token).then(
            (r) => {
              answered++;
              return r.status === 200 && r.body.data?.welfarePosts ? 'answered' : `bad ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`;
            },
            (error: NodeJS.ErrnoException) => `failed ${error.code ?? error.message}`,
          ),
        );
        await waitFor('the first answer', () => answered > 0, 30_000);
        const answeredBeforeStop = answered;
        server.child.kill('SIGTERM');
        const results = await Promise.all(inFlight);
        expect(results.filter((r) => r !== 'answered')).toEqual([]);
        // Not vacuous: most were not yet answered when the signal came.
        expect(answeredBeforeStop).toBeLessThan(30);
      } finally {
        agent.destroy();
      }
      expect(await server.exited).toBe(0);
      // Both live workers were told and drained. How many requests each still held is a race with the
      // client reading its answers (on a loaded CI machine every answer may already be written), so
      // the count is not asserted; that none was lost is, above.
      expect(server.output().match(/SIGTERM: finishing \d+ requests in flight/g)).toHaveLength(2);
      for (const pid of [second, replacement]) expect(server.output()).toContain(`worker ${pid} exited (code 0)`);
      expect(() => process.kill(second, 0)).toThrow();
      expect(() => process.kill(replacement, 0)).toThrow();
    } finally {
      server.child.kill('SIGKILL');
    }
  });
});
