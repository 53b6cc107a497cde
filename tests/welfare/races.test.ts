import { startTestServer, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';
import {
  DAY,
  LONG_SESSIONS,
  apply,
  createPerson,
  getPlacement,
  levelTokens,
  openPost,
  organizationId,
  transitionPlacement,
  villages,
} from './helpers';

jest.setTimeout(300_000);

/** Brings placements of one village to TOWNSHIP_REVIEWED with one clock jump for the whole batch, each step by its level's account. */
async function toTownshipReviewed(s: TestServer, village: string, ids: string[]): Promise<Map<string, number>> {
  const by = await levelTokens(s, village);
  const versions = new Map<string, number>();
  for (const id of ids) {
    let p = ok(await transitionPlacement(s, by.village, id, 'VILLAGE_APPROVE', 1)).transitionJobPlacement;
    p = ok(await transitionPlacement(s, by.village, id, 'PUBLICIZE', p.version)).transitionJobPlacement;
    versions.set(id, p.version);
  }
  clock.advance(6 * DAY);
  for (const id of ids) {
    const p = ok(await transitionPlacement(s, by.township, id, 'TOWNSHIP_APPROVE', versions.get(id)!)).transitionJobPlacement;
    versions.set(id, p.version);
  }
  return versions;
}

describe('welfare approvals under races', () => {
  let s: TestServer;
  let county: string;
  let org: string;
  let village: string;

  beforeAll(async () => {
    s = await startTestServer(LONG_SESSIONS);
    county = await s.login('demo.county');
    org = await organizationId(s, county);
    [village] = await villages(s, county, '620422101', 1);
  });
  afterAll(async () => {
    await s?.close();
  });

  test('given 20 applicants for 3 places, when 20 county approvals race, then exactly 3 are approved and the rest are refused as HEADCOUNT_FULL', async () => {
    const postId = await openPost(s, county, { villageCode: village, organizationId: org, headcount: 3 });
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await apply(s, county, postId, await createPerson(s, county, { villageCode: village }))).id);
    const versions = await toTownshipReviewed(s, village, ids);

    const results = await Promise.all(ids.map((id) => transitionPlacement(s, county, id, 'COUNTY_APPROVE', versions.get(id)!, '县级审批')));
    const succeeded = results.filter((r) => !r.errors && r.data?.transitionJobPlacement?.status === 'APPROVED');
    const refused = results.filter((r) => r.errors);
    expect(succeeded).toHaveLength(3);
    expect(refused).toHaveLength(17);
    for (const r of refused) expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'HEADCOUNT_FULL' });

    const approved = ok(
      await s.gql(
        'query($p: ID!) { jobPlacements(first: 50, filter: { post: { eq: $p }, status: { eq: APPROVED } }) { totalCount } }',
        { p: postId },
        county,
      ),
    );
    expect(approved.jobPlacements.totalCount).toBe(3);
    const post = ok(await s.gql('query($id: ID!) { welfarePost(id: $id) { filledPlaces vacantPlaces } }', { id: postId }, county));
    expect(post.welfarePost).toEqual({ filledPlaces: 3, vacantPlaces: 0 });
    // Refused approvals left no history behind.
    const steps = await s
      .em()
      .getConnection()
      .execute(
        `select count(*) as c from workflow_step where action = 'COUNTY_APPROVE' and entity_id in (${ids.map(() => '?').join(',')})`,
        ids,
      );
    expect(Number(steps[0].c)).toBe(3);
  });

  test('given one placement, when two approvals with the same expectedVersion race, then one succeeds, one gets CONFLICT and there is one history row', async () => {
    const postId = await openPost(s, county, { villageCode: village, organizationId: org, headcount: 5 });
    const id = (await apply(s, county, postId, await createPerson(s, county, { villageCode: village }))).id;
    const versions = await toTownshipReviewed(s, village, [id]);
    const results = await Promise.all([1, 2].map(() => transitionPlacement(s, county, id, 'COUNTY_APPROVE', versions.get(id)!)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const failed = results.filter((r) => r.errors);
    expect(failed).toHaveLength(1);
    expect(failed[0].errors![0].extensions?.code).toBe('CONFLICT');
    const p = await getPlacement(s, county, id);
    expect(p.status).toBe('APPROVED');
    expect(p.history.filter((h: { action: string }) => h.action === 'COUNTY_APPROVE')).toHaveLength(1);
  });

  test('given one person applying to two posts, when both approvals race, then only one placement becomes active', async () => {
    const postA = await openPost(s, county, {
      villageCode: village,
      organizationId: org,
      headcount: 5,
      title: '护路员',
      type: 'ROAD_MAINTENANCE',
    });
    const postB = await openPost(s, county, {
      villageCode: village,
      organizationId: org,
      headcount: 5,
      title: '水管员',
      type: 'WATER_MANAGEMENT',
    });
    const person = await createPerson(s, county, { villageCode: village });
    const a = (await apply(s, county, postA, person)).id;
    const b = (await apply(s, county, postB, person)).id;
    const versions = await toTownshipReviewed(s, village, [a, b]);
    const results = await Promise.all([a, b].map((id) => transitionPlacement(s, county, id, 'COUNTY_APPROVE', versions.get(id)!)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const failed = results.find((r) => r.errors)!;
    expect(failed.errors![0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'ALREADY_ACTIVE' });
    const active = ok(
      await s.gql(
        'query($p: ID!) { jobPlacements(filter: { person: { eq: $p }, status: { in: [APPROVED, ONBOARDED] } }) { totalCount } }',
        { p: person },
        county,
      ),
    );
    expect(active.jobPlacements.totalCount).toBe(1);
  });
});
