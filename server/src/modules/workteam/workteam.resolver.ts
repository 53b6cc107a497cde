import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Allow } from '../../core/access';
import { workTeamPermissions } from './workteam.access';
import { CrudResolver } from '../../core/crud';
import { memberAssessmentResource, teamMemberResource, trainingResource, workTeamResource } from './workteam.resource';
import { childConnection, loadById } from '../../core/read';
import type { Awaitable } from '../../core/read';
import type { RequestContext } from '../../core/context';
import { clock, daysBetween } from '../../core/clock';
import { Connection, ListArgsType, OrderInput } from '../../core/pagination';
import type { ListArgs } from '../../core/pagination';
import { WorkflowResolver } from '../../core/workflow';
import { Region } from '../region/region.entity';
import { Organization } from '../organization/organization.entity';
import { MemberAssessment, MemberStatus, TeamMember, Training, WorkTeam } from './workteam.entity';
import { WorkTeamAction } from './workteam.enums';
import {
  CreateMemberAssessmentInput,
  CreateTeamMemberInput,
  CreateTrainingInput,
  CreateWorkTeamInput,
  MemberAssessmentFilter,
  MemberAssessmentSortField,
  NewTeamMemberInput,
  TeamMemberFilter,
  TeamMemberSortField,
  UpdateMemberAssessmentInput,
  UpdateTeamMemberInput,
  UpdateTrainingInput,
  UpdateWorkTeamInput,
  WorkTeamTransitionInput,
} from './workteam.inputs';
import { WorkTeamRollup } from './workteam.outputs';
import {
  endTeamMembership,
  memberAssessmentService,
  replaceTeamMember,
  setTrainingAttendees,
  teamMemberService,
  trainingService,
  workTeamRollup,
  workTeamService,
} from './workteam.service';
import { workTeamWorkflow } from './workteam.workflow';
import { attendeesOf, firstSecretaryOf, teamCounts, trainingsInTerm, trainingsOf } from './workteam.loaders';

const MemberArgs = ListArgsType(TeamMemberFilter, OrderInput(TeamMemberSortField, 'TeamMember'), 'TeamMember');
const AssessmentArgs = ListArgsType(MemberAssessmentFilter, OrderInput(MemberAssessmentSortField, 'MemberAssessment'), 'MemberAssessment');

