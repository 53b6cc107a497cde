import type { DomainModule } from '../types';
import { welfareGrants } from './welfare.access';
import { JobPlacement, SubsidyPayment, WelfarePost } from './welfare.entity';
import {
  JobPlacementResolver,
  JobPlacementWorkflowResolver,
  SubsidyPaymentResolver,
  SubsidyPaymentWorkflowResolver,
  WelfarePostResolver,
  WelfarePostWorkflowResolver,
} from './welfare.resolver';
import { placementTermsEndJob } from './welfare.jobs';

/* 乡村公益性岗位: who does what is in welfare.access.ts. */
export const welfareModule: DomainModule = {
  name: 'welfare',
  entities: [WelfarePost, JobPlacement, SubsidyPayment],
  resolvers: [
    WelfarePostResolver,
    WelfarePostWorkflowResolver,
    JobPlacementResolver,
    JobPlacementWorkflowResolver,
    SubsidyPaymentResolver,
    SubsidyPaymentWorkflowResolver,
  ],
  jobs: [placementTermsEndJob],
  grants: welfareGrants,
};
