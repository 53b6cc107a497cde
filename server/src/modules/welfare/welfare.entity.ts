import { DateTimeType, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Record } from '../../core/entity';
import { LocalDateScalar, MoneyScalar, YearMonthScalar, fenColumn } from '../../core/scalars';
import { Region } from '../region/region.entity';
import { Organization } from '../organization/organization.entity';
import { Person } from '../person/person.entity';

export enum WelfarePostType {
  CLEANING = 'CLEANING',
  ROAD_MAINTENANCE = 'ROAD_MAINTENANCE',
  FOREST_RANGER = 'FOREST_RANGER',
  RIVER_PATROL = 'RIVER_PATROL',
  TRAFFIC_ASSISTANT = 'TRAFFIC_ASSISTANT',
  ELDERLY_CARE = 'ELDERLY_CARE',
  SECURITY_PATROL = 'SECURITY_PATROL',
  WATER_MANAGEMENT = 'WATER_MANAGEMENT',
  ASSET_CARETAKER = 'ASSET_CARETAKER',
  OTHER = 'OTHER',
}
registerEnumType(WelfarePostType, {
  name: 'WelfarePostType',
  description: '岗位类型 Type of rural public-welfare post.',
  valuesConfig: {
    CLEANING: { description: '保洁 (village cleaning)' },
    ROAD_MAINTENANCE: { description: '护路 (road maintenance)' },
    FOREST_RANGER: { description: '护林/生态护林员 (forest ranger)' },
    RIVER_PATROL: { description: '护河 (river patrol)' },
    TRAFFIC_ASSISTANT: { description: '交通协管 (traffic assistant)' },
    ELDERLY_CARE: { description: '养老服务 (elderly care)' },
    SECURITY_PATROL: { description: '治安巡逻 (security patrol)' },
    WATER_MANAGEMENT: { description: '水管员 (water management)' },
    ASSET_CARETAKER: { description: '公益资产管护 (caretaker of public assets)' },
    OTHER: { description: '其他 (other)' },
  },
});

export enum FundingSource {
  CONNECTION_FUNDS = 'CONNECTION_FUNDS',
  EAST_WEST_FUNDS = 'EAST_WEST_FUNDS',
  PV_INCOME = 'PV_INCOME',
  COLLECTIVE_INCOME = 'COLLECTIVE_INCOME',
  FISCAL = 'FISCAL',
  OTHER = 'OTHER',
}
registerEnumType(FundingSource, {
  name: 'FundingSource',
  description: '资金来源 Funding source of a post.',
  valuesConfig: {
    CONNECTION_FUNDS: { description: '衔接资金 (connection funds)' },
    EAST_WEST_FUNDS: { description: '东西部协作资金 (east–west cooperation funds)' },
    PV_INCOME: { description: '光伏收益 (photovoltaic-station income; only for poverty-exited or marginal households)' },
    COLLECTIVE_INCOME: { description: '村集体收入 (village collective income)' },
    FISCAL: { description: '财政资金 (fiscal funds)' },
    OTHER: { description: '其他 (other)' },
  },
});

export enum WorkIntensity {
  LIGHT = 'LIGHT',
  MEDIUM = 'MEDIUM',
  HEAVY = 'HEAVY',
}
registerEnumType(WorkIntensity, {
  name: 'WorkIntensity',
  description: '劳动强度 Work intensity.',
  valuesConfig: { LIGHT: { description: '轻 (light)' }, MEDIUM: { description: '中 (medium)' }, HEAVY: { description: '重 (heavy)' } },
});

export enum WelfarePostStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(WelfarePostStatus, {
  name: 'WelfarePostStatus',
  description: '岗位状态 Status of a post.',
  valuesConfig: {
    DRAFT: { description: '草稿 (draft)' },
    OPEN: { description: '开放 (open: accepting applications)' },
    CLOSED: { description: '关闭 (closed)' },
  },
});

