import { expectError, ok, startTestServer } from '../support/server';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';

/*
 * Resident work teams through HTTP as a provincial administrator would run them: dispatch a team,
 * staff it, station it, replace its first secretary, train and assess its cadres, and read the
 * rollups. 景泰县 (620423) has no seeded teams, so every number below is computed by hand.
 */
jest.setTimeout(300_000);

let s: TestServer;
let admin: string; // demo.province (62)
let county: string; // demo.county (620422)
let national: string;
let villages: string[]; // 景泰县 villages
let orgId: string;
let phoneSeq = 0;

const TEAM = `id version status villageCode countyCode termStart termEnd onDutyCount daysUntilTermEnd availableActions { action } history { action fromStatus toStatus comment }`;

function person(role?: string) {
  phoneSeq++;
  return {
    name: `测试干部${String.fromCharCode(0x4e00 + phoneSeq)}`,
    gender: 'MALE',
    phone: `1390000${String(phoneSeq).padStart(4, '0')}`,
    role,
    post: '科员',
    partyMember: true,
  };
}

beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login('demo.province');
  county = await s.login('demo.county');
  const em = s.em();
  const { Region } = await import('../../server/src/modules/region/region.entity');
  const { Organization } = await import('../../server/src/modules/organization/organization.entity');
  const { User } = await import('../../server/src/modules/identity/identity.entity');
  const { hashPassword } = await import('../../server/src/modules/identity/identity.service');
  villages = (
    await em.find(Region, { level: 'VILLAGE', code: { $like: '620423%' } } as never, { orderBy: { code: 'asc' }, limit: 30 })
  ).map((r: any) => r.code);
  const orgs = await em.find(Organization, {}, { orderBy: { name: 'asc' } });
  orgId = orgs.find((o) => o.name === '景泰县乡村振兴局')!.id;
  em.persist(
    em.create(User, {
      username: 'all.province',
      displayName: '全国',
      roles: ['PROVINCIAL_ADMIN'],
      regionCode: null,
      passwordHash: await hashPassword('Demo#2025'),
    } as never),
  );
  await em.flush();
  national = await s.login('all.province');
});
afterAll(() => s.close());

async function createTeam(village: string, extra: Record<string, unknown> = {}, token = admin) {
  const r = await s.gql(
    `mutation($i: CreateWorkTeamInput!) { createWorkTeam(input: $i) { ${TEAM} } }`,
    { i: { villageCode: village, dispatchingOrganizationId: orgId, villageType: 'KEY_VILLAGE', termStart: clock.today(), ...extra } },
    token,
  );
  return ok(r).createWorkTeam;
}
async function team(id: string, token = admin) {
  return ok(await s.gql(`query($id: ID!) { workTeam(id: $id) { ${TEAM} } }`, { id }, token)).workTeam;
}
function transition(id: string, action: string, version: number, comment?: string, token = admin) {
  return s.gql(
    `mutation($id: ID!, $a: WorkTeamAction!, $v: Int!, $c: String) { transitionWorkTeam(id: $id, action: $a, expectedVersion: $v, comment: $c) { ${TEAM} } }`,
    { id, a: action, v: version, c: comment ?? null },
    token,
  );
}
function addMember(teamId: string, p: Record<string, unknown>, token = admin) {
  return s.gql(
    `mutation($i: CreateTeamMemberInput!) { createTeamMember(input: $i) { id version name role status phone startDate } }`,
    { i: { teamId, ...p } },
    token,
  );
}
async function staffed(village: string, members = 3, extra: Record<string, unknown> = {}) {
  const t = await createTeam(village, extra);
  const ids: string[] = [];
  for (let i = 0; i < members; i++) ids.push(ok(await addMember(t.id, person(i === 0 ? 'FIRST_SECRETARY' : 'MEMBER'))).createTeamMember.id);
  let cur = await team(t.id);
  cur = ok(await transition(t.id, 'APPROVE', cur.version)).transitionWorkTeam;
  cur = ok(await transition(t.id, 'ACTIVATE', cur.version)).transitionWorkTeam;
  return { team: cur, memberIds: ids };
}