@Resolver(() => WorkTeam)
export class WorkTeamResolver extends CrudResolver(workTeamResource, {
  service: workTeamService,
  createInput: CreateWorkTeamInput,
  updateInput: UpdateWorkTeamInput,
}) {
  @FieldResolver(() => Region, { nullable: true, description: '驻村 (the village)' })
  village(@Root() t: WorkTeam, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Awaitable<Region | null> {
    return loadById(ctx, Region, t.villageCode, info);
  }

  @FieldResolver(() => Region, { nullable: true, description: '县 (the county of the village)' })
  county(@Root() t: WorkTeam, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Awaitable<Region | null> {
    return loadById(ctx, Region, t.countyCode, info);
  }

  @FieldResolver(() => Organization, { nullable: true, description: '派出单位 (dispatching organization)' })
  dispatchingOrganization(
    @Root() t: WorkTeam,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Awaitable<Organization | null> {
    return loadById(ctx, Organization, t.dispatchingOrganizationId, info);
  }

  @FieldResolver(() => Connection(TeamMember, 'TeamMember'), {
    description: '驻村干部 (memberships of this team, current and past; filter status: ON_DUTY for the current team)',
  })
  members(@Root() t: WorkTeam, @Args(() => MemberArgs) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(ctx, TeamMember, 'teamId', t.id, args, info);
  }

  @FieldResolver(() => Int, { description: '在岗人数 (members on duty)' })
  async onDutyCount(@Root() t: WorkTeam, @Ctx() ctx: RequestContext): Promise<number> {
    return (await teamCounts(ctx, t.id)).onDuty;
  }

  @FieldResolver(() => TeamMember, { nullable: true, description: '第一书记 (the first secretary on duty)' })
  firstSecretary(@Root() t: WorkTeam, @Ctx() ctx: RequestContext): Promise<TeamMember | null> {
    return firstSecretaryOf(ctx, t.id);
  }

  @FieldResolver(() => Int, { description: '距任期结束天数 (days from today to the term end; negative once ended)' })
  daysUntilTermEnd(@Root() t: WorkTeam): number {
    return daysBetween(clock.today(), t.termEnd);
  }

  @FieldResolver(() => Boolean, { description: '任期将满 (the term ends within the given number of days from today)' })
  termEndsWithin(@Root() t: WorkTeam, @Arg('days', () => Int, { description: '天数 (days)' }) days: number): boolean {
    const left = daysBetween(clock.today(), t.termEnd);
    return left >= 0 && left <= days;
  }

  @Allow(workTeamPermissions.read)
  @Query(() => WorkTeamRollup, {
    description:
      '驻村工作汇总 Teams and cadres on duty by village type, cadres overdue for training and assessment ratings within a region for a year (GROUP BY in the database, limited to your jurisdiction).',
  })
  workTeamRollup(
    @Arg('regionCode', () => String, {
      description: '区划代码 (province, city, county or township code; empty for your whole jurisdiction)',
    })
    regionCode: string,
    @Arg('year', () => Int, { description: '年度 (year: teams whose term overlaps it, assessments of it)' }) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<WorkTeamRollup> {
    return workTeamRollup(ctx, regionCode, year);
  }
}

@Resolver(() => WorkTeam)
export class WorkTeamWorkflowResolver extends WorkflowResolver<WorkTeam>({
  def: workTeamWorkflow,
  objectType: WorkTeam,
  actionEnum: WorkTeamAction,
  payloadInput: WorkTeamTransitionInput,
  readPermission: workTeamPermissions.read,
}) {}

@Resolver(() => TeamMember)
export class TeamMemberResolver extends CrudResolver(teamMemberResource, {
  service: teamMemberService,
  createInput: CreateTeamMemberInput,
  updateInput: UpdateTeamMemberInput,
}) {
  @FieldResolver(() => WorkTeam, { nullable: true, description: '工作队 (the team)' })
  team(@Root() m: TeamMember, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Awaitable<WorkTeam | null> {
    return loadById(ctx, WorkTeam, m.teamId, info);
  }

  @FieldResolver(() => Organization, { nullable: true, description: '原单位 (home organization)' })
  organization(@Root() m: TeamMember, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Awaitable<Organization | null> {
    return loadById(ctx, Organization, m.organizationId, info);
  }

  @FieldResolver(() => String, { description: '联系电话 (phone, always masked)' })
  phone(@Root() m: TeamMember): string {
    return m.phoneMasked;
  }

  @FieldResolver(() => TeamMember, { nullable: true, description: '接替的干部 (the membership this one replaced)' })
  replacesMember(@Root() m: TeamMember, @Ctx() ctx: RequestContext): Awaitable<TeamMember | null> {
    return loadById(ctx, TeamMember, m.replacesMemberId);
  }

  @FieldResolver(() => Int, { description: '本任期参训次数 (trainings attended between the start of duty and the team’s term end)' })
  trainingsInTerm(@Root() m: TeamMember, @Ctx() ctx: RequestContext): Promise<number> {
    return trainingsInTerm(ctx, m.id);
  }

  @FieldResolver(() => Boolean, {
    description: '本任期未参加培训 (on duty and no training yet in the current term: every cadre is trained at least once per term)',
  })
  async untrainedInTerm(@Root() m: TeamMember, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await trainingsInTerm(ctx, m.id)) === 0;
  }

  @FieldResolver(() => [Training], { description: '参加的培训 (trainings attended, newest first)' })
  trainings(@Root() m: TeamMember, @Ctx() ctx: RequestContext): Promise<Training[]> {
    return trainingsOf(ctx, m.id);
  }

  @FieldResolver(() => Connection(MemberAssessment, 'MemberAssessment'), { description: '年度考核 (annual assessments)' })
  assessments(
    @Root() m: TeamMember,
    @Args(() => AssessmentArgs) args: ListArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, MemberAssessment, 'memberId', m.id, args, info);
  }

  @Allow(workTeamPermissions.update)
  @Mutation(() => TeamMember, {
    description:
      '更换驻村干部 Replace an on-duty member: the old membership ends as ROTATED with the reason (kept as history) and the new one starts, in one transaction; returns the new membership.',
  })
  replaceTeamMember(
    @Arg('memberId', () => ID, { description: '被更换的干部 (membership to end)' }) memberId: string,
    @Arg('input', () => NewTeamMemberInput, { description: '接替人员 (the new cadre; role defaults to the replaced one’s)' })
    input: NewTeamMemberInput,
    @Arg('reason', () => String, { description: '更换原因 (reason, recorded on the old membership and in the team history)' })
    reason: string,
    @Arg('expectedVersion', () => Int, { description: 'The old membership’s `version`; a stale one is refused with CONFLICT.' })
    expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ): Promise<TeamMember> {
    return replaceTeamMember(ctx, memberId, input, reason, expectedVersion);
  }

  @Allow(workTeamPermissions.update)
  @Mutation(() => TeamMember, {
    description:
      '结束驻村 End an on-duty membership without a replacement (ROTATED or RECALLED, with a reason). Refused on an ACTIVE team when it would leave it without its first secretary or below WORK_TEAM_MIN_SIZE.',
  })
  endTeamMembership(
    @Arg('id', () => ID, { description: '驻村干部 (membership id)' }) id: string,
    @Arg('status', () => MemberStatus, { description: '结束方式 (ROTATED or RECALLED)' }) status: MemberStatus,
    @Arg('reason', () => String, { description: '离岗原因 (reason)' }) reason: string,
    @Arg('expectedVersion', () => Int, { description: 'The `version` you read.' }) expectedVersion: number,
    @Arg('endDate', () => String, { nullable: true, description: '离岗日期 (end date YYYY-MM-DD; default today)' }) endDate: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<TeamMember> {
    return endTeamMembership(ctx, id, status, reason, expectedVersion, endDate);
  }
}

@Resolver(() => Training)
export class TrainingResolver extends CrudResolver(trainingResource, {
  service: trainingService,
  createInput: CreateTrainingInput,
  updateInput: UpdateTrainingInput,
}) {
  @FieldResolver(() => [TeamMember], { description: '参训人员 (members who attended)' })
  attendees(@Root() t: Training, @Ctx() ctx: RequestContext): Promise<TeamMember[]> {
    return attendeesOf(ctx, t.id);
  }

  @FieldResolver(() => Region, { nullable: true, description: '举办地 (organizing region)' })
  region(@Root() t: Training, @Ctx() ctx: RequestContext): Awaitable<Region | null> {
    return loadById(ctx, Region, t.regionCode);
  }

  @Allow(workTeamPermissions.update)
  @Mutation(() => Training, { description: '设置参训人员 Set who attended a training (adds new ones, archives removed ones).' })
  setTrainingAttendees(
    @Arg('id', () => ID, { description: '培训 (training id)' }) id: string,
    @Arg('memberIds', () => [ID], { description: '参训人员 (member ids)' }) memberIds: string[],
    @Arg('expectedVersion', () => Int, { description: 'The `version` you read.' }) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Training> {
    return setTrainingAttendees(ctx, id, memberIds, expectedVersion);
  }
}

@Resolver(() => MemberAssessment)
export class MemberAssessmentResolver extends CrudResolver(memberAssessmentResource, {
  service: memberAssessmentService,
  createInput: CreateMemberAssessmentInput,
  updateInput: UpdateMemberAssessmentInput,
}) {
  @FieldResolver(() => TeamMember, { nullable: true, description: '驻村干部 (the member)' })
  member(@Root() a: MemberAssessment, @Ctx() ctx: RequestContext): Awaitable<TeamMember | null> {
    return loadById(ctx, TeamMember, a.memberId);
  }
}
