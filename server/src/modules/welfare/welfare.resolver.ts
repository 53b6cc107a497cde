import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../core/access';
import type { RequestContext } from '../../core/context';
import { CrudResolver } from '../../core/crud';
import { Connection, ListArgsType, OrderInput } from '../../core/pagination';
import type { ConnectionShape, ListArgs } from '../../core/pagination';
import { childConnection, loadById } from '../../core/read';
import type { Awaitable } from '../../core/read';
import { YearMonthScalar } from '../../core/scalars';
import { WorkflowResolver } from '../../core/workflow';
import { Organization } from '../organization/organization.entity';
import { Person } from '../person/person.entity';
import { Region } from '../region/region.entity';
import { Assessment, JobPlacement, SubsidyPayment, WelfarePost } from './welfare.entity';
import {
  CreateJobPlacementInput,
  CreateWelfarePostInput,
  JobPlacementAction,
  JobPlacementFilter,
  JobPlacementSortField,
  JobPlacementTransitionInput,
  PublicityEntry,
  SubsidyAssessmentInput,
  SubsidyPaymentAction,
  SubsidyPaymentFilter,
  SubsidyPaymentSortField,
  SubsidyPaymentTransitionInput,
  SubsidyPayrollResult,
  UpdateJobPlacementInput,
  UpdateWelfarePostInput,
  WelfarePostAction,
  WelfarePostFilter,
  WelfarePostSortField,
  WelfarePostTransitionInput,
  WelfareRollup,
} from './welfare.inputs';
import { filledPlaces } from './welfare.loaders';
import { generateSubsidyPayroll, jobPlacementService, publicityList, recordSubsidyAssessment, welfarePostService, welfareRollup } from './welfare.service';
import { jobPlacementWorkflow, subsidyPaymentWorkflow, welfarePostWorkflow } from './welfare.workflow';

const PlacementConnection = Connection(JobPlacement, 'JobPlacement');
const PlacementArgs = ListArgsType(JobPlacementFilter, OrderInput(JobPlacementSortField, 'JobPlacement'), 'JobPlacement');
const PaymentConnection = Connection(SubsidyPayment, 'SubsidyPayment');
const PaymentArgs = ListArgsType(SubsidyPaymentFilter, OrderInput(SubsidyPaymentSortField, 'SubsidyPayment'), 'SubsidyPayment');

/* ---------- posts ---------- */

