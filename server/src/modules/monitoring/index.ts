import type { DomainModule } from '../types';
import { monitoringGrants } from './monitoring.access';
import {
  AssistanceMeasure,
  Household,
  HouseholdIncome,
  HouseholdMember,
  HouseholdVisit,
  MonitoringCase,
  MonitoringLine,
  RiskElimination,
} from './monitoring.entity';
import { monitoringOverdueJob } from './monitoring.jobs';
import {
  AssistanceMeasureResolver,
  HouseholdIncomeResolver,
  HouseholdMemberResolver,
  HouseholdVisitResolver,
  RiskEliminationResolver,
  RiskEliminationWorkflowResolver,
  HouseholdResolver,
  MonitoringCaseResolver,
  MonitoringCaseWorkflowResolver,
  MonitoringLineResolver,
} from './monitoring.resolver';

/* 防止返贫动态监测和帮扶: who does what is in monitoring.access.ts. */
export const monitoringModule: DomainModule = {
  name: 'monitoring',
  entities: [
    MonitoringLine,
    Household,
    HouseholdMember,
    HouseholdIncome,
    HouseholdVisit,
    MonitoringCase,
    AssistanceMeasure,
    RiskElimination,
  ],
  resolvers: [
    MonitoringLineResolver,
    HouseholdResolver,
    HouseholdIncomeResolver,
    MonitoringCaseResolver,
    MonitoringCaseWorkflowResolver,
    AssistanceMeasureResolver,
    HouseholdMemberResolver,
    HouseholdVisitResolver,
    RiskEliminationResolver,
    RiskEliminationWorkflowResolver,
  ],
  jobs: [monitoringOverdueJob],
  grants: monitoringGrants,
};
