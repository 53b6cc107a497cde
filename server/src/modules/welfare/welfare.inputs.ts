import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { ArchiveScope, BooleanFilter, DateTimeFilter, IdFilter, IntFilter, LocalDateFilter, MoneyFilter, RegionCodeFilter, StringFilter, YearMonthFilter, enumFilter } from '../../core/filters';
import { LocalDateScalar, MoneyScalar, YearMonthScalar } from '../../core/scalars';
import { Assessment, ExitReason, FundingSource, JobPlacementStatus, PriorityCategory, SubsidyPaymentStatus, WelfarePostStatus, WelfarePostType, WorkIntensity } from './welfare.entity';

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
  @Field(() => RegionCodeFilter, { nullable: true, description: '所在村 (village; `within` a township or county)' }) village?: RegionCodeFilter;
  @Field(() => IdFilter, { nullable: true, description: '开发单位 (developing organization)' }) developingOrganization?: IdFilter;
  @Field(() => FundingSourceFilter, { nullable: true, description: '资金来源 (funding source)' }) fundingSource?: InstanceType<typeof FundingSourceFilter>;
  @Field(() => IntFilter, { nullable: true, description: '岗位数 (headcount)' }) headcount?: IntFilter;
  @Field(() => MoneyFilter, { nullable: true, description: '月补贴标准 (monthly subsidy)' }) monthlySubsidy?: MoneyFilter;
  @Field(() => LocalDateFilter, { nullable: true, description: '聘期开始 (term start)' }) termStart?: LocalDateFilter;
  @Field(() => LocalDateFilter, { nullable: true, description: '聘期结束 (term end)' }) termEnd?: LocalDateFilter;
  @Field(() => WelfarePostStatusFilter, { nullable: true, description: '状态 (status)' }) status?: InstanceType<typeof WelfarePostStatusFilter>;
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
  @Field(() => RegionCodeFilter, { nullable: true, description: '区划 (region of the post; `within` a township or county)' }) region?: RegionCodeFilter;
  @Field(() => PriorityCategoryFilter, { nullable: true, description: '优先类别 (priority category)' }) priorityCategory?: InstanceType<typeof PriorityCategoryFilter>;
  @Field(() => JobPlacementStatusFilter, { nullable: true, description: '状态 (status)' }) status?: InstanceType<typeof JobPlacementStatusFilter>;
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
  @Field(() => SubsidyPaymentStatusFilter, { nullable: true, description: '状态 (status)' }) status?: InstanceType<typeof SubsidyPaymentStatusFilter>;
  @Field(() => AssessmentFilter, { nullable: true, description: '考核结果 (assessment)' }) assessment?: InstanceType<typeof AssessmentFilter>;
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

@InputType({ description: '修改岗位 Changes to a welfare post; omitted fields keep their value. Status changes only through the workflow.' })
export class UpdateWelfarePostInput {
  @Field(() => String, { nullable: true, description: '岗位名称 (title)' })
  @IsOptional()
  @Length(2, 100)
  title?: string;

  @Field(() => WelfarePostType, { nullable: true, description: '岗位类型 (type)' })
  type?: WelfarePostType;

  @Field(() => ID, { nullable: true, description: '开发单位 id (developing organization)' })
  developingOrganizationId?: string;

  @Field(() => FundingSource, { nullable: true, description: '资金来源 (funding source)' })
  fundingSource?: FundingSource;

