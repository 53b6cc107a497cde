import { DateTimeType, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Record } from '../../core/entity';
import { LocalDateScalar, MoneyScalar, YearMonthScalar, fenColumn } from '../../core/scalars';
import { Region } from '../region/region.entity';
import { Organization } from '../organization/organization.entity';

export enum ProductCategory {
  GRAIN_OIL = 'GRAIN_OIL',
  MEAT_EGG = 'MEAT_EGG',
  FRUIT_VEGETABLE = 'FRUIT_VEGETABLE',
  TEA = 'TEA',
  SPECIALTY = 'SPECIALTY',
  PROCESSED = 'PROCESSED',
  HANDICRAFT = 'HANDICRAFT',
  OTHER = 'OTHER',
}
registerEnumType(ProductCategory, {
  name: 'ProductCategory',
  description: '产品类别 Category of an assistance product.',
  valuesConfig: {
    GRAIN_OIL: { description: '粮油 (grain and oil)' },
    MEAT_EGG: { description: '肉禽蛋 (meat, poultry and eggs)' },
    FRUIT_VEGETABLE: { description: '果蔬 (fruit and vegetables)' },
    TEA: { description: '茶叶 (tea)' },
    SPECIALTY: { description: '地方特产 (local specialty)' },
    PROCESSED: { description: '加工食品 (processed food)' },
    HANDICRAFT: { description: '手工艺品 (handicraft)' },
    OTHER: { description: '其他 (other)' },
  },
});

export enum ProductStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  COUNTY_RECOMMENDED = 'COUNTY_RECOMMENDED',
  PUBLICIZING = 'PUBLICIZING',
  CERTIFIED = 'CERTIFIED',
  REJECTED = 'REJECTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(ProductStatus, {
  name: 'ProductStatus',
  description: '认定状态 Certification status of an assistance product.',
  valuesConfig: {
    DRAFT: { description: '草稿 (draft)' },
    SUBMITTED: { description: '已申报 (submitted)' },
    COUNTY_RECOMMENDED: { description: '县级推荐 (recommended by the county)' },
    PUBLICIZING: { description: '公示中 (under public notice)' },
    CERTIFIED: { description: '已认定 (certified)' },
    REJECTED: { description: '未通过 (rejected)' },
    REVOKED: { description: '已撤销 (revoked)' },
    EXPIRED: { description: '已过期 (certificate expired)' },
  },
});

/**
 * A product from a poverty-exited county (帮扶产品). `regionCode` is the origin county's code (the
 * jurisdiction); the supplier must be registered inside that county.
 */
@ObjectType({
  description: '帮扶产品 AssistanceProduct: a product of a poverty-exited county applying for or holding certification (认定).',
})
@Entity({ tableName: 'assistance_product' })
export class AssistanceProduct extends Record<'status' | 'householdsLinked'> {
  @Field(() => String, { description: '产品名称 (name)' })
  @Property({ type: 'string', length: 200, index: true })
  name: string;

  @Field(() => ProductCategory, { description: '产品类别 (category)' })
  @Enum({ items: () => ProductCategory, type: 'string', index: true })
  category: ProductCategory;

  @ManyToOne(() => Region, { mapToPk: true, index: true, fieldName: 'county_code' })
  countyCode: string;

  @Field(() => String, { description: '管辖区划 (region code used for jurisdiction: the origin county)' })
  @Property({ type: 'string', length: 12, index: true })
  regionCode: string;

  @ManyToOne(() => Organization, { mapToPk: true, index: true, fieldName: 'supplier_id' })
  supplierId: string;

  @Field(() => String, { nullable: true, description: '品牌 (brand)' })
  @Property({ type: 'string', length: 100, nullable: true })
  brand?: string | null;

  @Field(() => String, { nullable: true, description: '规格 (specification, e.g. 5kg/袋)' })
  @Property({ type: 'string', length: 100, nullable: true })
  spec?: string | null;

  @Field(() => String, { description: '计量单位 (unit, e.g. 袋)' })
  @Property({ type: 'string', length: 20 })
  unit: string;

  @Field(() => MoneyScalar, { description: '价格 (unit price, yuan)' })
  @Property({ type: fenColumn() })
  price: number;

  @Field(() => Int, { nullable: true, description: '年供应能力 (annual supply capacity, in units)' })
  @Property({ type: 'integer', nullable: true })
  annualSupplyCapacity?: number | null;

  @Field(() => Int, { description: '带动脱贫户数 (poverty-exited households linked)' })
  @Property({ type: 'integer', default: 0 })
  householdsLinked: number = 0;

