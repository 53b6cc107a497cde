import type { DomainModule } from '../types';
import { JobPlacement, SubsidyPayment, WelfarePost } from './welfare.entity';
import { JobPlacementResolver, JobPlacementWorkflowResolver, SubsidyPaymentResolver, SubsidyPaymentWorkflowResolver, WelfarePostResolver, WelfarePostWorkflowResolver } from './welfare.resolver';

/*
 * 乡村公益性岗位. Who does what (谁开发、谁负责、谁管理):
 * - village operators record posts and applications, hold the village review and start publicity;
 * - township officers review after publicity, onboard and exit people, record monthly assessments;
 * - county officers (bureau staff) give the final approval, run the payroll and pay, and may take
 *   every lower step inside their county.
 */
const village = ['welfare.read', 'welfare.create', 'welfare.update', 'welfare.villageApprove', 'welfare.publicize', 'welfare.reject', 'welfare.withdraw'];
const township = [
  'welfare.read',
  'welfare.create',
  'welfare.update',
  'welfare.publish',
  'welfare.close',
  'welfare.publicize',
  'welfare.townshipApprove',
  'welfare.onboard',
  'welfare.exit',
  'welfare.reject',
  'welfare.withdraw',
  'welfare.assess',
];
const county = [...township, 'welfare.archive', 'welfare.villageApprove', 'welfare.countyApprove', 'welfare.payroll', 'welfare.approvePayment', 'welfare.pay'];

export const welfareModule: DomainModule = {
  name: 'welfare',
  entities: [WelfarePost, JobPlacement, SubsidyPayment],
  resolvers: [WelfarePostResolver, WelfarePostWorkflowResolver, JobPlacementResolver, JobPlacementWorkflowResolver, SubsidyPaymentResolver, SubsidyPaymentWorkflowResolver],
  grants: {
    PROVINCIAL_ADMIN: ['welfare.read'],
    CITY_OFFICER: ['welfare.read'],
    COUNTY_OFFICER: county,
    TOWNSHIP_OFFICER: township,
    VILLAGE_OPERATOR: village,
    VIEWER: ['welfare.read'],
  },
};
