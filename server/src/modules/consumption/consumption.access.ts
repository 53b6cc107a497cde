import { definePermissions } from '../../core/access';
import type { Grants } from '../../core/access';

/** Every permission of 消费帮扶; a new one is added here and granted below. */
export const consumptionPermissions = definePermissions('consumption', {
  read: 'consumption.read',
  create: 'consumption.create',
  update: 'consumption.update',
  archive: 'consumption.archive',
  record: 'consumption.record',
  recommend: 'consumption.recommend',
  certify: 'consumption.certify',
});

const p = consumptionPermissions;
const officer = [p.read, p.create, p.update, p.record];

export const consumptionGrants: Grants = {
  PROVINCIAL_ADMIN: [...officer, p.archive, p.recommend, p.certify],
  CITY_OFFICER: officer,
  COUNTY_OFFICER: [...officer, p.recommend],
  TOWNSHIP_OFFICER: [p.read, p.create, p.update],
  VILLAGE_OPERATOR: [p.read],
  VIEWER: [p.read],
};
