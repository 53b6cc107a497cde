import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Record } from '../../core/entity';
import { LocalDateScalar, MoneyScalar, fenColumn } from '../../core/scalars';
import { Region } from '../region/region.entity';
import { Organization } from '../organization/organization.entity';

export enum PairingKind {
  EAST_WEST = 'EAST_WEST',
  DESIGNATED = 'DESIGNATED',
  INTRA_PROVINCE = 'INTRA_PROVINCE',
  SOE = 'SOE',
  ENTERPRISE_VILLAGE = 'ENTERPRISE_VILLAGE',
  GROUP = 'GROUP',
  LEADER_CONTACT = 'LEADER_CONTACT',
}
registerEnumType(PairingKind, {
  name: 'PairingKind',
  description: '结对类型 Kind of pairing relationship.',
  valuesConfig: {
    EAST_WEST: { description: '东西部协作 (east–west cooperation)' },
    DESIGNATED: { description: '中央单位定点帮扶 (central units’ designated assistance)' },
    INTRA_PROVINCE: { description: '省内对口帮扶 (intra-province pairing)' },
    SOE: { description: '国有企业结对帮扶 (state-owned enterprise pairing with key counties)' },
    ENTERPRISE_VILLAGE: { description: '万企兴万村 (enterprise–village pairing)' },
    GROUP: { description: '组团式帮扶 (group assistance of schools and hospitals)' },
    LEADER_CONTACT: { description: '领导联系县 (provincial leader’s contact county)' },
  },
});

export enum PairingStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
registerEnumType(PairingStatus, {
  name: 'PairingStatus',
  description: '结对状态 Status of a pairing.',
  valuesConfig: { ACTIVE: { description: '有效 (active)' }, ENDED: { description: '已结束 (ended)' } },
});

/**
 * A pairing relationship (结对关系) between a helper side and a helped side, in force from `startDate`
 * up to (not including) `endDate`. Never deleted: an adjustment ends it and starts a successor, so
 * `predecessorId`/`successorId` form its history. `regionCode` is the helped side's region
 * (jurisdiction). Overlapping periods of the same kind between the same sides are refused by the
 * service (PAIRING_OVERLAP); `sideKey` is kept as a lookup key of kind + both sides.
 */
@ObjectType({ description: '结对关系 Pairing: a helper (region and/or organization) assisting a helped region or organization.' })
@Entity({ tableName: 'pairing' })
@Index({ properties: ['status', 'helperRegionCode'] })
export class Pairing extends Record<'status'> {
  @Field(() => PairingKind, { description: '结对类型 (kind)' })
  @Enum({ items: () => PairingKind, type: 'string', index: true })
  kind: PairingKind;

  @Field(() => String, { nullable: true, description: '帮扶方区划代码 (helper region code, e.g. 11 北京市 or 110105 朝阳区)' })
  @ManyToOne(() => Region, { mapToPk: true, nullable: true, index: true, fieldName: 'helper_region_code' })
  helperRegionCode?: string | null;

  @ManyToOne(() => Organization, { mapToPk: true, nullable: true, index: true, fieldName: 'helper_organization_id' })
  helperOrganizationId?: string | null;

  @Field(() => String, { nullable: true, description: '受帮扶区划代码 (helped region code: province, city, county or village)' })
  @ManyToOne(() => Region, { mapToPk: true, nullable: true, index: true, fieldName: 'helped_region_code' })
  helpedRegionCode?: string | null;

  @ManyToOne(() => Organization, { mapToPk: true, nullable: true, index: true, fieldName: 'helped_organization_id' })
  helpedOrganizationId?: string | null;

  /** Jurisdiction: the helped region, or the helped organization's region. */
  @Field(() => String, { description: '管辖区划 (region code used for jurisdiction: the helped side’s region)' })
  @Property({ type: 'string', length: 12, index: true })
  regionCode: string;

  @Property({ type: 'string', length: 200, hidden: true })
  sideKey: string;

  @ManyToOne(() => Pairing, { mapToPk: true, nullable: true, index: true, fieldName: 'parent_id' })
  parentId?: string | null;