export enum PriorityCategory {
  POVERTY_EXITED = 'POVERTY_EXITED',
  MONITORED = 'MONITORED',
  LOW_INCOME = 'LOW_INCOME',
  DISABLED = 'DISABLED',
  RELOCATED = 'RELOCATED',
  OTHER = 'OTHER',
}
registerEnumType(PriorityCategory, {
  name: 'PriorityCategory',
  description: '优先类别 Priority category of an applicant, derived from the person when applying.',
  valuesConfig: {
    POVERTY_EXITED: { description: '脱贫劳动力 (poverty-exited household)' },
    MONITORED: { description: '监测对象 (monitored household)' },
    LOW_INCOME: { description: '低收入人口 (low income: minimum living allowance or extreme hardship)' },
    DISABLED: { description: '残疾人 (person with a disability)' },
    RELOCATED: { description: '易地搬迁群众 (relocated household)' },
    OTHER: { description: '其他 (other)' },
  },
});

export enum JobPlacementStatus {
  APPLIED = 'APPLIED',
  VILLAGE_REVIEWED = 'VILLAGE_REVIEWED',
  PUBLICIZING = 'PUBLICIZING',
  TOWNSHIP_REVIEWED = 'TOWNSHIP_REVIEWED',
  APPROVED = 'APPROVED',
  ONBOARDED = 'ONBOARDED',
  EXITED = 'EXITED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(JobPlacementStatus, {
  name: 'JobPlacementStatus',
  description: '聘任状态 Status of a job placement.',
  valuesConfig: {
    APPLIED: { description: '申请 (applied)' },
    VILLAGE_REVIEWED: { description: '村级评议 (reviewed by the village)' },
    PUBLICIZING: { description: '公示 (being publicized)' },
    TOWNSHIP_REVIEWED: { description: '乡镇审核 (reviewed by the township)' },
    APPROVED: { description: '县级审批 (approved by the county)' },
    ONBOARDED: { description: '上岗 (on post)' },
    EXITED: { description: '退岗 (exited)' },
    REJECTED: { description: '驳回 (rejected)' },
    WITHDRAWN: { description: '撤回 (withdrawn by the applicant)' },
  },
});

export const ACTIVE_PLACEMENT_STATUSES = [JobPlacementStatus.APPROVED, JobPlacementStatus.ONBOARDED];

export enum ExitReason {
  TERM_ENDED = 'TERM_ENDED',
  VOLUNTARY = 'VOLUNTARY',
  FAILED_ASSESSMENT = 'FAILED_ASSESSMENT',
  NO_LONGER_ELIGIBLE = 'NO_LONGER_ELIGIBLE',
  OTHER_EMPLOYMENT = 'OTHER_EMPLOYMENT',
  DECEASED = 'DECEASED',
  OTHER = 'OTHER',
}
registerEnumType(ExitReason, {
  name: 'ExitReason',
  description: '退岗原因 Reason for leaving a post.',
  valuesConfig: {
    TERM_ENDED: { description: '聘期届满 (term ended)' },
    VOLUNTARY: { description: '主动退出 (voluntary)' },
    FAILED_ASSESSMENT: { description: '考核不合格 (failed assessment)' },
    NO_LONGER_ELIGIBLE: { description: '不再符合条件 (no longer eligible)' },
    OTHER_EMPLOYMENT: { description: '实现其他就业 (found other employment)' },
    DECEASED: { description: '死亡 (deceased)' },
    OTHER: { description: '其他 (other)' },
  },
});

export enum Assessment {
  PASS = 'PASS',
  FAIL = 'FAIL',
}
registerEnumType(Assessment, {
  name: 'Assessment',
  description: '考核结果 Monthly assessment result.',
  valuesConfig: { PASS: { description: '合格 (pass)' }, FAIL: { description: '不合格 (fail)' } },
});

export enum SubsidyPaymentStatus {
  CALCULATED = 'CALCULATED',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
}
registerEnumType(SubsidyPaymentStatus, {
  name: 'SubsidyPaymentStatus',
  description: '补贴发放状态 Status of a monthly subsidy payment.',
  valuesConfig: {
    CALCULATED: { description: '已核算 (calculated)' },
    APPROVED: { description: '已审核 (approved for payment)' },
    PAID: { description: '已发放 (paid)' },
  },
});

@ObjectType({ description: '公益性岗位 WelfarePost: a rural public-welfare post created by need in a village (按需设岗).' })
@Entity({ tableName: 'welfare_post' })
export class WelfarePost extends Record<'status' | 'publishedAt' | 'closedAt'> {
  @Field(() => String, { description: '岗位名称 (title)' })
  @Property({ type: 'string', length: 100, index: true })
  title: string;

