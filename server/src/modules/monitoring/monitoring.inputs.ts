import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import {
  ArchiveScope,
  BooleanFilter,
  DateTimeFilter,
  IdFilter,
  IntFilter,
  LocalDateFilter,
  RegionCodeFilter,
  enumFilter,
} from '../../core/filters';
import { PartialInput } from '../../core/input-types';
import { LocalDateScalar, MoneyScalar } from '../../core/scalars';
import { HouseholdCategory, MonitoringType } from '../person/person.entity';
import {
  DiscoveryChannel,
  HouseholdRelation,
  IncomeSource,
  MeasureKind,
  MeasureStatus,
  MonitoringCaseStatus,
  RiskCause,
  RiskEliminationStatus,
} from './monitoring.entity';

/* ---------- sort fields ---------- */

export enum MonitoringLineSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  effectiveFrom = 'effectiveFrom',
  year = 'year',
}

export enum HouseholdSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  villageCode = 'villageCode',
  category = 'category',
  size = 'size',
}

export enum HouseholdIncomeSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  year = 'year',
}

export enum MonitoringCaseSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  clueDate = 'clueDate',
  deadline = 'deadline',
  status = 'status',
  regionCode = 'regionCode',
}

export enum AssistanceMeasureSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  kind = 'kind',
  status = 'status',
  dueOn = 'dueOn',
}

export enum HouseholdMemberSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  relation = 'relation',
}

export enum HouseholdVisitSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  visitedOn = 'visitedOn',
}

export enum RiskEliminationSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  status = 'status',
  decidedOn = 'decidedOn',
}

/* ---------- filters ---------- */

const HouseholdCategoryFilter = enumFilter(HouseholdCategory, 'HouseholdCategory');
const MonitoringTypeFilter = enumFilter(MonitoringType, 'MonitoringType');
const MonitoringCaseStatusFilter = enumFilter(MonitoringCaseStatus, 'MonitoringCaseStatus');
const IncomeSourceFilter = enumFilter(IncomeSource, 'IncomeSource');
const MeasureKindFilter = enumFilter(MeasureKind, 'MeasureKind');
const MeasureStatusFilter = enumFilter(MeasureStatus, 'MeasureStatus');

@InputType({ description: '监测标准筛选 Conditions on monitoring lines.' })
export class MonitoringLineFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '省份 (province)' }) province?: RegionCodeFilter;
  @Field(() => IntFilter, { nullable: true, description: '年度 (year)' }) year?: IntFilter;
  @Field(() => LocalDateFilter, { nullable: true, description: '执行日期 (in force from)' }) effectiveFrom?: LocalDateFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at; for incremental sync)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [MonitoringLineFilter], { nullable: true, description: 'All of these.' }) and?: MonitoringLineFilter[];
  @Field(() => [MonitoringLineFilter], { nullable: true, description: 'Any of these.' }) or?: MonitoringLineFilter[];
}

@InputType({ description: '农户筛选 Conditions on households.' })
export class HouseholdFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: '户主 (head of household)' }) headPerson?: IdFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '所在村 (village; within a township or county)' })
  village?: RegionCodeFilter;
  @Field(() => HouseholdCategoryFilter, { nullable: true, description: '户类别 (category)' }) category?: InstanceType<
    typeof HouseholdCategoryFilter
  >;
  @Field(() => IntFilter, { nullable: true, description: '家庭人口 (size)' }) size?: IntFilter;
  @Field(() => BooleanFilter, { nullable: true, description: '义务教育有保障 (education secured)' }) educationSecured?: BooleanFilter;
  @Field(() => BooleanFilter, { nullable: true, description: '基本医疗保险有保障 (medical insurance secured)' })
  medicalInsuranceSecured?: BooleanFilter;
  @Field(() => BooleanFilter, { nullable: true, description: '住房安全有保障 (housing secured)' }) housingSecured?: BooleanFilter;
  @Field(() => BooleanFilter, { nullable: true, description: '饮水安全有保障 (drinking water secured)' })
  drinkingWaterSecured?: BooleanFilter;
  @Field(() => Int, {
    nullable: true,
    description: '低于监测标准的年度 (households whose income per person of this year is below the line in force at its end)',
  })
  belowLineIn?: number;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at; for incremental sync)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [HouseholdFilter], { nullable: true, description: 'All of these.' }) and?: HouseholdFilter[];
  @Field(() => [HouseholdFilter], { nullable: true, description: 'Any of these.' }) or?: HouseholdFilter[];
}

