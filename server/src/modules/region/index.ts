import { Region } from './region.entity';
import { RegionResolver } from './region.resolver';
import './region.service';
import type { DomainModule } from '../types';

export const regionModule: DomainModule = {
  name: 'region',
  entities: [Region],
  resolvers: [RegionResolver],
  grants: {
    '*': ['region.read'],
    SYSTEM_ADMIN: ['region.update'],
    PROVINCIAL_ADMIN: ['region.update'],
  },
};
