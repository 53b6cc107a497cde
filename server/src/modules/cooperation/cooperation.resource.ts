import { defineResource } from '../../core/resource';
import { CooperationProject, Pairing } from './cooperation.entity';
import { CooperationProjectFilter, CooperationProjectSortField, PairingFilter, PairingSortField } from './cooperation.inputs';

/**
 * The cooperation domain's resources: for each entity its GraphQL names, permission domain, jurisdiction,
 * columns of field resolvers, joins, filters and sorts, read by the CRUD resolver and the read path.
 */
export const pairingResource = defineResource({
  name: 'Pairing',
  plural: 'pairings',
  description: 'pairing (结对关系)',
  entity: Pairing,
  domain: 'cooperation',
  filter: PairingFilter,
  sortFields: PairingSortField,
  regionProperty: 'regionCode',
  hidden: ['sideKey'],
  defaultOrder: [{ field: 'startDate' }],
});

export const cooperationProjectResource = defineResource({
  name: 'CooperationProject',
  plural: 'cooperationProjects',
  description: 'cooperation project (协作项目)',
  entity: CooperationProject,
  domain: 'cooperation',
  filter: CooperationProjectFilter,
  sortFields: CooperationProjectSortField,
  regionProperty: 'regionCode',
  defaultOrder: [{ field: 'createdAt' }],
});