@Resolver(() => WelfarePost)
export class WelfarePostResolver extends CrudResolver<WelfarePost, CreateWelfarePostInput, UpdateWelfarePostInput>({
  name: 'WelfarePost',
  plural: 'welfarePosts',
  objectType: WelfarePost,
  entity: WelfarePost,
  domain: 'welfare',
  filter: WelfarePostFilter,
  sortFields: WelfarePostSortField,
  service: welfarePostService,
  createInput: CreateWelfarePostInput,
  updateInput: UpdateWelfarePostInput,
  description: 'welfare post (公益性岗位)',
}) {
  @FieldResolver(() => Region, { nullable: true, description: '所在村 (village of the post)' })
  village(@Root() post: WelfarePost, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Awaitable<Region | null> {
    return loadById(ctx, Region, post.villageCode, info);
  }

  @FieldResolver(() => Organization, { nullable: true, description: '开发单位 (developing organization: who develops the post manages it)' })
  developingOrganization(@Root() post: WelfarePost, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Awaitable<Organization | null> {
    return loadById(ctx, Organization, post.developingOrganizationId, info);
  }

  @FieldResolver(() => PlacementConnection, { description: '聘任 (placements on this post: applications and tenures)' })
  placements(@Root() post: WelfarePost, @Args(() => PlacementArgs) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ConnectionShape<JobPlacement>> {
    return childConnection(ctx, JobPlacement, 'postId', post.id, args, info);
  }

  @FieldResolver(() => Int, { description: '在岗名额 (filled places: APPROVED or ONBOARDED placements)' })
  filledPlaces(@Root() post: WelfarePost, @Ctx() ctx: RequestContext): Promise<number> {
    return filledPlaces(ctx, post.id);
  }

  @FieldResolver(() => Int, { description: '空缺名额 (vacant places = headcount − filled places)' })
  async vacantPlaces(@Root() post: WelfarePost, @Ctx() ctx: RequestContext): Promise<number> {
    return Math.max(0, post.headcount - (await filledPlaces(ctx, post.id)));
  }
}

@Resolver(() => WelfarePost)
export class WelfarePostWorkflowResolver extends WorkflowResolver({
  def: welfarePostWorkflow,
  objectType: WelfarePost,
  actionEnum: WelfarePostAction,
  payloadInput: WelfarePostTransitionInput,
  readPermission: 'welfare.read',
}) {}

/* ---------- placements ---------- */

@Resolver(() => JobPlacement)
export class JobPlacementResolver extends CrudResolver<JobPlacement, CreateJobPlacementInput, UpdateJobPlacementInput>({
  name: 'JobPlacement',
  plural: 'jobPlacements',
  objectType: JobPlacement,
  entity: JobPlacement,
  domain: 'welfare',
  filter: JobPlacementFilter,
  sortFields: JobPlacementSortField,
  service: jobPlacementService,
  createInput: CreateJobPlacementInput,
  updateInput: UpdateJobPlacementInput,
  description: 'job placement (公益性岗位聘任)',
}) {
  @FieldResolver(() => WelfarePost, { nullable: true, description: '岗位 (the post)' })
  post(@Root() placement: JobPlacement, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Awaitable<WelfarePost | null> {
    return loadById(ctx, WelfarePost, placement.postId, info);
  }

  @FieldResolver(() => Person, { nullable: true, description: '人员 (the applicant; null when outside your person jurisdiction)' })
  person(@Root() placement: JobPlacement, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Awaitable<Person | null> {
    return loadById(ctx, Person, placement.personId, info);
  }

  @FieldResolver(() => PaymentConnection, { description: '在岗补贴 (monthly subsidy payments of this placement)' })
  subsidyPayments(@Root() placement: JobPlacement, @Args(() => PaymentArgs) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ConnectionShape<SubsidyPayment>> {
    return childConnection(ctx, SubsidyPayment, 'placementId', placement.id, args, info);
  }

  @Allow('welfare.read')
  @Query(() => [PublicityEntry], { description: '公示名单 Publicity list: people in PUBLICIZING for a post or a village, with name, gender and priority category only (never ID number or phone).' })
  welfarePublicityList(
    @Arg('postId', () => ID, { nullable: true, description: '岗位 id (post)' }) postId: string | null,
    @Arg('villageCode', () => String, { nullable: true, description: '村代码 (village code)' }) villageCode: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PublicityEntry[]> {
    return publicityList(ctx, postId, villageCode);
  }

  @Allow('welfare.read')
  @Query(() => WelfareRollup, { description: '公益性岗位汇总 Rollup of posts, places, placements and subsidies for a region (any level) and a year or month, computed in the database.' })
  welfareRollup(
    @Arg('regionCode', () => String, { description: '区划代码 (region code, any level inside your jurisdiction)' }) regionCode: string,
    @Arg('year', () => Int, { description: '年度 (year)' }) year: number,
    @Arg('month', () => Int, { nullable: true, description: '月份 (month 1–12; omit for the whole year)' }) month: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<WelfareRollup> {
    return welfareRollup(ctx, regionCode, year, month);
  }
}

@Resolver(() => JobPlacement)
export class JobPlacementWorkflowResolver extends WorkflowResolver({
  def: jobPlacementWorkflow,
  objectType: JobPlacement,
  actionEnum: JobPlacementAction,
  payloadInput: JobPlacementTransitionInput,
  readPermission: 'welfare.read',
}) {}

/* ---------- subsidy payments ---------- */

@Resolver(() => SubsidyPayment)
export class SubsidyPaymentResolver extends CrudResolver<SubsidyPayment, never, never>({
  name: 'SubsidyPayment',
  plural: 'subsidyPayments',
  objectType: SubsidyPayment,
  entity: SubsidyPayment,
  domain: 'welfare',
  filter: SubsidyPaymentFilter,
  sortFields: SubsidyPaymentSortField,
  service: undefined as never,
  archivable: false,
  description: 'subsidy payment (在岗补贴)',
}) {
  @FieldResolver(() => JobPlacement, { nullable: true, description: '聘任 (the placement paid)' })
  placement(@Root() payment: SubsidyPayment, @Ctx() ctx: RequestContext): Awaitable<JobPlacement | null> {
    return loadById(ctx, JobPlacement, payment.placementId);
  }

  @Allow('welfare.payroll')
  @Mutation(() => SubsidyPayrollResult, {
    description:
      '生成月度补贴 Generate the monthly payroll of a county: one CALCULATED payment per placement on post during the month, amount = monthly subsidy × days on post ÷ days in month, rounded half up to the fen. Idempotent: existing payments are never changed.',
  })
  generateSubsidyPayroll(
    @Arg('countyCode', () => String, { description: '县代码 (6-digit county code)' }) countyCode: string,
    @Arg('month', () => YearMonthScalar, { description: '月份 (month, YYYY-MM; not in the future)' }) month: string,
    @Arg('assessments', () => [SubsidyAssessmentInput], { nullable: true, description: '考核 (attendance and assessment for placements getting a new payment)' }) assessments: SubsidyAssessmentInput[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<SubsidyPayrollResult> {
    return generateSubsidyPayroll(ctx, countyCode, month, assessments ?? []);
  }

  @Allow('welfare.assess')
  @Mutation(() => SubsidyPayment, { description: '录入考核 Record attendance and the PASS/FAIL assessment of a CALCULATED payment; two FAIL months in a row flag the placement for exit.' })
  recordSubsidyAssessment(
    @Arg('id', () => ID, { description: '补贴 id (payment)' }) id: string,
    @Arg('assessment', () => Assessment, { description: '考核结果 (assessment)' }) assessment: Assessment,
    @Arg('attendanceDays', () => Int, { nullable: true, description: '出勤天数 (attendance days, at most the days on post)' }) attendanceDays: number | null,
    @Arg('expectedVersion', () => Int, { description: 'The `version` you read; a stale one is refused with CONFLICT.' }) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ): Promise<SubsidyPayment> {
    return recordSubsidyAssessment(ctx, id, assessment, attendanceDays ?? undefined, expectedVersion);
  }
}

@Resolver(() => SubsidyPayment)
export class SubsidyPaymentWorkflowResolver extends WorkflowResolver({
  def: subsidyPaymentWorkflow,
  objectType: SubsidyPayment,
  actionEnum: SubsidyPaymentAction,
  payloadInput: SubsidyPaymentTransitionInput,
  readPermission: 'welfare.read',
}) {}