  @Field(() => ProductStatus, { description: '认定状态 (status as stored; see effectiveStatus for expiry computed at read time)' })
  @Enum({ items: () => ProductStatus, type: 'string', index: true })
  status: ProductStatus = ProductStatus.DRAFT;

  @Field(() => Date, { nullable: true, description: '公示开始时间 (when the public notice started)' })
  @Property({ type: DateTimeType, nullable: true })
  publicizedAt?: Date | null;

  @Field(() => String, { nullable: true, description: '认定证书编号 (certificate number, assigned by CERTIFY)' })
  @Property({ type: 'string', length: 40, nullable: true })
  @Unique()
  certificateNumber?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '有效期起 (certificate valid from)' })
  @Property({ type: 'string', length: 10, nullable: true, index: true })
  validFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '有效期止 (certificate valid to, inclusive)' })
  @Property({ type: 'string', length: 10, nullable: true, index: true })
  validTo?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '撤销日期 (date the certificate was revoked)' })
  @Property({ type: 'string', length: 10, nullable: true })
  revokedOn?: string | null;
}

export enum SaleChannel {
  GOVERNMENT_PROCUREMENT = 'GOVERNMENT_PROCUREMENT',
  PLATFORM_832 = 'PLATFORM_832',
  COUNTER = 'COUNTER',
  HALL = 'HALL',
  ZONE = 'ZONE',
  ECOMMERCE = 'ECOMMERCE',
  LIVESTREAM = 'LIVESTREAM',
  EAST_PARTNER = 'EAST_PARTNER',
  ENTERPRISE = 'ENTERPRISE',
  TRADE_UNION = 'TRADE_UNION',
  OTHER = 'OTHER',
}
registerEnumType(SaleChannel, {
  name: 'SaleChannel',
  description: '销售渠道 Sales channel of assisted products.',
  valuesConfig: {
    GOVERNMENT_PROCUREMENT: { description: '预算单位采购 (procurement by budget units)' },
    PLATFORM_832: { description: '八三二平台 (832平台, the national 832 platform for products of poverty-exited areas)' },
    COUNTER: { description: '专柜 (counter)' },
    HALL: { description: '专馆 (hall)' },
    ZONE: { description: '专区 (zone)' },
    ECOMMERCE: { description: '电商 (e-commerce)' },
    LIVESTREAM: { description: '直播 (livestream)' },
    EAST_PARTNER: { description: '东部协作地区 (eastern partner region)' },
    ENTERPRISE: { description: '企业采购 (enterprise purchase)' },
    TRADE_UNION: { description: '工会 (trade union)' },
    OTHER: { description: '其他 (other)' },
  },
});

/**
 * Sales of one product through one channel (销售记录): a month's total, or one dated sale. `assisted`
 * is set when the row is recorded and recomputed when the certificate is revoked or expires
 * (consumption.rules.ts): the certificate was in force on the sale date, or, for a monthly total, on at
 * least one day of the month.
 */
@ObjectType({ description: '销售记录 ProductSale: sales of an assistance product in one month through one channel.' })
@Entity({ tableName: 'product_sale' })
@Index({ properties: ['regionCode', 'month'] })
export class ProductSale extends Record {
  @ManyToOne(() => AssistanceProduct, { mapToPk: true, index: true, fieldName: 'product_id' })
  productId: string;

  @Field(() => YearMonthScalar, { description: '月份 (month, YYYY-MM)' })
  @Property({ type: 'string', length: 7, index: true })
  month: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: '销售日期 (sale date within the month, when the row is one dated sale; empty for a monthly total)',
  })
  @Property({ type: 'string', length: 10, nullable: true })
  saleDate?: string | null;

  @Field(() => SaleChannel, { description: '销售渠道 (channel)' })
  @Enum({ items: () => SaleChannel, type: 'string', index: true })
  channel: SaleChannel;

  @ManyToOne(() => Organization, { mapToPk: true, nullable: true, index: true, fieldName: 'buyer_organization_id' })
  buyerOrganizationId?: string | null;

  @Field(() => Int, { description: '数量 (quantity, in the product’s unit)' })
  @Property({ type: 'integer' })
  quantity: number;

  @Field(() => MoneyScalar, { description: '金额 (amount, yuan)' })
  @Property({ type: fenColumn() })
  amount: number;

  @Field(() => String, { description: '管辖区划 (region code: the product’s origin county)' })
  @Property({ type: 'string', length: 12, index: true })
  regionCode: string;

  @Field(() => Boolean, {
    description:
      '计入帮扶销售 (counts as assisted sales: the certificate was in force on the sale date, or for a monthly total on at least one day of the month; recomputed when it is revoked or expires — a revocation is not retroactive unless it says so)',
  })
  @Property({ type: 'boolean', index: true })
  assisted: boolean;
}
