import { startTestServer, expectError, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';
import { User } from '../../server/src/modules/identity/identity.entity';
import { hashPassword } from '../../server/src/modules/identity/identity.service';
import { DEMO_VILLAGE } from '../../seeds/demo.seeder';
import { DAY, LONG_SESSIONS, apply, createPerson, getPlacement, openPost, organizationId, transitionPlacement } from '../welfare/helpers';

jest.setTimeout(300_000);

/*
 * Review levels and separation of duties, walked with the demo accounts of each level: the placement
 * chain by demo.village → demo.township → demo.county (会宁县会师镇东山根社区), product certification
 * and cooperation projects by demo.im.county → demo.im.province (乌拉特中旗). First as configured by
 * default (no delegation), then with WORKFLOW_DELEGATION letting higher levels act for lower ones.
 */

const ACTIONS = 'query($id: ID!) { jobPlacement(id: $id) { availableActions { action } } }';
const PENDING = '{ myPendingApprovals(first: 500) { entity id actions } myPendingApprovalCount }';
const HISTORY = 'query($id: ID!) { jobPlacement(id: $id) { version status history { action actorName actedFor } } }';

const usernameOf = (actorName: string) => actorName.replace(/^.*\((.*)\)$/, '$1');

async function actions(s: TestServer, token: string, id: string): Promise<string[]> {
  return ok(await s.gql(ACTIONS, { id }, token)).jobPlacement.availableActions.map((a: { action: string }) => a.action);
}

async function pending(
  s: TestServer,
  token: string,
): Promise<{ items: { entity: string; id: string; actions: string[] }[]; count: number }> {
  const r = ok(await s.gql(PENDING, {}, token));
  return { items: r.myPendingApprovals, count: r.myPendingApprovalCount };
}

/** A second officer of the same level and area (made in the database: there is one demo account per level). */
async function colleague(s: TestServer, username: string, role: string, regionCode: string, organization: string): Promise<string> {
  const em = s.em();
  const org =
    ok(
      await s.gql(
        'query($n: String!) { organizations(filter: { name: { eq: $n } }) { nodes { id } } }',
        { n: organization },
        await s.login('demo.province'),
      ),
    ).organizations.nodes[0]?.id ?? null;
  em.persist(
    em.create(User, {
      username,
      displayName: `${username}（测试）`,
      roles: [role],
      regionCode,
      organizationId: org,
      passwordHash: await hashPassword('Demo#2025'),
    } as never),
  );
  await em.flush();
  return s.login(username);
}

describe('review levels as configured by default (no delegation)', () => {
  let s: TestServer;
  let village: string;
  let township: string;
  let county: string;
  let province: string;
  let org: string;

  beforeAll(async () => {
    s = await startTestServer(LONG_SESSIONS);
    village = await s.login('demo.village');
    township = await s.login('demo.township');
    county = await s.login('demo.county');
    province = await s.login('demo.province');
    org = await organizationId(s, county);
  });
  afterAll(async () => {
    await s?.close();
  });

  test('given a placement in the demo village, when village operator, township officer and county officer each take their step, then every other level is refused and each sees only its own buttons and inbox', async () => {
    const post = await openPost(s, township, { villageCode: DEMO_VILLAGE, organizationId: org });
    const person = await createPerson(s, village, { villageCode: DEMO_VILLAGE });
    let p = await apply(s, village, post, person);

    // APPLIED: the village's review.
    expect(await actions(s, village, p.id)).toEqual(['VILLAGE_APPROVE', 'REJECT', 'WITHDRAW']);
    expect(await actions(s, township, p.id)).toEqual(['WITHDRAW']);
    expect(await actions(s, county, p.id)).toEqual(['WITHDRAW']);
    expect(await actions(s, province, p.id)).toEqual([]);
    expect((await pending(s, village)).items.map((i) => i.id)).toContain(p.id);
    expect((await pending(s, county)).items.map((i) => i.id)).not.toContain(p.id);
    const byCounty = expectError(await transitionPlacement(s, county, p.id, 'VILLAGE_APPROVE', p.version, '越级评议'), 'FORBIDDEN');
    expect(byCounty.extensions).toMatchObject({ rule: 'REVIEW_LEVEL', yourLevel: 'COUNTY', levels: ['VILLAGE'] });
    expect(byCounty.message).toMatch(/^「村级评议通过」须由村级用户办理.*\(VILLAGE_APPROVE is taken at VILLAGE level/);
    expect(expectError(await transitionPlacement(s, township, p.id, 'REJECT', p.version, '越级驳回'), 'FORBIDDEN').extensions?.rule).toBe(
      'REVIEW_LEVEL',
    );
    expect(await getPlacement(s, county, p.id)).toMatchObject({ status: 'APPLIED', version: p.version, history: [] });
    p = ok(await transitionPlacement(s, village, p.id, 'VILLAGE_APPROVE', p.version, '村民代表会议评议通过')).transitionJobPlacement;

    // VILLAGE_REVIEWED: the village posts the notice (its committee publishes it).
    expect(await actions(s, village, p.id)).toEqual(['PUBLICIZE', 'REJECT', 'WITHDRAW']);
    expect(await actions(s, township, p.id)).toEqual(['WITHDRAW']);
    for (const token of [township, county])
      expect(expectError(await transitionPlacement(s, token, p.id, 'PUBLICIZE', p.version), 'FORBIDDEN').extensions?.rule).toBe(
        'REVIEW_LEVEL',
      );
    p = ok(await transitionPlacement(s, village, p.id, 'PUBLICIZE', p.version)).transitionJobPlacement;

    // PUBLICIZING, period over: the township's review.
    clock.advance(6 * DAY);
    expect(expectError(await transitionPlacement(s, county, p.id, 'TOWNSHIP_APPROVE', p.version), 'FORBIDDEN').extensions?.rule).toBe(
      'REVIEW_LEVEL',
    );
    expect(expectError(await transitionPlacement(s, village, p.id, 'REJECT', p.version, '村里驳回'), 'FORBIDDEN').extensions?.rule).toBe(
      'REVIEW_LEVEL',
    );
    expect((await pending(s, township)).items.find((i) => i.id === p.id)?.actions).toEqual(['TOWNSHIP_APPROVE', 'REJECT']);
    p = ok(await transitionPlacement(s, township, p.id, 'TOWNSHIP_APPROVE', p.version, '乡镇审核同意')).transitionJobPlacement;

    // TOWNSHIP_REVIEWED: the county's approval.
    expect(await actions(s, township, p.id)).toEqual(['WITHDRAW']);
    expect(await actions(s, county, p.id)).toEqual(['COUNTY_APPROVE', 'REJECT', 'WITHDRAW']);
    expect(expectError(await transitionPlacement(s, township, p.id, 'REJECT', p.version, '乡镇驳回'), 'FORBIDDEN').extensions?.rule).toBe(
      'REVIEW_LEVEL',
    );
    const countyInbox = await pending(s, county);
    expect(countyInbox.items.find((i) => i.id === p.id)?.actions).toEqual(['COUNTY_APPROVE', 'REJECT']);
    expect((await pending(s, township)).items.map((i) => i.id)).not.toContain(p.id);
    p = ok(await transitionPlacement(s, county, p.id, 'COUNTY_APPROVE', p.version, '县级审批同意')).transitionJobPlacement;
    expect(p.status).toBe('APPROVED');
    expect((await pending(s, county)).count).toBe(countyInbox.count - 1);

    const done = ok(await s.gql(HISTORY, { id: p.id }, county)).jobPlacement;
    expect(
      done.history.map((h: { action: string; actorName: string; actedFor: string | null }) => [
        h.action,
        usernameOf(h.actorName),
        h.actedFor,
      ]),
    ).toEqual([
      ['VILLAGE_APPROVE', 'demo.village', null],
      ['PUBLICIZE', 'demo.village', null],
      ['TOWNSHIP_APPROVE', 'demo.township', null],
      ['COUNTY_APPROVE', 'demo.county', null],
    ]);
  });

  test('given the demo data, when its history is read, then every seeded placement step names an account of that step’s level in the record’s area, never an anonymous seed', async () => {
    const conn = s.em().getConnection();
    expect(
      Number(
        (await conn.execute(`select count(*) as c from workflow_step where actor_name like '%演示数据%' or actor_name like '%seed%'`))[0].c,
      ),
    ).toBe(0);
    const rows: { action: string; username: string; user_region: string; record_region: string }[] = await conn.execute(
      `select ws.action, u.username, u.region_code as user_region, p.region_code as record_region
         from workflow_step ws join app_user u on u.id = ws.actor_id join job_placement p on p.id = ws.entity_id
        where ws.workflow = 'JobPlacement'`,
    );
    expect(rows.length).toBeGreaterThan(50);
    const LENGTH: Record<string, number> = {
      VILLAGE_APPROVE: 12,
      PUBLICIZE: 12,
      WITHDRAW: 12,
      TOWNSHIP_APPROVE: 9,
      REJECT: 9,
      ONBOARD: 9,
      EXIT: 9,
      COUNTY_APPROVE: 6,
    };
    const wrong = rows.filter(
      (r) => r.action in LENGTH && (r.user_region.length !== LENGTH[r.action] || !r.record_region.startsWith(r.user_region)),
    );
    expect(wrong).toEqual([]);
    // In 会宁's demo village the listed demo accounts wrote it.
    const huining = new Set(rows.filter((r) => r.record_region === DEMO_VILLAGE).map((r) => `${r.action}:${r.username}`));
    expect([...huining].sort()).toEqual(
      expect.arrayContaining([
        'COUNTY_APPROVE:demo.county',
        'PUBLICIZE:demo.village',
        'TOWNSHIP_APPROVE:demo.township',
        'VILLAGE_APPROVE:demo.village',
      ]),
    );
  });

  test('given a product and a project in 乌拉特中旗, when the province tries the county step, then REVIEW_LEVEL; the county recommends and submits', async () => {
    const imProvince = await s.login('demo.im.province');
    const imCounty = await s.login('demo.im.county');
    const supplier = ok(
      await s.gql('{ organizations(filter: { name: { eq: "乌拉特中旗牧民肉羊合作社" } }) { nodes { id } } }', {}, imCounty),
    ).organizations.nodes[0].id;
    let product = ok(
      await s.gql(
        'mutation($i: CreateAssistanceProductInput!) { createAssistanceProduct(input: $i) { id version } }',
        {
          i: {
            name: '乌拉特中旗羊肚菌',
            category: 'SPECIALTY',
            countyCode: '150824',
            supplierId: supplier,
            unit: '千克',
            price: '120.00',
            householdsLinked: 12,
          },
        },
        imCounty,
      ),
    ).createAssistanceProduct;
    const MOVE =
      'mutation($id: ID!, $a: ProductAction!, $v: Int!) { transitionAssistanceProduct(id: $id, action: $a, expectedVersion: $v) { id version status availableActions { action } } }';
    product = ok(await s.gql(MOVE, { id: product.id, a: 'SUBMIT', v: product.version }, imCounty)).transitionAssistanceProduct;
    expect(product.availableActions.map((a: { action: string }) => a.action)).toEqual(['RECOMMEND', 'REJECT']);
    expect(
      expectError(await s.gql(MOVE, { id: product.id, a: 'RECOMMEND', v: product.version }, imProvince), 'FORBIDDEN').extensions,
    ).toMatchObject({ rule: 'REVIEW_LEVEL', yourLevel: 'PROVINCE' });
    product = ok(await s.gql(MOVE, { id: product.id, a: 'RECOMMEND', v: product.version }, imCounty)).transitionAssistanceProduct;
    expect(product.status).toBe('COUNTY_RECOMMENDED');
    expect(
      expectError(await s.gql(MOVE, { id: product.id, a: 'PUBLICIZE', v: product.version }, imCounty), 'FORBIDDEN').extensions?.permission,
    ).toBe('consumption.certify');

    const pairing = ok(
      await s.gql(
        'mutation { createPairing(input: { kind: EAST_WEST, helperRegionCode: "110116", helpedRegionCode: "150824", startDate: "2025-01-01" }) { id } }',
        {},
        imProvince,
      ),
    ).createPairing.id;
    let project = ok(
      await s.gql(
        'mutation($i: CreateCooperationProjectInput!) { createCooperationProject(input: $i) { id version } }',
        {
          i: {
            pairingId: pairing,
            countyCode: '150824',
            name: '乌拉特中旗冷链仓储项目',
            category: 'INDUSTRY',
            year: 2025,
            plannedFunds: '300.00',
          },
        },
        imCounty,
      ),
    ).createCooperationProject;
    const PMOVE =
      'mutation($id: ID!, $a: CooperationProjectAction!, $v: Int!) { transitionCooperationProject(id: $id, action: $a, expectedVersion: $v) { id version status } }';
    expect(
      expectError(await s.gql(PMOVE, { id: project.id, a: 'SUBMIT', v: project.version }, imProvince), 'FORBIDDEN').extensions?.rule,
    ).toBe('REVIEW_LEVEL');
    project = ok(await s.gql(PMOVE, { id: project.id, a: 'SUBMIT', v: project.version }, imCounty)).transitionCooperationProject;
    project = ok(await s.gql(PMOVE, { id: project.id, a: 'APPROVE', v: project.version }, imProvince)).transitionCooperationProject;
    expect(project.status).toBe('APPROVED');
  });
});

describe('review levels with WORKFLOW_DELEGATION=COUNTY>TOWNSHIP,COUNTY>VILLAGE,PROVINCE>COUNTY', () => {
  let s: TestServer;
  let village: string;
  let township: string;
  let county: string;
  let org: string;

  beforeAll(async () => {
    s = await startTestServer({ ...LONG_SESSIONS, WORKFLOW_DELEGATION: 'COUNTY>TOWNSHIP,COUNTY>VILLAGE,PROVINCE>COUNTY' });
    village = await s.login('demo.village');
    township = await s.login('demo.township');
    county = await s.login('demo.county');
    org = await organizationId(s, county);
  });
  afterAll(async () => {
    await s?.close();
  });

  async function placement(): Promise<{ id: string; version: number }> {
    const post = await openPost(s, township, { villageCode: DEMO_VILLAGE, organizationId: org });
    return apply(s, village, post, await createPerson(s, village, { villageCode: DEMO_VILLAGE }));
  }

  test('given delegation, when the county takes the village review, then it is recorded as actedFor VILLAGE and the same person is refused every later review (SAME_REVIEWER)', async () => {
    let p = await placement();
    expect(await actions(s, county, p.id)).toEqual(['VILLAGE_APPROVE', 'REJECT', 'WITHDRAW']);
    p = ok(await transitionPlacement(s, county, p.id, 'VILLAGE_APPROVE', p.version, '县里代村评议')).transitionJobPlacement;
    p = ok(await transitionPlacement(s, county, p.id, 'PUBLICIZE', p.version)).transitionJobPlacement;
    clock.advance(6 * DAY);

    // The township review: not for the person who took the village review, though delegation allows the level.
    expect(await actions(s, county, p.id)).toEqual(['WITHDRAW']);
    expect((await pending(s, county)).items.map((i) => i.id)).not.toContain(p.id);
    const twice = expectError(await transitionPlacement(s, county, p.id, 'TOWNSHIP_APPROVE', p.version, '县里代乡镇审核'), 'CONFLICT');
    expect(twice.extensions).toMatchObject({ rule: 'SAME_REVIEWER', earlierAction: 'VILLAGE_APPROVE' });
    expect(twice.message).toMatch(/^同一人不能办理同一记录的两个审核环节.*\(separation of duties/);
    expect(
      expectError(await transitionPlacement(s, county, p.id, 'REJECT', p.version, '县里代乡镇驳回'), 'CONFLICT').extensions?.rule,
    ).toBe('SAME_REVIEWER');
    expect(await actions(s, township, p.id)).toEqual(['TOWNSHIP_APPROVE', 'REJECT', 'WITHDRAW']);
    p = ok(await transitionPlacement(s, township, p.id, 'TOWNSHIP_APPROVE', p.version, '乡镇审核同意')).transitionJobPlacement;

    // The county approval: the same county officer is still barred; a colleague at the county approves.
    expect(await actions(s, county, p.id)).toEqual(['WITHDRAW']);
    expect(expectError(await transitionPlacement(s, county, p.id, 'COUNTY_APPROVE', p.version), 'CONFLICT').extensions?.rule).toBe(
      'SAME_REVIEWER',
    );
    const colleagueToken = await colleague(s, 'test.county.colleague', 'COUNTY_OFFICER', '620422', '会宁县人力资源和社会保障局');
    expect(await actions(s, colleagueToken, p.id)).toEqual(['COUNTY_APPROVE', 'REJECT', 'WITHDRAW']);
    expect((await pending(s, colleagueToken)).items.find((i) => i.id === p.id)?.actions).toEqual(['COUNTY_APPROVE', 'REJECT']);
    p = ok(await transitionPlacement(s, colleagueToken, p.id, 'COUNTY_APPROVE', p.version, '县级审批同意')).transitionJobPlacement;

    const done = ok(await s.gql(HISTORY, { id: p.id }, county)).jobPlacement;
    expect(done.status).toBe('APPROVED');
    expect(
      done.history.map((h: { action: string; actorName: string; actedFor: string | null }) => [
        h.action,
        usernameOf(h.actorName),
        h.actedFor,
      ]),
    ).toEqual([
      ['VILLAGE_APPROVE', 'demo.county', 'VILLAGE'],
      ['PUBLICIZE', 'demo.county', 'VILLAGE'],
      ['TOWNSHIP_APPROVE', 'demo.township', null],
      ['COUNTY_APPROVE', 'test.county.colleague', null],
    ]);
    const stored = await s
      .em()
      .getConnection()
      .execute(`select acted_for from workflow_step where entity_id = ? and action = 'VILLAGE_APPROVE'`, [p.id]);
    expect(stored).toEqual([{ acted_for: 'VILLAGE' }]);
  });

  test('given delegation, when the county takes the township review after the village did its own, then it may not also give the county approval; lower levels still cannot act upwards', async () => {
    let p = await placement();
    p = ok(await transitionPlacement(s, village, p.id, 'VILLAGE_APPROVE', p.version)).transitionJobPlacement;
    p = ok(await transitionPlacement(s, village, p.id, 'PUBLICIZE', p.version)).transitionJobPlacement;
    clock.advance(6 * DAY);
    // Delegation runs downwards only: the village cannot act for the township.
    expect(expectError(await transitionPlacement(s, village, p.id, 'REJECT', p.version, '村里驳回'), 'FORBIDDEN').extensions?.rule).toBe(
      'REVIEW_LEVEL',
    );
    p = ok(await transitionPlacement(s, county, p.id, 'TOWNSHIP_APPROVE', p.version, '县里代乡镇审核')).transitionJobPlacement;
    expect(expectError(await transitionPlacement(s, county, p.id, 'COUNTY_APPROVE', p.version), 'CONFLICT').extensions?.rule).toBe(
      'SAME_REVIEWER',
    );
    const after = ok(await s.gql(HISTORY, { id: p.id }, county)).jobPlacement;
    expect(after).toMatchObject({ status: 'TOWNSHIP_REVIEWED', version: p.version });
    expect(after.history.map((h: { actedFor: string | null }) => h.actedFor)).toEqual([null, null, 'TOWNSHIP']);
  });

  test('given delegation PROVINCE>COUNTY, when one provincial administrator recommends and then certifies a product, or submits and approves a project, then SAME_REVIEWER; a colleague may', async () => {
    const imProvince = await s.login('demo.im.province');
    const supplier = ok(
      await s.gql('{ organizations(filter: { name: { eq: "乌拉特中旗牧民肉羊合作社" } }) { nodes { id } } }', {}, imProvince),
    ).organizations.nodes[0].id;
    const MOVE =
      'mutation($id: ID!, $a: ProductAction!, $v: Int!, $c: String) { transitionAssistanceProduct(id: $id, action: $a, expectedVersion: $v, comment: $c) { id version status availableActions { action } history { action actedFor } } }';
    let product = ok(
      await s.gql(
        'mutation($i: CreateAssistanceProductInput!) { createAssistanceProduct(input: $i) { id version } }',
        {
          i: {
            name: '乌拉特中旗沙葱酱',
            category: 'PROCESSED',
            countyCode: '150824',
            supplierId: supplier,
            unit: '瓶',
            price: '18.00',
            householdsLinked: 30,
          },
        },
        imProvince,
      ),
    ).createAssistanceProduct;
    for (const a of ['SUBMIT', 'RECOMMEND', 'PUBLICIZE'])
      product = ok(await s.gql(MOVE, { id: product.id, a, v: product.version }, imProvince)).transitionAssistanceProduct;
    expect(product.history).toEqual([
      { action: 'SUBMIT', actedFor: null },
      { action: 'RECOMMEND', actedFor: 'COUNTY' },
      { action: 'PUBLICIZE', actedFor: null },
    ]);
    clock.advance(6 * DAY);
    const again = await s.login('demo.im.province');
    const read = ok(
      await s.gql('query($id: ID!) { assistanceProduct(id: $id) { availableActions { action } } }', { id: product.id }, again),
    ).assistanceProduct;
    expect(read.availableActions).toEqual([]);
    expect(
      expectError(await s.gql(MOVE, { id: product.id, a: 'CERTIFY', v: product.version }, again), 'CONFLICT').extensions,
    ).toMatchObject({ rule: 'SAME_REVIEWER', earlierAction: 'RECOMMEND' });
    expect(
      expectError(await s.gql(MOVE, { id: product.id, a: 'REJECT', v: product.version, c: '自己驳回' }, again), 'CONFLICT').extensions
        ?.rule,
    ).toBe('SAME_REVIEWER');
    const certifier = await colleague(s, 'test.im.province.colleague', 'PROVINCIAL_ADMIN', '15', '内蒙古自治区乡村振兴局');
    expect(ok(await s.gql(MOVE, { id: product.id, a: 'CERTIFY', v: product.version }, certifier)).transitionAssistanceProduct.status).toBe(
      'CERTIFIED',
    );

    const pairing = ok(
      await s.gql(
        'mutation { createPairing(input: { kind: EAST_WEST, helperRegionCode: "110116", helpedRegionCode: "150824", startDate: "2025-01-01" }) { id } }',
        {},
        again,
      ),
    ).createPairing.id;
    const PMOVE =
      'mutation($id: ID!, $a: CooperationProjectAction!, $v: Int!) { transitionCooperationProject(id: $id, action: $a, expectedVersion: $v) { id version status availableActions { action } history { action actedFor } } }';
    let project = ok(
      await s.gql(
        'mutation($i: CreateCooperationProjectInput!) { createCooperationProject(input: $i) { id version } }',
        {
          i: {
            pairingId: pairing,
            countyCode: '150824',
            name: '乌拉特中旗牧区道路项目',
            category: 'INFRASTRUCTURE',
            year: 2025,
            plannedFunds: '80.00',
          },
        },
        again,
      ),
    ).createCooperationProject;
    project = ok(await s.gql(PMOVE, { id: project.id, a: 'SUBMIT', v: project.version }, again)).transitionCooperationProject;
    expect(project.history).toEqual([{ action: 'SUBMIT', actedFor: 'COUNTY' }]);
    // The approval and the return are the other review; cancelling (not a review) is all it has left.
    expect(project.availableActions).toEqual([{ action: 'CANCEL' }]);
    expect(expectError(await s.gql(PMOVE, { id: project.id, a: 'APPROVE', v: project.version }, again), 'CONFLICT').extensions?.rule).toBe(
      'SAME_REVIEWER',
    );
    expect(
      ok(await s.gql(PMOVE, { id: project.id, a: 'APPROVE', v: project.version }, certifier)).transitionCooperationProject.status,
    ).toBe('APPROVED');
  });
});
