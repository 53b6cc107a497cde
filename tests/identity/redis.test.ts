jest.setTimeout(120_000);

import Redis from 'ioredis';
import { startTestServer, expectError, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';
import { secretHash } from '../../server/src/core/crypto';
import { closeRedis } from '../../server/src/core/redis';
import { adminLogin, createAccount } from './helpers';
import { REDIS_URL, describeWithRedis } from '../support/redis';

const describeRedis = describeWithRedis();

/* With REDIS_URL set, sessions and rate-limit counters live in Redis so several processes share them. */
describeRedis('sessions and rate limits in Redis (REDIS_URL)', () => {
  let s: TestServer;
  let redis: Redis;

  beforeAll(async () => {
    s = await startTestServer({ REDIS_URL });
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    clock.reset();
    await s.close();
    await closeRedis();
    await redis.quit();
    delete process.env.REDIS_URL;
  });

  test('when signing in, then the session is stored in Redis (not the database), works as a bearer token and ends on logout', async () => {
    const token = await s.login('demo.county');
    const stored = await redis.hgetall(`ra:session:${secretHash(token)}`);
    const user = await s.em().getKnex()('app_user').where('username', 'demo.county').first();
    expect(stored.userId).toBe(user.id);
    expect(await s.em().getKnex()('app_session').where('user_id', user.id)).toHaveLength(0);
    expect(ok(await s.gql(`{ me { username } }`, {}, token)).me.username).toBe('demo.county');
    ok(await s.gql(`mutation { logout }`, {}, token));
    expect(await redis.exists(`ra:session:${secretHash(token)}`)).toBe(0);
    expectError(await s.gql(`{ persons(first: 1) { totalCount } }`, {}, token), 'UNAUTHENTICATED');
  });

  test('given a Redis session, then the idle timeout still applies on the server clock', async () => {
    const token = await s.login('demo.township');
    clock.advance(31 * 60_000);
    expect(ok(await s.gql(`{ me { username } }`, {}, token)).me).toBeNull();
    expect(await redis.exists(`ra:session:${secretHash(token)}`)).toBe(0);
  });

  test('given a user disabled by the security administrator, then all its Redis sessions end at once', async () => {
    await createAccount(s, 'sec.redis', ['SECURITY_ADMIN']);
    const security = (await adminLogin(s, 'sec.redis')).token;
    const created = ok(
      await s.gql(
        `mutation { createUser(input: { username: "redis.user", displayName: "缓存用户", password: "Strong#2025", roles: [VIEWER], regionCode: "620422" }) { id version } }`,
        {},
        security,
      ),
    ).createUser;
    const a = await s.login('redis.user', 'Strong#2025');
    const b = await s.login('redis.user', 'Strong#2025');
    expect(await redis.scard(`ra:user-sessions:${created.id}`)).toBe(2);
    ok(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { updateUser(id: $id, expectedVersion: $v, input: { disabled: true }) { disabled } }`,
        { id: created.id, v: created.version },
        security,
      ),
    );
    for (const t of [a, b]) {
      expect(await redis.exists(`ra:session:${secretHash(t)}`)).toBe(0);
      expectError(await s.gql(`{ persons(first: 1) { totalCount } }`, {}, t), 'UNAUTHENTICATED');
    }
  });

  test('rate-limit counters are kept in Redis, per caller and minute', async () => {
    const token = await s.login('demo.province');
    const user = await s.em().getKnex()('app_user').where('username', 'demo.province').first();
    ok(await s.gql(`{ __typename }`, {}, token));
    ok(await s.gql(`{ __typename }`, {}, token));
    const window = Math.floor(clock.now().getTime() / 60_000);
    expect(Number(await redis.get(`ra:rl:user:${user.id}:${window}`))).toBeGreaterThanOrEqual(2);
  });
});
