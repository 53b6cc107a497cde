import { definePermissions } from '../../core/access';
import type { Grants } from '../../core/access';

/** Every permission on webhooks (an app manages its own key's without one); a new one is added here and granted below. */
export const webhookPermissions = definePermissions('webhook', {
  read: 'webhook.read',
  manage: 'webhook.manage',
});

export const webhookGrants: Grants = {
  SECURITY_ADMIN: [webhookPermissions.read, webhookPermissions.manage],
};
