jest.setTimeout(120_000);

import { startTestServer, expectError, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { HUINING, JINGYUAN, auditRows, createPerson, villageOf } from './helpers';

/*
 * A county officer of 会宁县 (620422) neither sees nor touches records of 靖远县 (620421):
 * reads come back empty or null, writes are refused and change nothing.
 */
describe('jurisdiction: 会宁县 officer versus 靖远县 records', () => {
  let s: TestServer;
  let province: string;
  let county: string;
  let township: string;
  let outside: { id: string; version: number };

  beforeAll(async () => {
    s = await startTestServer();
    province = await s.login('demo.province');
    county = await s.login('demo.county');
    township = await s.login('demo.township');
    outside = await createPerson(s, province, JINGYUAN, '靖远测试');
  });
  afterAll(() => s.close());

  test('given a 靖远 person created by the province, when the county officer lists persons, then only 会宁 rows come back', async () => {
    const data = ok(await s.gql(`{ persons(first: 500) { totalCount nodes { id village { code } } } }`, {}, county));
    expect(data.persons.totalCount).toBeGreaterThan(0);
    expect(data.persons.nodes.length).toBe(data.persons.totalCount);
    for (const p of data.persons.nodes) expect(p.village.code.startsWith(HUINING)).toBe(true);
    expect(data.persons.nodes.map((p: any) => p.id)).not.toContain(outside.id);
  });

  test('given the province officer, when listing persons, then 靖远 rows are visible to it', async () => {
    const data = ok(await s.gql(`{ persons(first: 500, filter: { village: { within: "${JINGYUAN}" } }) { nodes { id } } }`, {}, province));
    expect(data.persons.nodes.map((p: any) => p.id)).toContain(outside.id);
  });

  test('when the county officer asks for the 靖远 person by id or by filter, then it gets null and an empty page', async () => {
    const one = ok(await s.gql(`query($id: ID!) { person(id: $id) { id name } }`, { id: outside.id }, county));
    expect(one.person).toBeNull();
    const filtered = ok(
      await s.gql(`query($id: ID!) { persons(filter: { id: { eq: $id } }) { totalCount nodes { id } } }`, { id: outside.id }, county),
    );
    expect(filtered.persons.totalCount).toBe(0);
    expect(filtered.persons.nodes).toEqual([]);
    const within = ok(await s.gql(`{ persons(filter: { village: { within: "${JINGYUAN}" } }) { totalCount } }`, {}, county));
    expect(within.persons.totalCount).toBe(0);
  });

  test('when the county officer updates, archives or reveals the 靖远 person, then each is refused and nothing changes', async () => {
    const before = await s.em().getKnex()('person').where('id', outside.id).first();
    const auditBefore = (await auditRows(s, { entityId: outside.id })).length;

    const upd = await s.gql(
      `mutation($id: ID!, $v: Int!) { updatePerson(id: $id, expectedVersion: $v, input: { name: "篡改姓名" }) { id } }`,
      { id: outside.id, v: outside.version },
      county,
    );
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(upd.errors?.[0]?.extensions?.code);
    const arc = await s.gql(`mutation($id: ID!) { archivePerson(id: $id) { id } }`, { id: outside.id }, county);
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(arc.errors?.[0]?.extensions?.code);
    const rev = await s.gql(
      `mutation($id: ID!) { revealPerson(id: $id, reason: "核对身份信息") { idNumber } }`,
      { id: outside.id },
      county,
    );
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(rev.errors?.[0]?.extensions?.code);
    expect(rev.data?.revealPerson ?? null).toBeNull();

    const after = await s.em().getKnex()('person').where('id', outside.id).first();
    expect(after.name).toBe(before.name);
    expect(after.version).toBe(before.version);
    expect(after.archived_at).toBe(before.archived_at);
    expect((await auditRows(s, { entityId: outside.id })).length).toBe(auditBefore);
  });

  test('when the county officer creates a person in a 靖远 village or moves a 会宁 person there, then FORBIDDEN and nothing is written', async () => {
    const countBefore = Number((await s.em().getKnex()('person').count({ c: '*' }))[0].c);
    const res = await s.gql(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      {
        input: { name: '越权新建', idNumber: '620421198001010011', villageCode: await villageOf(s, JINGYUAN) },
      },
      county,
    );
    expect(res.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|BAD_USER_INPUT/);
    expect(Number((await s.em().getKnex()('person').count({ c: '*' }))[0].c)).toBe(countBefore);

    const mine = await createPerson(s, county, HUINING, '会宁测试');
    const move = await s.gql(
      `mutation($id: ID!, $v: Int!, $village: String!) { updatePerson(id: $id, expectedVersion: $v, input: { villageCode: $village }) { id } }`,
      { id: mine.id, v: mine.version, village: await villageOf(s, JINGYUAN) },
      county,
    );
    expectError(move, 'FORBIDDEN');
    const row = await s.em().getKnex()('person').where('id', mine.id).first();
    expect(row.village_code.startsWith(HUINING)).toBe(true);
    expect(row.version).toBe(mine.version);
  });

  test('given the township officer of 会师镇, when listing persons, then every row lies inside 620422100', async () => {
    const data = ok(await s.gql(`{ persons(first: 500) { nodes { village { code } } } }`, {}, township));
    for (const p of data.persons.nodes) expect(p.village.code.startsWith('620422100')).toBe(true);
  });
});
