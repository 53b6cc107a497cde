import type { DomainModule } from '../types';
import { AssistanceProduct, ProductSale } from './consumption.entity';
import { AssistanceProductResolver, AssistanceProductWorkflowResolver, ProductSaleResolver } from './consumption.resolver';

const officer = ['consumption.read', 'consumption.create', 'consumption.update', 'consumption.record'];

export const consumptionModule: DomainModule = {
  name: 'consumption',
  entities: [AssistanceProduct, ProductSale],
  resolvers: [AssistanceProductResolver, AssistanceProductWorkflowResolver, ProductSaleResolver],
  grants: {
    PROVINCIAL_ADMIN: [...officer, 'consumption.archive', 'consumption.recommend', 'consumption.certify'],
    CITY_OFFICER: officer,
    COUNTY_OFFICER: [...officer, 'consumption.recommend'],
    TOWNSHIP_OFFICER: ['consumption.read', 'consumption.create', 'consumption.update'],
    VILLAGE_OPERATOR: ['consumption.read'],
    VIEWER: ['consumption.read'],
  },
};