@InputType({ description: '农户收入筛选 Conditions on household income records.' })
export class HouseholdIncomeFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: '农户 (household)' }) household?: IdFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '区划 (region of the household)' }) region?: RegionCodeFilter;
  @Field(() => IntFilter, { nullable: true, description: '年度 (year)' }) year?: IntFilter;
  @Field(() => IncomeSourceFilter, { nullable: true, description: '收入来源 (source)' }) source?: InstanceType<typeof IncomeSourceFilter>;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at; for incremental sync)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [HouseholdIncomeFilter], { nullable: true, description: 'All of these.' }) and?: HouseholdIncomeFilter[];
  @Field(() => [HouseholdIncomeFilter], { nullable: true, description: 'Any of these.' }) or?: HouseholdIncomeFilter[];
}

@InputType({ description: '监测对象筛选 Conditions on monitoring cases.' })
export class MonitoringCaseFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: '农户 (household)' }) household?: IdFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '区划 (region of the household; within a village, township or county)' })
  region?: RegionCodeFilter;
  @Field(() => MonitoringTypeFilter, { nullable: true, description: '监测类型 (type)' }) type?: InstanceType<typeof MonitoringTypeFilter>;
  @Field(() => RiskCause, { nullable: true, description: '风险类型 (has this cause among its causes)' }) riskCause?: RiskCause;
  @Field(() => Int, {
    nullable: true,
    description:
      '农户收入低于监测标准的年度 (cases whose household’s income per person of this year is below the line in force at its end)',
  })
  householdBelowLineIn?: number;
  @Field(() => MonitoringCaseStatusFilter, { nullable: true, description: '状态 (status)' }) status?: InstanceType<
    typeof MonitoringCaseStatusFilter
  >;
  @Field(() => BooleanFilter, { nullable: true, description: '已超时 (overdue: undecided after the 15 days, or decided late)' })
  overdue?: BooleanFilter;
  @Field(() => LocalDateFilter, { nullable: true, description: '预警日期 (clue date)' }) clueDate?: LocalDateFilter;
  @Field(() => LocalDateFilter, { nullable: true, description: '认定时限 (deadline)' }) deadline?: LocalDateFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at; for incremental sync)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [MonitoringCaseFilter], { nullable: true, description: 'All of these.' }) and?: MonitoringCaseFilter[];
  @Field(() => [MonitoringCaseFilter], { nullable: true, description: 'Any of these.' }) or?: MonitoringCaseFilter[];
}

@InputType({ description: '帮扶措施筛选 Conditions on assistance measures.' })
export class AssistanceMeasureFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: '监测对象 (case)' }) case?: IdFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '区划 (region of the household)' }) region?: RegionCodeFilter;
  @Field(() => MeasureKindFilter, { nullable: true, description: '措施类型 (kind)' }) kind?: InstanceType<typeof MeasureKindFilter>;
  @Field(() => MeasureStatusFilter, { nullable: true, description: '落实状态 (status)' }) status?: InstanceType<typeof MeasureStatusFilter>;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at; for incremental sync)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [AssistanceMeasureFilter], { nullable: true, description: 'All of these.' }) and?: AssistanceMeasureFilter[];
  @Field(() => [AssistanceMeasureFilter], { nullable: true, description: 'Any of these.' }) or?: AssistanceMeasureFilter[];
}

const RiskEliminationStatusFilter = enumFilter(RiskEliminationStatus, 'RiskEliminationStatus');
const HouseholdRelationFilter = enumFilter(HouseholdRelation, 'HouseholdRelation');

