import type { DomainModule } from '../types';
import { CooperationProject, Pairing } from './cooperation.entity';
import { CooperationProjectResolver, CooperationProjectWorkflowResolver, PairingResolver } from './cooperation.resolver';

const officer = ['cooperation.read', 'cooperation.create', 'cooperation.update'];

export const cooperationModule: DomainModule = {
  name: 'cooperation',
  entities: [Pairing, CooperationProject],
  resolvers: [PairingResolver, CooperationProjectResolver, CooperationProjectWorkflowResolver],
  grants: {
    PROVINCIAL_ADMIN: [...officer, 'cooperation.archive', 'cooperation.approve', 'cooperation.pair'],
    CITY_OFFICER: officer,
    COUNTY_OFFICER: officer,
    TOWNSHIP_OFFICER: ['cooperation.read'],
    VIEWER: ['cooperation.read'],
  },
};
