import { startTestServer, ok } from '../support/server';
import type { TestServer } from '../support/server';

describe('regions (行政区划)', () => {
  let s: TestServer;
  let token: string;
  beforeAll(async () => {
    s = await startTestServer();
    token = await s.login('demo.county');
  });
  afterAll(() => s.close());

  it('given the code 620422, region(id) is 会宁县 with its parent, ancestors and level', async () => {
    const data = ok(
      await s.gql('{ region(id: "620422") { id code name level fullName parent { code name } ancestors { code name } } }', {}, token),
    );
    expect(data.region).toEqual({
      id: '620422',
      code: '620422',
      name: '会宁县',
      level: 'COUNTY',
      fullName: '甘肃省白银市会宁县',
      parent: { code: '6204', name: '白银市' },
      ancestors: [
        { code: '62', name: '甘肃省' },
        { code: '6204', name: '白银市' },
      ],
    });
  });

  it('loads all four upper levels from the statistics bureau codes, and the demo counties’ villages', async () => {
    const q = `query($l: RegionLevel!) { regions(filter: { level: { eq: $l } }, first: 0) { totalCount } }`;
    const counts: Record<string, number> = {};
    for (const level of ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP'])
      counts[level] = ok(await s.gql(q, { l: level }, token)).regions.totalCount;
    expect(counts).toEqual({ PROVINCE: 31, CITY: 342, COUNTY: 2978, TOWNSHIP: 41352 });
    const villages = ok(
      await s.gql('{ regions(filter: { level: { eq: VILLAGE }, within: "620422" }, first: 0) { totalCount } }', {}, token),
    );
    expect(villages.regions.totalCount).toBeGreaterThan(250);
  });

  it('filters by name, parent and code prefix together', async () => {
    const data = ok(
      await s.gql(
        '{ regions(filter: { parent: { eq: "620422" }, name: { contains: "镇" }, code: { within: "6204221" } }, first: 100) { totalCount nodes { code name } } }',
        {},
        token,
      ),
    );
    expect(data.regions.totalCount).toBeGreaterThan(0);
    for (const r of data.regions.nodes) {
      expect(r.code.startsWith('6204221')).toBe(true);
      expect(r.name).toContain('镇');
    }
  });

  it('pages through every township of a county with cursors, without gaps or repeats, also while rows are inserted', async () => {
    const all = ok(await s.gql('{ region(id: "620422") { children(first: 500) { totalCount nodes { code } } } }', {}, token)).region
      .children;
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: any = ok(
        await s.gql(
          'query($a: String) { regions(filter: { parent: { eq: "620422" } }, first: 5, after: $a, orderBy: [{ field: name, direction: DESC }]) { nodes { code name } pageInfo { hasNextPage endCursor } } }',
          { a: after },
          token,
        ),
      ).regions;
      seen.push(...page.nodes.map((n: { code: string }) => n.code));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      if (pages++ === 1) {
        // A new organization does not touch regions; insert a region row directly to prove keyset stability.
        await s
          .em()
          .getConnection()
          .execute(
            "insert into region (code, name, level, parent_code, poverty_exited_county, created_at, updated_at, version) values ('620422999', '测试镇', 'TOWNSHIP', '620422', false, '2020-01-01', '2020-01-01', 1)".replace(
              /'2020-01-01'/g,
              s.kind === 'sqlite' ? '1577836800000' : "'2020-01-01'",
            ),
          );
      }
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    for (const code of all.nodes.map((n: { code: string }) => n.code)) expect(seen).toContain(code);
  });

  it('serves offset pages and refuses a page size above the documented maximum', async () => {
    const p2 = ok(
      await s.gql(
        '{ regions(filter: { level: { eq: PROVINCE } }, first: 10, offset: 10, orderBy: [{ field: code }]) { nodes { code } pageInfo { hasPreviousPage } } }',
        {},
        token,
      ),
    ).regions;
    expect(p2.nodes).toHaveLength(10);
    expect(p2.pageInfo.hasPreviousPage).toBe(true);
    const tooMany = await s.gql('{ regions(first: 501) { totalCount } }', {}, token);
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0].extensions?.problems[0]).toMatchObject({ field: 'first', rule: 'range' });
  });

  it('answers GraphQL GET requests for queries as the spec allows, and refuses mutations over GET', async () => {
    const url = `${s.url}?query=${encodeURIComponent('{ region(id: "62") { name } }')}`;
    const res = await fetch(url, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/graphql-response+json, application/json' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/(graphql-response\+)?json/);
    expect((await res.json()).data.region.name).toBe('甘肃省');
    const mutation = await fetch(`${s.url}?query=${encodeURIComponent('mutation { logout }')}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(mutation.status).toBe(405);
  });

  it('statements per request do not grow with rows: counties → townships → village counts', async () => {
    const q = `query($n: Int!) { regions(filter: { level: { eq: COUNTY } }, first: $n, orderBy: [{ field: code }]) { totalCount nodes { code name children(first: 50) { totalCount nodes { code name children { totalCount } } } } } }`;
    const ten = await s.gql(q, { n: 10 }, token);
    const twoHundred = await s.gql(q, { n: 200 }, token);
    expect(ok(twoHundred).regions.nodes).toHaveLength(200);
    const townships = ok(twoHundred).regions.nodes.reduce((n: number, c: any) => n + c.children.nodes.length, 0);
    expect(townships).toBeGreaterThan(1000);
    expect(twoHundred.statements).toBe(ten.statements);
    // One statement per level plus the top-level total and the session lookup.
    expect(twoHundred.statements).toBeLessThanOrEqual(6);
  });

  it('lets an administrator flag a county as poverty-exited, with optimistic versions', async () => {
    const province = await s.login('demo.province');
    const before = ok(await s.gql('{ region(id: "620402") { version povertyExitedCounty } }', {}, province)).region;
    const updated = ok(
      await s.gql(
        'mutation($v: Int!) { updateRegion(id: "620402", input: { povertyExitedCounty: true }, expectedVersion: $v) { povertyExitedCounty version } }',
        { v: before.version },
        province,
      ),
    );
    expect(updated.updateRegion).toEqual({ povertyExitedCounty: true, version: before.version + 1 });
    const stale = await s.gql(
      'mutation($v: Int!) { updateRegion(id: "620402", input: { povertyExitedCounty: false }, expectedVersion: $v) { version } }',
      { v: before.version },
      province,
    );
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'STALE_VERSION' });
    const township = await s.gql(
      'mutation { updateRegion(id: "620422100", input: { povertyExitedCounty: true }, expectedVersion: 1) { version } }',
      {},
      province,
    );
    expect(township.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const outside = await s.gql(
      'mutation { updateRegion(id: "150823", input: { povertyExitedCounty: false }, expectedVersion: 1) { version } }',
      {},
      province,
    );
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(outside.errors?.[0].extensions?.code);
  });
});
