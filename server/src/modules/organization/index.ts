import type { DomainModule } from '../types';
import { Organization } from './organization.entity';
import { OrganizationResolver } from './organization.resolver';

export const organizationModule: DomainModule = {
  name: 'organization',
  entities: [Organization],
  resolvers: [OrganizationResolver],
  grants: {
    '*': ['organization.read'],
    SYSTEM_ADMIN: ['organization.create', 'organization.update', 'organization.archive'],
    PROVINCIAL_ADMIN: ['organization.create', 'organization.update', 'organization.archive'],
    CITY_OFFICER: ['organization.create', 'organization.update'],
    COUNTY_OFFICER: ['organization.create', 'organization.update'],
  },
};
