jest.setTimeout(120_000);

import { startTestServer, expectError, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';
import { ADMIN_PASSWORD, HUINING, JINGYUAN, adminLogin, auditRows, createAccount, createPerson } from './helpers';

const ISSUE = `mutation($input: CreateApiKeyInput!) { issueApiKey(input: $input) { key apiKey { id prefix scopes canWrite regionCode: region { code } expiresAt rateLimitPerMinute valid } } }`;
const HOUR = 3600_000;

describe('API keys for third-party apps', () => {
  let s: TestServer;
  let security: string;
  let secret: string;
  const inDays = (d: number) => new Date(clock.now().getTime() + d * 24 * HOUR).toISOString();

  beforeAll(async () => {
    s = await startTestServer();
    await createAccount(s, 'sec.keys', ['SECURITY_ADMIN']);
    ({ token: security, secret } = await adminLogin(s, 'sec.keys'));
    await createPerson(s, await s.login('demo.province'), JINGYUAN, '靖远密钥测试');
  });
  afterAll(async () => {
    clock.reset();
    await s.close();
  });

  const issue = async (input: Record<string, unknown>) => ok(await s.gql(ISSUE, { input: { name: '第三方应用', expiresAt: inDays(30), ...input } }, security)).issueApiKey;

  test('given a key is issued, then it is shown once and only its hash is stored', async () => {
    const issued = await issue({ scopes: ['organization'] });
    expect(issued.key).toMatch(/^rk_/);
    expect(issued.apiKey).toMatchObject({ scopes: ['organization'], canWrite: false, valid: true, rateLimitPerMinute: expect.any(Number) });
    expect(issued.key.startsWith(issued.apiKey.prefix)).toBe(true);
    const row = await s.em().getKnex()('api_key').where('id', issued.apiKey.id).first();
    expect(JSON.stringify(row)).not.toContain(issued.key);
    const listed = ok(await s.gql(`{ apiKeys { nodes { id prefix } } }`, {}, security)).apiKeys.nodes;
    expect(listed.map((k: any) => k.id)).toContain(issued.apiKey.id);
    expect(await auditRows(s, { entity: 'ApiKey', entityId: issued.apiKey.id, action: 'create' })).toHaveLength(1);
  });

  test('given a key scoped to organizations, then it reads organizations and regions but not persons, users, audit logs or ID numbers, and cannot write', async () => {
    const { key } = await issue({ scopes: ['organization'] });
    expect(ok(await s.gql(`{ organizations(first: 5) { totalCount nodes { name region { name } } } }`, {}, key)).organizations.totalCount).toBeGreaterThan(0);
    expectError(await s.gql(`{ persons { nodes { idNumber } } }`, {}, key), 'FORBIDDEN');
    expectError(await s.gql(`{ users { totalCount } }`, {}, key), 'FORBIDDEN');
    expectError(await s.gql(`{ auditLogs { totalCount } }`, {}, key), 'FORBIDDEN');
    const someone = (await s.em().getKnex()('person').first()).id;
    expectError(await s.gql(`query($id: ID!) { person(id: $id) { idNumber } }`, { id: someone }, key), 'FORBIDDEN');
    expectError(await s.gql(`mutation($id: ID!) { revealPerson(id: $id, reason: "第三方核对身份") { idNumber } }`, { id: someone }, key), 'FORBIDDEN');
    expectError(await s.gql(`mutation { createOrganization(input: { name: "第三方建单位", kind: OTHER, regionCode: "${HUINING}" }) { id } }`, {}, key), 'FORBIDDEN');
  });

  test('given a key scoped to consumption assistance, then it reads products and sales but not job placements, persons or ID numbers', async () => {
    const { key } = await issue({ scopes: ['consumption'] });
    const products = ok(await s.gql(`{ assistanceProducts(first: 5) { totalCount nodes { name } } }`, {}, key)).assistanceProducts;
    expect(products.totalCount).toBeGreaterThan(0);
    expectError(await s.gql(`{ jobPlacements(first: 5) { totalCount nodes { person { idNumber } } } }`, {}, key), 'FORBIDDEN');
    expectError(await s.gql(`{ persons { nodes { idNumber } } }`, {}, key), 'FORBIDDEN');
    const placement = (await s.em().getKnex()('job_placement').first()).id;
    expectError(await s.gql(`query($id: ID!) { jobPlacement(id: $id) { person { idNumber } } }`, { id: placement }, key), 'FORBIDDEN');
  });

  test('given a person-scoped key of 会宁县 with write access, then it sees and writes only 会宁 and still never reveals ID numbers', async () => {
    const { key, apiKey } = await issue({ scopes: ['person'], canWrite: true, regionCode: HUINING });
    const nodes = ok(await s.gql(`{ persons(first: 500) { nodes { idNumber village { code } } } }`, {}, key)).persons.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const p of nodes) {
      expect(p.village.code.startsWith(HUINING)).toBe(true);
      expect(p.idNumber).toMatch(/\*{6,}/);
    }
    const mine = await createPerson(s, key, HUINING, '密钥新建');
    expect(await auditRows(s, { entityId: mine.id, action: 'create' })).toEqual([expect.objectContaining({ actor_id: apiKey.id })]);
    expectError(await s.gql(`mutation($id: ID!) { revealPerson(id: $id, reason: "第三方核对身份") { idNumber } }`, { id: mine.id }, key), 'FORBIDDEN');
    const outside = await s.em().getKnex()('person').where('village_code', 'like', `${JINGYUAN}%`).first();
    const res = await s.gql(`mutation($id: ID!, $v: Int!) { updatePerson(id: $id, expectedVersion: $v, input: { name: "密钥越权" }) { id } }`, { id: outside.id, v: outside.version }, key);
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(res.errors?.[0]?.extensions?.code);
  });

  test('given scopes, jurisdiction or expiry that are not allowed, then the key is not issued', async () => {
    const bad = async (input: Record<string, unknown>, field: string) => {
      const err = expectError(await s.gql(ISSUE, { input: { name: '坏密钥', expiresAt: inDays(30), scopes: ['organization'], ...input } }, security), 'BAD_USER_INPUT');
      expect(err.extensions?.problems.map((p: any) => p.field)).toContain(field);
    };
    await bad({ scopes: ['user'] }, 'scopes');
    await bad({ scopes: ['audit'] }, 'scopes');
    await bad({ scopes: ['nonsense'] }, 'scopes');
    await bad({ expiresAt: inDays(-1) }, 'expiresAt');
    await bad({ expiresAt: inDays(400) }, 'expiresAt');
    await bad({ regionCode: '999999' }, 'regionCode');
    expectError(await s.gql(ISSUE, { input: { name: '越权', expiresAt: inDays(30), scopes: ['organization'] } }, await s.login('demo.province')), 'FORBIDDEN');
  });

  test('given a key, when it expires or is revoked, then it stops working at once', async () => {
    const expiring = await issue({ scopes: ['organization'], expiresAt: new Date(clock.now().getTime() + HOUR).toISOString() });
    ok(await s.gql(`{ organizations(first: 1) { totalCount } }`, {}, expiring.key));
    const revoked = await issue({ scopes: ['organization'] });
    ok(await s.gql(`{ organizations(first: 1) { totalCount } }`, {}, revoked.key));
    ok(await s.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt valid } }`, { id: revoked.apiKey.id }, security));
    expectError(await s.gql(`{ organizations(first: 1) { totalCount } }`, {}, revoked.key), 'UNAUTHENTICATED');
    expect(await auditRows(s, { entityId: revoked.apiKey.id, action: 'revoke' })).toHaveLength(1);
    clock.advance(2 * HOUR);
    expectError(await s.gql(`{ organizations(first: 1) { totalCount } }`, {}, expiring.key), 'UNAUTHENTICATED');
  });

  test('given a key limited to 3 requests a minute, then the fourth is refused with RATE_LIMITED (429) and the next minute works again', async () => {
    security = (await adminLogin(s, 'sec.keys', ADMIN_PASSWORD, secret)).token; // the earlier session went idle while the clock moved
    const { key } = await issue({ scopes: ['organization'], rateLimitPerMinute: 3 });
    // align to the start of a window so the four requests fall into one minute
    clock.advance(60_000 - (clock.now().getTime() % 60_000) + 10);
    for (let i = 0; i < 3; i++) ok(await s.gql(`{ organizations(first: 1) { totalCount } }`, {}, key));
    const limited = await s.gql(`{ organizations(first: 1) { totalCount } }`, {}, key);
    const err = expectError(limited, 'RATE_LIMITED');
    expect(limited.status).toBe(429);
    expect(err.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // other callers are not affected
    ok(await s.gql(`{ apiKeys { totalCount } }`, {}, security));
    clock.advance(60_000);
    ok(await s.gql(`{ organizations(first: 1) { totalCount } }`, {}, key));
  });
});
