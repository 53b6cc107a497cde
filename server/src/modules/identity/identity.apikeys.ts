import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Actor } from '../../core/access';
import { apiKeyPermissions } from './identity.access';
import { requirePermission } from '../../core/access';
import { audit } from '../../core/audit';
import { clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { inTransaction, loadForWrite } from '../../core/crud';
import { randomToken, secretHash } from '../../core/crypto';
import { runQuery } from '../../core/db';
import { Problems, conflict, invalid } from '../../core/errors';
import { resource } from '../../core/resource';
import { settings } from '../../config';
import { Organization } from '../organization/organization.entity';
import { requireRegion } from '../region/region.service';
import { ApiKey } from './identity.entity';
import type { CreateApiKeyInput } from './identity.inputs';
import { allPermissions } from './identity.roles';
import { registerCredentialResolver } from './identity.service';

/** Keys start with this, so the server knows a bearer credential is an API key and not a session. */
export const API_KEY_PREFIX = 'rk_';

/** Administration domains are never granted to third-party apps. */
const NOT_FOR_KEYS = new Set(['user', 'audit', 'apikey']);
/** Verbs a key never gets, even with write access: revealing personal data in clear. */
const NEVER_FOR_KEYS = new Set(['reveal']);

export function grantableDomains(): string[] {
  return [...new Set(allPermissions().map((p) => p.split('.')[0]))].filter((d) => !NOT_FOR_KEYS.has(d)).sort();
}

function keyPermissions(scopes: readonly string[], canWrite: boolean): Set<string> {
  return new Set(
    allPermissions().filter((p) => {
      const [domain, verb] = p.split('.');
      return scopes.includes(domain) && !NOT_FOR_KEYS.has(domain) && !NEVER_FOR_KEYS.has(verb) && (verb === 'read' || canWrite);
    }),
  );
}

export function actorFromKey(key: ApiKey): Actor {
  return {
    kind: 'apiKey',
    id: key.id,
    name: `API密钥 ${key.name}(${key.prefix})`,
    roles: [],
    permissions: keyPermissions(key.scopes, key.canWrite),
    regionCode: key.regionCode ?? null,
    organizationId: key.organizationId ?? null,
    scopes: new Set(key.scopes),
    canWrite: key.canWrite,
    trustedDocumentsOnly: key.trustedDocumentsOnly,
    rateLimitPerMinute: key.rateLimitPerMinute,
  };
}

/** Bearer `rk_…` → the key's actor; unknown, revoked, archived or expired keys authenticate nobody. */
registerCredentialResolver(async (em: SqlEntityManager, token: string) => {
  if (!token.startsWith(API_KEY_PREFIX)) return null;
  const key = await em.findOne(ApiKey, { keyHash: secretHash(token) }, { disableIdentityMap: true });
  const now = clock.now();
  if (!key || key.revokedAt || key.archivedAt || key.expiresAt.getTime() <= now.getTime()) return null;
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
    const res = resource(ApiKey);
    await runQuery(
      em,
      em
        .getKnex()(res.table)
        .where(res.primaryKey.column, key.id)
        .update({ [res.byProp.get('lastUsedAt')!.column]: em.getPlatform().processDateProperty(now) }),
    );
  }
  return { actor: actorFromKey(key), credentialId: `apikey:${key.id}` };
});

export interface IssuedApiKey {
  key: string;
  apiKey: ApiKey;
}

const MAX_LIFETIME_MS = 366 * 24 * 3600_000;