describe('given the team workflow', () => {
  it('when a team is dispatched, staffed and stationed, then each rule is enforced and every step is in history', async () => {
    const t = await createTeam(villages[0]);
    expect(t).toMatchObject({ status: 'PROPOSED', countyCode: '620423', onDutyCount: 0 });
    // Default term: two years (WORK_TEAM_TERM_YEARS) less a day.
    const start = clock.today();
    const twoYears = new Date(Date.UTC(Number(start.slice(0, 4)) + 2, Number(start.slice(5, 7)) - 1, Number(start.slice(8, 10)) - 1))
      .toISOString()
      .slice(0, 10);
    expect(t.termEnd).toBe(twoYears);
    expect(t.daysUntilTermEnd).toBeGreaterThanOrEqual(729);
    expect(t.availableActions.map((a: any) => a.action)).toEqual(['APPROVE', 'RECALL']);

    // Illegal step: ACTIVATE from PROPOSED.
    const illegal = expectError(await transition(t.id, 'ACTIVATE', t.version), 'CONFLICT');
    expect(illegal.extensions?.rule).toBe('ILLEGAL_TRANSITION');

    const approved = ok(await transition(t.id, 'APPROVE', t.version)).transitionWorkTeam;
    expect(approved.status).toBe('APPROVED');

    // No first secretary → refused, nothing changes.
    expect(expectError(await transition(t.id, 'ACTIVATE', approved.version), 'CONFLICT').extensions?.rule).toBe('ONE_FIRST_SECRETARY');
    ok(await addMember(t.id, person('FIRST_SECRETARY')));
    // A second first secretary is refused.
    expect(expectError(await addMember(t.id, person('FIRST_SECRETARY')), 'CONFLICT').extensions?.rule).toBe('ONE_FIRST_SECRETARY');
    ok(await addMember(t.id, person()));
    let cur = await team(t.id);
    expect(cur).toMatchObject({ status: 'APPROVED', onDutyCount: 2 });
    // Two on duty < WORK_TEAM_MIN_SIZE (3) → refused.
    const small = expectError(await transition(t.id, 'ACTIVATE', cur.version), 'CONFLICT');
    expect(small.extensions).toMatchObject({ rule: 'TEAM_SIZE', onDuty: 2, min: 3, max: 5 });
    expect((await team(t.id)).status).toBe('APPROVED');
    ok(await addMember(t.id, person()));
    cur = await team(t.id);
    // Stale version → CONFLICT.
    expect(expectError(await transition(t.id, 'ACTIVATE', cur.version - 1), 'CONFLICT').extensions?.rule).toBe('STALE_VERSION');
    cur = ok(await transition(t.id, 'ACTIVATE', cur.version)).transitionWorkTeam;
    expect(cur).toMatchObject({ status: 'ACTIVE', onDutyCount: 3 });
    expect(cur.availableActions.map((a: any) => a.action)).toEqual(['COMPLETE', 'RECALL']);

    // Up to WORK_TEAM_MAX_SIZE (5), then refused.
    ok(await addMember(t.id, person()));
    ok(await addMember(t.id, person()));
    expect(expectError(await addMember(t.id, person()), 'CONFLICT').extensions?.rule).toBe('TEAM_SIZE');

    // RECALL needs a reason.
    expectError(await transition(t.id, 'RECALL', cur.version), 'BAD_USER_INPUT');
    // Status is not part of the update input.
    const viaUpdate = await s.gql(
      `mutation($id: ID!, $v: Int!) { updateWorkTeam(id: $id, expectedVersion: $v, input: { status: COMPLETED }) { id } }`,
      { id: t.id, v: cur.version },
      admin,
    );
    expect(viaUpdate.errors?.length).toBeGreaterThan(0);

    const done = ok(await transition(t.id, 'COMPLETE', cur.version)).transitionWorkTeam;
    expect(done).toMatchObject({ status: 'COMPLETED', onDutyCount: 0, availableActions: [] });
    expect(done.history.map((h: any) => h.action)).toEqual([
      'APPROVE',
      'ADD_MEMBER',
      'ADD_MEMBER',
      'ADD_MEMBER',
      'ACTIVATE',
      'ADD_MEMBER',
      'ADD_MEMBER',
      'COMPLETE',
    ]);
    const members = ok(
      await s.gql(
        `query($id: ID!) { workTeam(id: $id) { members(first: 10) { nodes { status endDate leaveReason } } } }`,
        { id: t.id },
        admin,
      ),
    ).workTeam.members.nodes;
    expect(members).toHaveLength(5);
    for (const m of members) expect(m).toEqual({ status: 'COMPLETED', endDate: clock.today(), leaveReason: '任期届满' });
    // A closed team takes no members; illegal step from COMPLETED.
    expect(expectError(await addMember(t.id, person()), 'CONFLICT').extensions?.rule).toBe('TEAM_CLOSED');
    expect(expectError(await transition(t.id, 'RECALL', done.version, '测试'), 'CONFLICT').extensions?.rule).toBe('ILLEGAL_TRANSITION');
  });

  it('when an approved team is recalled with a reason, then its members end as RECALLED with that reason', async () => {
    const t = await createTeam(villages[1]);
    ok(await addMember(t.id, person('FIRST_SECRETARY')));
    const cur = await team(t.id);
    const r = ok(await transition(t.id, 'RECALL', cur.version, '村两委换届调整')).transitionWorkTeam;
    expect(r.status).toBe('RECALLED');
    expect(r.history.at(-1)).toEqual({ action: 'RECALL', fromStatus: 'PROPOSED', toStatus: 'RECALLED', comment: '村两委换届调整' });
    const m = ok(
      await s.gql(`query($id: ID!) { teamMembers(filter: { team: { eq: $id } }) { nodes { status leaveReason } } }`, { id: t.id }, admin),
    ).teamMembers.nodes;
    expect(m).toEqual([{ status: 'RECALLED', leaveReason: '村两委换届调整' }]);
  });

  it('when a county officer outside 景泰 acts on a 景泰 team, then it is not found', async () => {
    const t = await createTeam(villages[2]);
    expectError(await transition(t.id, 'APPROVE', t.version, undefined, county), 'NOT_FOUND');
    expect(ok(await s.gql(`query($id: ID!) { workTeam(id: $id) { id } }`, { id: t.id }, county)).workTeam).toBeNull();
  });
});

