import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../core/access';
import { can } from '../../core/access';
import { MonitoringRollup } from './monitoring.outputs';
import { clock, daysBetween } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { CrudResolver } from '../../core/crud';
import { Connection, ListArgsType, OrderInput } from '../../core/pagination';
import type { ConnectionShape, ListArgs } from '../../core/pagination';
import { childConnection, loadById } from '../../core/read';
import type { Awaitable } from '../../core/read';
import { MoneyScalar } from '../../core/scalars';
import { WorkflowResolver } from '../../core/workflow';
import { Person } from '../person/person.entity';
import { Region } from '../region/region.entity';
import { JobPlacement } from '../welfare/welfare.entity';
import { monitoringPermissions } from './monitoring.access';
import {
  AssistanceMeasure,
  Household,
  HouseholdIncome,
  HouseholdMember,
  HouseholdVisit,
  MonitoringCase,
  MonitoringCaseStatus,
  MonitoringLine,
  RiskCause,
  RiskElimination,
} from './monitoring.entity';
import { MonitoringCaseAction, RiskEliminationAction } from './monitoring.enums';
import {
  AssistanceMeasureFilter,
  AssistanceMeasureSortField,
  CreateAssistanceMeasureInput,
  CreateHouseholdIncomeInput,
  CreateHouseholdInput,
  CreateMonitoringCaseInput,
  CreateMonitoringLineInput,
  CreateHouseholdMemberInput,
  CreateHouseholdVisitInput,
  HouseholdMemberFilter,
  HouseholdMemberSortField,
  UpdateHouseholdMemberInput,
  CreateRiskEliminationInput,
  HouseholdVisitFilter,
  HouseholdVisitSortField,
  RiskEliminationTransitionInput,
  UpdateHouseholdVisitInput,
  UpdateRiskEliminationInput,
  HouseholdIncomeFilter,
  HouseholdIncomeSortField,
  MonitoringCaseFilter,
  MonitoringCaseSortField,
  MonitoringCaseTransitionInput,
  UpdateAssistanceMeasureInput,
  UpdateHouseholdIncomeInput,
  UpdateHouseholdInput,
  UpdateMonitoringCaseInput,
  UpdateMonitoringLineInput,
} from './monitoring.inputs';
import { incomeTotal, linesOfProvince } from './monitoring.loaders';
import {
  assistanceMeasureResource,
  householdIncomeResource,
  householdResource,
  monitoringCaseResource,
  monitoringLineResource,
  householdMemberResource,
  householdVisitResource,
  riskEliminationResource,
} from './monitoring.resource';
import { HEALTH_CAUSES, UNDECIDED, decodeCauses, incomePerPersonFen, lineDateFor, requireYear } from './monitoring.rules';
import {
  assistanceMeasureService,
  householdIncomeService,
  householdService,
  monitoringCaseService,
  monitoringLineService,
  householdMemberService,
  householdVisitService,
  monitoringRollup,
  riskEliminationService,
} from './monitoring.service';
import { monitoringCaseWorkflow, riskEliminationWorkflow } from './monitoring.workflow';
import { TeamMember } from '../workteam/workteam.entity';

const IncomeConnection = Connection(HouseholdIncome, 'HouseholdIncome');
const IncomeArgs = ListArgsType(HouseholdIncomeFilter, OrderInput(HouseholdIncomeSortField, 'HouseholdIncome'), 'HouseholdIncome');
const CaseConnection = Connection(MonitoringCase, 'MonitoringCase');
const CaseArgs = ListArgsType(MonitoringCaseFilter, OrderInput(MonitoringCaseSortField, 'MonitoringCase'), 'MonitoringCase');
const MemberConnection = Connection(HouseholdMember, 'HouseholdMember');
const MemberArgs = ListArgsType(HouseholdMemberFilter, OrderInput(HouseholdMemberSortField, 'HouseholdMember'), 'HouseholdMember');
const VisitConnection = Connection(HouseholdVisit, 'HouseholdVisit');
const VisitArgs = ListArgsType(HouseholdVisitFilter, OrderInput(HouseholdVisitSortField, 'HouseholdVisit'), 'HouseholdVisit');
const MeasureConnection = Connection(AssistanceMeasure, 'AssistanceMeasure');
const MeasureArgs = ListArgsType(AssistanceMeasureFilter, OrderInput(AssistanceMeasureSortField, 'AssistanceMeasure'), 'AssistanceMeasure');

