import type { DomainModule } from '../types';
import { organizationGrants } from './organization.access';
import { Organization } from './organization.entity';
import { OrganizationResolver } from './organization.resolver';

export const organizationModule: DomainModule = {
  name: 'organization',
  entities: [Organization],
  resolvers: [OrganizationResolver],
  grants: organizationGrants,
};
