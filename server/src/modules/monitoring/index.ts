import type { DomainModule } from '../types';
import { monitoringGrants } from './monitoring.access';
import { AssistanceMeasure, Household, HouseholdIncome, MonitoringCase, MonitoringLine } from './monitoring.entity';
import { monitoringOverdueJob } from './monitoring.jobs';
import {
  AssistanceMeasureResolver,
  HouseholdIncomeResolver,
  HouseholdResolver,
  MonitoringCaseResolver,
  MonitoringCaseWorkflowResolver,
  MonitoringLineResolver,
} from './monitoring.resolver';

/* 防止返贫动态监测和帮扶: who does what is in monitoring.access.ts. */
export const monitoringModule: DomainModule = {
  name: 'monitoring',
  entities: [MonitoringLine, Household, HouseholdIncome, MonitoringCase, AssistanceMeasure],
  resolvers: [
    MonitoringLineResolver,
    HouseholdResolver,
    HouseholdIncomeResolver,
    MonitoringCaseResolver,
    MonitoringCaseWorkflowResolver,
    AssistanceMeasureResolver,
  ],
  jobs: [monitoringOverdueJob],
  grants: monitoringGrants,
};
