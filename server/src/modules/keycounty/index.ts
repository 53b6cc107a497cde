import type { DomainModule } from '../types';
import { CountyEvaluation, FundAllocation, KeyCounty } from './keycounty.entity';
import { CountyEvaluationResolver, FundAllocationResolver, KeyCountyResolver } from './keycounty.resolver';

const write = ['keycounty.read', 'keycounty.create', 'keycounty.update'];

export const keyCountyModule: DomainModule = {
  name: 'keycounty',
  entities: [KeyCounty, CountyEvaluation, FundAllocation],
  resolvers: [KeyCountyResolver, CountyEvaluationResolver, FundAllocationResolver],
  grants: {
    PROVINCIAL_ADMIN: [...write, 'keycounty.archive'],
    CITY_OFFICER: write,
    COUNTY_OFFICER: write,
    TOWNSHIP_OFFICER: ['keycounty.read'],
    VILLAGE_OPERATOR: ['keycounty.read'],
    VIEWER: ['keycounty.read'],
  },
};