  @Field(() => WelfarePostType, { description: '岗位类型 (type)' })
  @Enum({ items: () => WelfarePostType, type: 'string', index: true })
  type: WelfarePostType;

  @Field(() => String, { description: '所在村代码 (village code, 12 digits)' })
  @ManyToOne(() => Region, { mapToPk: true, index: true, fieldName: 'village_code' })
  villageCode: string;

  @Field(() => String, { description: '区划代码 (region code used for jurisdiction; equals the village code)' })
  @Property({ type: 'string', length: 12, index: true })
  regionCode: string;

  @ManyToOne(() => Organization, { mapToPk: true, index: true, fieldName: 'developing_organization_id' })
  developingOrganizationId: string;

  @Field(() => FundingSource, { description: '资金来源 (funding source)' })
  @Enum({ items: () => FundingSource, type: 'string', index: true })
  fundingSource: FundingSource;

  @Field(() => Int, { description: '岗位数 (headcount: number of places)' })
  @Property({ type: 'integer', index: true })
  headcount: number;

  @Field(() => Int, { description: '月工作时长 (monthly working hours)' })
  @Property({ type: 'integer' })
  monthlyHours: number;

  @Field(() => WorkIntensity, { description: '劳动强度 (work intensity)' })
  @Enum({ items: () => WorkIntensity, type: 'string' })
  intensity: WorkIntensity;

  @Field(() => MoneyScalar, { description: '月补贴标准 (monthly subsidy in yuan)' })
  @Property({ type: fenColumn(), index: true })
  monthlySubsidy: number;

  @Field(() => LocalDateScalar, { description: '聘期开始 (term start)' })
  @Property({ type: 'string', length: 10, index: true })
  termStart: string;

  @Field(() => LocalDateScalar, { description: '聘期结束 (term end)' })
  @Property({ type: 'string', length: 10, index: true })
  termEnd: string;

  @Field(() => String, { nullable: true, description: '岗位职责 (duties)' })
  @Property({ type: 'text', nullable: true })
  duties?: string | null;

  @Field(() => WelfarePostStatus, { description: '状态 (status; changes only through transitionWelfarePost)' })
  @Enum({ items: () => WelfarePostStatus, type: 'string', index: true })
  status: WelfarePostStatus = WelfarePostStatus.DRAFT;

  @Field(() => Date, { nullable: true, description: '发布时间 (when the post was published)' })
  @Property({ type: DateTimeType, nullable: true })
  publishedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '关闭时间 (when the post was closed)' })
  @Property({ type: DateTimeType, nullable: true })
  closedAt?: Date | null;
}

@ObjectType({ description: '聘任 JobPlacement: one person’s application for and tenure on a welfare post (以岗聘任、有序退岗).' })
@Entity({ tableName: 'job_placement' })
@Index({ properties: ['postId', 'status'] })
@Index({ properties: ['personId', 'status'] })
// At most one active placement per person, even when approvals race. Written by hand in both migrations;
// declared here too so the schema diff of later migrations knows it exists.
@Index({
  name: 'job_placement_person_active_unique',
  expression: `create unique index job_placement_person_active_unique on job_placement (person_id) where status in ('APPROVED', 'ONBOARDED')`,
})
export class JobPlacement extends Record<'status' | 'flaggedForExit'> {
  @Field(() => String, { description: '岗位 id (post id)' })
  @ManyToOne(() => WelfarePost, { mapToPk: true, index: true, fieldName: 'post_id' })
  postId: string;

  @Field(() => String, { description: '人员 id (person id)' })
  @ManyToOne(() => Person, { mapToPk: true, index: true, fieldName: 'person_id' })
  personId: string;

  @Field(() => String, { description: '区划代码 (region code for jurisdiction: the post’s village code)' })
  @Property({ type: 'string', length: 12, index: true })
  regionCode: string;

  @Field(() => PriorityCategory, { description: '优先类别 (priority category, derived from the person when applying)' })
  @Enum({ items: () => PriorityCategory, type: 'string', index: true })
  priorityCategory: PriorityCategory;

  @Field(() => JobPlacementStatus, { description: '状态 (status; changes only through transitionJobPlacement)' })
  @Enum({ items: () => JobPlacementStatus, type: 'string', index: true })
  status: JobPlacementStatus = JobPlacementStatus.APPLIED;

