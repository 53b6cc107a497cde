import { definePermissions } from '../../core/access';
import type { Grants } from '../../core/access';

/** Every permission of 防止返贫动态监测和帮扶; a new one is added here and granted below. */
export const monitoringPermissions = definePermissions('monitoring', {
  read: 'monitoring.read',
  create: 'monitoring.create',
  update: 'monitoring.update',
  archive: 'monitoring.archive',
  /** Reading a household's incomes and a case's risk causes (health is among them) unmasked. */
  reveal: 'monitoring.reveal',
  /** Setting the province's monitoring line. */
  setLine: 'monitoring.setLine',
  check: 'monitoring.check',
  consent: 'monitoring.consent',
  compare: 'monitoring.compare',
  villageReview: 'monitoring.villageReview',
  publicize: 'monitoring.publicize',
  townshipApprove: 'monitoring.townshipApprove',
  countyIdentify: 'monitoring.countyIdentify',
  reject: 'monitoring.reject',
});

const p = monitoringPermissions;

/*
 * Who does what (002 §3, 003): village cadres and work teams find and check households, take the
 * household's consent and hold the democratic review and the village publicity; the township checks
 * departments' data and reviews; the county decides (审定). Each step declares its level in
 * monitoring.workflow.ts; a county's lower permissions serve only under WORKFLOW_DELEGATION.
 */
const village = [p.read, p.create, p.update, p.check, p.consent, p.villageReview, p.publicize, p.reject];
const township = [p.read, p.create, p.update, p.check, p.consent, p.compare, p.townshipApprove, p.reject, p.reveal];
const county = [...new Set([...township, ...village, p.archive, p.countyIdentify])];

export const monitoringGrants: Grants = {
  // The province sets its monitoring line (create/update serve lines only: households and cases are recorded below).
  PROVINCIAL_ADMIN: [p.read, p.create, p.update, p.setLine, p.reveal],
  CITY_OFFICER: [p.read],
  COUNTY_OFFICER: county,
  TOWNSHIP_OFFICER: township,
  VILLAGE_OPERATOR: village,
  VIEWER: [p.read],
};
