import { startTestServer, expectError, ok } from '../support/server';
import type { TestServer } from '../support/server';
import {
  LONG_SESSIONS,
  advanceTo,
  apply,
  createPerson,
  levelTokens,
  openPost,
  organizationId,
  transitionPlacement,
  villages,
} from './helpers';

jest.setTimeout(300_000);

const ROLLUP = `query($r: String!, $y: Int!, $m: Int) { welfareRollup(regionCode: $r, year: $y, month: $m) {
  regionCode period posts places filledPlaces vacantPlaces onPost povertyExitedOnPost povertyExitedShare subsidyCalculated subsidyPaid
  placementsByStatus { status count } placementsByPriority { category count } } }`;

function asMap<T extends { count: number }>(list: T[], key: keyof T): Record<string, number> {
  return Object.fromEntries(list.filter((x) => x.count).map((x) => [String(x[key]), x.count]));
}

describe('welfare rollup', () => {
  let s: TestServer;
  let county: string;
  let village: string;

  /*
   * Village V, 2026 (hand-computed):
   *   P1 headcount 3, 600.00/month, OPEN: a POVERTY_EXITED ONBOARDED from 03-01; b MONITORED ONBOARDED 05-01 … EXITED 06-30;
   *      c POVERTY_EXITED APPROVED; d OTHER REJECTED.
   *   P2 headcount 2, 500.00/month, OPEN: e POVERTY_EXITED APPLIED; f LOW_INCOME ONBOARDED from 04-01.
   *   P3 headcount 4, DRAFT: not counted.
   *   posts 2, places 5, filled (APPROVED+ONBOARDED: a, c, f) 3, vacant 2.
   *   On post in 2026: a, b, f → 3, of whom poverty-exited 1 → 33.3%. In March: a only → 100.0%.
   *   Payroll March: a 600.00. Payroll May: a 600.00 + b 600.00 + f 500.00. Calculated 2300.00; a’s March paid → 600.00.
   */
  beforeAll(async () => {
    s = await startTestServer(LONG_SESSIONS);
    county = await s.login('demo.county');
    const org = await organizationId(s, county);
    [village] = await villages(s, county, '620422100', 1);
    const p1 = await openPost(s, county, {
      villageCode: village,
      organizationId: org,
      headcount: 3,
      monthlySubsidy: '600.00',
      termStart: '2026-01-01',
      termEnd: '2026-12-31',
    });
    const p2 = await openPost(s, county, {
      villageCode: village,
      organizationId: org,
      headcount: 2,
      monthlySubsidy: '500.00',
      type: 'ELDERLY_CARE',
      title: '养老服务员',
    });
    await openPost(s, county, { villageCode: village, organizationId: org, headcount: 4 }, false);

    const person = (spec: Partial<Parameters<typeof createPerson>[2]> = {}) => createPerson(s, county, { villageCode: village, ...spec });
    const a = await apply(s, county, p1, await person());
    await advanceTo(s, county, a.id, 'ONBOARDED', { agreementNumber: 'A', startDate: '2026-03-01' });
    const b = await apply(s, county, p1, await person({ householdCategory: 'MONITORED', monitoringType: 'SUDDEN_HARDSHIP' }));
    const bOn = await advanceTo(s, county, b.id, 'ONBOARDED', { agreementNumber: 'B', startDate: '2026-05-01' });
    ok(
      await transitionPlacement(s, (await levelTokens(s, village)).township, b.id, 'EXIT', bOn.version, '聘期调整', {
        exitReason: 'TERM_ENDED',
        exitDate: '2026-06-30',
      }),
    );
    const c = await apply(s, county, p1, await person());
    await advanceTo(s, county, c.id, 'APPROVED');
    const d = await apply(s, county, p1, await person({ householdCategory: 'ORDINARY' }));
    ok(await transitionPlacement(s, (await levelTokens(s, village)).village, d.id, 'REJECT', d.version, '评议未通过'));
    await apply(s, county, p2, await person());
    const f = await apply(s, county, p2, await person({ householdCategory: 'ORDINARY', minimumLiving: true }));
    expect(f.priorityCategory).toBe('LOW_INCOME');
    await advanceTo(s, county, f.id, 'ONBOARDED', { agreementNumber: 'F', startDate: '2026-04-01' });

    ok(await s.gql('mutation { generateSubsidyPayroll(countyCode: "620422", month: "2026-03") { created } }', {}, county));
    ok(await s.gql('mutation { generateSubsidyPayroll(countyCode: "620422", month: "2026-05") { created } }', {}, county));
    const march = ok(
      await s.gql(
        'query($id: ID!) { jobPlacement(id: $id) { subsidyPayments(filter: { month: { eq: "2026-03" } }) { nodes { id version } } } }',
        { id: a.id },
        county,
      ),
    ).jobPlacement.subsidyPayments.nodes[0];
    const assessed = ok(
      await s.gql(
        'mutation($id: ID!, $v: Int!) { recordSubsidyAssessment(id: $id, assessment: PASS, expectedVersion: $v) { version } }',
        { id: march.id, v: march.version },
        county,
      ),
    ).recordSubsidyAssessment;
    const approved = ok(
      await s.gql(
        'mutation($id: ID!, $v: Int!) { transitionSubsidyPayment(id: $id, action: APPROVE, expectedVersion: $v) { version } }',
        { id: march.id, v: assessed.version },
        county,
      ),
    ).transitionSubsidyPayment;
    ok(
      await s.gql(
        'mutation($id: ID!, $v: Int!) { transitionSubsidyPayment(id: $id, action: PAY, expectedVersion: $v, payload: { paidDate: "2026-04-10", paymentReference: "R-1" }) { status } }',
        { id: march.id, v: approved.version },
        county,
      ),
    );
  });
  afterAll(async () => {
    await s?.close();
  });

  test('given the village’s posts and placements, when the year is rolled up, then every figure matches the hand count', async () => {
    const r = ok(await s.gql(ROLLUP, { r: village, y: 2026 }, county)).welfareRollup;
    expect(r).toMatchObject({
      regionCode: village,
      period: '2026',
      posts: 2,
      places: 5,
      filledPlaces: 3,
      vacantPlaces: 2,
      onPost: 3,
      povertyExitedOnPost: 1,
      povertyExitedShare: 33.3,
      subsidyCalculated: '2300.00',
      subsidyPaid: '600.00',
    });
    expect(asMap(r.placementsByStatus, 'status')).toEqual({ APPLIED: 1, APPROVED: 1, ONBOARDED: 2, EXITED: 1, REJECTED: 1 });
    expect(asMap(r.placementsByPriority, 'category')).toEqual({ POVERTY_EXITED: 3, MONITORED: 1, LOW_INCOME: 1, OTHER: 1 });
  });

  test('given one month, when it is rolled up, then on-post and subsidy figures cover that month only', async () => {
    const march = ok(await s.gql(ROLLUP, { r: village, y: 2026, m: 3 }, county)).welfareRollup;
    expect(march).toMatchObject({
      period: '2026-03',
      posts: 2,
      places: 5,
      onPost: 1,
      povertyExitedOnPost: 1,
      povertyExitedShare: 100,
      subsidyCalculated: '600.00',
      subsidyPaid: '600.00',
    });
    const may = ok(await s.gql(ROLLUP, { r: village, y: 2026, m: 5 }, county)).welfareRollup;
    expect(may).toMatchObject({ onPost: 3, povertyExitedOnPost: 1, subsidyCalculated: '1700.00', subsidyPaid: '0.00' });
    const lastYear = ok(await s.gql(ROLLUP, { r: village, y: 2025 }, county)).welfareRollup;
    expect(lastYear).toMatchObject({ posts: 0, places: 0, onPost: 0, povertyExitedShare: null, subsidyCalculated: '0.00' });
  });

  test('given the county level, when rolled up, then it includes the village and is scoped by jurisdiction', async () => {
    const village2026 = ok(await s.gql(ROLLUP, { r: village, y: 2026 }, county)).welfareRollup;
    const whole = ok(await s.gql(ROLLUP, { r: '620422', y: 2026 }, county)).welfareRollup;
    expect(whole.posts).toBeGreaterThanOrEqual(village2026.posts);
    expect(whole.places).toBeGreaterThanOrEqual(village2026.places);
    const township = await s.login('demo.township');
    expectError(await s.gql(ROLLUP, { r: '620422', y: 2026 }, township), 'FORBIDDEN');
    const own = ok(await s.gql(ROLLUP, { r: village, y: 2026 }, township)).welfareRollup;
    expect(own).toEqual(village2026);
    expectError(await s.gql(ROLLUP, { r: '62042', y: 2026 }, county), 'BAD_USER_INPUT');
  });

  test('given a rollup read twice, then the second is served without SQL; after a placement goes on post or leaves through the API, the next rollup counts it at once', async () => {
    const october = await s.gql(ROLLUP, { r: village, y: 2026, m: 10 }, county);
    const octoberAgain = await s.gql(ROLLUP, { r: village, y: 2026, m: 10 }, county);
    expect(octoberAgain.data).toEqual(october.data);
    // Computed: authentication, then posts, placements and subsidies. Cached: authentication only.
    expect(october.statements).toBe(4);
    expect(octoberAgain.statements).toBe(1);
    const before = await s.gql(ROLLUP, { r: village, y: 2026 }, county);

    const org = await organizationId(s, county);
    const post = await openPost(s, county, {
      villageCode: village,
      organizationId: org,
      headcount: 1,
      monthlySubsidy: '400.00',
      termStart: '2026-01-01',
      termEnd: '2026-12-31',
    });
    const afterPost = ok(await s.gql(ROLLUP, { r: village, y: 2026 }, county)).welfareRollup;
    expect(afterPost).toMatchObject({
      posts: before.data.welfareRollup.posts + 1,
      places: before.data.welfareRollup.places + 1,
      onPost: before.data.welfareRollup.onPost,
    });
    const g = await apply(s, county, post, await createPerson(s, county, { villageCode: village }));
    const onboarded = await advanceTo(s, county, g.id, 'ONBOARDED', { agreementNumber: 'G', startDate: '2026-07-01' });
    const afterOnboard = ok(await s.gql(ROLLUP, { r: village, y: 2026 }, county)).welfareRollup;
    expect(afterOnboard).toMatchObject({
      onPost: before.data.welfareRollup.onPost + 1,
      filledPlaces: before.data.welfareRollup.filledPlaces + 1,
      povertyExitedOnPost: before.data.welfareRollup.povertyExitedOnPost + 1,
    });
    // The county's rollup, cached before, follows too: every key depends on the same records.
    const countyAfter = ok(await s.gql(ROLLUP, { r: '620422', y: 2026 }, county)).welfareRollup;
    expect(countyAfter.onPost).toBeGreaterThanOrEqual(afterOnboard.onPost);
    ok(
      await transitionPlacement(s, (await levelTokens(s, village)).township, g.id, 'EXIT', onboarded.version, '个人原因', {
        exitReason: 'VOLUNTARY',
        exitDate: '2026-07-31',
      }),
    );
    const afterExit = ok(await s.gql(ROLLUP, { r: village, y: 2026, m: 8 }, county)).welfareRollup;
    const augustBefore = ok(await s.gql(ROLLUP, { r: village, y: 2026, m: 8 }, county)).welfareRollup;
    expect(augustBefore).toEqual(afterExit);
    expect(afterExit.placementsByStatus.find((x: { status: string }) => x.status === 'EXITED').count).toBe(2);
  });
});
