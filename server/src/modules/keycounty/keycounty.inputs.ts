import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArchiveScope, DateTimeFilter, IdFilter, IntFilter, MoneyFilter, RegionCodeFilter, enumFilter } from '../../core/filters';
import { PartialInput } from '../../core/input-types';
import { MoneyScalar } from '../../core/scalars';
import { EvaluationPeriod, EvaluationRating, FundPurpose, FundSource, KeyCountyLevel, KeyCountyStatus } from './keycounty.entity';

/* ---------- shared ---------- */

@InputType({
  description: '比率条件 Conditions on a percentage (e.g. 支出进度 42.2). Compared exactly against the integer figures, to 0.01 %.',
})
export class PercentFilter {
  @Field(() => Float, { nullable: true, description: '小于 (less than this percentage)' }) lt?: number;
  @Field(() => Float, { nullable: true, description: '不高于 (at most this percentage)' }) lte?: number;
  @Field(() => Float, { nullable: true, description: '大于 (more than this percentage)' }) gt?: number;
  @Field(() => Float, { nullable: true, description: '不低于 (at least this percentage)' }) gte?: number;
}

@InputType({
  description:
    '产业资金占比条件 Share of a year’s linkage funds that goes to industry (产业发展), e.g. { year: 2022, lt: 55 } for “industry share below 55%”. Counties with no funds that year never match.',
})
export class IndustryShareFilter extends PercentFilter {
  @Field(() => Int, { description: '年度 (year of the funds)' }) year: number;
}

/* ---------- KeyCounty ---------- */

export enum KeyCountySortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  countyCode = 'countyCode',
  level = 'level',
  designatedYear = 'designatedYear',
  status = 'status',
}

const KeyCountyLevelFilter = enumFilter(KeyCountyLevel, 'KeyCountyLevel');
const KeyCountyStatusFilter = enumFilter(KeyCountyStatus, 'KeyCountyStatus');
const FundSourceFilter = enumFilter(FundSource, 'FundSource');
const FundPurposeFilter = enumFilter(FundPurpose, 'FundPurpose');
const EvaluationPeriodFilter = enumFilter(EvaluationPeriod, 'EvaluationPeriod');
const EvaluationRatingFilter = enumFilter(EvaluationRating, 'EvaluationRating');

@InputType({ description: '重点帮扶县筛选 Conditions on key counties.' })
export class KeyCountyFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '县 (county; `within` a province or city, e.g. "15")' })
  county?: RegionCodeFilter;
  @Field(() => KeyCountyLevelFilter, { nullable: true, description: '级别 (level)' }) level?: InstanceType<typeof KeyCountyLevelFilter>;
  @Field(() => KeyCountyStatusFilter, { nullable: true, description: '状态 (status)' }) status?: InstanceType<typeof KeyCountyStatusFilter>;
  @Field(() => IntFilter, { nullable: true, description: '确定年份 (year named)' }) designatedYear?: IntFilter;
  @Field(() => IndustryShareFilter, { nullable: true, description: '产业资金占比 (share of the year’s funds for industry, %)' })
  industryShare?: IndustryShareFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at; for incremental sync)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [KeyCountyFilter], { nullable: true, description: 'All of these.' }) and?: KeyCountyFilter[];
  @Field(() => [KeyCountyFilter], { nullable: true, description: 'Any of these.' }) or?: KeyCountyFilter[];
}

@InputType({ description: '新建重点帮扶县 Name a county a key assistance county.' })
export class CreateKeyCountyInput {
  @Field(() => String, { description: '县级区划代码 (county code, 6 digits)' }) countyCode: string;
  @Field(() => KeyCountyLevel, { description: '级别 (level)' }) level: KeyCountyLevel;
  @Field(() => Int, { description: '确定年份 (year named)' }) @IsInt() @Min(2021) @Max(2100) designatedYear: number;
  @Field(() => Boolean, { nullable: true, description: '原深度贫困县 (former deep-poverty county; default false)' })
  formerDeepPoverty?: boolean;
  @Field(() => Int, { nullable: true, description: '摘帽年份 (poverty-exit year)' })
  @IsOptional()
  @IsInt()
  @Min(2016)
  @Max(2020)
  povertyExitYear?: number | null;
  @Field(() => String, { nullable: true, description: '备注 (notes)' }) @IsOptional() @MaxLength(2000) notes?: string | null;
}

@InputType({ description: '修改重点帮扶县 Changes to a key county; omitted fields keep their value. The county cannot change.' })
export class UpdateKeyCountyInput extends PartialInput(CreateKeyCountyInput, {
  omit: ['countyCode'],
  descriptions: { formerDeepPoverty: '原深度贫困县 (former deep-poverty county)' },
}) {
  @Field(() => KeyCountyStatus, { nullable: true, description: '状态 (status: ACTIVE or EXITED)' }) status?: KeyCountyStatus;
}

/* ---------- CountyEvaluation ---------- */

export enum CountyEvaluationSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  year = 'year',
  countyCode = 'countyCode',
}

@InputType({ description: '监测评估筛选 Conditions on county evaluations.' })
export class CountyEvaluationFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: '重点帮扶县 (key county id)' }) keyCounty?: IdFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '县 (county code)' }) county?: RegionCodeFilter;
  @Field(() => IntFilter, { nullable: true, description: '年度 (year)' }) year?: IntFilter;
  @Field(() => EvaluationPeriodFilter, { nullable: true, description: '评估期 (period)' }) period?: InstanceType<
    typeof EvaluationPeriodFilter
  >;
  @Field(() => EvaluationRatingFilter, { nullable: true, description: '评估等次 (rating)' }) rating?: InstanceType<
    typeof EvaluationRatingFilter
  >;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [CountyEvaluationFilter], { nullable: true, description: 'All of these.' }) and?: CountyEvaluationFilter[];
  @Field(() => [CountyEvaluationFilter], { nullable: true, description: 'Any of these.' }) or?: CountyEvaluationFilter[];
}

