import { startTestServer, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { LONG_SESSIONS, apply, createPerson, openPost, organizationId, villages } from './helpers';

jest.setTimeout(600_000);

const QUERY = `query($n: Int!, $v: String!) { welfarePosts(first: $n, filter: { village: { eq: $v } }) {
  totalCount
  nodes {
    id title status filledPlaces vacantPlaces
    village { code name }
    developingOrganization { name }
    availableActions { action }
    history { action }
    placements(first: 5) {
      totalCount
      nodes {
        id status priorityCategory
        person { name idNumber }
        post { title }
        availableActions { action label }
        history { action }
        subsidyPayments { totalCount nodes { month amount } }
      }
    }
  }
} }`;

describe('welfare read path statement counts', () => {
  let s: TestServer;
  let county: string;
  let village: string;

  beforeAll(async () => {
    s = await startTestServer(LONG_SESSIONS);
    county = await s.login('demo.county');
    const org = await organizationId(s, county);
    [village] = await villages(s, county, '620422103', 1);
    const people = [];
    for (let i = 0; i < 2; i++) people.push(await createPerson(s, county, { villageCode: village }));
    for (let i = 0; i < 200; i++) {
      const post = await openPost(s, county, { villageCode: village, organizationId: org, title: `岗位${i}` });
      for (const p of people) await apply(s, county, post, p);
    }
  });
  afterAll(async () => {
    await s?.close();
  });

  test('given 200 posts with placements and persons, when 10 or 200 are listed with every relation, then the statement count is the same', async () => {
    const small = await s.gql(QUERY, { n: 10, v: village }, county);
    const large = await s.gql(QUERY, { n: 200, v: village }, county);
    expect(ok(small).welfarePosts.nodes).toHaveLength(10);
    expect(ok(large).welfarePosts.nodes).toHaveLength(200);
    expect(large.data.welfarePosts.nodes[199].placements.nodes).toHaveLength(2);
    expect(large.data.welfarePosts.nodes[0].placements.nodes[0].person.name).toMatch(/^测试/);
    expect(large.data.welfarePosts.nodes[0].placements.nodes[0].person.idNumber).toMatch(/\*/);
    expect(Number.isFinite(small.statements)).toBe(true);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeLessThan(20);
  });
});
