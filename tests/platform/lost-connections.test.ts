jest.setTimeout(300_000);

import { Client } from 'pg';
import { startTestServer, databaseKind } from '../support/server';
import type { TestServer } from '../support/server';
import { startBuiltServer } from './built-server';
import type { ServerProcess } from './built-server';

/*
 * The database's connections to the server are killed under load (pg_terminate_backend, as a
 * failover or a DBA would). A read whose connection died is run again on a fresh one; a write is
 * not repeated and answers SERVICE_UNAVAILABLE (HTTP 503, Retry-After); nothing answers
 * INTERNAL_SERVER_ERROR; the server stays up and serves the next requests. Before: 6 of 30 requests
 * in flight answered INTERNAL_SERVER_ERROR, one as HTTP 500. The built server in production mode.
 */

const postgres = databaseKind === 'postgresql';
if (!postgres)
  console.warn(
    'lost database connections: PostgreSQL only (SQLite is a file in the server process; it has no connections to lose). Skipped on SQLite.',
  );

const READ = `{ welfarePosts(first: 50) { totalCount nodes { id title village { name } placements(first: 10) { totalCount nodes { id status person { name } } } } } }`;
const WRITE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;

interface Outcome {
  kind: 'read' | 'write';
  status: number;
  retryAfter: string | null;
  codes: string[];
  ok: boolean;
}

(postgres ? describe : describe.skip)('lost database connections', () => {
  let holder: TestServer;
  let server: ServerProcess;
  let token: string;
  let orgInput: (i: number) => Record<string, unknown>;
  beforeAll(async () => {
    holder = await startTestServer();
    server = await startBuiltServer(holder.databaseUrl);
    token = await holder.login('demo.province');
    // A valid organization input, from one the demo data has.
    const rows = await holder.directRows(`select region_code from organization where region_code like '6204%' limit 1`);
    orgInput = (i) => ({ name: `断线测试单位${Date.now().toString(36)}${i}`, regionCode: rows[0].region_code, kind: 'PARTY_GOVERNMENT' });
  });
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    await holder?.close();
  });

  async function post(kind: 'read' | 'write', i: number): Promise<Outcome> {
    const body = kind === 'read' ? { query: READ } : { query: WRITE, variables: { input: orgInput(i) } };
    const res = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    }).catch((error: Error) => {
      // The server closed the socket without an answer; what it printed says why.
      throw new Error(
        `${kind} ${i}: no answer (${String((error.cause as Error | undefined)?.message ?? error.message)}); the server printed:\n${server.output().slice(-4000)}`,
      );
    });
    const json = (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
    const codes = (json.errors ?? []).map((e) => e.extensions?.code ?? '');
    return { kind, status: res.status, retryAfter: res.headers.get('retry-after'), codes, ok: !json.errors && !!json.data };
  }

  async function killServerConnections(): Promise<number> {
    const c = new Client({ connectionString: holder.databaseUrl });
    await c.connect();
    try {
      const r = await c.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
      return r.rowCount ?? 0;
    } finally {
      await c.end();
    }
  }

  test('given 30 reads and writes in flight, when every connection of the server is terminated, then none answers INTERNAL_SERVER_ERROR, failed writes answer SERVICE_UNAVAILABLE with 503 and Retry-After, and the server serves the next requests', async () => {
    const write = await post('write', 0);
    // A write that does not go through would make the test say nothing about writes.
    expect(write).toMatchObject({ ok: true, status: 200 });

    const all: Outcome[] = [];
    let killed = 0;
    for (let round = 0; round < 3; round++) {
      const inFlight = Array.from({ length: 30 }, (_, i) => post(i % 3 === 0 ? 'write' : 'read', round * 100 + i + 1));
      await new Promise((r) => setTimeout(r, 30 + round * 40));
      killed += await killServerConnections();
      all.push(...(await Promise.all(inFlight)));
    }
    // Not vacuous: connections were killed while the server held them.
    expect(killed).toBeGreaterThan(0);
    expect(all.filter((o) => o.codes.includes('INTERNAL_SERVER_ERROR') || (o.status >= 500 && o.status !== 503))).toEqual([]);
    for (const o of all.filter((x) => !x.ok)) {
      expect(o.codes).toContain('SERVICE_UNAVAILABLE');
      expect(o.status).toBe(503);
      expect(o.retryAfter).toMatch(/^\d+$/);
    }
    // Reads were retried on fresh connections: most of them went through.
    const reads = all.filter((o) => o.kind === 'read');
    expect(reads.filter((o) => o.ok).length).toBeGreaterThan(reads.length / 2);

    // The server recovered by itself.
    expect(await post('read', 0)).toMatchObject({ ok: true, status: 200 });
    expect(await post('write', 999)).toMatchObject({ ok: true, status: 200 });
    expect(server.output()).not.toMatch(/INTERNAL_SERVER_ERROR|internal error/);
  });
});
