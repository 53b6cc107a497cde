jest.setTimeout(300_000);

import fs from 'node:fs';
import path from 'node:path';
import { startTestServer, ok, expectError } from '../support/server';
import type { TestServer } from '../support/server';
import { HUINING, newIdNumber, villageOf, auditRows, CREATE_PERSON } from '../identity/helpers';
import { startJobs } from '../../server/src/core/jobs';
import { startBuiltServer } from './built-server';
import type { ServerProcess } from './built-server';

/*
 * What an operator watches (issue 23, section 3): /metrics behind its allow-list and token, the
 * counters moving with real requests, the request id shared by the answer, the audit row and the
 * log line, and the client address believed only from trusted proxies.
 */

const METRICS_TOKEN = 'metrics-test-token-6f1d2a';

/** The value of one sample in Prometheus text, 0 when the series does not exist yet. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = (m[2] ?? '').split(',').filter(Boolean);
    if (wanted.every((w) => have.includes(w))) return Number(m[3]);
  }
  return 0;
}

function postGraphql(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

describe('/metrics and the request id', () => {
  let s: TestServer;
  let base: string;
  beforeAll(async () => {
    // The test runs from loopback: an allow-list without it makes this caller a stranger.
    s = await startTestServer({ METRICS_ALLOW: '10.0.0.0/8', METRICS_TOKEN });
    base = s.url.replace(/\/graphql$/, '');
  });
  afterAll(() => s?.close());

  const scrape = async () => {
    const res = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    return res.text();
  };

  test('given a caller outside METRICS_ALLOW, then /metrics is refused without the token or with a wrong one, and served with it', async () => {
    const bare = await fetch(`${base}/metrics`);
    expect(bare.status).toBe(403);
    expect(await bare.text()).not.toContain('graphql_requests_total');
    const wrong = await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer not-the-token' } });
    expect(wrong.status).toBe(403);
    const right = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(right.status).toBe(200);
    expect(right.headers.get('content-type')).toContain('text/plain');
    const text = await right.text();
    for (const name of [
      'graphql_requests_total',
      'graphql_request_duration_seconds',
      'graphql_sql_statements_per_request',
      'db_pool_connections_in_use',
      'redis_errors_total',
      'rollup_cache_lookups_total',
      'scheduled_job_runs_total',
      'nodejs_eventloop_lag_seconds',
      'nodejs_heap_size_used_bytes',
    ]) {
      expect(text).toContain(`# TYPE ${name}`);
    }
    // A forwarded address claiming to be allowed changes nothing: the peer decides.
    const forwarded = await fetch(`${base}/metrics`, { headers: { 'x-forwarded-for': '10.1.2.3' } });
    expect(forwarded.status).toBe(403);
  });

  test('given requests, then the counters move by operation name and outcome code, with statements and latency observed', async () => {
    const before = await scrape();
    const token = await s.login('demo.county');
    for (let i = 0; i < 3; i++) ok(await s.gql('query MetricsProbe { me { id } }', {}, token));
    expectError(await s.gql('query MetricsBad { noSuchField }', {}, token), 'GRAPHQL_VALIDATION_FAILED');
    await s.gql('{ me { id } }', {}, token);
    const after = await scrape();
    expect(
      sample(after, 'graphql_requests_total', { operation: 'MetricsProbe', code: 'OK' }) -
        sample(before, 'graphql_requests_total', { operation: 'MetricsProbe', code: 'OK' }),
    ).toBe(3);
    expect(
      sample(after, 'graphql_requests_total', { operation: 'MetricsBad', code: 'GRAPHQL_VALIDATION_FAILED' }) -
        sample(before, 'graphql_requests_total', { operation: 'MetricsBad', code: 'GRAPHQL_VALIDATION_FAILED' }),
    ).toBe(1);
    // The unnamed read and the helper's unnamed login mutation.
    expect(
      sample(after, 'graphql_requests_total', { operation: 'anonymous', code: 'OK' }) -
        sample(before, 'graphql_requests_total', { operation: 'anonymous', code: 'OK' }),
    ).toBe(2);
    expect(
      sample(after, 'graphql_request_duration_seconds_count', { operation: 'MetricsProbe' }) -
        sample(before, 'graphql_request_duration_seconds_count', { operation: 'MetricsProbe' }),
    ).toBe(3);
    // Every GraphQL request (the login too) is one observation; signed-in reads ran statements.
    expect(sample(after, 'graphql_sql_statements_per_request_count') - sample(before, 'graphql_sql_statements_per_request_count')).toBe(6);
    expect(sample(after, 'graphql_sql_statements_per_request_sum')).toBeGreaterThan(
      sample(before, 'graphql_sql_statements_per_request_sum'),
    );
    expect(sample(after, 'graphql_sql_seconds_per_request_sum')).toBeGreaterThan(sample(before, 'graphql_sql_seconds_per_request_sum'));
  });

  test('given the same rollup read twice, then the rollup cache counts a miss and then a hit', async () => {
    const token = await s.login('demo.county');
    const query = 'query RollupProbe($r: String!) { welfareRollup(regionCode: $r, year: 2026) { posts } }';
    const before = await scrape();
    ok(await s.gql(query, { r: HUINING }, token));
    ok(await s.gql(query, { r: HUINING }, token));
    const after = await scrape();
    const moved = (result: string) =>
      sample(after, 'rollup_cache_lookups_total', { cache: 'welfareRollup', result }) -
      sample(before, 'rollup_cache_lookups_total', { cache: 'welfareRollup', result });
    expect({ miss: moved('miss'), hit: moved('hit') }).toEqual({ miss: 1, hit: 1 });
  });

  test('given a scheduled job run, then its run is counted', async () => {
    const jobs = (await startJobs(s.orm))!;
    try {
      const before = await scrape();
      await jobs.runNow('product-certificates-expire');
      const after = await scrape();
      const labels = { job: 'product-certificates-expire', outcome: 'ok' };
      expect(sample(after, 'scheduled_job_runs_total', labels) - sample(before, 'scheduled_job_runs_total', labels)).toBe(1);
    } finally {
      await jobs.stop();
    }
  });

  test('given a body refused before GraphQL reads it, then it is counted under operation "none" with its code', async () => {
    const before = await scrape();
    const res = await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    const after = await scrape();
    const labels = { operation: 'none', code: 'BAD_REQUEST' };
    expect(sample(after, 'graphql_requests_total', labels) - sample(before, 'graphql_requests_total', labels)).toBe(1);
  });

  test('given many made-up operation names, then they share the "other" series once the cap is reached', async () => {
    const names = Array.from({ length: 210 }, (_, i) => `Junk${i}_${Date.now().toString(36)}`);
    for (const name of names) await s.gql(`query ${name} { __typename }`);
    const text = await scrape();
    const operations = new Set(
      text.split('\n').flatMap((l) => (l.startsWith('graphql_requests_total{') ? [/operation="([^"]*)"/.exec(l)![1]] : [])),
    );
    // At most 200 names of their own, plus the shared anonymous, other and none series.
    expect(operations.size).toBeLessThanOrEqual(203);
    expect(names.filter((n) => operations.has(n)).length).toBeLessThan(names.length);
    expect(sample(text, 'graphql_requests_total', { operation: 'other', code: 'OK' })).toBeGreaterThanOrEqual(10);
  });

  test('given a mutation, then X-Request-Id is on the answer and on its audit row; an id sent by an untrusted caller is not taken', async () => {
    const token = await s.login('demo.county');
    const sent = 'caller-chosen-request-id-0001';
    const res = await postGraphql(
      s.url,
      {
        query: CREATE_PERSON,
        variables: {
          input: { name: '请求号测试', idNumber: newIdNumber(HUINING), villageCode: await villageOf(s, HUINING), phone: '13812340001' },
        },
      },
      { authorization: `Bearer ${token}`, 'x-request-id': sent },
    );
    const body = (await res.json()) as { data?: { createPerson: { id: string } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestId).not.toBe(sent);
    const rows = await auditRows(s, { entity: 'Person', entityId: body.data!.createPerson.id, action: 'create' });
    expect(rows).toHaveLength(1);
    expect(rows[0].request_id).toBe(requestId);
  });

  test('given the Grafana dashboard in docs/, then every metric its panels query is one the server exports', async () => {
    const dashboard = JSON.parse(fs.readFileSync(path.join(__dirname, '../../docs/grafana-dashboard.json'), 'utf8')) as {
      panels: { targets: { expr: string }[] }[];
    };
    const queried = new Set(
      dashboard.panels.flatMap((p) => p.targets.flatMap((t) => [...t.expr.matchAll(/([a-z_][a-z0-9_]*)\{/g)].map((m) => m[1]))),
    );
    expect(queried.size).toBeGreaterThanOrEqual(10);
    const text = await scrape();
    // A histogram's series are its name plus _bucket, _sum and _count.
    const declared = (name: string) =>
      text.includes(`# TYPE ${name} `) || text.includes(`# TYPE ${name.replace(/_(bucket|sum|count)$/, '')} histogram`);
    for (const name of queried) expect({ name, declared: declared(name) }).toEqual({ name, declared: true });
  });

  test('/healthz and /readyz still answer next to /metrics', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { ready: boolean }).ready).toBe(true);
  });
});

describe('the client address behind proxies', () => {
  const anonymous = (url: string, forwardedFor: string, requestId?: string) =>
    postGraphql(url, { query: '{ __typename }' }, { 'x-forwarded-for': forwardedFor, ...(requestId ? { 'x-request-id': requestId } : {}) });

  test('given no TRUSTED_PROXIES, then X-Forwarded-For from the peer is ignored and rotating it does not escape the per-address limit', async () => {
    const s = await startTestServer({ RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await anonymous(s.url, `203.0.113.${i + 1}`)).status);
      expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
      expect(statuses.slice(3)).toEqual([429, 429]);
      const refused = (await (await anonymous(s.url, '198.51.100.7')).json()) as { errors: { extensions: { code: string } }[] };
      expect(refused.errors[0].extensions.code).toBe('RATE_LIMITED');
    } finally {
      await s.close();
    }
  });

  test('given the peer among TRUSTED_PROXIES, then each forwarded client has its own limit and a well-formed forwarded request id is kept', async () => {
    const s = await startTestServer({ RATE_LIMIT_PER_MINUTE: '3', TRUSTED_PROXIES: '127.0.0.1,::1' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await anonymous(s.url, `203.0.113.${i + 1}`)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200]);
      // One forwarded client still meets its own limit.
      for (let i = 0; i < 3; i++) expect((await anonymous(s.url, '198.51.100.9')).status).toBe(200);
      expect((await anonymous(s.url, '198.51.100.9')).status).toBe(429);
      const kept = await anonymous(s.url, '198.51.100.10', 'proxy-request-id-12345');
      expect(kept.headers.get('x-request-id')).toBe('proxy-request-id-12345');
      const malformed = await anonymous(s.url, '198.51.100.11', 'bad id\twith spaces');
      expect(malformed.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await s.close();
    }
  });

  test('given TRUSTED_PROXIES that is not an address list, then the server refuses to start with the setting named', async () => {
    await expect(startTestServer({ TRUSTED_PROXIES: '127.0.0.1,not-an-address' })).rejects.toThrow(/TRUSTED_PROXIES.*not-an-address/);
  });
});

describe('the JSON request log of the built server', () => {
  let holder: TestServer;
  let server: ServerProcess;
  beforeAll(async () => {
    holder = await startTestServer();
    server = await startBuiltServer(holder.databaseUrl, { LOG_LEVEL: 'info' });
  });
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    await holder?.close();
  });

  const lines = () =>
    server
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);

  test('given a write the database refuses, then its log line has request id, user, operation, duration and code, and no personal data', async () => {
    const name = '日志行探针李四';
    if (holder.kind === 'postgresql') await holder.directSql(`alter table person add constraint t_metrics_probe check (name <> '${name}')`);
    else
      await holder.directSql(
        `create trigger t_metrics_probe before insert on person when new.name = '${name}' begin select raise(abort, 'metrics probe'); end`,
      );
    const token = await holder.login('demo.county');
    const idNumber = newIdNumber(HUINING, '19810407');
    const phone = '13987654321';
    const res = await postGraphql(
      `${server.base}/graphql`,
      {
        query: `mutation WriteProbe($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
        variables: { input: { name, idNumber, phone, villageCode: await villageOf(holder, HUINING) } },
      },
      { authorization: `Bearer ${token}` },
    );
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    const code = body.errors?.[0]?.extensions?.code;
    expect(code).toBeDefined();
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toBeTruthy();

    const deadline = Date.now() + 10_000;
    const find = () => lines().find((l) => l.msg === 'graphql request' && l.requestId === requestId);
    while (!find() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const line = find();
    expect(line).toMatchObject({ level: 'error', operation: 'WriteProbe', code, status: 200, requestId });
    expect(typeof line!.userId).toBe('string');
    expect(typeof line!.ms).toBe('number');
    // The error's own line carries the same request id.
    expect(lines().some((l) => l.requestId === requestId && /^internal error: /.test(String(l.msg)))).toBe(true);

    const log = server.output();
    for (const secret of [name, idNumber, idNumber.slice(6, 14), phone, 'Failing row', 'insert into', 'values (', 'variables'])
      expect(log).not.toContain(secret);
    expect(log).not.toMatch(/\d{6}\*{4,}[\dX]{4}|\d{3}\*{4}\d{4}/);
  });

  test('given a successful request, then its line is at info level with outcome OK', async () => {
    const token = await holder.login('demo.county');
    const res = await postGraphql(
      `${server.base}/graphql`,
      { query: 'query LogProbe { me { id } }' },
      { authorization: `Bearer ${token}` },
    );
    expect(res.status).toBe(200);
    const requestId = res.headers.get('x-request-id');
    const deadline = Date.now() + 10_000;
    const find = () => lines().find((l) => l.requestId === requestId && l.msg === 'graphql request');
    while (!find() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(find()).toMatchObject({ level: 'info', operation: 'LogProbe', code: 'OK' });
  });
});
