jest.setTimeout(120_000);

import { startTestServer, expectError, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { HUINING, adminLogin, JINGYUAN, auditRows, createAccount, createPerson } from './helpers';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id username roles regionCode version disabled } }`;

describe('user management, 三员分立 and the audit log', () => {
  let s: TestServer;
  let security: string;
  let system: string;
  let auditor: string;
  let province: string;

  beforeAll(async () => {
    s = await startTestServer();
    await createAccount(s, 'sec.admin', ['SECURITY_ADMIN']);
    await createAccount(s, 'sys.admin', ['SYSTEM_ADMIN']);
    security = (await adminLogin(s, 'sec.admin')).token;
    system = (await adminLogin(s, 'sys.admin')).token;
    auditor = (await adminLogin(s, 'demo.auditor', 'Demo#2025')).token;
    province = await s.login('demo.province');
  });
  afterAll(() => s.close());

  test('given the security administrator, when creating a user with a weak password, mixed administrator roles or a taken name, then each is refused', async () => {
    const weak = expectError(
      await s.gql(
        CREATE_USER,
        { input: { username: 'weak.user', displayName: '弱口令', password: 'password', roles: ['VIEWER'] } },
        security,
      ),
      'BAD_USER_INPUT',
    );
    expect(weak.extensions?.problems[0]).toMatchObject({ field: 'password', rule: 'passwordPolicy' });
    const mixed = expectError(
      await s.gql(
        CREATE_USER,
        { input: { username: 'mixed.user', displayName: '混合', password: 'Strong#2025', roles: ['AUDIT_ADMIN', 'COUNTY_OFFICER'] } },
        security,
      ),
      'BAD_USER_INPUT',
    );
    expect(mixed.extensions?.problems[0]).toMatchObject({ field: 'roles', rule: 'separationOfDuties' });
    expectError(
      await s.gql(
        CREATE_USER,
        { input: { username: 'demo.county', displayName: '重名', password: 'Strong#2025', roles: ['VIEWER'] } },
        security,
      ),
      'CONFLICT',
    );
    expectError(
      await s.gql(
        CREATE_USER,
        { input: { username: 'bad.region', displayName: '错区划', password: 'Strong#2025', roles: ['VIEWER'], regionCode: '999999' } },
        security,
      ),
      'BAD_USER_INPUT',
    );
    expect(await s.em().getKnex()('app_user').whereIn('username', ['weak.user', 'mixed.user', 'bad.region'])).toHaveLength(0);
  });

  test('given a new county officer created by the security administrator, then it signs in, sees its county, follows a jurisdiction change at once, and is out at once when disabled', async () => {
    const user = ok(
      await s.gql(
        CREATE_USER,
        {
          input: {
            username: 'huining.officer',
            displayName: '会宁新人',
            password: 'Strong#2025',
            roles: ['COUNTY_OFFICER'],
            regionCode: HUINING,
          },
        },
        security,
      ),
    ).createUser;
    expect(user).toMatchObject({ username: 'huining.officer', roles: ['COUNTY_OFFICER'], regionCode: HUINING, disabled: false });
    const created = (await auditRows(s, { entityId: user.id, action: 'create' }))[0];
    expect(created.changes).not.toMatch(/argon2|password/i);

    const token = ok(await s.gql(LOGIN, { u: 'huining.officer', p: 'Strong#2025' })).login.token;
    const within = async () =>
      ok(await s.gql(`{ persons(first: 500) { nodes { village { code } } } }`, {}, token)).persons.nodes.map((p: any) =>
        p.village.code.slice(0, 6),
      );
    expect(new Set(await within())).toEqual(new Set([HUINING]));

    const moved = ok(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { updateUser(id: $id, expectedVersion: $v, input: { regionCode: "${JINGYUAN}" }) { version regionCode } }`,
        { id: user.id, v: user.version },
        security,
      ),
    ).updateUser;
    expect(moved.regionCode).toBe(JINGYUAN);
    expect(new Set(await within())).toEqual(new Set([JINGYUAN]));

    ok(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { updateUser(id: $id, expectedVersion: $v, input: { disabled: true }) { disabled } }`,
        { id: user.id, v: moved.version },
        security,
      ),
    );
    expectError(await s.gql(`{ persons(first: 1) { totalCount } }`, {}, token), 'UNAUTHENTICATED');
    expectError(await s.gql(LOGIN, { u: 'huining.officer', p: 'Strong#2025' }), 'UNAUTHENTICATED');
    expect(await auditRows(s, { entityId: user.id, action: 'update' })).toHaveLength(2);
  });

  test('given a password reset by the security administrator, then the old password and old sessions stop working and the new one signs in', async () => {
    const user = ok(
      await s.gql(
        CREATE_USER,
        { input: { username: 'reset.me', displayName: '重置', password: 'First#2025', roles: ['VIEWER'], regionCode: HUINING } },
        security,
      ),
    ).createUser;
    const old = ok(await s.gql(LOGIN, { u: 'reset.me', p: 'First#2025' })).login.token;
    expectError(
      await s.gql(`mutation($id: ID!) { resetPassword(id: $id, password: "short") { id } }`, { id: user.id }, security),
      'BAD_USER_INPUT',
    );
    ok(await s.gql(`mutation($id: ID!) { resetPassword(id: $id, password: "Second#2025") { id } }`, { id: user.id }, security));
    expectError(await s.gql(`{ persons(first: 1) { totalCount } }`, {}, old), 'UNAUTHENTICATED');
    expectError(await s.gql(LOGIN, { u: 'reset.me', p: 'First#2025' }), 'UNAUTHENTICATED');
    ok(await s.gql(LOGIN, { u: 'reset.me', p: 'Second#2025' }));
    expect(await auditRows(s, { entityId: user.id, action: 'reset_password' })).toHaveLength(1);
  });

  test('三员分立: the security administrator manages users only', async () => {
    expect(
      ok(await s.gql(`{ users(filter: { role: COUNTY_OFFICER }) { nodes { username roles } } }`, {}, security)).users.nodes.map(
        (u: any) => u.username,
      ),
    ).toContain('demo.county');
    expectError(await s.gql(`{ persons { totalCount } }`, {}, security), 'FORBIDDEN');
    expectError(await s.gql(`{ auditLogs { totalCount } }`, {}, security), 'FORBIDDEN');
    expectError(
      await s.gql(`mutation { createOrganization(input: { name: "安全员建单位", kind: OTHER, regionCode: "62" }) { id } }`, {}, security),
      'FORBIDDEN',
    );
    expectError(
      await s.gql(`mutation { updateRegion(id: "62", expectedVersion: 1, input: { name: "改" }) { code } }`, {}, security),
      'FORBIDDEN',
    );
  });

  test('三员分立: the system administrator keeps reference data and cannot manage users, read the audit log or read persons', async () => {
    ok(
      await s.gql(
        `mutation { createOrganization(input: { name: "系统管理员建的单位", kind: OTHER, regionCode: "62" }) { id } }`,
        {},
        system,
      ),
    );
    expectError(await s.gql(`{ users { totalCount } }`, {}, system), 'FORBIDDEN');
    expectError(
      await s.gql(
        CREATE_USER,
        { input: { username: 'by.sysadmin', displayName: '越权', password: 'Strong#2025', roles: ['VIEWER'] } },
        system,
      ),
      'FORBIDDEN',
    );
    expectError(await s.gql(`{ auditLogs { totalCount } }`, {}, system), 'FORBIDDEN');
    expectError(await s.gql(`{ persons { totalCount } }`, {}, system), 'FORBIDDEN');
  });

  test('三员分立: the audit administrator reads the audit log only', async () => {
    expectError(await s.gql(`{ users { totalCount } }`, {}, auditor), 'FORBIDDEN');
    expectError(
      await s.gql(
        CREATE_USER,
        { input: { username: 'by.auditor', displayName: '越权', password: 'Strong#2025', roles: ['VIEWER'] } },
        auditor,
      ),
      'FORBIDDEN',
    );
    expectError(await s.gql(`{ persons { totalCount } }`, {}, auditor), 'FORBIDDEN');
    expect(ok(await s.gql(`{ auditLogs(first: 5) { totalCount } }`, {}, auditor)).auditLogs.totalCount).toBeGreaterThan(0);
  });

  test('given a reveal by the province officer, then the auditor finds who revealed which ID number, filtering by entity, record, action, actor and time', async () => {
    const p = await createPerson(s, province, HUINING, '追溯测试');
    await new Promise((r) => setTimeout(r, 20));
    const start = new Date().toISOString();
    ok(await s.gql(`mutation($id: ID!) { revealPerson(id: $id, reason: "核查帮扶对象身份") { idNumber } }`, { id: p.id }, province));
    const provinceUser = await s.em().getKnex()('app_user').where('username', 'demo.province').first();
    const q = `query($f: AuditLogFilter) { auditLogs(filter: $f, first: 50) { totalCount nodes { at actorId actorName entity entityId action detail requestId ip } } }`;
    const byRecord = ok(
      await s.gql(q, { f: { entity: { eq: 'Person' }, entityId: { eq: p.id }, action: { eq: 'reveal' } } }, auditor),
    ).auditLogs;
    expect(byRecord.totalCount).toBe(1);
    expect(byRecord.nodes[0]).toMatchObject({
      actorId: provinceUser.id,
      entity: 'Person',
      entityId: p.id,
      action: 'reveal',
      detail: '核查帮扶对象身份',
    });
    expect(byRecord.nodes[0].actorName).toContain('demo.province');
    const byActor = ok(await s.gql(q, { f: { actor: { eq: provinceUser.id }, at: { gte: start } } }, auditor)).auditLogs;
    expect(byActor.nodes.map((n: any) => n.action)).toEqual(['reveal']);
    const earlier = ok(await s.gql(q, { f: { entityId: { eq: p.id }, at: { lt: start } } }, auditor)).auditLogs;
    expect(earlier.nodes.map((n: any) => n.action)).toEqual(['create']);
    // newest first by default
    const all = ok(await s.gql(`{ auditLogs(first: 20) { nodes { at } } }`, {}, auditor)).auditLogs.nodes.map((n: any) => n.at);
    expect([...all].sort().reverse()).toEqual(all);
  });

  test('given the auditor, when exporting reveals as CSV, then the file lists them and the export itself is recorded', async () => {
    const csv = ok(await s.gql(`{ auditLogCsv(filter: { action: { eq: "reveal" } }) }`, {}, auditor)).auditLogCsv as string;
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('at,actorId,actorName,ip,requestId,entity,entityId,action,changes,detail');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.includes('"reveal"'))).toBe(true);
    expect(csv).toContain('核查帮扶对象身份');
    expect(await auditRows(s, { entity: 'AuditLog', action: 'export' })).toHaveLength(1);
    expectError(await s.gql(`{ auditLogCsv }`, {}, security), 'FORBIDDEN');
    expectError(await s.gql(`{ auditLogCsv(limit: 20000) }`, {}, auditor), 'BAD_USER_INPUT');
  });

  test('the audit log cannot be changed: no mutation touches it and the database refuses updates', async () => {
    const res = await s.gql(`{ __schema { mutationType { fields { name type { name ofType { name } } } } } }`, {}, auditor);
    const fields = ok(res).__schema.mutationType.fields;
    expect(fields.filter((f: any) => /audit/i.test(f.name) || f.type.name === 'AuditLog' || f.type.ofType?.name === 'AuditLog')).toEqual(
      [],
    );
    // The export recorded by the previous test: recent, so within the retention period.
    const [row] = await auditRows(s, { entity: 'AuditLog', action: 'export' });
    expect(row).toBeDefined();
    // Someone with direct database access, on a connection of their own, is refused too.
    await expect(s.directSql(`update audit_log set action = 'tampered' where id = ?`, [row.id])).rejects.toThrow(/append-only/);
    await expect(s.directSql(`delete from audit_log where id = ?`, [row.id])).rejects.toThrow(/180 days/);
    const [after] = await auditRows(s, { id: row.id });
    expect(after.action).toBe('export');
  });
});
