import type { DomainModule } from '../types';
import { Person } from './person.entity';
import { PersonResolver } from './person.resolver';

const officer = ['person.read', 'person.create', 'person.update'];

export const personModule: DomainModule = {
  name: 'person',
  entities: [Person],
  resolvers: [PersonResolver],
  grants: {
    PROVINCIAL_ADMIN: [...officer, 'person.archive', 'person.reveal'],
    CITY_OFFICER: officer,
    COUNTY_OFFICER: [...officer, 'person.archive', 'person.reveal'],
    TOWNSHIP_OFFICER: officer,
    VILLAGE_OPERATOR: officer,
    VIEWER: ['person.read'],
  },
};
