import { startTestServer } from '../support/server';
import type { TestServer } from '../support/server';

jest.setTimeout(180_000);

/*
 * The API runs on graphql-jit (core/executor.ts); graphql-js stays available as the reference
 * executor. The same requests, answered by both, must give the same responses: data, partial
 * data with errors, refused variables.
 */
const REQUESTS: { name: string; query: string; variables?: Record<string, unknown>; as: 'province' | 'county' }[] = [
  {
    name: 'nested connections with fragments, aliases and directives',
    as: 'province',
    query: `query($deep: Boolean!, $skipName: Boolean!) {
      first: regions(filter: { level: { eq: COUNTY }, within: "6204" }, first: 3, orderBy: [{ field: code }]) { ...page }
      second: regions(filter: { level: { eq: CITY } }, first: 2) { totalCount nodes { code name @skip(if: $skipName) } }
      keyCounties(first: 3) { nodes { county { name } cadresOnDuty welfarePosts peopleOnPost } }
    }
    fragment page on RegionConnection { totalCount pageInfo { hasNextPage endCursor } nodes { code name level children(first: 2) @include(if: $deep) { totalCount nodes { code } } } }`,
    variables: { deep: true, skipName: true },
  },
  {
    name: 'a recursive filter in a variable (and/or nest), enums and money',
    as: 'county',
    query: `query($f: WelfarePostFilter) { welfarePosts(filter: $f, first: 5) { totalCount nodes { title status monthlySubsidy headcount } } }`,
    variables: { f: { or: [{ status: { eq: 'OPEN' } }, { and: [{ status: { eq: 'DRAFT' } }, { or: [{ headcount: { gte: 1 } }] }] }] } },
  },
  {
    name: 'a field outside the caller’s permissions: partial data and FORBIDDEN',
    as: 'county',
    query: `{ regions(first: 1) { totalCount } user(id: "00000000-0000-7000-8000-000000000000") { id } }`,
  },
  {
    name: 'variables the schema refuses',
    as: 'county',
    query: `query($y: Int!, $l: RegionLevel) { welfareRollup(regionCode: "620422", year: $y) { posts } regions(filter: { level: { eq: $l } }) { totalCount } }`,
    variables: { y: 'two thousand', l: 'CONTINENT' },
  },
  {
    name: 'a custom scalar refusing a variable (YearMonth)',
    as: 'county',
    query: `mutation($m: YearMonth!) { generateSubsidyPayroll(countyCode: "620422", month: $m) { created } }`,
    variables: { m: '2026-13' },
  },
];

async function answers(env: Record<string, string>) {
  const s = await startTestServer(env);
  try {
    const tokens = { province: await s.login('demo.province'), county: await s.login('demo.county') };
    const out: Record<string, { status: number; data: unknown; errors: unknown }> = {};
    for (const r of REQUESTS) {
      const res = await s.gql(r.query, r.variables, tokens[r.as]);
      out[r.name] = { status: res.status, data: res.data ?? null, errors: res.errors ?? null };
    }
    return out;
  } finally {
    await s.close();
  }
}

describe('GraphQL executor', () => {
  test('given the same requests, when answered by graphql-jit and by graphql-js, then the responses are the same', async () => {
    const jit = await answers({ GRAPHQL_EXECUTOR: 'jit' });
    const reference = await answers({ GRAPHQL_EXECUTOR: 'graphql-js' });
    for (const r of REQUESTS) expect({ request: r.name, ...jit[r.name] }).toEqual({ request: r.name, ...reference[r.name] });
    // And the answers are the expected ones, not equal nonsense.
    const nested = jit[REQUESTS[0].name].data as any;
    expect(jit[REQUESTS[0].name].errors).toBeNull();
    expect(nested.first.nodes[0].children.totalCount).toBeGreaterThan(0);
    expect(nested.second.nodes[0]).not.toHaveProperty('name');
    expect((jit[REQUESTS[1].name].data as any).welfarePosts.totalCount).toBeGreaterThan(0);
    expect((jit[REQUESTS[2].name].data as any).regions.totalCount).toBeGreaterThan(0);
    expect(jit[REQUESTS[2].name].errors).toEqual([
      expect.objectContaining({ path: ['user'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    ]);
    const refused = jit[REQUESTS[3].name];
    expect(refused.status).toBe(400);
    expect(refused.data).toBeNull();
    // Each refused variable is named (in the message and as the problem's field), with the rule.
    const refusedVariable = (name: string, type: string) =>
      expect.objectContaining({
        message: expect.stringMatching(new RegExp(`\\b${name}\\b.*${type}`, 's')),
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', problems: [expect.objectContaining({ field: name })] }),
      });
    expect(refused.errors).toEqual([refusedVariable('y', 'Int'), refusedVariable('l', 'RegionLevel')]);
    expect(jit[REQUESTS[4].name].errors).toEqual([refusedVariable('m', 'YearMonth')]);
  });
});

describe('process memory on /healthz, readiness on /readyz', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s?.close();
  });

  test('given a caller on this machine, then /healthz?memory reports the heap; through a proxy it does not', async () => {
    const health = s.url.replace(/\/graphql$/, '/healthz');
    const local = (await (await fetch(`${health}?memory`)).json()) as { ok: boolean; memory?: { heapUsed: number; rss: number } };
    expect(local.ok).toBe(true);
    expect(local.memory?.heapUsed).toBeGreaterThan(1_000_000);
    expect(local.memory?.rss).toBeGreaterThan(local.memory!.heapUsed);
    const proxied = (await (await fetch(`${health}?memory`, { headers: { 'x-forwarded-for': '203.0.113.7' } })).json()) as Record<
      string,
      unknown
    >;
    expect(proxied).toEqual({ ok: true });
  });

  test('given a running server, then /readyz answers 200 with the database checked (tests/platform/shutdown.test.ts shows its 503 while stopping)', async () => {
    const res = await fetch(s.url.replace(/\/graphql$/, '/readyz'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ready: true, checks: { database: 'ok' } });
  });
});
