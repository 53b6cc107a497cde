jest.setTimeout(120_000);

import Redis from 'ioredis';
import { startTestServer, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';
import { closeRedis } from '../../server/src/core/redis';
import { adminLogin } from './helpers';
import { REDIS_URL, describeWithRedis } from '../support/redis';

const describeRedis = describeWithRedis();

/* With REDIS_URL set, a key's per-minute window and its requests today are shared by every server process. */
describeRedis('API key counters in Redis (REDIS_URL)', () => {
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

  test('given requests with a key, then RateLimit-Remaining falls and requests today are counted in Redis and listed', async () => {
    const { token: security } = await adminLogin(s, 'demo.security', 'Demo#2025');
    const expiresAt = new Date(clock.now().getTime() + 24 * 3600_000).toISOString();
    const issued = ok(
      await s.gql(
        `mutation($input: CreateApiKeyInput!) { issueApiKey(input: $input) { key apiKey { id } } }`,
        { input: { name: 'Redis 计数', scopes: ['organization'], expiresAt, rateLimitPerMinute: 100 } },
        security,
      ),
    ).issueApiKey;
    clock.advance(60_000 - (clock.now().getTime() % 60_000) + 10);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await s.gql(`{ organizations(first: 1) { totalCount } }`, {}, issued.key));
    expect(answers.map((a) => a.headers.get('ratelimit-remaining'))).toEqual(['99', '98', '97', '96']);
    const day = Math.floor((clock.now().getTime() + 8 * 3600_000) / (24 * 3600_000));
    expect(Number(await redis.get(`ra:rl:day:${day}:apikey:${issued.apiKey.id}`))).toBe(4);
    const listed = ok(await s.gql(`query($id: ID!) { apiKey(id: $id) { requestsToday } }`, { id: issued.apiKey.id }, security)).apiKey;
    expect(listed.requestsToday).toBe(4);
  });
});