@InputType({ description: '家庭成员筛选 Conditions on household members.' })
export class HouseholdMemberFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: '农户 (household)' }) household?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: '人员 (person)' }) person?: IdFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '区划 (region of the household)' }) region?: RegionCodeFilter;
  @Field(() => HouseholdRelationFilter, { nullable: true, description: '与户主关系 (relation)' }) relation?: InstanceType<
    typeof HouseholdRelationFilter
  >;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at; for incremental sync)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [HouseholdMemberFilter], { nullable: true, description: 'All of these.' }) and?: HouseholdMemberFilter[];
  @Field(() => [HouseholdMemberFilter], { nullable: true, description: 'Any of these.' }) or?: HouseholdMemberFilter[];
}

@InputType({ description: '走访记录筛选 Conditions on household visits.' })
export class HouseholdVisitFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: '农户 (household)' }) household?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: '驻村干部 (work-team member)' }) teamMember?: IdFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '区划 (region of the household)' }) region?: RegionCodeFilter;
  @Field(() => LocalDateFilter, { nullable: true, description: '走访日期 (visit date)' }) visitedOn?: LocalDateFilter;
  @Field(() => BooleanFilter, { nullable: true, description: '风险上升 (risk rising)' }) riskRising?: BooleanFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at; for incremental sync)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [HouseholdVisitFilter], { nullable: true, description: 'All of these.' }) and?: HouseholdVisitFilter[];
  @Field(() => [HouseholdVisitFilter], { nullable: true, description: 'Any of these.' }) or?: HouseholdVisitFilter[];
}

@InputType({ description: '风险消除筛选 Conditions on risk eliminations.' })
export class RiskEliminationFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: '监测对象 (case)' }) case?: IdFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '区划 (region of the household)' }) region?: RegionCodeFilter;
  @Field(() => RiskEliminationStatusFilter, { nullable: true, description: '状态 (status)' }) status?: InstanceType<
    typeof RiskEliminationStatusFilter
  >;
  @Field(() => LocalDateFilter, { nullable: true, description: '消除日期 (decided on)' }) decidedOn?: LocalDateFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at; for incremental sync)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [RiskEliminationFilter], { nullable: true, description: 'All of these.' }) and?: RiskEliminationFilter[];
  @Field(() => [RiskEliminationFilter], { nullable: true, description: 'Any of these.' }) or?: RiskEliminationFilter[];
}

/* ---------- create / update ---------- */

@InputType({ description: '新建监测标准 A province’s monitoring line from a date.' })
export class CreateMonitoringLineInput {
  @Field(() => String, { description: '省级区划代码 (province code, 2 digits)' })
  @Length(2, 2)
  provinceCode: string;

  @Field(() => Int, { description: '年度 (year the line was set for)' })
  @IsInt()
  @Min(2020)
  @Max(2100)
  year: number;

  @Field(() => MoneyScalar, { description: '监测标准 (yuan per person per year, more than 0)' })
  amount: number;

  @Field(() => LocalDateScalar, { description: '执行日期 (in force from this date)' })
  effectiveFrom: string;

  @Field(() => String, { nullable: true, description: '依据文件 (the notice that set it)' })
  @IsOptional()
  @MaxLength(200)
  basis?: string | null;
}

@InputType({ description: '修改监测标准 Changes to a monitoring line; the province does not change.' })
export class UpdateMonitoringLineInput extends PartialInput(CreateMonitoringLineInput, { omit: ['provinceCode'] }) {}

@InputType({ description: '新建农户 A household, with its head (a person of the same village).' })
export class CreateHouseholdInput {
  @Field(() => ID, { description: '户主 id (head of the household; a person of the village, head of no other household)' })
  headPersonId: string;

  @Field(() => HouseholdCategory, { description: '户类别 (category)' })
  category: HouseholdCategory;

  @Field(() => Int, { description: '家庭人口 (household size, 1..30)' })
  @IsInt()
  @Min(1)
  @Max(30)
  size: number;

