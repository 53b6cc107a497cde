import type { DomainModule } from '../types';
import { personGrants } from './person.access';
import { Person } from './person.entity';
import { PersonResolver } from './person.resolver';

export const personModule: DomainModule = {
  name: 'person',
  entities: [Person],
  resolvers: [PersonResolver],
  grants: personGrants,
};
