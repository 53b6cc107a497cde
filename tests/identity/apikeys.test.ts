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

  const issue = async (input: Record<string, unknown>) =>
    ok(await s.gql(ISSUE, { input: { name: '第三方应用', expiresAt: inDays(30), ...input } }, security)).issueApiKey;

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
    expect(
      ok(await s.gql(`{ organizations(first: 5) { totalCount nodes { name region { name } } } }`, {}, key)).organizations.totalCount,
    ).toBeGreaterThan(0);
    expectError(await s.gql(`{ persons { nodes { idNumber } } }`, {}, key), 'FORBIDDEN');
    expectError(await s.gql(`{ users { totalCount } }`, {}, key), 'FORBIDDEN');
    expectError(await s.gql(`{ auditLogs { totalCount } }`, {}, key), 'FORBIDDEN');
    const someone = (await s.em().getKnex()('person').first()).id;
    expectError(await s.gql(`query($id: ID!) { person(id: $id) { idNumber } }`, { id: someone }, key), 'FORBIDDEN');
    expectError(
      await s.gql(`mutation($id: ID!) { revealPerson(id: $id, reason: "第三方核对身份") { idNumber } }`, { id: someone }, key),
      'FORBIDDEN',
    );
    expectError(
      await s.gql(
        `mutation { createOrganization(input: { name: "第三方建单位", kind: OTHER, regionCode: "${HUINING}" }) { id } }`,
        {},
        key,
      ),
      'FORBIDDEN',
    );
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
    expectError(
      await s.gql(`mutation($id: ID!) { revealPerson(id: $id, reason: "第三方核对身份") { idNumber } }`, { id: mine.id }, key),
      'FORBIDDEN',
    );
    const outside = await s.em().getKnex()('person').where('village_code', 'like', `${JINGYUAN}%`).first();
    const res = await s.gql(
      `mutation($id: ID!, $v: Int!) { updatePerson(id: $id, expectedVersion: $v, input: { name: "密钥越权" }) { id } }`,
      { id: outside.id, v: outside.version },
      key,
    );
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(res.errors?.[0]?.extensions?.code);
  });

  test('given scopes, jurisdiction or expiry that are not allowed, then the key is not issued', async () => {
    const bad = async (input: Record<string, unknown>, field: string) => {
      const err = expectError(
        await s.gql(ISSUE, { input: { name: '坏密钥', expiresAt: inDays(30), scopes: ['organization'], ...input } }, security),
        'BAD_USER_INPUT',
      );
      expect(err.extensions?.problems.map((p: any) => p.field)).toContain(field);
    };
    await bad({ scopes: ['user'] }, 'scopes');
    await bad({ scopes: ['audit'] }, 'scopes');
    await bad({ scopes: ['nonsense'] }, 'scopes');
    await bad({ expiresAt: inDays(-1) }, 'expiresAt');
    await bad({ expiresAt: inDays(400) }, 'expiresAt');
    await bad({ regionCode: '999999' }, 'regionCode');
    expectError(
      await s.gql(ISSUE, { input: { name: '越权', expiresAt: inDays(30), scopes: ['organization'] } }, await s.login('demo.province')),
      'FORBIDDEN',
    );
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
    expect(limited.headers.get('ratelimit-limit')).toBe('3');
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    expect(Number(limited.headers.get('retry-after'))).toBe(err.extensions?.retryAfterSeconds);
    // other callers are not affected
    ok(await s.gql(`{ apiKeys { totalCount } }`, {}, security));
    clock.advance(60_000);
    ok(await s.gql(`{ organizations(first: 1) { totalCount } }`, {}, key));
  });

  test('given answers to a key, then each carries RateLimit-Limit and a falling RateLimit-Remaining, and no Retry-After while under the limit', async () => {
    const { key } = await issue({ scopes: ['organization'], rateLimitPerMinute: 50 });
    clock.advance(60_000 - (clock.now().getTime() % 60_000) + 10);
    const first = await s.gql(`{ organizations(first: 1) { totalCount } }`, {}, key);
    const second = await s.gql(`{ organizations(first: 1) { totalCount } }`, {}, key);
    ok(first);
    ok(second);
    expect(first.headers.get('ratelimit-limit')).toBe('50');
    expect(first.headers.get('ratelimit-remaining')).toBe('49');
    expect(second.headers.get('ratelimit-remaining')).toBe('48');
    expect(Number(second.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
    expect(second.headers.get('retry-after')).toBeNull();
    // A failed answer to a key is counted and labelled too.
    const refused = await s.gql(`{ persons { totalCount } }`, {}, key);
    expectError(refused, 'FORBIDDEN');
    expect(refused.headers.get('ratelimit-remaining')).toBe('47');
    // A document the server cannot even validate is not counted, and still says where the key stands.
    const invalidDocument = await s.gql(`{ organizations(first: 1) { noSuchField } }`, {}, key);
    expectError(invalidDocument, 'GRAPHQL_VALIDATION_FAILED');
    expect(invalidDocument.headers.get('ratelimit-limit')).toBe('50');
    expect(invalidDocument.headers.get('ratelimit-remaining')).toBe('47');
  });

  test('given X-API-Key instead of Authorization: Bearer, then the key is not accepted (only Bearer is documented)', async () => {
    const { key } = await issue({ scopes: ['organization'] });
    const res = await fetch(s.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query: '{ organizations(first: 1) { totalCount } }' }),
    });
    const body = (await res.json()) as any;
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('onboarding a third-party app by the demo security administrator', () => {
  let s: TestServer;
  let security: string;
  const inDays = (d: number) => new Date(clock.now().getTime() + d * 24 * HOUR).toISOString();
  const LIST = `{ apiKeys(first: 50) { nodes { id name prefix scopes region { code } expiresAt lastUsedAt requestsToday valid revokedAt } } }`;
  const ROTATE = `mutation($id: ID!) { rotateApiKey(id: $id) { key apiKey { id prefix scopes expiresAt valid } } }`;
  const READ = `{ organizations(first: 1) { totalCount } }`;

  beforeAll(async () => {
    s = await startTestServer();
    // demo.security enrols its second factor at the first sign-in, as every administrator does.
    ({ token: security } = await adminLogin(s, 'demo.security', 'Demo#2025'));
  });
  afterAll(async () => {
    clock.reset();
    await s.close();
  });

  test('given demo.security issues a key, then it works and is listed with prefix, scopes, jurisdiction, expiry, last use and requests today', async () => {
    const issued = ok(
      await s.gql(
        ISSUE,
        { input: { name: '省级数据看板', scopes: ['organization', 'person'], regionCode: HUINING, expiresAt: inDays(90) } },
        security,
      ),
    ).issueApiKey;
    for (let i = 0; i < 3; i++) ok(await s.gql(READ, {}, issued.key));
    const listed = ok(await s.gql(LIST, {}, security)).apiKeys.nodes.find((k: any) => k.id === issued.apiKey.id);
    expect(listed).toMatchObject({
      name: '省级数据看板',
      prefix: issued.apiKey.prefix,
      scopes: ['organization', 'person'],
      region: { code: HUINING },
      valid: true,
      revokedAt: null,
      requestsToday: 3,
    });
    expect(listed.lastUsedAt).not.toBeNull();
    expect(new Date(listed.expiresAt).getTime()).toBe(new Date(issued.apiKey.expiresAt).getTime());
    // The secret is never listed.
    expect(JSON.stringify(ok(await s.gql(LIST, {}, security)))).not.toContain(issued.key);
  });

  test('given a key is rotated, then the new secret works at once, the old one is dead, and scopes and expiry stay', async () => {
    const issued = ok(
      await s.gql(ISSUE, { input: { name: '东西部协作系统', scopes: ['organization'], expiresAt: inDays(30) } }, security),
    ).issueApiKey;
    ok(await s.gql(READ, {}, issued.key));
    const rotated = ok(await s.gql(ROTATE, { id: issued.apiKey.id }, security)).rotateApiKey;
    expect(rotated.key).toMatch(/^rk_/);
    expect(rotated.key).not.toBe(issued.key);
    expect(rotated.apiKey).toMatchObject({
      id: issued.apiKey.id,
      scopes: ['organization'],
      valid: true,
      expiresAt: issued.apiKey.expiresAt,
    });
    expect(rotated.key.startsWith(rotated.apiKey.prefix)).toBe(true);
    expectError(await s.gql(READ, {}, issued.key), 'UNAUTHENTICATED');
    ok(await s.gql(READ, {}, rotated.key));
    expect(await auditRows(s, { entityId: issued.apiKey.id, action: 'rotate' })).toHaveLength(1);

    ok(await s.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: issued.apiKey.id }, security));
    expectError(await s.gql(READ, {}, rotated.key), 'UNAUTHENTICATED');
    // A revoked key cannot be brought back by rotating it.
    expectError(await s.gql(ROTATE, { id: issued.apiKey.id }, security), 'CONFLICT');
    expectError(await s.gql(READ, {}, rotated.key), 'UNAUTHENTICATED');
  });

  test('given a business user, then it can neither list, rotate nor issue keys', async () => {
    const province = await s.login('demo.province');
    const issued = ok(
      await s.gql(ISSUE, { input: { name: '测试', scopes: ['organization'], expiresAt: inDays(30) } }, security),
    ).issueApiKey;
    expectError(await s.gql(LIST, {}, province), 'FORBIDDEN');
    expectError(await s.gql(ROTATE, { id: issued.apiKey.id }, province), 'FORBIDDEN');
    ok(await s.gql(READ, {}, issued.key));
  });
});
