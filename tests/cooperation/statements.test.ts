import { startTestServer, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { Organization, OrganizationKind } from '../../server/src/modules/organization/organization.entity';
import { Region, RegionLevel } from '../../server/src/modules/region/region.entity';
import { CooperationCategory, CooperationProject, Pairing, PairingKind } from '../../server/src/modules/cooperation/cooperation.entity';

jest.setTimeout(180_000);

const LIST = `query($n: Int!, $org: ID!) {
  pairings(first: $n, filter: { helperOrganization: { eq: $org } }) {
    totalCount
    nodes {
      id kind startDate helpedRegion { code name } helperOrganization { name } chain { id } predecessor { id }
      projects(first: 5) { totalCount nodes { id name status plannedFunds county { code name } pairing { id } availableActions { action } history { action } } }
    }
  }
}`;

describe('statement count: pairings with their projects and each project’s county', () => {
  let s: TestServer;
  let admin: string;
  let orgId: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.login('demo.im.province');
    // Fixture: 200 designated-assistance pairings of one central unit, each with 3 projects in its county.
    const em = s.em();
    const org = em.create(Organization, { name: '测试中央单位', kind: OrganizationKind.CENTRAL_SOE, regionCode: '11' });
    em.persist(org);
    const villages = await em.find(
      Region,
      { level: RegionLevel.VILLAGE, code: { $like: '1508%' } },
      { orderBy: { code: 'asc' }, limit: 200 },
    );
    expect(villages).toHaveLength(200);
    for (const v of villages) {
      const p = em.create(Pairing, {
        kind: PairingKind.DESIGNATED,
        helperOrganizationId: org.id,
        helpedRegionCode: v.code,
        regionCode: v.code,
        sideKey: `DESIGNATED||${org.id}|${v.code}|`,
        startDate: '2024-01-01',
      });
      em.persist(p);
      for (let i = 0; i < 3; i++) {
        em.persist(
          em.create(CooperationProject, {
            pairingId: p.id,
            countyCode: v.code.slice(0, 6),
            regionCode: v.code.slice(0, 6),
            name: `定点帮扶项目 ${v.code}-${i}`,
            category: CooperationCategory.OTHER,
            year: 2024,
            plannedFunds: 100_00,
          }),
        );
      }
    }
    await em.flush();
    orgId = org.id;
  });
  afterAll(async () => s?.close());

  test('given 200 pairings, when listing 10 or 200 with projects, counties, chains and history, then both run the same number of SQL statements', async () => {
    const ten = await s.gql(LIST, { n: 10, org: orgId }, admin);
    const all = await s.gql(LIST, { n: 200, org: orgId }, admin);
    expect(ok(ten).pairings.nodes).toHaveLength(10);
    expect(ok(all).pairings.nodes).toHaveLength(200);
    expect(all.data.pairings.nodes[199].projects.totalCount).toBe(3);
    expect(all.data.pairings.nodes[199].projects.nodes[0].county.code).toHaveLength(6);
    expect(all.data.pairings.nodes[5].chain).toHaveLength(1);
    expect(Number.isFinite(ten.statements)).toBe(true);
    expect(all.statements).toBe(ten.statements);
  });
});
