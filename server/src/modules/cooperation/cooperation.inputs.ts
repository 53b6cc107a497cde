import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import {
  ArchiveScope,
  BooleanFilter,
  DateTimeFilter,
  IdFilter,
  IntFilter,
  LocalDateFilter,
  RegionCodeFilter,
  StringFilter,
  enumFilter,
} from '../../core/filters';
import { PartialInput } from '../../core/input-types';
import { LocalDateScalar, MoneyScalar } from '../../core/scalars';
import { CooperationCategory, CooperationProjectStatus, PairingKind, PairingStatus } from './cooperation.entity';

// ---------------------------------------------------------------- pairing

export enum PairingSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  startDate = 'startDate',
  kind = 'kind',
  status = 'status',
  regionCode = 'regionCode',
}

const PairingKindFilter = enumFilter(PairingKind, 'PairingKind');
const PairingStatusFilter = enumFilter(PairingStatus, 'PairingStatus');

@InputType({ description: '结对筛选 Conditions on pairings.' })
export class PairingFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => PairingKindFilter, { nullable: true, description: '结对类型 (kind)' }) kind?: InstanceType<typeof PairingKindFilter>;
  @Field(() => PairingStatusFilter, { nullable: true, description: '状态 (status)' }) status?: InstanceType<typeof PairingStatusFilter>;
  @Field(() => RegionCodeFilter, { nullable: true, description: '帮扶方区划 (helper region)' }) helperRegion?: RegionCodeFilter;
  @Field(() => IdFilter, { nullable: true, description: '帮扶方单位 (helper organization)' }) helperOrganization?: IdFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '受帮扶区划 (helped region)' }) helpedRegion?: RegionCodeFilter;
  @Field(() => IdFilter, { nullable: true, description: '受帮扶单位 (helped organization)' }) helpedOrganization?: IdFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '管辖区划 (jurisdiction region = helped side)' }) region?: RegionCodeFilter;
  @Field(() => IdFilter, { nullable: true, description: '上级结对 (parent pairing)' }) parent?: IdFilter;
  @Field(() => LocalDateFilter, { nullable: true, description: '开始日期 (start date)' }) startDate?: LocalDateFilter;
  @Field(() => LocalDateFilter, { nullable: true, description: '结束日期 (end date; pairings without one do not match a comparison)' })
  endDate?: LocalDateFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at; for incremental sync)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [PairingFilter], { nullable: true, description: 'All of these.' }) and?: PairingFilter[];
  @Field(() => [PairingFilter], { nullable: true, description: 'Any of these.' }) or?: PairingFilter[];
}

@InputType({ description: '结对目标 Annual targets and remark of a pairing.' })
class PairingTargets {
  @Field(() => MoneyScalar, { nullable: true, description: '年度目标·帮扶资金 (annual target: funds, yuan)' })
  targetFunds?: number | null;

  @Field(() => Int, { nullable: true, description: '年度目标·劳务输转人数 (annual target: labour transfers)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  targetLabourTransfers?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: '年度目标·消费帮扶采购额 (annual target: purchases, yuan)' })
  targetPurchases?: number | null;

  @Field(() => String, { nullable: true, description: '备注 (remark)' })
  @IsOptional()
  @MaxLength(1000)
  remark?: string | null;
}

@InputType({ description: '新建结对 A new pairing. Give a helper region and/or organization and a helped region and/or organization.' })
export class CreatePairingInput extends PairingTargets {
  @Field(() => PairingKind, { description: '结对类型 (kind)' }) kind: PairingKind;
  @Field(() => String, { nullable: true, description: '帮扶方区划代码 (helper region code)' }) helperRegionCode?: string | null;
  @Field(() => ID, { nullable: true, description: '帮扶方单位 id (helper organization)' }) helperOrganizationId?: string | null;
  @Field(() => String, { nullable: true, description: '受帮扶区划代码 (helped region: province, city, county or village)' })
  helpedRegionCode?: string | null;
  @Field(() => ID, { nullable: true, description: '受帮扶单位 id (helped organization, e.g. a school)' }) helpedOrganizationId?:
    string | null;
  @Field(() => ID, { nullable: true, description: '上级结对 id (parent pairing, e.g. the province-level agreement)' }) parentId?:
    string | null;
  @Field(() => LocalDateScalar, { description: '开始日期 (start date: the first day the pairing is in force)' }) startDate: string;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      '结束日期 (optional end date: the first day the pairing is no longer in force; after the start). Leave empty for an open-ended pairing.',
  })
  endDate?: string | null;
}

@InputType({
  description: '调整结对 The successor of an adjusted pairing; omitted sides, parent and targets are copied from the predecessor.',
})
export class AdjustPairingInput extends PairingTargets {
  @Field(() => PairingKind, { nullable: true, description: '结对类型 (kind; default: unchanged)' }) kind?: PairingKind;
  @Field(() => String, { nullable: true, description: '帮扶方区划代码 (helper region; default: unchanged)' }) helperRegionCode?:
    string | null;
  @Field(() => ID, { nullable: true, description: '帮扶方单位 id (helper organization; default: unchanged)' }) helperOrganizationId?:
    string | null;
  @Field(() => String, { nullable: true, description: '受帮扶区划代码 (helped region; default: unchanged)' }) helpedRegionCode?:
    string | null;
  @Field(() => ID, { nullable: true, description: '受帮扶单位 id (helped organization; default: unchanged)' }) helpedOrganizationId?:
    string | null;
  @Field(() => ID, { nullable: true, description: '上级结对 id (parent pairing; default: unchanged)' }) parentId?: string | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: '调整生效日期 (date the successor starts and the predecessor ends; today or later; default today)',
  })
  startDate?: string;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: '后续结对结束日期 (end date of the successor; default: the predecessor’s planned end, if any; null for open-ended)',
  })
  endDate?: string | null;
}

