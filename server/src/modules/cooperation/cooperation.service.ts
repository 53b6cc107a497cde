import type { SqlEntityManager } from '@mikro-orm/knex';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import type { MiddlewareFn } from 'type-graphql';
import { inJurisdiction, requirePermission, visiblePrefixes } from '../../core/access';
import type { Actor } from '../../core/access';
import { audit } from '../../core/audit';
import { clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { CrudService, assertWritableRegion, assignDefined, diff, inTransaction, loadForWrite, snapshot } from '../../core/crud';
import { runQuery } from '../../core/db';
import { Problems, conflict, invalid } from '../../core/errors';
import { escapeLike, whereLike } from '../../core/filters';
import { applyScope, knexOf } from '../../core/read';
import { defineResource, resource, rowToObject } from '../../core/resource';
import type { ResolvedResource } from '../../core/resource';
import { Organization } from '../organization/organization.entity';
import { Region, RegionLevel } from '../region/region.entity';
import { requireRegion } from '../region/region.service';
import { ProductSale } from '../consumption/consumption.entity';
import { CooperationProject, CooperationProjectStatus, Pairing, PairingKind, PairingStatus } from './cooperation.entity';
import type { AdjustPairingInput, CooperationSummary, CreateCooperationProjectInput, CreatePairingInput, UpdateCooperationProjectInput, UpdatePairingInput } from './cooperation.inputs';

export const pairingResource = defineResource({
  name: 'Pairing',
  entity: Pairing,
  domain: 'cooperation',
  regionProperty: 'regionCode',
  hidden: ['sideKey'],
  defaultOrder: [{ field: 'startDate' }],
});

export const cooperationProjectResource = defineResource({
  name: 'CooperationProject',
  entity: CooperationProject,
  domain: 'cooperation',
  regionProperty: 'regionCode',
  defaultOrder: [{ field: 'createdAt' }],
});

// ---------------------------------------------------------------- pairings

interface Sides {
  kind: PairingKind;
  helperRegionCode: string | null;
  helperOrganizationId: string | null;
  helpedRegionCode: string | null;
  helpedOrganizationId: string | null;
  parentId: string | null;
}

const HELPED_LEVELS = [RegionLevel.PROVINCE, RegionLevel.CITY, RegionLevel.COUNTY, RegionLevel.VILLAGE];

function sideKeyOf(s: Sides): string {
  return [s.kind, s.helperRegionCode ?? '', s.helperOrganizationId ?? '', s.helpedRegionCode ?? '', s.helpedOrganizationId ?? ''].join('|');
}

function checkMoney(problems: Problems, prefix: string, field: string, value: number | null | undefined): void {
  if (value !== undefined && value !== null && value < 0) problems.add(`${prefix}${field}`, 'min', `${field} 不能为负数 (must not be negative)`);
}

/** Validates both sides and the parent; returns the jurisdiction region code (helped side). */
async function checkSides(ctx: RequestContext, em: SqlEntityManager, s: Sides, prefix: string): Promise<string> {
  const problems = new Problems();
  if (!s.helperRegionCode && !s.helperOrganizationId) problems.add(`${prefix}helperRegionCode`, 'required', '须填写帮扶方区划或帮扶单位 (give a helper region and/or organization)');
  if (!s.helpedRegionCode && !s.helpedOrganizationId) problems.add(`${prefix}helpedRegionCode`, 'required', '须填写受帮扶区划或受帮扶单位 (give a helped region and/or organization)');
  problems.throwIfAny();
  if (s.helperRegionCode) await requireRegion(em, `${prefix}helperRegionCode`, s.helperRegionCode);
  let helpedRegion: Region | null = null;
  if (s.helpedRegionCode) helpedRegion = await requireRegion(em, `${prefix}helpedRegionCode`, s.helpedRegionCode, HELPED_LEVELS);
  let helpedOrg: Organization | null = null;
  for (const field of ['helperOrganizationId', 'helpedOrganizationId'] as const) {
    const id = s[field];
    if (!id) continue;
    const org = await em.findOne(Organization, { id, archivedAt: null });
    if (!org) throw invalid(`${prefix}${field}`, 'exists', `单位 ${id} 不存在 (no such organization)`);
    if (field === 'helpedOrganizationId') helpedOrg = org;
  }
  if (s.helperRegionCode && s.helperRegionCode === s.helpedRegionCode && (s.helperOrganizationId ?? null) === (s.helpedOrganizationId ?? null)) {
    throw invalid(`${prefix}helpedRegionCode`, 'distinctSides', '帮扶方与受帮扶方不能相同 (helper and helped sides must differ)');
  }
  const regionCode = helpedRegion?.code ?? helpedOrg!.regionCode;
  if (s.parentId) {
    const parent = await em.findOne(Pairing, { id: s.parentId });
    if (!parent || !inJurisdiction(ctx.actor!, parent.regionCode, 'cooperation')) throw invalid(`${prefix}parentId`, 'exists', `上级结对 ${s.parentId} 不存在 (no such parent pairing)`);
    if (parent.helpedRegionCode && !regionCode.startsWith(parent.helpedRegionCode)) {
      throw invalid(`${prefix}helpedRegionCode`, 'withinParent', `受帮扶区划须在上级结对的受帮扶区划 ${parent.helpedRegionCode} 之内 (the helped side must lie inside the parent pairing’s helped region)`);
    }
  }
  return regionCode;
}

async function refuseOverlap(em: SqlEntityManager, sideKey: string, selfId?: string): Promise<void> {
  const other = await em.findOne(Pairing, { sideKey, status: PairingStatus.ACTIVE, ...(selfId ? { id: { $ne: selfId } } : {}) });
  if (other) {
    throw conflict('PAIRING_OVERLAP', `同类型、同双方的有效结对已存在 (${other.id})，请调整或结束原结对 (an active pairing of this kind between these sides already exists; adjust or end it)`, { existingId: other.id });
  }
}

function overlapFromDatabase(error: unknown): never {
  if (error instanceof UniqueConstraintViolationException) {
    throw conflict('PAIRING_OVERLAP', '同类型、同双方的有效结对已存在 (an active pairing of this kind between these sides already exists)');
  }
  throw error;
}

function applyTargets(p: Pairing, input: UpdatePairingInput, prefix: string): void {
  const problems = new Problems();
  checkMoney(problems, prefix, 'targetFunds', input.targetFunds);
  checkMoney(problems, prefix, 'targetPurchases', input.targetPurchases);
  problems.throwIfAny();
  assignDefined(p, {
    targetFunds: input.targetFunds,
    targetLabourTransfers: input.targetLabourTransfers,
    targetPurchases: input.targetPurchases,
    remark: input.remark === undefined ? undefined : input.remark?.trim() || null,
  });
}

function requireReason(reason: string | null | undefined): string {
  const text = reason?.trim();
  if (!text) throw invalid('reason', 'required', '须填写原因 (a reason is required)');
  return text;
}

export async function createPairing(ctx: RequestContext, input: CreatePairingInput): Promise<Pairing> {
  const actor = requirePermission(ctx.actor, 'cooperation.pair');
  const res = resource(Pairing) as ResolvedResource;
  try {
    return await inTransaction(ctx, async (em) => {
      const sides: Sides = {
        kind: input.kind,
        helperRegionCode: input.helperRegionCode ?? null,
        helperOrganizationId: input.helperOrganizationId ?? null,
        helpedRegionCode: input.helpedRegionCode ?? null,
        helpedOrganizationId: input.helpedOrganizationId ?? null,
        parentId: input.parentId ?? null,
      };
      const p = new Pairing();
      Object.assign(p, sides);
      p.regionCode = await checkSides(ctx, em, sides, 'input.');
      p.sideKey = sideKeyOf(sides);
      p.startDate = input.startDate;
      applyTargets(p, input, 'input.');
      assertWritableRegion(actor, res, p);
      await refuseOverlap(em, p.sideKey);
      em.persist(p);
      audit(em, ctx, { entity: 'Pairing', entityId: p.id, action: 'create', changes: diff(res, {}, snapshot(res, p)) });
      await em.flush();
      return p;
    });
  } catch (e) {
    return overlapFromDatabase(e);
  }
}

export async function updatePairing(ctx: RequestContext, id: string, input: UpdatePairingInput, expectedVersion: number): Promise<Pairing> {
  requirePermission(ctx.actor, 'cooperation.pair');
  const res = resource(Pairing) as ResolvedResource;
  return inTransaction(ctx, async (em) => {
    const p = await loadForWrite(ctx, em, Pairing, id, expectedVersion);
    const before = snapshot(res, p);
    applyTargets(p, input, 'input.');
    const changes = diff(res, before, snapshot(res, p));
    if (Object.keys(changes).length) {
      audit(em, ctx, { entity: 'Pairing', entityId: id, action: 'update', changes });
      await em.flush();
    }
    return p;
  });
}

function endInPlace(ctx: RequestContext, em: SqlEntityManager, p: Pairing, endDate: string, reason: string, field: string, action: string): void {
  const res = resource(Pairing) as ResolvedResource;
  if (p.status !== PairingStatus.ACTIVE) throw conflict('PAIRING_ENDED', `结对 ${p.id} 已结束 (the pairing has already ended)`);
  if (endDate <= p.startDate) throw invalid(field, 'afterStart', `结束日期须晚于开始日期 ${p.startDate} (the end must be after the start)`);
  const before = snapshot(res, p);
  p.status = PairingStatus.ENDED;
  p.endDate = endDate;
  p.endReason = reason;
  audit(em, ctx, { entity: 'Pairing', entityId: p.id, action, changes: diff(res, before, snapshot(res, p)), detail: reason });
}

/** Ends a pairing (nothing is deleted). */
export async function endPairing(ctx: RequestContext, id: string, reason: string, endDate: string, expectedVersion: number): Promise<Pairing> {
  requirePermission(ctx.actor, 'cooperation.pair');
  const text = requireReason(reason);
  return inTransaction(ctx, async (em) => {
    const p = await loadForWrite(ctx, em, Pairing, id, expectedVersion, true);
    endInPlace(ctx, em, p, endDate, text, 'endDate', 'end');
    await em.flush();
    return p;
  });
}

/**
 * Ends a pairing and starts its successor in one transaction: the successor starts on the day the
 * predecessor ends; sides, parent and targets not given are copied.
 */
export async function adjustPairing(ctx: RequestContext, id: string, input: AdjustPairingInput, reason: string, expectedVersion: number): Promise<Pairing> {
  const actor = requirePermission(ctx.actor, 'cooperation.pair');
  const text = requireReason(reason);
  const res = resource(Pairing) as ResolvedResource;
  try {
    return await inTransaction(ctx, async (em) => {
      const old = await loadForWrite(ctx, em, Pairing, id, expectedVersion, true);
      const startDate = input.startDate ?? clock.today();
      endInPlace(ctx, em, old, startDate, text, 'input.startDate', 'adjust');
      await em.flush();

      const pick = <K extends keyof Sides>(k: K): Sides[K] => (input[k as keyof AdjustPairingInput] === undefined ? old[k as keyof Pairing] ?? null : input[k as keyof AdjustPairingInput] ?? null) as Sides[K];
      const sides: Sides = {
        kind: input.kind ?? old.kind,
        helperRegionCode: pick('helperRegionCode'),
        helperOrganizationId: pick('helperOrganizationId'),
        helpedRegionCode: pick('helpedRegionCode'),
        helpedOrganizationId: pick('helpedOrganizationId'),
        parentId: pick('parentId'),
      };
      const next = new Pairing();
      Object.assign(next, sides);
      next.regionCode = await checkSides(ctx, em, sides, 'input.');
      next.sideKey = sideKeyOf(sides);
      next.startDate = startDate;
      next.predecessorId = old.id;
      next.targetFunds = old.targetFunds ?? null;
      next.targetLabourTransfers = old.targetLabourTransfers ?? null;
      next.targetPurchases = old.targetPurchases ?? null;
      next.remark = old.remark ?? null;
      applyTargets(next, input, 'input.');
      assertWritableRegion(actor, res, next);
      await refuseOverlap(em, next.sideKey);
      em.persist(next);
      audit(em, ctx, { entity: 'Pairing', entityId: next.id, action: 'create', changes: diff(res, {}, snapshot(res, next)), detail: `successor of ${old.id}: ${text}` });
      await em.flush();
      old.successorId = next.id;
      await em.flush();
      return next;
    });
  } catch (e) {
    return overlapFromDatabase(e);
  }
}

/**
 * Each pairing's whole adjustment chain, oldest first, for many pairings in one recursive statement:
 * walk back to the first predecessor, then forward through successors.
 */
export function loadChain(ctx: RequestContext, id: string): Promise<Pairing[]> {
  const res = resource(Pairing) as ResolvedResource;
  const loader = ctx.loaders.get('pairing:chain', () => new DataLoader<string, Pairing[]>(async (ids) => {
    const cols = res.columns.map((c) => `t.${c.column} as "${c.prop}"`).join(', ');
    const prefixes = ctx.actor ? visiblePrefixes(ctx.actor, 'cooperation') : [];
    const scope = prefixes === null ? '' : prefixes.length ? `where (${prefixes.map(() => 't.region_code like ?').join(' or ')})` : 'where 1 = 0';
    const sql = `with recursive back(origin, id, pred) as (
        select p.id, p.id, p.predecessor_id from pairing p where p.id in (${ids.map(() => '?').join(', ')})
        union all
        select b.origin, p.id, p.predecessor_id from pairing p join back b on p.id = b.pred
      ),
      fwd(origin, id, depth) as (
        select origin, id, 0 from back where pred is null
        union all
        select f.origin, p.id, f.depth + 1 from pairing p join fwd f on p.predecessor_id = f.id
      )
      select f.origin as "__origin", f.depth as "__depth", ${cols} from fwd f join pairing t on t.id = f.id ${scope}
      order by f.origin, f.depth`;
    const rows = await runQuery(ctx.em, knexOf(ctx).raw(sql, [...ids, ...(prefixes ?? []).map((p) => `${p}%`)]));
    const grouped = new Map<string, Pairing[]>();
    for (const row of rows) {
      const list = grouped.get(String(row.__origin)) ?? [];
      list.push(rowToObject(res, row) as Pairing);
      grouped.set(String(row.__origin), list);
    }
    return ids.map((i) => grouped.get(i) ?? []);
  }));
  return loader.load(id);
}

/**
 * Adds "the region (or a region inside it) is on this side" to a pairing list. Codes are matched as
 * literal prefixes; a code matching no region simply matches no pairing.
 */
export function whereRegionSide(qb: Knex.QueryBuilder, regionCode: string, role: 'HELPER' | 'HELPED' | 'EITHER'): void {
  const like = `${escapeLike(regionCode)}%`;
  qb.where((w) => {
    if (role !== 'HELPED') w.orWhere((o) => whereLike(o, 't.helper_region_code', like));
    if (role !== 'HELPER') {
      w.orWhere((o) => whereLike(o, 't.helped_region_code', like));
      w.orWhere((o) => whereLike(o, 't.region_code', like));
    }
  });
}

/**
 * Pairing partners (帮扶方): a user whose organization is the helper organization of an active
 * pairing, or whose region contains its helper region, also sees the helped area's cooperation
 * records while the pairing is active (ACTIVE, started, not past its end date). The helped regions
 * go into `actor.extraRegions.cooperation`, which the shared read path and `loadForWrite` honour.
 */
export async function withPartnerRegions(em: SqlEntityManager, actor: Actor): Promise<Actor> {
  if (actor.kind !== 'user' || actor.regionCode === null) return actor;
  const today = clock.today();
  const qb = em.getKnex()('pairing as t')
    .distinct('t.region_code as code')
    .where('t.status', PairingStatus.ACTIVE)
    .whereNull('t.archived_at')
    .where('t.start_date', '<=', today)
    .where((w) => w.whereNull('t.end_date').orWhere('t.end_date', '>', today))
    .where((w) => {
      w.where('t.helper_region_code', 'like', `${actor.regionCode}%`);
      if (actor.organizationId) w.orWhere('t.helper_organization_id', actor.organizationId);
    });
  const rows = await runQuery<{ code: string }>(em, qb);
  const extra = rows.map((r) => r.code).filter((c) => !c.startsWith(actor.regionCode!));
  if (!extra.length) return actor;
  return { ...actor, extraRegions: { ...(actor.extraRegions ?? {}), cooperation: [...new Set([...(actor.extraRegions?.cooperation ?? []), ...extra])] } };
}

const partnerLookups = new WeakMap<RequestContext, Promise<void>>();

/**
 * Adds the partner regions to the request's actor once, and only in requests that touch the
 * cooperation domain (one statement), so no other domain's request pays for it.
 */
export function ensurePartnerRegions(ctx: RequestContext): Promise<void> {
  let pending = partnerLookups.get(ctx);
  if (!pending) {
    pending = (async () => {
      if (ctx.actor) ctx.actor = await withPartnerRegions(ctx.em, ctx.actor);
    })();
    partnerLookups.set(ctx, pending);
  }
  return pending;
}

/** Class middleware for every cooperation resolver (queries, mutations and fields). */
export const PartnerScope: MiddlewareFn<RequestContext> = async ({ context }, next) => {
  await ensurePartnerRegions(context);
  return next();
};

// ---------------------------------------------------------------- projects

const CLOSED = [CooperationProjectStatus.ACCEPTED, CooperationProjectStatus.CANCELLED];

function checkProjectNumbers(p: CooperationProject): void {
  const problems = new Problems();
  for (const f of ['plannedFunds', 'fundsInPlace', 'fundsDisbursed', 'investmentAttracted'] as const) checkMoney(problems, 'input.', f, p[f]);
  if (p.fundsInPlace > p.plannedFunds) problems.add('input.fundsInPlace', 'maxPlanned', `到位资金 ${p.fundsInPlace / 100} 元不能超过计划资金 ${p.plannedFunds / 100} 元 (funds in place must not exceed planned funds)`);
  if (p.fundsDisbursed > p.fundsInPlace) problems.add('input.fundsDisbursed', 'maxInPlace', `已支出资金 ${p.fundsDisbursed / 100} 元不能超过到位资金 ${p.fundsInPlace / 100} 元 (disbursed funds must not exceed funds in place)`);
  if (p.povertyExitedLabourTransfers > p.labourTransfers) problems.add('input.povertyExitedLabourTransfers', 'maxTotal', '脱贫人口转移就业不能超过转移就业总数 (poverty-exited transfers must not exceed all transfers)');
  problems.throwIfAny();
}

export const cooperationProjectService = new CrudService<CooperationProject, CreateCooperationProjectInput, UpdateCooperationProjectInput>(CooperationProject, {
  async build(ctx, em, input) {
    const pairing = await em.findOne(Pairing, { id: input.pairingId, archivedAt: null });
    if (!pairing || !inJurisdiction(ctx.actor!, pairing.regionCode, 'cooperation')) throw invalid('input.pairingId', 'exists', `结对关系 ${input.pairingId} 不存在 (no such pairing)`);
    if (pairing.status !== PairingStatus.ACTIVE) throw conflict('PAIRING_ENDED', '结对关系已结束，不能新增项目 (the pairing has ended; add the project to its successor)');
    const county = await requireRegion(em, 'input.countyCode', input.countyCode, [RegionLevel.COUNTY]);
    const helped = pairing.helpedRegionCode ?? pairing.regionCode;
    if (!(county.code.startsWith(helped) || helped.startsWith(county.code))) {
      throw invalid('input.countyCode', 'withinPairing', `${county.name}(${county.code}) 不在该结对的受帮扶区划 ${helped} 内 (the county must lie in the pairing’s helped region)`);
    }
    const p = new CooperationProject();
    assignDefined(p, input);
    p.name = input.name.trim();
    p.regionCode = county.code;
    checkProjectNumbers(p);
    return p;
  },
  async apply(_ctx, _em, p, input) {
    if (CLOSED.includes(p.status)) throw conflict('PROJECT_CLOSED', `项目状态为 ${p.status}，不能修改 (accepted or cancelled projects cannot change)`);
    assignDefined(p, { ...input, name: input.name?.trim() });
    checkProjectNumbers(p);
  },
});

// ---------------------------------------------------------------- summary

const IMPLEMENTED = [CooperationProjectStatus.APPROVED, CooperationProjectStatus.IN_PROGRESS, CooperationProjectStatus.COMPLETED, CooperationProjectStatus.ACCEPTED];
const STARTED = [CooperationProjectStatus.IN_PROGRESS, CooperationProjectStatus.COMPLETED, CooperationProjectStatus.ACCEPTED];

function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part * 1000) / whole) / 10 : null;
}