  @Field(() => LocalDateScalar, { description: '开始日期 (start date: the first day in force)' })
  @Property({ type: 'string', length: 10, index: true })
  startDate: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      '结束日期 (end date: the first day no longer in force; given at creation, or set by ending or adjusting, never in the past; empty while open-ended)',
  })
  @Property({ type: 'string', length: 10, nullable: true, index: true })
  endDate?: string | null;

  @Field(() => PairingStatus, {
    description: '状态 (status: ENDED once the end date has come; a pairing whose end lies ahead stays ACTIVE until then; see activeToday)',
  })
  @Enum({ items: () => PairingStatus, type: 'string', index: true })
  status: PairingStatus = PairingStatus.ACTIVE;

  @Field(() => String, { nullable: true, description: '结束原因 (why it ended or was adjusted)' })
  @Property({ type: 'text', nullable: true })
  endReason?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: '年度目标·帮扶资金 (annual target: assistance funds, yuan)' })
  @Property({ type: fenColumn(), nullable: true })
  targetFunds?: number | null;

  @Field(() => Int, { nullable: true, description: '年度目标·劳务输转人数 (annual target: labour transfers)' })
  @Property({ type: 'integer', nullable: true })
  targetLabourTransfers?: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: '年度目标·消费帮扶采购额 (annual target: purchases of assisted products, yuan)',
  })
  @Property({ type: fenColumn(), nullable: true })
  targetPurchases?: number | null;

  @ManyToOne(() => Pairing, { mapToPk: true, nullable: true, index: true, fieldName: 'predecessor_id' })
  predecessorId?: string | null;

  @ManyToOne(() => Pairing, { mapToPk: true, nullable: true, index: true, fieldName: 'successor_id' })
  successorId?: string | null;

  @Field(() => String, { nullable: true, description: '备注 (remark, e.g. agreement number)' })
  @Property({ type: 'text', nullable: true })
  remark?: string | null;
}

export enum CooperationCategory {
  INDUSTRY = 'INDUSTRY',
  LABOR = 'LABOR',
  TALENT = 'TALENT',
  CONSUMPTION = 'CONSUMPTION',
  EDUCATION = 'EDUCATION',
  HEALTH = 'HEALTH',
  INDUSTRIAL_PARK = 'INDUSTRIAL_PARK',
  WORKSHOP = 'WORKSHOP',
  DEMO_VILLAGE = 'DEMO_VILLAGE',
  INFRASTRUCTURE = 'INFRASTRUCTURE',
  OTHER = 'OTHER',
}
registerEnumType(CooperationCategory, {
  name: 'CooperationCategory',
  description: '项目类别 Category of a cooperation project.',
  valuesConfig: {
    INDUSTRY: { description: '产业合作 (industrial cooperation)' },
    LABOR: { description: '劳务协作 (labour cooperation)' },
    TALENT: { description: '人才交流 (talent exchange)' },
    CONSUMPTION: { description: '消费帮扶 (consumption assistance)' },
    EDUCATION: { description: '教育帮扶 (education)' },
    HEALTH: { description: '医疗帮扶 (health)' },
    INDUSTRIAL_PARK: { description: '共建产业园区 (co-built industrial park)' },
    WORKSHOP: { description: '帮扶车间 (assisted workshop)' },
    DEMO_VILLAGE: { description: '示范村 (demonstration village)' },
    INFRASTRUCTURE: { description: '基础设施 (infrastructure)' },
    OTHER: { description: '其他 (other)' },
  },
});

export enum CooperationProjectStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  ACCEPTED = 'ACCEPTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(CooperationProjectStatus, {
  name: 'CooperationProjectStatus',
  description: '项目状态 Status of a cooperation project.',
  valuesConfig: {
    DRAFT: { description: '草稿 (draft; also where a returned project goes back to)' },
    SUBMITTED: { description: '已申报 (submitted)' },
    APPROVED: { description: '已批复 (approved)' },
    IN_PROGRESS: { description: '已开工 (in progress)' },
    COMPLETED: { description: '已完工 (completed)' },
    ACCEPTED: { description: '已验收 (accepted)' },
    CANCELLED: { description: '已取消 (cancelled)' },
  },
});

/**
 * An east–west cooperation project (协作项目) under a pairing, located in one county. Funds are whole
 * fen with in place ≤ planned and disbursed ≤ in place. Status changes only through the workflow.
 */
