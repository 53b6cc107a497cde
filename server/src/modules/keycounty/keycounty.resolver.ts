import { Arg, Args, Ctx, FieldResolver, Float, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Allow } from '../../core/access';
import { keyCountyPermissions } from './keycounty.access';
import { CrudResolver } from '../../core/crud';
import { countyEvaluationResource, fundAllocationResource, keyCountyResource } from './keycounty.resource';
import { childConnection, loadById } from '../../core/read';
import type { Awaitable } from '../../core/read';
import type { RequestContext } from '../../core/context';
import { Connection, ListArgsType, OrderInput } from '../../core/pagination';
import type { ListArgs } from '../../core/pagination';
import { Region } from '../region/region.entity';
import { CountyEvaluation, FundAllocation, KeyCounty } from './keycounty.entity';
import {
  CountyEvaluationFilter,
  CountyEvaluationSortField,
  CreateCountyEvaluationInput,
  CreateFundAllocationInput,
  CreateKeyCountyInput,
  FundAllocationFilter,
  FundAllocationSortField,
  UpdateCountyEvaluationInput,
  UpdateFundAllocationInput,
  UpdateKeyCountyInput,
} from './keycounty.inputs';
import { FundSummary, KeyCountyRollup } from './keycounty.outputs';
import { addSummaries, countyEvaluationService, fundAllocationService, keyCountyRollup, keyCountyService } from './keycounty.service';
import { percent } from '../../core/rollup';
import { fundsByCounty, latestEvaluation } from './keycounty.loaders';
import { teamsOnDutyInCounty } from '../workteam/workteam.loaders';
import { welfareInCounty } from '../welfare/welfare.loaders';
import { monitoringInCounty } from '../monitoring/monitoring.loaders';

const EvaluationArgs = ListArgsType(
  CountyEvaluationFilter,
  OrderInput(CountyEvaluationSortField, 'CountyEvaluation'),
  'KeyCountyEvaluations',
);
const FundArgs = ListArgsType(FundAllocationFilter, OrderInput(FundAllocationSortField, 'FundAllocation'), 'KeyCountyFunds');

@Resolver(() => KeyCounty)
export class KeyCountyResolver extends CrudResolver(keyCountyResource, {
  service: keyCountyService,
  createInput: CreateKeyCountyInput,
  updateInput: UpdateKeyCountyInput,
}) {
  @FieldResolver(() => Region, { nullable: true, description: '县 (the county region)' })
  county(@Root() k: KeyCounty, @Ctx() ctx: RequestContext): Awaitable<Region | null> {
    return loadById(ctx, Region, k.countyCode);
  }

  @FieldResolver(() => Region, { nullable: true, description: '所属市 (the city/prefecture the county belongs to)' })
  city(@Root() k: KeyCounty, @Ctx() ctx: RequestContext): Awaitable<Region | null> {
    return loadById(ctx, Region, k.countyCode.slice(0, 4));
  }

  @FieldResolver(() => [FundSummary], {
    description: '衔接资金 (funds by year and source, newest year first; one grouped statement for all counties in the list)',
  })
  funds(
    @Root() k: KeyCounty,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: '年度 (only this year)' }) year: number | null,
  ): Promise<FundSummary[]> {
    return fundsByCounty(ctx, k.id, year ?? null);
  }

  @FieldResolver(() => FundSummary, { description: '衔接资金合计 (funds of a year in total, with 支出进度, 开工率 and industry share)' })
  async fundsTotal(
    @Root() k: KeyCounty,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: '年度 (year)' }) year: number,
  ): Promise<FundSummary> {
    return addSummaries(await fundsByCounty(ctx, k.id, year), year);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: '产业资金占比 (share of a year’s funds for industry, %, rounded to 0.1; null when no funds)',
  })
  async industryShare(
    @Root() k: KeyCounty,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: '年度 (year)' }) year: number,
  ): Promise<number | null> {
    const total = addSummaries(await fundsByCounty(ctx, k.id, year), year);
    return percent(total.industryAmount, total.amount);
  }

  @FieldResolver(() => Int, {
    description: '在驻工作队 (ACTIVE resident work teams in the county; one grouped statement for all counties in the list)',
  })
  async workTeamsOnDuty(@Root() k: KeyCounty, @Ctx() ctx: RequestContext): Promise<number> {
    return (await teamsOnDutyInCounty(ctx, k.countyCode)).teams;
  }

  @FieldResolver(() => Int, { description: '在岗驻村干部 (cadres on duty in those teams)' })
  async cadresOnDuty(@Root() k: KeyCounty, @Ctx() ctx: RequestContext): Promise<number> {
    return (await teamsOnDutyInCounty(ctx, k.countyCode)).cadres;
  }

  @FieldResolver(() => Int, {
    description: '公益性岗位 (OPEN public-welfare posts in the county; one grouped statement for all counties in the list)',
  })
  async welfarePosts(@Root() k: KeyCounty, @Ctx() ctx: RequestContext): Promise<number> {
    return (await welfareInCounty(ctx, k.countyCode)).posts;
  }

  @FieldResolver(() => Int, { description: '岗位名额 (places, i.e. headcount, of those posts)' })
  async welfarePlaces(@Root() k: KeyCounty, @Ctx() ctx: RequestContext): Promise<number> {
    return (await welfareInCounty(ctx, k.countyCode)).places;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      '监测户 (households under monitoring now: identified cases not yet eliminated; null without monitoring.read; one grouped statement for all counties in the list)',
  })
  async monitoredHouseholds(@Root() k: KeyCounty, @Ctx() ctx: RequestContext): Promise<number | null> {
    return (await monitoringInCounty(ctx, k.countyCode))?.monitored ?? null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: '超时未认定 (monitoring cases undecided after their 15 days; null without monitoring.read)',
  })
  async overdueMonitoringCases(@Root() k: KeyCounty, @Ctx() ctx: RequestContext): Promise<number | null> {
    return (await monitoringInCounty(ctx, k.countyCode))?.overdue ?? null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: '风险已消除 (monitoring cases whose risk was eliminated; null without monitoring.read)',
  })
  async eliminatedMonitoringCases(@Root() k: KeyCounty, @Ctx() ctx: RequestContext): Promise<number | null> {
    return (await monitoringInCounty(ctx, k.countyCode))?.eliminated ?? null;
  }

  @FieldResolver(() => Int, { description: '在岗人数 (people on post now: ONBOARDED placements in the county)' })
  async peopleOnPost(@Root() k: KeyCounty, @Ctx() ctx: RequestContext): Promise<number> {
    return (await welfareInCounty(ctx, k.countyCode)).onPost;
  }

  @FieldResolver(() => CountyEvaluation, {
    nullable: true,
    description: '最新监测评估 (latest evaluation: highest year, annual after the quarters)',
  })
  latestEvaluation(@Root() k: KeyCounty, @Ctx() ctx: RequestContext): Promise<CountyEvaluation | null> {
    return latestEvaluation(ctx, k.id);
  }

  @FieldResolver(() => Connection(CountyEvaluation, 'CountyEvaluation'), { description: '监测评估 (evaluations of this county)' })
  evaluations(
    @Root() k: KeyCounty,
    @Args(() => EvaluationArgs) args: ListArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, CountyEvaluation, 'keyCountyId', k.id, args, info);
  }

  @FieldResolver(() => Connection(FundAllocation, 'FundAllocation'), { description: '衔接资金明细 (fund allocations of this county)' })
  fundAllocations(
    @Root() k: KeyCounty,
    @Args(() => FundArgs) args: ListArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, FundAllocation, 'keyCountyId', k.id, args, info);
  }

  @Allow(keyCountyPermissions.read)
  @Query(() => KeyCountyRollup, {
    description:
      '重点帮扶县汇总 Key counties by level and the year’s linkage funds by source with 支出进度 and 开工率, within a region (GROUP BY in the database, limited to your jurisdiction).',
  })
  keyCountyRollup(
    @Arg('regionCode', () => String, {
      description: '区划代码 (province, city or county code, e.g. "15"; empty for your whole jurisdiction)',
    })
    regionCode: string,
    @Arg('year', () => Int, { description: '年度 (year)' }) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<KeyCountyRollup> {
    return keyCountyRollup(ctx, regionCode, year);
  }
}