export interface SummaryScope {
  pairingId?: string | null;
  helperProvince?: string | null;
  helpedProvince?: string | null;
}

/**
 * One year of cooperation for a pairing (with the pairings under it) or between provinces, computed
 * by GROUP BY in the database within the caller's jurisdiction.
 */
export async function cooperationSummary(ctx: RequestContext, year: number, scope: SummaryScope): Promise<CooperationSummary> {
  requirePermission(ctx.actor, 'cooperation.read');
  const { pairingId, helperProvince, helpedProvince } = scope;
  if (!pairingId && !helperProvince && !helpedProvince) throw invalid('pairingId', 'required', '须指定结对关系或省份 (give pairingId, helperProvince or helpedProvince)');
  if (pairingId && (helperProvince || helpedProvince)) throw invalid('pairingId', 'exclusive', 'pairingId 与省份条件不能同时使用 (use pairingId or provinces, not both)');
  for (const [field, code] of [['helperProvince', helperProvince], ['helpedProvince', helpedProvince]] as const) {
    if (code && !/^\d{2}$/.test(code)) throw invalid(field, 'provinceCode', `${field} 须为2位省级区划代码 (a 2-digit province code)`);
  }
  const knex = knexOf(ctx);
  let pairingIds: string[] = [];
  if (pairingId) {
    const rows = await runQuery<{ id: string }>(ctx.em, knex.raw(
      `with recursive d(id) as (select id from pairing where id = ? union all select p.id from pairing p join d on p.parent_id = d.id) select id from d`,
      [pairingId],
    ));
    pairingIds = rows.map((r) => r.id);
  }
  const pairingSet = (qb: Knex.QueryBuilder, alias: string) => {
    if (pairingId) qb.whereIn(`${alias}.id`, pairingIds.length ? pairingIds : ['-']);
    if (helperProvince) qb.where(`${alias}.helper_region_code`, 'like', `${helperProvince}%`);
    if (helpedProvince) qb.where(`${alias}.region_code`, 'like', `${helpedProvince}%`);
  };

  const projectRes = resource(CooperationProject) as ResolvedResource;
  const projects = knex('cooperation_project as t')
    .join('pairing as p', 'p.id', 't.pairing_id')
    .where('t.year', year)
    .whereNull('t.archived_at')
    .groupBy('t.status')
    .select('t.status as status')
    .count({ n: '*' })
    .sum({ planned: 't.planned_funds', inPlace: 't.funds_in_place', disbursed: 't.funds_disbursed', enterprises: 't.enterprises_introduced', investment: 't.investment_attracted', jobs: 't.jobs_created', pe: 't.people_benefiting_poverty_exited', mon: 't.people_benefiting_monitored', labour: 't.labour_transfers', peLabour: 't.poverty_exited_labour_transfers' })
    .select(knex.raw('sum(case when t.park_co_built then 1 else 0 end) as parks'));
  pairingSet(projects, 'p');
  if (helpedProvince) projects.where('t.region_code', 'like', `${helpedProvince}%`);
  applyScope(projects, projectRes, ctx);
  const rows = await runQuery<Record<string, string | number | null>>(ctx.em, projects);

  const saleRes = resource(ProductSale) as ResolvedResource;
  const sales = knex('product_sale as t')
    .whereRaw('t.assisted')
    .whereNull('t.archived_at')
    .where('t.month', 'like', `${year}-%`)
    .whereExists(function () {
      const sub = this.select(knex.raw('1')).from('pairing as p').whereNotNull('p.helped_region_code').whereRaw(`t.region_code like (p.helped_region_code || '%')`);
      pairingSet(sub, 'p');
    })
    .sum({ amount: 't.amount' });
  // The total is part of the cooperation summary, so it follows cooperation visibility: a pairing
  // partner sees the sales into its paired area (as a total, never the rows).
  applyScope(sales, { ...saleRes, domain: 'cooperation' }, ctx);
  const [saleRow] = await runQuery<{ amount: string | number | null }>(ctx.em, sales);

  const n = (v: unknown) => Number(v ?? 0);
  const summary: CooperationSummary = {
    year,
    projects: 0,
    byStatus: Object.values(CooperationProjectStatus).map((status) => ({ status, count: 0 })),
    plannedFunds: 0,
    fundsInPlace: 0,
    fundsDisbursed: 0,
    startedProjects: 0,
    startRate: null,
    fundsInPlaceRate: null,
    disbursementRate: null,
    enterprisesIntroduced: 0,
    investmentAttracted: 0,
    parksCoBuilt: 0,
    jobsCreated: 0,
    peopleBenefiting: 0,
    peopleBenefitingPovertyExited: 0,
    peopleBenefitingMonitored: 0,
    labourTransfers: 0,
    povertyExitedLabourTransfers: 0,
    consumptionSales: n(saleRow?.amount),
  };
  for (const row of rows) {
    const status = row.status as CooperationProjectStatus;
    summary.byStatus.find((b) => b.status === status)!.count = n(row.n);
    if (!IMPLEMENTED.includes(status)) continue;
    summary.projects += n(row.n);
    if (STARTED.includes(status)) summary.startedProjects += n(row.n);
    summary.plannedFunds += n(row.planned);
    summary.fundsInPlace += n(row.inPlace);
    summary.fundsDisbursed += n(row.disbursed);
    summary.enterprisesIntroduced += n(row.enterprises);
    summary.investmentAttracted += n(row.investment);
    summary.parksCoBuilt += n(row.parks);
    summary.jobsCreated += n(row.jobs);
    summary.peopleBenefitingPovertyExited += n(row.pe);
    summary.peopleBenefitingMonitored += n(row.mon);
    summary.labourTransfers += n(row.labour);
    summary.povertyExitedLabourTransfers += n(row.peLabour);
  }
  summary.peopleBenefiting = summary.peopleBenefitingPovertyExited + summary.peopleBenefitingMonitored;
  summary.startRate = percent(summary.startedProjects, summary.projects);
  summary.fundsInPlaceRate = percent(summary.fundsInPlace, summary.plannedFunds);
  summary.disbursementRate = percent(summary.fundsDisbursed, summary.fundsInPlace);
  return summary;
}