  @Field(() => Int, { description: '劳动力人数 (members able to work, 0..size)' })
  @IsInt()
  @Min(0)
  @Max(30)
  labourers: number;

  @Field(() => MoneyScalar, { nullable: true, description: '合规自付支出 (compliant out-of-pocket costs of the year, yuan; default 0)' })
  compliantExpenses?: number;

  @Field(() => Boolean, { nullable: true, description: '义务教育有保障 (default true)' })
  educationSecured?: boolean;

  @Field(() => Boolean, { nullable: true, description: '基本医疗保险有保障 (default true)' })
  medicalInsuranceSecured?: boolean;

  @Field(() => Boolean, { nullable: true, description: '住房安全有保障 (default true)' })
  housingSecured?: boolean;

  @Field(() => Boolean, { nullable: true, description: '饮水安全有保障 (default true)' })
  drinkingWaterSecured?: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: '核实日期 (date the four items were checked; not in the future)' })
  securedCheckedOn?: string | null;
}

@InputType({ description: '修改农户 Changes to a household; the head does not change here.' })
export class UpdateHouseholdInput extends PartialInput(CreateHouseholdInput, { omit: ['headPersonId'] }) {}

@InputType({ description: '新建农户收入 One income record of a household: a year and a source.' })
export class CreateHouseholdIncomeInput {
  @Field(() => ID, { description: '农户 id (household)' })
  householdId: string;

  @Field(() => Int, { description: '年度 (year, not in the future)' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => IncomeSource, { description: '收入来源 (source)' })
  source: IncomeSource;

  @Field(() => MoneyScalar, { description: '金额 (yuan, 0 or more)' })
  amount: number;
}

@InputType({ description: '修改农户收入 Changes to an income record: only its amount.' })
export class UpdateHouseholdIncomeInput extends PartialInput(CreateHouseholdIncomeInput, { omit: ['householdId', 'year', 'source'] }) {}

@InputType({ description: '新建监测对象 A clue about a household at risk (status CLUE; the 15 days run from the clue date).' })
export class CreateMonitoringCaseInput {
  @Field(() => ID, { description: '农户 id (household; one open case per household)' })
  householdId: string;

  @Field(() => MonitoringType, { description: '监测类型 (type)' })
  type: MonitoringType;

  @Field(() => [RiskCause], { description: '风险类型 (causes, one or more)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  riskCauses: RiskCause[];

  @Field(() => DiscoveryChannel, { description: '发现方式 (how it came to light)' })
  discoveredBy: DiscoveryChannel;

  @Field(() => LocalDateScalar, { description: '预警日期 (clue date; not in the future)' })
  clueDate: string;

  @Field(() => String, { nullable: true, description: '风险描述 (what the clue says; no health detail)' })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;
}

@InputType({ description: '修改监测对象 Changes to a case; household and clue date do not change.' })
export class UpdateMonitoringCaseInput extends PartialInput(CreateMonitoringCaseInput, { omit: ['householdId', 'clueDate'] }) {}

@InputType({ description: '新建帮扶措施 A measure of a case’s plan (一户一策).' })
export class CreateAssistanceMeasureInput {
  @Field(() => ID, { description: '监测对象 id (case; identified or under identification)' })
  caseId: string;

  @Field(() => MeasureKind, { description: '措施类型 (kind)' })
  kind: MeasureKind;

  @Field(() => String, { description: '措施内容 (what is done)' })
  @Length(2, 500)
  content: string;

  @Field(() => String, { description: '责任人 (responsible person)' })
  @Length(1, 50)
  responsible: string;

  @Field(() => MeasureStatus, { nullable: true, description: '落实状态 (default PLANNED)' })
  status?: MeasureStatus;

  @Field(() => MoneyScalar, { nullable: true, description: '帮扶资金 (yuan, 0 or more)' })
  amount?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: '公益性岗位聘任 id (required for WELFARE_POST: a placement of a member of the household, not rejected or withdrawn)',
  })
  placementId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '计划完成日期 (due date)' })
  dueOn?: string | null;
}

