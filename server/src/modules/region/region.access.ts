import { definePermissions } from '../../core/access';
import type { Grants } from '../../core/access';

/** Every permission on the region tree; a new one is added here and granted below. */
export const regionPermissions = definePermissions('region', {
  read: 'region.read',
  update: 'region.update',
});

const p = regionPermissions;

export const regionGrants: Grants = {
  '*': [p.read],
  SYSTEM_ADMIN: [p.update],
  PROVINCIAL_ADMIN: [p.update],
};
