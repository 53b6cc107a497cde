import type { EntityClass } from '@mikro-orm/core';
import { AuditLog } from '../core/audit';
import { Record, Timestamped } from '../core/entity';
import { WorkflowStep } from '../core/workflow';
import { SeedRun } from '../core/seed-state';
import { defineResource } from '../core/resource';
import { registerGrants } from './identity/identity.roles';
import { registerJobs } from '../core/jobs';
import { Objection, Publicity, publicityGrants } from '../core/publicity';
import { publicityResolvers } from '../core/publicity.resolver';
import { publicityEndedJob } from '../core/publicity.jobs';
import type { DomainModule } from './types';
import { regionModule } from './region';
import { organizationModule } from './organization';
import { personModule } from './person';
import { identityModule } from './identity';
import { welfareModule } from './welfare';
import { keyCountyModule } from './keycounty';
import { workTeamModule } from './workteam';
import { cooperationModule } from './cooperation';
import { consumptionModule } from './consumption';
import { webhookModule } from './webhook';
import { monitoringModule } from './monitoring';
import { ChangeEvent } from '../core/outbox';

/** The one list of domains. A new domain is a folder plus one line here. */
export const modules: DomainModule[] = [
  regionModule,
  organizationModule,
  personModule,
  identityModule,
  welfareModule,
  keyCountyModule,
  workTeamModule,
  cooperationModule,
  consumptionModule,
  monitoringModule,
  webhookModule,
];

defineResource({ name: 'AuditLog', entity: AuditLog, domain: 'audit', defaultOrder: [{ field: 'at', direction: 'DESC' }] });
defineResource({ name: 'WorkflowStep', entity: WorkflowStep, domain: 'workflow', defaultOrder: [{ field: 'at' }] });

for (const m of modules) registerGrants(m.grants);
registerGrants(publicityGrants);
// Cross-cutting deadlines declared in core/ (e.g. publicity periods) join this list.
registerJobs([...modules.flatMap((m) => m.jobs ?? []), publicityEndedJob]);

export const allEntities: EntityClass<unknown>[] = [
  Timestamped,
  Record,
  AuditLog,
  WorkflowStep,
  SeedRun,
  Publicity,
  Objection,
  ChangeEvent,
  ...modules.flatMap((m) => m.entities),
];
// Publicity's fields join the types of the workflows that declared one (in their modules, imported above).
export const allResolvers = [...modules.flatMap((m) => m.resolvers), ...publicityResolvers()];
