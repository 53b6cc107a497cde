import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Length, MaxLength, Min } from 'class-validator';
import {
  ArchiveScope,
  BooleanFilter,
  DateTimeFilter,
  IdFilter,
  LocalDateFilter,
  RegionCodeFilter,
  StringFilter,
  YearMonthFilter,
  enumFilter,
} from '../../core/filters';
import { PartialInput } from '../../core/input-types';
import { LocalDateScalar, MoneyScalar, YearMonthScalar } from '../../core/scalars';
import { ProductCategory, ProductStatus, SaleChannel } from './consumption.entity';

// ---------------------------------------------------------------- products

export enum AssistanceProductSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  name = 'name',
  category = 'category',
  status = 'status',
  regionCode = 'regionCode',
}

const ProductCategoryFilter = enumFilter(ProductCategory, 'ProductCategory');
const ProductStatusFilter = enumFilter(ProductStatus, 'ProductStatus');
const SaleChannelFilter = enumFilter(SaleChannel, 'SaleChannel');

@InputType({ description: '帮扶产品筛选 Conditions on assistance products.' })
export class AssistanceProductFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true, description: '产品名称 (name)' }) name?: StringFilter;
  @Field(() => ProductCategoryFilter, { nullable: true, description: '产品类别 (category)' }) category?: InstanceType<
    typeof ProductCategoryFilter
  >;
  @Field(() => ProductStatusFilter, { nullable: true, description: '认定状态 (stored status)' }) status?: InstanceType<
    typeof ProductStatusFilter
  >;
  @Field(() => RegionCodeFilter, { nullable: true, description: '产地县 (origin county)' }) county?: RegionCodeFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '管辖区划 (region)' }) region?: RegionCodeFilter;
  @Field(() => IdFilter, { nullable: true, description: '供应商 (supplier organization)' }) supplier?: IdFilter;
  @Field(() => StringFilter, { nullable: true, description: '认定证书编号 (certificate number)' }) certificateNumber?: StringFilter;
  @Field(() => LocalDateFilter, { nullable: true, description: '有效期止 (valid to)' }) validTo?: LocalDateFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at; for incremental sync)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [AssistanceProductFilter], { nullable: true, description: 'All of these.' }) and?: AssistanceProductFilter[];
  @Field(() => [AssistanceProductFilter], { nullable: true, description: 'Any of these.' }) or?: AssistanceProductFilter[];
}

@InputType({ description: '帮扶产品信息 Fields of an assistance product shared by create and update.' })
class AssistanceProductFields {
  @Field(() => String, { nullable: true, description: '品牌 (brand)' }) @IsOptional() @MaxLength(100) brand?: string | null;
  @Field(() => String, { nullable: true, description: '规格 (specification)' }) @IsOptional() @MaxLength(100) spec?: string | null;
  @Field(() => Int, { nullable: true, description: '年供应能力 (annual supply capacity, units)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  annualSupplyCapacity?: number | null;
  @Field(() => Int, { nullable: true, description: '带动脱贫户数 (poverty-exited households linked)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  householdsLinked?: number;
}

@InputType({
  description:
    '新建帮扶产品 A new assistance product (starts as DRAFT). The county must be a poverty-exited county and the supplier registered in it.',
})
export class CreateAssistanceProductInput extends AssistanceProductFields {
  @Field(() => String, { description: '产品名称 (name)' }) @Length(2, 200) name: string;
  @Field(() => ProductCategory, { description: '产品类别 (category)' }) category: ProductCategory;
  @Field(() => String, { description: '产地县代码 (origin county code, 6 digits; must be flagged poverty-exited)' }) countyCode: string;
  @Field(() => ID, { description: '供应商单位 id (supplier organization registered in the county)' }) supplierId: string;
  @Field(() => String, { description: '计量单位 (unit)' }) @Length(1, 20) unit: string;
  @Field(() => MoneyScalar, { description: '价格 (unit price, yuan)' }) price: number;
}

@InputType({
  description: '修改帮扶产品 Changes to an assistance product; omitted fields keep their value. County and supplier cannot change.',
})
export class UpdateAssistanceProductInput extends PartialInput(CreateAssistanceProductInput, { omit: ['countyCode', 'supplierId'] }) {}

@InputType({ description: '认定流转附加信息 What a certification step may record.' })
export class ProductTransitionInput {
  @Field(() => ID, {
    nullable: true,
    description: '公示单位 id (publishing organization; PUBLICIZE, default your own organization; it must cover the origin county)',
  })
  publisherId?: string;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: '有效期止 (certificate valid to, for CERTIFY; default two years from today, minus one day)',
  })
  validTo?: string;
  @Field(() => Boolean, {
    nullable: true,
    description:
      '追溯撤销 (REVOKE: the certificate is void from effectiveDate, and sales of months after it stop counting as assisted; default false: it stops today)',
  })
  retroactive?: boolean;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      '撤销生效日期 (REVOKE with retroactive: the first day the certificate is void, before today and not before its validFrom; default its validFrom)',
  })
  effectiveDate?: string;
}

// ---------------------------------------------------------------- sales

export enum ProductSaleSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  month = 'month',
  channel = 'channel',
  regionCode = 'regionCode',
}

@InputType({ description: '销售记录筛选 Conditions on product sales.' })
export class ProductSaleFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: '产品 (product)' }) product?: IdFilter;
  @Field(() => YearMonthFilter, { nullable: true, description: '月份 (month)' }) month?: YearMonthFilter;
  @Field(() => SaleChannelFilter, { nullable: true, description: '销售渠道 (channel)' }) channel?: InstanceType<typeof SaleChannelFilter>;
  @Field(() => IdFilter, { nullable: true, description: '采购单位 (buyer organization)' }) buyerOrganization?: IdFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '产地区划 (origin region)' }) region?: RegionCodeFilter;
  @Field(() => BooleanFilter, { nullable: true, description: '计入帮扶销售 (assisted)' }) assisted?: BooleanFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at; for incremental sync)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [ProductSaleFilter], { nullable: true, description: 'All of these.' }) and?: ProductSaleFilter[];
  @Field(() => [ProductSaleFilter], { nullable: true, description: 'Any of these.' }) or?: ProductSaleFilter[];
}

@InputType({ description: '销售记录行 One row of a bulk sales entry.' })
export class ProductSaleRowInput {
  @Field(() => ID, { description: '产品 id (product)' }) productId: string;
  @Field(() => YearMonthScalar, { description: '月份 (month, YYYY-MM; not in the future)' }) month: string;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      '销售日期 (sale date, for one dated sale: inside the month and not in the future; then the certificate in force on that day decides whether it is assisted)',
  })
  saleDate?: string | null;
  @Field(() => SaleChannel, { description: '销售渠道 (channel)' }) channel: SaleChannel;
  @Field(() => ID, { nullable: true, description: '采购单位 id (buyer organization, optional)' }) buyerOrganizationId?: string | null;
  @Field(() => Int, { description: '数量 (quantity, > 0)' }) quantity: number;
  @Field(() => MoneyScalar, { description: '金额 (amount, yuan, > 0)' }) amount: number;
}