export async function issueApiKey(ctx: RequestContext, input: CreateApiKeyInput): Promise<IssuedApiKey> {
  const actor = requirePermission(ctx.actor, apiKeyPermissions.create);
  const problems = new Problems();
  const domains = grantableDomains();
  const scopes = [...new Set(input.scopes.map((s) => s.trim()))];
  for (const scope of scopes)
    if (!domains.includes(scope))
      problems.add('scopes', 'unknownScope', `授权范围 ${scope} 无效，可选：${domains.join(', ')} (unknown or not grantable scope)`);
  const now = clock.now();
  const expires = input.expiresAt instanceof Date ? input.expiresAt : new Date(input.expiresAt);
  if (Number.isNaN(expires.getTime()) || expires.getTime() <= now.getTime())
    problems.add('expiresAt', 'future', '到期时间须晚于现在 (expiry must be in the future)');
  else if (expires.getTime() - now.getTime() > MAX_LIFETIME_MS)
    problems.add('expiresAt', 'maxOneYear', '有效期最长一年 (at most one year)');
  if (!input.name?.trim()) problems.add('name', 'required', '名称不能为空 (name is required)');
  problems.throwIfAny();
  return inTransaction(ctx, async (em) => {
    if (input.regionCode) await requireRegion(em, 'regionCode', input.regionCode);
    if (input.regionCode === undefined || input.regionCode === null) {
      if (actor.regionCode !== null) throw invalid('regionCode', 'required', '须指定管辖区划 (a jurisdiction inside yours is required)');
    } else if (actor.regionCode !== null && !input.regionCode.startsWith(actor.regionCode)) {
      throw invalid('regionCode', 'outsideJurisdiction', '密钥的管辖区划须在您的管辖范围内 (the key’s jurisdiction must lie inside yours)');
    }
    if (input.organizationId && !(await em.count(Organization, { id: input.organizationId })))
      throw invalid('organizationId', 'exists', '单位不存在 (no such organization)');
    const secret = `${API_KEY_PREFIX}${randomToken(32)}`;
    const key = new ApiKey();
    key.name = input.name.trim();
    key.prefix = secret.slice(0, 10);
    key.keyHash = secretHash(secret);
    key.scopes = scopes;
    key.canWrite = !!input.canWrite;
    key.regionCode = input.regionCode ?? null;
    key.organizationId = input.organizationId ?? null;
    key.expiresAt = expires;
    key.rateLimitPerMinute = input.rateLimitPerMinute ?? settings.rateLimitPerMinute;
    key.createdById = actor.kind === 'user' ? actor.id : null;
    em.persist(key);
    audit(em, ctx, {
      entity: 'ApiKey',
      entityId: key.id,
      action: 'create',
      changes: {
        name: [null, key.name],
        scopes: [null, key.scopes],
        canWrite: [null, key.canWrite],
        regionCode: [null, key.regionCode],
        expiresAt: [null, expires.toISOString()],
        rateLimitPerMinute: [null, key.rateLimitPerMinute],
      },
    });
    await em.flush();
    return { key: secret, apiKey: key };
  });
}

/** Revokes a key at once: the next request with it is unauthenticated. */
export async function revokeApiKey(ctx: RequestContext, id: string): Promise<ApiKey> {
  requirePermission(ctx.actor, apiKeyPermissions.update);
  return inTransaction(ctx, async (em) => {
    const key = await loadForWrite(ctx, em, ApiKey, id);
    if (key.revokedAt) throw conflict('ALREADY_REVOKED', 'API 密钥已吊销 (already revoked)');
    key.revokedAt = clock.now();
    audit(em, ctx, { entity: 'ApiKey', entityId: id, action: 'revoke', detail: key.name });
    await em.flush();
    return key;
  });
}

/**
 * Gives the key a new secret at once and keeps everything else (id, scopes, jurisdiction, expiry,
 * rate limit): the old secret stops working with this commit, so an app swaps it in one step.
 */
export async function rotateApiKey(ctx: RequestContext, id: string): Promise<IssuedApiKey> {
  requirePermission(ctx.actor, apiKeyPermissions.update);
  return inTransaction(ctx, async (em) => {
    const key = await loadForWrite(ctx, em, ApiKey, id);
    if (key.revokedAt) throw conflict('ALREADY_REVOKED', 'API 密钥已吊销，不能轮换 (a revoked key cannot be rotated; issue a new one)');
    if (key.expiresAt.getTime() <= clock.now().getTime())
      throw conflict('EXPIRED', 'API 密钥已过期，不能轮换 (an expired key cannot be rotated; issue a new one)');
    const secret = `${API_KEY_PREFIX}${randomToken(32)}`;
    const oldPrefix = key.prefix;
    key.prefix = secret.slice(0, 10);
    key.keyHash = secretHash(secret);
    audit(em, ctx, { entity: 'ApiKey', entityId: id, action: 'rotate', detail: key.name, changes: { prefix: [oldPrefix, key.prefix] } });
    await em.flush();
    return { key: secret, apiKey: key };
  });
}
