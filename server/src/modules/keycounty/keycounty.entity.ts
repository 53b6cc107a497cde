import { Check, Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Record } from '../../core/entity';
import { MoneyScalar, fenColumn } from '../../core/scalars';
import { Region } from '../region/region.entity';

export enum KeyCountyLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
}
registerEnumType(KeyCountyLevel, {
  name: 'KeyCountyLevel',
  description: '重点帮扶县级别 Level at which a key assistance county was named.',
  valuesConfig: {
    NATIONAL: { description: '国家乡村振兴重点帮扶县 (national key county)' },
    PROVINCIAL: { description: '省级乡村振兴重点帮扶县 (provincial/regional key county)' },
  },
});

export enum KeyCountyStatus {
  ACTIVE = 'ACTIVE',
  EXITED = 'EXITED',
}
registerEnumType(KeyCountyStatus, {
  name: 'KeyCountyStatus',
  description: '重点帮扶状态 Whether the county is still a key county.',
  valuesConfig: {
    ACTIVE: { description: '帮扶中 (still a key county)' },
    EXITED: { description: '已退出 (no longer a key county)' },
  },
});

export enum EvaluationPeriod {
  ANNUAL = 'ANNUAL',
  Q1 = 'Q1',
  Q2 = 'Q2',
  Q3 = 'Q3',
  Q4 = 'Q4',
}
registerEnumType(EvaluationPeriod, {
  name: 'EvaluationPeriod',
  description: '评估期 Evaluation period: the year or one of its quarters.',
  valuesConfig: {
    ANNUAL: { description: '年度 (whole year)' },
    Q1: { description: '第一季度 (first quarter)' },
    Q2: { description: '第二季度 (second quarter)' },
    Q3: { description: '第三季度 (third quarter)' },
    Q4: { description: '第四季度 (fourth quarter)' },
  },
});

export enum EvaluationRating {
  GOOD = 'GOOD',
  FAIRLY_GOOD = 'FAIRLY_GOOD',
  AVERAGE = 'AVERAGE',
  POOR = 'POOR',
}
registerEnumType(EvaluationRating, {
  name: 'EvaluationRating',
  description: '评估等次 Rating of a county evaluation.',
  valuesConfig: {
    GOOD: { description: '好 (good)' },
    FAIRLY_GOOD: { description: '较好 (fairly good)' },
    AVERAGE: { description: '一般 (average)' },
    POOR: { description: '较差 (poor)' },
  },
});

export enum FundSource {
  CENTRAL = 'CENTRAL',
  PROVINCIAL = 'PROVINCIAL',
  CITY_COUNTY = 'CITY_COUNTY',
}
registerEnumType(FundSource, {
  name: 'FundSource',
  description: '资金来源 Source of linkage funds (衔接资金).',
  valuesConfig: {
    CENTRAL: { description: '中央 (central government)' },
    PROVINCIAL: { description: '省级 (province / autonomous region)' },
    CITY_COUNTY: { description: '市县 (city and county)' },
  },
});

export enum FundPurpose {
  INDUSTRY = 'INDUSTRY',
  EMPLOYMENT = 'EMPLOYMENT',
  INFRASTRUCTURE = 'INFRASTRUCTURE',
  PUBLIC_SERVICE = 'PUBLIC_SERVICE',
  OTHER = 'OTHER',
}
registerEnumType(FundPurpose, {
  name: 'FundPurpose',
  description: '资金用途 Purpose of a fund allocation.',
  valuesConfig: {
    INDUSTRY: { description: '产业发展 (industry development)' },
    EMPLOYMENT: { description: '就业帮扶 (employment)' },
    INFRASTRUCTURE: { description: '基础设施 (infrastructure)' },
    PUBLIC_SERVICE: { description: '公共服务 (public services)' },
    OTHER: { description: '其他 (other)' },
  },
});

/** A county named a key assistance county (乡村振兴重点帮扶县); a county is named at most once. */
@ObjectType({ description: '重点帮扶县 KeyCounty: a county named a national or provincial key assistance county.' })
@Entity({ tableName: 'key_county' })
export class KeyCounty extends Record<'status' | 'formerDeepPoverty'> {
  @Field(() => String, { description: '县级区划代码 (county region code, 6 digits; unique)' })
  @ManyToOne(() => Region, { mapToPk: true, fieldName: 'county_code', unique: true })
  countyCode: string;

  @Field(() => KeyCountyLevel, { description: '级别 (level: national or provincial)' })
  @Enum({ items: () => KeyCountyLevel, type: 'string', index: true })
  level: KeyCountyLevel;

  @Field(() => Int, { description: '确定年份 (year it was named)' })
  @Property({ type: 'integer', index: true })
  designatedYear: number;

  @Field(() => Boolean, { description: '原深度贫困县 (former deep-poverty county)' })
  @Property({ type: 'boolean', default: false })
  formerDeepPoverty: boolean = false;

  @Field(() => Int, { nullable: true, description: '摘帽年份 (year the county exited poverty)' })
  @Property({ type: 'integer', nullable: true })
  povertyExitYear?: number | null;