  @Field(() => Int, { nullable: true, description: '岗位数 (headcount; not below the active placements)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  headcount?: number;

  @Field(() => Int, { nullable: true, description: '月工作时长 (monthly working hours)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(300)
  monthlyHours?: number;

  @Field(() => WorkIntensity, { nullable: true, description: '劳动强度 (work intensity)' })
  intensity?: WorkIntensity;

  @Field(() => MoneyScalar, { nullable: true, description: '月补贴标准 (monthly subsidy in yuan)' })
  monthlySubsidy?: number;

  @Field(() => LocalDateScalar, { nullable: true, description: '聘期开始 (term start)' })
  termStart?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '聘期结束 (term end)' })
  termEnd?: string;

  @Field(() => String, { nullable: true, description: '岗位职责 (duties)' })
  @IsOptional()
  @MaxLength(2000)
  duties?: string | null;
}

@InputType({ description: '新建聘任申请 A person applies for a post (status APPLIED); eligibility is checked now and again at county approval.' })
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
export class UpdateJobPlacementInput {
  @Field(() => String, { nullable: true, description: '申请说明 (application note)' })
  @IsOptional()
  @MaxLength(1000)
  applicationNote?: string | null;
}

/* ---------- workflow payloads ---------- */

export enum WelfarePostAction {
  PUBLISH = 'PUBLISH',
  CLOSE = 'CLOSE',
}
registerEnumType(WelfarePostAction, {
  name: 'WelfarePostAction',
  description: '岗位操作 Actions on a welfare post.',
  valuesConfig: { PUBLISH: { description: '发布 (publish: DRAFT → OPEN)' }, CLOSE: { description: '关闭 (close: OPEN → CLOSED)' } },
});

@InputType({ description: '岗位操作参数 Payload of a post action (none is needed today).' })
export class WelfarePostTransitionInput {
  @Field(() => String, { nullable: true, description: '备注 (note; not accepted by any action yet, reserved)' })
  note?: string;
}

export enum JobPlacementAction {
  VILLAGE_APPROVE = 'VILLAGE_APPROVE',
  PUBLICIZE = 'PUBLICIZE',
  TOWNSHIP_APPROVE = 'TOWNSHIP_APPROVE',
  COUNTY_APPROVE = 'COUNTY_APPROVE',
  ONBOARD = 'ONBOARD',
  EXIT = 'EXIT',
  REJECT = 'REJECT',
  WITHDRAW = 'WITHDRAW',
}
registerEnumType(JobPlacementAction, {
  name: 'JobPlacementAction',
  description: '聘任操作 Actions of the job-placement workflow.',
  valuesConfig: {
    VILLAGE_APPROVE: { description: '村级评议通过 (village review: APPLIED → VILLAGE_REVIEWED)' },
    PUBLICIZE: { description: '公示 (start publicity: VILLAGE_REVIEWED → PUBLICIZING)' },
    TOWNSHIP_APPROVE: { description: '乡镇审核通过 (township review after the publicity period: PUBLICIZING → TOWNSHIP_REVIEWED)' },
    COUNTY_APPROVE: { description: '县级审批通过 (county approval: TOWNSHIP_REVIEWED → APPROVED; eligibility and headcount re-checked)' },
    ONBOARD: { description: '上岗 (onboard: APPROVED → ONBOARDED; payload agreementNumber and startDate)' },
    EXIT: { description: '退岗 (exit: ONBOARDED → EXITED; payload exitReason, comment required)' },
    REJECT: { description: '驳回 (reject from any review step; comment required)' },
    WITHDRAW: { description: '撤回申请 (applicant withdraws before approval; comment required)' },
  },
});

@InputType({ description: '聘任操作参数 Payload of a job-placement action.' })
export class JobPlacementTransitionInput {
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

export enum SubsidyPaymentAction {
  APPROVE = 'APPROVE',
  PAY = 'PAY',
}
registerEnumType(SubsidyPaymentAction, {
  name: 'SubsidyPaymentAction',
  description: '补贴发放操作 Actions on a subsidy payment.',
  valuesConfig: { APPROVE: { description: '审核 (approve: CALCULATED → APPROVED)' }, PAY: { description: '发放 (pay: APPROVED → PAID; payload paidDate and paymentReference)' } },
});

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

  @Field(() => Int, { nullable: true, description: '出勤天数 (attendance days; at most the days on post)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(31)
  attendanceDays?: number | null;

  @Field(() => Assessment, { description: '考核结果 (assessment)' })
  assessment: Assessment;
}

@ObjectType({ description: '补贴核算结果 Result of generating a monthly payroll.' })
export class SubsidyPayrollResult {
  @Field(() => String, { description: '县代码 (county code)' }) countyCode: string;
  @Field(() => YearMonthScalar, { description: '月份 (month)' }) month: string;
  @Field(() => Int, { description: '新建 (payments created by this run)' }) created: number;
  @Field(() => Int, { description: '已存在 (payments that already existed and were left unchanged)' }) existing: number;
  @Field(() => MoneyScalar, { description: '本月合计 (total of all payments of the month in the county)' }) total: number;
  @Field(() => [ID], { description: '本月补贴 id (ids of every payment of the month in the county, created or existing)' }) paymentIds: string[];
}

/* ---------- publicity ---------- */

@ObjectType({ description: '公示名单条目 One entry of a publicity list: never carries an ID number or phone.' })
export class PublicityEntry {
  @Field(() => ID, { description: '聘任 id (placement id)' }) placementId: string;
  @Field(() => ID, { description: '岗位 id (post id)' }) postId: string;
  @Field(() => String, { description: '岗位名称 (post title)' }) postTitle: string;
  @Field(() => WelfarePostType, { description: '岗位类型 (post type)' }) postType: WelfarePostType;
  @Field(() => String, { description: '村代码 (village code of the post)' }) villageCode: string;
  @Field(() => String, { description: '姓名 (name of the applicant)' }) name: string;
  @Field(() => String, { description: '性别 (gender)' }) gender: string;
  @Field(() => PriorityCategory, { description: '优先类别 (priority category)' }) priorityCategory: PriorityCategory;
  @Field(() => Date, { description: '公示开始 (publicity started)' }) publicizedAt: Date;
  @Field(() => Date, { description: '公示期满 (publicity period ends; township review is possible from then on)' }) publicityEndsAt: Date;
}

/* ---------- rollup ---------- */

@ObjectType({ description: '状态计数 Placements in one status.' })
export class PlacementStatusCount {
  @Field(() => JobPlacementStatus, { description: '状态 (status)' }) status: JobPlacementStatus;
  @Field(() => Int, { description: '人数 (count)' }) count: number;
}

@ObjectType({ description: '类别计数 Placements in one priority category.' })
export class PriorityCategoryCount {
  @Field(() => PriorityCategory, { description: '优先类别 (priority category)' }) category: PriorityCategory;
  @Field(() => Int, { description: '人数 (count)' }) count: number;
}

@ObjectType({
  description:
    '公益性岗位汇总 WelfareRollup for a region and period. Posts: not archived, published (OPEN or CLOSED), term overlapping the period. ' +
    'Placements: those of the counted posts (by current status). On post: placements whose start date ≤ period end and exit date (if any) ≥ period start. ' +
    'Subsidies: payments whose month lies in the period.',
})
export class WelfareRollup {
  @Field(() => String, { description: '区划代码 (region code)' }) regionCode: string;
  @Field(() => String, { description: '期间 (period: YYYY or YYYY-MM)' }) period: string;
  @Field(() => Int, { description: '岗位数 (posts)' }) posts: number;
  @Field(() => Int, { description: '岗位名额 (places: sum of headcounts)' }) places: number;
  @Field(() => Int, { description: '在岗名额 (filled places: APPROVED or ONBOARDED placements now)' }) filledPlaces: number;
  @Field(() => Int, { description: '空缺名额 (vacant places = places − filled places)' }) vacantPlaces: number;
  @Field(() => [PlacementStatusCount], { description: '按状态 (placements by status)' }) placementsByStatus: PlacementStatusCount[];
  @Field(() => [PriorityCategoryCount], { description: '按优先类别 (placements by priority category)' }) placementsByPriority: PriorityCategoryCount[];
  @Field(() => Int, { description: '期间在岗人数 (people on post during the period)' }) onPost: number;
  @Field(() => Int, { description: '其中脱贫人口 (of whom poverty-exited)' }) povertyExitedOnPost: number;
  @Field(() => String, { description: '脱贫人口占比 (share of poverty-exited among those on post, exact percentage with one decimal, rounded half up, e.g. "66.7"; "0.0" when nobody is on post)' })
  povertyExitedShare: string;
  @Field(() => MoneyScalar, { description: '核算补贴 (subsidy calculated: all payments of the period)' }) subsidyCalculated: number;
  @Field(() => MoneyScalar, { description: '已发补贴 (subsidy paid: PAID payments of the period)' }) subsidyPaid: number;
}
