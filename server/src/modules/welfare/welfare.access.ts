import { definePermissions } from '../../core/access';
import type { Grants } from '../../core/access';

/** Every permission of 乡村公益性岗位; a new one is added here and granted below. */
export const welfarePermissions = definePermissions('welfare', {
  read: 'welfare.read',
  create: 'welfare.create',
  update: 'welfare.update',
  archive: 'welfare.archive',
  publish: 'welfare.publish',
  close: 'welfare.close',
  publicize: 'welfare.publicize',
  villageApprove: 'welfare.villageApprove',
  townshipApprove: 'welfare.townshipApprove',
  countyApprove: 'welfare.countyApprove',
  onboard: 'welfare.onboard',
  exit: 'welfare.exit',
  reject: 'welfare.reject',
  withdraw: 'welfare.withdraw',
  assess: 'welfare.assess',
  payroll: 'welfare.payroll',
  approvePayment: 'welfare.approvePayment',
  pay: 'welfare.pay',
});

const p = welfarePermissions;

/*
 * Who does what (谁开发、谁负责、谁管理):
 * - village operators record posts and applications, hold the village review and start publicity;
 * - township officers publish posts, review after publicity, onboard and exit people, record
 *   monthly assessments;
 * - county officers (bureau staff) give the final approval, run the payroll and pay. Their lower
 *   permissions serve only where WORKFLOW_DELEGATION lets the county act for a lower level: each step
 *   declares its level in welfare.workflow.ts.
 */
const village = [p.read, p.create, p.update, p.villageApprove, p.publicize, p.reject, p.withdraw];
const township = [
  p.read,
  p.create,
  p.update,
  p.publish,
  p.close,
  p.publicize,
  p.townshipApprove,
  p.onboard,
  p.exit,
  p.reject,
  p.withdraw,
  p.assess,
];
const county = [...township, p.archive, p.villageApprove, p.countyApprove, p.payroll, p.approvePayment, p.pay];

export const welfareGrants: Grants = {
  PROVINCIAL_ADMIN: [p.read],
  CITY_OFFICER: [p.read],
  COUNTY_OFFICER: county,
  TOWNSHIP_OFFICER: township,
  VILLAGE_OPERATOR: village,
  VIEWER: [p.read],
};
