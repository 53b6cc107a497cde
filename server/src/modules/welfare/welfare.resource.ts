import { defineResource } from '../../core/resource';
import { Organization } from '../organization/organization.entity';
import { Person } from '../person/person.entity';
import { Region } from '../region/region.entity';
import { JobPlacement, SubsidyPayment, WelfarePost } from './welfare.entity';
import {
  JobPlacementFilter,
  JobPlacementSortField,
  SubsidyPaymentFilter,
  SubsidyPaymentSortField,
  WelfarePostFilter,
  WelfarePostSortField,
} from './welfare.inputs';

/**
 * The welfare domain's resources: for each entity its GraphQL names, permission domain, jurisdiction,
 * columns of field resolvers, joins, filters and sorts, read by the CRUD resolver and the read path.
 */
export const welfarePostResource = defineResource({
  name: 'WelfarePost',
  plural: 'welfarePosts',
  description: 'welfare post (公益性岗位)',
  entity: WelfarePost,
  domain: 'welfare',
  filter: WelfarePostFilter,
  sortFields: WelfarePostSortField,
  regionProperty: 'regionCode',
  defaultOrder: [{ field: 'createdAt' }],
  fieldColumns: {
    village: ['villageCode'],
    developingOrganization: ['developingOrganizationId'],
    placements: [],
    filledPlaces: [],
    vacantPlaces: ['headcount'],
  },
  joins: {
    village: { entity: () => Region, key: 'villageCode' },
    developingOrganization: { entity: () => Organization, key: 'developingOrganizationId' },
  },
});

export const jobPlacementResource = defineResource({
  name: 'JobPlacement',
  plural: 'jobPlacements',
  description: 'job placement (公益性岗位聘任)',
  entity: JobPlacement,
  domain: 'welfare',
  filter: JobPlacementFilter,
  sortFields: JobPlacementSortField,
  regionProperty: 'regionCode',
  defaultOrder: [{ field: 'createdAt' }],
  fieldColumns: { post: ['postId'], person: ['personId'], subsidyPayments: [] },
  joins: { post: { entity: () => WelfarePost, key: 'postId' }, person: { entity: () => Person, key: 'personId' } },
});

export const subsidyPaymentResource = defineResource({
  name: 'SubsidyPayment',
  plural: 'subsidyPayments',
  description: 'subsidy payment (在岗补贴)',
  entity: SubsidyPayment,
  domain: 'welfare',
  filter: SubsidyPaymentFilter,
  sortFields: SubsidyPaymentSortField,
  regionProperty: 'regionCode',
  defaultOrder: [{ field: 'month' }, { field: 'createdAt' }],
  fieldColumns: { placement: ['placementId'] },
});
