jest.setTimeout(120_000);

import { startTestServer, expectError, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { HUINING, JINGYUAN, createPerson, newIdNumber, villageOf } from './helpers';

/* Each demo role's allowed and refused operations, through HTTP. */
describe('roles: what each demo account may and may not do', () => {
  let s: TestServer;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    s = await startTestServer();
    for (const u of ['demo.province', 'demo.county', 'demo.township', 'demo.village', 'demo.im.county', 'demo.auditor'])
      tokens[u] = await s.login(u);
  });
  afterAll(() => s.close());

  const createIn = async (token: string, village: string) =>
    s.gql(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id version } }`,
      { input: { name: '角色测试', idNumber: newIdNumber(village.slice(0, 6)), villageCode: village } },
      token,
    );

  test('given no sign-in, when calling protected fields, then UNAUTHENTICATED; health and me stay open', async () => {
    expectError(await s.gql(`{ persons { totalCount } }`), 'UNAUTHENTICATED');
    expectError(await s.gql(`{ regions { totalCount } }`), 'UNAUTHENTICATED');
    expectError(await s.gql(`mutation { archivePerson(id: "x") { id } }`), 'UNAUTHENTICATED');
    expect(ok(await s.gql(`{ health { ok } }`)).health.ok).toBe(true);
    expect(ok(await s.gql(`{ me { username } }`)).me).toBeNull();
  });

  test('given a bad token, then it is treated as not signed in', async () => {
    expectError(await s.gql(`{ persons { totalCount } }`, {}, 'not-a-token'), 'UNAUTHENTICATED');
  });

  test('given demo.province (PROVINCIAL_ADMIN of 62), then it creates, archives, restores and reveals persons across Gansu and edits regions', async () => {
    const t = tokens['demo.province'];
    const me = ok(await s.gql(`{ me { username roles regionCode permissions } }`, {}, t)).me;
    expect(me).toMatchObject({ username: 'demo.province', roles: ['PROVINCIAL_ADMIN'], regionCode: '62' });
    expect(me.permissions).toEqual(expect.arrayContaining(['person.read', 'person.create', 'person.reveal', 'region.update']));
    const p = ok(await createIn(t, await villageOf(s, JINGYUAN))).createPerson;
    expect(
      ok(await s.gql(`mutation($id: ID!) { archivePerson(id: $id) { archivedAt } }`, { id: p.id }, t)).archivePerson.archivedAt,
    ).toBeTruthy();
    expect(
      ok(await s.gql(`mutation($id: ID!) { restorePerson(id: $id) { archivedAt } }`, { id: p.id }, t)).restorePerson.archivedAt,
    ).toBeNull();
    expect(
      ok(await s.gql(`mutation($id: ID!) { revealPerson(id: $id, reason: "省级核查身份") { idNumber } }`, { id: p.id }, t)).revealPerson
        .idNumber,
    ).toMatch(/^620421/);
    const region = ok(await s.gql(`{ region(id: "${JINGYUAN}") { version name } }`, {}, t)).region;
    ok(
      await s.gql(
        `mutation($v: Int!) { updateRegion(id: "${JINGYUAN}", expectedVersion: $v, input: { name: "${region.name}" }) { code } }`,
        { v: region.version },
        t,
      ),
    );
  });

  test('given demo.county (COUNTY_OFFICER of 会宁县), then it manages 会宁 persons and organizations but cannot edit regions or archive organizations', async () => {
    const t = tokens['demo.county'];
    const p = ok(await createIn(t, await villageOf(s, HUINING))).createPerson;
    ok(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { updatePerson(id: $id, expectedVersion: $v, input: { name: "改名测试" }) { name } }`,
        { id: p.id, v: p.version },
        t,
      ),
    );
    ok(await s.gql(`mutation($id: ID!) { archivePerson(id: $id) { id } }`, { id: p.id }, t));
    ok(await s.gql(`mutation($id: ID!) { restorePerson(id: $id) { id } }`, { id: p.id }, t));
    ok(await s.gql(`mutation($id: ID!) { revealPerson(id: $id, reason: "县级审批核对") { idNumber } }`, { id: p.id }, t));
    const org = ok(
      await s.gql(
        `mutation { createOrganization(input: { name: "会宁县测试合作社", kind: COOPERATIVE, regionCode: "${HUINING}" }) { id version } }`,
        {},
        t,
      ),
    ).createOrganization;
    expectError(await s.gql(`mutation($id: ID!) { archiveOrganization(id: $id) { id } }`, { id: org.id }, t), 'FORBIDDEN');
    const region = ok(await s.gql(`{ region(id: "${HUINING}") { version } }`, {}, t)).region;
    expectError(
      await s.gql(
        `mutation($v: Int!) { updateRegion(id: "${HUINING}", expectedVersion: $v, input: { name: "改名" }) { code } }`,
        { v: region.version },
        t,
      ),
      'FORBIDDEN',
    );
  });

  test('given demo.county, when it edits an organization registered in 靖远县, then refused and unchanged', async () => {
    const province = tokens['demo.province'];
    const org = ok(
      await s.gql(
        `mutation { createOrganization(input: { name: "靖远县测试企业", kind: PRIVATE_ENTERPRISE, regionCode: "${JINGYUAN}" }) { id version } }`,
        {},
        province,
      ),
    ).createOrganization;
    const res = await s.gql(
      `mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, expectedVersion: $v, input: { name: "被会宁改名" }) { id } }`,
      { id: org.id, v: org.version },
      tokens['demo.county'],
    );
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(res.errors?.[0]?.extensions?.code);
    const row = await s.em().getKnex()('organization').where('id', org.id).first();
    expect(row.name).toBe('靖远县测试企业');
  });

  test('given demo.township (TOWNSHIP_OFFICER of 会师镇), then it registers persons in its township but cannot archive or reveal', async () => {
    const t = tokens['demo.township'];
    const p = ok(await createIn(t, await villageOf(s, '620422100'))).createPerson;
    expectError(await s.gql(`mutation($id: ID!) { archivePerson(id: $id) { id } }`, { id: p.id }, t), 'FORBIDDEN');
    expectError(
      await s.gql(`mutation($id: ID!) { revealPerson(id: $id, reason: "想看一下号码") { idNumber } }`, { id: p.id }, t),
      'FORBIDDEN',
    );
    expectError(
      await s.gql(
        `mutation { createOrganization(input: { name: "乡镇测试单位", kind: COOPERATIVE, regionCode: "620422100" }) { id } }`,
        {},
        t,
      ),
      'FORBIDDEN',
    );
    const other = await createIn(t, await villageOf(s, '620422101'));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('given demo.village (VILLAGE_OPERATOR of 东山根社区), then it registers persons in its village only and holds no township or county permission', async () => {
    const t = tokens['demo.village'];
    const me = ok(await s.gql(`{ me { username roles regionCode permissions } }`, {}, t)).me;
    expect(me).toMatchObject({ username: 'demo.village', roles: ['VILLAGE_OPERATOR'], regionCode: '620422100001' });
    expect(me.permissions).toEqual(
      expect.arrayContaining(['person.create', 'welfare.create', 'welfare.villageApprove', 'welfare.publicize']),
    );
    expect(
      me.permissions.filter((p: string) =>
        ['welfare.townshipApprove', 'welfare.countyApprove', 'welfare.pay', 'person.reveal', 'person.archive'].includes(p),
      ),
    ).toEqual([]);
    ok(await createIn(t, '620422100001'));
    expectError(await createIn(t, '620422100002'), 'FORBIDDEN');
    const seen = ok(await s.gql(`{ persons(first: 500) { nodes { village { code } } } }`, {}, t)).persons.nodes;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((p: { village: { code: string } }) => p.village.code === '620422100001')).toBe(true);
  });

  test('given demo.im.county (COUNTY_OFFICER of 乌拉特中旗), then it sees 乌拉特中旗 and nothing of 会宁', async () => {
    const t = tokens['demo.im.county'];
    expect(ok(await s.gql(`{ me { roles regionCode } }`, {}, t)).me).toEqual({ roles: ['COUNTY_OFFICER'], regionCode: '150824' });
    expectError(await createIn(t, await villageOf(s, HUINING)), 'FORBIDDEN');
    const products = ok(await s.gql(`{ assistanceProducts(first: 100) { nodes { regionCode } } }`, {}, t)).assistanceProducts.nodes;
    expect(products.length).toBeGreaterThan(0);
    expect(products.every((p: { regionCode: string }) => p.regionCode.startsWith('150824'))).toBe(true);
  });

  test('given demo.auditor (AUDIT_ADMIN), then it reads no business personal data and changes nothing', async () => {
    const t = tokens['demo.auditor'];
    const someone = await createPerson(s, tokens['demo.province'], HUINING);
    expectError(await s.gql(`{ persons { totalCount } }`, {}, t), 'FORBIDDEN');
    expectError(await s.gql(`query($id: ID!) { person(id: $id) { id } }`, { id: someone.id }, t), 'FORBIDDEN');
    expectError(
      await s.gql(`mutation($id: ID!) { revealPerson(id: $id, reason: "审计想看号码") { idNumber } }`, { id: someone.id }, t),
      'FORBIDDEN',
    );
    expectError(await createIn(t, await villageOf(s, HUINING)), 'FORBIDDEN');
    expectError(await s.gql(`mutation($id: ID!) { archivePerson(id: $id) { id } }`, { id: someone.id }, t), 'FORBIDDEN');
  });
});