/** Incomes and health are personal data: shown to holders of monitoring.reveal, withheld from everyone else. */
function mayReveal(ctx: RequestContext): boolean {
  return can(ctx.actor, monitoringPermissions.reveal);
}

/** Income per person of the year in fen, or null without income records that year. */
async function incomePerPersonOf(ctx: RequestContext, household: Household, year: number): Promise<number | null> {
  const total = await incomeTotal(ctx, household.id, year);
  return total === null ? null : incomePerPersonFen(total, household);
}

@Resolver(() => MonitoringLine)
export class MonitoringLineResolver extends CrudResolver(monitoringLineResource, {
  service: monitoringLineService,
  createInput: CreateMonitoringLineInput,
  updateInput: UpdateMonitoringLineInput,
}) {
  @FieldResolver(() => Region, { nullable: true, description: '省份 (province)' })
  province(@Root() line: MonitoringLine, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Awaitable<Region | null> {
    return loadById(ctx, Region, line.provinceCode, info);
  }
}

@Resolver(() => Household)
export class HouseholdResolver extends CrudResolver(householdResource, {
  service: householdService,
  createInput: CreateHouseholdInput,
  updateInput: UpdateHouseholdInput,
}) {
  @FieldResolver(() => Person, { nullable: true, description: '户主 (head of the household)' })
  headPerson(@Root() household: Household, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Awaitable<Person | null> {
    return loadById(ctx, Person, household.headPersonId, info);
  }

  @FieldResolver(() => Region, { nullable: true, description: '所在村 (village)' })
  village(@Root() household: Household, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Awaitable<Region | null> {
    return loadById(ctx, Region, household.villageCode, info);
  }

  @FieldResolver(() => MoneyScalar, {
    nullable: true,
    description: '合规自付支出 (compliant out-of-pocket costs, yuan; personal data: null without monitoring.reveal)',
  })
  compliantExpenses(@Root() household: Household, @Ctx() ctx: RequestContext): number | null {
    return mayReveal(ctx) ? Number(household.compliantExpenses) : null;
  }

  @FieldResolver(() => MoneyScalar, {
    nullable: true,
    description:
      '人均纯收入 (income per person of the year, yuan: income records less compliant costs, over the size; personal data: null without monitoring.reveal, and null for a year without records)',
  })
  async incomePerPerson(
    @Root() household: Household,
    @Arg('year', () => Int, { description: '年度 (year)' }) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<number | null> {
    requireYear('year', year);
    if (!mayReveal(ctx)) return null;
    return incomePerPersonOf(ctx, household, year);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      '低于监测标准 (income per person of the year below the province’s line in force at the year’s end, or today for the running year; null when the year has no income records or no line)',
  })
  async belowLine(
    @Root() household: Household,
    @Arg('year', () => Int, { description: '年度 (year)' }) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean | null> {
    requireYear('year', year);
    const [income, lines] = await Promise.all([
      incomePerPersonOf(ctx, household, year),
      linesOfProvince(ctx, household.villageCode.slice(0, 2)),
    ]);
    const on = lineDateFor(year);
    const line = lines.find((l) => l.effectiveFrom <= on);
    if (income === null || !line) return null;
    return income < line.amount;
  }

  @FieldResolver(() => IncomeConnection, { description: '收入记录 (income records by year and source)' })
  incomes(
    @Root() household: Household,
    @Args(() => IncomeArgs) args: ListArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<HouseholdIncome>> {
    return childConnection(ctx, HouseholdIncome, 'householdId', household.id, args, info);
  }

  @FieldResolver(() => MemberConnection, { description: '家庭成员 (members of the household with their relation to the head)' })
  members(
    @Root() household: Household,
    @Args(() => MemberArgs) args: ListArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<HouseholdMember>> {
    return childConnection(ctx, HouseholdMember, 'householdId', household.id, args, info);
  }

  @FieldResolver(() => VisitConnection, { description: '走访记录 (visits to the household)' })
  visits(
    @Root() household: Household,
    @Args(() => VisitArgs) args: ListArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<HouseholdVisit>> {
    return childConnection(ctx, HouseholdVisit, 'householdId', household.id, args, info);
  }

  @FieldResolver(() => CaseConnection, { description: '监测对象记录 (the household’s monitoring cases)' })
  cases(
    @Root() household: Household,
    @Args(() => CaseArgs) args: ListArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<MonitoringCase>> {
    return childConnection(ctx, MonitoringCase, 'householdId', household.id, args, info);
  }
}

@Resolver(() => HouseholdIncome)
export class HouseholdIncomeResolver extends CrudResolver(householdIncomeResource, {
  service: householdIncomeService,
  createInput: CreateHouseholdIncomeInput,
  updateInput: UpdateHouseholdIncomeInput,
}) {
  @FieldResolver(() => Household, { nullable: true, description: '农户 (household)' })
  household(@Root() income: HouseholdIncome, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Awaitable<Household | null> {
    return loadById(ctx, Household, income.householdId, info);
  }

  @FieldResolver(() => MoneyScalar, { nullable: true, description: '金额 (yuan; personal data: null without monitoring.reveal)' })
  amount(@Root() income: HouseholdIncome, @Ctx() ctx: RequestContext): number | null {
    return mayReveal(ctx) ? Number(income.amount) : null;
  }
}

@Resolver(() => MonitoringCase)
export class MonitoringCaseResolver extends CrudResolver(monitoringCaseResource, {
  service: monitoringCaseService,
  createInput: CreateMonitoringCaseInput,
  updateInput: UpdateMonitoringCaseInput,
}) {
  @FieldResolver(() => Household, { nullable: true, description: '农户 (household)' })
  household(@Root() found: MonitoringCase, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Awaitable<Household | null> {
    return loadById(ctx, Household, found.householdId, info);
  }

  @FieldResolver(() => [RiskCause], {
    description: '风险类型 (causes; illness and disability are health data, listed only for holders of monitoring.reveal)',
  })
  riskCauses(@Root() found: MonitoringCase, @Ctx() ctx: RequestContext): RiskCause[] {
    const causes = decodeCauses(found.riskCauseList);
    return mayReveal(ctx) ? causes : causes.filter((c) => !HEALTH_CAUSES.has(c));
  }

  @FieldResolver(() => Boolean, { description: '有未显示的风险类型 (a health cause was withheld from you)' })
  causesWithheld(@Root() found: MonitoringCase, @Ctx() ctx: RequestContext): boolean {
    return !mayReveal(ctx) && decodeCauses(found.riskCauseList).some((c) => HEALTH_CAUSES.has(c));
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: '剩余天数 (days left to the deadline, negative when overdue; null once decided)',
  })
  daysLeft(@Root() found: MonitoringCase): number | null {
    if (!UNDECIDED.includes(found.status as MonitoringCaseStatus)) return null;
    return daysBetween(clock.today(), found.deadline);
  }

  @Allow(monitoringPermissions.read)
  @Query(() => MonitoringRollup, {
    description:
      '防止返贫监测汇总 Monitoring figures of a region (any level inside your jurisdiction) and year: households and those below the line, cases by status and type, decided within 15 days, overdue, eliminated, measures by kind, visits by quarter; computed in the database.',
  })
  monitoringRollup(
    @Arg('regionCode', () => String, { nullable: true, description: '区划代码 (region code; omit for your whole jurisdiction)' })
    regionCode: string | null,
    @Arg('year', () => Int, { description: '年度 (year)' }) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<MonitoringRollup> {
    return monitoringRollup(ctx, regionCode, year);
  }

  @FieldResolver(() => MeasureConnection, { description: '帮扶措施 (the assistance plan, 一户一策)' })
  measures(
    @Root() found: MonitoringCase,
    @Args(() => MeasureArgs) args: ListArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<AssistanceMeasure>> {
    return childConnection(ctx, AssistanceMeasure, 'caseId', found.id, args, info);
  }
}

@Resolver(() => MonitoringCase)
export class MonitoringCaseWorkflowResolver extends WorkflowResolver({
  def: monitoringCaseWorkflow,
  objectType: MonitoringCase,
  actionEnum: MonitoringCaseAction,
  payloadInput: MonitoringCaseTransitionInput,
  readPermission: monitoringPermissions.read,
}) {}

@Resolver(() => AssistanceMeasure)
export class AssistanceMeasureResolver extends CrudResolver(assistanceMeasureResource, {
  service: assistanceMeasureService,
  createInput: CreateAssistanceMeasureInput,
  updateInput: UpdateAssistanceMeasureInput,
}) {
  @FieldResolver(() => MonitoringCase, { nullable: true, description: '监测对象 (case)' })
  case(@Root() measure: AssistanceMeasure, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Awaitable<MonitoringCase | null> {
    return loadById(ctx, MonitoringCase, measure.caseId, info);
  }

  @FieldResolver(() => JobPlacement, { nullable: true, description: '公益性岗位聘任 (the placement of a WELFARE_POST measure)' })
  placement(
    @Root() measure: AssistanceMeasure,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Awaitable<JobPlacement | null> {
    return measure.placementId ? loadById(ctx, JobPlacement, measure.placementId, info) : null;
  }
}

@Resolver(() => HouseholdVisit)
export class HouseholdVisitResolver extends CrudResolver(householdVisitResource, {
  service: householdVisitService,
  createInput: CreateHouseholdVisitInput,
  updateInput: UpdateHouseholdVisitInput,
}) {
  @FieldResolver(() => Household, { nullable: true, description: '农户 (household)' })
  household(@Root() visit: HouseholdVisit, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Awaitable<Household | null> {
    return loadById(ctx, Household, visit.householdId, info);
  }

  @FieldResolver(() => TeamMember, { nullable: true, description: '驻村干部 (the work-team member who visited)' })
  teamMember(@Root() visit: HouseholdVisit, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Awaitable<TeamMember | null> {
    return visit.teamMemberId ? loadById(ctx, TeamMember, visit.teamMemberId, info) : null;
  }
}

@Resolver(() => RiskElimination)
export class RiskEliminationResolver extends CrudResolver(riskEliminationResource, {
  service: riskEliminationService,
  createInput: CreateRiskEliminationInput,
  updateInput: UpdateRiskEliminationInput,
}) {
  @FieldResolver(() => MonitoringCase, { nullable: true, description: '监测对象 (case)' })
  case(
    @Root() elimination: RiskElimination,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Awaitable<MonitoringCase | null> {
    return loadById(ctx, MonitoringCase, elimination.caseId, info);
  }
}

@Resolver(() => RiskElimination)
export class RiskEliminationWorkflowResolver extends WorkflowResolver({
  def: riskEliminationWorkflow,
  objectType: RiskElimination,
  actionEnum: RiskEliminationAction,
  payloadInput: RiskEliminationTransitionInput,
  readPermission: monitoringPermissions.read,
}) {}

@Resolver(() => HouseholdMember)
export class HouseholdMemberResolver extends CrudResolver(householdMemberResource, {
  service: householdMemberService,
  createInput: CreateHouseholdMemberInput,
  updateInput: UpdateHouseholdMemberInput,
}) {
  @FieldResolver(() => Household, { nullable: true, description: '农户 (household)' })
  household(@Root() member: HouseholdMember, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Awaitable<Household | null> {
    return loadById(ctx, Household, member.householdId, info);
  }

  @FieldResolver(() => Person, { nullable: true, description: '人员 (the person; null when outside your person jurisdiction)' })
  person(@Root() member: HouseholdMember, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Awaitable<Person | null> {
    return loadById(ctx, Person, member.personId, info);
  }
}
