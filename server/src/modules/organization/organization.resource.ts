import { defineResource } from '../../core/resource';
import { Organization } from './organization.entity';
import { OrganizationFilter, OrganizationSortField } from './organization.inputs';

/**
 * The organization domain's resources: for each entity its GraphQL names, permission domain, jurisdiction,
 * columns of field resolvers, joins, filters and sorts, read by the CRUD resolver and the read path.
 */
export const organizationResource = defineResource({
  name: 'Organization',
  plural: 'organizations',
  description: 'organization (单位)',
  entity: Organization,
  domain: 'organization',
  filter: OrganizationFilter,
  sortFields: OrganizationSortField,
  // Organizations are shared reference data: a Beijing enterprise dispatches cadres to Gansu, so
  // every signed-in user with organization.read may see them; writes need organization.* permissions
  // and stay inside the writer's jurisdiction (by the organization's registered region).
  regionProperty: 'regionCode',
  scopeReads: false,
  defaultOrder: [{ field: 'name' }],
});
