import type { DomainModule } from '../types';
import { monitoringGrants } from './monitoring.access';
import {
  AssistanceMeasure,
  Household,
  HouseholdIncome,
  HouseholdVisit,
  MonitoringCase,
  MonitoringLine,
  RiskElimination,
} from './monitoring.entity';
import { monitoringOverdueJob } from './monitoring.jobs';
import {
  AssistanceMeasureResolver,
  HouseholdIncomeResolver,
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
  entities: [MonitoringLine, Household, HouseholdIncome, HouseholdVisit, MonitoringCase, AssistanceMeasure, RiskElimination],
  resolvers: [
    MonitoringLineResolver,
    HouseholdResolver,
    HouseholdIncomeResolver,
    MonitoringCaseResolver,
    MonitoringCaseWorkflowResolver,
    AssistanceMeasureResolver,
    HouseholdVisitResolver,
    RiskEliminationResolver,
    RiskEliminationWorkflowResolver,
  ],
  jobs: [monitoringOverdueJob],
  grants: monitoringGrants,
};
