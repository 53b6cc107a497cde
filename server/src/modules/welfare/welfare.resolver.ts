import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../core/access';
import { welfarePermissions } from './welfare.access';
import type { RequestContext } from '../../core/context';
import { CrudResolver } from '../../core/crud';
import { jobPlacementResource, subsidyPaymentResource, welfarePostResource } from './welfare.resource';
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
import { invalid, notFound } from '../../core/errors';
import {
  CreateJobPlacementInput,
  CreateWelfarePostInput,
  JobPlacementFilter,
  JobPlacementSortField,
  JobPlacementTransitionInput,
  SubsidyAssessmentInput,
  SubsidyPaymentFilter,
  SubsidyPaymentSortField,
  SubsidyPaymentTransitionInput,
  UpdateJobPlacementInput,
  UpdateWelfarePostInput,
  WelfarePostTransitionInput,
} from './welfare.inputs';
import { JobPlacementAction, SubsidyPaymentAction, WelfarePostAction } from './welfare.enums';
import { SubsidyPayrollResult, WelfareRollup } from './welfare.outputs';
import { filledPlaces } from './welfare.loaders';
import { generateSubsidyPayroll, jobPlacementService, recordSubsidyAssessment, welfarePostService, welfareRollup } from './welfare.service';
import { publicityNotice, PublicityNotice } from '../../core/publicity';
import { jobPlacementWorkflow, subsidyPaymentWorkflow, welfarePostWorkflow } from './welfare.workflow';

const PlacementConnection = Connection(JobPlacement, 'JobPlacement');
const PlacementArgs = ListArgsType(JobPlacementFilter, OrderInput(JobPlacementSortField, 'JobPlacement'), 'JobPlacement');
const PaymentConnection = Connection(SubsidyPayment, 'SubsidyPayment');
const PaymentArgs = ListArgsType(SubsidyPaymentFilter, OrderInput(SubsidyPaymentSortField, 'SubsidyPayment'), 'SubsidyPayment');

/* ---------- posts ---------- */

