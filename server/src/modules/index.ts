import type { EntityClass } from '@mikro-orm/core';
import { AuditLog } from '../core/audit';
import { Record, Timestamped } from '../core/entity';
import { WorkflowStep } from '../core/workflow';
import { SeedRun } from '../core/seed-state';
import { defineResource } from '../core/resource';
import { registerGrants } from './identity/identity.roles';
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

/** The one list of domains. A new domain is a folder plus one line here. */
export const modules: DomainModule[] = [regionModule, organizationModule, personModule, identityModule, welfareModule, keyCountyModule, workTeamModule, cooperationModule, consumptionModule];

defineResource({ name: 'AuditLog', entity: AuditLog, domain: 'audit', defaultOrder: [{ field: 'at', direction: 'DESC' }] });
defineResource({ name: 'WorkflowStep', entity: WorkflowStep, domain: 'workflow', defaultOrder: [{ field: 'at' }] });

for (const m of modules) registerGrants(m.grants);

export const allEntities: EntityClass<unknown>[] = [Timestamped, Record, AuditLog, WorkflowStep, SeedRun, ...modules.flatMap((m) => m.entities)];
export const allResolvers = modules.flatMap((m) => m.resolvers);
