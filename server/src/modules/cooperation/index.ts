import type { DomainModule } from '../types';
import { cooperationGrants } from './cooperation.access';
import { CooperationProject, Pairing } from './cooperation.entity';
import { CooperationProjectResolver, CooperationProjectWorkflowResolver, PairingResolver } from './cooperation.resolver';
import { pairingsEndJob } from './cooperation.jobs';

export const cooperationModule: DomainModule = {
  name: 'cooperation',
  entities: [Pairing, CooperationProject],
  resolvers: [PairingResolver, CooperationProjectResolver, CooperationProjectWorkflowResolver],
  jobs: [pairingsEndJob],
  grants: cooperationGrants,
};
