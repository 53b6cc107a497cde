jest.setTimeout(300_000);

import path from 'node:path';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { POSTGRES_URL } from '../support/server';

/*
 * `npm start`'s process stopping (SIGTERM from systemd or a container runtime, Ctrl-C): requests in
 * flight finish before the database pool closes. Closing the pool first answered them with
 * internal errors, a workflow step among them. The server runs as its own process, on PostgreSQL.
 */

const root = path.resolve(__dirname, '../..');
const postgres = process.env.TEST_DB === 'postgresql';

function startServer(databaseUrl: string): Promise<{ child: ChildProcess; port: number; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(root, 'server/src/main.ts')], {
    cwd: root,
    env: { ...process.env, REDIS_URL: undefined, DATABASE_URL: databaseUrl, PORT: '0', RATE_LIMIT_PER_MINUTE: '100000', TS_NODE_PROJECT: path.join(root, 'tsconfig.test.json') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d;
      const port = /GraphQL API:\s+http:\/\/localhost:(\d+)\//.exec(output)?.[1];
      if (port) resolve({ child, port: Number(port), exited });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited with ${code} before listening:\n${output}`)));
  });
}

(postgres ? describe : describe.skip)('stopping the server', () => {
  const name = `t_stop_${Date.now().toString(36)}`;
  const url = POSTGRES_URL.replace(/\/[^/]*$/, `/${name}`);
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: POSTGRES_URL });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  beforeAll(() => admin(`create database ${name}`));
  afterAll(() => admin(`drop database if exists ${name} with (force)`));

  test('given requests in flight, when the process gets SIGTERM, then each is answered in full or refused, never failed, and the process exits 0', async () => {
    const { child, port, exited } = await startServer(url);
    const endpoint = `http://127.0.0.1:${port}/graphql`;
    const post = (query: string, token = '') =>
      fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query }) });
    const login = (await (await post(`mutation { login(username: "demo.county", password: "Demo#2025") { token } }`)).json()) as { data: { login: { token: string } } };
    const token = login.data.login.token as string;

    const query = `{ welfarePosts(first: 50) { nodes { id title village { name } placements(first: 10) { totalCount nodes { id status person { name idNumber } } } } } }`;
    let answered = 0;
    const outcomes = Array.from({ length: 200 }, () =>
      post(query, token).then(
        async (res) => {
          answered++;
          return { status: res.status, body: (await res.json()) as any };
        },
        (error: Error) => ({ refused: String(error.cause ?? error) }),
      ),
    );
    // Stop as soon as the first answer is back: most of the 200 are still being worked on.
    while (answered === 0) await new Promise((r) => setTimeout(r, 5));
    const answeredBeforeStop = answered;
    child.kill('SIGTERM');
    const results = await Promise.all(outcomes);

    const responses = results.filter((r): r is { status: number; body: any } => 'status' in r);
    const failed = responses.filter((r) => r.status !== 200 || r.body.errors || !r.body.data?.welfarePosts);
    expect(failed.map((r) => JSON.stringify(r.body).slice(0, 300))).toEqual([]);
    // Not vacuous: requests were in flight when the signal came, and they were answered.
    expect(responses.length).toBeGreaterThan(answeredBeforeStop);
    expect(await exited).toBe(0);
  });
});
