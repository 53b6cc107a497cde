jest.setTimeout(120_000);

import { startTestServer, expectError, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';
import { HUINING, auditRows, newIdNumber, villageOf } from './helpers';

const DEEP = `{ regions(first: 1) { nodes { children(first: 1) { nodes { children(first: 1) { nodes { children(first: 1) { nodes { children(first: 1) { nodes { id } } } } } } } } } } }`;

describe('request limits: depth, aliases, cost, rate, introspection', () => {
  let s: TestServer;
  let county: string;
  beforeAll(async () => {
    s = await startTestServer({ RATE_LIMIT_PER_MINUTE: '60' });
    county = await s.login('demo.county');
  });
  afterAll(async () => {
    clock.reset();
    await s.close();
  });

  test('given a query nested deeper than 10 levels, then QUERY_TOO_COMPLEX with status 400 and no SQL statement ran', async () => {
    const anonymous = await s.gql(DEEP);
    const err = expectError(anonymous, 'QUERY_TOO_COMPLEX');
    expect(err.extensions?.depth).toBe(11);
    expect(anonymous.status).toBe(400);
    expect(anonymous.statements).toBe(0);
    expect(anonymous.data ?? null).toBeNull();
    // signed in: only the statements that authenticate the caller, the same as for a query with no fields
    const baseline = await s.gql(`{ __typename }`, {}, county);
    const signedIn = await s.gql(DEEP, {}, county);
    expectError(signedIn, 'QUERY_TOO_COMPLEX');
    expect(signedIn.statements).toBe(baseline.statements);
  });

  test('given a mutation with a too deep selection, then nothing is executed: no person and no audit row', async () => {
    const before = Number((await s.em().getKnex()('person').count({ c: '*' }))[0].c);
    const auditBefore = (await auditRows(s, { entity: 'Person', action: 'create' })).length;
    const res = await s.gql(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { village { parent { parent { parent { children(first: 1) { nodes { children(first: 1) { nodes { children(first: 1) { nodes { id } } } } } } } } } } } }`,
      { input: { name: '深查询', idNumber: newIdNumber(HUINING), villageCode: await villageOf(s, HUINING) } },
      county,
    );
    expectError(res, 'QUERY_TOO_COMPLEX');
    expect(Number((await s.em().getKnex()('person').count({ c: '*' }))[0].c)).toBe(before);
    expect((await auditRows(s, { entity: 'Person', action: 'create' })).length).toBe(auditBefore);
  });

  test('given more than 30 aliases, then QUERY_TOO_COMPLEX before the caller is even authenticated (no statement)', async () => {
    const many = Array.from({ length: 31 }, (_, i) => `a${i}: health { ok }`).join(' ');
    const res = await s.gql(`{ ${many} }`, {}, county);
    expect(expectError(res, 'QUERY_TOO_COMPLEX').extensions?.aliases).toBe(31);
    expect(res.status).toBe(400);
    expect(res.statements).toBe(0);
    ok(await s.gql(`{ ${Array.from({ length: 30 }, (_, i) => `a${i}: health { ok }`).join(' ')} }`, {}, county));
  });

  test('given aliases on __typename or on introspection fields, then they count towards the alias limit too', async () => {
    const typenames = await s.gql(`{ ${Array.from({ length: 31 }, (_, i) => `t${i}: __typename`).join(' ')} }`, {}, county);
    expect(expectError(typenames, 'QUERY_TOO_COMPLEX').extensions?.aliases).toBe(31);
    const introspection = await s.gql(
      `{ ${Array.from({ length: 31 }, (_, i) => `s${i}: __schema { queryType { name } }`).join(' ')} }`,
      {},
      county,
    );
    expect(expectError(introspection, 'QUERY_TOO_COMPLEX').extensions?.aliases).toBe(31);
    // Inside fragments too.
    const inFragment = await s.gql(
      `query { ...F } fragment F on Query { ${Array.from({ length: 31 }, (_, i) => `t${i}: __typename`).join(' ')} }`,
      {},
      county,
    );
    expectError(inFragment, 'QUERY_TOO_COMPLEX');
    expect(ok(await s.gql(`{ ${Array.from({ length: 30 }, (_, i) => `t${i}: __typename`).join(' ')} }`, {}, county)).t29).toBe('Query');
  });

  test('given __typename under nested pages, then it costs like any field: 500 × 300 of them exceed the cost limit', async () => {
    const res = await s.gql(`{ regions(first: 500) { nodes { children(first: 300) { nodes { __typename } } } } }`, {}, county);
    const err = expectError(res, 'QUERY_TOO_COMPLEX');
    expect(err.extensions?.cost).toBeGreaterThan(err.extensions?.maxCost);
    expect(res.statements).toBe((await s.gql(`{ __typename }`, {}, county)).statements);
    // The standard introspection query (nine levels of type references) is still within the limits.
    const { getIntrospectionQuery } = await import('graphql');
    expect(ok(await s.gql(getIntrospectionQuery(), {}, county)).__schema.queryType.name).toBe('Query');
  });

  test('given one field selected more than 10 times under one parent (directly, in inline fragments or spread fragments), then QUERY_TOO_COMPLEX before validation', async () => {
    expect(expectError(await s.gql(`{ ${'health { ok } '.repeat(11)} }`, {}, county), 'QUERY_TOO_COMPLEX').message).toMatch(
      /"health" selected 11 times/,
    );
    expectError(await s.gql(`{ ${'... on Query { health { ok } } '.repeat(11)} }`, {}, county), 'QUERY_TOO_COMPLEX');
    const fragments = Array.from({ length: 11 }, (_, i) => `fragment F${i} on Query { health { ok } }`).join(' ');
    expectError(
      await s.gql(`{ ${Array.from({ length: 11 }, (_, i) => `...F${i}`).join(' ')} } ${fragments}`, {}, county),
      'QUERY_TOO_COMPLEX',
    );
    expect(ok(await s.gql(`{ ${'health { ok } '.repeat(10)} }`, {}, county)).health.ok).toBe(true);
  });

  test('given nested pages whose product is huge, then QUERY_TOO_COMPLEX by cost; a single full page is fine', async () => {
    const huge = await s.gql(
      `query($n: Int) { regions(first: 500) { nodes { children(first: $n) { nodes { code name } } } } }`,
      { n: 500 },
      county,
    );
    const err = expectError(huge, 'QUERY_TOO_COMPLEX');
    expect(err.extensions?.cost).toBeGreaterThan(err.extensions?.maxCost);
    expect(err.extensions?.depth).toBeLessThanOrEqual(10);
    const page = ok(await s.gql(`{ persons(first: 500) { totalCount nodes { id name village { name } } } }`, {}, county));
    expect(page.persons.totalCount).toBeGreaterThan(0);
  });

  test('given no sign-in, then introspection is refused; signed in it works; __typename is always fine', async () => {
    expectError(await s.gql(`{ __schema { queryType { name } } }`), 'UNAUTHENTICATED');
    expectError(await s.gql(`{ __type(name: "Person") { name } }`), 'UNAUTHENTICATED');
    expectError(await s.gql(`query { ...F } fragment F on Query { __schema { types { name } } }`), 'UNAUTHENTICATED');
    expect(ok(await s.gql(`{ __typename }`)).__typename).toBe('Query');
    expect(ok(await s.gql(`{ __schema { queryType { name } } }`, {}, county)).__schema.queryType.name).toBe('Query');
  });

  test('given a misspelt field, then the error does not suggest field names', async () => {
    const res = await s.gql(`{ persns { totalCount } }`);
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
  });

  test('given a user making more than RATE_LIMIT_PER_MINUTE requests in a minute, then RATE_LIMITED (429) for that user only, until the next minute', async () => {
    const township = await s.login('demo.township');
    clock.advance(60_000 - (clock.now().getTime() % 60_000) + 10);
    for (let i = 0; i < 60; i++) ok(await s.gql(`{ __typename }`, {}, township));
    const limited = await s.gql(`{ persons(first: 1) { totalCount } }`, {}, township);
    expectError(limited, 'RATE_LIMITED');
    expect(limited.status).toBe(429);
    ok(await s.gql(`{ persons(first: 1) { totalCount } }`, {}, county));
    clock.advance(60_000);
    ok(await s.gql(`{ persons(first: 1) { totalCount } }`, {}, township));
  });
});
