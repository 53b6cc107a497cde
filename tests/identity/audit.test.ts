jest.setTimeout(120_000);

import { startTestServer, expectError, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { HUINING, auditRows, createPerson, villageOf } from './helpers';

describe('audit rows and personal data protection', () => {
  let s: TestServer;
  let county: string;
  let township: string;

  beforeAll(async () => {
    s = await startTestServer();
    county = await s.login('demo.county');
    township = await s.login('demo.township');
  });
  afterAll(() => s.close());

  test('given a new person, then lists show the ID number and phone masked and the database holds no clear text', async () => {
    const p = await createPerson(s, county, HUINING, '脱敏测试', '13912345678');
    expect(p.idNumber).toBe(`${p.clearId.slice(0, 4)}**********${p.clearId.slice(-4)}`);
    expect(p.phone).toBe('139****5678');
    const listed = ok(
      await s.gql(`query($id: ID!) { persons(filter: { id: { eq: $id } }) { nodes { idNumber phone } } }`, { id: p.id }, county),
    ).persons.nodes[0];
    expect(listed).toEqual({ idNumber: p.idNumber, phone: '139****5678' });
    const row = await s.em().getKnex()('person').where('id', p.id).first();
    expect(JSON.stringify(row)).not.toContain(p.clearId);
    expect(JSON.stringify(row)).not.toContain('13912345678');
    // the audit row of the creation does not carry the clear values either
    const [created] = await auditRows(s, { entityId: p.id, action: 'create' });
    expect(created.changes).not.toContain(p.clearId);
    expect(created.changes).not.toContain('13912345678');
  });

  test('given a reveal with a reason, then the clear values come back and an audit row records actor and reason; without a reason nothing is revealed or recorded', async () => {
    const p = await createPerson(s, county, HUINING, '查看测试', '13712345678');
    const countyUser = await s.em().getKnex()('app_user').where('username', 'demo.county').first();
    expectError(
      await s.gql(`mutation($id: ID!) { revealPerson(id: $id, reason: "") { idNumber } }`, { id: p.id }, county),
      'BAD_USER_INPUT',
    );
    expect(await auditRows(s, { entityId: p.id, action: 'reveal' })).toHaveLength(0);
    const revealed = ok(
      await s.gql(`mutation($id: ID!) { revealPerson(id: $id, reason: "核对低保申请材料") { idNumber phone } }`, { id: p.id }, county),
    ).revealPerson;
    expect(revealed).toEqual({ idNumber: p.clearId, phone: '13712345678' });
    const rows = await auditRows(s, { entityId: p.id, action: 'reveal' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ entity: 'Person', actor_id: countyUser.id, detail: '核对低保申请材料' });
    expect(rows[0].request_id).toBeTruthy();
    expect(rows[0].ip).toBeTruthy();
    expectError(
      await s.gql(`mutation($id: ID!) { revealPerson(id: $id, reason: "乡镇想看号码") { idNumber } }`, { id: p.id }, township),
      'FORBIDDEN',
    );
    expect(await auditRows(s, { entityId: p.id, action: 'reveal' })).toHaveLength(1);
  });

  test('each mutation kind writes one audit row with actor, request id and the changed fields', async () => {
    const p = await createPerson(s, county, HUINING, '审计测试');
    const upd = ok(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { updatePerson(id: $id, expectedVersion: $v, input: { name: "审计改名", phone: "13600001111" }) { version } }`,
        { id: p.id, v: p.version },
        county,
      ),
    ).updatePerson;
    ok(await s.gql(`mutation($id: ID!) { archivePerson(id: $id) { id } }`, { id: p.id }, county));
    ok(await s.gql(`mutation($id: ID!) { restorePerson(id: $id) { id } }`, { id: p.id }, county));
    const rows = await auditRows(s, { entityId: p.id });
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'archive', 'restore']);
    for (const r of rows) {
      expect(r.actor_name).toContain('demo.county');
      expect(r.request_id).toBeTruthy();
    }
    const changes = JSON.parse(rows[1].changes);
    expect(changes.name).toEqual(['审计测试', '审计改名']);
    expect(JSON.stringify(changes)).not.toContain('13600001111');
    expect(new Set(rows.map((r) => r.request_id)).size).toBe(4);

    // a stale version is refused and leaves no audit row
    expectError(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { updatePerson(id: $id, expectedVersion: $v, input: { name: "过期版本" }) { version } }`,
        { id: p.id, v: upd.version - 1 },
        county,
      ),
      'CONFLICT',
    );
    expect(await auditRows(s, { entityId: p.id })).toHaveLength(4);
    // a refused input leaves no audit row either
    expectError(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { updatePerson(id: $id, expectedVersion: $v, input: { villageCode: "999999999999" }) { version } }`,
        { id: p.id, v: upd.version + 2 },
        county,
      ),
      'BAD_USER_INPUT',
    );
    expect(await auditRows(s, { entityId: p.id })).toHaveLength(4);
  });

  test('given a change that fails when written to the database, then its audit row is rolled back with it', async () => {
    const p = await createPerson(s, county, HUINING, '回滚测试');
    const knex = s.em().getKnex();
    // A trigger refuses this one name at write time, after the service queued the audit row.
    if (s.kind === 'postgresql') {
      await knex.raw(
        `create or replace function refuse_name() returns trigger as $$ begin if new.name = '触发失败' then raise exception 'refused by test trigger'; end if; return new; end $$ language plpgsql`,
      );
      await knex.raw(`create trigger refuse_name before update on person for each row execute function refuse_name()`);
    } else {
      await knex.raw(
        `create trigger refuse_name before update on person when new.name = '触发失败' begin select raise(abort, 'refused by test trigger'); end`,
      );
    }
    try {
      const before = await auditRows(s, { entityId: p.id });
      const res = await s.gql(
        `mutation($id: ID!, $v: Int!) { updatePerson(id: $id, expectedVersion: $v, input: { name: "触发失败" }) { version } }`,
        { id: p.id, v: p.version },
        county,
      );
      expectError(res, 'INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(res.errors)).not.toMatch(/refused by test trigger|update "person"|update `person`/);
      expect(await auditRows(s, { entityId: p.id })).toHaveLength(before.length);
      const row = await knex('person').where('id', p.id).first();
      expect(row.name).toBe('回滚测试');
      // the next good change is written together with its audit row
      ok(
        await s.gql(
          `mutation($id: ID!, $v: Int!) { updatePerson(id: $id, expectedVersion: $v, input: { name: "回滚之后" }) { version } }`,
          { id: p.id, v: p.version },
          county,
        ),
      );
      expect(await auditRows(s, { entityId: p.id, action: 'update' })).toHaveLength(1);
    } finally {
      await knex.raw(s.kind === 'postgresql' ? 'drop trigger refuse_name on person' : 'drop trigger refuse_name');
    }
  });

  test('given a village code that does not exist, when creating a person, then nothing and no audit row is written', async () => {
    const before = (await auditRows(s, { entity: 'Person', action: 'create' })).length;
    const res = await s.gql(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      { input: { name: '无效村', idNumber: '620422198001010011', villageCode: (await villageOf(s, HUINING)).slice(0, 9) + '999' } },
      county,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await auditRows(s, { entity: 'Person', action: 'create' })).length).toBe(before);
  });
});
