import { expectError, ok, startTestServer } from '../support/server';
import type { GraphQLResponse, TestServer } from '../support/server';
import { completeCreditCode, completeIdNumber } from '../../server/src/core/identifiers';
import { clock } from '../../server/src/core/clock';

/*
 * Issue 16, the input cases seen on PostgreSQL: each refused with BAD_USER_INPUT naming the field
 * (never INTERNAL_SERVER_ERROR), with a message in Chinese and English, and nothing written.
 */
jest.setTimeout(300_000);

let s: TestServer;
let admin: string; // demo.province (62)
let national: string; // demo.auditor has no writes; a nationwide provincial admin is made below
let ids: Record<string, { id: string; version: number }>;

const GANSU_VILLAGE = '620422100201';

async function count(table: string): Promise<number> {
  const rows = (await s.em().getConnection().execute(`select count(*) as n from ${table}`)) as { n: number | string }[];
  return Number(rows[0].n);
}

async function version(table: string, id: string): Promise<number> {
  const rows = (await s.em().getConnection().execute(`select version from ${table} where id = ?`, [id])) as { version: number }[];
  return Number(rows[0].version);
}

/** The refusal: BAD_USER_INPUT naming `field` with `rule`, in Chinese with English after it, no internals. */
function refused(res: GraphQLResponse, field: string, rule?: string) {
  expect(res.status).toBeLessThan(500);
  const e = expectError(res, 'BAD_USER_INPUT');
  const problem = (e.extensions?.problems as { field: string; rule: string; message: string }[]).find((p) => p.field === field);
  if (!problem) throw new Error(`no problem for ${field}: ${JSON.stringify(e.extensions?.problems)}`);
  if (rule) expect(problem.rule).toBe(rule);
  expect(problem.message).toMatch(/[\u4e00-\u9fff]/);
  expect(problem.message).toMatch(/\([A-Za-z].*\)/);
  expect(JSON.stringify(res.errors)).not.toMatch(/ at .*\.(ts|js):\d+|select |insert |update .* set|violates/i);
  return problem;
}

async function first(plural: string, extra = ''): Promise<{ id: string; version: number }> {
  const r = ok(await s.gql(`{ ${plural}(first: 1${extra}) { nodes { id version } } }`, {}, admin));
  const node = r[plural].nodes[0];
  if (!node) throw new Error(`no seeded ${plural}`);
  return node;
}

beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login('demo.province');
  const em = s.em();
  const { User } = await import('../../server/src/modules/identity/identity.entity');
  const { hashPassword } = await import('../../server/src/modules/identity/identity.service');
  em.persist(
    em.create(User, {
      username: 'hygiene.national',
      displayName: '全国',
      roles: ['PROVINCIAL_ADMIN'],
      regionCode: null,
      passwordHash: await hashPassword('Demo#2025'),
    } as never),
  );
  await em.flush();
  national = await s.login('hygiene.national');
  ids = {
    person: await first('persons'),
    keyCounty: await first('keyCounties'),
    fundAllocation: await first('fundAllocations'),
    teamMember: await first('teamMembers'),
    welfarePost: await first('welfarePosts'),
    organization: await first('organizations', ', filter: { region: { within: "62" } }'),
  };
});
afterAll(() => s.close());

