jest.setTimeout(120_000);

import { startTestServer, expectError, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';
import { auditRows } from './helpers';
import { REDIS_URL, describeWithRedis } from '../support/redis';
import { closeRedis } from '../../server/src/core/redis';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { username } } }`;
const MINUTE = 60_000;

describe('sessions: login, lockout, idle timeout, logout', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    clock.reset();
    await s.close();
  });

  test('when signing in, then the token is also set as an httpOnly SameSite cookie and the cookie alone authenticates', async () => {
    const res = await fetch(s.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { u: 'demo.county', p: 'Demo#2025' } }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/ra_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const viaCookie = await fetch(s.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] },
      body: JSON.stringify({ query: '{ me { username } }' }),
    });
    expect(((await viaCookie.json()) as any).data.me.username).toBe('demo.county');
  });

  test('given five wrong passwords, then the account is locked for 15 minutes even for the right password, with audit rows; after that it signs in again', async () => {
    const user = await s.em().getKnex()('app_user').where('username', 'demo.township').first();
    for (let i = 0; i < 5; i++) expectError(await s.gql(LOGIN, { u: 'demo.township', p: `wrong-${i}` }), 'UNAUTHENTICATED');
    const locked = expectError(await s.gql(LOGIN, { u: 'demo.township', p: 'Demo#2025' }), 'UNAUTHENTICATED');
    expect(locked.extensions?.lockedUntil).toBeTruthy();
    expect((await auditRows(s, { entityId: user.id, action: 'login_failed' })).length).toBe(4);
    expect((await auditRows(s, { entityId: user.id, action: 'lockout' })).length).toBe(1);
    expect((await auditRows(s, { entityId: user.id, action: 'login_refused_locked' })).length).toBe(1);

    clock.advance(14 * MINUTE);
    expectError(await s.gql(LOGIN, { u: 'demo.township', p: 'Demo#2025' }), 'UNAUTHENTICATED');
    clock.advance(1 * MINUTE + 1000);
    expect(ok(await s.gql(LOGIN, { u: 'demo.township', p: 'Demo#2025' })).login.user.username).toBe('demo.township');
    expect((await auditRows(s, { entityId: user.id, action: 'login' })).length).toBe(1);
  });

  test('given a session, when idle for less than 30 minutes it stays valid, and after more than 30 minutes without a request it is over', async () => {
    const token = await s.login('demo.county');
    clock.advance(29 * MINUTE);
    expect(ok(await s.gql(`{ me { username } }`, {}, token)).me.username).toBe('demo.county');
    clock.advance(29 * MINUTE); // 58 minutes after sign-in, but only 29 idle
    expect(ok(await s.gql(`{ persons(first: 1) { totalCount } }`, {}, token)).persons.totalCount).toBeGreaterThan(0);
    clock.advance(31 * MINUTE);
    expect(ok(await s.gql(`{ me { username } }`, {}, token)).me).toBeNull();
    expectError(await s.gql(`{ persons(first: 1) { totalCount } }`, {}, token), 'UNAUTHENTICATED');
    // the ended session stays ended even if the clock were to run back
    expect(ok(await s.gql(`{ me { username } }`, {}, token)).me).toBeNull();
  });

  test('when logging out, then the token stops working at once', async () => {
    const token = await s.login('demo.province');
    expect(ok(await s.gql(`mutation { logout }`, {}, token)).logout).toBe(true);
    expectError(await s.gql(`{ persons(first: 1) { totalCount } }`, {}, token), 'UNAUTHENTICATED');
  });

  test('given an unknown user or a wrong password, then the same message is returned (no user enumeration)', async () => {
    const a = expectError(await s.gql(LOGIN, { u: 'nobody.here', p: 'Demo#2025' }), 'UNAUTHENTICATED');
    const b = expectError(await s.gql(LOGIN, { u: 'demo.province', p: 'nope' }), 'UNAUTHENTICATED');
    expect(a.message).toBe(b.message);
  });
});

/*
 * The idle timeout counts from the last request, exactly. Activity used to be recorded at most once
 * a minute, so with SESSION_IDLE_MINUTES=1 requests at 0 s and 30 s still ended the session at 60 s.
 */
describe('sessions: the idle timeout slides with every request', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ SESSION_IDLE_MINUTES: '1' });
  });
  afterAll(async () => {
    clock.reset();
    await s.close();
  });
  const SECOND = 1000;
  const me = async (token: string) => ok(await s.gql(`{ me { username } }`, {}, token)).me?.username ?? null;

  test('given SESSION_IDLE_MINUTES=1 and requests at 0 s and 30 s, then the session lives at 61 s and 89 s, and ends only after 60 s without a request', async () => {
    const token = await s.login('demo.county'); // 0 s
    clock.advance(30 * SECOND);
    expect(await me(token)).toBe('demo.county'); // 30 s
    clock.advance(31 * SECOND);
    expect(await me(token)).toBe('demo.county'); // 61 s: 31 s after the last request
    clock.advance(28 * SECOND);
    expect(await me(token)).toBe('demo.county'); // 89 s
    clock.advance(59 * SECOND);
    expect(await me(token)).toBe('demo.county'); // 148 s: 59 s idle
    clock.advance(60 * SECOND + 1);
    expect(await me(token)).toBeNull(); // more than 60 s idle
    expectError(await s.gql(`{ persons(first: 1) { totalCount } }`, {}, token), 'UNAUTHENTICATED');
  });

  test('given requests, then their time reaches app_session within seconds, never going backwards, without a statement in the request', async () => {
    const token = await s.login('demo.township');
    const storedAt = async () => {
      const [row] = await s
        .em()
        .getKnex()('app_session')
        .whereNull('revoked_at')
        .orderBy('created_at', 'desc')
        .limit(1)
        .select('last_seen_at');
      return new Date(row.last_seen_at).getTime();
    };
    const signedInAt = await storedAt();
    const baseline = await s.gql(`{ __typename }`, {}, token);
    clock.advance(20 * SECOND);
    const later = await s.gql(`{ __typename }`, {}, token);
    // Recording the request costs the request nothing: the same statements as the one before.
    expect(later.statements).toBe(baseline.statements);
    const deadline = Date.now() + 15_000;
    while ((await storedAt()) < signedInAt + 20 * SECOND && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(await storedAt()).toBeGreaterThanOrEqual(signedInAt + 20 * SECOND);
  });
});

/* With REDIS_URL the sessions live in Redis, and each request's time is written there at once. */
describeWithRedis()('sessions in Redis: the idle timeout slides with every request', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({
      SESSION_IDLE_MINUTES: '1',
      REDIS_URL,
      REDIS_KEY_PREFIX: `test-${process.env.TEST_DB}-${Date.now().toString(36)}:`,
    });
  });
  afterAll(async () => {
    clock.reset();
    await s.close();
    await closeRedis();
  });

  test('given SESSION_IDLE_MINUTES=1 and requests at 0 s and 30 s, then the session lives at 61 s and ends after 60 s without a request', async () => {
    const me = async (token: string) => ok(await s.gql(`{ me { username } }`, {}, token)).me?.username ?? null;
    const token = await s.login('demo.county');
    clock.advance(30_000);
    expect(await me(token)).toBe('demo.county');
    clock.advance(31_000);
    expect(await me(token)).toBe('demo.county');
    clock.advance(60_001);
    expect(await me(token)).toBeNull();
  });
});