@Resolver(() => CountyEvaluation)
export class CountyEvaluationResolver extends CrudResolver(countyEvaluationResource, {
  service: countyEvaluationService,
  createInput: CreateCountyEvaluationInput,
  updateInput: UpdateCountyEvaluationInput,
}) {
  @FieldResolver(() => KeyCounty, { nullable: true, description: '重点帮扶县 (the key county)' })
  keyCounty(@Root() e: CountyEvaluation, @Ctx() ctx: RequestContext): Awaitable<KeyCounty | null> {
    return loadById(ctx, KeyCounty, e.keyCountyId);
  }

  @FieldResolver(() => Float, { nullable: true, description: '脱贫人口收入增长率 (income growth, %, exact to 0.01)' })
  incomeGrowth(@Root() e: CountyEvaluation): number | null {
    return e.incomeGrowthBasisPoints === null || e.incomeGrowthBasisPoints === undefined ? null : e.incomeGrowthBasisPoints / 100;
  }
}

@Resolver(() => FundAllocation)
export class FundAllocationResolver extends CrudResolver(fundAllocationResource, {
  service: fundAllocationService,
  createInput: CreateFundAllocationInput,
  updateInput: UpdateFundAllocationInput,
}) {
  @FieldResolver(() => KeyCounty, { nullable: true, description: '重点帮扶县 (the key county)' })
  keyCounty(@Root() f: FundAllocation, @Ctx() ctx: RequestContext): Awaitable<KeyCounty | null> {
    return loadById(ctx, KeyCounty, f.keyCountyId);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: '支出进度 (disbursed ÷ amount, %, rounded half up to 0.1 from the exact fen)',
  })
  disbursementRate(@Root() f: FundAllocation): number | null {
    return percent(f.disbursed, f.amount);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: '开工率 (projects started ÷ projects, %, rounded half up to 0.1; null without projects)',
  })
  startRate(@Root() f: FundAllocation): number | null {
    return percent(f.projectsStarted, f.projectCount);
  }

  @FieldResolver(() => Float, { nullable: true, description: '产业资金占比 (industry share of this allocation: 100 for INDUSTRY, else 0)' })
  industryShare(@Root() f: FundAllocation): number {
    return f.purpose === 'INDUSTRY' ? 100 : 0;
  }
}
