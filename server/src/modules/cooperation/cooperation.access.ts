import { definePermissions } from '../../core/access';
import type { Grants } from '../../core/access';

/** Every permission of 东西部协作; a new one is added here and granted below. */
export const cooperationPermissions = definePermissions('cooperation', {
  read: 'cooperation.read',
  create: 'cooperation.create',
  update: 'cooperation.update',
  archive: 'cooperation.archive',
  approve: 'cooperation.approve',
  pair: 'cooperation.pair',
});

const p = cooperationPermissions;
const officer = [p.read, p.create, p.update];

export const cooperationGrants: Grants = {
  PROVINCIAL_ADMIN: [...officer, p.archive, p.approve, p.pair],
  CITY_OFFICER: officer,
  COUNTY_OFFICER: officer,
  TOWNSHIP_OFFICER: [p.read],
  VIEWER: [p.read],
};
