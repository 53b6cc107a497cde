import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Allow } from '../../core/access';
import { clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { CrudResolver } from '../../core/crud';
import { Connection, ListArgsType, OrderInput } from '../../core/pagination';
import type { ListArgs } from '../../core/pagination';
import { LocalDateScalar } from '../../core/scalars';
import { childConnection, listConnection, loadById } from '../../core/read';
import { WorkflowResolver } from '../../core/workflow';
import { Organization } from '../organization/organization.entity';
import { Region } from '../region/region.entity';
import { CooperationProject, CooperationProjectAction, Pairing, PairingStatus } from './cooperation.entity';
import {
  AdjustPairingInput,
  CooperationProjectFilter,
  CooperationProjectSortField,
  CooperationProjectTransitionInput,
  CooperationSummary,
  CreateCooperationProjectInput,
  CreatePairingInput,
  PairingFilter,
  PairingRole,
  PairingSortField,
  UpdateCooperationProjectInput,
  UpdatePairingInput,
} from './cooperation.inputs';
import { PartnerScope, adjustPairing, cooperationProjectService, cooperationSummary, createPairing, endPairing, loadChain, updatePairing, whereRegionSide } from './cooperation.service';
import { cooperationProjectWorkflow } from './cooperation.workflow';

const PairingListArgs = ListArgsType(PairingFilter, OrderInput(PairingSortField, 'Pairing'), 'Pairing');
const ProjectListArgs = ListArgsType(CooperationProjectFilter, OrderInput(CooperationProjectSortField, 'CooperationProject'), 'CooperationProject');

/** The generated base classes get the partner-scope middleware too (class middleware is not inherited). */
function withPartnerScope<T extends Function>(base: T): T {
  UseMiddleware(PartnerScope)(base);
  return base;
}

@Resolver(() => Pairing)
@UseMiddleware(PartnerScope)
export class PairingResolver extends withPartnerScope(CrudResolver<Pairing>({
  name: 'Pairing',
  plural: 'pairings',
  objectType: Pairing,
  entity: Pairing,
  domain: 'cooperation',
  filter: PairingFilter,
  sortFields: PairingSortField,
  service: undefined as never,
  archivable: false,
  description: 'pairing (结对关系)',
})) {
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

  @FieldResolver(() => [Pairing], { description: '调整历史 (the whole adjustment chain this pairing belongs to, oldest first, itself included)' })
  chain(@Root() p: Pairing, @Ctx() ctx: RequestContext) {
    return loadChain(ctx, p.id);
  }

  @FieldResolver(() => Boolean, { description: '当前有效 (active today: ACTIVE, started, and not past its end date)' })
  activeToday(@Root() p: Pairing): boolean {
    const today = clock.today();
    return p.status === PairingStatus.ACTIVE && p.startDate <= today && (!p.endDate || p.endDate > today);
  }

  @FieldResolver(() => Connection(CooperationProject), { description: '协作项目 (cooperation projects under this pairing)' })
  projects(@Root() p: Pairing, @Args(() => ProjectListArgs) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(ctx, CooperationProject, 'pairingId', p.id, args, info);
  }

  @Allow('cooperation.read')
  @Query(() => Connection(Pairing), { description: '区划的结对关系 Pairings in which a region (or a region inside it) is the helper side, the helped side, or either.' })
  pairingsOfRegion(
    @Arg('regionCode', () => String, { description: '区划代码 (region code)' }) regionCode: string,
    @Arg('role', () => PairingRole, { defaultValue: PairingRole.EITHER, description: '角色 (which side; default either)' }) role: PairingRole,
    @Args(() => PairingListArgs) args: ListArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listConnection(ctx, Pairing, args, info, { where: (qb) => whereRegionSide(qb, regionCode, role) });
  }

  @Allow('cooperation.read')
  @Query(() => Connection(Pairing), { description: '结对网络 The active pairing network of a province: ACTIVE pairings with the province on either side.' })
  provincePairingNetwork(
    @Arg('provinceCode', () => String, { description: '省级区划代码 (2-digit province code)' }) provinceCode: string,
    @Args(() => PairingListArgs) args: ListArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listConnection(ctx, Pairing, args, info, {
      where: (qb) => {
        qb.where('t.status', PairingStatus.ACTIVE);
        whereRegionSide(qb, provinceCode, 'EITHER');
      },
    });
  }

  @Allow('cooperation.pair')
  @Mutation(() => Pairing, { description: '新建结对 Create a pairing. Two active pairings of the same kind between the same sides are refused (CONFLICT PAIRING_OVERLAP).' })
  createPairing(@Arg('input', () => CreatePairingInput, { description: '结对信息 (the new pairing)' }) input: CreatePairingInput, @Ctx() ctx: RequestContext) {
    return createPairing(ctx, input);
  }

  @Allow('cooperation.pair')
  @Mutation(() => Pairing, { description: '修改结对目标 Change a pairing’s annual targets and remark.' })
  updatePairing(
    @Arg('id', () => ID, { description: '结对 id (pairing id)' }) id: string,
    @Arg('input', () => UpdatePairingInput, { description: '修改内容 (targets to change)' }) input: UpdatePairingInput,
    @Arg('expectedVersion', () => Int, { description: '版本号 (the `version` you read; a stale one is refused with CONFLICT)' }) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ) {
    return updatePairing(ctx, id, input, expectedVersion);
  }

  @Allow('cooperation.pair')
  @Mutation(() => Pairing, { description: '调整结对 Adjust a pairing: end it (reason required) and start its successor on the same day, in one transaction. Returns the successor.' })
  adjustPairing(
    @Arg('id', () => ID, { description: '原结对 id (the pairing to adjust; must be ACTIVE)' }) id: string,
    @Arg('input', () => AdjustPairingInput, { description: '后续结对 (the successor; omitted fields are copied)' }) input: AdjustPairingInput,
    @Arg('reason', () => String, { description: '调整原因 (reason; recorded as the predecessor’s end reason)' }) reason: string,
    @Arg('expectedVersion', () => Int, { description: '版本号 (the `version` you read; a stale one is refused with CONFLICT)' }) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ) {
    return adjustPairing(ctx, id, input, reason, expectedVersion);
  }

  @Allow('cooperation.pair')
  @Mutation(() => Pairing, { description: '结束结对 End a pairing (kept, never deleted).' })
  endPairing(
    @Arg('id', () => ID, { description: '结对 id (pairing id)' }) id: string,
    @Arg('reason', () => String, { description: '结束原因 (reason)' }) reason: string,
    @Arg('endDate', () => LocalDateScalar, { description: '结束日期 (end date; after the start date)' }) endDate: string,
    @Arg('expectedVersion', () => Int, { description: '版本号 (the `version` you read; a stale one is refused with CONFLICT)' }) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ) {
    return endPairing(ctx, id, reason, endDate, expectedVersion);
  }
}

@Resolver(() => CooperationProject)
@UseMiddleware(PartnerScope)
export class CooperationProjectResolver extends withPartnerScope(CrudResolver<CooperationProject, CreateCooperationProjectInput, UpdateCooperationProjectInput>({
  name: 'CooperationProject',
  plural: 'cooperationProjects',
  objectType: CooperationProject,
  entity: CooperationProject,
  domain: 'cooperation',
  filter: CooperationProjectFilter,
  sortFields: CooperationProjectSortField,
  service: cooperationProjectService,
  createInput: CreateCooperationProjectInput,
  updateInput: UpdateCooperationProjectInput,
  description: 'cooperation project (协作项目)',
})) {
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

  @Allow('cooperation.read')
  @Query(() => CooperationSummary, { description: '协作年度汇总 One year of cooperation for a pairing (with the pairings under it) or between a helper and/or helped province, within your jurisdiction.' })
  cooperationSummary(
    @Arg('year', () => Int, { description: '年度 (year)' }) year: number,
    @Arg('pairingId', () => ID, { nullable: true, description: '结对关系 id (pairing; its child pairings are included)' }) pairingId: string | null,
    @Arg('helperProvince', () => String, { nullable: true, description: '帮扶方省份代码 (helper province, e.g. 11 北京)' }) helperProvince: string | null,
    @Arg('helpedProvince', () => String, { nullable: true, description: '受帮扶省份代码 (helped province, e.g. 15 内蒙古)' }) helpedProvince: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return cooperationSummary(ctx, year, { pairingId, helperProvince, helpedProvince });
  }
}

@Resolver(() => CooperationProject)
@UseMiddleware(PartnerScope)
export class CooperationProjectWorkflowResolver extends withPartnerScope(WorkflowResolver<CooperationProject>({
  def: cooperationProjectWorkflow,
  objectType: CooperationProject,
  actionEnum: CooperationProjectAction,
  payloadInput: CooperationProjectTransitionInput,
  readPermission: 'cooperation.read',
})) {}
