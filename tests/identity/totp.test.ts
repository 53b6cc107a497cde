jest.setTimeout(120_000);

import { startTestServer, expectError, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';
import { ADMIN_PASSWORD, adminLogin, auditRows, createAccount, totpCode } from './helpers';

const LOGIN = `mutation($u: String!, $p: String!, $t: String) { login(username: $u, password: $p, totp: $t) { token secondFactorEnrolmentRequired user { secondFactorEnrolled } } }`;

describe('TOTP second factor, required for the three administrator roles', () => {
  let s: TestServer;
  let userId: string;
  let secret: string;
  beforeAll(async () => {
    s = await startTestServer();
    userId = await createAccount(s, 'audit.two', ['AUDIT_ADMIN']);
  });
  afterAll(async () => {
    clock.reset();
    await s.close();
  });

  test('given an administrator without a second factor, when signing in, then the session can do nothing but enrol one', async () => {
    const login = ok(await s.gql(LOGIN, { u: 'audit.two', p: ADMIN_PASSWORD })).login;
    expect(login.secondFactorEnrolmentRequired).toBe(true);
    const refused = expectError(await s.gql(`{ auditLogs { totalCount } }`, {}, login.token), 'FORBIDDEN');
    expect(refused.extensions?.rule).toBe('SECOND_FACTOR_ENROLMENT_REQUIRED');
    expect(ok(await s.gql(`{ me { username secondFactorEnrolled } }`, {}, login.token)).me).toEqual({
      username: 'audit.two',
      secondFactorEnrolled: false,
    });

    const enrolment = ok(await s.gql(`mutation { enrolTotp { secret uri } }`, {}, login.token)).enrolTotp;
    secret = enrolment.secret;
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\//);
    expectError(await s.gql(`mutation { confirmTotp(code: "000000") }`, {}, login.token), 'BAD_USER_INPUT');
    expect(
      ok(await s.gql(`mutation($c: String!) { confirmTotp(code: $c) }`, { c: await totpCode(enrolment.secret) }, login.token)).confirmTotp,
    ).toBe(true);
    // the same session now has the role's permissions
    expect(ok(await s.gql(`{ auditLogs(first: 1) { totalCount } }`, {}, login.token)).auditLogs.totalCount).toBeGreaterThan(0);
    expect(await auditRows(s, { entityId: userId, action: 'totp_enrolled' })).toHaveLength(1);
    // the stored secret is encrypted
    const row = await s.em().getKnex()('app_user').where('id', userId).first();
    expect(row.totp_secret).not.toContain(enrolment.secret);
    expect(row.totp_pending_secret).toBeNull();
    expectError(await s.gql(`mutation { enrolTotp { secret } }`, {}, login.token), 'CONFLICT');

    // from now on: no code → refused with totpRequired; wrong code → refused and counted; right code → in
    const missing = expectError(await s.gql(LOGIN, { u: 'audit.two', p: ADMIN_PASSWORD }), 'UNAUTHENTICATED');
    expect(missing.extensions?.totpRequired).toBe(true);
    expectError(await s.gql(LOGIN, { u: 'audit.two', p: ADMIN_PASSWORD, t: '123456' }), 'UNAUTHENTICATED');
    expect(await auditRows(s, { entityId: userId, action: 'login_failed' })).toHaveLength(1);
    clock.advance(60_000); // a fresh code (the enrolment code cannot be replayed)
    const second = ok(await s.gql(LOGIN, { u: 'audit.two', p: ADMIN_PASSWORD, t: await totpCode(enrolment.secret) })).login;
    expect(second.secondFactorEnrolmentRequired).toBe(false);
    expect(second.user.secondFactorEnrolled).toBe(true);
    // a code that was just used is refused
    expectError(await s.gql(LOGIN, { u: 'audit.two', p: ADMIN_PASSWORD, t: await totpCode(enrolment.secret) }), 'UNAUTHENTICATED');
  });

  test('given a lost phone, when the security administrator resets the second factor, then sessions end and the next sign-in enrols again', async () => {
    await createAccount(s, 'sec.two', ['SECURITY_ADMIN']);
    const security = (await adminLogin(s, 'sec.two')).token;
    const user = ok(await s.gql(`query($id: ID!) { user(id: $id) { secondFactorEnrolled } }`, { id: userId }, security)).user;
    expect(user.secondFactorEnrolled).toBe(true);
    clock.advance(60_000);
    const old = ok(await s.gql(LOGIN, { u: 'audit.two', p: ADMIN_PASSWORD, t: await totpCode(secret) })).login.token;
    ok(await s.gql(`mutation($id: ID!) { resetSecondFactor(id: $id) { secondFactorEnrolled } }`, { id: userId }, security));
    expect(ok(await s.gql(`{ me { username } }`, {}, old)).me).toBeNull();
    const again = ok(await s.gql(LOGIN, { u: 'audit.two', p: ADMIN_PASSWORD })).login;
    expect(again.secondFactorEnrolmentRequired).toBe(true);
    expect(await auditRows(s, { entityId: userId, action: 'reset_second_factor' })).toHaveLength(1);
    // the audit administrator cannot reset factors (三员分立)
    expectError(
      await s.gql(`mutation($id: ID!) { resetSecondFactor(id: $id) { id } }`, { id: userId }, (await adminLogin(s, 'audit.two')).token),
      'FORBIDDEN',
    );
  });

  test('given a non-administrator, then no second factor is required', async () => {
    const login = ok(await s.gql(LOGIN, { u: 'demo.county', p: 'Demo#2025' })).login;
    expect(login.secondFactorEnrolmentRequired).toBe(false);
    ok(await s.gql(`{ persons(first: 1) { totalCount } }`, {}, login.token));
  });
});
