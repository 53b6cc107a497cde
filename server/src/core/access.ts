import { Authorized } from 'type-graphql';
import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from './context';
import { forbidden, invalid, unauthenticated } from './errors';

/**
 * Who is calling. Users and API keys both resolve to an Actor; every rule below reads only this.
 * `regionCode` is the jurisdiction: null means the whole country, otherwise the actor sees rows whose
 * region code starts with it.
 */
export interface Actor {
  kind: 'user' | 'apiKey' | 'system';
  id: string;
  name: string;
  roles: string[];
  permissions: ReadonlySet<string>;
  regionCode: string | null;
  organizationId: string | null;
  /** Extra region prefixes visible for one domain, e.g. a pairing partner's paired counties for `cooperation`. */
  extraRegions?: Readonly<Record<string, string[]>>;
  /** API keys only: the domains the key may touch, and whether it may write. */
  scopes?: ReadonlySet<string>;
  canWrite?: boolean;
  /** API keys only: the key may run only the operations registered for it (trusted documents). */
  trustedDocumentsOnly?: boolean;
  /** Requests per minute this caller may make (API keys carry their own; users get RATE_LIMIT_PER_MINUTE). */
  rateLimitPerMinute?: number;
  /** A signed-in administrator who must enrol a second factor before anything else. */
  enrolmentOnly?: boolean;
}

/**
 * A permission is `domain.verb`. Each domain declares its own once, in `<domain>.access.ts`, with
 * `definePermissions`; code everywhere else names them through those constants, so a misspelt
 * permission is a missing property (a compile error) rather than a string nobody holds.
 */
export type Permission = `${string}.${string}`;

/**
 * The permissions of one domain, keyed by verb: `definePermissions('welfare', { read: 'welfare.read' })`.
 * The type checks every value is exactly `<domain>.<key>`, so a key and its string cannot drift apart.
 */
export function definePermissions<const D extends string, V extends string>(
  domain: D,
  permissions: { [K in V]: `${D}.${K}` },
): { readonly [K in V]: `${D}.${K}` } {
  for (const [verb, permission] of Object.entries(permissions)) {
    if (permission !== `${domain}.${verb}`)
      throw new Error(`权限 ${permission} 应为 ${domain}.${verb} (permission ${permission} must be ${domain}.${verb})`);
  }
  return permissions;
}

/** Role name (or '*' for every signed-in user) → the permissions a domain grants that role. */
export type Grants = Readonly<Record<string, readonly Permission[]>>;

export const SYSTEM_ACTOR: Actor = {
  kind: 'system',
  id: 'system',
  name: '系统 (system)',
  roles: ['SYSTEM'],
  permissions: new Set(['*']),
  regionCode: null,
  organizationId: null,
};

export function hasPermission(actor: Actor | null | undefined, permission: string): boolean {
  if (!actor) return false;
  if (actor.permissions.has('*') || actor.permissions.has(permission)) return true;
  return false;
}

/** Permissions are `domain.verb`; an API key may only use the domains in its scopes, and only read unless granted write. */
export function keyAllows(actor: Actor, permission: string): boolean {
  if (actor.kind !== 'apiKey') return true;
  const [domain, verb] = permission.split('.');
  if (!actor.scopes?.has(domain)) return false;
  return verb === 'read' || actor.canWrite === true;
}

export function can(actor: Actor | null | undefined, permission: string): boolean {
  return !!actor && hasPermission(actor, permission) && keyAllows(actor, permission);
}

export function requirePermission(actor: Actor | null | undefined, permission: Permission): Actor {
  if (!actor) throw unauthenticated();
  if (!can(actor, permission)) throw forbidden(`缺少权限 ${permission} (forbidden: needs ${permission})`, { permission });
  return actor;
}

/** True when a region code lies inside the actor's jurisdiction (or an extra area granted for the domain). */
export function inJurisdiction(actor: Actor, regionCode: string | null | undefined, domain?: string): boolean {
  if (actor.regionCode === null) return true;
  if (!regionCode) return false;
  if (regionCode.startsWith(actor.regionCode)) return true;
  const extra = domain ? actor.extraRegions?.[domain] : undefined;
  return !!extra?.some((prefix) => regionCode.startsWith(prefix));
}

/** Code lengths of the statistics bureau's levels: province 2, city 4, county 6, township 9, village 12. */
const REGION_CODE = /^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/;

/** The one check of a region code given as an argument: digits of one level's length, else BAD_USER_INPUT naming the field. */
export function requireRegionCode(field: string, code: string): string {
  if (!REGION_CODE.test(code))
    throw invalid(field, 'format', `区划代码须为 2/4/6/9/12 位数字 (${field} must be a region code of 2, 4, 6, 9 or 12 digits)`);
  return code;
}

/** Region prefixes the actor may see for a domain; null when unrestricted. */
export function visiblePrefixes(actor: Actor, domain?: string): string[] | null {
  if (actor.regionCode === null) return null;
  return [actor.regionCode, ...((domain && actor.extraRegions?.[domain]) || [])];
}

/**
 * Every Query and Mutation field must carry one of these two decorators; a contract test walks the
 * schema and fails on a field without one, so nothing becomes public by accident.
 */
export const publicFields = new Set<string>();
const publicMethods = new WeakMap<Function, Set<string>>();

/** True when `Public()` marks this resolver class's method (the contract test compares by class and method). */
export function isPublicMethod(resolverClass: Function, methodName: string): boolean {
  return publicMethods.get(resolverClass)?.has(methodName) ?? false;
}

export function Allow(permission: Permission): MethodDecorator & PropertyDecorator {
  return Authorized(permission);
}

/** Callable without signing in (login, health). */
export function Public(): MethodDecorator {
  return (target, key, descriptor) => {
    publicFields.add(String(key));
    const cls = (target as { constructor: Function }).constructor;
    const set = publicMethods.get(cls) ?? new Set<string>();
    set.add(String(key));
    publicMethods.set(cls, set);
    return descriptor;
  };
}

export const authChecker: AuthChecker<RequestContext> = ({ context }, permissions) => {
  const actor = context.actor;
  if (!actor) throw unauthenticated();
  if (permissions.length === 0) return true;
  if (actor.enrolmentOnly)
    throw forbidden('请先绑定动态口令 (enrol a second factor with enrolTotp and confirmTotp first)', {
      rule: 'SECOND_FACTOR_ENROLMENT_REQUIRED',
    });
  for (const permission of permissions) if (can(actor, permission)) return true;
  throw forbidden(`缺少权限 ${permissions.join(' 或 ')} (forbidden: needs ${permissions.join(' or ')})`, { permissions });
};
