import { definePermissions } from '../../core/access';
import type { Grants } from '../../core/access';

/** Every permission on organizations; a new one is added here and granted below. */
export const organizationPermissions = definePermissions('organization', {
  read: 'organization.read',
  create: 'organization.create',
  update: 'organization.update',
  archive: 'organization.archive',
});

const p = organizationPermissions;

export const organizationGrants: Grants = {
  '*': [p.read],
  SYSTEM_ADMIN: [p.create, p.update, p.archive],
  PROVINCIAL_ADMIN: [p.create, p.update, p.archive],
  CITY_OFFICER: [p.create, p.update],
  COUNTY_OFFICER: [p.create, p.update],
};
