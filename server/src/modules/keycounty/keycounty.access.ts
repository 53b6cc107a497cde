import { definePermissions } from '../../core/access';
import type { Grants } from '../../core/access';

/** Every permission of 重点帮扶县; a new one is added here and granted below. */
export const keyCountyPermissions = definePermissions('keycounty', {
  read: 'keycounty.read',
  create: 'keycounty.create',
  update: 'keycounty.update',
  archive: 'keycounty.archive',
});

const p = keyCountyPermissions;
const write = [p.read, p.create, p.update];

export const keyCountyGrants: Grants = {
  PROVINCIAL_ADMIN: [...write, p.archive],
  CITY_OFFICER: write,
  COUNTY_OFFICER: write,
  TOWNSHIP_OFFICER: [p.read],
  VILLAGE_OPERATOR: [p.read],
  VIEWER: [p.read],
};