describe('U+0000 and other control characters', () => {
  it('are refused in a list filter, naming the filter field', async () => {
    refused(
      await s.gql(`{ regions(filter: { name: { eq: "\\u0000" } }) { totalCount } }`, {}, admin),
      'filter.name.eq',
      'controlCharacter',
    );
    refused(
      await s.gql(
        `query($f: RegionFilter) { regions(filter: $f) { totalCount } }`,
        { f: { or: [{ name: { contains: 'a\u0000b' } }] } },
        admin,
      ),
      'filter.or.0.name.contains',
      'controlCharacter',
    );
  });

  it('are refused in a nested list filter too', async () => {
    refused(
      await s.gql(`{ region(id: "620422") { children(filter: { name: { startsWith: "\\u0001" } }) { totalCount } } }`, {}, admin),
      'filter.name.startsWith',
      'controlCharacter',
    );
  });

  it('are refused in a name on create, and nothing is written', async () => {
    const before = await count('organization');
    refused(
      await s.gql(
        `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
        { i: { name: '测试\u0000单位', kind: 'PARTY_GOVERNMENT', regionCode: '620422' } },
        admin,
      ),
      'name',
      'controlCharacter',
    );
    refused(
      await s.gql(
        `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
        { i: { name: '测试\n单位', kind: 'PARTY_GOVERNMENT', regionCode: '620422' } },
        admin,
      ),
      'name',
      'controlCharacter',
    );
    expect(await count('organization')).toBe(before);
  });

  it('newline and tab are allowed in long text, other controls are not', async () => {
    const kc = ids.keyCounty;
    const okRes = ok(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { updateKeyCounty(id: $id, expectedVersion: $v, input: { notes: "第一行\\n\\t第二行" }) { notes version } }`,
        { id: kc.id, v: kc.version },
        admin,
      ),
    );
    expect(okRes.updateKeyCounty.notes).toBe('第一行\n\t第二行');
    kc.version = okRes.updateKeyCounty.version;
    refused(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { updateKeyCounty(id: $id, expectedVersion: $v, input: { notes: "响铃\\u0007" }) { notes } }`,
        { id: kc.id, v: kc.version },
        admin,
      ),
      'notes',
      'controlCharacter',
    );
    expect(await version('key_county', kc.id)).toBe(kc.version);
  });

  it('a lone surrogate is refused', async () => {
    refused(
      await s.gql(
        `query($f: OrganizationFilter) { organizations(filter: $f) { totalCount } }`,
        { f: { name: { contains: '\ud800' } } },
        admin,
      ),
      'filter.name.contains',
      'encoding',
    );
  });
});

