import { startTestServer, expectError, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';
import {
  DAY,
  LONG_SESSIONS,
  advanceTo,
  apply,
  createPerson,
  getPlacement,
  levelTokens,
  openPost,
  organizationId,
  transitionPlacement,
  villages,
} from './helpers';

jest.setTimeout(180_000);

describe('welfare job placement lifecycle through HTTP', () => {
  let s: TestServer;
  let county: string;
  let township: string;
  let org: string;
  let village: string;
  let villageOperator: string;
  let otherCountyVillage: string;

  beforeAll(async () => {
    s = await startTestServer(LONG_SESSIONS);
    county = await s.login('demo.county');
    township = await s.login('demo.township');
    org = await organizationId(s, county);
    [village] = await villages(s, county, '620422100', 1);
    villageOperator = (await levelTokens(s, village)).village;
    const p = await s.login('demo.province');
    [otherCountyVillage] = await villages(s, p, '620421', 1);
  });
  afterAll(async () => {
    await s?.close();
  });

  test('given an open post, when an applicant goes from application to exit, then every step is in history', async () => {
    const postId = await openPost(s, county, { villageCode: village, organizationId: org });
    const personId = await createPerson(s, county, { villageCode: village, householdCategory: 'POVERTY_EXITED' });
    const created = await apply(s, township, postId, personId);
    expect(created.status).toBe('APPLIED');
    expect(created.priorityCategory).toBe('POVERTY_EXITED');

    // An APPLIED record is the village's to review or reject; the township and the county may only record a withdrawal.
    const actionsOf = async (token: string) =>
      ok(
        await s.gql('query($id: ID!) { jobPlacement(id: $id) { availableActions { action commentRequired } } }', { id: created.id }, token),
      ).jobPlacement.availableActions;
    expect(await actionsOf(township)).toEqual([{ action: 'WITHDRAW', commentRequired: true }]);
    expect(await actionsOf(county)).toEqual([{ action: 'WITHDRAW', commentRequired: true }]);
    expect(await actionsOf(villageOperator)).toEqual([
      { action: 'VILLAGE_APPROVE', commentRequired: false },
      { action: 'REJECT', commentRequired: true },
      { action: 'WITHDRAW', commentRequired: true },
    ]);
    expect(
      expectError(await transitionPlacement(s, county, created.id, 'VILLAGE_APPROVE', created.version), 'FORBIDDEN').extensions?.rule,
    ).toBe('REVIEW_LEVEL');

    let p = ok(
      await transitionPlacement(s, villageOperator, created.id, 'VILLAGE_APPROVE', created.version, '村民代表会议评议通过'),
    ).transitionJobPlacement;
    expect(p.status).toBe('VILLAGE_REVIEWED');
    expect(expectError(await transitionPlacement(s, township, p.id, 'PUBLICIZE', p.version), 'FORBIDDEN').extensions?.rule).toBe(
      'REVIEW_LEVEL',
    );
    p = ok(await transitionPlacement(s, villageOperator, p.id, 'PUBLICIZE', p.version)).transitionJobPlacement;
    expect(p.status).toBe('PUBLICIZING');

    // Publicity list shows name but never ID number or phone.
    const pub = ok(
      await s.gql(
        'query($post: ID) { welfarePublicityList(postId: $post) { entries { recordId name gender reason endsAt } } }',
        { post: postId },
        county,
      ),
    );
    expect(pub.welfarePublicityList.entries.map((e: { recordId: string }) => e.recordId)).toContain(p.id);
    expect(JSON.stringify(pub)).not.toMatch(/\d{6}\*+|138\*{4}/);
    const leak = await s.gql('query($post: ID) { welfarePublicityList(postId: $post) { idNumber } }', { post: postId }, county);
    expect(leak.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    // Too early for the township review: refused with the rule, nothing changes.
    const early = await transitionPlacement(s, township, p.id, 'TOWNSHIP_APPROVE', p.version);
    expect(expectError(early, 'CONFLICT').extensions?.rule).toBe('PUBLICITY_PERIOD');
    expect((await getPlacement(s, county, p.id)).status).toBe('PUBLICIZING');

    clock.advance(5 * DAY + 60_000);
    p = ok(await transitionPlacement(s, township, p.id, 'TOWNSHIP_APPROVE', p.version, '乡镇审核同意')).transitionJobPlacement;
    expect(p.status).toBe('TOWNSHIP_REVIEWED');

    // The township officer cannot give the final approval.
    expectError(await transitionPlacement(s, township, p.id, 'COUNTY_APPROVE', p.version), 'FORBIDDEN');
    p = ok(await transitionPlacement(s, county, p.id, 'COUNTY_APPROVE', p.version, '县人社局审批同意')).transitionJobPlacement;
    expect(p.status).toBe('APPROVED');

    // ONBOARD needs the agreement number and start date.
    const missing = await transitionPlacement(s, township, p.id, 'ONBOARD', p.version, null, { agreementNumber: 'HN-1' });
    expect(expectError(missing, 'BAD_USER_INPUT').extensions?.problems).toEqual([
      expect.objectContaining({ field: 'payload.startDate', rule: 'required' }),
    ]);
    p = ok(
      await transitionPlacement(s, township, p.id, 'ONBOARD', p.version, null, {
        agreementNumber: 'HN-2026-0001',
        startDate: '2026-03-10',
      }),
    ).transitionJobPlacement;
    expect(p).toMatchObject({ status: 'ONBOARDED', agreementNumber: 'HN-2026-0001', startDate: '2026-03-10' });

    // EXIT needs a reason (payload) and a comment.
    const noComment = await transitionPlacement(s, township, p.id, 'EXIT', p.version, null, { exitReason: 'VOLUNTARY' });
    expect(expectError(noComment, 'BAD_USER_INPUT').extensions?.problems).toEqual([
      expect.objectContaining({ field: 'comment', rule: 'required' }),
    ]);
    const noReason = await transitionPlacement(s, township, p.id, 'EXIT', p.version, '本人申请');
    expect(expectError(noReason, 'BAD_USER_INPUT').extensions?.problems).toEqual([
      expect.objectContaining({ field: 'payload.exitReason', rule: 'required' }),
    ]);
    p = ok(
      await transitionPlacement(s, township, p.id, 'EXIT', p.version, '本人外出务工，申请退岗', {
        exitReason: 'OTHER_EMPLOYMENT',
        exitDate: '2026-06-30',
      }),
    ).transitionJobPlacement;
    expect(p).toMatchObject({ status: 'EXITED', exitReason: 'OTHER_EMPLOYMENT', exitDate: '2026-06-30' });

    const final = await getPlacement(s, county, p.id);
    expect(
      final.history.map((h: { action: string; fromStatus: string; toStatus: string }) => `${h.fromStatus}-${h.action}-${h.toStatus}`),
    ).toEqual([
      'APPLIED-VILLAGE_APPROVE-VILLAGE_REVIEWED',
      'VILLAGE_REVIEWED-PUBLICIZE-PUBLICIZING',
      'PUBLICIZING-TOWNSHIP_APPROVE-TOWNSHIP_REVIEWED',
      'TOWNSHIP_REVIEWED-COUNTY_APPROVE-APPROVED',
      'APPROVED-ONBOARD-ONBOARDED',
      'ONBOARDED-EXIT-EXITED',
    ]);
    expect(final.history[5].comment).toBe('本人外出务工，申请退岗');
    expect(final.history.map((h: { actorName: string }) => h.actorName.replace(/^.*\((.*)\)$/, '$1'))).toEqual([
      `demo.staff.${village}`,
      `demo.staff.${village}`,
      'demo.township',
      'demo.county',
      'demo.township',
      'demo.township',
    ]);
  });

  test('given a placement, when an action is taken from the wrong state, then CONFLICT ILLEGAL_TRANSITION and no change', async () => {
    const postId = await openPost(s, county, { villageCode: village, organizationId: org });
    const personId = await createPerson(s, county, { villageCode: village });
    const p = await apply(s, county, postId, personId);
    for (const action of ['PUBLICIZE', 'TOWNSHIP_APPROVE', 'COUNTY_APPROVE', 'ONBOARD', 'EXIT']) {
      const r = await transitionPlacement(
        s,
        county,
        p.id,
        action,
        p.version,
        '意见',
        action === 'ONBOARD' ? { agreementNumber: 'X', startDate: '2026-03-01' } : action === 'EXIT' ? { exitReason: 'OTHER' } : undefined,
      );
      expect(expectError(r, 'CONFLICT').extensions?.rule).toBe('ILLEGAL_TRANSITION');
    }
    const after = await getPlacement(s, county, p.id);
    expect(after).toMatchObject({ status: 'APPLIED', version: p.version });
    expect(after.history).toEqual([]);

    // REJECT needs a comment; with one it ends the application, after which nothing moves.
    const noComment = await transitionPlacement(s, county, p.id, 'REJECT', p.version);
    expect(expectError(noComment, 'BAD_USER_INPUT').extensions?.problems[0]).toMatchObject({ field: 'comment', rule: 'required' });
    expect(
      expectError(await transitionPlacement(s, county, p.id, 'REJECT', p.version, '不符合岗位要求'), 'FORBIDDEN').extensions?.rule,
    ).toBe('REVIEW_LEVEL');
    const rejected = ok(await transitionPlacement(s, villageOperator, p.id, 'REJECT', p.version, '不符合岗位要求')).transitionJobPlacement;
    expect(rejected.status).toBe('REJECTED');
    expect(expectError(await transitionPlacement(s, county, p.id, 'WITHDRAW', rejected.version, '撤回'), 'CONFLICT').extensions?.rule).toBe(
      'ILLEGAL_TRANSITION',
    );

    // WITHDRAW before approval, with a comment.
    const p2 = await apply(s, county, postId, personId);
    const reviewed = await advanceTo(s, county, p2.id, 'PUBLICIZING');
    const w = ok(await transitionPlacement(s, county, p2.id, 'WITHDRAW', reviewed.version, '本人放弃')).transitionJobPlacement;
    expect(w.status).toBe('WITHDRAWN');

    // A stale version is a CONFLICT.
    const stale = await transitionPlacement(s, county, p2.id, 'REJECT', reviewed.version, 'x');
    expect(expectError(stale, 'CONFLICT').extensions?.rule).toBe('STALE_VERSION');
  });

  test('given ineligible people, when they apply, then BAD_USER_INPUT names each rule and nothing is created', async () => {
    const postId = await openPost(s, county, { villageCode: village, organizationId: org });
    const pvPost = await openPost(s, county, {
      villageCode: village,
      organizationId: org,
      fundingSource: 'PV_INCOME',
      title: '光伏收益保洁岗',
    });
    const cases: [Parameters<typeof createPerson>[2], string, string?][] = [
      [{ villageCode: village, age: 70 }, 'MAX_AGE'],
      [{ villageCode: village, age: 15 }, 'MIN_AGE'],
      [{ villageCode: village, labourCapacity: 'NONE' }, 'LABOUR_CAPACITY'],
      [{ villageCode: village, villageCadreOrRelative: true }, 'VILLAGE_CADRE'],
      [{ villageCode: otherCountyVillage }, 'LOCAL_RESIDENCE'],
      [{ villageCode: village, householdCategory: 'ORDINARY' }, 'PV_FUNDING_PRIORITY', pvPost],
      [{ villageCode: village, householdCategory: 'MONITORED', monitoringType: 'UNSTABLE' }, 'PV_FUNDING_PRIORITY', pvPost],
    ];
    const province = await s.login('demo.province');
    for (const [spec, rule, post] of cases) {
      const personId = await createPerson(s, spec.villageCode.startsWith('620422') ? county : province, spec);
      const r = await s.gql(
        'mutation($i: CreateJobPlacementInput!) { createJobPlacement(input: $i) { id } }',
        { i: { postId: post ?? postId, personId } },
        county,
      );
      const err = expectError(r, 'BAD_USER_INPUT');
      expect(err.extensions?.problems.map((p: { rule: string }) => p.rule)).toContain(rule);
      expect(err.extensions?.problems[0].field).toBe('personId');
    }
    // A marginal monitored household may take a PV-funded post.
    const marginal = await createPerson(s, county, { villageCode: village, householdCategory: 'MONITORED', monitoringType: 'MARGINAL' });
    expect((await apply(s, county, pvPost, marginal)).priorityCategory).toBe('MONITORED');
    const count = ok(await s.gql('query($p: ID!) { jobPlacements(filter: { post: { eq: $p } }) { totalCount } }', { p: postId }, county));
    expect(count.jobPlacements.totalCount).toBe(0);

    // A draft post takes no applications; a duplicate application is refused.
    const draft = await openPost(s, county, { villageCode: village, organizationId: org }, false);
    const okPerson = await createPerson(s, county, { villageCode: village });
    expect(
      expectError(
        await s.gql(
          'mutation($i: CreateJobPlacementInput!) { createJobPlacement(input: $i) { id } }',
          { i: { postId: draft, personId: okPerson } },
          county,
        ),
        'CONFLICT',
      ).extensions?.rule,
    ).toBe('POST_NOT_OPEN');
    await apply(s, county, postId, okPerson);
    expect(
      expectError(
        await s.gql(
          'mutation($i: CreateJobPlacementInput!) { createJobPlacement(input: $i) { id } }',
          { i: { postId, personId: okPerson } },
          county,
        ),
        'CONFLICT',
      ).extensions?.rule,
    ).toBe('DUPLICATE_APPLICATION');
  });

  test('given a person who became ineligible or a full post, when the county approves, then CONFLICT names the rule and nothing changes', async () => {
    const postId = await openPost(s, county, { villageCode: village, organizationId: org, headcount: 1 });
    const a = await createPerson(s, county, { villageCode: village });
    const b = await createPerson(s, county, { villageCode: village });
    const c = await createPerson(s, county, { villageCode: village });
    const pa = await advanceTo(s, county, (await apply(s, county, postId, a)).id, 'TOWNSHIP_REVIEWED');
    const pb = await advanceTo(s, county, (await apply(s, county, postId, b)).id, 'TOWNSHIP_REVIEWED');
    const pc = await advanceTo(s, county, (await apply(s, county, postId, c)).id, 'TOWNSHIP_REVIEWED');

    // Person c is found to be a cadre's relative after applying.
    const person = ok(await s.gql('query($id: ID!) { person(id: $id) { version } }', { id: c }, county));
    ok(
      await s.gql(
        'mutation($id: ID!, $v: Int!) { updatePerson(id: $id, input: { villageCadreOrRelative: true }, expectedVersion: $v) { id } }',
        { id: c, v: person.person.version },
        county,
      ),
    );
    const refusedC = await transitionPlacement(s, county, pc.id, 'COUNTY_APPROVE', pc.version);
    expect(expectError(refusedC, 'CONFLICT').extensions?.rule).toBe('VILLAGE_CADRE');

    ok(await transitionPlacement(s, county, pa.id, 'COUNTY_APPROVE', pa.version));
    const full = await transitionPlacement(s, county, pb.id, 'COUNTY_APPROVE', pb.version);
    expect(expectError(full, 'CONFLICT').extensions?.rule).toBe('HEADCOUNT_FULL');
    const after = await getPlacement(s, county, pb.id);
    expect(after).toMatchObject({ status: 'TOWNSHIP_REVIEWED', version: pb.version });
    expect(after.history).toHaveLength(3);

    // Person a is now active; an application elsewhere is refused.
    const other = await openPost(s, county, { villageCode: village, organizationId: org, title: '护林员', type: 'FOREST_RANGER' });
    expect(
      expectError(
        await s.gql(
          'mutation($i: CreateJobPlacementInput!) { createJobPlacement(input: $i) { id } }',
          { i: { postId: other, personId: a } },
          county,
        ),
        'CONFLICT',
      ).extensions?.rule,
    ).toBe('ALREADY_ACTIVE');

    const post = ok(
      await s.gql('query($id: ID!) { welfarePost(id: $id) { headcount filledPlaces vacantPlaces } }', { id: postId }, county),
    );
    expect(post.welfarePost).toEqual({ headcount: 1, filledPlaces: 1, vacantPlaces: 0 });
  });

  test('given a post, when it is published and closed, then its workflow records both and a status never changes by update', async () => {
    const postId = await openPost(s, county, { villageCode: village, organizationId: org }, false);
    let post = ok(
      await s.gql('query($id: ID!) { welfarePost(id: $id) { version status availableActions { action } } }', { id: postId }, county),
    ).welfarePost;
    expect(post.status).toBe('DRAFT');
    expect(post.availableActions.map((a: { action: string }) => a.action)).toEqual(['PUBLISH']);
    const upd = await s.gql(
      'mutation($id: ID!, $v: Int!) { updateWelfarePost(id: $id, input: { status: OPEN }, expectedVersion: $v) { id } }',
      { id: postId, v: post.version },
      county,
    );
    expect(upd.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    post = ok(
      await s.gql(
        'mutation($id: ID!, $v: Int!) { transitionWelfarePost(id: $id, action: PUBLISH, expectedVersion: $v) { version status publishedAt } }',
        { id: postId, v: post.version },
        county,
      ),
    ).transitionWelfarePost;
    expect(post.status).toBe('OPEN');
    post = ok(
      await s.gql(
        'mutation($id: ID!, $v: Int!) { transitionWelfarePost(id: $id, action: CLOSE, expectedVersion: $v, comment: "聘期调整") { version status history { action } } }',
        { id: postId, v: post.version },
        county,
      ),
    ).transitionWelfarePost;
    expect(post.status).toBe('CLOSED');
    expect(post.history.map((h: { action: string }) => h.action)).toEqual(['PUBLISH', 'CLOSE']);
  });

  test('given records in the county, when a township officer reads and writes, then only the township is visible and writable', async () => {
    const [elsewhere] = await villages(s, county, '620422101', 1);
    const outside = await openPost(s, county, { villageCode: elsewhere, organizationId: org, title: '外乡镇岗位' });
    const inside = await openPost(s, township, { villageCode: village, organizationId: org, title: '本乡镇岗位' });
    const personOut = await createPerson(s, county, { villageCode: elsewhere });
    const outP = await apply(s, county, outside, personOut);
    const list = ok(
      await s.gql(
        '{ welfarePosts(first: 500) { nodes { id regionCode } } jobPlacements(first: 500) { nodes { regionCode } } }',
        {},
        township,
      ),
    );
    expect(list.welfarePosts.nodes.every((p: { regionCode: string }) => p.regionCode.startsWith('620422100'))).toBe(true);
    expect(list.welfarePosts.nodes.map((p: { id: string }) => p.id)).toContain(inside);
    expect(list.welfarePosts.nodes.map((p: { id: string }) => p.id)).not.toContain(outside);
    expect(list.jobPlacements.nodes.every((p: { regionCode: string }) => p.regionCode.startsWith('620422100'))).toBe(true);
    expect(ok(await s.gql('query($id: ID!) { jobPlacement(id: $id) { id } }', { id: outP.id }, township)).jobPlacement).toBeNull();
    expectError(await transitionPlacement(s, township, outP.id, 'REJECT', outP.version, '越权'), 'NOT_FOUND');
    const r = await s.gql(
      'mutation($i: CreateJobPlacementInput!) { createJobPlacement(input: $i) { id } }',
      { i: { postId: outside, personId: personOut } },
      township,
    );
    expect(expectError(r, 'BAD_USER_INPUT').extensions?.problems[0]).toMatchObject({ field: 'postId', rule: 'exists' });
    const post = await s.gql(
      'mutation($i: CreateWelfarePostInput!) { createWelfarePost(input: $i) { id } }',
      {
        i: {
          title: '越权岗位',
          type: 'CLEANING',
          villageCode: elsewhere,
          developingOrganizationId: org,
          fundingSource: 'FISCAL',
          headcount: 1,
          monthlyHours: 10,
          intensity: 'LIGHT',
          monthlySubsidy: '100.00',
          termStart: '2026-01-01',
          termEnd: '2026-12-31',
        },
      },
      township,
    );
    expectError(post, 'FORBIDDEN');
  });

  test('given a post with an active placement, when its headcount is cut below it or it is archived, then both are refused and nothing changes', async () => {
    const postId = await openPost(s, county, { villageCode: village, organizationId: org, headcount: 2 });
    for (let i = 0; i < 2; i++)
      await advanceTo(s, county, (await apply(s, county, postId, await createPerson(s, county, { villageCode: village }))).id, 'APPROVED');
    const post = ok(await s.gql('query($id: ID!) { welfarePost(id: $id) { version headcount } }', { id: postId }, county)).welfarePost;
    const cut = await s.gql(
      'mutation($id: ID!, $v: Int!) { updateWelfarePost(id: $id, input: { headcount: 1 }, expectedVersion: $v) { id } }',
      { id: postId, v: post.version },
      county,
    );
    expect(expectError(cut, 'BAD_USER_INPUT').extensions?.problems[0]).toMatchObject({ field: 'headcount', rule: 'notBelowActive' });
    const bad = await s.gql(
      'mutation($id: ID!, $v: Int!) { updateWelfarePost(id: $id, input: { termEnd: "2025-01-01", monthlySubsidy: "0" }, expectedVersion: $v) { id } }',
      { id: postId, v: post.version },
      county,
    );
    expect(
      expectError(bad, 'BAD_USER_INPUT')
        .extensions?.problems.map((x: { rule: string }) => x.rule)
        .sort(),
    ).toEqual(['notBeforeStart', 'positive']);
    const archived = await s.gql('mutation($id: ID!) { archiveWelfarePost(id: $id) { id } }', { id: postId }, county);
    expect(expectError(archived, 'CONFLICT').extensions?.rule).toBe('ACTIVE_PLACEMENTS');
    const after = ok(
      await s.gql('query($id: ID!) { welfarePost(id: $id) { version headcount archivedAt filledPlaces } }', { id: postId }, county),
    ).welfarePost;
    expect(after).toEqual({ version: post.version, headcount: 2, archivedAt: null, filledPlaces: 2 });
    const ok1 = ok(
      await s.gql(
        'mutation($id: ID!, $v: Int!) { updateWelfarePost(id: $id, input: { headcount: 3 }, expectedVersion: $v) { headcount } }',
        { id: postId, v: post.version },
        county,
      ),
    );
    expect(ok1.updateWelfarePost.headcount).toBe(3);
  });

  test('given a person already active, when the database is asked directly for a second active placement, then the partial unique index refuses it', async () => {
    const postId = await openPost(s, county, { villageCode: village, organizationId: org, headcount: 5 });
    const person = await createPerson(s, county, { villageCode: village });
    const first = await apply(s, county, postId, person);
    await advanceTo(s, county, first.id, 'APPROVED');
    const second = await apply(s, county, await openPost(s, county, { villageCode: village, organizationId: org }), person).catch(
      () => null,
    );
    expect(second).toBeNull(); // refused by the service (ALREADY_ACTIVE)
    const other = await apply(s, county, postId, await createPerson(s, county, { villageCode: village }));
    const conn = s.em().getConnection();
    const before = await conn.execute('select status from job_placement where person_id = ? order by id', [person]);
    expect(before.map((r: { status: string }) => r.status)).toEqual(['APPROVED']);
    const index =
      s.kind === 'sqlite'
        ? await conn.execute(`select sql from sqlite_master where name = 'job_placement_person_active_unique'`)
        : await conn.execute(`select indexdef as sql from pg_indexes where indexname = 'job_placement_person_active_unique'`);
    expect(index).toHaveLength(1);
    let outcome: unknown;
    try {
      outcome = await conn.execute(`update job_placement set person_id = ?, status = 'APPROVED' where id = ?`, [person, other.id], 'run');
    } catch (e) {
      outcome = e;
    }
    expect({ outcome: String(outcome instanceof Error ? outcome.message : JSON.stringify(outcome)), index }).toEqual({
      outcome: expect.stringMatching(/unique/i),
      index,
    });
    const after = await conn.execute(
      `select count(*) as c from job_placement where person_id = ? and status in ('APPROVED', 'ONBOARDED')`,
      [person],
    );
    expect(Number(after[0].c)).toBe(1);
  });
});