@ObjectType({ description: '协作项目 CooperationProject: a project carried out under a pairing in one county.' })
@Entity({ tableName: 'cooperation_project' })
@Index({ properties: ['year', 'status'] })
export class CooperationProject extends Record<
  | 'status'
  | 'fundsInPlace'
  | 'fundsDisbursed'
  | 'peopleBenefitingPovertyExited'
  | 'peopleBenefitingMonitored'
  | 'jobsCreated'
  | 'enterprisesIntroduced'
  | 'investmentAttracted'
  | 'labourTransfers'
  | 'povertyExitedLabourTransfers'
  | 'parkCoBuilt'
> {
  @ManyToOne(() => Pairing, { mapToPk: true, index: true, fieldName: 'pairing_id' })
  pairingId: string;

  @ManyToOne(() => Region, { mapToPk: true, index: true, fieldName: 'county_code' })
  countyCode: string;

  @Field(() => String, { description: '管辖区划 (region code used for jurisdiction: the county code)' })
  @Property({ type: 'string', length: 12, index: true })
  regionCode: string;

  @Field(() => String, { description: '项目名称 (name)' })
  @Property({ type: 'string', length: 200, index: true })
  name: string;

  @Field(() => CooperationCategory, { description: '项目类别 (category)' })
  @Enum({ items: () => CooperationCategory, type: 'string', index: true })
  category: CooperationCategory;

  @Field(() => Int, { description: '年度 (year)' })
  @Property({ type: 'integer', index: true })
  year: number;

  @Field(() => CooperationProjectStatus, { description: '状态 (status; changes only through transitionCooperationProject)' })
  @Enum({ items: () => CooperationProjectStatus, type: 'string', index: true })
  status: CooperationProjectStatus = CooperationProjectStatus.DRAFT;

  @Field(() => MoneyScalar, { description: '计划资金 (planned funds, yuan)' })
  @Property({ type: fenColumn() })
  plannedFunds: number;

  @Field(() => MoneyScalar, { description: '到位资金 (funds in place, yuan; never above planned)' })
  @Property({ type: fenColumn(), default: 0 })
  fundsInPlace: number = 0;

  @Field(() => MoneyScalar, { description: '已支出资金 (funds disbursed, yuan; never above funds in place)' })
  @Property({ type: fenColumn(), default: 0 })
  fundsDisbursed: number = 0;

  @Field(() => LocalDateScalar, { nullable: true, description: '开工日期 (start date; set by START)' })
  @Property({ type: 'string', length: 10, nullable: true })
  startDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '完工日期 (completion date; set by COMPLETE)' })
  @Property({ type: 'string', length: 10, nullable: true })
  completionDate?: string | null;

  @Field(() => Int, { description: '受益脱贫人口 (poverty-exited people benefiting)' })
  @Property({ type: 'integer', default: 0 })
  peopleBenefitingPovertyExited: number = 0;

  @Field(() => Int, { description: '受益监测人口 (monitored people benefiting)' })
  @Property({ type: 'integer', default: 0 })
  peopleBenefitingMonitored: number = 0;

  @Field(() => Int, { description: '带动就业 (jobs created)' })
  @Property({ type: 'integer', default: 0 })
  jobsCreated: number = 0;

  @Field(() => Int, { description: '引进企业数 (enterprises introduced)' })
  @Property({ type: 'integer', default: 0 })
  enterprisesIntroduced: number = 0;

  @Field(() => MoneyScalar, { description: '引进投资 (investment attracted, yuan)' })
  @Property({ type: fenColumn(), default: 0 })
  investmentAttracted: number = 0;

  @Field(() => Int, { description: '转移就业人数 (labour transfers)' })
  @Property({ type: 'integer', default: 0 })
  labourTransfers: number = 0;

  @Field(() => Int, { description: '其中脱贫人口转移就业 (of which poverty-exited labourers)' })
  @Property({ type: 'integer', default: 0 })
  povertyExitedLabourTransfers: number = 0;

  @Field(() => Boolean, { description: '共建产业园区 (the project co-builds an industrial park)' })
  @Property({ type: 'boolean', default: false, index: true })
  parkCoBuilt: boolean = false;
}
