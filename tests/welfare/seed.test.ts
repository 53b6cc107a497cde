import { startTestServer, ok } from '../support/server';
import type { TestServer } from '../support/server';

jest.setTimeout(300_000);

describe('welfare demo data', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s?.close();
  });

  test('given a fresh demo database, when the province looks at welfare, then there are posts of every type in the three Baiyin counties and placements in every state with consistent history', async () => {
    const province = await s.login('demo.province');
    const posts = ok(
      await s.gql('{ welfarePosts(first: 100) { totalCount nodes { type status villageCode } } }', {}, province),
    ).welfarePosts;
    const types = new Set(posts.nodes.filter((p: { status: string }) => p.status !== 'DRAFT').map((p: { type: string }) => p.type));
    expect([...types].sort()).toEqual([
      'ASSET_CARETAKER',
      'CLEANING',
      'ELDERLY_CARE',
      'FOREST_RANGER',
      'OTHER',
      'RIVER_PATROL',
      'ROAD_MAINTENANCE',
      'SECURITY_PATROL',
      'TRAFFIC_ASSISTANT',
      'WATER_MANAGEMENT',
    ]);
    expect(new Set(posts.nodes.map((p: { villageCode: string }) => p.villageCode.slice(0, 6)))).toEqual(
      new Set(['620422', '620421', '620423']),
    );
    expect(new Set(posts.nodes.map((p: { status: string }) => p.status))).toEqual(new Set(['DRAFT', 'OPEN', 'CLOSED']));

    const placements = ok(await s.gql('{ jobPlacements(first: 200) { nodes { status regionCode history { toStatus } } } }', {}, province))
      .jobPlacements.nodes;
    for (const county of ['620422', '620421', '620423']) {
      const statuses = new Set(
        placements.filter((p: { regionCode: string }) => p.regionCode.startsWith(county)).map((p: { status: string }) => p.status),
      );
      expect([...statuses].sort()).toEqual([
        'APPLIED',
        'APPROVED',
        'EXITED',
        'ONBOARDED',
        'PUBLICIZING',
        'REJECTED',
        'TOWNSHIP_REVIEWED',
        'VILLAGE_REVIEWED',
        'WITHDRAWN',
      ]);
    }
    for (const p of placements) {
      const last = p.history[p.history.length - 1];
      expect(last?.toStatus ?? 'APPLIED').toBe(p.status);
    }

    const payments = ok(await s.gql('{ subsidyPayments(first: 200) { totalCount nodes { status } } }', {}, province)).subsidyPayments;
    expect(payments.totalCount).toBeGreaterThan(0);
    expect(new Set(payments.nodes.map((p: { status: string }) => p.status))).toEqual(new Set(['CALCULATED', 'APPROVED', 'PAID']));

    // The county officer has approvals waiting in the shared inbox.
    const county = await s.login('demo.county');
    const inbox = ok(await s.gql('{ myPendingApprovals { entity status actions } }', {}, county)).myPendingApprovals;
    expect(
      inbox.some((i: { entity: string; actions: string[] }) => i.entity === 'JobPlacement' && i.actions.includes('COUNTY_APPROVE')),
    ).toBe(true);
  });
});
