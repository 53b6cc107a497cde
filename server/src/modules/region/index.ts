import { Region } from './region.entity';
import { RegionResolver } from './region.resolver';
import './region.service';
import type { DomainModule } from '../types';
import { regionGrants } from './region.access';

export const regionModule: DomainModule = {
  name: 'region',
  entities: [Region],
  resolvers: [RegionResolver],
  grants: regionGrants,
};