describe('names are NFC-normalised and trimmed; blank and zero-width-only names are missing', () => {
  it('stores a name trimmed and in NFC', async () => {
    const decomposed = 'Cafe\u0301 测试单位';
    const r = ok(
      await s.gql(
        `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id name } }`,
        { i: { name: `  ${decomposed}\u3000`, kind: 'PARTY_GOVERNMENT', regionCode: '620422' } },
        admin,
      ),
    );
    expect(r.createOrganization.name).toBe('Caf\u00e9 测试单位');
  });

  it('refuses zero-width-only and blank names on create and update', async () => {
    const before = await count('organization');
    refused(
      await s.gql(
        `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
        { i: { name: '\u200b\u200b', kind: 'PARTY_GOVERNMENT', regionCode: '620422' } },
        admin,
      ),
      'name',
      'required',
    );
    refused(
      await s.gql(
        `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
        { i: { name: '   ', kind: 'PARTY_GOVERNMENT', regionCode: '620422' } },
        admin,
      ),
      'name',
      'required',
    );
    expect(await count('organization')).toBe(before);

    const org = ids.organization;
    refused(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, expectedVersion: $v, input: { name: "   " }) { name } }`,
        { id: org.id, v: org.version },
        admin,
      ),
      'name',
      'required',
    );
    refused(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, expectedVersion: $v, input: { name: "\\u200b\\u200b" }) { name } }`,
        { id: org.id, v: org.version },
        admin,
      ),
      'name',
      'required',
    );
    expect(await version('organization', org.id)).toBe(org.version);

    const m = ids.teamMember;
    refused(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { updateTeamMember(id: $id, expectedVersion: $v, input: { name: "\\u200b\\u200b" }) { name } }`,
        { id: m.id, v: m.version },
        admin,
      ),
      'name',
      'required',
    );
    refused(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { updateTeamMember(id: $id, expectedVersion: $v, input: { name: " \\t " }) { name } }`,
        { id: m.id, v: m.version },
        admin,
      ),
      'name',
    );
    expect(await version('team_member', m.id)).toBe(m.version);
  });

  it('refuses zero-width characters inside a name', async () => {
    refused(
      await s.gql(
        `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
        { i: { name: '测试\u200b单位', kind: 'PARTY_GOVERNMENT', regionCode: '620422' } },
        admin,
      ),
      'name',
      'invisibleCharacter',
    );
  });
});

describe('explicit null on a non-null field of an update input', () => {
  it.each([
    ['updatePerson', 'person', 'person', 'disabled'],
    ['updateKeyCounty', 'keyCounty', 'key_county', 'formerDeepPoverty'],
    ['updateFundAllocation', 'fundAllocation', 'fund_allocation', 'disbursed'],
    ['updateTeamMember', 'teamMember', 'team_member', 'partyMember'],
  ])('%s.%s', async (mutation, key, table, field) => {
    const rec = ids[key];
    const audits = await count('audit_log');
    const problem = refused(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { ${mutation}(id: $id, expectedVersion: $v, input: { ${field}: null }) { id } }`,
        { id: rec.id, v: rec.version },
        admin,
      ),
      field,
      'required',
    );
    // Named by its Chinese label first (残疾, 原深度贫困县, …), the English name in the brackets.
    expect(problem.message).toMatch(/^[\u4e00-\u9fff]+不能为空/);
    expect(await version(table, rec.id)).toBe(rec.version);
    expect(await count('audit_log')).toBe(audits);
  });

  it('null on a nullable field still clears it', async () => {
    const kc = ids.keyCounty;
    kc.version = await version('key_county', kc.id);
    const r = ok(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { updateKeyCounty(id: $id, expectedVersion: $v, input: { notes: null }) { notes version } }`,
        { id: kc.id, v: kc.version },
        admin,
      ),
    );
    expect(r.updateKeyCounty.notes).toBeNull();
    kc.version = r.updateKeyCounty.version;
  });
});

describe('ids', () => {
  it('an empty reference id is BAD_USER_INPUT naming the field', async () => {
    const p = ids.welfarePost;
    refused(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { updateWelfarePost(id: $id, expectedVersion: $v, input: { developingOrganizationId: "" }) { id } }`,
        { id: p.id, v: p.version },
        admin,
      ),
      'developingOrganizationId',
      'idFormat',
    );
    expect(await version('welfare_post', p.id)).toBe(p.version);

    const teams = await count('work_team');
    refused(
      await s.gql(
        `mutation($i: CreateWorkTeamInput!) { createWorkTeam(input: $i) { id } }`,
        { i: { villageCode: GANSU_VILLAGE, dispatchingOrganizationId: '', villageType: 'KEY_VILLAGE', termStart: clock.today() } },
        admin,
      ),
      'dispatchingOrganizationId',
      'idFormat',
    );
    expect(await count('work_team')).toBe(teams);

    const m = ids.teamMember;
    refused(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { updateTeamMember(id: $id, expectedVersion: $v, input: { organizationId: "" }) { id } }`,
        { id: m.id, v: m.version },
        admin,
      ),
      'organizationId',
      'idFormat',
    );
    expect(await version('team_member', m.id)).toBe(m.version);
  });

  it('a malformed record id is BAD_USER_INPUT; a well-formed one that does not exist is NOT_FOUND', async () => {
    refused(
      await s.gql(`mutation { updateOrganization(id: "", expectedVersion: 1, input: { address: "x" }) { id } }`, {}, admin),
      'id',
      'idFormat',
    );
    refused(await s.gql(`{ organization(id: "a b") { id } }`, {}, admin), 'id', 'idFormat');
    refused(await s.gql(`{ organizations(filter: { id: { in: ["ok", ""] } }) { totalCount } }`, {}, admin), 'filter.id.in.1', 'idFormat');
    expectError(
      await s.gql(
        `mutation { updateOrganization(id: "01900000-0000-7000-8000-000000000000", expectedVersion: 1, input: { address: "x" }) { id } }`,
        {},
        admin,
      ),
      'NOT_FOUND',
    );
  });
});

describe('values that must not be stored', () => {
  it('an ID number whose birth date is in the future or more than 120 years ago', async () => {
    const before = await count('person');
    for (const first17 of ['62042230000101001', `620422${Number(clock.today().slice(0, 4)) - 121}0101001`]) {
      refused(
        await s.gql(
          `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`,
          { i: { name: '张三', idNumber: completeIdNumber(first17), villageCode: GANSU_VILLAGE } },
          admin,
        ),
        'idNumber',
        'birthDate',
      );
    }
    expect(await count('person')).toBe(before);
  });

  it('a credit code of eighteen zeros (its check character fits)', async () => {
    expect(completeCreditCode('0'.repeat(17))).toBe('0'.repeat(18));
    const before = await count('organization');
    refused(
      await s.gql(
        `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
        { i: { name: '零号单位', kind: 'PRIVATE_ENTERPRISE', regionCode: '620422', creditCode: '0'.repeat(18) } },
        admin,
      ),
      'creditCode',
      'placeholder',
    );
    expect(await count('organization')).toBe(before);
  });

  it('an impossible calendar date and money with three decimals or an exponent are refused, in Chinese', async () => {
    for (const [value, text] of [
      ['2025-02-30', '日期'],
      ['0000-01-01', '日期'],
    ]) {
      const r = await s.gql(
        `query($d: LocalDate) { jobPlacements(filter: { startDate: { eq: $d } }) { totalCount } }`,
        { d: value },
        admin,
      );
      expect(r.status).toBeLessThan(500);
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].message).toContain(text);
    }
    for (const amount of ['1.005', '1e3']) {
      const r = await s.gql(`query($m: Money) { fundAllocations(filter: { amount: { gte: $m } }) { totalCount } }`, { m: amount }, admin);
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].message).toContain('金额');
    }
  });
});

