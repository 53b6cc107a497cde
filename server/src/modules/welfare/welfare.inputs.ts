import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import {
  ArchiveScope,
  BooleanFilter,
  DateTimeFilter,
  IdFilter,
  IntFilter,
  LocalDateFilter,
  MoneyFilter,
  RegionCodeFilter,
  StringFilter,
  YearMonthFilter,
  enumFilter,
} from '../../core/filters';
import { PartialInput } from '../../core/input-types';
import { LocalDateScalar, MoneyScalar } from '../../core/scalars';
import {
  Assessment,
  ExitReason,
  FundingSource,
  JobPlacementStatus,
  PriorityCategory,
  SubsidyPaymentStatus,
  WelfarePostStatus,
  WelfarePostType,
  WorkIntensity,
} from './welfare.entity';

/* ---------- sort fields ---------- */

export enum WelfarePostSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  title = 'title',
  type = 'type',
  villageCode = 'villageCode',
  headcount = 'headcount',
  monthlySubsidy = 'monthlySubsidy',
  termStart = 'termStart',
  termEnd = 'termEnd',
  status = 'status',
}

export enum JobPlacementSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  status = 'status',
  priorityCategory = 'priorityCategory',
  regionCode = 'regionCode',
}

export enum SubsidyPaymentSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  month = 'month',
  amount = 'amount',
  status = 'status',
  regionCode = 'regionCode',
}

/* ---------- filters ---------- */

const WelfarePostTypeFilter = enumFilter(WelfarePostType, 'WelfarePostType');
const FundingSourceFilter = enumFilter(FundingSource, 'FundingSource');
const WelfarePostStatusFilter = enumFilter(WelfarePostStatus, 'WelfarePostStatus');
const JobPlacementStatusFilter = enumFilter(JobPlacementStatus, 'JobPlacementStatus');
const PriorityCategoryFilter = enumFilter(PriorityCategory, 'PriorityCategory');
const SubsidyPaymentStatusFilter = enumFilter(SubsidyPaymentStatus, 'SubsidyPaymentStatus');
const AssessmentFilter = enumFilter(Assessment, 'Assessment');

@InputType({ description: '岗位筛选 Conditions on welfare posts.' })
export class WelfarePostFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true, description: '岗位名称 (title)' }) title?: StringFilter;
  @Field(() => WelfarePostTypeFilter, { nullable: true, description: '岗位类型 (type)' }) type?: InstanceType<typeof WelfarePostTypeFilter>;
  @Field(() => RegionCodeFilter, { nullable: true, description: '所在村 (village; `within` a township or county)' })
  village?: RegionCodeFilter;
  @Field(() => IdFilter, { nullable: true, description: '开发单位 (developing organization)' }) developingOrganization?: IdFilter;
  @Field(() => FundingSourceFilter, { nullable: true, description: '资金来源 (funding source)' }) fundingSource?: InstanceType<
    typeof FundingSourceFilter
  >;
  @Field(() => IntFilter, { nullable: true, description: '岗位数 (headcount)' }) headcount?: IntFilter;
  @Field(() => MoneyFilter, { nullable: true, description: '月补贴标准 (monthly subsidy)' }) monthlySubsidy?: MoneyFilter;
  @Field(() => LocalDateFilter, { nullable: true, description: '聘期开始 (term start)' }) termStart?: LocalDateFilter;
  @Field(() => LocalDateFilter, { nullable: true, description: '聘期结束 (term end)' }) termEnd?: LocalDateFilter;
  @Field(() => WelfarePostStatusFilter, { nullable: true, description: '状态 (status)' }) status?: InstanceType<
    typeof WelfarePostStatusFilter
  >;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at; for incremental sync)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [WelfarePostFilter], { nullable: true, description: 'All of these.' }) and?: WelfarePostFilter[];
  @Field(() => [WelfarePostFilter], { nullable: true, description: 'Any of these.' }) or?: WelfarePostFilter[];
}

@InputType({ description: '聘任筛选 Conditions on job placements.' })
export class JobPlacementFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: '岗位 (post)' }) post?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: '人员 (person)' }) person?: IdFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '区划 (region of the post; `within` a township or county)' })
  region?: RegionCodeFilter;
  @Field(() => PriorityCategoryFilter, { nullable: true, description: '优先类别 (priority category)' }) priorityCategory?: InstanceType<
    typeof PriorityCategoryFilter
  >;
  @Field(() => JobPlacementStatusFilter, { nullable: true, description: '状态 (status)' }) status?: InstanceType<
    typeof JobPlacementStatusFilter
  >;
  @Field(() => LocalDateFilter, { nullable: true, description: '上岗日期 (start date)' }) startDate?: LocalDateFilter;
  @Field(() => LocalDateFilter, { nullable: true, description: '退岗日期 (exit date)' }) exitDate?: LocalDateFilter;
  @Field(() => BooleanFilter, { nullable: true, description: '待退岗 (flagged for exit)' }) flaggedForExit?: BooleanFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at; for incremental sync)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [JobPlacementFilter], { nullable: true, description: 'All of these.' }) and?: JobPlacementFilter[];
  @Field(() => [JobPlacementFilter], { nullable: true, description: 'Any of these.' }) or?: JobPlacementFilter[];
}

