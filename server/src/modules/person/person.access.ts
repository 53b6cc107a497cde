import { definePermissions } from '../../core/access';
import type { Grants } from '../../core/access';

/** Every permission on people's records; a new one is added here and granted below. */
export const personPermissions = definePermissions('person', {
  read: 'person.read',
  create: 'person.create',
  update: 'person.update',
  archive: 'person.archive',
  /** Reading the full ID number and phone instead of the masked ones. */
  reveal: 'person.reveal',
});

const p = personPermissions;
const officer = [p.read, p.create, p.update];

export const personGrants: Grants = {
  PROVINCIAL_ADMIN: [...officer, p.archive, p.reveal],
  CITY_OFFICER: officer,
  COUNTY_OFFICER: [...officer, p.archive, p.reveal],
  TOWNSHIP_OFFICER: officer,
  VILLAGE_OPERATOR: officer,
  VIEWER: [p.read],
};
