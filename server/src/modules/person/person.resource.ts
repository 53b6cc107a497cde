import { defineResource } from '../../core/resource';
import { lookupHash } from '../../core/crypto';
import { Person } from './person.entity';
import { PersonFilter, PersonSortField } from './person.inputs';

/**
 * The person domain's resources: for each entity its GraphQL names, permission domain, jurisdiction,
 * columns of field resolvers, joins, filters and sorts, read by the CRUD resolver and the read path.
 */
export const personResource = defineResource({
  name: 'Person',
  plural: 'persons',
  description: 'person (人员)',
  entity: Person,
  domain: 'person',
  filter: PersonFilter,
  sortFields: PersonSortField,
  regionProperty: 'villageCode',
  sensitive: ['idNumberMasked', 'phoneMasked'],
  hidden: ['idNumberEncrypted', 'idNumberHash', 'phoneEncrypted'],
  defaultOrder: [{ field: 'createdAt' }],
  fieldColumns: { idNumber: ['idNumberMasked'], phone: ['phoneMasked'], age: ['birthDate'], village: ['villageCode'] },
  customFilters: {
    idNumber: (qb, value, _ctx, alias) => {
      qb.where(`${alias}.id_number_hash`, lookupHash(String(value)));
    },
  },
});
