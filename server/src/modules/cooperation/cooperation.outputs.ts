import { Field, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../core/scalars';
import { CooperationProjectStatus } from './cooperation.entity';

// ---------------------------------------------------------------- summary

@ObjectType({ description: '按状态计数 Number of projects in one status.' })
export class ProjectStatusCount {
  @Field(() => CooperationProjectStatus, { description: '状态 (status)' }) status: CooperationProjectStatus;
  @Field(() => Int, { description: '项目数 (projects)' }) count: number;
}

@ObjectType({
  description:
    '协作年度汇总 CooperationSummary: one year of cooperation projects for a pairing (and the pairings under it) or between provinces. ' +
    'Totals count implemented projects (已批复及以后: APPROVED, IN_PROGRESS, COMPLETED, ACCEPTED); `byStatus` lists every status.',
})
export class CooperationSummary {
  @Field(() => Int, { description: '年度 (year)' }) year: number;
  @Field(() => Int, { description: '实施项目数 (implemented projects: approved or later)' }) projects: number;
  @Field(() => [ProjectStatusCount], { description: '按状态项目数 (projects by status, all statuses)' }) byStatus: ProjectStatusCount[];
  @Field(() => MoneyScalar, { description: '计划资金 (planned funds)' }) plannedFunds: number;
  @Field(() => MoneyScalar, { description: '到位资金 (funds in place)' }) fundsInPlace: number;
  @Field(() => MoneyScalar, { description: '已支出资金 (funds disbursed)' }) fundsDisbursed: number;
  @Field(() => Int, { description: '已开工项目数 (started projects: IN_PROGRESS, COMPLETED, ACCEPTED)' }) startedProjects: number;
  @Field(() => Number, {
    nullable: true,
    description: '开工率 (start rate, percent rounded to 0.1: started ÷ implemented × 100; null when no projects)',
  })
  startRate: number | null;
  @Field(() => Number, { nullable: true, description: '资金到位率 (funds in place ÷ planned × 100, rounded to 0.1)' }) fundsInPlaceRate:
    number | null;
  @Field(() => Number, { nullable: true, description: '资金支出进度 (disbursed ÷ in place × 100, rounded to 0.1)' }) disbursementRate:
    number | null;
  @Field(() => Int, { description: '引进企业数 (enterprises introduced)' }) enterprisesIntroduced: number;
  @Field(() => MoneyScalar, { description: '引进投资 (investment attracted)' }) investmentAttracted: number;
  @Field(() => Int, { description: '共建产业园区数 (industrial parks co-built)' }) parksCoBuilt: number;
  @Field(() => Int, { description: '带动就业 (jobs created)' }) jobsCreated: number;
  @Field(() => Int, { description: '受益人口 (people benefiting: poverty-exited + monitored)' }) peopleBenefiting: number;
  @Field(() => Int, { description: '受益脱贫人口 (poverty-exited people benefiting)' }) peopleBenefitingPovertyExited: number;
  @Field(() => Int, { description: '受益监测人口 (monitored people benefiting)' }) peopleBenefitingMonitored: number;
  @Field(() => Int, { description: '转移就业人数 (labour transfers)' }) labourTransfers: number;
  @Field(() => Int, { description: '其中脱贫人口 (of which poverty-exited)' }) povertyExitedLabourTransfers: number;
  @Field(() => MoneyScalar, {
    description:
      '消费帮扶（协作地区采购）(consumption assistance by the partner side: assisted sales of the year from a helped region of the selected pairings, in a month the pairing was in force, ' +
      'bought by the helper organization or a buyer organization in the helper region, or — when no buyer is recorded — sold through the EAST_PARTNER channel; a buyer elsewhere does not count)',
  })
  consumptionSales: number;
  @Field(() => MoneyScalar, {
    description:
      '受帮扶地区帮扶产品销售额 (all assisted sales of the year whose origin county lies in a helped region of the selected pairings, whoever bought them; includes consumptionSales)',
  })
  helpedAreaAssistedSales: number;
}
