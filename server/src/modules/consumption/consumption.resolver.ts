import { Arg, Args, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Allow } from '../../core/access';
import { consumptionPermissions } from './consumption.access';
import { clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { CrudResolver } from '../../core/crud';
import { assistanceProductResource, productSaleResource } from './consumption.resource';
import { Connection, ListArgsType, OrderInput } from '../../core/pagination';
import type { ListArgs } from '../../core/pagination';
import { childConnection, loadById } from '../../core/read';
import { WorkflowResolver } from '../../core/workflow';
import { Organization } from '../organization/organization.entity';
import { Region } from '../region/region.entity';
import { AssistanceProduct, ProductSale, ProductStatus } from './consumption.entity';
import {
  CreateAssistanceProductInput,
  ProductSaleFilter,
  ProductSaleRowInput,
  ProductSaleSortField,
  ProductTransitionInput,
  UpdateAssistanceProductInput,
} from './consumption.inputs';
import { ConsumptionGroupBy, ProductAction } from './consumption.enums';
import { ConsumptionRollup, RecordProductSalesResult } from './consumption.outputs';
import {
  assistanceProductService,
  consumptionRollup,
  productSaleService,
  effectiveStatus,
  expireCertifications,
  recordProductSales,
} from './consumption.service';
import { productWorkflow } from './consumption.workflow';

const SaleListArgs = ListArgsType(ProductSaleFilter, OrderInput(ProductSaleSortField, 'ProductSale'), 'ProductSale');

@Resolver(() => AssistanceProduct)
export class AssistanceProductResolver extends CrudResolver(assistanceProductResource, {
  service: assistanceProductService,
  createInput: CreateAssistanceProductInput,
  updateInput: UpdateAssistanceProductInput,
}) {
  @FieldResolver(() => Region, { nullable: true, description: '产地县 (origin county)' })
  county(@Root() p: AssistanceProduct, @Ctx() ctx: RequestContext) {
    return loadById(ctx, Region, p.countyCode);
  }

  @FieldResolver(() => Organization, { nullable: true, description: '供应商 (supplier)' })
  supplier(@Root() p: AssistanceProduct, @Ctx() ctx: RequestContext) {
    return loadById(ctx, Organization, p.supplierId);
  }

  @FieldResolver(() => ProductStatus, {
    description: '当前状态 (status today: a CERTIFIED product past its validity reads EXPIRED even before expireCertifications records it)',
  })
  effectiveStatus(@Root() p: AssistanceProduct): ProductStatus {
    return effectiveStatus(p);
  }

  @FieldResolver(() => Boolean, { description: '当前有效认定 (holds a valid certificate today)' })
  certifiedToday(@Root() p: AssistanceProduct): boolean {
    const today = clock.today();
    return p.status === ProductStatus.CERTIFIED && !!p.validFrom && !!p.validTo && p.validFrom <= today && today <= p.validTo;
  }

  @FieldResolver(() => Connection(ProductSale), { description: '销售记录 (sales of this product)' })
  sales(
    @Root() p: AssistanceProduct,
    @Args(() => SaleListArgs) args: ListArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, ProductSale, 'productId', p.id, args, info);
  }

  @Allow(consumptionPermissions.certify)
  @Mutation(() => [AssistanceProduct], {
    description: '认定到期处理 Move every certified product whose validity has passed to EXPIRED (one workflow step each); returns them.',
  })
  expireCertifications(@Ctx() ctx: RequestContext) {
    return expireCertifications(ctx);
  }
}

@Resolver(() => AssistanceProduct)
export class AssistanceProductWorkflowResolver extends WorkflowResolver<AssistanceProduct>({
  def: productWorkflow,
  objectType: AssistanceProduct,
  actionEnum: ProductAction,
  payloadInput: ProductTransitionInput,
  readPermission: consumptionPermissions.read,
}) {}

@Resolver(() => ProductSale)
export class ProductSaleResolver extends CrudResolver(productSaleResource, { service: productSaleService, archivable: true }) {
  @FieldResolver(() => AssistanceProduct, { nullable: true, description: '产品 (product)' })
  product(@Root() s: ProductSale, @Ctx() ctx: RequestContext) {
    return loadById(ctx, AssistanceProduct, s.productId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: '采购单位 (buyer organization)' })
  buyerOrganization(@Root() s: ProductSale, @Ctx() ctx: RequestContext) {
    return loadById(ctx, Organization, s.buyerOrganizationId);
  }

  @Allow(consumptionPermissions.record)
  @Mutation(() => RecordProductSalesResult, {
    description:
      '批量录入销售 Record many sales in one call, all or nothing; every bad row is reported as rows.N.field. Sales of products not certified in that month are kept with assisted = false.',
  })
  recordProductSales(
    @Arg('rows', () => [ProductSaleRowInput], { description: '销售记录行 (rows, at most 5000)' }) rows: ProductSaleRowInput[],
    @Ctx() ctx: RequestContext,
  ) {
    return recordProductSales(ctx, rows);
  }

  @Allow(consumptionPermissions.read)
  @Query(() => ConsumptionRollup, {
    description:
      '消费帮扶汇总 Sales of a region’s assisted products in a year or month, grouped by channel, category, county or month, within your jurisdiction.',
  })
  consumptionRollup(
    @Arg('regionCode', () => String, { description: '区划代码 (region: province, city, county…)' }) regionCode: string,
    @Arg('year', () => Int, { description: '年度 (year)' }) year: number,
    @Arg('month', () => Int, { nullable: true, description: '月份 (month 1–12; omit for the whole year)' }) month: number | null,
    @Arg('groupBy', () => ConsumptionGroupBy, {
      defaultValue: ConsumptionGroupBy.CHANNEL,
      description: '汇总维度 (grouping; default CHANNEL)',
    })
    groupBy: ConsumptionGroupBy,
    @Ctx() ctx: RequestContext,
  ) {
    return consumptionRollup(ctx, regionCode, year, month ?? null, groupBy);
  }
}
