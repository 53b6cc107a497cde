import { defineResource } from '../../core/resource';
import { AssistanceProduct, ProductSale } from './consumption.entity';
import { AssistanceProductFilter, AssistanceProductSortField, ProductSaleFilter, ProductSaleSortField } from './consumption.inputs';

/**
 * The consumption domain's resources: for each entity its GraphQL names, permission domain, jurisdiction,
 * columns of field resolvers, joins, filters and sorts, read by the CRUD resolver and the read path.
 */
export const assistanceProductResource = defineResource({
  name: 'AssistanceProduct',
  plural: 'assistanceProducts',
  description: 'assistance product (帮扶产品)',
  entity: AssistanceProduct,
  domain: 'consumption',
  filter: AssistanceProductFilter,
  sortFields: AssistanceProductSortField,
  regionProperty: 'regionCode',
  defaultOrder: [{ field: 'createdAt' }],
});

export const productSaleResource = defineResource({
  name: 'ProductSale',
  plural: 'productSales',
  description: 'product sale (销售记录)',
  entity: ProductSale,
  domain: 'consumption',
  filter: ProductSaleFilter,
  sortFields: ProductSaleSortField,
  regionProperty: 'regionCode',
  defaultOrder: [{ field: 'month' }],
});
