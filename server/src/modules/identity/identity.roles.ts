import { registerEnumType } from 'type-graphql';
import type { Grants } from '../../core/access';

/** Roles of the product (三员分立: SYSTEM_ADMIN, SECURITY_ADMIN and AUDIT_ADMIN are separate and none reads business personal data). */
export enum Role {
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
  SECURITY_ADMIN = 'SECURITY_ADMIN',
  AUDIT_ADMIN = 'AUDIT_ADMIN',
  PROVINCIAL_ADMIN = 'PROVINCIAL_ADMIN',
  CITY_OFFICER = 'CITY_OFFICER',
  COUNTY_OFFICER = 'COUNTY_OFFICER',
  TOWNSHIP_OFFICER = 'TOWNSHIP_OFFICER',
  VILLAGE_OPERATOR = 'VILLAGE_OPERATOR',
  VIEWER = 'VIEWER',
}
registerEnumType(Role, {
  name: 'Role',
  description: '角色 Role of a user; roles are sets of `domain.verb` permissions.',
  valuesConfig: {
    SYSTEM_ADMIN: { description: '系统管理员 (system administrator: accounts’ technical settings, reference data)' },
    SECURITY_ADMIN: { description: '安全管理员 (security administrator: users, roles, API keys)' },
    AUDIT_ADMIN: { description: '审计管理员 (audit administrator: reads the audit log)' },
    PROVINCIAL_ADMIN: { description: '省级管理员 (provincial administrator)' },
    CITY_OFFICER: { description: '市级经办人 (city officer)' },
    COUNTY_OFFICER: { description: '县级审批人 (county bureau officer: final approvals)' },
    TOWNSHIP_OFFICER: { description: '乡镇经办人 (township officer)' },
    VILLAGE_OPERATOR: { description: '村级经办人 (village operator)' },
    VIEWER: { description: '只读用户 (read-only viewer)' },
  },
});

/** The three administrator roles must use a second factor. */
export const ADMIN_ROLES: ReadonlySet<string> = new Set([Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN]);

const grants = new Map<string, Set<string>>();

/** Called once per domain module at start: merges the module's role → permission grants. */
export function registerGrants(moduleGrants: Grants): void {
  for (const [role, permissions] of Object.entries(moduleGrants)) {
    const set = grants.get(role) ?? new Set<string>();
    for (const p of permissions) set.add(p);
    grants.set(role, set);
  }
}

export function permissionsFor(roles: readonly string[]): Set<string> {
  const out = new Set<string>(grants.get('*') ?? []);
  for (const role of roles) for (const p of grants.get(role) ?? []) out.add(p);
  return out;
}

export function allPermissions(): string[] {
  const out = new Set<string>();
  for (const set of grants.values()) for (const p of set) out.add(p);
  return [...out].sort();
}