@InputType({ description: '补贴筛选 Conditions on subsidy payments.' })
export class SubsidyPaymentFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: '聘任 (placement)' }) placement?: IdFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '区划 (region of the post)' }) region?: RegionCodeFilter;
  @Field(() => YearMonthFilter, { nullable: true, description: '月份 (month)' }) month?: YearMonthFilter;
  @Field(() => SubsidyPaymentStatusFilter, { nullable: true, description: '状态 (status)' }) status?: InstanceType<
    typeof SubsidyPaymentStatusFilter
  >;
  @Field(() => AssessmentFilter, { nullable: true, description: '考核结果 (assessment)' }) assessment?: InstanceType<
    typeof AssessmentFilter
  >;
  @Field(() => MoneyFilter, { nullable: true, description: '补贴金额 (amount)' }) amount?: MoneyFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at; for incremental sync)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [SubsidyPaymentFilter], { nullable: true, description: 'All of these.' }) and?: SubsidyPaymentFilter[];
  @Field(() => [SubsidyPaymentFilter], { nullable: true, description: 'Any of these.' }) or?: SubsidyPaymentFilter[];
}

/* ---------- create / update ---------- */

@InputType({ description: '新建岗位 A new welfare post (created as DRAFT; publish it with transitionWelfarePost).' })
export class CreateWelfarePostInput {
  @Field(() => String, { description: '岗位名称 (title)' })
  @Length(2, 100)
  title: string;

  @Field(() => WelfarePostType, { description: '岗位类型 (type)' })
  type: WelfarePostType;

  @Field(() => String, { description: '所在村代码 (village code, 12 digits)' })
  villageCode: string;

  @Field(() => ID, { description: '开发单位 id (developing organization: who develops the post manages it)' })
  developingOrganizationId: string;

  @Field(() => FundingSource, { description: '资金来源 (funding source)' })
  fundingSource: FundingSource;

  @Field(() => Int, { description: '岗位数 (headcount, 1..500)' })
  @IsInt()
  @Min(1)
  @Max(500)
  headcount: number;

  @Field(() => Int, { description: '月工作时长 (monthly working hours, 1..300)' })
  @IsInt()
  @Min(1)
  @Max(300)
  monthlyHours: number;

  @Field(() => WorkIntensity, { description: '劳动强度 (work intensity)' })
  intensity: WorkIntensity;

  @Field(() => MoneyScalar, { description: '月补贴标准 (monthly subsidy in yuan, greater than 0)' })
  monthlySubsidy: number;

  @Field(() => LocalDateScalar, { description: '聘期开始 (term start)' })
  termStart: string;

  @Field(() => LocalDateScalar, { description: '聘期结束 (term end, not before the start)' })
  termEnd: string;

  @Field(() => String, { nullable: true, description: '岗位职责 (duties)' })
  @IsOptional()
  @MaxLength(2000)
  duties?: string | null;
}

@InputType({
  description: '修改岗位 Changes to a welfare post; omitted fields keep their value. Status changes only through the workflow.',
})
export class UpdateWelfarePostInput extends PartialInput(CreateWelfarePostInput, {
  omit: ['villageCode'],
  descriptions: { headcount: '岗位数 (headcount, 1..500; not below the active placements)' },
}) {}

@InputType({
  description: '新建聘任申请 A person applies for a post (status APPLIED); eligibility is checked now and again at county approval.',
})
export class CreateJobPlacementInput {
  @Field(() => ID, { description: '岗位 id (post)' })
  postId: string;

  @Field(() => ID, { description: '人员 id (applicant)' })
  personId: string;

  @Field(() => String, { nullable: true, description: '申请说明 (application note)' })
  @IsOptional()
  @MaxLength(1000)
  applicationNote?: string | null;
}

@InputType({ description: '修改聘任 Changes to a placement; status, post and person do not change here.' })
export class UpdateJobPlacementInput extends PartialInput(CreateJobPlacementInput, { omit: ['postId', 'personId'] }) {}

/* ---------- workflow payloads ---------- */

@InputType({ description: '岗位操作参数 Payload of a post action (none is needed today).' })
export class WelfarePostTransitionInput {
  @Field(() => String, { nullable: true, description: '备注 (note; not accepted by any action yet, reserved)' })
  note?: string;
}

@InputType({ description: '聘任操作参数 Payload of a job-placement action.' })
export class JobPlacementTransitionInput {
  @Field(() => ID, {
    nullable: true,
    description: '公示单位 id (publishing organization; PUBLICIZE, default your own organization; it must cover the post’s village)',
  })
  publisherId?: string;

  @Field(() => String, { nullable: true, description: '协议编号 (agreement number; ONBOARD)' })
  @IsOptional()
  @MaxLength(64)
  agreementNumber?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '上岗日期 (start date; ONBOARD, within the post’s term)' })
  startDate?: string;

  @Field(() => ExitReason, { nullable: true, description: '退岗原因 (exit reason; EXIT)' })
  exitReason?: ExitReason;

  @Field(() => LocalDateScalar, { nullable: true, description: '退岗日期 (exit date, the last day on post; EXIT, default today)' })
  exitDate?: string;
}

@InputType({ description: '补贴发放操作参数 Payload of a subsidy-payment action.' })
export class SubsidyPaymentTransitionInput {
  @Field(() => LocalDateScalar, { nullable: true, description: '发放日期 (paid date; PAY)' })
  paidDate?: string;

  @Field(() => String, { nullable: true, description: '发放凭证号 (payment reference; PAY)' })
  @IsOptional()
  @MaxLength(64)
  paymentReference?: string;
}

/* ---------- payroll ---------- */

@InputType({ description: '考核录入 Attendance and assessment of one placement for the payroll month.' })
export class SubsidyAssessmentInput {
  @Field(() => ID, { description: '聘任 id (placement)' })
  placementId: string;

  @Field(() => Int, { nullable: true, description: '出勤天数 (attendance days; at most the days on post and the working days)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(31)
  attendanceDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      '应出勤天数 (working days the post required this month, 1 to the days in the month; default the calendar days of the month)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(31)
  workingDays?: number | null;

  @Field(() => Assessment, { description: '考核结果 (assessment; FAIL withholds the month’s subsidy)' })
  assessment: Assessment;
}
