import type { SqlEntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import type { MiddlewareFn } from 'type-graphql';
import { inJurisdiction, requirePermission, visiblePrefixes } from '../../core/access';
import { cooperationPermissions } from './cooperation.access';
import { percent, rollupRegion } from '../../core/rollup';
import type { Actor } from '../../core/access';
import { audit } from '../../core/audit';
import { clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { CrudService, assertWritableRegion, assignDefined, diff, inTransaction, loadForWrite, snapshot } from '../../core/crud';
import { isPostgres, runQuery } from '../../core/db';
import { Problems, conflict, invalid } from '../../core/errors';
import { enumLabel } from '../../core/validation';
import { escapeLike, whereLike } from '../../core/filters';
import { applyScope, knexOf } from '../../core/read';
import { resource, rowToObject } from '../../core/resource';
import { Organization } from '../organization/organization.entity';
import { Region, RegionLevel } from '../region/region.entity';
import { requireRegion } from '../region/region.service';
import { ProductSale, SaleChannel } from '../consumption/consumption.entity';
import { CooperationProject, CooperationProjectStatus, Pairing, PairingKind, PairingStatus } from './cooperation.entity';
import type {
  AdjustPairingInput,
  CreateCooperationProjectInput,
  CreatePairingInput,
  UpdateCooperationProjectInput,
  UpdatePairingInput,
} from './cooperation.inputs';
import type { CooperationSummary } from './cooperation.outputs';

// ---------------------------------------------------------------- pairings

interface Sides {
  kind: PairingKind;
  helperRegionCode: string | null;
  helperOrganizationId: string | null;
  helpedRegionCode: string | null;
  helpedOrganizationId: string | null;
  parentId: string | null;
}

const { PROVINCE, CITY, COUNTY, VILLAGE } = RegionLevel;

/**
 * Which region levels each kind of pairing joins, from the domain text (§3):
 * - 东西部协作: eastern province ↔ western province (the framework agreement), and below it eastern
 *   cities or districts ↔ western cities or counties; a province pairs only with a province.
 * - 中央单位定点帮扶: a central unit (organization required) → a county or a village ("one unit → one
 *   county → one village").
 * - 省内对口帮扶: a city or county → a county or village of the same province.
 * - 国企结对: an SOE (organization required) → a key county.
 * - 万企兴万村: an enterprise (organization required) → a village.
 * - 组团式: schools and hospitals of a province, city or district → a county (or the paired school or
 *   hospital itself).
 * - 领导联系县: a provincial leader (the province) → a county of that province.
 * `helper` lists the levels a helper region may have (an organization's seat when it has one).
 */
interface KindRule {
  label: string;
  helper: RegionLevel[];
  helped: RegionLevel[];
  helperOrganization?: boolean;
  sameProvince?: boolean;
  otherProvince?: boolean;
  provinceOnlyWithProvince?: boolean;
}
export const PAIRING_KIND_RULES: Record<PairingKind, KindRule> = {
  [PairingKind.EAST_WEST]: {
    label: '东西部协作',
    helper: [PROVINCE, CITY, COUNTY],
    helped: [PROVINCE, CITY, COUNTY],
    otherProvince: true,
    provinceOnlyWithProvince: true,
  },
  [PairingKind.DESIGNATED]: {
    label: '中央单位定点帮扶',
    helper: [PROVINCE, CITY, COUNTY],
    helped: [COUNTY, VILLAGE],
    helperOrganization: true,
  },
  [PairingKind.INTRA_PROVINCE]: { label: '省内对口帮扶', helper: [CITY, COUNTY], helped: [COUNTY, VILLAGE], sameProvince: true },
  [PairingKind.SOE]: { label: '国企结对帮扶', helper: [PROVINCE, CITY, COUNTY], helped: [COUNTY], helperOrganization: true },
  [PairingKind.ENTERPRISE_VILLAGE]: { label: '万企兴万村', helper: [PROVINCE, CITY, COUNTY], helped: [VILLAGE], helperOrganization: true },
  [PairingKind.GROUP]: { label: '组团式帮扶', helper: [PROVINCE, CITY, COUNTY], helped: [COUNTY] },
  [PairingKind.LEADER_CONTACT]: { label: '领导联系县', helper: [PROVINCE], helped: [COUNTY], sameProvince: true },
};

const LEVEL_NAMES: Record<RegionLevel, string> = { PROVINCE: '省级', CITY: '市级', COUNTY: '县级', TOWNSHIP: '乡镇级', VILLAGE: '村级' };

function sideKeyOf(s: Sides): string {
  return [s.kind, s.helperRegionCode ?? '', s.helperOrganizationId ?? '', s.helpedRegionCode ?? '', s.helpedOrganizationId ?? ''].join('|');
}

function checkMoney(problems: Problems, prefix: string, field: string, value: number | null | undefined): void {
  if (value !== undefined && value !== null && value < 0)
    problems.add(`${prefix}${field}`, 'min', `${field} 不能为负数 (must not be negative)`);
}

function levelMismatch(field: string, rule: KindRule, kind: PairingKind, side: 'helper' | 'helped', region: Region): never {
  const allowed = rule[side].map((l) => `${LEVEL_NAMES[l]} ${l}`).join('、');
  throw invalid(
    field,
    'kindLevel',
    `${rule.label}的${side === 'helper' ? '帮扶方' : '受帮扶方'}须为${allowed}区划，${region.name}(${region.code}) 为${LEVEL_NAMES[region.level]} (a ${kind} pairing’s ${side} side must be ${rule[side].join('/')}; ${region.code} is ${region.level})`,
  );
}

/** Validates both sides against the kind's rules and the parent; returns the jurisdiction region code (helped side). */
async function checkSides(ctx: RequestContext, em: SqlEntityManager, s: Sides, prefix: string): Promise<string> {
  const rule = PAIRING_KIND_RULES[s.kind];
  const problems = new Problems();
  if (!s.helperRegionCode && !s.helperOrganizationId)
    problems.add(`${prefix}helperRegionCode`, 'required', '须填写帮扶方区划或帮扶单位 (give a helper region and/or organization)');
  if (rule.helperOrganization && !s.helperOrganizationId)
    problems.add(
      `${prefix}helperOrganizationId`,
      'required',
      `${rule.label}须填写帮扶单位 (a ${s.kind} pairing needs the helper organization)`,
    );
  if (!s.helpedRegionCode && !s.helpedOrganizationId)
    problems.add(`${prefix}helpedRegionCode`, 'required', '须填写受帮扶区划或受帮扶单位 (give a helped region and/or organization)');
  problems.throwIfAny();
  let helperRegion: Region | null = null;
  if (s.helperRegionCode) {
    helperRegion = await requireRegion(em, `${prefix}helperRegionCode`, s.helperRegionCode);
    if (!rule.helper.includes(helperRegion.level)) levelMismatch(`${prefix}helperRegionCode`, rule, s.kind, 'helper', helperRegion);
  }
  let helpedRegion: Region | null = null;
  if (s.helpedRegionCode) {
    helpedRegion = await requireRegion(em, `${prefix}helpedRegionCode`, s.helpedRegionCode);
    if (!rule.helped.includes(helpedRegion.level)) levelMismatch(`${prefix}helpedRegionCode`, rule, s.kind, 'helped', helpedRegion);
  }
  let helperOrg: Organization | null = null;
  let helpedOrg: Organization | null = null;
  for (const field of ['helperOrganizationId', 'helpedOrganizationId'] as const) {
    const id = s[field];
    if (!id) continue;
    const org = await em.findOne(Organization, { id, archivedAt: null });
    if (!org) throw invalid(`${prefix}${field}`, 'exists', `单位 ${id} 不存在 (no such organization)`);
    if (field === 'helpedOrganizationId') helpedOrg = org;
    else helperOrg = org;
  }
  if (helperOrg && helperRegion && !helperOrg.regionCode.startsWith(helperRegion.code)) {
    throw invalid(
      `${prefix}helperOrganizationId`,
      'inHelperRegion',
      `帮扶单位「${helperOrg.name}」所在区划 ${helperOrg.regionCode} 不在帮扶方区划 ${helperRegion.name}(${helperRegion.code}) 内 (the helper organization must lie in the helper region)`,
    );
  }
  if (helpedOrg && helpedRegion && !helpedOrg.regionCode.startsWith(helpedRegion.code)) {
    throw invalid(
      `${prefix}helpedOrganizationId`,
      'inHelpedRegion',
      `受帮扶单位「${helpedOrg.name}」所在区划 ${helpedOrg.regionCode} 不在受帮扶区划 ${helpedRegion.name}(${helpedRegion.code}) 内 (the helped organization must lie in the helped region)`,
    );
  }
  if (
    s.helperRegionCode &&
    s.helperRegionCode === s.helpedRegionCode &&
    (s.helperOrganizationId ?? null) === (s.helpedOrganizationId ?? null)
  ) {
    throw invalid(`${prefix}helpedRegionCode`, 'distinctSides', '帮扶方与受帮扶方不能相同 (helper and helped sides must differ)');
  }
  const regionCode = helpedRegion?.code ?? helpedOrg!.regionCode;
  const helperCode = helperRegion?.code ?? helperOrg?.regionCode ?? null;
  if (helperCode && (rule.sameProvince || rule.otherProvince)) {
    const same = helperCode.slice(0, 2) === regionCode.slice(0, 2);
    if (rule.sameProvince && !same)
      throw invalid(
        `${prefix}helpedRegionCode`,
        'sameProvince',
        `${rule.label}的双方须在同一省份 (both sides of a ${s.kind} pairing lie in one province)`,
      );
    if (rule.otherProvince && same)
      throw invalid(
        `${prefix}helpedRegionCode`,
        'otherProvince',
        `${rule.label}的双方须在不同省份 (the sides of a ${s.kind} pairing lie in different provinces)`,
      );
  }
  if (
    rule.provinceOnlyWithProvince &&
    helperRegion &&
    helpedRegion &&
    (helperRegion.level === PROVINCE) !== (helpedRegion.level === PROVINCE)
  ) {
    throw invalid(
      `${prefix}helpedRegionCode`,
      'kindLevel',
      `${rule.label}中省级只能与省级结对，市县结对列于省级协议之下 (in a ${s.kind} pairing a province pairs only with a province; city and county pairs go under the provincial agreement)`,
    );
  }
  if (s.parentId) {
    const parent = await em.findOne(Pairing, { id: s.parentId });
    if (!parent || !inJurisdiction(ctx.actor!, parent.regionCode, 'cooperation'))
      throw invalid(`${prefix}parentId`, 'exists', `上级结对 ${s.parentId} 不存在 (no such parent pairing)`);
    if (parent.helpedRegionCode && !regionCode.startsWith(parent.helpedRegionCode)) {
      throw invalid(
        `${prefix}helpedRegionCode`,
        'withinParent',
        `受帮扶区划须在上级结对的受帮扶区划 ${parent.helpedRegionCode} 之内 (the helped side must lie inside the parent pairing’s helped region)`,
      );
    }
  }
  return regionCode;
}

/**
 * One pairing of a kind between the same helper and the same helped area at any date. Sides match when
 * the regions are equal (both may be absent) and the organizations are equal or either is absent: a
 * district's pairing with a county covers every body of that district, so adding or leaving out the
 * helper organization does not make a second relationship. Periods are [start, end): they overlap
 * when each starts before the other ends. Serialised per kind and helped area on PostgreSQL (SQLite
 * has a single writer) so two racing creations cannot both pass.
 */
async function refuseOverlap(
  em: SqlEntityManager,
  s: Sides,
  regionCode: string,
  startDate: string,
  endDate: string | null,
  selfIds: string[] = [],
): Promise<void> {
  if (isPostgres(em))
    await em
      .getConnection()
      .execute('select pg_advisory_xact_lock(hashtext(?))', [`pairing:${s.kind}:${regionCode}`], 'all', em.getTransactionContext());
  const nullSafe = (qb: Knex.QueryBuilder, column: string, value: string | null) =>
    value === null ? qb.whereNull(column) : qb.where(column, value);
  const qb = em
    .getKnex()('pairing as t')
    .select('t.id as id', 't.start_date as startDate', 't.end_date as endDate')
    .where('t.kind', s.kind)
    .whereNull('t.archived_at');
  nullSafe(qb, 't.helper_region_code', s.helperRegionCode);
  nullSafe(qb, 't.helped_region_code', s.helpedRegionCode);
  for (const [column, value] of [
    ['t.helper_organization_id', s.helperOrganizationId],
    ['t.helped_organization_id', s.helpedOrganizationId],
  ] as const) {
    if (value) qb.where((w) => w.whereNull(column).orWhere(column, value));
  }
  qb.where((w) => w.whereNull('t.end_date').orWhere('t.end_date', '>', startDate));
  if (endDate) qb.where('t.start_date', '<', endDate);
  if (selfIds.length) qb.whereNotIn('t.id', selfIds);
  const [other] = await runQuery<{ id: string; startDate: string; endDate: string | null }>(em, qb.limit(1));
  if (other) {
    throw conflict(
      'PAIRING_OVERLAP',
      `同类型、同双方的结对 ${other.id}（${other.startDate} 至 ${other.endDate ?? '长期'}）与该期间重叠，请调整或结束原结对 (a pairing of this kind between these sides already covers part of this period; adjust or end it)`,
      { existingId: other.id, existingStart: other.startDate, existingEnd: other.endDate },
    );
  }
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

/** In force on a date: started, and the end date (the first day it no longer applies) not reached. */
export function pairingActiveOn(p: Pick<Pairing, 'startDate' | 'endDate'>, date: string): boolean {
  return p.startDate <= date && (!p.endDate || p.endDate > date);
}

export async function createPairing(ctx: RequestContext, input: CreatePairingInput): Promise<Pairing> {
  const actor = requirePermission(ctx.actor, cooperationPermissions.pair);
  const res = resource(Pairing);
  if (input.endDate && input.endDate <= input.startDate)
    throw invalid('input.endDate', 'afterStart', `结束日期须晚于开始日期 ${input.startDate} (the end must be after the start)`);
  return inTransaction(ctx, async (em) => {
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
    p.endDate = input.endDate ?? null;
    // A period that is already over is recorded as history, not as a live relationship.
    if (p.endDate && p.endDate <= clock.today()) p.status = PairingStatus.ENDED;
    applyTargets(p, input, 'input.');
    assertWritableRegion(actor, res, p);
    await refuseOverlap(em, sides, p.regionCode, p.startDate, p.endDate);
    em.persist(p);
    audit(em, ctx, { entity: 'Pairing', entityId: p.id, action: 'create', changes: diff(res, {}, snapshot(res, p)) });
    await em.flush();
    return p;
  });
}

export async function updatePairing(ctx: RequestContext, id: string, input: UpdatePairingInput, expectedVersion: number): Promise<Pairing> {
  requirePermission(ctx.actor, cooperationPermissions.pair);
  const res = resource(Pairing);
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

/**
 * Sets the end date of a pairing (today or later: the past is not rewritten). The status turns ENDED
 * when the end date is today; a later end keeps it ACTIVE until `endDuePairings` reaches that day.
 * Visibility never waits for the status: partners see the paired area only while `pairingActiveOn`.
 */
async function endInPlace(
  ctx: RequestContext,
  em: SqlEntityManager,
  p: Pairing,
  endDate: string,
  reason: string,
  field: string,
  action: string,
): Promise<void> {
  const res = resource(Pairing);
  const today = clock.today();
  if (p.status !== PairingStatus.ACTIVE || p.successorId || (p.endDate && p.endDate <= today))
    throw conflict('PAIRING_ENDED', `结对 ${p.id} 已结束 (the pairing has already ended)`);
  if (endDate <= p.startDate) throw invalid(field, 'afterStart', `结束日期须晚于开始日期 ${p.startDate} (the end must be after the start)`);
  if (endDate < today)
    throw invalid(field, 'notPast', `结束日期不能早于今天 ${today}；已过去的期间不能改写 (the end date must be today or later)`);
  if (p.endDate && endDate > p.endDate) {
    await refuseOverlap(
      em,
      {
        kind: p.kind,
        helperRegionCode: p.helperRegionCode ?? null,
        helperOrganizationId: p.helperOrganizationId ?? null,
        helpedRegionCode: p.helpedRegionCode ?? null,
        helpedOrganizationId: p.helpedOrganizationId ?? null,
        parentId: null,
      },
      p.regionCode,
      p.startDate,
      endDate,
      [p.id],
    );
  }
  const before = snapshot(res, p);
  p.endDate = endDate;
  p.endReason = reason;
  if (endDate <= today) p.status = PairingStatus.ENDED;
  audit(em, ctx, { entity: 'Pairing', entityId: p.id, action, changes: diff(res, before, snapshot(res, p)), detail: reason });
}

/** Ends a pairing on a date (today or later; nothing is deleted). */
export async function endPairing(
  ctx: RequestContext,
  id: string,
  reason: string,
  endDate: string,
  expectedVersion: number,
): Promise<Pairing> {
  requirePermission(ctx.actor, cooperationPermissions.pair);
  const text = requireReason(reason);
  return inTransaction(ctx, async (em) => {
    const p = await loadForWrite(ctx, em, Pairing, id, expectedVersion, true);
    await endInPlace(ctx, em, p, endDate, text, 'endDate', 'end');
    await em.flush();
    return p;
  });
}

type AuditActor = Pick<RequestContext, 'actor' | 'ip' | 'requestId'>;
const SYSTEM: AuditActor = {
  actor: { id: 'system', name: '系统 (system)' } as RequestContext['actor'],
  ip: null,
  requestId: null,
} as unknown as AuditActor;

/**
 * Turns ACTIVE pairings whose end date has come (end date ≤ `today`) into ENDED, one audit row each.
 * For the scheduled job: call inside a transaction, pass the job's actor for the audit rows (the
 * system by default). Returns the ids it ended. Visibility does not depend on it having run.
 */
export async function endDuePairings(em: SqlEntityManager, today: string, by: AuditActor = SYSTEM): Promise<string[]> {
  const due = await em.find(Pairing, { status: PairingStatus.ACTIVE, endDate: { $ne: null, $lte: today } }, { orderBy: { id: 'asc' } });
  for (const p of due) {
    p.status = PairingStatus.ENDED;
    audit(em, by, {
      entity: 'Pairing',
      entityId: p.id,
      action: 'end',
      changes: { status: [PairingStatus.ACTIVE, PairingStatus.ENDED] },
      detail: `结束日期 ${p.endDate} 已到 (end date reached)`,
    });
  }
  await em.flush();
  return due.map((p) => p.id);
}

/**
 * Ends a pairing and starts its successor in one transaction: the successor starts on the day the
 * predecessor ends (today or later); sides, parent and targets not given are copied. A new helper
 * region must come with a new helper organization inside it, or none.
 */
export async function adjustPairing(
  ctx: RequestContext,
  id: string,
  input: AdjustPairingInput,
  reason: string,
  expectedVersion: number,
): Promise<Pairing> {
  const actor = requirePermission(ctx.actor, cooperationPermissions.pair);
  const text = requireReason(reason);
  const res = resource(Pairing);
  return inTransaction(ctx, async (em) => {
    const old = await loadForWrite(ctx, em, Pairing, id, expectedVersion, true);
    const startDate = input.startDate ?? clock.today();
    const plannedEnd = old.endDate ?? null;
    if (input.endDate && input.endDate <= startDate)
      throw invalid('input.endDate', 'afterStart', `结束日期须晚于开始日期 ${startDate} (the end must be after the start)`);
    const helperRegionChanged = input.helperRegionCode !== undefined && (input.helperRegionCode ?? null) !== (old.helperRegionCode ?? null);
    if (
      helperRegionChanged &&
      old.helperOrganizationId &&
      (input.helperOrganizationId === undefined || input.helperOrganizationId === old.helperOrganizationId)
    ) {
      throw invalid(
        'input.helperOrganizationId',
        'changeWithRegion',
        '帮扶方区划已变更，须同时更换或清除帮扶单位 (a new helper region needs a new helper organization, or null to clear it)',
      );
    }
    await endInPlace(ctx, em, old, startDate, text, 'input.startDate', 'adjust');
    await em.flush();

    const pick = <K extends keyof Sides>(k: K): Sides[K] =>
      (input[k as keyof AdjustPairingInput] === undefined
        ? (old[k as keyof Pairing] ?? null)
        : (input[k as keyof AdjustPairingInput] ?? null)) as Sides[K];
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
    // The successor inherits the planned end unless a new one is given.
    next.endDate = input.endDate === undefined ? (plannedEnd && plannedEnd > startDate ? plannedEnd : null) : (input.endDate ?? null);
    next.predecessorId = old.id;
    next.targetFunds = old.targetFunds ?? null;
    next.targetLabourTransfers = old.targetLabourTransfers ?? null;
    next.targetPurchases = old.targetPurchases ?? null;
    next.remark = old.remark ?? null;
    applyTargets(next, input, 'input.');
    assertWritableRegion(actor, res, next);
    await refuseOverlap(em, sides, next.regionCode, next.startDate, next.endDate ?? null, [old.id]);
    em.persist(next);
    audit(em, ctx, {
      entity: 'Pairing',
      entityId: next.id,
      action: 'create',
      changes: diff(res, {}, snapshot(res, next)),
      detail: `successor of ${old.id}: ${text}`,
    });
    await em.flush();
    old.successorId = next.id;
    await em.flush();
    return next;
  });
}

/**
 * Each pairing's whole adjustment chain, oldest first, for many pairings in one recursive statement:
 * walk back to the first predecessor, then forward through successors.
 */
export function loadChain(ctx: RequestContext, id: string): Promise<Pairing[]> {
  const res = resource(Pairing);
  const loader = ctx.loaders.get(
    'pairing:chain',
    () =>
      new DataLoader<string, Pairing[]>(async (ids) => {
        const cols = res.columns.map((c) => `t.${c.column} as "${c.prop}"`).join(', ');
        const prefixes = ctx.actor ? visiblePrefixes(ctx.actor, 'cooperation') : [];
        const scope =
          prefixes === null ? '' : prefixes.length ? `where (${prefixes.map(() => 't.region_code like ?').join(' or ')})` : 'where 1 = 0';
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
      }),
  );
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
  const qb = em
    .getKnex()('pairing as t')
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
  return {
    ...actor,
    extraRegions: { ...(actor.extraRegions ?? {}), cooperation: [...new Set([...(actor.extraRegions?.cooperation ?? []), ...extra])] },
  };
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
  for (const f of ['plannedFunds', 'fundsInPlace', 'fundsDisbursed', 'investmentAttracted'] as const)
    checkMoney(problems, 'input.', f, p[f]);
  if (p.fundsInPlace > p.plannedFunds)
    problems.add(
      'input.fundsInPlace',
      'maxPlanned',
      `到位资金 ${p.fundsInPlace / 100} 元不能超过计划资金 ${p.plannedFunds / 100} 元 (funds in place must not exceed planned funds)`,
    );
  if (p.fundsDisbursed > p.fundsInPlace)
    problems.add(
      'input.fundsDisbursed',
      'maxInPlace',
      `已支出资金 ${p.fundsDisbursed / 100} 元不能超过到位资金 ${p.fundsInPlace / 100} 元 (disbursed funds must not exceed funds in place)`,
    );
  if (p.povertyExitedLabourTransfers > p.labourTransfers)
    problems.add(
      'input.povertyExitedLabourTransfers',
      'maxTotal',
      '脱贫人口转移就业不能超过转移就业总数 (poverty-exited transfers must not exceed all transfers)',
    );
  problems.throwIfAny();
}

export const cooperationProjectService = new CrudService<CooperationProject, CreateCooperationProjectInput, UpdateCooperationProjectInput>(
  CooperationProject,
  {
    async build(ctx, em, input) {
      const pairing = await em.findOne(Pairing, { id: input.pairingId, archivedAt: null });
      if (!pairing || !inJurisdiction(ctx.actor!, pairing.regionCode, 'cooperation'))
        throw invalid('input.pairingId', 'exists', `结对关系 ${input.pairingId} 不存在 (no such pairing)`);
      if (pairing.status !== PairingStatus.ACTIVE || (pairing.endDate && pairing.endDate <= clock.today()))
        throw conflict('PAIRING_ENDED', '结对关系已结束，不能新增项目 (the pairing has ended; add the project to its successor)');
      if (`${input.year}-12-31` < pairing.startDate || (pairing.endDate && `${input.year}-01-01` >= pairing.endDate)) {
        throw invalid(
          'input.year',
          'withinPairingPeriod',
          `项目年度 ${input.year} 不在结对期间 ${pairing.startDate} 至 ${pairing.endDate ?? '长期'} 内 (the project year must fall within the pairing’s period)`,
        );
      }
      const county = await requireRegion(em, 'input.countyCode', input.countyCode, [RegionLevel.COUNTY]);
      const helped = pairing.helpedRegionCode ?? pairing.regionCode;
      if (!(county.code.startsWith(helped) || helped.startsWith(county.code))) {
        throw invalid(
          'input.countyCode',
          'withinPairing',
          `${county.name}(${county.code}) 不在该结对的受帮扶区划 ${helped} 内 (the county must lie in the pairing’s helped region)`,
        );
      }
      const p = new CooperationProject();
      assignDefined(p, input);
      p.name = input.name.trim();
      p.regionCode = county.code;
      checkProjectNumbers(p);
      return p;
    },
    async apply(_ctx, _em, p, input) {
      if (CLOSED.includes(p.status))
        throw conflict(
          'PROJECT_CLOSED',
          `项目状态为「${enumLabel(CooperationProjectStatus, p.status)}」，不能修改 (accepted or cancelled projects cannot change)`,
        );
      assignDefined(p, { ...input, name: input.name?.trim() });
      checkProjectNumbers(p);
    },
  },
);

// ---------------------------------------------------------------- summary

const IMPLEMENTED = [
  CooperationProjectStatus.APPROVED,
  CooperationProjectStatus.IN_PROGRESS,
  CooperationProjectStatus.COMPLETED,
  CooperationProjectStatus.ACCEPTED,
];
const STARTED = [CooperationProjectStatus.IN_PROGRESS, CooperationProjectStatus.COMPLETED, CooperationProjectStatus.ACCEPTED];

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
  // No region of its own: the pairings or provinces select the rows, the read scope limits them
  // (a pairing partner sees its paired area).
  rollupRegion(ctx, cooperationPermissions.read, null);
  checkSummaryScope(scope);
  const knex = knexOf(ctx);
  const pairings = await selectPairings(ctx, scope);
  const [rows, saleRow] = await Promise.all([
    projectTotals(ctx, knex, year, pairings, scope.helpedProvince),
    partnerSales(ctx, knex, year, pairings),
  ]);
  return summarize(year, rows, saleRow);
}

function checkSummaryScope({ pairingId, helperProvince, helpedProvince }: SummaryScope): void {
  if (!pairingId && !helperProvince && !helpedProvince)
    throw invalid('pairingId', 'required', '须指定结对关系或省份 (give pairingId, helperProvince or helpedProvince)');
  if (pairingId && (helperProvince || helpedProvince))
    throw invalid('pairingId', 'exclusive', 'pairingId 与省份条件不能同时使用 (use pairingId or provinces, not both)');
  for (const [field, code] of [
    ['helperProvince', helperProvince],
    ['helpedProvince', helpedProvince],
  ] as const) {
    if (code && !/^\d{2}$/.test(code)) throw invalid(field, 'provinceCode', `${field} 须为2位省级区划代码 (a 2-digit province code)`);
  }
}

/** The selected pairings, as a condition on a query builder and as raw SQL with its bindings (for correlated sub-selects). */
interface PairingSelection {
  apply(qb: Knex.QueryBuilder, alias: string): void;
  sql(alias: string): string;
  bindings(): string[];
}

async function selectPairings(ctx: RequestContext, { pairingId, helperProvince, helpedProvince }: SummaryScope): Promise<PairingSelection> {
  let pairingIds: string[] = [];
  if (pairingId) {
    const rows = await runQuery<{ id: string }>(
      ctx.em,
      knexOf(ctx).raw(
        `with recursive d(id) as (select id from pairing where id = ? union all select p.id from pairing p join d on p.parent_id = d.id) select id from d`,
        [pairingId],
      ),
    );
    pairingIds = rows.map((r) => r.id);
  }
  const ids = pairingIds.length ? pairingIds : ['-'];
  return {
    apply(qb, alias) {
      if (pairingId) qb.whereIn(`${alias}.id`, ids);
      if (helperProvince) qb.where(`${alias}.helper_region_code`, 'like', `${helperProvince}%`);
      if (helpedProvince) qb.where(`${alias}.region_code`, 'like', `${helpedProvince}%`);
    },
    sql: (alias) =>
      [
        ...(pairingId ? [`${alias}.id in (${ids.map(() => '?').join(', ')})`] : []),
        ...(helperProvince ? [`${alias}.helper_region_code like ?`] : []),
        ...(helpedProvince ? [`${alias}.region_code like ?`] : []),
      ].join(' and '),
    bindings: () => [
      ...(pairingId ? ids : []),
      ...(helperProvince ? [`${helperProvince}%`] : []),
      ...(helpedProvince ? [`${helpedProvince}%`] : []),
    ],
  };
}

/** Projects of the year under the selected pairings, summed by status. */
function projectTotals(
  ctx: RequestContext,
  knex: Knex,
  year: number,
  pairings: PairingSelection,
  helpedProvince: string | null | undefined,
): Promise<Record<string, string | number | null>[]> {
  const projects = knex('cooperation_project as t')
    .join('pairing as p', 'p.id', 't.pairing_id')
    .where('t.year', year)
    .whereNull('t.archived_at')
    .groupBy('t.status')
    .select('t.status as status')
    .count({ n: '*' })
    .sum({
      planned: 't.planned_funds',
      inPlace: 't.funds_in_place',
      disbursed: 't.funds_disbursed',
      enterprises: 't.enterprises_introduced',
      investment: 't.investment_attracted',
      jobs: 't.jobs_created',
      pe: 't.people_benefiting_poverty_exited',
      mon: 't.people_benefiting_monitored',
      labour: 't.labour_transfers',
      peLabour: 't.poverty_exited_labour_transfers',
    })
    .select(knex.raw('sum(case when t.park_co_built then 1 else 0 end) as parks'));
  pairings.apply(projects, 'p');
  if (helpedProvince) projects.where('t.region_code', 'like', `${helpedProvince}%`);
  applyScope(projects, resource(CooperationProject), ctx);
  return runQuery<Record<string, string | number | null>>(ctx.em, projects);
}

/**
 * Two figures from the same rows (assisted sales of the year whose origin county lies in a helped
 * region of the selected pairings): all of them, and those sold to the partner side while the
 * pairing was in force. A sale goes to the partner side when its buyer organization is the helper
 * organization or lies in the helper region; a sale without a recorded buyer counts when its
 * channel is EAST_PARTNER (东部协作地区). A buyer elsewhere does not count, whatever the channel.
 */
async function partnerSales(
  ctx: RequestContext,
  knex: Knex,
  year: number,
  pairings: PairingSelection,
): Promise<{ amount: string | number | null; partner: string | number | null } | undefined> {
  const sales = knex('product_sale as t')
    .leftJoin('organization as b', 'b.id', 't.buyer_organization_id')
    .whereRaw('t.assisted')
    .whereNull('t.archived_at')
    .where('t.month', 'like', `${year}-%`)
    .whereExists(function () {
      const sub = this.select(knex.raw('1'))
        .from('pairing as p')
        .whereNotNull('p.helped_region_code')
        .whereRaw(`t.region_code like (p.helped_region_code || '%')`);
      pairings.apply(sub, 'p');
    })
    .sum({ amount: 't.amount' })
    .select(
      knex.raw(
        `coalesce(sum(case when exists (
        select 1 from pairing p2 where p2.helped_region_code is not null and t.region_code like (p2.helped_region_code || '%') and ${pairings.sql('p2')}
          and t.month >= substr(p2.start_date, 1, 7) and (p2.end_date is null or (t.month || '-01') < p2.end_date)
          and (case when t.buyer_organization_id is null then t.channel = ?
                    else (b.id = p2.helper_organization_id or (p2.helper_region_code is not null and b.region_code like (p2.helper_region_code || '%'))) end)
      ) then t.amount else 0 end), 0) as partner`,
        [...pairings.bindings(), SaleChannel.EAST_PARTNER],
      ),
    );
  // The totals are part of the cooperation summary, so they follow cooperation visibility: a pairing
  // partner sees the sales into its paired area (as totals, never the rows).
  applyScope(sales, { ...resource(ProductSale), domain: 'cooperation' }, ctx);
  const [saleRow] = await runQuery<{ amount: string | number | null; partner: string | number | null }>(ctx.em, sales);
  return saleRow;
}

/** The summary from the per-status project rows (implemented projects only) and the sales figures. */
function summarize(
  year: number,
  rows: Record<string, string | number | null>[],
  saleRow: { amount: string | number | null; partner: string | number | null } | undefined,
): CooperationSummary {
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
    consumptionSales: n(saleRow?.partner),
    helpedAreaAssistedSales: n(saleRow?.amount),
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
