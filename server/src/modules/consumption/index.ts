import type { DomainModule } from '../types';
import { consumptionGrants } from './consumption.access';
import { AssistanceProduct, ProductSale } from './consumption.entity';
import { AssistanceProductResolver, AssistanceProductWorkflowResolver, ProductSaleResolver } from './consumption.resolver';
import { certificatesExpireJob } from './consumption.jobs';

export const consumptionModule: DomainModule = {
  name: 'consumption',
  entities: [AssistanceProduct, ProductSale],
  resolvers: [AssistanceProductResolver, AssistanceProductWorkflowResolver, ProductSaleResolver],
  jobs: [certificatesExpireJob],
  grants: consumptionGrants,
};
