jest.setTimeout(120_000);

import { startTestServer, expectError, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';
import { auditRows } from './helpers';

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
    const res = await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LOGIN, variables: { u: 'demo.county', p: 'Demo#2025' } }) });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/ra_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const viaCookie = await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] }, body: JSON.stringify({ query: '{ me { username } }' }) });
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
