import argon2 from 'argon2';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Actor } from '../../core/access';
import { userPermissions } from './identity.access';
import { audit } from '../../core/audit';
import { clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { decryptField, encryptField, randomToken, secretHash } from '../../core/crypto';
import { matchTotp, newTotpSecret, totpUri } from './identity.totp';
import { sessionStore } from './identity.sessions';
import type { SessionRecord } from './identity.sessions';
import { AppError, ErrorCode, Problems, conflict, invalid, unauthenticated } from '../../core/errors';
import { resource } from '../../core/resource';
import { runQuery } from '../../core/db';
import { CrudService, assignDefined, inTransaction, loadForWrite } from '../../core/crud';
import { requirePermission } from '../../core/access';
import { settings } from '../../config';
import { Organization } from '../organization/organization.entity';
import { requireRegion } from '../region/region.service';
import { User } from './identity.entity';
import { ADMIN_ROLES, permissionsFor } from './identity.roles';
import type { CreateUserInput, UpdateUserInput } from './identity.inputs';

export const SESSION_COOKIE = 'ra_session';

/** Password policy: at least 8 characters with three of upper, lower, digit and symbol. */
export function checkPasswordPolicy(password: string): string | null {
  if (password.length < 8) return '密码至少8位 (at least 8 characters)';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (classes < 3) return '密码须包含大写字母、小写字母、数字、符号中的至少三类 (use three of: upper, lower, digit, symbol)';
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function actorFromUser(user: User, credentialKind: Actor['kind'] = 'user'): Actor {
  return {
    kind: credentialKind,
    id: user.id,
    name: `${user.displayName}(${user.username})`,
    roles: user.roles,
    permissions: permissionsFor(user.roles),
    regionCode: user.regionCode ?? null,
    organizationId: user.organizationId ?? null,
  };
}

/** Resolves a session token to an actor, ending idle sessions. Returns null for an unknown or ended token. */
export async function actorFromSession(em: SqlEntityManager, token: string): Promise<{ actor: Actor; sessionId: string } | null> {
  const sessions = sessionStore();
  const tokenHash = secretHash(token);
  let session: SessionRecord | null;
  let user: User | null;
  if (sessions.getWithUser) {
    const found = await sessions.getWithUser(em, tokenHash);
    session = found?.session ?? null;
    user = found?.user ?? null;
  } else {
    session = await sessions.get(em, tokenHash);
    user = session ? await em.findOne(User, { id: session.userId }, { disableIdentityMap: true }) : null;
  }
  if (!session) return null;
  const now = clock.now();
  if (now.getTime() - session.lastSeenAt.getTime() > settings.sessionIdleMinutes * 60_000) {
    await sessions.revoke(em, tokenHash);
    return null;
  }
  if (!user || user.disabled || user.archivedAt) return null;
  // Every request counts: the idle timeout runs from the last one (the store keeps the write cheap).
  await sessions.touch(em, tokenHash, now);
  const actor = actorFromUser(user);
  if (session.enrolmentOnly) {
    // An administrator without a second factor yet: nothing but enrolling one.
    return { actor: { ...actor, permissions: new Set<string>(), enrolmentOnly: true }, sessionId: tokenHash };
  }
  return { actor, sessionId: tokenHash };
}

/**
 * Writes account bookkeeping columns (sign-in counters, second factor) without bumping the record's
 * version, so an administrator editing the account is not refused because its owner signed in.
 */
async function writeUserColumns(
  em: SqlEntityManager,
  id: string,
  values: Partial<Record<'failedLogins' | 'lockedUntil' | 'lastLoginAt' | 'totpLastStep' | 'totpSecret' | 'totpPendingSecret', unknown>>,
): Promise<void> {
  const res = resource(User);
  const platform = em.getPlatform();
  const row: Record<string, unknown> = {};
  for (const [prop, value] of Object.entries(values)) {
    if (value === undefined) continue;
    row[res.byProp.get(prop)!.column] = value instanceof Date ? platform.processDateProperty(value) : value;
  }
  await runQuery(em, em.getKnex()(res.table).where(res.primaryKey.column, id).update(row));
}

export interface LoginResult {
  token: string;
  user: User;
  /** The session may only enrol a second factor until `confirmTotp` succeeds. */
  secondFactorEnrolmentRequired: boolean;
}

const WRONG_CREDENTIALS = '用户名或密码错误 (wrong username or password)';

/** Checks a 6-digit code against a secret on the server clock (±1 step of 30 s); returns the time step used, or null. Codes already used are refused. */
export function verifyTotp(secret: string, code: string | null | undefined, afterStep?: number | null): number | null {
  if (!code || !/^\d{6}$/.test(code.trim())) return null;
  return matchTotp(secret, code.trim(), clock.now(), afterStep);
}

export function requiresSecondFactor(roles: readonly string[]): boolean {
  return settings.adminTotpRequired && roles.some((r) => ADMIN_ROLES.has(r));
}

export async function login(ctx: RequestContext, username: string, password: string, totp?: string | null): Promise<LoginResult> {
  const em = ctx.em.fork();
  const user = await em.findOne(User, { username: username.trim() }, { disableIdentityMap: true });
  const now = clock.now();
  const record = async (action: string, detail: string, userId?: string) => {
    audit(
      em,
      { ...ctx, actor: userId ? ({ id: userId, name: username } as Actor) : null },
      { entity: 'User', entityId: userId ?? null, action, detail },
    );
    await em.flush();
  };
  const bookkeeping = (values: Partial<Pick<User, 'failedLogins' | 'lockedUntil' | 'lastLoginAt' | 'totpLastStep'>>) =>
    writeUserColumns(em, user!.id, values);
  if (!user || user.disabled || user.archivedAt) {
    await record('login_failed', `unknown or disabled account ${username}`, user?.id);
    throw unauthenticated(WRONG_CREDENTIALS);
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await record('login_refused_locked', `locked until ${user.lockedUntil.toISOString()}`, user.id);
    throw new AppError(
      ErrorCode.UNAUTHENTICATED,
      `账号已锁定，请于 ${user.lockedUntil.toISOString()} 后重试 (account locked after repeated failures)`,
      { lockedUntil: user.lockedUntil.toISOString() },
    );
  }
  const fail = async (what: string) => {
    const failures = user.failedLogins + 1;
    if (failures >= settings.loginMaxFailures) {
      await bookkeeping({ failedLogins: 0, lockedUntil: new Date(now.getTime() + settings.loginLockMinutes * 60_000) });
      await record('lockout', `locked for ${settings.loginLockMinutes} minutes after ${what}`, user.id);
    } else {
      await bookkeeping({ failedLogins: failures });
      await record('login_failed', `${what} (${failures})`, user.id);
    }
  };
  if (!(await argon2.verify(user.passwordHash, password))) {
    await fail('wrong password');
    throw unauthenticated(WRONG_CREDENTIALS);
  }
  let totpLastStep = user.totpLastStep ?? null;
  if (user.totpSecret) {
    if (!totp) {
      await record('login_totp_missing', 'password accepted, second factor code missing', user.id);
      throw new AppError(ErrorCode.UNAUTHENTICATED, '请输入动态口令 (enter the 6-digit code of your authenticator app)', {
        totpRequired: true,
      });
    }
    const step = verifyTotp(decryptField(user.totpSecret)!, totp, totpLastStep);
    if (step === null) {
      await fail('wrong second factor code');
      throw new AppError(ErrorCode.UNAUTHENTICATED, '动态口令错误 (wrong or already used second factor code)', { totpRequired: true });
    }
    totpLastStep = step;
  }
  const enrolmentOnly = !user.totpSecret && requiresSecondFactor(user.roles);
  await bookkeeping({ failedLogins: 0, lockedUntil: null, lastLoginAt: now, totpLastStep });
  const token = randomToken();
  await sessionStore().create(em, {
    tokenHash: secretHash(token),
    userId: user.id,
    createdAt: now,
    lastSeenAt: now,
    ip: ctx.ip || null,
    enrolmentOnly,
  });
  await record(
    'login',
    enrolmentOnly ? 'signed in; second factor enrolment required' : user.totpSecret ? 'signed in with second factor' : 'signed in',
    user.id,
  );
  return { token, user, secondFactorEnrolmentRequired: enrolmentOnly };
}

export async function logout(ctx: RequestContext): Promise<boolean> {
  if (!ctx.credentialId || ctx.actor?.kind !== 'user') return false;
  const em = ctx.em.fork();
  await sessionStore().revoke(em, ctx.credentialId);
  audit(em, ctx, { entity: 'User', entityId: ctx.actor.id, action: 'logout' });
  await em.flush();
  return true;
}

export interface TotpEnrolment {
  secret: string;
  uri: string;
}

/** Starts enrolment of a second factor for the signed-in user: a new secret to scan, confirmed by `confirmTotp`. */
export async function enrolTotp(ctx: RequestContext): Promise<TotpEnrolment> {
  const actor = ctx.actor;
  if (!actor || actor.kind !== 'user') throw unauthenticated();
  const em = ctx.em.fork();
  const user = await em.findOneOrFail(User, { id: actor.id }, { disableIdentityMap: true });
  if (user.totpSecret)
    throw conflict(
      'ALREADY_ENROLLED',
      '已绑定动态口令；如需更换请联系安全管理员重置 (a second factor is already enrolled; ask a security administrator to reset it)',
    );
  const secret = newTotpSecret();
  await writeUserColumns(em, user.id, { totpPendingSecret: encryptField(secret) });
  audit(em, ctx, { entity: 'User', entityId: user.id, action: 'totp_enrolment_started' });
  await em.flush();
  return { secret, uri: totpUri('乡村振兴帮扶管理', user.username, secret) };
}

/** Confirms enrolment with the first code; the current session gets its full permissions. */
export async function confirmTotp(ctx: RequestContext, code: string): Promise<boolean> {
  const actor = ctx.actor;
  if (!actor || actor.kind !== 'user') throw unauthenticated();
  const em = ctx.em.fork();
  const user = await em.findOneOrFail(User, { id: actor.id }, { disableIdentityMap: true });
  if (!user.totpPendingSecret) throw conflict('NO_ENROLMENT', '请先调用 enrolTotp 获取密钥 (call enrolTotp first)');
  const secret = decryptField(user.totpPendingSecret)!;
  const step = verifyTotp(secret, code);
  if (step === null) throw invalid('code', 'totp', '动态口令错误 (wrong code; check the time on your phone)');
  await writeUserColumns(em, user.id, { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpLastStep: step });
  if (ctx.credentialId) await sessionStore().completeEnrolment(em, ctx.credentialId);
  audit(em, ctx, { entity: 'User', entityId: user.id, action: 'totp_enrolled' });
  await em.flush();
  return true;
}

/** A security administrator removes a user's second factor (lost phone); the user enrols again at the next sign-in. */
export async function resetSecondFactor(ctx: RequestContext, id: string): Promise<User> {
  requirePermission(ctx.actor, userPermissions.update);
  return inTransaction(ctx, async (em) => {
    const user = await loadForWrite(ctx, em, User, id);
    user.totpSecret = null;
    user.totpPendingSecret = null;
    await sessionStore().revokeAllForUser(em, user.id);
    audit(em, ctx, { entity: 'User', entityId: id, action: 'reset_second_factor', detail: 'second factor removed; sessions ended' });
    await em.flush();
    return user;
  });
}

export function requireText(field: string, value: string | null | undefined): string {
  if (!value?.trim()) throw invalid(field, 'required', `${field} 不能为空 (required)`);
  return value.trim();
}

/**
 * Turns a bearer credential into an actor. Session tokens are checked here; other credential
 * kinds (API keys) register a resolver with `registerCredentialResolver`.
 */
type CredentialResolver = (em: SqlEntityManager, token: string, ip: string) => Promise<{ actor: Actor; credentialId: string } | null>;
const credentialResolvers: CredentialResolver[] = [];

export function registerCredentialResolver(resolver: CredentialResolver): void {
  credentialResolvers.push(resolver);
}

export async function authenticate(
  em: SqlEntityManager,
  token: string,
  ip: string,
): Promise<{ actor: Actor; credentialId: string } | null> {
  for (const resolve of credentialResolvers) {
    const found = await resolve(em, token, ip);
    if (found) return found;
  }
  const session = await actorFromSession(em, token);
  return session ? { actor: session.actor, credentialId: session.sessionId } : null;
}

/** 三员分立: an administrator role (system, security, audit) stands alone on its account. */
function checkRoles(problems: Problems, roles: readonly string[]): void {
  const admin = roles.filter((r) => ADMIN_ROLES.has(r));
  if (admin.length && roles.length > 1) {
    problems.add(
      'roles',
      'separationOfDuties',
      '三员分立：系统管理员、安全管理员、审计管理员角色须单独设账号，不能与其他角色合并 (an administrator role cannot be combined with any other role)',
    );
  }
  if (new Set(roles).size !== roles.length) problems.add('roles', 'unique', '角色重复 (duplicate role)');
}

async function checkRegionAndOrganization(
  em: SqlEntityManager,
  input: { regionCode?: string | null; organizationId?: string | null },
): Promise<void> {
  if (input.regionCode) await requireRegion(em, 'regionCode', input.regionCode);
  if (input.organizationId && !(await em.count(Organization, { id: input.organizationId }))) {
    throw invalid('organizationId', 'exists', `单位 ${input.organizationId} 不存在 (no such organization)`);
  }
}

/** Ends every open session of a user (disable, password reset, role change). */
export async function revokeSessions(em: SqlEntityManager, userId: string): Promise<number> {
  return sessionStore().revokeAllForUser(em, userId);
}

export const userService = new CrudService<User, CreateUserInput, UpdateUserInput>(User, {
  async build(_ctx, em, input) {
    const problems = new Problems();
    const policy = checkPasswordPolicy(input.password ?? '');
    if (policy) problems.add('password', 'passwordPolicy', policy);
    checkRoles(problems, input.roles);
    problems.throwIfAny();
    if (await em.count(User, { username: input.username.trim() }))
      throw conflict('UNIQUE_USERNAME', `用户名 ${input.username} 已存在 (username already taken)`, { field: 'username' });
    await checkRegionAndOrganization(em, input);
    const user = new User();
    user.username = input.username.trim();
    user.displayName = input.displayName.trim();
    user.roles = [...input.roles];
    user.regionCode = input.regionCode ?? null;
    user.organizationId = input.organizationId ?? null;
    user.passwordHash = await hashPassword(input.password);
    return user;
  },
  async apply(_ctx, em, user, input) {
    const problems = new Problems();
    if (input.roles) checkRoles(problems, input.roles);
    problems.throwIfAny();
    await checkRegionAndOrganization(em, input);
    const wasDisabled = user.disabled;
    assignDefined(user, { ...input, displayName: input.displayName?.trim() });
    // Sessions end at once when the account is disabled; role and jurisdiction changes apply on the next request anyway.
    if (user.disabled && !wasDisabled) await revokeSessions(em, user.id);
  },
});

/** A security administrator sets a new password: policy checked, lockout cleared, all sessions ended. */
export async function resetPassword(ctx: RequestContext, id: string, password: string): Promise<User> {
  requirePermission(ctx.actor, userPermissions.update);
  const policy = checkPasswordPolicy(password ?? '');
  if (policy) throw invalid('password', 'passwordPolicy', policy);
  return inTransaction(ctx, async (em) => {
    const user = await loadForWrite(ctx, em, User, id);
    user.passwordHash = await hashPassword(password);
    user.failedLogins = 0;
    user.lockedUntil = null;
    await revokeSessions(em, user.id);
    audit(em, ctx, { entity: 'User', entityId: id, action: 'reset_password', detail: 'password reset; sessions ended' });
    await em.flush();
    return user;
  });
}