@InputType({ description: '评估指标 Indicators of an evaluation.' })
class EvaluationFields {
  @Field(() => MoneyScalar, { nullable: true, description: '农村居民人均可支配收入 (rural income per capita, yuan)' })
  ruralIncomePerCapita?: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: '脱贫人口人均纯收入 (poverty-exited income per capita, yuan)' })
  povertyExitedIncomePerCapita?: number | null;
  @Field(() => Float, { nullable: true, description: '脱贫人口收入增长率 (income growth, %, at most two decimals, e.g. 13.98)' })
  incomeGrowth?: number | null;
  @Field(() => Int, { nullable: true, description: '监测户数 (monitored households)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  monitoredHouseholds?: number | null;
  @Field(() => Int, { nullable: true, description: '已消除风险户数 (risk-eliminated households)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  riskEliminatedHouseholds?: number | null;
  @Field(() => Int, { nullable: true, description: '脱贫劳动力务工就业人数 (poverty-exited labourers in work)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  povertyExitedLabourInWork?: number | null;
  @Field(() => EvaluationRating, { nullable: true, description: '评估等次 (rating)' }) rating?: EvaluationRating | null;
  @Field(() => String, { nullable: true, description: '评估单位/评估人 (evaluator)' }) @IsOptional() @MaxLength(200) evaluator?:
    string | null;
  @Field(() => String, { nullable: true, description: '备注 (notes)' }) @IsOptional() @MaxLength(2000) notes?: string | null;
}

@InputType({ description: '新建监测评估 A new evaluation; one per key county, year and period.' })
export class CreateCountyEvaluationInput extends EvaluationFields {
  @Field(() => ID, { description: '重点帮扶县 (key county id)' }) keyCountyId: string;
  @Field(() => Int, { description: '年度 (year)' }) @IsInt() @Min(2021) @Max(2100) year: number;
  @Field(() => EvaluationPeriod, { description: '评估期 (period)' }) period: EvaluationPeriod;
}

@InputType({ description: '修改监测评估 Changes to an evaluation; county, year and period cannot change.' })
export class UpdateCountyEvaluationInput extends EvaluationFields {}

/* ---------- FundAllocation ---------- */

export enum FundAllocationSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  year = 'year',
  amount = 'amount',
  countyCode = 'countyCode',
  source = 'source',
}

@InputType({ description: '衔接资金筛选 Conditions on fund allocations.' })
export class FundAllocationFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: '重点帮扶县 (key county id)' }) keyCounty?: IdFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '县 (county code)' }) county?: RegionCodeFilter;
  @Field(() => IntFilter, { nullable: true, description: '年度 (year)' }) year?: IntFilter;
  @Field(() => FundSourceFilter, { nullable: true, description: '资金来源 (source)' }) source?: InstanceType<typeof FundSourceFilter>;
  @Field(() => FundPurposeFilter, { nullable: true, description: '资金用途 (purpose)' }) purpose?: InstanceType<typeof FundPurposeFilter>;
  @Field(() => MoneyFilter, { nullable: true, description: '下达金额 (amount)' }) amount?: MoneyFilter;
  @Field(() => PercentFilter, { nullable: true, description: '支出进度 (disbursed ÷ amount, %)' }) disbursementRate?: PercentFilter;
  @Field(() => PercentFilter, { nullable: true, description: '开工率 (projects started ÷ projects, %)' }) startRate?: PercentFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [FundAllocationFilter], { nullable: true, description: 'All of these.' }) and?: FundAllocationFilter[];
  @Field(() => [FundAllocationFilter], { nullable: true, description: 'Any of these.' }) or?: FundAllocationFilter[];
}

@InputType({ description: '新建衔接资金 A new fund allocation.' })
export class CreateFundAllocationInput {
  @Field(() => ID, { description: '重点帮扶县 (key county id)' }) keyCountyId: string;
  @Field(() => Int, { description: '年度 (year)' }) @IsInt() @Min(2021) @Max(2100) year: number;
  @Field(() => FundSource, { description: '资金来源 (source)' }) source: FundSource;
  @Field(() => FundPurpose, { description: '资金用途 (purpose)' }) purpose: FundPurpose;
  @Field(() => MoneyScalar, { description: '下达金额 (amount, yuan)' }) amount: number;
  @Field(() => MoneyScalar, { nullable: true, description: '已支出金额 (disbursed, yuan; default 0; at most the amount)' })
  disbursed?: number;
  @Field(() => Int, { nullable: true, description: '项目数 (projects; default 0)' }) @IsOptional() @IsInt() @Min(0) projectCount?: number;
  @Field(() => Int, { nullable: true, description: '已开工项目数 (projects started; default 0; at most the project count)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  projectsStarted?: number;
  @Field(() => String, { nullable: true, description: '备注 (notes)' }) @IsOptional() @MaxLength(2000) notes?: string | null;
}

@InputType({ description: '修改衔接资金 Changes to a fund allocation; the county cannot change.' })
export class UpdateFundAllocationInput extends PartialInput(CreateFundAllocationInput, {
  omit: ['keyCountyId'],
  descriptions: {
    disbursed: '已支出金额 (disbursed, yuan; at most the amount)',
    projectCount: '项目数 (projects)',
    projectsStarted: '已开工项目数 (projects started; at most the project count)',
  },
}) {}
