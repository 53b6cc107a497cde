import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { MoneyScalar, YearMonthScalar } from '../../core/scalars';
import { JobPlacementStatus, PriorityCategory } from './welfare.entity';

/* ---------- payroll ---------- */

@ObjectType({ description: '补贴核算结果 Result of generating a monthly payroll.' })
export class SubsidyPayrollResult {
  @Field(() => String, { description: '县代码 (county code)' }) countyCode: string;
  @Field(() => YearMonthScalar, { description: '月份 (month)' }) month: string;
  @Field(() => Int, { description: '新建 (payments created by this run)' }) created: number;
  @Field(() => Int, { description: '已存在 (payments that already existed and were left unchanged)' }) existing: number;
  @Field(() => MoneyScalar, { description: '本月合计 (total of all payments of the month in the county)' }) total: number;
  @Field(() => [ID], { description: '本月补贴 id (ids of every payment of the month in the county, created or existing)' })
  paymentIds: string[];
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
  @Field(() => [PriorityCategoryCount], { description: '按优先类别 (placements by priority category)' })
  placementsByPriority: PriorityCategoryCount[];
  @Field(() => Int, { description: '期间在岗人数 (people on post during the period)' }) onPost: number;
  @Field(() => Int, { description: '其中脱贫人口 (of whom poverty-exited)' }) povertyExitedOnPost: number;
  @Field(() => Float, {
    nullable: true,
    description:
      '脱贫人口占比 (share of poverty-exited among those on post, %, rounded half up to 0.1, e.g. 66.7; null when nobody is on post)',
  })
  povertyExitedShare: number | null;
  @Field(() => MoneyScalar, { description: '核算补贴 (subsidy calculated: all payments of the period)' }) subsidyCalculated: number;
  @Field(() => MoneyScalar, { description: '已发补贴 (subsidy paid: PAID payments of the period)' }) subsidyPaid: number;
}
