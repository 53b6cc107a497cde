import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Allow } from '../../core/access';
import { cooperationPermissions } from './cooperation.access';
import { clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { CrudResolver } from '../../core/crud';
import { cooperationProjectResource, pairingResource } from './cooperation.resource';
import { Connection, ListArgsType, OrderInput } from '../../core/pagination';
import type { ListArgs } from '../../core/pagination';
import { LocalDateScalar } from '../../core/scalars';
import { childConnection, listConnection, loadById } from '../../core/read';
import { WorkflowResolver } from '../../core/workflow';
import { Organization } from '../organization/organization.entity';
import { Region } from '../region/region.entity';
import { CooperationProject, Pairing, PairingStatus } from './cooperation.entity';
import {
  AdjustPairingInput,
  CooperationProjectFilter,
  CooperationProjectSortField,
  CooperationProjectTransitionInput,
  CreateCooperationProjectInput,
  CreatePairingInput,
  PairingFilter,
  PairingSortField,
  UpdateCooperationProjectInput,
  UpdatePairingInput,
} from './cooperation.inputs';
import { CooperationProjectAction, PairingRole } from './cooperation.enums';
import { CooperationSummary } from './cooperation.outputs';
import {
  PartnerScope,
  adjustPairing,
  pairingActiveOn,
  cooperationProjectService,
  cooperationSummary,
  createPairing,
  endPairing,
  loadChain,
  updatePairing,
  whereRegionSide,
} from './cooperation.service';
import { cooperationProjectWorkflow } from './cooperation.workflow';

const PairingListArgs = ListArgsType(PairingFilter, OrderInput(PairingSortField, 'Pairing'), 'Pairing');
const ProjectListArgs = ListArgsType(
  CooperationProjectFilter,
  OrderInput(CooperationProjectSortField, 'CooperationProject'),
  'CooperationProject',
);

/** The generated base classes get the partner-scope middleware too (class middleware is not inherited). */
function withPartnerScope<T extends Function>(base: T): T {
  UseMiddleware(PartnerScope)(base);
  return base;
}

@Resolver(() => Pairing)
@UseMiddleware(PartnerScope)
export class PairingResolver extends withPartnerScope(CrudResolver(pairingResource, { archivable: false })) {
  @FieldResolver(() => Region, { nullable: true, description: '帮扶方区划 (helper region)' })
  helperRegion(@Root() p: Pairing, @Ctx() ctx: RequestContext) {
    return loadById(ctx, Region, p.helperRegionCode);
  }

  @FieldResolver(() => Organization, { nullable: true, description: '帮扶方单位 (helper organization)' })
  helperOrganization(@Root() p: Pairing, @Ctx() ctx: RequestContext) {
    return loadById(ctx, Organization, p.helperOrganizationId);
  }

  @FieldResolver(() => Region, { nullable: true, description: '受帮扶区划 (helped region)' })
  helpedRegion(@Root() p: Pairing, @Ctx() ctx: RequestContext) {
    return loadById(ctx, Region, p.helpedRegionCode);
  }

  @FieldResolver(() => Organization, { nullable: true, description: '受帮扶单位 (helped organization, e.g. a school or hospital)' })
  helpedOrganization(@Root() p: Pairing, @Ctx() ctx: RequestContext) {
    return loadById(ctx, Organization, p.helpedOrganizationId);
  }

  @FieldResolver(() => Pairing, { nullable: true, description: '上级结对 (parent pairing, e.g. the province-level agreement)' })
  parent(@Root() p: Pairing, @Ctx() ctx: RequestContext) {
    return loadById(ctx, Pairing, p.parentId);
  }

  @FieldResolver(() => Connection(Pairing), { description: '下级结对 (pairings under this one)' })
  children(@Root() p: Pairing, @Args(() => PairingListArgs) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(ctx, Pairing, 'parentId', p.id, args, info);
  }

  @FieldResolver(() => Pairing, { nullable: true, description: '前序结对 (predecessor: the pairing this one replaced)' })
  predecessor(@Root() p: Pairing, @Ctx() ctx: RequestContext) {
    return loadById(ctx, Pairing, p.predecessorId);
  }

  @FieldResolver(() => Pairing, { nullable: true, description: '后续结对 (successor: the pairing that replaced this one)' })
  successor(@Root() p: Pairing, @Ctx() ctx: RequestContext) {
    return loadById(ctx, Pairing, p.successorId);
  }

  @FieldResolver(() => [Pairing], {
    description: '调整历史 (the whole adjustment chain this pairing belongs to, oldest first, itself included)',
  })
  chain(@Root() p: Pairing, @Ctx() ctx: RequestContext) {
    return loadChain(ctx, p.id);
  }

  @FieldResolver(() => Boolean, { description: '当前有效 (in force today: started, and its end date not yet reached)' })
  activeToday(@Root() p: Pairing): boolean {
    return pairingActiveOn(p, clock.today());
  }

  @FieldResolver(() => Connection(CooperationProject), { description: '协作项目 (cooperation projects under this pairing)' })
  projects(@Root() p: Pairing, @Args(() => ProjectListArgs) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(ctx, CooperationProject, 'pairingId', p.id, args, info);
  }

  @Allow(cooperationPermissions.read)
  @Query(() => Connection(Pairing), {
    description: '区划的结对关系 Pairings in which a region (or a region inside it) is the helper side, the helped side, or either.',
  })
  pairingsOfRegion(
    @Arg('regionCode', () => String, { description: '区划代码 (region code)' }) regionCode: string,
    @Arg('role', () => PairingRole, { defaultValue: PairingRole.EITHER, description: '角色 (which side; default either)' })
    role: PairingRole,
    @Args(() => PairingListArgs) args: ListArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listConnection(ctx, Pairing, args, info, { where: (qb) => whereRegionSide(qb, regionCode, role) });
  }

  @Allow(cooperationPermissions.read)
  @Query(() => Connection(Pairing), {
    description:
      '结对网络 The pairing network of a province in force today: pairings started and not yet at their end date, with the province on either side.',
  })
  provincePairingNetwork(
    @Arg('provinceCode', () => String, { description: '省级区划代码 (2-digit province code)' }) provinceCode: string,
    @Args(() => PairingListArgs) args: ListArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listConnection(ctx, Pairing, args, info, {
      where: (qb) => {
        const today = clock.today();
        qb.where('t.status', PairingStatus.ACTIVE)
          .where('t.start_date', '<=', today)
          .where((w) => w.whereNull('t.end_date').orWhere('t.end_date', '>', today));
        whereRegionSide(qb, provinceCode, 'EITHER');
      },
    });
  }

  @Allow(cooperationPermissions.pair)
  @Mutation(() => Pairing, {
    description:
      '新建结对 Create a pairing with a start and an optional end date. A period overlapping another pairing of the same kind between the same helper and helped sides (with or without a helper organization) is refused (CONFLICT PAIRING_OVERLAP); the kind fixes which region levels may pair (BAD_USER_INPUT kindLevel).',
  })
  createPairing(
    @Arg('input', () => CreatePairingInput, { description: '结对信息 (the new pairing)' }) input: CreatePairingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return createPairing(ctx, input);
  }

  @Allow(cooperationPermissions.pair)
  @Mutation(() => Pairing, { description: '修改结对目标 Change a pairing’s annual targets and remark.' })
  updatePairing(
    @Arg('id', () => ID, { description: '结对 id (pairing id)' }) id: string,
    @Arg('input', () => UpdatePairingInput, { description: '修改内容 (targets to change)' }) input: UpdatePairingInput,
    @Arg('expectedVersion', () => Int, { description: '版本号 (the `version` you read; a stale one is refused with CONFLICT)' })
    expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ) {
    return updatePairing(ctx, id, input, expectedVersion);
  }

  @Allow(cooperationPermissions.pair)
  @Mutation(() => Pairing, {
    description:
      '调整结对 Adjust a pairing: end it (reason required) and start its successor on the same day, in one transaction. Returns the successor.',
  })
  adjustPairing(
    @Arg('id', () => ID, { description: '原结对 id (the pairing to adjust; must be ACTIVE)' }) id: string,
    @Arg('input', () => AdjustPairingInput, { description: '后续结对 (the successor; omitted fields are copied)' })
    input: AdjustPairingInput,
    @Arg('reason', () => String, { description: '调整原因 (reason; recorded as the predecessor’s end reason)' }) reason: string,
    @Arg('expectedVersion', () => Int, { description: '版本号 (the `version` you read; a stale one is refused with CONFLICT)' })
    expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ) {
    return adjustPairing(ctx, id, input, reason, expectedVersion);
  }

  @Allow(cooperationPermissions.pair)
  @Mutation(() => Pairing, {
    description:
      '结束结对 End a pairing on a date, today or later (kept, never deleted). Partners keep seeing the paired area until that date; the status turns ENDED on it.',
  })
  endPairing(
    @Arg('id', () => ID, { description: '结对 id (pairing id)' }) id: string,
    @Arg('reason', () => String, { description: '结束原因 (reason)' }) reason: string,
    @Arg('endDate', () => LocalDateScalar, {
      description: '结束日期 (end date: the first day no longer in force; after the start date, and today or later)',
    })
    endDate: string,
    @Arg('expectedVersion', () => Int, { description: '版本号 (the `version` you read; a stale one is refused with CONFLICT)' })
    expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ) {
    return endPairing(ctx, id, reason, endDate, expectedVersion);
  }
}

@Resolver(() => CooperationProject)
@UseMiddleware(PartnerScope)
export class CooperationProjectResolver extends withPartnerScope(
  CrudResolver(cooperationProjectResource, {
    service: cooperationProjectService,
    createInput: CreateCooperationProjectInput,
    updateInput: UpdateCooperationProjectInput,
  }),
) {
  @FieldResolver(() => Pairing, { nullable: true, description: '结对关系 (pairing)' })
  pairing(@Root() p: CooperationProject, @Ctx() ctx: RequestContext) {
    return loadById(ctx, Pairing, p.pairingId);
  }

  @FieldResolver(() => Region, { nullable: true, description: '所在县 (county)' })
  county(@Root() p: CooperationProject, @Ctx() ctx: RequestContext) {
    return loadById(ctx, Region, p.countyCode);
  }

  @FieldResolver(() => Int, { description: '受益人口 (people benefiting: poverty-exited + monitored)' })
  peopleBenefiting(@Root() p: CooperationProject): number {
    return p.peopleBenefitingPovertyExited + p.peopleBenefitingMonitored;
  }

  @Allow(cooperationPermissions.read)
  @Query(() => CooperationSummary, {
    description:
      '协作年度汇总 One year of cooperation for a pairing (with the pairings under it) or between a helper and/or helped province, within your jurisdiction.',
  })
  cooperationSummary(
    @Arg('year', () => Int, { description: '年度 (year)' }) year: number,
    @Arg('pairingId', () => ID, { nullable: true, description: '结对关系 id (pairing; its child pairings are included)' })
    pairingId: string | null,
    @Arg('helperProvince', () => String, { nullable: true, description: '帮扶方省份代码 (helper province, e.g. 11 北京)' })
    helperProvince: string | null,
    @Arg('helpedProvince', () => String, { nullable: true, description: '受帮扶省份代码 (helped province, e.g. 15 内蒙古)' })
    helpedProvince: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return cooperationSummary(ctx, year, { pairingId, helperProvince, helpedProvince });
  }
}

@Resolver(() => CooperationProject)
@UseMiddleware(PartnerScope)
export class CooperationProjectWorkflowResolver extends withPartnerScope(
  WorkflowResolver<CooperationProject>({
    def: cooperationProjectWorkflow,
    objectType: CooperationProject,
    actionEnum: CooperationProjectAction,
    payloadInput: CooperationProjectTransitionInput,
    readPermission: cooperationPermissions.read,
  }),
) {}