@InputType({
  description: '修改结对 Changes to a pairing’s targets and remark. Sides, dates and status change only by adjusting or ending it.',
})
export class UpdatePairingInput extends PairingTargets {}

// ---------------------------------------------------------------- cooperation project

export enum CooperationProjectSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  name = 'name',
  year = 'year',
  status = 'status',
  category = 'category',
  regionCode = 'regionCode',
}

const CooperationCategoryFilter = enumFilter(CooperationCategory, 'CooperationCategory');
const CooperationProjectStatusFilter = enumFilter(CooperationProjectStatus, 'CooperationProjectStatus');

@InputType({ description: '协作项目筛选 Conditions on cooperation projects.' })
export class CooperationProjectFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: '结对关系 (pairing)' }) pairing?: IdFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '所在县 (county)' }) county?: RegionCodeFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '管辖区划 (region)' }) region?: RegionCodeFilter;
  @Field(() => StringFilter, { nullable: true, description: '项目名称 (name)' }) name?: StringFilter;
  @Field(() => CooperationCategoryFilter, { nullable: true, description: '项目类别 (category)' }) category?: InstanceType<
    typeof CooperationCategoryFilter
  >;
  @Field(() => CooperationProjectStatusFilter, { nullable: true, description: '状态 (status)' }) status?: InstanceType<
    typeof CooperationProjectStatusFilter
  >;
  @Field(() => IntFilter, { nullable: true, description: '年度 (year)' }) year?: IntFilter;
  @Field(() => BooleanFilter, { nullable: true, description: '共建产业园区 (co-built park)' }) parkCoBuilt?: BooleanFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at; for incremental sync)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [CooperationProjectFilter], { nullable: true, description: 'All of these.' }) and?: CooperationProjectFilter[];
  @Field(() => [CooperationProjectFilter], { nullable: true, description: 'Any of these.' }) or?: CooperationProjectFilter[];
}

@InputType({ description: '协作项目数据 Fields of a cooperation project shared by create and update.' })
class CooperationProjectFields {
  @Field(() => MoneyScalar, { nullable: true, description: '到位资金 (funds in place, yuan; ≤ planned)' }) fundsInPlace?: number;
  @Field(() => MoneyScalar, { nullable: true, description: '已支出资金 (funds disbursed, yuan; ≤ in place)' }) fundsDisbursed?: number;
  @Field(() => Int, { nullable: true, description: '受益脱贫人口 (poverty-exited people benefiting)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  peopleBenefitingPovertyExited?: number;
  @Field(() => Int, { nullable: true, description: '受益监测人口 (monitored people benefiting)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  peopleBenefitingMonitored?: number;
  @Field(() => Int, { nullable: true, description: '带动就业 (jobs created)' }) @IsOptional() @IsInt() @Min(0) jobsCreated?: number;
  @Field(() => Int, { nullable: true, description: '引进企业数 (enterprises introduced)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  enterprisesIntroduced?: number;
  @Field(() => MoneyScalar, { nullable: true, description: '引进投资 (investment attracted, yuan)' }) investmentAttracted?: number;
  @Field(() => Int, { nullable: true, description: '转移就业人数 (labour transfers)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  labourTransfers?: number;
  @Field(() => Int, { nullable: true, description: '其中脱贫人口 (of which poverty-exited; ≤ labour transfers)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  povertyExitedLabourTransfers?: number;
  @Field(() => Boolean, { nullable: true, description: '共建产业园区 (co-builds an industrial park)' }) parkCoBuilt?: boolean;
}

@InputType({ description: '新建协作项目 A new cooperation project (starts as DRAFT).' })
export class CreateCooperationProjectInput extends CooperationProjectFields {
  @Field(() => ID, { description: '结对关系 id (pairing; in force or starting later, and its period must cover part of the project year)' })
  pairingId: string;
  @Field(() => String, { description: '所在县代码 (county code, 6 digits, inside the pairing’s helped region)' }) countyCode: string;
  @Field(() => String, { description: '项目名称 (name)' }) @Length(2, 200) name: string;
  @Field(() => CooperationCategory, { description: '项目类别 (category)' }) category: CooperationCategory;
  @Field(() => Int, { description: '年度 (year)' }) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => MoneyScalar, { description: '计划资金 (planned funds, yuan)' }) plannedFunds: number;
}

@InputType({
  description: '修改协作项目 Changes to a cooperation project; omitted fields keep their value. Status changes only through the workflow.',
})
export class UpdateCooperationProjectInput extends PartialInput(CreateCooperationProjectInput, {
  omit: ['pairingId', 'countyCode', 'year'],
}) {}

@InputType({ description: '项目流转附加信息 What a cooperation-project workflow step may record.' })
export class CooperationProjectTransitionInput {
  @Field(() => LocalDateScalar, { nullable: true, description: '开工日期 (start date, for START; default today)' }) startDate?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: '完工日期 (completion date, for COMPLETE; default today)' })
  completionDate?: string;
  @Field(() => MoneyScalar, {
    nullable: true,
    description: '本次到位资金 (funds arrived now, yuan, for RECORD_FUNDS; added to funds in place, which stays ≤ planned)',
  })
  fundsArrived?: number;
  @Field(() => MoneyScalar, {
    nullable: true,
    description: '本次支出资金 (funds spent now, yuan, for RECORD_FUNDS; added to disbursed, which stays ≤ in place)',
  })
  fundsSpent?: number;
}