@Resolver(() => WelfarePost)
export class WelfarePostResolver extends CrudResolver(welfarePostResource, {
  service: welfarePostService,
  createInput: CreateWelfarePostInput,
  updateInput: UpdateWelfarePostInput,
}) {
  @FieldResolver(() => Region, { nullable: true, description: '所在村 (village of the post)' })
  village(@Root() post: WelfarePost, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Awaitable<Region | null> {
    return loadById(ctx, Region, post.villageCode, info);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: '开发单位 (developing organization: who develops the post manages it)',
  })
  developingOrganization(
    @Root() post: WelfarePost,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Awaitable<Organization | null> {
    return loadById(ctx, Organization, post.developingOrganizationId, info);
  }

  @FieldResolver(() => PlacementConnection, { description: '聘任 (placements on this post: applications and tenures)' })
  placements(
    @Root() post: WelfarePost,
    @Args(() => PlacementArgs) args: ListArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<JobPlacement>> {
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
  readPermission: welfarePermissions.read,
}) {}

/* ---------- placements ---------- */

@Resolver(() => JobPlacement)
export class JobPlacementResolver extends CrudResolver(jobPlacementResource, {
  service: jobPlacementService,
  createInput: CreateJobPlacementInput,
  updateInput: UpdateJobPlacementInput,
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
  subsidyPayments(
    @Root() placement: JobPlacement,
    @Args(() => PaymentArgs) args: ListArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<SubsidyPayment>> {
    return childConnection(ctx, SubsidyPayment, 'placementId', placement.id, args, info);
  }

  @Allow(welfarePermissions.read)
  @Query(() => PublicityNotice, {
    description:
      '公示名单（旧名）Exactly what publicityList(workflow: "JobPlacement") returns for the village of the post, or the village: only records in running publicity, name, gender, village, post and reason — never ID number, phone, bank account or health information (a priority category such as disability is not shown).',
    deprecationReason: 'Use publicityList(workflow: "JobPlacement", regionCode: …), which this now answers.',
  })
  async welfarePublicityList(
    @Arg('postId', () => ID, { nullable: true, description: '岗位 id (post: the list of its village)' }) postId: string | null,
    @Arg('villageCode', () => String, { nullable: true, description: '村代码 (village code)' }) villageCode: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PublicityNotice> {
    if (!postId && !villageCode) throw invalid('postId', 'required', '请指定岗位或村 (give a post or a village)');
    let regionCode = villageCode;
    if (postId) {
      const post = await loadById(ctx, WelfarePost, postId);
      if (!post) throw notFound('WelfarePost', postId);
      regionCode = post.villageCode;
    }
    return publicityNotice(ctx, { workflow: jobPlacementWorkflow.name, regionCode });
  }

  @Allow(welfarePermissions.read)
  @Query(() => WelfareRollup, {
    description:
      '公益性岗位汇总 Rollup of posts, places, placements and subsidies for a region (any level) and a year or month, computed in the database.',
  })
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
  readPermission: welfarePermissions.read,
}) {}

/* ---------- subsidy payments ---------- */

@Resolver(() => SubsidyPayment)
export class SubsidyPaymentResolver extends CrudResolver(subsidyPaymentResource, { archivable: false }) {
  @FieldResolver(() => JobPlacement, { nullable: true, description: '聘任 (the placement paid)' })
  placement(@Root() payment: SubsidyPayment, @Ctx() ctx: RequestContext): Awaitable<JobPlacement | null> {
    return loadById(ctx, JobPlacement, payment.placementId);
  }

  @Allow(welfarePermissions.payroll)
  @Mutation(() => SubsidyPayrollResult, {
    description:
      '生成月度补贴 Generate the monthly payroll of a county for a month that has ended: one CALCULATED payment per placement on post during the month. Amount: 0 for a FAIL assessment; monthly subsidy × attendance days ÷ working days when attendance is given; otherwise monthly subsidy × days on post ÷ days in month; rounded half up to the fen. Idempotent: existing payments are never changed.',
  })
  generateSubsidyPayroll(
    @Arg('countyCode', () => String, { description: '县代码 (6-digit county code)' }) countyCode: string,
    @Arg('month', () => YearMonthScalar, { description: '月份 (month, YYYY-MM; ended: not the running month nor a future one)' })
    month: string,
    @Arg('assessments', () => [SubsidyAssessmentInput], {
      nullable: true,
      description: '考核 (attendance and assessment for placements getting a new payment)',
    })
    assessments: SubsidyAssessmentInput[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<SubsidyPayrollResult> {
    return generateSubsidyPayroll(ctx, countyCode, month, assessments ?? []);
  }

  @Allow(welfarePermissions.assess)
  @Mutation(() => SubsidyPayment, {
    description:
      '录入考核 Record attendance and the PASS/FAIL assessment of a CALCULATED payment and recalculate its amount (FAIL withholds it; attendance prorates it); two FAIL months in a row flag the placement for exit.',
  })
  recordSubsidyAssessment(
    @Arg('id', () => ID, { description: '补贴 id (payment)' }) id: string,
    @Arg('assessment', () => Assessment, { description: '考核结果 (assessment)' }) assessment: Assessment,
    @Arg('attendanceDays', () => Int, {
      nullable: true,
      description: '出勤天数 (attendance days, at most the days on post and the working days; omitted keeps the recorded value)',
    })
    attendanceDays: number | null,
    @Arg('expectedVersion', () => Int, { description: 'The `version` you read; a stale one is refused with CONFLICT.' })
    expectedVersion: number,
    @Arg('workingDays', () => Int, {
      nullable: true,
      description:
        '应出勤天数 (working days the post required this month, 1 to the days in the month; omitted keeps the recorded value, default the calendar days)',
    })
    workingDays: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<SubsidyPayment> {
    return recordSubsidyAssessment(ctx, id, assessment, attendanceDays ?? undefined, expectedVersion, workingDays ?? undefined);
  }
}

@Resolver(() => SubsidyPayment)
export class SubsidyPaymentWorkflowResolver extends WorkflowResolver({
  def: subsidyPaymentWorkflow,
  objectType: SubsidyPayment,
  actionEnum: SubsidyPaymentAction,
  payloadInput: SubsidyPaymentTransitionInput,
  readPermission: welfarePermissions.read,
}) {}