describe('given membership rules', () => {
  it('when a person on duty in one team joins another, then CONFLICT; once rotated out, they may join', async () => {
    const a = await createTeam(villages[3]);
    const b = await createTeam(villages[4]);
    const p = person('FIRST_SECRETARY');
    const joined = ok(await addMember(a.id, p)).createTeamMember;
    expect(joined.phone).toMatch(/^139\*{4}\d{4}$/); // stored encrypted, shown masked
    const e = expectError(await addMember(b.id, { ...p, role: 'MEMBER' }), 'CONFLICT');
    expect(e.extensions).toMatchObject({ rule: 'ACTIVE_IN_ANOTHER_TEAM', teamId: a.id });
    expect((await team(b.id)).onDutyCount).toBe(0);
    // Same name, other phone: another person.
    ok(await addMember(b.id, { ...p, phone: '13800009999', role: 'MEMBER' }));
    // Rotate out of A (A is not active, so no size rule), then join B.
    const ended = ok(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { endTeamMembership(id: $id, status: ROTATED, reason: "调回原单位", expectedVersion: $v) { status endDate leaveReason } }`,
        { id: joined.id, v: joined.version },
        admin,
      ),
    ).endTeamMembership;
    expect(ended).toEqual({ status: 'ROTATED', endDate: clock.today(), leaveReason: '调回原单位' });
    ok(await addMember(b.id, { ...p, role: 'MEMBER' }));
  });

  it('when the first secretary of an active team is replaced, then the old membership is kept as ROTATED history and the team still has one', async () => {
    const { team: t, memberIds } = await staffed(villages[5]);
    const fs = ok(await s.gql(`query($id: ID!) { workTeam(id: $id) { firstSecretary { id version name } } }`, { id: t.id }, admin)).workTeam
      .firstSecretary;
    expect(fs.id).toBe(memberIds[0]);

    // Refusals first: empty reason, demoting the active team's first secretary, a stale version.
    expectError(
      await s.gql(
        `mutation($id: ID!, $i: NewTeamMemberInput!, $v: Int!) { replaceTeamMember(memberId: $id, input: $i, reason: "", expectedVersion: $v) { id } }`,
        { id: fs.id, i: person(), v: fs.version },
        admin,
      ),
      'BAD_USER_INPUT',
    );
    const demote = await s.gql(
      `mutation($id: ID!, $i: NewTeamMemberInput!, $v: Int!) { replaceTeamMember(memberId: $id, input: $i, reason: "轮换", expectedVersion: $v) { id } }`,
      { id: fs.id, i: person('MEMBER'), v: fs.version },
      admin,
    );
    expect(expectError(demote, 'CONFLICT').extensions?.rule).toBe('FIRST_SECRETARY_REQUIRED');
    expect(
      expectError(
        await s.gql(
          `mutation($id: ID!, $i: NewTeamMemberInput!) { replaceTeamMember(memberId: $id, input: $i, reason: "轮换", expectedVersion: 99) { id } }`,
          { id: fs.id, i: person() },
          admin,
        ),
        'CONFLICT',
      ).extensions?.rule,
    ).toBe('STALE_VERSION');

    const successor = person();
    const r = ok(
      await s.gql(
        `mutation($id: ID!, $i: NewTeamMemberInput!, $v: Int!) { replaceTeamMember(memberId: $id, input: $i, reason: "原单位工作需要", expectedVersion: $v) { id name role status startDate replacesMember { id status endDate leaveReason } } }`,
        { id: fs.id, i: successor, v: fs.version },
        admin,
      ),
    ).replaceTeamMember;
    expect(r).toMatchObject({ name: successor.name, role: 'FIRST_SECRETARY', status: 'ON_DUTY', startDate: clock.today() });
    expect(r.replacesMember).toEqual({ id: fs.id, status: 'ROTATED', endDate: clock.today(), leaveReason: '原单位工作需要' });
    const after = ok(
      await s.gql(
        `query($id: ID!) { workTeam(id: $id) { status onDutyCount firstSecretary { id } members { totalCount } history { action comment payload } } }`,
        { id: t.id },
        admin,
      ),
    ).workTeam;
    expect(after).toMatchObject({ status: 'ACTIVE', onDutyCount: 3, firstSecretary: { id: r.id }, members: { totalCount: 4 } });
    const step = after.history.at(-1);
    expect(step).toMatchObject({ action: 'REPLACE_MEMBER', comment: '原单位工作需要' });
    expect(JSON.parse(step.payload)).toMatchObject({ replacedMemberId: fs.id, newMemberId: r.id });

    // Replacing someone no longer on duty is refused.
    const old = ok(await s.gql(`query($id: ID!) { teamMember(id: $id) { version } }`, { id: fs.id }, admin)).teamMember;
    expect(
      expectError(
        await s.gql(
          `mutation($id: ID!, $i: NewTeamMemberInput!, $v: Int!) { replaceTeamMember(memberId: $id, input: $i, reason: "再换", expectedVersion: $v) { id } }`,
          { id: fs.id, i: person('FIRST_SECRETARY'), v: old.version },
          admin,
        ),
        'CONFLICT',
      ).extensions?.rule,
    ).toBe('NOT_ON_DUTY');
  });

  it('when a member leaves an active team without a replacement, then the minimum size and the first secretary are protected', async () => {
    const { team: t, memberIds } = await staffed(villages[6], 4);
    const get = async (id: string) => ok(await s.gql(`query($id: ID!) { teamMember(id: $id) { id version } }`, { id }, admin)).teamMember;
    const end = async (id: string) => {
      const m = await get(id);
      return s.gql(
        `mutation($id: ID!, $v: Int!) { endTeamMembership(id: $id, status: RECALLED, reason: "身体原因", expectedVersion: $v) { status } }`,
        { id, v: m.version },
        admin,
      );
    };
    expect(expectError(await end(memberIds[0]), 'CONFLICT').extensions?.rule).toBe('FIRST_SECRETARY_REQUIRED');
    expect(ok(await end(memberIds[3])).endTeamMembership.status).toBe('RECALLED'); // 4 → 3
    expect(expectError(await end(memberIds[2]), 'CONFLICT').extensions?.rule).toBe('TEAM_SIZE'); // 3 → 2 refused
    expect((await team(t.id)).onDutyCount).toBe(3);
    // The FIRST_SECRETARY cannot be demoted in place on an active team, and no second one can be promoted.
    const m1 = await get(memberIds[1]);
    expect(
      expectError(
        await s.gql(
          `mutation($id: ID!, $v: Int!) { updateTeamMember(id: $id, expectedVersion: $v, input: { role: FIRST_SECRETARY }) { id } }`,
          { id: m1.id, v: m1.version },
          admin,
        ),
        'CONFLICT',
      ).extensions?.rule,
    ).toBe('ONE_FIRST_SECRETARY');
    const m0 = await get(memberIds[0]);
    expect(
      expectError(
        await s.gql(
          `mutation($id: ID!, $v: Int!) { updateTeamMember(id: $id, expectedVersion: $v, input: { role: MEMBER }) { id } }`,
          { id: m0.id, v: m0.version },
          admin,
        ),
        'CONFLICT',
      ).extensions?.rule,
    ).toBe('FIRST_SECRETARY_REQUIRED');
  });
});

describe('given trainings, assessments and term ends', () => {
  it('when one member of a team is trained, then the others are flagged as untrained in their term, by field and filter', async () => {
    const { team: t, memberIds } = await staffed(villages[7]);
    // A training before the term started does not count.
    ok(
      await s.gql(
        `mutation($i: CreateTrainingInput!) { createTraining(input: $i) { id } }`,
        {
          i: {
            regionCode: '620423',
            date: '2020-01-01',
            topic: '往期培训',
            hours: 4,
            organizer: '景泰县委组织部',
            attendeeIds: [memberIds[1]],
          },
        },
        admin,
      ),
    );
    const tr = ok(
      await s.gql(
        `mutation($i: CreateTrainingInput!) { createTraining(input: $i) { id version attendees { id } } }`,
        {
          i: {
            regionCode: '620423',
            date: clock.today(),
            topic: '防返贫监测帮扶政策',
            hours: 8,
            organizer: '景泰县乡村振兴局',
            attendeeIds: [memberIds[0], memberIds[0]],
          },
        },
        admin,
      ),
    ).createTraining;
    expect(tr.attendees.map((a: any) => a.id)).toEqual([memberIds[0]]);
    const flagged = ok(
      await s.gql(
        `query($id: ID!) { teamMembers(filter: { team: { eq: $id }, untrainedInTerm: true }) { nodes { id untrainedInTerm trainingsInTerm } } }`,
        { id: t.id },
        admin,
      ),
    ).teamMembers.nodes;
    expect(flagged.map((n: any) => n.id).sort()).toEqual([memberIds[1], memberIds[2]].sort());
    for (const n of flagged) expect(n).toMatchObject({ untrainedInTerm: true, trainingsInTerm: 0 });
    const trained = ok(
      await s.gql(
        `query($id: ID!) { teamMembers(filter: { team: { eq: $id }, untrainedInTerm: false }) { nodes { id trainingsInTerm trainings { topic } } } }`,
        { id: t.id },
        admin,
      ),
    ).teamMembers.nodes;
    expect(trained).toEqual([{ id: memberIds[0], trainingsInTerm: 1, trainings: [{ topic: '防返贫监测帮扶政策' }] }]);
    // Adding the second member to the training clears their flag.
    ok(
      await s.gql(
        `mutation($id: ID!, $m: [ID!]!, $v: Int!) { setTrainingAttendees(id: $id, memberIds: $m, expectedVersion: $v) { attendees { id } } }`,
        { id: tr.id, m: [memberIds[0], memberIds[1]], v: tr.version },
        admin,
      ),
    );
    const left = ok(
      await s.gql(
        `query($id: ID!) { teamMembers(filter: { team: { eq: $id }, untrainedInTerm: true }) { totalCount } }`,
        { id: t.id },
        admin,
      ),
    ).teamMembers.totalCount;
    expect(left).toBe(1);
  });

  it('when a member is assessed twice for a year or outside their service, then refused', async () => {
    const { memberIds } = await staffed(villages[8]);
    const year = Number(clock.today().slice(0, 4));
    const input = {
      memberId: memberIds[0],
      year,
      rating: 'EXCELLENT',
      timeInVillageScore: 95,
      collectiveEconomyScore: 88,
      villagerEvaluationScore: 92,
      resultsScore: 90,
      comment: '成效突出',
    };
    const a = ok(
      await s.gql(
        `mutation($i: CreateMemberAssessmentInput!) { createMemberAssessment(input: $i) { year rating member { id } } }`,
        { i: input },
        admin,
      ),
    ).createMemberAssessment;
    expect(a).toEqual({ year, rating: 'EXCELLENT', member: { id: memberIds[0] } });
    expect(
      expectError(
        await s.gql(
          `mutation($i: CreateMemberAssessmentInput!) { createMemberAssessment(input: $i) { id } }`,
          { i: { ...input, rating: 'COMPETENT' } },
          admin,
        ),
        'CONFLICT',
      ).extensions?.rule,
    ).toBe('UNIQUE_ASSESSMENT');
    const early = expectError(
      await s.gql(
        `mutation($i: CreateMemberAssessmentInput!) { createMemberAssessment(input: $i) { id } }`,
        { i: { ...input, year: year - 3 } },
        admin,
      ),
      'BAD_USER_INPUT',
    );
    expect(early.extensions?.problems[0]).toMatchObject({ field: 'year', rule: 'inService' });
    expectError(
      await s.gql(
        `mutation($i: CreateMemberAssessmentInput!) { createMemberAssessment(input: $i) { id } }`,
        { i: { ...input, memberId: memberIds[1], resultsScore: 101 } },
        admin,
      ),
      'BAD_USER_INPUT',
    );
  });

  it('when an assessment omits a criterion the schema requires, then it is refused naming the field; the optional comment may be left out', async () => {
    // A 靖远县 village, so the 景泰县 rollup below keeps its hand count.
    const { Region } = await import('../../server/src/modules/region/region.entity');
    const [elsewhere] = await s
      .em()
      .find(Region, { level: 'VILLAGE', code: { $like: '620421%' } } as never, { orderBy: { code: 'asc' }, limit: 1 });
    const { memberIds } = await staffed((elsewhere as any).code);
    const year = Number(clock.today().slice(0, 4));
    const full = {
      memberId: memberIds[0],
      year,
      rating: 'COMPETENT',
      timeInVillageScore: 80,
      collectiveEconomyScore: 70,
      villagerEvaluationScore: 85,
      resultsScore: 75,
    };
    const CREATE = `mutation($i: CreateMemberAssessmentInput!) { createMemberAssessment(input: $i) { year rating resultsScore comment } }`;
    const { resultsScore: _omitted, ...withoutResults } = full;
    const missing = await s.gql(CREATE, { i: withoutResults }, admin);
    expect(missing.data ?? null).toBeNull();
    expect(missing.errors?.[0].message).toContain('resultsScore');
    expect(
      ok(await s.gql(`query($id: ID!) { teamMember(id: $id) { assessments { totalCount } } }`, { id: memberIds[0] }, admin)).teamMember
        .assessments.totalCount,
    ).toBe(0);
    // The schema itself says which fields are required: exactly what the record cannot do without.
    const shape = ok(await s.gql(`{ __type(name: "CreateMemberAssessmentInput") { inputFields { name type { kind } } } }`, {}, admin))
      .__type.inputFields;
    const required = shape
      .filter((f: { type: { kind: string } }) => f.type.kind === 'NON_NULL')
      .map((f: { name: string }) => f.name)
      .sort();
    expect(required).toEqual([
      'collectiveEconomyScore',
      'memberId',
      'rating',
      'resultsScore',
      'timeInVillageScore',
      'villagerEvaluationScore',
      'year',
    ]);
    const created = ok(await s.gql(CREATE, { i: full }, admin)).createMemberAssessment;
    expect(created).toEqual({ year, rating: 'COMPETENT', resultsScore: 75, comment: null });
  });

  it('when teams are searched by term ending within N days, then only those are found', async () => {
    const today = clock.today();
    const soonEnd = new Date(Date.parse(`${today}T00:00:00Z`) + 10 * 86_400_000).toISOString().slice(0, 10);
    const start = new Date(Date.parse(`${today}T00:00:00Z`) - 700 * 86_400_000).toISOString().slice(0, 10);
    const soon = await createTeam(villages[9], { termStart: start, termEnd: soonEnd });
    expect(soon.daysUntilTermEnd).toBe(10);
    const within30 = ok(
      await s.gql(
        `{ workTeams(filter: { termEndsWithinDays: 30, county: { eq: "620423" } }) { nodes { id termEndsWithin(days: 30) } } }`,
        {},
        admin,
      ),
    ).workTeams.nodes;
    expect(within30).toEqual([{ id: soon.id, termEndsWithin: true }]);
    expect(
      ok(await s.gql(`{ workTeams(filter: { termEndsWithinDays: 5, county: { eq: "620423" } }) { totalCount } }`, {}, admin)).workTeams
        .totalCount,
    ).toBe(0);
    expectError(await s.gql(`{ workTeams(filter: { termEndsWithinDays: -1 }) { totalCount } }`, {}, admin), 'BAD_USER_INPUT');
  });
});

describe('given the rollups', () => {
  it('when 景泰县 is rolled up for this year, then the figures match the teams built above', async () => {
    const year = Number(clock.today().slice(0, 4));
    // Built above in 620423, ACTIVE now: villages[5] (3 on duty after replacement), villages[6] (3), villages[7] (3), villages[8] (3); all KEY_VILLAGE.
    // Training: in villages[7] one member untrained; villages[5], [6], [8]: nobody trained → 3 + 3 + 3 + 1 = 10 overdue.
    // Assessments this year: one EXCELLENT.
    // Add a RELOCATION_SITE team with 3 on duty to check the grouping.
    await staffed(villages[10], 3, { villageType: 'RELOCATION_SITE' });
    const r = ok(
      await s.gql(
        `query($y: Int!) { workTeamRollup(regionCode: "620423", year: $y) { teams cadresOnDuty membersOverdueForTraining byVillageType { villageType teams cadresOnDuty firstSecretaries } assessmentRatings { rating count } } }`,
        { y: year },
        admin,
      ),
    ).workTeamRollup;
    expect(r.byVillageType).toEqual([
      { villageType: 'KEY_VILLAGE', teams: 4, cadresOnDuty: 12, firstSecretaries: 4 },
      { villageType: 'POVERTY_EXITED_VILLAGE', teams: 0, cadresOnDuty: 0, firstSecretaries: 0 },
      { villageType: 'RELOCATION_SITE', teams: 1, cadresOnDuty: 3, firstSecretaries: 1 },
      { villageType: 'OTHER', teams: 0, cadresOnDuty: 0, firstSecretaries: 0 },
    ]);
    expect(r.teams).toBe(5);
    expect(r.cadresOnDuty).toBe(15);
    expect(r.membersOverdueForTraining).toBe(13);
    expect(r.assessmentRatings).toEqual([
      { rating: 'EXCELLENT', count: 1 },
      { rating: 'COMPETENT', count: 0 },
      { rating: 'BASICALLY_COMPETENT', count: 0 },
      { rating: 'INCOMPETENT', count: 0 },
    ]);
    // The key county 景泰县 shows the same teams and cadres.
    const kc = ok(
      await s.gql(`{ keyCounties(filter: { county: { eq: "620423" } }) { nodes { workTeamsOnDuty cadresOnDuty } } }`, {}, admin),
    ).keyCounties.nodes[0];
    expect(kc).toEqual({ workTeamsOnDuty: 5, cadresOnDuty: 15 });
    // Outside the jurisdiction → refused.
    expectError(
      await s.gql(`query($y: Int!) { workTeamRollup(regionCode: "513431", year: $y) { teams } }`, { y: year }, admin),
      'FORBIDDEN',
    );
  });

  it('when the seeded 会宁 teams are rolled up for 2025, then the seed figures come back', async () => {
    // Seed: 3 ACTIVE teams in 会宁 (KEY 3 on duty, POVERTY_EXITED 4 on duty after a replaced first secretary, RELOCATION 3); 2 trainings for the first 7 on duty.
    const r = ok(
      await s.gql(
        `{ workTeamRollup(regionCode: "620422", year: 2025) { teams cadresOnDuty membersOverdueForTraining byVillageType { villageType teams cadresOnDuty } assessmentRatings { rating count } } }`,
        {},
        county,
      ),
    ).workTeamRollup;
    expect(r.teams).toBe(3);
    expect(r.cadresOnDuty).toBe(10);
    expect(r.byVillageType.slice(0, 3)).toEqual([
      { villageType: 'KEY_VILLAGE', teams: 1, cadresOnDuty: 3 },
      { villageType: 'POVERTY_EXITED_VILLAGE', teams: 1, cadresOnDuty: 4 },
      { villageType: 'RELOCATION_SITE', teams: 1, cadresOnDuty: 3 },
    ]);
    expect(r.membersOverdueForTraining).toBe(3);
    expect(r.assessmentRatings.reduce((n: number, a: any) => n + a.count, 0)).toBe(10);
  });
});

describe('given many teams', () => {
  it('when 200 teams are listed with members, village, county and dispatching organization, then the statements do not grow with rows', async () => {
    const em = s.em();
    const { Region } = await import('../../server/src/modules/region/region.entity');
    const { WorkTeam, TeamMember } = await import('../../server/src/modules/workteam/workteam.entity');
    const { Organization } = await import('../../server/src/modules/organization/organization.entity');
    const bayannur = (await em.find(Region, { level: 'VILLAGE', code: { $like: '150825%' } } as never, { limit: 50 })).map(
      (r: any) => r.code,
    );
    const orgs = (await em.find(Organization, {})).map((o) => o.id);
    for (let i = 0; i < 200; i++) {
      const village = bayannur[i % bayannur.length];
      const t = em.create(WorkTeam, {
        villageCode: village,
        countyCode: '150825',
        dispatchingOrganizationId: orgs[i % orgs.length],
        villageType: 'OTHER',
        termStart: '2026-01-01',
        termEnd: '2027-12-31',
      } as never);
      em.persist(t);
      for (let j = 0; j < 3; j++) {
        em.persist(
          em.create(TeamMember, {
            teamId: (t as any).id,
            villageCode: village,
            name: `批量${i}-${j}`,
            gender: 'MALE',
            organizationId: orgs[(i + j) % orgs.length],
            role: j === 0 ? 'FIRST_SECRETARY' : 'MEMBER',
            phoneEncrypted: 'x',
            phoneMasked: '139****0000',
            identityHash: `bulk-${i}-${j}`,
            startDate: '2026-01-01',
            status: 'ON_DUTY',
          } as never),
        );
      }
    }
    await em.flush();
    const q = `query($n: Int!) { workTeams(first: $n, filter: { county: { eq: "150825" } }) { totalCount nodes { id status village { name } county { name } dispatchingOrganization { name }
      onDutyCount firstSecretary { name } members(first: 10) { totalCount nodes { name role organization { name } } } } } }`;
    const ten = await s.gql(q, { n: 10 }, national);
    const many = await s.gql(q, { n: 200 }, national);
    expect(ok(ten).workTeams.nodes).toHaveLength(10);
    const nodes = ok(many).workTeams.nodes;
    expect(nodes).toHaveLength(200);
    expect(nodes[0].members.nodes).toHaveLength(3);
    expect(nodes[0].village.name).toBeTruthy();
    expect(nodes[0].county.name).toBe('乌拉特后旗');
    expect(nodes[0].dispatchingOrganization.name).toBeTruthy();
    expect(many.statements).toBeLessThanOrEqual(ten.statements);
    expect(many.statements).toBeLessThanOrEqual(10);
  });
});
