import { defineResource } from '../../core/resource';
import { escapeLike, whereLike } from '../../core/filters';
import { Region } from './region.entity';
import { RegionFilter, RegionSortField } from './region.inputs';

/**
 * The region domain's resources: for each entity its GraphQL names, permission domain, jurisdiction,
 * columns of field resolvers, joins, filters and sorts, read by the CRUD resolver and the read path.
 */
export const regionResource = defineResource({
  name: 'Region',
  plural: 'regions',
  description: 'administrative region (行政区划)',
  entity: Region,
  domain: 'region',
  filter: RegionFilter,
  sortFields: RegionSortField,
  // The map of China is reference data every signed-in user reads; writes stay inside the jurisdiction.
  regionProperty: 'code',
  scopeReads: false,
  defaultOrder: [{ field: 'code' }],
  customFilters: {
    within: (qb, value, _ctx, alias) => whereLike(qb, `${alias}.code`, `${escapeLike(String(value))}%`),
  },
  fieldColumns: { id: [], parent: ['parentCode'], children: [], ancestors: [], fullName: ['name'] },
});