  @Field(() => String, { nullable: true, description: '申请说明 (application note)' })
  @Property({ type: 'text', nullable: true })
  applicationNote?: string | null;

  @Field(() => Date, { nullable: true, description: '公示开始时间 (when publicity started)' })
  @Property({ type: DateTimeType, nullable: true })
  publicizedAt?: Date | null;

  @Field(() => String, { nullable: true, description: '协议编号 (agreement number, recorded at onboarding)' })
  @Property({ type: 'string', length: 64, nullable: true })
  agreementNumber?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '上岗日期 (start date on post)' })
  @Property({ type: 'string', length: 10, nullable: true, index: true })
  startDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '退岗日期 (exit date: the last day on post)' })
  @Property({ type: 'string', length: 10, nullable: true, index: true })
  exitDate?: string | null;

  @Field(() => ExitReason, { nullable: true, description: '退岗原因 (exit reason)' })
  @Enum({ items: () => ExitReason, type: 'string', nullable: true })
  exitReason?: ExitReason | null;

  @Field(() => Boolean, { description: '待退岗 (flagged for exit after two consecutive failed monthly assessments)' })
  @Property({ type: 'boolean', default: false, index: true })
  flaggedForExit: boolean = false;
}

@ObjectType({ description: '在岗补贴 SubsidyPayment: one month’s subsidy for one placement (在岗领补).' })
@Entity({ tableName: 'subsidy_payment' })
@Unique({ properties: ['placementId', 'month'] })
export class SubsidyPayment extends Record<'status' | 'attendanceDays' | 'workingDays' | 'assessment' | 'paidDate' | 'paymentReference'> {
  @Field(() => String, { description: '聘任 id (placement id)' })
  @ManyToOne(() => JobPlacement, { mapToPk: true, index: true, fieldName: 'placement_id' })
  placementId: string;

  @Field(() => String, { description: '区划代码 (region code for jurisdiction: the post’s village code)' })
  @Property({ type: 'string', length: 12, index: true })
  regionCode: string;

  @Field(() => YearMonthScalar, { description: '月份 (month, YYYY-MM)' })
  @Property({ type: 'string', length: 7, index: true })
  month: string;

  @Field(() => Int, { description: '在岗天数 (days on post in the month)' })
  @Property({ type: 'integer' })
  daysOnPost: number;

  @Field(() => Int, { description: '当月天数 (days in the month)' })
  @Property({ type: 'integer' })
  daysInMonth: number;

  @Field(() => Int, { nullable: true, description: '出勤天数 (attendance days recorded)' })
  @Property({ type: 'integer', nullable: true })
  attendanceDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: '应出勤天数 (working days the post required this month; empty means the calendar days of the month)',
  })
  @Property({ type: 'integer', nullable: true })
  workingDays?: number | null;

  @Field(() => Assessment, { nullable: true, description: '考核结果 (monthly assessment, PASS/FAIL; empty until recorded)' })
  @Enum({ items: () => Assessment, type: 'string', nullable: true, index: true })
  assessment?: Assessment | null;

  @Field(() => MoneyScalar, { description: '月补贴标准 (the post’s monthly subsidy used for this calculation)' })
  @Property({ type: fenColumn() })
  monthlySubsidy: number;

  @Field(() => MoneyScalar, {
    description:
      '补贴金额 (amount: 0 when the assessment is FAIL; monthly subsidy × attendance days ÷ working days once attendance is recorded; before that monthly subsidy × days on post ÷ days in month; rounded half up to the fen)',
  })
  @Property({ type: fenColumn(), index: true })
  amount: number;

  @Field(() => SubsidyPaymentStatus, { description: '状态 (status; changes only through transitionSubsidyPayment)' })
  @Enum({ items: () => SubsidyPaymentStatus, type: 'string', index: true })
  status: SubsidyPaymentStatus = SubsidyPaymentStatus.CALCULATED;

  @Field(() => LocalDateScalar, { nullable: true, description: '发放日期 (paid date)' })
  @Property({ type: 'string', length: 10, nullable: true })
  paidDate?: string | null;

  @Field(() => String, { nullable: true, description: '发放凭证号 (payment reference)' })
  @Property({ type: 'string', length: 64, nullable: true })
  paymentReference?: string | null;
}