describe('messages', () => {
  it('class-validator rules answer in Chinese with the English after it', async () => {
    const kc = ids.keyCounty;
    const r = await s.gql(
      `mutation($k: ID!) { createFundAllocation(input: { keyCountyId: $k, year: 2024, source: CENTRAL, purpose: INDUSTRY, amount: "1.00", projectCount: -1 }) { id } }`,
      { k: kc.id },
      admin,
    );
    const p = refused(r, 'projectCount', 'min');
    expect(p.message).toBe('项目数不能小于 0 (projectCount must not be less than 0)');
  });

  it("graphql's own refusals of variables name the field, in Chinese first", async () => {
    const nullName = await s.gql(
      `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
      { i: { name: null, kind: 'PARTY_GOVERNMENT', regionCode: '620422' } },
      admin,
    );
    // The path starts at the variable, which is the client's own name for the argument.
    expect(refused(nullName, 'i.name', 'type').message).toContain('不能为 null');
    const wrongType = await s.gql(
      `query($f: FundAllocationFilter) { fundAllocations(filter: $f) { totalCount } }`,
      { f: { year: { eq: 'abc' } } },
      admin,
    );
    expect(refused(wrongType, 'f.year.eq', 'type').message).toContain('类型不符');
    const badDate = await s.gql(
      `query($d: LocalDate) { jobPlacements(filter: { startDate: { eq: $d } }) { totalCount } }`,
      { d: '2025-02-30' },
      admin,
    );
    expect(refused(badDate, 'd', 'type').message).toContain('日期');
  });

  it('more than 50 refused variable values are one BAD_USER_INPUT, not an internal error', async () => {
    const r = await s.gql(
      `query($f: RegionFilter) { regions(filter: $f) { totalCount } }`,
      { f: { level: { in: Array(60).fill('NOPE') } } },
      admin,
    );
    expect(r.status).toBeLessThan(500);
    expect(r.errors?.map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
    const last = r.errors!.find((e) => e.extensions?.problems?.[0]?.rule === 'tooManyErrors');
    expect(last?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'variables', rule: 'tooManyErrors' }] });
    expect(last?.message).toContain('错误过多');
    expect(r.errors!.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
  });

  it('a region of the wrong level is named by its Chinese level', async () => {
    const r = await s.gql(
      `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`,
      { i: { name: '张三', idNumber: completeIdNumber('62042219800101001'), villageCode: '62' } },
      admin,
    );
    const p = refused(r, 'villageCode', 'level');
    expect(p.message).toContain('省级');
    expect(p.message).toContain('村级');
    expect(p.message).not.toMatch(/的级别为 [A-Z]/);
  });
});

describe('versions', () => {
  it('updateTeamMember of a name raises the version by exactly 1 and writes one audit row', async () => {
    const m = ids.teamMember;
    const v = await version('team_member', m.id);
    const audits = await count('audit_log');
    const r = ok(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { updateTeamMember(id: $id, expectedVersion: $v, input: { name: "改名干部" }) { name version } }`,
        { id: m.id, v },
        admin,
      ),
    );
    expect(r.updateTeamMember).toEqual({ name: '改名干部', version: v + 1 });
    expect(await version('team_member', m.id)).toBe(v + 1);
    expect(await count('audit_log')).toBe(audits + 1);
  });

  it.each([
    ['updateOrganization', 'organization', 'organization', '{ address: "兰州市城关区" }'],
    ['updatePerson', 'person', 'person', '{ disabled: true }'],
    ['updateKeyCounty', 'keyCounty', 'key_county', '{ notes: "版本测试" }'],
    ['updateFundAllocation', 'fundAllocation', 'fund_allocation', '{ notes: "版本测试" }'],
  ])('%s raises the version by exactly 1', async (mutation, key, table, input) => {
    const rec = ids[key];
    const v = await version(table, rec.id);
    const audits = await count('audit_log');
    const r = ok(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { ${mutation}(id: $id, expectedVersion: $v, input: ${input}) { version } }`,
        { id: rec.id, v },
        national,
      ),
    );
    expect(r[mutation].version).toBe(v + 1);
    expect(await version(table, rec.id)).toBe(v + 1);
    expect(await count('audit_log')).toBe(audits + 1);
  });
});
