import { startTestServer, ok, expectError } from '../support/server';
import type { TestServer } from '../support/server';
import { completeIdNumber } from '../../server/src/core/identifiers';

const CREATE = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id name idNumber phone gender birthDate version village { code } } }`;

describe('persons (人员)', () => {
  let s: TestServer;
  let county: string;
  const village = '620422100001';
  beforeAll(async () => {
    s = await startTestServer();
    county = await s.login('demo.county');
  });
  afterAll(() => s.close());

  it('given a valid ID number, derives gender and birth date and returns ID and phone masked', async () => {
    const idNumber = completeIdNumber('62042219850315002');
    const data = ok(
      await s.gql(
        CREATE,
        { input: { name: '李秀英', idNumber, villageCode: village, phone: '13812345678', householdCategory: 'POVERTY_EXITED' } },
        county,
      ),
    );
    expect(data.createPerson).toMatchObject({
      name: '李秀英',
      idNumber: `6204**********${idNumber.slice(-4)}`,
      phone: '138****5678',
      gender: 'FEMALE',
      birthDate: '1985-03-15',
      version: 1,
      village: { code: village },
    });
    const stored = await s.em().getConnection().execute(`select * from person where id = '${data.createPerson.id}'`);
    expect(JSON.stringify(stored)).not.toContain(idNumber);
    expect(JSON.stringify(stored)).not.toContain('13812345678');
  });

  it('refuses a bad ID number with the field and rule, and writes nothing', async () => {
    const before = ok(await s.gql('{ persons(first: 0) { totalCount } }', {}, county)).persons.totalCount;
    const res = await s.gql(CREATE, { input: { name: '王建国', idNumber: '620422198503150021', villageCode: village } }, county);
    const err = expectError(res, 'BAD_USER_INPUT');
    expect(err.extensions?.problems).toEqual([expect.objectContaining({ field: 'idNumber', rule: 'checksum' })]);
    expect(res.errors?.[0].message).not.toMatch(/select|insert|at .*\.ts/i);
    expect(ok(await s.gql('{ persons(first: 0) { totalCount } }', {}, county)).persons.totalCount).toBe(before);
  });

  it('reports every problem at once: name length, phone format and monitoring type', async () => {
    const res = await s.gql(
      CREATE,
      {
        input: {
          name: '王',
          idNumber: completeIdNumber('62042219900101003'),
          villageCode: village,
          phone: '12345',
          householdCategory: 'MONITORED',
        },
      },
      county,
    );
    const fields = expectError(res, 'BAD_USER_INPUT')
      .extensions?.problems.map((p: { field: string }) => p.field)
      .sort();
    expect(fields).toEqual(expect.arrayContaining(['name', 'phone']));
  });

  it('refuses a duplicate ID number as CONFLICT and finds a person by exact ID number', async () => {
    const idNumber = completeIdNumber('62042219700707001');
    ok(await s.gql(CREATE, { input: { name: '张志强', idNumber, villageCode: village } }, county));
    expectError(await s.gql(CREATE, { input: { name: '张志强', idNumber, villageCode: village } }, county), 'CONFLICT');
    const found = ok(
      await s.gql('query($id: String!) { persons(filter: { idNumber: $id }) { totalCount nodes { name } } }', { id: idNumber }, county),
    );
    expect(found.persons).toEqual({ totalCount: 1, nodes: [{ name: '张志强' }] });
  });

  it('updates with the expected version and refuses a stale one without changing anything', async () => {
    const created = ok(
      await s.gql(CREATE, { input: { name: '刘海军', idNumber: completeIdNumber('62042219800808001'), villageCode: village } }, county),
    ).createPerson;
    const updated = ok(
      await s.gql(
        'mutation($id: ID!, $v: Int!) { updatePerson(id: $id, input: { labourCapacity: WEAK }, expectedVersion: $v) { labourCapacity version } }',
        { id: created.id, v: 1 },
        county,
      ),
    );
    expect(updated.updatePerson).toEqual({ labourCapacity: 'WEAK', version: 2 });
    const stale = await s.gql(
      'mutation($id: ID!) { updatePerson(id: $id, input: { labourCapacity: NONE }, expectedVersion: 1) { version } }',
      { id: created.id },
      county,
    );
    expect(expectError(stale, 'CONFLICT').extensions?.rule).toBe('STALE_VERSION');
    const now = ok(await s.gql('query($id: ID!) { person(id: $id) { labourCapacity version } }', { id: created.id }, county));
    expect(now.person).toEqual({ labourCapacity: 'WEAK', version: 2 });
  });

  it('archives instead of deleting: hidden from lists unless asked for, and restorable', async () => {
    const created = ok(
      await s.gql(CREATE, { input: { name: '赵春生', idNumber: completeIdNumber('62042219750101001'), villageCode: village } }, county),
    ).createPerson;
    ok(await s.gql('mutation($id: ID!) { archivePerson(id: $id) { archivedAt } }', { id: created.id }, county));
    const q = 'query($id: ID!, $a: ArchiveScope) { persons(filter: { id: { eq: $id }, archived: $a }) { totalCount } }';
    expect(ok(await s.gql(q, { id: created.id }, county)).persons.totalCount).toBe(0);
    expect(ok(await s.gql(q, { id: created.id, a: 'ARCHIVED' }, county)).persons.totalCount).toBe(1);
    ok(await s.gql('mutation($id: ID!) { restorePerson(id: $id) { archivedAt } }', { id: created.id }, county));
    expect(ok(await s.gql(q, { id: created.id }, county)).persons.totalCount).toBe(1);
  });

  it('reveals the ID number only with a reason, and records the reveal in the audit log', async () => {
    const idNumber = completeIdNumber('62042219660606002');
    const created = ok(await s.gql(CREATE, { input: { name: '马桂兰', idNumber, villageCode: village } }, county)).createPerson;
    expectError(
      await s.gql('mutation($id: ID!) { revealPerson(id: $id, reason: "") { idNumber } }', { id: created.id }, county),
      'BAD_USER_INPUT',
    );
    const shown = ok(
      await s.gql(
        'mutation($id: ID!) { revealPerson(id: $id, reason: "核对公益性岗位申请材料") { idNumber } }',
        { id: created.id },
        county,
      ),
    );
    expect(shown.revealPerson.idNumber).toBe(idNumber);
    const rows = await s
      .em()
      .getConnection()
      .execute(`select action, detail, actor_name from audit_log where entity_id = '${created.id}' order by at`);
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['create', 'reveal']);
    expect(rows[1].detail).toBe('核对公益性岗位申请材料');
    expect(JSON.stringify(rows)).not.toContain(idNumber);
  });

  it('needs a signed-in user', async () => {
    expectError(await s.gql('{ persons { totalCount } }'), 'UNAUTHENTICATED');
  });
});

describe('organizations (单位)', () => {
  let s: TestServer;
  let province: string;
  beforeAll(async () => {
    s = await startTestServer();
    province = await s.login('demo.province');
  });
  afterAll(() => s.close());
  const CREATE_ORG =
    'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name kind creditCode region { name } } }';

  it('accepts a valid unified social credit code and refuses a wrong check character', async () => {
    const good = ok(
      await s.gql(
        CREATE_ORG,
        { input: { name: '会宁县测试合作社', kind: 'COOPERATIVE', regionCode: '620422', creditCode: '91350100M000100Y43' } },
        province,
      ),
    );
    expect(good.createOrganization).toMatchObject({ creditCode: '91350100M000100Y43', region: { name: '会宁县' } });
    const bad = await s.gql(
      CREATE_ORG,
      { input: { name: '错误代码公司', kind: 'PRIVATE_ENTERPRISE', regionCode: '620422', creditCode: '91350100M000100Y44' } },
      province,
    );
    expect(expectError(bad, 'BAD_USER_INPUT').extensions?.problems).toEqual([
      expect.objectContaining({ field: 'creditCode', rule: 'checksum' }),
    ]);
    expect(
      ok(await s.gql('{ organizations(filter: { name: { eq: "错误代码公司" } }) { totalCount } }', {}, province)).organizations.totalCount,
    ).toBe(0);
  });

  it('refuses an unknown region code naming the field', async () => {
    const res = await s.gql(CREATE_ORG, { input: { name: '无区划单位', kind: 'OTHER', regionCode: '999999' } }, province);
    expect(expectError(res, 'BAD_USER_INPUT').extensions?.problems).toEqual([
      expect.objectContaining({ field: 'regionCode', rule: 'exists' }),
    ]);
  });

  it('sorts by several keys and filters with or', async () => {
    const data = ok(
      await s.gql(
        '{ organizations(filter: { or: [{ kind: { eq: COOPERATIVE } }, { kind: { eq: FAMILY_FARM } }] }, orderBy: [{ field: kind, direction: DESC }, { field: name }], first: 50) { nodes { kind name } } }',
        {},
        province,
      ),
    );
    const kinds = data.organizations.nodes.map((n: { kind: string }) => n.kind);
    expect(kinds.length).toBeGreaterThan(2);
    expect(new Set(kinds)).toEqual(new Set(['COOPERATIVE', 'FAMILY_FARM']));
    expect(kinds).toEqual([...kinds].sort().reverse());
  });
});
