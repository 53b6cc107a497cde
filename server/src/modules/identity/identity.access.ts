import { definePermissions } from '../../core/access';
import type { Grants } from '../../core/access';

/* The identity module serves three permission domains: users, API keys and the audit log. A new permission is added here and granted below. */
export const userPermissions = definePermissions('user', {
  read: 'user.read',
  create: 'user.create',
  update: 'user.update',
  archive: 'user.archive',
});

export const apiKeyPermissions = definePermissions('apikey', {
  read: 'apikey.read',
  create: 'apikey.create',
  update: 'apikey.update',
});

export const auditPermissions = definePermissions('audit', {
  read: 'audit.read',
});

export const identityGrants: Grants = {
  // 三员分立: each administrator role holds only its own duty and no business data.
  SECURITY_ADMIN: [
    userPermissions.read,
    userPermissions.create,
    userPermissions.update,
    userPermissions.archive,
    apiKeyPermissions.read,
    apiKeyPermissions.create,
    apiKeyPermissions.update,
  ],
  AUDIT_ADMIN: [auditPermissions.read],
};
