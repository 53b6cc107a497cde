jest.setTimeout(180_000);

import { startTestServer, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';
import { adminLogin } from '../identity/helpers';

/*
 * Incremental sync as an integrator runs it (README "Integrating a third-party app"): pages ordered
 * by (updatedAt, id) and walked with `after`, then `updatedAt: { gte: watermark }` for changes.
 * Rows sharing one updatedAt straddle page boundaries, and rows are inserted, updated and archived
 * between pages: no row that exists at the end may be missing from what the app saw.
 */

const HUINING = '620422';
const ORGS = `query($after: String, $since: DateTimeISO) {
  organizations(first: 4, after: $after, orderBy: [{ field: updatedAt }], filter: { archived: ALL, updatedAt: { gte: $since } }) {
    pageInfo { hasNextPage endCursor }
    nodes { id name version updatedAt archivedAt region { code } }
  }
}`;
const REGIONS = `query($after: String, $since: DateTimeISO) {
  regions(first: 7, after: $after, orderBy: [{ field: updatedAt }], filter: { within: "${HUINING}", updatedAt: { gte: $since } }) {
    pageInfo { hasNextPage endCursor }
    nodes { id name version updatedAt }
  }
}`;

interface Row {
  id: string;
  name: string;
  version: number;
  updatedAt: string;
  archivedAt?: string | null;
  region?: { code: string };
}

describe('incremental sync: every row arrives, with ties on updatedAt and changes between pages', () => {
  let s: TestServer;
  let key: string;
  let province: string;
  let securityToken: string;

  beforeAll(async () => {
    s = await startTestServer();
    const { token: security } = await adminLogin(s, 'demo.security', 'Demo#2025');
    securityToken = security;
    const expiresAt = new Date(clock.now().getTime() + 30 * 24 * 3600_000).toISOString();
    key = ok(
      await s.gql(
        `mutation($input: CreateApiKeyInput!) { issueApiKey(input: $input) { key } }`,
        { input: { name: '县级同步', scopes: ['organization', 'region'], regionCode: HUINING, expiresAt } },
        security,
      ),
    ).issueApiKey.key;
    province = await s.login('demo.province');
  });
  afterAll(async () => {
    await s.close();
  });

  /** Walks every page; `between` runs after each page but the last, as other users keep working. */
  async function walk(
    query: string,
    root: 'organizations' | 'regions',
    since: string | null,
    between: (page: number, seen: Map<string, Row>) => Promise<void> = async () => {},
    from: string | null = null,
  ): Promise<{ seen: Map<string, Row>; pages: number; watermark: string | null; cursor: string | null }> {
    const seen = new Map<string, Row>();
    let after: string | null = from;
    let cursor: string | null = from;
    let pages = 0;
    let watermark: string | null = since;
    for (;;) {
      const conn: any = ok(await s.gql(query, { after, since }, key))[root];
      pages += 1;
      cursor = conn.pageInfo.endCursor ?? cursor;
      for (const row of conn.nodes as Row[]) {
        seen.set(row.id, row);
        if (!watermark || row.updatedAt > watermark) watermark = row.updatedAt;
      }
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
      await between(pages, seen);
    }
    return { seen, pages, watermark, cursor };
  }

  const createOrg = async (name: string) =>
    ok(
      await s.gql(
        `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version } }`,
        { input: { name, kind: 'COOPERATIVE', regionCode: HUINING } },
        province,
      ),
    ).createOrganization as { id: string; version: number };
  const renameOrg = async (id: string, version: number, name: string) =>
    ok(
      await s.gql(
        `mutation($id: ID!, $v: Int!, $name: String!) { updateOrganization(id: $id, expectedVersion: $v, input: { name: $name }) { id version } }`,
        { id, v: version, name },
        province,
      ),
    ).updateOrganization;
  const archiveOrg = async (id: string) =>
    ok(await s.gql(`mutation($id: ID!) { archiveOrganization(id: $id) { id archivedAt } }`, { id }, province)).archiveOrganization;
  const all = async (): Promise<Record<string, any>[]> =>
    s.em().getKnex()('organization').where('region_code', 'like', `${HUINING}%`).select('id', 'name', 'version', 'archived_at');

  test('given organizations of 会宁县 sharing one updatedAt, when rows are inserted, updated and archived between pages, then a full sync then an incremental sync see every row in its latest version', async () => {
    for (let i = 0; i < 6; i++) await createOrg(`同步测试企业${i}`);
    // Ties: every row of the county gets the same updatedAt, as a bulk import in one millisecond would.
    await s.directSql(`update organization set updated_at = (select min(o2.updated_at) from organization o2) where region_code like ?`, [
      `${HUINING}%`,
    ]);
    const before = await all();
    expect(before.length).toBeGreaterThan(8);

    const changed: string[] = [];
    const full = await walk(ORGS, 'organizations', null, async (page, seen) => {
      if (page === 1) {
        // A row already seen changes, one not yet seen changes, a new one arrives, one is archived.
        const seenRow = [...seen.values()][0];
        await renameOrg(seenRow.id, seenRow.version, `${seenRow.name}（改名）`);
        const unseen = before.find((r) => !seen.has(r.id))!;
        await renameOrg(unseen.id, unseen.version, `${unseen.name}（改名）`);
        changed.push(seenRow.id, unseen.id, (await createOrg('翻页期间新建企业')).id);
        const toArchive = before.find((r) => !seen.has(r.id) && r.id !== unseen.id)!;
        await archiveOrg(toArchive.id);
        changed.push(toArchive.id);
      }
    });
    expect(full.pages).toBeGreaterThan(2);
    // The truth to compare with: the database now (rows of the county) and a walk with nobody writing (also rows above it the key may read).
    const now = await all();
    expect(now.length).toBe(before.length + 1);
    const quiet = await walk(ORGS, 'organizations', null);
    for (const row of now) expect(quiet.seen.has(row.id)).toBe(true);
    // Nothing lost: every row was seen, each changed one in its latest version.
    expect([...quiet.seen.keys()].filter((id) => !full.seen.has(id))).toEqual([]);
    for (const id of changed) expect(full.seen.get(id)!.version).toBe(quiet.seen.get(id)!.version);
    expect(full.seen.get(changed[1])!.version).toBe(now.find((r) => r.id === changed[1])!.version);
    const archived = now.find((r) => r.id === changed[3])!;
    expect(archived.archived_at).not.toBeNull();
    expect(full.seen.get(archived.id)!.archivedAt).not.toBeNull();

    // Incremental: changes after the full sync arrive with `updatedAt >= watermark`, deduplicated by id.
    await new Promise((r) => setTimeout(r, 5));
    const later = await createOrg('增量同步新建企业');
    const first = now.find((r) => !changed.includes(r.id) && !r.archived_at)!;
    const firstNow = quiet.seen.get(first.id)!;
    await renameOrg(first.id, firstNow.version, `${firstNow.name}（增量）`);
    await archiveOrg(later.id);
    const inc = await walk(ORGS, 'organizations', full.watermark);
    expect(inc.seen.get(later.id)?.archivedAt).toBeTruthy();
    expect(inc.seen.get(first.id)?.name).toBe(`${firstNow.name}（增量）`);
    // Only what changed since (plus rows at the watermark itself, which `gte` repeats on purpose).
    expect(inc.seen.size).toBeLessThan(quiet.seen.size);
    for (const row of inc.seen.values()) expect(row.updatedAt >= full.watermark!).toBe(true);
  });

  test('given the regions of 会宁县, which share their seeding time, then paging by updatedAt returns each exactly once and a renamed region comes back in an incremental sync', async () => {
    const expected: string[] = (await s.em().getKnex()('region').where('code', 'like', `${HUINING}%`).select('code'))
      .map((r: any) => r.code)
      .sort();
    expect(expected.length).toBeGreaterThan(14);
    const full = await walk(REGIONS, 'regions', null);
    expect(full.pages).toBeGreaterThan(2);
    expect([...full.seen.keys()].sort()).toEqual(expected);
    await new Promise((r) => setTimeout(r, 5));
    const township = full.seen.get(`${HUINING}100`)!;
    ok(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { updateRegion(id: $id, expectedVersion: $v, input: { name: "${township.name}（更名）" }) { version } }`,
        { id: township.id, v: township.version },
        province,
      ),
    );
    // Continuing from the last cursor of the full sync returns exactly what changed since: the renamed township.
    const inc = await walk(REGIONS, 'regions', null, undefined, full.cursor);
    expect([...inc.seen.keys()]).toEqual([township.id]);
    expect(inc.seen.get(township.id)!.name).toBe(`${township.name}（更名）`);
    // A filter on updatedAt finds it too (with the rows at the watermark itself, which `gte` repeats).
    const byTime = await walk(REGIONS, 'regions', full.watermark);
    expect([...byTime.seen.keys()]).toContain(township.id);
  });

  test('given a person of 会宁县 moved to 靖远县, then the county key’s incremental sync does not return it and its id sweep no longer lists it, while the placements loop of the README runs as written', async () => {
    const issue = async (scopes: string[]) => {
      const token = securityToken;
      const expiresAt = new Date(clock.now().getTime() + 24 * 3600_000).toISOString();
      return ok(
        await s.gql(
          `mutation($input: CreateApiKeyInput!) { issueApiKey(input: $input) { key } }`,
          { input: { name: '人员同步', scopes, regionCode: HUINING, expiresAt } },
          token,
        ),
      ).issueApiKey.key as string;
    };
    const personKey = await issue(['person', 'welfare']);
    const SWEEP = `query($after: String, $since: DateTimeISO) { persons(first: 500, after: $after, orderBy: [{ field: updatedAt }], filter: { archived: ALL, updatedAt: { gte: $since } }) { nodes { id updatedAt village { code } } pageInfo { hasNextPage endCursor } } }`;
    const sweep = async (since: string | null) => {
      const ids = new Map<string, any>();
      let after: string | null = null;
      for (;;) {
        const conn: any = ok(await s.gql(SWEEP, { after, since }, personKey)).persons;
        for (const n of conn.nodes) ids.set(n.id, n);
        if (!conn.pageInfo.hasNextPage) return ids;
        after = conn.pageInfo.endCursor;
      }
    };
    const before = await sweep(null);
    expect(before.size).toBeGreaterThan(0);
    for (const n of before.values()) expect(n.village.code.startsWith(HUINING)).toBe(true);
    const watermark = [...before.values()]
      .map((n) => n.updatedAt)
      .sort()
      .pop();
    const mover: any = [...before.values()][0];
    const row = await s.em().getKnex()('person').where('id', mover.id).first();
    const jingyuanVillage = (await s.em().getKnex()('region').where('code', 'like', '620421%').where('level', 'VILLAGE').first()).code;
    ok(
      await s.gql(
        `mutation($id: ID!, $v: Int!, $village: String!) { updatePerson(id: $id, expectedVersion: $v, input: { villageCode: $village }) { id } }`,
        { id: mover.id, v: row.version, village: jingyuanVillage },
        province,
      ),
    );
    const changed = await sweep(watermark);
    expect(changed.has(mover.id)).toBe(false);
    const after = await sweep(null);
    expect(after.has(mover.id)).toBe(false);
    expect(after.size).toBe(before.size - 1);

    // The README's full-sync query, as written there.
    const Q = `query($after: String) { jobPlacements(first: 500, after: $after, orderBy: [{ field: updatedAt }],
  filter: { archived: ALL }) { nodes { id version status updatedAt archivedAt post { id } }
  pageInfo { hasNextPage endCursor } } }`;
    const placements = ok(await s.gql(Q, { after: null }, personKey)).jobPlacements;
    expect(placements.nodes.length).toBeGreaterThan(0);
    expect(placements.pageInfo.hasNextPage).toBe(false);
    const check = ok(
      await s.gql(
        `{ jobPlacements(first: 500, filter: { archived: ALL }) { totalCount nodes { id person { village { code } } } } }`,
        {},
        personKey,
      ),
    ).jobPlacements;
    expect(check.totalCount).toBe(placements.nodes.length);
    for (const n of check.nodes) expect(n.person.village.code.startsWith(HUINING)).toBe(true);
  });
});