  @Field(() => KeyCountyStatus, { description: '状态 (status: still a key county or exited)' })
  @Enum({ items: () => KeyCountyStatus, type: 'string', index: true })
  status: KeyCountyStatus = KeyCountyStatus.ACTIVE;

  @Field(() => String, { nullable: true, description: '备注 (notes)' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}

/** Periodic monitoring evaluation (定期监测评估) of a key county; one per county, year and period. */
@ObjectType({ description: '监测评估 CountyEvaluation: a periodic monitoring evaluation of a key county.' })
@Entity({ tableName: 'county_evaluation' })
@Unique({ properties: ['keyCountyId', 'year', 'period'] })
export class CountyEvaluation extends Record {
  @ManyToOne(() => KeyCounty, { mapToPk: true, fieldName: 'key_county_id', index: true })
  keyCountyId: string;

  @Field(() => String, { description: '县级区划代码 (county code, copied from the key county)' })
  @Property({ type: 'string', length: 6, index: true })
  countyCode: string;

  @Field(() => Int, { description: '年度 (year)' })
  @Property({ type: 'integer', index: true })
  year: number;

  @Field(() => EvaluationPeriod, { description: '评估期 (period: ANNUAL or a quarter)' })
  @Enum({ items: () => EvaluationPeriod, type: 'string' })
  period: EvaluationPeriod;

  @Field(() => MoneyScalar, { nullable: true, description: '农村居民人均可支配收入 (rural income per capita, yuan)' })
  @Property({ type: fenColumn(), nullable: true })
  ruralIncomePerCapita?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: '脱贫人口人均纯收入 (poverty-exited income per capita, yuan)' })
  @Property({ type: fenColumn(), nullable: true })
  povertyExitedIncomePerCapita?: number | null;

  /** Growth in hundredths of a percent (1398 = 13.98 %), so it stays exact. */
  @Property({ type: 'integer', nullable: true })
  incomeGrowthBasisPoints?: number | null;

  @Field(() => Int, { nullable: true, description: '监测户数 (monitored households)' })
  @Property({ type: 'integer', nullable: true })
  monitoredHouseholds?: number | null;

  @Field(() => Int, { nullable: true, description: '已消除风险户数 (households whose risk was eliminated)' })
  @Property({ type: 'integer', nullable: true })
  riskEliminatedHouseholds?: number | null;

  @Field(() => Int, { nullable: true, description: '脱贫劳动力务工就业人数 (poverty-exited labourers in work)' })
  @Property({ type: 'integer', nullable: true })
  povertyExitedLabourInWork?: number | null;

  @Field(() => EvaluationRating, { nullable: true, description: '评估等次 (rating)' })
  @Enum({ items: () => EvaluationRating, type: 'string', nullable: true, index: true })
  rating?: EvaluationRating | null;

  @Field(() => String, { nullable: true, description: '评估单位/评估人 (evaluator)' })
  @Property({ type: 'string', length: 200, nullable: true })
  evaluator?: string | null;

  @Field(() => String, { nullable: true, description: '备注 (notes)' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}

/** Linkage funds (衔接资金) allocated to a key county. Amounts are whole fen. */
@ObjectType({ description: '衔接资金 FundAllocation: linkage funds allocated to a key county for one year, source and purpose.' })
@Entity({ tableName: 'fund_allocation' })
@Check({
  name: 'fund_allocation_amounts_check',
  expression: 'amount > 0 and disbursed >= 0 and disbursed <= amount and projects_started >= 0 and projects_started <= project_count',
})
export class FundAllocation extends Record<'disbursed' | 'projectCount' | 'projectsStarted'> {
  @ManyToOne(() => KeyCounty, { mapToPk: true, fieldName: 'key_county_id', index: true })
  keyCountyId: string;

  @Field(() => String, { description: '县级区划代码 (county code, copied from the key county)' })
  @Property({ type: 'string', length: 6, index: true })
  countyCode: string;

  @Field(() => Int, { description: '年度 (year)' })
  @Property({ type: 'integer', index: true })
  year: number;

  @Field(() => FundSource, { description: '资金来源 (source)' })
  @Enum({ items: () => FundSource, type: 'string', index: true })
  source: FundSource;

  @Field(() => FundPurpose, { description: '资金用途 (purpose)' })
  @Enum({ items: () => FundPurpose, type: 'string', index: true })
  purpose: FundPurpose;

  @Field(() => MoneyScalar, { description: '下达金额 (amount allocated, yuan)' })
  @Property({ type: fenColumn(), index: true })
  amount: number;

  @Field(() => MoneyScalar, { description: '已支出金额 (amount disbursed, yuan; never more than the amount)' })
  @Property({ type: fenColumn(), default: 0 })
  disbursed: number = 0;

  @Field(() => Int, { description: '项目数 (number of projects)' })
  @Property({ type: 'integer', default: 0 })
  projectCount: number = 0;

  @Field(() => Int, { description: '已开工项目数 (projects started; never more than the project count)' })
  @Property({ type: 'integer', default: 0 })
  projectsStarted: number = 0;

  @Field(() => String, { nullable: true, description: '备注 (notes)' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}
