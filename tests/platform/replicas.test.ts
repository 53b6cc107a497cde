jest.setTimeout(180_000);

import { startTestServer, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { startReplica } from '../support/replica';
import type { Replica } from '../support/replica';

/*
 * Reads from a PostgreSQL streaming replica (DATABASE_REPLICA_URLS), with a real replica made by
 * pg_basebackup: queries go to the replica; a user who has just written reads from the primary and
 * sees their change; a replica whose replay is paused falls behind, is measured as lagging and is
 * skipped; a stopped replica costs nobody an error.
 */

const POSTS = '{ welfarePosts(first: 1, orderBy: [{ field: createdAt }]) { nodes { id version duties } } }';
const UPDATE =
  'mutation($id: ID!, $v: Int!, $d: String!) { updateWelfarePost(id: $id, expectedVersion: $v, input: { duties: $d }) { version duties } }';

const skip = process.env.TEST_DB !== 'postgresql';
if (skip) console.log('read-replica tests skipped on SQLite: replicas are a PostgreSQL deployment feature');
(skip ? describe.skip : describe)('read replicas', () => {
  let replica: Replica | null = null;
  let s: TestServer;
  let county: string;
  let township: string;
  let database: string;

  async function metric(name: string, label: string): Promise<number> {
    const text = await (await fetch(s.url.replace(/\/graphql$/, '/metrics'))).text();
    const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(label));
    return line ? Number(line.split(' ').pop()) : 0;
  }
  async function onReplica<T>(work: () => Promise<T>): Promise<{ result: T; replica: number }> {
    const before = await metric('db_statements_total', 'target="replica"');
    const result = await work();
    return { result, replica: (await metric('db_statements_total', 'target="replica"')) - before };
  }
  async function until(check: () => Promise<boolean>, what: string): Promise<void> {
    const end = Date.now() + 20_000;
    while (!(await check())) {
      if (Date.now() > end) throw new Error(`waited 20 s for ${what}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  beforeAll(async () => {
    const made = await startReplica();
    if (typeof made === 'string') {
      console.log(`read-replica tests skipped: ${made}`);
      return;
    }
    replica = made;
    s = await startTestServer({
      DATABASE_REPLICA_URLS: replica.url,
      DATABASE_REPLICA_MAX_LAG_SECONDS: '1',
      DATABASE_READ_YOUR_WRITES_SECONDS: '3',
    });
    database = new URL(s.databaseUrl).pathname.slice(1);
    county = await s.login('demo.county');
    township = await s.login('demo.township');
    // the new test database reaches the replica, which then counts as caught up
    await until(async () => (await metric('db_replica_lag_seconds', 'replica=')) === 0, 'the replica to catch up');
  });
  afterAll(async () => {
    await s?.close();
    await replica?.stop();
  });

  test('a query is answered from the replica, with the same rows the primary has', async () => {
    if (!replica) return;
    const { result, replica: statements } = await onReplica(() => s.gql(POSTS, {}, township).then(ok));
    expect(statements).toBeGreaterThan(0);
    expect(result.welfarePosts.nodes).toHaveLength(1);
  });

  test('a writer reads their own change from the primary while the replica is stale; others are moved off a lagging replica', async () => {
    if (!replica) return;
    const [post] = ok(await s.gql(POSTS, {}, township)).welfarePosts.nodes;
    await replica.query(database, 'select pg_wal_replay_pause()');
    const changed = ok(await s.gql(UPDATE, { id: post.id, v: post.version, d: '负责村道保洁（只读副本测试）' }, county)).updateWelfarePost;
    // the writer, at once: primary, fresh
    const own = await onReplica(() => s.gql(POSTS, {}, county).then(ok));
    expect(own.replica).toBe(0);
    expect(own.result.welfarePosts.nodes[0]).toMatchObject({ version: changed.version, duties: changed.duties });
    // the replica really is behind
    const [stale] = await replica.query<{ version: number }>(database, `select version from welfare_post where id = '${post.id}'`);
    expect(stale.version).toBe(post.version);
    // past the allowed lag the replica is skipped for everyone, so the township officer sees the change too
    await until(async () => (await metric('db_replica_lag_seconds', 'replica=')) > 1, 'the lag to be measured');
    const other = await onReplica(() => s.gql(POSTS, {}, township).then(ok));
    expect(other.replica).toBe(0);
    expect(other.result.welfarePosts.nodes[0].version).toBe(changed.version);

    await replica.query(database, 'select pg_wal_replay_resume()');
    await until(async () => (await metric('db_replica_lag_seconds', 'replica=')) === 0, 'the replica to catch up again');
    const caughtUp = await onReplica(() => s.gql(POSTS, {}, township).then(ok));
    expect(caughtUp.replica).toBeGreaterThan(0);
    expect(caughtUp.result.welfarePosts.nodes[0].version).toBe(changed.version);
    // the writer's window ends and their queries go to the replica again
    await new Promise((r) => setTimeout(r, 3200));
    expect((await onReplica(() => s.gql(POSTS, {}, county).then(ok))).replica).toBeGreaterThan(0);
  });

  test('a stopped replica costs nobody an error: reads go to the primary', async () => {
    if (!replica) return;
    await replica.stop();
    replica = null;
    for (let i = 0; i < 3; i++) expect(ok(await s.gql(POSTS, {}, township)).welfarePosts.nodes).toHaveLength(1);
    await until(async () => (await metric('db_replica_lag_seconds', 'replica=')) === -1, 'the replica to be marked down');
    const after = await onReplica(() => s.gql(POSTS, {}, township).then(ok));
    expect(after.replica).toBe(0);
  });
});
