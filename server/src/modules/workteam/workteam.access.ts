import { definePermissions } from '../../core/access';
import type { Grants } from '../../core/access';

/** Every permission of 驻村工作队; a new one is added here and granted below. */
export const workTeamPermissions = definePermissions('workteam', {
  read: 'workteam.read',
  create: 'workteam.create',
  update: 'workteam.update',
  archive: 'workteam.archive',
  approve: 'workteam.approve',
});

const p = workTeamPermissions;
const write = [p.read, p.create, p.update];

export const workTeamGrants: Grants = {
  PROVINCIAL_ADMIN: [...write, p.archive, p.approve],
  CITY_OFFICER: [...write, p.approve],
  COUNTY_OFFICER: [...write, p.archive, p.approve],
  TOWNSHIP_OFFICER: write,
  VILLAGE_OPERATOR: [p.read],
  VIEWER: [p.read],
};
