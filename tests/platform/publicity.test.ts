import { startTestServer, expectError, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';
import { startJobs } from '../../server/src/core/jobs';
import { decryptField, maskIdNumber, maskPhone } from '../../server/src/core/crypto';
import { createAccount, ADMIN_PASSWORD } from '../identity/helpers';
import { idNumber } from '../../seeds/factories';
import { backfillPublicities, configuredMinDays } from '../../server/src/core/publicity.backfill';
import { apply, createPerson, DAY, LONG_SESSIONS, openPost, organizationId, transitionPlacement } from '../welfare/helpers';

let serial = 700;
/** A valid ID number of someone born in the village's county, `age` years ago. */
function idNumberFor(villageCode: string, age: number): string {
  serial += 2;
  return idNumber(villageCode.slice(0, 6), `${Number(clock.today().slice(0, 4)) - age}-01-01`, serial, serial % 4 === 0);
}

jest.setTimeout(240_000);

/*
 * Statutory publicity (公示) through HTTP: the printed list holds only records in publicity and no
 * personal detail beyond name, gender, village, post and reason; the next step waits for the
 * configured period and for every objection to be decided; an upheld objection sends the record
 * back, a dismissed one lets it proceed; all of it in the record's history. Placements are walked
 * by the village operator, the township officer and the county officer of 会师镇.
 */

const PLACEMENT = `id version status regionCode
  publicity { id startedAt endsAt minDays publisherName running ended closedAt outcome }
  objections { id version status content objectorName objectorContact canResolve resolution resolvedByName }
  history { action fromStatus toStatus comment actorName }`;
const LIST = `query($w: String!, $on: String, $region: String) { publicityList(workflow: $w, startedOn: $on, regionCode: $region) {
  workflow title minDays publishers startsOn endsOn text textEn
  entries { publicityId recordId name gender village post supplier reason publisherName startedAt endsAt } } }`;
const OBJECT = `mutation($i: RecordObjectionInput!) { recordObjection(input: $i) { id version status content objectorName objectorContact canResolve } }`;
const RESOLVE = `mutation($id: ID!, $d: ObjectionDecision!, $r: String!, $v: Int!) { resolveObjection(id: $id, decision: $d, reason: $r, expectedVersion: $v) { id version status resolution resolvedByName } }`;

describe('statutory publicity (公示) and objections (异议)', () => {
  let s: TestServer;
  let county: string;
  let township: string;
  let village: string;
  let viewer: string;
  let villageCode: string;
  let postId: string;

  /** A person with a known ID number and phone, and their application to the post. */
  async function applicant(phone: string): Promise<{ placement: { id: string; version: number }; idNumber: string; phone: string }> {
    const idNumber = idNumberFor(villageCode, 40);
    const person = ok(
      await s.gql(
        'mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }',
        {
          i: {
            name: `公示测试${phone.slice(-4)}`,
            idNumber,
            villageCode,
            householdCategory: 'POVERTY_EXITED',
            labourCapacity: 'FULL',
            villageCadreOrRelative: false,
            minimumLiving: false,
            phone,
          },
        },
        county,
      ),
    ).createPerson;
    const placement = ok(
      await s.gql(
        'mutation($i: CreateJobPlacementInput!) { createJobPlacement(input: $i) { id version } }',
        { i: { postId, personId: person.id } },
        village,
      ),
    ).createJobPlacement;
    return { placement, idNumber, phone };
  }

  async function placement(id: string, token = county): Promise<any> {
    return ok(await s.gql(`query($id: ID!) { jobPlacement(id: $id) { ${PLACEMENT} } }`, { id }, token)).jobPlacement;
  }

  async function step(token: string, id: string, action: string, comment?: string): Promise<any> {
    const p = await placement(id);
    return ok(await transitionPlacement(s, token, id, action, p.version, comment)).transitionJobPlacement;
  }

  /** Applied, village-reviewed and publicized by the village operator. */
  async function inPublicity(phone: string) {
    const a = await applicant(phone);
    await step(village, a.placement.id, 'VILLAGE_APPROVE', '村民代表会议评议通过');
    await step(village, a.placement.id, 'PUBLICIZE');
    return a;
  }

  async function relogin() {
    county = await s.login('demo.county');
    township = await s.login('demo.township');
    village = await s.login('demo.village');
    viewer = await s.login('pub.viewer', ADMIN_PASSWORD);
  }

  beforeAll(async () => {
    s = await startTestServer(LONG_SESSIONS);
    await createAccount(s, 'pub.viewer', ['VIEWER'], '620422');
    await relogin();
    villageCode = ok(await s.gql('{ me { regionCode } }', {}, village)).me.regionCode;
    postId = await openPost(s, county, { villageCode, organizationId: await organizationId(s, county), headcount: 5 });
  });
  afterAll(async () => {
    clock.reset();
    await s?.close();
  });

  test('given placements in several statuses, when the publicity list is read, then it holds exactly the records in running publicity, with the allowed columns only and no personal identifiers', async () => {
    const listed = await inPublicity('13700001111');
    const applied = await applicant('13700002222');
    const p = await placement(listed.placement.id);
    expect(p.status).toBe('PUBLICIZING');
    expect(p.publicity).toMatchObject({ minDays: 5, running: true, ended: false, closedAt: null });
    expect(new Date(p.publicity.endsAt).getTime() - new Date(p.publicity.startedAt).getTime()).toBe(5 * DAY);
    // The publishing body is an organization: the village operator's committee, not a region name.
    expect(p.publicity.publisherName).toMatch(/委员会$/);

    const notice = ok(await s.gql(LIST, { w: 'JobPlacement' }, county)).publicityList;
    const ids = notice.entries.map((e: { recordId: string }) => e.recordId);
    expect(ids).toContain(listed.placement.id);
    expect(ids).not.toContain(applied.placement.id);
    // Every listed record is in publicity now, and every record of the county in publicity is listed.
    const inPub = ok(
      await s.gql('{ jobPlacements(first: 500, filter: { status: { eq: PUBLICIZING } }) { nodes { id } } }', {}, county),
    ).jobPlacements.nodes.map((n: { id: string }) => n.id);
    expect([...ids].sort()).toEqual([...inPub].sort());
    const mine = notice.entries.find((e: { recordId: string }) => e.recordId === listed.placement.id);
    expect(mine).toMatchObject({ name: '公示测试1111', reason: '脱贫劳动力', supplier: null, publisherName: p.publicity.publisherName });
    expect(['男', '女']).toContain(mine.gender);
    expect(mine.village).toBeTruthy();
    expect(mine.post).toBeTruthy();
    expect(notice.minDays).toBe(5);
    expect(notice.text).toContain('公示期为5天');
    expect(notice.text).toContain(p.publicity.publisherName);

    // No ID number or phone of any listed person, in clear or masked form, anywhere in the answer.
    const text = JSON.stringify(notice);
    const persons = await s
      .em()
      .getConnection()
      .execute(
        `select pe.id_number_encrypted as i, pe.phone_encrypted as p from person pe join job_placement t on t.person_id = pe.id where t.id in (${ids.map(() => '?').join(',')})`,
        ids,
      );
    expect(persons.length).toBe(ids.length);
    for (const row of persons) {
      const id = decryptField(row.i)!;
      const phone = decryptField(row.p);
      for (const form of [id, maskIdNumber(id)!, id.slice(-6), phone, phone && maskPhone(phone)])
        if (form) expect(text).not.toContain(form);
    }
    // The entry type has no field for them at all.
    expect(
      expectError(
        await s.gql('query { publicityList(workflow: "JobPlacement") { entries { idNumber } } }', {}, county),
        'GRAPHQL_VALIDATION_FAILED',
      ),
    ).toBeTruthy();

    // One batch by start day gives the same record; a region outside it gives nothing.
    const batch = ok(await s.gql(LIST, { w: 'JobPlacement', on: clock.today() }, county)).publicityList;
    expect(batch.entries.map((e: { recordId: string }) => e.recordId)).toContain(listed.placement.id);
    const elsewhere = ok(await s.gql(LIST, { w: 'JobPlacement', region: '620421' }, county)).publicityList;
    expect(elsewhere.entries).toEqual([]);
    expect(ok(await s.gql(LIST, { w: 'JobPlacement', on: '2020-01-01' }, county)).publicityList.entries).toEqual([]);
    expect(
      expectError(await s.gql(LIST, { w: 'JobPlacement', on: '2026-02-30' }, county), 'BAD_USER_INPUT').extensions?.problems[0],
    ).toMatchObject({ field: 'startedOn', rule: 'date' });
    const unknown = expectError(await s.gql(LIST, { w: 'WelfarePost' }, county), 'BAD_USER_INPUT');
    expect(unknown.extensions?.problems[0]).toMatchObject({ field: 'workflow', rule: 'oneOf' });
  });

  test('given a placement in publicity, when the period runs, then the township review is refused until it ends and the record reaches the township inbox only then', async () => {
    const a = await inPublicity('13700003333');
    const early = expectError(
      await transitionPlacement(s, township, a.placement.id, 'TOWNSHIP_APPROVE', (await placement(a.placement.id)).version),
      'CONFLICT',
    );
    expect(early.extensions?.rule).toBe('PUBLICITY_PERIOD');
    expect(early.message).toMatch(/公示期 5 天.*publicity period of 5 days/);
    const inbox = async () =>
      ok(await s.gql('{ myPendingApprovals(first: 500) { id actions } }', {}, township)).myPendingApprovals.map(
        (x: { id: string }) => x.id,
      );
    expect(await inbox()).not.toContain(a.placement.id);
    const offered = async () =>
      ok(
        await s.gql('query($id: ID!) { jobPlacement(id: $id) { availableActions { action } } }', { id: a.placement.id }, township),
      ).jobPlacement.availableActions.map((x: { action: string }) => x.action);
    expect(await offered()).not.toContain('TOWNSHIP_APPROVE');

    clock.advance(5 * DAY + 60_000);
    await relogin();
    expect(await inbox()).toContain(a.placement.id);
    expect((await placement(a.placement.id)).publicity).toMatchObject({ running: false, ended: true });
    expect(await offered()).toContain('TOWNSHIP_APPROVE');
    // The scheduled job writes the end to the history once, as the system.
    const engine = (await startJobs(s.orm))!;
    try {
      expect((await engine.runNow('publicity-periods-end')).moved).toBeGreaterThanOrEqual(1);
      expect(await engine.runNow('publicity-periods-end')).toEqual({ moved: 0, skipped: 0, failed: 0 });
    } finally {
      await engine.stop();
    }
    const ended = (await placement(a.placement.id)).history.filter((h: { action: string }) => h.action === 'PUBLICITY_ENDED');
    expect(ended).toEqual([expect.objectContaining({ fromStatus: 'PUBLICIZING', toStatus: 'PUBLICIZING', actorName: '系统 (system)' })]);
    // An ended period is no longer on the running list; its batch can still be reprinted.
    const running = ok(await s.gql(LIST, { w: 'JobPlacement' }, county)).publicityList.entries.map((e: { recordId: string }) => e.recordId);
    expect(running).not.toContain(a.placement.id);
    const moved = await step(township, a.placement.id, 'TOWNSHIP_APPROVE', '乡镇审核同意');
    expect(moved.status).toBe('TOWNSHIP_REVIEWED');
    const after = await placement(a.placement.id);
    expect(after.publicity).toMatchObject({ outcome: 'TOWNSHIP_APPROVE' });
    expect(after.publicity.closedAt).not.toBeNull();
  });

  test('given an objection, when the period has ended, then the township review is refused until it is dismissed; the objector’s contact is shown only to the decider', async () => {
    const a = await inPublicity('13700004444');
    const empty = expectError(
      await s.gql(OBJECT, { i: { workflow: 'JobPlacement', recordId: a.placement.id, content: '  ' } }, village),
      'BAD_USER_INPUT',
    );
    expect(empty.extensions?.problems[0]).toMatchObject({ field: 'content', rule: 'required' });
    expectError(await s.gql(OBJECT, { i: { workflow: 'JobPlacement', recordId: a.placement.id, content: '有异议' } }, viewer), 'FORBIDDEN');
    const im = await s.login('demo.im.province');
    expectError(await s.gql(OBJECT, { i: { workflow: 'JobPlacement', recordId: a.placement.id, content: '有异议' } }, im), 'NOT_FOUND');

    const objection = ok(
      await s.gql(
        OBJECT,
        {
          i: {
            workflow: 'JobPlacement',
            recordId: a.placement.id,
            content: '申请人家庭有经营性收入，疑似不符合条件',
            objectorName: '李建国',
            objectorContact: '13912345678',
          },
        },
        village,
      ),
    ).recordObjection;
    expect(objection).toMatchObject({ status: 'OPEN', objectorContact: '139****5678', objectorName: '李**', canResolve: false });
    const seenByTownship = (await placement(a.placement.id, township)).objections[0];
    expect(seenByTownship).toMatchObject({ id: objection.id, objectorContact: '13912345678', objectorName: '李建国', canResolve: true });
    // Never on the printed list.
    const text = JSON.stringify(ok(await s.gql(LIST, { w: 'JobPlacement' }, county)).publicityList);
    for (const form of ['13912345678', '139****5678', '李建国']) expect(text).not.toContain(form);

    clock.advance(5 * DAY + 60_000);
    await relogin();
    const before = await placement(a.placement.id);
    const blocked = expectError(await transitionPlacement(s, township, a.placement.id, 'TOWNSHIP_APPROVE', before.version), 'CONFLICT');
    expect(blocked.extensions?.rule).toBe('OPEN_OBJECTION');
    expect(blocked.message).toMatch(/异议尚未处理.*open objection/);
    const offered = ok(
      await s.gql('query($id: ID!) { jobPlacement(id: $id) { availableActions { action } } }', { id: a.placement.id }, township),
    ).jobPlacement.availableActions.map((x: { action: string }) => x.action);
    expect(offered).not.toContain('TOWNSHIP_APPROVE');
    expect(offered).toContain('REJECT');
    expect(await placement(a.placement.id)).toMatchObject({ status: 'PUBLICIZING', version: before.version });

    expectError(await s.gql(RESOLVE, { id: objection.id, d: 'DISMISS', r: '不成立', v: objection.version }, village), 'FORBIDDEN');
    const noReason = expectError(
      await s.gql(RESOLVE, { id: objection.id, d: 'DISMISS', r: ' ', v: objection.version }, township),
      'BAD_USER_INPUT',
    );
    expect(noReason.extensions?.problems[0]).toMatchObject({ field: 'reason', rule: 'required' });
    const dismissed = ok(
      await s.gql(
        RESOLVE,
        { id: objection.id, d: 'DISMISS', r: '经入户核实，经营性收入低于标准，异议不成立', v: objection.version },
        township,
      ),
    ).resolveObjection;
    expect(dismissed).toMatchObject({ status: 'DISMISSED', resolution: '经入户核实，经营性收入低于标准，异议不成立' });
    expect(
      expectError(await s.gql(RESOLVE, { id: objection.id, d: 'UPHOLD', r: '再议', v: dismissed.version }, township), 'CONFLICT').extensions
        ?.rule,
    ).toBe('OBJECTION_DECIDED');

    const moved = await step(township, a.placement.id, 'TOWNSHIP_APPROVE', '乡镇审核同意');
    expect(moved.status).toBe('TOWNSHIP_REVIEWED');
    const history = (await placement(a.placement.id)).history.map((h: { action: string }) => h.action);
    expect(history).toEqual(['VILLAGE_APPROVE', 'PUBLICIZE', 'OBJECTION_RECORDED', 'OBJECTION_DISMISSED', 'TOWNSHIP_APPROVE']);
  });

  test('given an objection on a placement, when the county officer decides it, then it is refused at the review level of the township review; the township decides it', async () => {
    const a = await inPublicity('13700007777');
    const objection = ok(
      await s.gql(
        OBJECT,
        { i: { workflow: 'JobPlacement', recordId: a.placement.id, content: '申请人已在外务工', objectorContact: '13811112222' } },
        village,
      ),
    ).recordObjection;
    // The county holds the permission, but the step after publicity (TOWNSHIP_APPROVE) is the township's.
    const before = await placement(a.placement.id, county);
    const seenByCounty = before.objections[0];
    expect(seenByCounty).toMatchObject({ id: objection.id, canResolve: false, objectorContact: '138****2222' });
    const refused = expectError(
      await s.gql(RESOLVE, { id: objection.id, d: 'UPHOLD', r: '县级认定成立', v: objection.version }, county),
      'FORBIDDEN',
    );
    expect(refused.extensions).toMatchObject({ rule: 'REVIEW_LEVEL', levels: ['TOWNSHIP'], yourLevel: 'COUNTY' });
    expect(refused.message).toMatch(/乡镇级.*TOWNSHIP/);
    const unchanged = await placement(a.placement.id);
    expect(unchanged).toMatchObject({ status: 'PUBLICIZING', version: before.version });
    expect(unchanged.objections[0]).toMatchObject({ status: 'OPEN', version: objection.version });
    expect(unchanged.history.map((h: { action: string }) => h.action)).toEqual(['VILLAGE_APPROVE', 'PUBLICIZE', 'OBJECTION_RECORDED']);
    const dismissed = ok(
      await s.gql(RESOLVE, { id: objection.id, d: 'DISMISS', r: '经核实仍在村居住，异议不成立', v: objection.version }, township),
    ).resolveObjection;
    expect(dismissed).toMatchObject({ status: 'DISMISSED', resolvedByName: expect.any(String) });
  });

  test('given two open objections, when one is upheld, then the other is closed with a note, both in the history, and the next publicity is not blocked by it', async () => {
    const a = await inPublicity('13700008888');
    const first = ok(
      await s.gql(OBJECT, { i: { workflow: 'JobPlacement', recordId: a.placement.id, content: '申请人家中有公职人员' } }, village),
    ).recordObjection;
    const second = ok(
      await s.gql(OBJECT, { i: { workflow: 'JobPlacement', recordId: a.placement.id, content: '申请人长期不在村' } }, county),
    ).recordObjection;
    ok(await s.gql(RESOLVE, { id: first.id, d: 'UPHOLD', r: '经核实家中有公职人员，退回重新评议', v: first.version }, township));
    const back = await placement(a.placement.id, township);
    expect(back.status).toBe('VILLAGE_REVIEWED');
    const closed = back.objections.find((o: { id: string }) => o.id === second.id);
    expect(closed).toMatchObject({
      status: 'CLOSED',
      canResolve: false,
      resolution: expect.stringMatching(/另一异议成立，记录已退回.*went back/),
    });
    expect(back.history.map((h: { action: string }) => h.action)).toEqual([
      'VILLAGE_APPROVE',
      'PUBLICIZE',
      'OBJECTION_RECORDED',
      'OBJECTION_RECORDED',
      'OBJECTION_UPHELD',
      'OBJECTION_CLOSED',
    ]);
    expect(back.history[5]).toMatchObject({ fromStatus: 'VILLAGE_REVIEWED', toStatus: 'VILLAGE_REVIEWED', comment: closed.resolution });
    expect(
      expectError(await s.gql(RESOLVE, { id: second.id, d: 'DISMISS', r: '不成立', v: closed.version }, township), 'CONFLICT').extensions
        ?.rule,
    ).toBe('OBJECTION_DECIDED');

    // Publicized again: once the new period ends, nothing from the earlier one blocks the township review.
    await step(village, a.placement.id, 'PUBLICIZE');
    clock.advance(5 * DAY + 60_000);
    await relogin();
    expect((await step(township, a.placement.id, 'TOWNSHIP_APPROVE', '乡镇审核同意')).status).toBe('TOWNSHIP_REVIEWED');
  });

  test('given open objections, when the placement is rejected or withdrawn during publicity, then they are closed with a note in the history', async () => {
    for (const [action, token, label] of [
      ['REJECT', () => township, '驳回'],
      ['WITHDRAW', () => village, '撤回申请'],
    ] as const) {
      const a = await inPublicity(action === 'REJECT' ? '13700009991' : '13700009992');
      const objection = ok(
        await s.gql(OBJECT, { i: { workflow: 'JobPlacement', recordId: a.placement.id, content: '对拟聘人员有异议' } }, village),
      ).recordObjection;
      await step(token(), a.placement.id, action, '公示期间终止');
      const after = await placement(a.placement.id, township);
      expect(after.status).toBe(action === 'REJECT' ? 'REJECTED' : 'WITHDRAWN');
      expect(after.objections).toEqual([
        expect.objectContaining({
          id: objection.id,
          status: 'CLOSED',
          canResolve: false,
          resolution: expect.stringContaining(`记录「${label}」，公示终止`),
        }),
      ]);
      expect(after.publicity).toMatchObject({ outcome: action });
      const actions = after.history.map((h: { action: string }) => h.action);
      expect(actions).toEqual(['VILLAGE_APPROVE', 'PUBLICIZE', 'OBJECTION_RECORDED', 'OBJECTION_CLOSED', action]);
    }
  });

  test('given a placement in publicity from before publicity rows existed, when the upgrade backfill runs, then it gets a publicity from its publicizedAt and the township review proceeds after the period', async () => {
    const a = await inPublicity('13700009993');
    const em = s.em();
    const db = em.getConnection();
    // What an older database holds: the record in PUBLICIZING with its publicizedAt, and no publicity row.
    const [{ at }] = await db.execute('select publicized_at as at from job_placement where id = ?', [a.placement.id]);
    await db.execute('delete from publicity where entity_id = ?', [a.placement.id]);
    expect((await placement(a.placement.id)).publicity).toBeNull();
    clock.advance(5 * DAY + 60_000);
    await relogin();
    const missing = expectError(
      await transitionPlacement(s, township, a.placement.id, 'TOWNSHIP_APPROVE', (await placement(a.placement.id)).version),
      'CONFLICT',
    );
    expect(missing.extensions?.rule).toBe('PUBLICITY_MISSING');

    // The same function the data migration runs (migrations/*/Migration20261206042000_publicity_backfill.ts).
    const io = {
      knex: em.getKnex(),
      run: (q: any) => db.execute(q) as Promise<any[]>,
      toDb: (d: Date) => em.getPlatform().processDateProperty(d),
      minDays: configuredMinDays(),
      now: clock.now(),
    };
    const result = await backfillPublicities(io);
    expect(result.created).toBeGreaterThanOrEqual(1);
    expect(result.skipped).toEqual([]);
    const p = await placement(a.placement.id);
    const publicizedAt = at instanceof Date ? at : new Date(/^\d+$/.test(String(at)) ? Number(at) : at);
    expect(new Date(p.publicity.startedAt).getTime()).toBe(publicizedAt.getTime());
    expect(p.publicity).toMatchObject({ minDays: 5, closedAt: null, ended: true });
    expect(new Date(p.publicity.endsAt).getTime() - publicizedAt.getTime()).toBe(5 * DAY);
    // The nearest government body covering the village, never a region name.
    const [nearest] = await db.execute(
      `select name from organization where kind = 'PARTY_GOVERNMENT' and archived_at is null and ? like region_code || '%' order by length(region_code) desc, name limit 1`,
      [p.regionCode],
    );
    expect(p.publicity.publisherName).toBe(nearest.name);
    // Run again (a second process, a re-run): nothing more is created.
    expect((await backfillPublicities(io)).created).toBe(0);
    expect((await step(township, a.placement.id, 'TOWNSHIP_APPROVE', '乡镇审核同意')).status).toBe('TOWNSHIP_REVIEWED');
  });

  test('given a disabled applicant in publicity, when the deprecated welfarePublicityList is read, then it answers exactly what publicityList answers: no priority category, no health information', async () => {
    const idNumber = idNumberFor(villageCode, 45);
    const person = ok(
      await s.gql(
        'mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }',
        {
          i: {
            name: '公示测试乙',
            idNumber,
            villageCode,
            householdCategory: 'ORDINARY',
            labourCapacity: 'WEAK',
            villageCadreOrRelative: false,
            minimumLiving: false,
            disabled: true,
            phone: '13700009994',
          },
        },
        county,
      ),
    ).createPerson;
    const created = ok(
      await s.gql(
        'mutation($i: CreateJobPlacementInput!) { createJobPlacement(input: $i) { id priorityCategory } }',
        { i: { postId, personId: person.id } },
        village,
      ),
    ).createJobPlacement;
    expect(created.priorityCategory).toBe('DISABLED');
    await step(village, created.id, 'VILLAGE_APPROVE', '村民代表会议评议通过');
    await step(village, created.id, 'PUBLICIZE');

    const FIELDS =
      'workflow title minDays publishers startsOn endsOn text textEn entries { publicityId recordId name gender village post supplier reason publisherName startedAt endsAt }';
    const old = ok(
      await s.gql(`query($post: ID) { welfarePublicityList(postId: $post) { ${FIELDS} } }`, { post: postId }, county),
    ).welfarePublicityList;
    const byVillage = ok(
      await s.gql(`query($v: String) { welfarePublicityList(villageCode: $v) { ${FIELDS} } }`, { v: villageCode }, county),
    ).welfarePublicityList;
    const current = ok(
      await s.gql(
        `query($r: String) { publicityList(workflow: "JobPlacement", regionCode: $r) { ${FIELDS} } }`,
        { r: villageCode },
        county,
      ),
    ).publicityList;
    expect(old).toEqual(current);
    expect(byVillage).toEqual(current);
    const entry = current.entries.find((e: { recordId: string }) => e.recordId === created.id);
    expect(entry).toMatchObject({ name: '公示测试乙', reason: '就业困难人员' });
    const text = JSON.stringify(old);
    for (const form of ['DISABLED', '残疾', 'disab']) expect(text).not.toContain(form);
    // The old entry fields are gone with the old type.
    expect(
      expectError(
        await s.gql('query($post: ID) { welfarePublicityList(postId: $post) { priorityCategory } }', { post: postId }, county),
        'GRAPHQL_VALIDATION_FAILED',
      ),
    ).toBeTruthy();
    expect(
      expectError(await s.gql('{ welfarePublicityList { title } }', {}, county), 'BAD_USER_INPUT').extensions?.problems[0],
    ).toMatchObject({ field: 'postId', rule: 'required' });
  });

  test('given an objection and the township review sent at the same moment, then exactly one wins: never a review past an open objection', async () => {
    const a = await inPublicity('13700006666');
    clock.advance(5 * DAY + 60_000);
    await relogin();
    const before = await placement(a.placement.id);
    const [objection, review] = await Promise.all([
      s.gql(OBJECT, { i: { workflow: 'JobPlacement', recordId: a.placement.id, content: '同时提出的异议' } }, village),
      transitionPlacement(s, township, a.placement.id, 'TOWNSHIP_APPROVE', before.version, '乡镇审核同意'),
    ]);
    const after = await placement(a.placement.id);
    if (objection.errors) {
      expect(objection.errors[0].extensions?.rule).toBe('NOT_IN_PUBLICITY');
      expect(review.errors).toBeUndefined();
      expect(after.status).toBe('TOWNSHIP_REVIEWED');
      expect(after.objections).toEqual([]);
    } else {
      expect(review.errors?.[0].extensions?.rule).toBe('OPEN_OBJECTION');
      expect(after.status).toBe('PUBLICIZING');
      expect(after.objections.map((o: { status: string }) => o.status)).toEqual(['OPEN']);
    }
  });

  test('given an objection that is upheld, then the placement goes back to the village review with the reason, leaves the list, and a new publicity starts afresh', async () => {
    const a = await inPublicity('13700005555');
    const objection = ok(
      await s.gql(OBJECT, { i: { workflow: 'JobPlacement', recordId: a.placement.id, content: '申请人系村干部近亲属' } }, county),
    ).recordObjection;
    const upheld = ok(
      await s.gql(RESOLVE, { id: objection.id, d: 'UPHOLD', r: '经核实属村干部近亲属，退回村级重新评议', v: objection.version }, township),
    ).resolveObjection;
    expect(upheld.status).toBe('UPHELD');
    const p = await placement(a.placement.id);
    expect(p.status).toBe('VILLAGE_REVIEWED');
    expect(p.publicity).toMatchObject({ outcome: 'OBJECTION_UPHELD', running: false });
    expect(p.history[p.history.length - 1]).toMatchObject({
      action: 'OBJECTION_UPHELD',
      fromStatus: 'PUBLICIZING',
      toStatus: 'VILLAGE_REVIEWED',
      comment: '经核实属村干部近亲属，退回村级重新评议',
    });
    const ids = ok(await s.gql(LIST, { w: 'JobPlacement' }, county)).publicityList.entries.map((e: { recordId: string }) => e.recordId);
    expect(ids).not.toContain(a.placement.id);
    // Objections are taken only during publicity.
    expect(
      expectError(
        await s.gql(OBJECT, { i: { workflow: 'JobPlacement', recordId: a.placement.id, content: '再次反映' } }, village),
        'CONFLICT',
      ).extensions?.rule,
    ).toBe('NOT_IN_PUBLICITY');

    await step(village, a.placement.id, 'PUBLICIZE');
    const again = await placement(a.placement.id);
    expect(again.publicity).toMatchObject({ running: true, closedAt: null });
    expect(again.publicity.id).not.toBe(p.publicity.id);
    expect(
      expectError(await transitionPlacement(s, township, a.placement.id, 'TOWNSHIP_APPROVE', again.version), 'CONFLICT').extensions?.rule,
    ).toBe('PUBLICITY_PERIOD');
  });
});

describe('objections under WORKFLOW_DELEGATION=COUNTY>TOWNSHIP', () => {
  let s: TestServer;

  beforeAll(async () => {
    s = await startTestServer({ ...LONG_SESSIONS, WORKFLOW_DELEGATION: 'COUNTY>TOWNSHIP' });
  });
  afterAll(async () => {
    await s?.close();
  });

  test('given delegation, when the county decides an objection on a placement, then it may, and the history records it as acted for the township', async () => {
    const county = await s.login('demo.county');
    const village = await s.login('demo.village');
    const villageCode = ok(await s.gql('{ me { regionCode } }', {}, village)).me.regionCode;
    const post = await openPost(s, county, { villageCode, organizationId: await organizationId(s, county) });
    let p = await apply(s, village, post, await createPerson(s, village, { villageCode }));
    p = ok(await transitionPlacement(s, village, p.id, 'VILLAGE_APPROVE', p.version, '村民代表会议评议通过')).transitionJobPlacement;
    ok(await transitionPlacement(s, village, p.id, 'PUBLICIZE', p.version));
    const objection = ok(
      await s.gql(OBJECT, { i: { workflow: 'JobPlacement', recordId: p.id, content: '对拟聘人员有异议' } }, village),
    ).recordObjection;
    const seen = ok(await s.gql('query($id: ID!) { jobPlacement(id: $id) { objections { canResolve } } }', { id: p.id }, county))
      .jobPlacement.objections;
    expect(seen).toEqual([{ canResolve: true }]);
    ok(await s.gql(RESOLVE, { id: objection.id, d: 'DISMISS', r: '经核实异议不成立', v: objection.version }, county));
    const history = ok(await s.gql('query($id: ID!) { jobPlacement(id: $id) { history { action actedFor } } }', { id: p.id }, county))
      .jobPlacement.history;
    expect(history.map((h: { action: string; actedFor: string | null }) => [h.action, h.actedFor])).toEqual([
      ['VILLAGE_APPROVE', null],
      ['PUBLICIZE', null],
      ['OBJECTION_RECORDED', null],
      ['OBJECTION_DISMISSED', 'TOWNSHIP'],
    ]);
  });
});

describe('product certification publicity', () => {
  let s: TestServer;
  let province: string;
  let countyIm: string;
  let supplierId: string;
  const MOVE = `mutation($id: ID!, $action: ProductAction!, $v: Int!, $comment: String, $payload: ProductTransitionInput) {
    transitionAssistanceProduct(id: $id, action: $action, expectedVersion: $v, comment: $comment, payload: $payload) { id version status } }`;
  const PRODUCT = `query($id: ID!) { assistanceProduct(id: $id) { id version status publicity { publisherName minDays running outcome } objections { id version status } history { action toStatus comment } } }`;

  const relogin = async () => {
    province = await s.login('demo.im.province');
    countyIm = await s.login('pub.im.county', ADMIN_PASSWORD);
  };
  const product = async (id: string) => ok(await s.gql(PRODUCT, { id }, province)).assistanceProduct;
  const move = async (token: string, id: string, action: string, comment?: string, payload?: object) => {
    const p = await product(id);
    return s.gql(MOVE, { id, action, v: p.version, comment, payload }, token);
  };

  beforeAll(async () => {
    s = await startTestServer(LONG_SESSIONS);
    await createAccount(s, 'pub.im.county', ['COUNTY_OFFICER'], '150824');
    await relogin();
    supplierId = ok(await s.gql(`{ organizations(filter: { name: { eq: "乌拉特中旗牧民肉羊合作社" } }) { nodes { id } } }`, {}, province))
      .organizations.nodes[0].id;
  });
  afterAll(async () => {
    clock.reset();
    await s?.close();
  });

  async function publicized(name: string): Promise<string> {
    const created = ok(
      await s.gql(
        `mutation($input: CreateAssistanceProductInput!) { createAssistanceProduct(input: $input) { id } }`,
        {
          input: { name, category: 'MEAT_EGG', countyCode: '150824', supplierId, unit: '袋', price: '58.00', householdsLinked: 40 },
        },
        province,
      ),
    ).createAssistanceProduct;
    ok(await move(province, created.id, 'SUBMIT'));
    ok(await move(countyIm, created.id, 'RECOMMEND', '县级推荐'));
    ok(await move(province, created.id, 'PUBLICIZE'));
    return created.id;
  }

  test('given a product in publicity, then the list shows product, supplier and reason only; certification waits for the period and for objections, dismissed or upheld', async () => {
    const id = await publicized('乌拉特中旗风干牛肉（公示）');
    const p = await product(id);
    expect(p.publicity).toMatchObject({ minDays: 5, running: true, publisherName: '内蒙古自治区乡村振兴局' });
    const notice = ok(
      await s.gql(
        `{ publicityList(workflow: "AssistanceProduct") { title text entries { recordId name gender post supplier village reason } } }`,
        {},
        province,
      ),
    ).publicityList;
    const entry = notice.entries.find((e: { recordId: string }) => e.recordId === id);
    expect(entry).toMatchObject({
      name: '乌拉特中旗风干牛肉（公示）',
      supplier: '乌拉特中旗牧民肉羊合作社',
      gender: null,
      post: null,
      reason: '脱贫县产品，带动脱贫户 40 户',
    });
    const statuses = await Promise.all(notice.entries.map(async (e: { recordId: string }) => (await product(e.recordId)).status));
    expect(new Set(statuses)).toEqual(new Set(['PUBLICIZING']));
    expect(notice.text).toContain('公示期为5天');
    expect(notice.text).toContain('内蒙古自治区乡村振兴局');

    expect(expectError(await move(province, id, 'CERTIFY'), 'CONFLICT').extensions?.rule).toBe('PUBLICITY_PERIOD');
    const objection = ok(
      await s.gql(
        OBJECT,
        { i: { workflow: 'AssistanceProduct', recordId: id, content: '供应商实际生产地不在脱贫县', objectorContact: 'wlt@example.cn' } },
        countyIm,
      ),
    ).recordObjection;
    expect(objection.objectorContact).not.toBe('wlt@example.cn');
    clock.advance(5 * DAY + 60_000);
    await relogin();
    expect(expectError(await move(province, id, 'CERTIFY'), 'CONFLICT').extensions?.rule).toBe('OPEN_OBJECTION');
    // The county recommended; deciding is for the certifying province.
    expectError(await s.gql(RESOLVE, { id: objection.id, d: 'DISMISS', r: '不成立', v: objection.version }, countyIm), 'FORBIDDEN');
    ok(
      await s.gql(RESOLVE, { id: objection.id, d: 'DISMISS', r: '经核实生产基地在乌拉特中旗，异议不成立', v: objection.version }, province),
    );
    const certified = ok(await move(province, id, 'CERTIFY')).transitionAssistanceProduct;
    expect(certified.status).toBe('CERTIFIED');

    const other = await publicized('乌拉特中旗羊肉干（公示）');
    const o2 = ok(
      await s.gql(OBJECT, { i: { workflow: 'AssistanceProduct', recordId: other, content: '带动户数不实' } }, province),
    ).recordObjection;
    ok(await s.gql(RESOLVE, { id: o2.id, d: 'UPHOLD', r: '带动户数需重新核实，退回县级', v: o2.version }, province));
    const back = await product(other);
    expect(back.status).toBe('COUNTY_RECOMMENDED');
    expect(back.history[back.history.length - 1]).toMatchObject({
      action: 'OBJECTION_UPHELD',
      toStatus: 'COUNTY_RECOMMENDED',
      comment: '带动户数需重新核实，退回县级',
    });
  });
});