@InputType({ description: '修改帮扶措施 Changes to a measure; the case does not change.' })
export class UpdateAssistanceMeasureInput extends PartialInput(CreateAssistanceMeasureInput, { omit: ['caseId'] }) {}

@InputType({ description: '新建家庭成员 A person joins a household (the head joins when the household is created).' })
export class CreateHouseholdMemberInput {
  @Field(() => ID, { description: '农户 id (household)' })
  householdId: string;

  @Field(() => ID, { description: '人员 id (a person of the household’s village, in no other household)' })
  personId: string;

  @Field(() => HouseholdRelation, { description: '与户主关系 (relation to the head; HEAD only for the head)' })
  relation: HouseholdRelation;
}

@InputType({ description: '修改家庭成员 Changes to a member: only the relation.' })
export class UpdateHouseholdMemberInput extends PartialInput(CreateHouseholdMemberInput, { omit: ['householdId', 'personId'] }) {}

@InputType({ description: '新建走访记录 A visit to a household.' })
export class CreateHouseholdVisitInput {
  @Field(() => ID, { description: '农户 id (household)' })
  householdId: string;

  @Field(() => LocalDateScalar, { description: '走访日期 (visit date; not in the future)' })
  visitedOn: string;

  @Field(() => ID, {
    nullable: true,
    description: '驻村干部 id (the work-team member who visited; a member of a team in the household’s village)',
  })
  teamMemberId?: string | null;

  @Field(() => String, { nullable: true, description: '走访人 (who visited; default the team member’s name, required without one)' })
  @IsOptional()
  @MaxLength(50)
  visitor?: string | null;

  @Field(() => String, { description: '走访情况 (findings)' })
  @Length(2, 2000)
  findings: string;

  @Field(() => Boolean, { nullable: true, description: '风险上升 (the risk is rising; default false)' })
  riskRising?: boolean;
}

@InputType({ description: '修改走访记录 Changes to a visit; the household does not change.' })
export class UpdateHouseholdVisitInput extends PartialInput(CreateHouseholdVisitInput, { omit: ['householdId', 'teamMemberId'] }) {}

@InputType({
  description: '提出风险消除 Propose ending an identified case (status PROPOSED); the rules are checked now and at the decision.',
})
export class CreateRiskEliminationInput {
  @Field(() => ID, { description: '监测对象 id (an identified case)' })
  caseId: string;

  @Field(() => String, { description: '核查情况 (findings of the check: income, 三保障, risks)' })
  @Length(2, 2000)
  findings: string;
}

@InputType({ description: '修改风险消除 Changes to the findings of a proposal.' })
export class UpdateRiskEliminationInput extends PartialInput(CreateRiskEliminationInput, { omit: ['caseId'] }) {}

/* ---------- workflow payload ---------- */

@InputType({ description: '监测对象认定操作参数 Payload of an identification step.' })
export class MonitoringCaseTransitionInput {
  @Field(() => String, { nullable: true, description: '入户核查情况 (household check findings; CHECK)' })
  @IsOptional()
  @MaxLength(2000)
  checkFindings?: string;

  @Field(() => String, { nullable: true, description: '承诺授权书编号 (reference of the signed consent; CONSENT)' })
  @IsOptional()
  @MaxLength(64)
  consentReference?: string;

  @Field(() => String, { nullable: true, description: '信息比对结果 (result of the departments’ data check; COMPARE)' })
  @IsOptional()
  @MaxLength(2000)
  comparisonResult?: string;

  @Field(() => ID, {
    nullable: true,
    description: '公示单位 id (publishing organization; PUBLICIZE, default your own organization; it must cover the household’s village)',
  })
  publisherId?: string;
}

@InputType({ description: '风险消除操作参数 Payload of a risk-elimination step.' })
export class RiskEliminationTransitionInput {
  @Field(() => ID, {
    nullable: true,
    description: '公示单位 id (publishing organization; PUBLICIZE, default your own organization; it must cover the household’s village)',
  })
  publisherId?: string;
}
