import type { DomainModule } from '../types';
import { keyCountyGrants } from './keycounty.access';
import { CountyEvaluation, FundAllocation, KeyCounty } from './keycounty.entity';
import { CountyEvaluationResolver, FundAllocationResolver, KeyCountyResolver } from './keycounty.resolver';

export const keyCountyModule: DomainModule = {
  name: 'keycounty',
  entities: [KeyCounty, CountyEvaluation, FundAllocation],
  resolvers: [KeyCountyResolver, CountyEvaluationResolver, FundAllocationResolver],
  grants: keyCountyGrants,
};
