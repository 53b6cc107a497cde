import { completeIdNumber } from '../../server/src/core/identifiers';
import type { TestServer } from '../support/server';
import { ok } from '../support/server';

export const HUINING = '620422';
export const JINGYUAN = '620421';

let serial = 500;
/** A fresh valid ID number registered in a county (unique per call within a test file). */
export function newIdNumber(county: string, birth = '19800512'): string {
  serial += 2;
  return completeIdNumber(`${county}${birth}${String(serial % 1000).padStart(3, '0')}`);
}

/** The first village code of a county, from the database. */
export async function villageOf(s: TestServer, county: string): Promise<string> {
  const rows = await s
    .em()
    .getConnection()
    .execute(`select code from region where level = 'VILLAGE' and code like '${county}%' order by code limit 1`);
  if (!rows.length) throw new Error(`no village in ${county}`);
  return String(rows[0].code);
}

export const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id version villageCode: village { code } idNumber phone } }`;

export async function createPerson(
  s: TestServer,
  token: string,
  county: string,
  name = '测试人员',
  phone = '13812345678',
): Promise<{ id: string; version: number; idNumber: string; phone: string; clearId: string }> {
  const clearId = newIdNumber(county);
  const res = await s.gql(CREATE_PERSON, { input: { name, idNumber: clearId, villageCode: await villageOf(s, county), phone } }, token);
  const person = ok(res).createPerson;
  return { ...person, clearId };
}

/** Audit rows straight from the database (the API never edits them). */
export async function auditRows(
  s: TestServer,
  where: { id?: string; entity?: string; entityId?: string; action?: string },
): Promise<Record<string, any>[]> {
  const qb = s.em().getKnex()('audit_log').select('*').orderBy('id');
  if (where.id) qb.where('id', where.id);
  if (where.entity) qb.where('entity', where.entity);
  if (where.entityId) qb.where('entity_id', where.entityId);
  if (where.action) qb.where('action', where.action);
  return qb;
}

export const ADMIN_PASSWORD = 'Admin#2025-x';

/** Administrator accounts are not demo data; tests create them straight in the database. */
export async function createAccount(
  s: TestServer,
  username: string,
  roles: string[],
  regionCode: string | null = null,
  password = ADMIN_PASSWORD,
): Promise<string> {
  const { hashPassword } = await import('../../server/src/modules/identity/identity.service');
  const { newId } = await import('../../server/src/core/entity');
  const id = newId();
  const now = new Date();
  const em = s.em();
  const { User } = await import('../../server/src/modules/identity/identity.entity');
  em.persist(
    em.create(User, {
      id,
      username,
      displayName: username,
      roles,
      regionCode,
      passwordHash: await hashPassword(password),
      createdAt: now,
      updatedAt: now,
    }),
  );
  await em.flush();
  return id;
}

/** A current TOTP code for a secret, on the server's (shifted) clock. */
export async function totpCode(secret: string): Promise<string> {
  const { totpAt } = await import('../../server/src/modules/identity/identity.totp');
  const { clock } = await import('../../server/src/core/clock');
  return totpAt(secret, clock.now());
}

/**
 * Signs in an administrator, enrolling the required second factor on the first sign-in.
 * Returns a full session token and the TOTP secret for later sign-ins.
 */
export async function adminLogin(
  s: TestServer,
  username: string,
  password = ADMIN_PASSWORD,
  secret?: string,
): Promise<{ token: string; secret: string }> {
  const LOGIN = `mutation($u: String!, $p: String!, $t: String) { login(username: $u, password: $p, totp: $t) { token secondFactorEnrolmentRequired } }`;
  const login = ok(await s.gql(LOGIN, { u: username, p: password, t: secret ? await totpCode(secret) : null })).login;
  if (!login.secondFactorEnrolmentRequired) return { token: login.token, secret: secret! };
  const enrolment = ok(await s.gql(`mutation { enrolTotp { secret uri } }`, {}, login.token)).enrolTotp;
  ok(await s.gql(`mutation($c: String!) { confirmTotp(code: $c) }`, { c: await totpCode(enrolment.secret) }, login.token));
  return { token: login.token, secret: enrolment.secret };
}
