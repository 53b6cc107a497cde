import { DateTimeType, Entity, Enum, Index, Property } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Knex } from 'knex';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { settings } from '../config';
import { can, inJurisdiction, requireRegionCode, SYSTEM_ACTOR } from './access';
import type { Actor, Grants } from './access';
import { audit } from './audit';
import { clock } from './clock';
import type { RequestContext } from './context';
import { inTransaction, loadForWrite } from './crud';
import { encryptField, decryptField, maskPhone } from './crypto';
import { runQuery } from './db';
import { Record } from './entity';
import { conflict, forbidden, invalid, notFound, unauthenticated } from './errors';
import { applyScope, knexOf } from './read';
import { defineResource, resource } from './resource';
import { addTransitionHook, authorityFor, levelOfRegion, WorkflowStep } from './workflow';
import type { TransitionContext, TransitionDef, WorkflowDef } from './workflow';

/*
 * Statutory publicity (公示) as one step every workflow shares. The step that enters the publicizing
 * status opens a Publicity (start, the configured minimum days, end, publishing organization); the
 * steps after it are refused until the end has passed and while any objection (异议) is open. An
 * upheld objection sends the record back to the status before publicity; every event is a row in
 * the record's workflow history. Domains declare their publicity with `definePublicity`.
 */

const DAY_MS = 86_400_000;

export enum ObjectionStatus {
  OPEN = 'OPEN',
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
  CLOSED = 'CLOSED',
}
registerEnumType(ObjectionStatus, {
  name: 'ObjectionStatus',
  description: '异议状态 State of an objection raised during publicity.',
  valuesConfig: {
    OPEN: { description: '待处理 (open: blocks the step after publicity)' },
    UPHELD: { description: '异议成立 (upheld: the record went back to the status before publicity)' },
    DISMISSED: { description: '异议不成立 (dismissed: the record may proceed)' },
    CLOSED: {
      description:
        '已终结 (closed without its own decision: the record left publicity — another objection was upheld, or it was rejected or withdrawn)',
    },
  },
});

@ObjectType({ description: '公示 One publicity period of one record: start, minimum days, end and the publishing organization.' })
@Entity({ tableName: 'publicity' })
@Index({ properties: ['workflow', 'entityId'] })
@Index({ properties: ['workflow', 'closedAt', 'endsAt'] })
export class Publicity extends Record<'endRecordedAt' | 'closedAt' | 'outcome'> {
  @Field(() => String, { description: '流程 (workflow: the entity type in publicity, e.g. JobPlacement)' })
  @Property({ type: 'string', length: 64 })
  workflow: string;

  @Field(() => ID, { description: '公示对象 id (the record in publicity)' })
  @Property({ type: 'string', length: 36 })
  entityId: string;

  @Field(() => String, { description: '区划代码 (region code of the record, for jurisdiction)' })
  @Property({ type: 'string', length: 12, index: true })
  regionCode: string;

  @Field(() => Date, { description: '公示开始 (when publicity started)' })
  @Property({ type: DateTimeType })
  startedAt: Date;

  @Field(() => Int, { description: '公示天数 (minimum days configured when publicity started, PUBLICITY_MIN_DAYS)' })
  @Property({ type: 'integer' })
  minDays: number;

  @Field(() => Date, { description: '公示期满 (when the period ends; the next step is possible from then on)' })
  @Property({ type: DateTimeType })
  endsAt: Date;

  @Field(() => ID, { description: '公示单位 id (publishing organization)' })
  @Property({ type: 'string', length: 36 })
  publisherId: string;

  @Field(() => String, { description: '公示单位 (name of the publishing organization when publicity started)' })
  @Property({ type: 'string' })
  publisherName: string;

  @Field(() => Date, { nullable: true, description: '期满登记时间 (when the scheduled job recorded the end in the history)' })
  @Property({ type: DateTimeType, nullable: true })
  endRecordedAt?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: '结束时间 (when the record left publicity: next step, return, rejection or withdrawal)',
  })
  @Property({ type: DateTimeType, nullable: true })
  closedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: '结束方式 (the action that ended publicity, e.g. TOWNSHIP_APPROVE or OBJECTION_UPHELD)',
  })
  @Property({ type: 'string', length: 64, nullable: true })
  outcome?: string | null;
}

@ObjectType({
  description:
    '异议 An objection raised against a record in publicity. The objector’s name and contact are shown only to those who decide it.',
})
@Entity({ tableName: 'objection' })
@Index({ properties: ['workflow', 'entityId', 'status'] })
export class Objection extends Record<'status'> {
  @Field(() => String, { description: '流程 (workflow: the entity type, e.g. JobPlacement)' })
  @Property({ type: 'string', length: 64 })
  workflow: string;

  @Field(() => ID, { description: '对象 id (the record objected to)' })
  @Property({ type: 'string', length: 36 })
  entityId: string;

  @Field(() => ID, { description: '公示 id (the publicity the objection was raised in)' })
  @Property({ type: 'string', length: 36, index: true })
  publicityId: string;

  @Field(() => String, { description: '区划代码 (region code of the record, for jurisdiction)' })
  @Property({ type: 'string', length: 12, index: true })
  regionCode: string;

  @Field(() => ObjectionStatus, { description: '状态 (state)' })
  @Enum({ items: () => ObjectionStatus, type: 'string' })
  status: ObjectionStatus = ObjectionStatus.OPEN;

  @Field(() => String, { description: '异议内容 (what is objected to)' })
  @Property({ type: 'text' })
  content: string;

  /** Encrypted; read through the `objectorName` field resolver. */
  @Property({ type: 'text', nullable: true })
  objectorNameEncrypted?: string | null;

  /** Encrypted; read through the `objectorContact` field resolver. */
  @Property({ type: 'text', nullable: true })
  objectorContactEncrypted?: string | null;

  @Field(() => String, { nullable: true, description: '登记人 (who recorded the objection)' })
  @Property({ type: 'string', nullable: true })
  recordedByName?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  recordedById?: string | null;

  @Field(() => String, { nullable: true, description: '处理意见 (the decision’s reason)' })
  @Property({ type: 'text', nullable: true })
  resolution?: string | null;

  @Field(() => Date, { nullable: true, description: '处理时间 (when it was decided)' })
  @Property({ type: DateTimeType, nullable: true })
  resolvedAt?: Date | null;

  @Field(() => String, { nullable: true, description: '处理人 (who decided it)' })
  @Property({ type: 'string', nullable: true })
  resolvedByName?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  resolvedById?: string | null;
}

defineResource({
  name: 'Publicity',
  entity: Publicity,
  domain: 'publicity',
  regionProperty: 'regionCode',
  defaultOrder: [{ field: 'startedAt' }],
});
defineResource({
  name: 'Objection',
  entity: Objection,
  domain: 'publicity',
  regionProperty: 'regionCode',
  defaultOrder: [{ field: 'createdAt' }],
  sensitive: ['objectorNameEncrypted', 'objectorContactEncrypted'],
  hidden: ['objectorNameEncrypted', 'objectorContactEncrypted'],
  fieldColumns: { objectorName: ['objectorNameEncrypted', 'workflow'], objectorContact: ['objectorContactEncrypted', 'workflow'] },
});

/** One line of a printed list: only what a notice board may show (never ID number, phone, bank account or health). */
export interface PublicityLine {
  name: string;
  gender?: string | null;
  village?: string | null;
  post?: string | null;
  supplier?: string | null;
  reason: string;
}

export interface PublicityDef<E = unknown> {
  workflow: WorkflowDef<E>;
  /** The status a record has while in publicity, e.g. PUBLICIZING. */
  status: string;
  /** Where an upheld objection sends the record, e.g. VILLAGE_REVIEWED. */
  returnTo: string;
  /** The steps refused until publicity has ended and every objection is decided. */
  next: string[];
  /** Title of the printed list, e.g. 公益性岗位拟聘人员. */
  title: { zh: string; en: string };
  /** Printed-list lines of these records, read with only the allowed columns. */
  lines(ctx: RequestContext, ids: string[]): Promise<Map<string, PublicityLine>>;
}

const definitions = new Map<string, PublicityDef>();

export function definePublicity<E>(def: PublicityDef<E>): PublicityDef<E> {
  definitions.set(def.workflow.name, def as PublicityDef);
  return def;
}

export function allPublicityDefinitions(): PublicityDef[] {
  return [...definitions.values()];
}

function regionOf(def: PublicityDef, entity: object): string {
  const res = resource(def.workflow.entity);
  return String((entity as { [k: string]: unknown })[res.regionProperty ?? 'regionCode'] ?? '');
}

function statusOf(def: PublicityDef, entity: object): string {
  return (entity as { [k: string]: unknown })[def.workflow.statusProp ?? 'status'] as string;
}

function idOf(entity: object): string {
  return String((entity as { id?: unknown }).id);
}

/** `2026年1月5日` in China Standard Time. */
export function chineseDate(at: Date): string {
  const d = new Date(at.getTime() + 8 * 3600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

function isoDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

function openPublicity(em: SqlEntityManager, workflow: string, entityId: string): Promise<Publicity | null> {
  return em.findOne(Publicity, { workflow, entityId, closedAt: null }, { orderBy: { startedAt: 'desc' } });
}

function historyStep(
  em: SqlEntityManager,
  actor: Actor,
  workflow: string,
  entityId: string,
  action: string,
  label: string,
  from: string,
  to: string,
  comment: string | null,
  payload: object | null,
  actedFor: WorkflowStep['actedFor'] = null,
): void {
  const step = new WorkflowStep();
  step.workflow = workflow;
  step.entityId = entityId;
  step.action = action;
  step.actionLabel = label;
  step.fromStatus = from;
  step.toStatus = to;
  step.comment = comment;
  step.actorId = actor.id;
  step.actorName = actor.name;
  step.payload = payload && Object.keys(payload).length ? JSON.stringify(payload) : null;
  step.actedFor = actedFor;
  em.persist(step);
}

/**
 * Closes the record's open objections when it leaves publicity other than by the next step (an
 * upheld objection, a rejection, a withdrawal): the period they were raised in is over, and an
 * objection left open would block the record's next publicity. Each gets the note and a history row.
 */
async function closeOpenObjections(
  ctx: RequestContext,
  em: SqlEntityManager,
  def: PublicityDef,
  entityId: string,
  status: string,
  note: string,
  except?: string,
): Promise<void> {
  const actor = ctx.actor ?? SYSTEM_ACTOR;
  const open = await em.find(
    Objection,
    { workflow: def.workflow.name, entityId, status: ObjectionStatus.OPEN, ...(except ? { id: { $ne: except } } : {}) },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  for (const o of open) {
    o.status = ObjectionStatus.CLOSED;
    o.resolution = note;
    o.resolvedAt = clock.now();
    o.resolvedById = actor.id;
    o.resolvedByName = actor.name;
    historyStep(em, actor, def.workflow.name, entityId, 'OBJECTION_CLOSED', '异议终结', status, status, note, { objectionId: o.id });
    audit(em, ctx, {
      entity: 'Objection',
      entityId: o.id,
      action: 'close',
      changes: { status: [ObjectionStatus.OPEN, ObjectionStatus.CLOSED] },
      detail: note,
    });
  }
}

/* ---------- the engine's hooks ---------- */

async function beforeStep(
  t: TransitionContext<object, { publisherId?: string }>,
  wf: WorkflowDef<unknown>,
  step: TransitionDef<unknown>,
): Promise<void> {
  const def = definitions.get(wf.name);
  if (!def) return;
  if (!def.next.includes(step.action)) return;
  const id = idOf(t.entity);
  const publicity = await openPublicity(t.em, wf.name, id);
  if (!publicity)
    throw conflict('PUBLICITY_MISSING', `该记录没有进行中的公示，须先公示 (the record has no publicity on record; publicize it first)`);
  const now = clock.now();
  if (now.getTime() < new Date(publicity.endsAt).getTime()) {
    throw conflict(
      'PUBLICITY_PERIOD',
      `公示期 ${publicity.minDays} 天，${chineseDate(publicity.endsAt)}（${new Date(publicity.endsAt).toISOString()}）期满后方可「${step.label}」(the publicity period of ${publicity.minDays} days has not ended)`,
      {
        publicityEndsAt: new Date(publicity.endsAt).toISOString(),
      },
    );
  }
  const open = await t.em.count(Objection, { workflow: wf.name, entityId: id, status: ObjectionStatus.OPEN });
  if (open > 0) {
    throw conflict(
      'OPEN_OBJECTION',
      `公示期间收到的 ${open} 条异议尚未处理，处理后方可「${step.label}」(${open} open objection(s) must be resolved before ${step.action})`,
      { openObjections: open },
    );
  }
}

async function afterStep(
  t: TransitionContext<object, { publisherId?: string }>,
  wf: WorkflowDef<unknown>,
  step: TransitionDef<unknown>,
): Promise<void> {
  const def = definitions.get(wf.name);
  if (!def) return;
  const id = idOf(t.entity);
  if (t.from === def.status && t.to !== def.status) {
    const publicity = await openPublicity(t.em, wf.name, id);
    if (publicity) {
      publicity.closedAt = clock.now();
      publicity.outcome = step.action;
    }
    // The next step is refused while an objection is open, so only a rejection or withdrawal finds some here.
    await closeOpenObjections(
      t.ctx,
      t.em,
      def,
      id,
      def.status,
      `记录「${step.label}」，公示终止，本异议随之终结 (closed: the record left publicity by ${step.action})`,
    );
  }
  if (t.to === def.status && t.from !== def.status) await startPublicity(t.ctx, t.em, def, t.entity, t.payload?.publisherId ?? null);
}

/**
 * The default publisher for a caller without an organization: the government body (党政机关) of the
 * caller's own region if it covers the record, else the one nearest the record inside the caller's
 * jurisdiction (a township government before the county bureau), so the notice names an
 * organization, never a region.
 */
async function nearestGovernment(em: SqlEntityManager, region: string, actor: Actor): Promise<string | null> {
  const prefixes = [2, 4, 6, 9, 12].filter((n) => n <= region.length).map((n) => region.slice(0, n));
  const qb = em
    .getKnex()('organization')
    .select('id')
    .where('kind', 'PARTY_GOVERNMENT')
    .whereNull('archived_at')
    .whereIn('region_code', prefixes)
    .orderByRaw('case when region_code = ? then 0 else 1 end', [actor.regionCode ?? ''])
    .orderByRaw('length(region_code) desc')
    .orderBy('name')
    .limit(1);
  if (actor.regionCode) qb.whereRaw('?? like ?', ['region_code', `${actor.regionCode}%`]);
  const [row] = await runQuery<{ id: string }>(em, qb);
  return row?.id ?? null;
}

async function startPublicity(
  ctx: RequestContext,
  em: SqlEntityManager,
  def: PublicityDef,
  entity: object,
  publisherId: string | null,
): Promise<Publicity> {
  const actor = ctx.actor ?? SYSTEM_ACTOR;
  const region = regionOf(def, entity);
  const orgId = publisherId || actor.organizationId || (await nearestGovernment(em, region, actor));
  if (!orgId)
    throw invalid(
      'payload.publisherId',
      'required',
      '须指明公示单位：您的账号未关联单位，辖区内也没有覆盖该记录的党政机关 (give the publishing organization: your account has none and no government body in your jurisdiction covers the record)',
    );
  // The Organization entity belongs to a domain module; read its row without importing it.
  const [org] = await runQuery<{ name: string; region_code: string; archived_at: unknown }>(
    em,
    em.getKnex()('organization').select('name', 'region_code', 'archived_at').where('id', orgId),
  );
  if (!org || org.archived_at)
    throw invalid('payload.publisherId', 'exists', `公示单位 ${orgId} 不存在或已归档 (the publishing organization does not exist)`);
  if (!region.startsWith(org.region_code) || !inJurisdiction(actor, org.region_code)) {
    throw invalid(
      'payload.publisherId',
      'covers',
      `公示单位「${org.name}」须是本记录所在地（${region}）的、您辖区内的单位 (the publishing organization must cover the record’s area and lie in your jurisdiction)`,
    );
  }
  const now = clock.now();
  const publicity = em.create(Publicity, {
    workflow: def.workflow.name,
    entityId: idOf(entity),
    regionCode: region,
    startedAt: now,
    minDays: settings.publicityMinDays,
    endsAt: new Date(now.getTime() + settings.publicityMinDays * DAY_MS),
    publisherId: orgId,
    publisherName: org.name,
  });
  em.persist(publicity);
  return publicity;
}

/** Pending approvals: a record in publicity waits for the next level only once its period has ended. */
function inboxFilter(ctx: RequestContext, wf: WorkflowDef<unknown>, qb: Knex.QueryBuilder): void {
  const def = definitions.get(wf.name);
  if (!def) return;
  const res = resource(wf.entity);
  const statusColumn = `t.${res.byProp.get(wf.statusProp ?? 'status')!.column}`;
  const now = ctx.em.getPlatform().processDateProperty(clock.now());
  qb.where((w) => {
    w.whereNot(statusColumn, def.status).orWhereExists((sub) => {
      sub
        .select(ctx.em.getKnex().raw('1'))
        .from('publicity as pu')
        .where('pu.workflow', wf.name)
        .whereRaw('pu.entity_id = t.id')
        .whereNull('pu.closed_at')
        .where('pu.ends_at', '<=', now as never);
    });
  });
}

function toDate(raw: unknown): Date {
  return raw instanceof Date ? raw : new Date(typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : (raw as string | number));
}

/** Per request and workflow, in one statement per list: each record's open publicity end and open objections. */
function publicityStateOf(
  ctx: RequestContext,
  workflow: string,
  entityId: string,
): Promise<{ endsAt: Date | null; openObjections: number }> {
  const loader = ctx.loaders.get(
    `publicity-state:${workflow}`,
    () =>
      new DataLoader<string, { endsAt: Date | null; openObjections: number }>(async (ids) => {
        const knex = knexOf(ctx);
        const [ends, open] = await Promise.all([
          runQuery<{ entity_id: string; ends_at: unknown }>(
            ctx.em,
            knex('publicity')
              .select('entity_id', 'ends_at')
              .where('workflow', workflow)
              .whereIn('entity_id', ids as string[])
              .whereNull('closed_at'),
          ),
          runQuery<{ entity_id: string; n: number | string }>(
            ctx.em,
            knex('objection')
              .select('entity_id')
              .count({ n: '*' })
              .where('workflow', workflow)
              .whereIn('entity_id', ids as string[])
              .where('status', ObjectionStatus.OPEN)
              .groupBy('entity_id'),
          ),
        ]);
        const endsBy = new Map(ends.map((r) => [r.entity_id, toDate(r.ends_at)]));
        const openBy = new Map(open.map((r) => [r.entity_id, Number(r.n)]));
        return ids.map((id) => ({ endsAt: endsBy.get(id) ?? null, openObjections: openBy.get(id) ?? 0 }));
      }),
  );
  return loader.load(entityId);
}

/** availableActions: the step after publicity is offered only once the period has ended and no objection is open. */
async function availableSteps(
  ctx: RequestContext,
  wf: WorkflowDef<unknown>,
  row: { [k: string]: unknown },
  steps: TransitionDef<unknown>[],
): Promise<TransitionDef<unknown>[]> {
  const def = definitions.get(wf.name);
  if (!def || row[wf.statusProp ?? 'status'] !== def.status || !steps.some((t) => def.next.includes(t.action))) return steps;
  const state = await publicityStateOf(ctx, wf.name, String(row.id));
  const ready = !!state.endsAt && clock.now().getTime() >= state.endsAt.getTime() && state.openObjections === 0;
  return ready ? steps : steps.filter((t) => !def.next.includes(t.action));
}

addTransitionHook({ before: beforeStep as never, after: afterStep as never, inbox: inboxFilter, available: availableSteps });

/* ---------- objections ---------- */

export interface RecordObjectionArgs {
  workflow: string;
  entityId: string;
  content: string;
  objectorName?: string | null;
  objectorContact?: string | null;
}

function definitionOrFail(workflow: string): PublicityDef {
  const def = definitions.get(workflow);
  if (!def)
    throw invalid(
      'workflow',
      'oneOf',
      `没有公示的流程 ${workflow}，可选 ${[...definitions.keys()].join('、')} (no publicity in workflow ${workflow})`,
    );
  return def;
}

/**
 * Who decides an objection on a record in `regionCode`: whoever may take the step after publicity
 * there — its permission and its review level (their own jurisdiction of that level containing the
 * record, or a level WORKFLOW_DELEGATION lets act for it), exactly as the engine checks the step.
 * Without a region only the permission is checked (what the caller could decide somewhere).
 */
export function resolveAuthority(
  actor: Actor | null | undefined,
  workflow: string,
  regionCode?: string,
): { ok: true; actedFor: WorkflowStep['actedFor'] } | { ok: false; message: string; levels: readonly string[] } {
  const def = definitions.get(workflow);
  if (!actor || !def) return { ok: false, message: '无权处理异议 (forbidden)', levels: [] };
  const steps = def.workflow.transitions.filter((t) => def.next.includes(t.action) && can(actor, t.permission)) as TransitionDef<unknown>[];
  if (!steps.length) return { ok: false, message: '无权处理异议 (forbidden)', levels: [] };
  if (regionCode === undefined) return { ok: true, actedFor: null };
  let refused: { ok: false; message: string; levels: readonly string[] } | null = null;
  for (const t of steps) {
    const a = authorityFor(actor, t, def.status, regionCode);
    if (a.ok) return a;
    refused ??= a;
  }
  return refused!;
}

export function mayResolve(actor: Actor | null | undefined, workflow: string, regionCode?: string): boolean {
  return resolveAuthority(actor, workflow, regionCode).ok;
}

export async function recordObjection(ctx: RequestContext, args: RecordObjectionArgs): Promise<Objection> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  if (!can(actor, 'publicity.object'))
    throw forbidden('缺少权限 publicity.object (forbidden: needs publicity.object)', { permission: 'publicity.object' });
  const def = definitionOrFail(args.workflow);
  const content = args.content?.trim() ?? '';
  if (!content) throw invalid('content', 'required', '须填写异议内容 (the objection’s content is required)');
  if (content.length > 2000) throw invalid('content', 'maxLength', '异议内容不超过 2000 字 (at most 2000 characters)');
  const contact = args.objectorContact?.trim() || null;
  if (contact && contact.length > 64) throw invalid('objectorContact', 'maxLength', '联系方式不超过 64 字 (at most 64 characters)');
  const name = args.objectorName?.trim() || null;
  if (name && name.length > 64) throw invalid('objectorName', 'maxLength', '姓名不超过 64 字 (at most 64 characters)');
  return inTransaction(ctx, async (em) => {
    // Locks the record like a transition does, so an objection and the next step never interleave.
    const entity = (await loadForWrite(ctx, em, def.workflow.entity as never, args.entityId, undefined, true)) as object;
    if ((entity as { archivedAt?: unknown }).archivedAt || statusOf(def, entity) !== def.status) {
      throw conflict(
        'NOT_IN_PUBLICITY',
        `该记录不在公示期，不能登记异议 (objections are recorded only while the record is in publicity; it is ${statusOf(def, entity)})`,
      );
    }
    const publicity = await openPublicity(em, def.workflow.name, args.entityId);
    if (!publicity) throw conflict('NOT_IN_PUBLICITY', '该记录没有进行中的公示 (the record has no publicity on record)');
    const objection = em.create(Objection, {
      workflow: def.workflow.name,
      entityId: args.entityId,
      publicityId: publicity.id,
      regionCode: publicity.regionCode,
      content,
      objectorNameEncrypted: name ? encryptField(name) : null,
      objectorContactEncrypted: contact ? encryptField(contact) : null,
      recordedById: actor.id,
      recordedByName: actor.name,
    });
    em.persist(objection);
    historyStep(em, actor, def.workflow.name, args.entityId, 'OBJECTION_RECORDED', '登记异议', def.status, def.status, content, {
      objectionId: objection.id,
    });
    audit(em, ctx, { entity: 'Objection', entityId: objection.id, action: 'create', detail: `${def.workflow.name} ${args.entityId}` });
    await em.flush();
    return objection;
  });
}

export async function resolveObjection(
  ctx: RequestContext,
  id: string,
  upheld: boolean,
  reason: string,
  expectedVersion: number,
): Promise<Objection> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const text = reason?.trim() ?? '';
  if (!text) throw invalid('reason', 'required', '须填写处理意见 (a reason is required)');
  return inTransaction(ctx, async (em) => {
    const found = await em.findOne(Objection, { id });
    if (!found || !inJurisdiction(actor, found.regionCode)) throw notFound('Objection', id);
    const def = definitionOrFail(found.workflow);
    if (!mayResolve(actor, found.workflow)) {
      const perms = def.workflow.transitions.filter((t) => def.next.includes(t.action)).map((t) => t.permission);
      throw forbidden(`无权处理异议 (forbidden: deciding objections needs ${perms.join(' or ')})`, { permissions: perms });
    }
    // Deciding is the next step's decision, so it is taken at that step's level (e.g. the township's for placements).
    const authority = resolveAuthority(actor, found.workflow, found.regionCode);
    if (!authority.ok)
      throw forbidden(`处理异议：${authority.message}`, {
        rule: 'REVIEW_LEVEL',
        levels: authority.levels,
        yourLevel: levelOfRegion(actor.regionCode),
      });
    // Record first, then the objection: the same lock order as recordObjection.
    const entity = (await loadForWrite(ctx, em, def.workflow.entity as never, found.entityId, undefined, true)) as { [k: string]: unknown };
    const objection = await loadForWrite(ctx, em, Objection, id, expectedVersion, true);
    if (objection.status !== ObjectionStatus.OPEN)
      throw conflict('OBJECTION_DECIDED', `该异议已处理（${objection.status}）(the objection was already decided)`);
    objection.status = upheld ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED;
    objection.resolution = text;
    objection.resolvedAt = clock.now();
    objection.resolvedById = actor.id;
    objection.resolvedByName = actor.name;
    const status = statusOf(def, entity);
    if (upheld && status === def.status && !entity.archivedAt) {
      // Back to the step before publicity; the other open objections end with this publicity (closed, with a note).
      entity[def.workflow.statusProp ?? 'status'] = def.returnTo;
      const publicity = await openPublicity(em, def.workflow.name, found.entityId);
      if (publicity) {
        publicity.closedAt = clock.now();
        publicity.outcome = 'OBJECTION_UPHELD';
      }
      historyStep(
        em,
        actor,
        def.workflow.name,
        found.entityId,
        'OBJECTION_UPHELD',
        '异议成立，退回',
        def.status,
        def.returnTo,
        text,
        { objectionId: id },
        authority.actedFor,
      );
      audit(em, ctx, {
        entity: def.workflow.name,
        entityId: found.entityId,
        action: 'transition:OBJECTION_UPHELD',
        changes: { status: [def.status, def.returnTo] },
        detail: text,
      });
      await closeOpenObjections(
        ctx,
        em,
        def,
        found.entityId,
        def.returnTo,
        `另一异议成立，记录已退回（${def.returnTo}），本异议随之终结 (closed: another objection was upheld and the record went back to ${def.returnTo})`,
        id,
      );
    } else {
      historyStep(
        em,
        actor,
        def.workflow.name,
        found.entityId,
        upheld ? 'OBJECTION_UPHELD' : 'OBJECTION_DISMISSED',
        upheld ? '异议成立' : '异议不成立',
        status,
        status,
        text,
        { objectionId: id },
        authority.actedFor,
      );
    }
    audit(em, ctx, {
      entity: 'Objection',
      entityId: id,
      action: upheld ? 'uphold' : 'dismiss',
      changes: { status: [ObjectionStatus.OPEN, objection.status] },
      detail: text,
    });
    await em.flush();
    return objection;
  });
}

/** The objector's name or contact: in full to those who decide objections, masked to everyone else. */
export function objectorField(ctx: RequestContext, objection: Objection, which: 'name' | 'contact'): string | null {
  const stored = which === 'name' ? objection.objectorNameEncrypted : objection.objectorContactEncrypted;
  if (!stored) return null;
  const plain = decryptField(stored);
  if (!plain) return null;
  if (mayResolve(ctx.actor, objection.workflow, objection.regionCode)) return plain;
  return which === 'contact' ? maskPhone(plain) : `${plain.slice(0, 1)}${'*'.repeat(Math.max(1, plain.length - 1))}`;
}

/* ---------- printed list ---------- */

@ObjectType({
  description:
    '公示名单条目 One line of a printed publicity list: only name, gender, village, post or product and supplier, and reason; never an ID number, phone, bank account or health detail.',
})
export class PublicityListEntry {
  @Field(() => ID, { description: '公示 id (publicity)' }) publicityId: string;
  @Field(() => ID, { description: '对象 id (the record in publicity)' }) recordId: string;
  @Field(() => String, { description: '姓名或产品名称 (person’s name, or product name)' }) name: string;
  @Field(() => String, { nullable: true, description: '性别 (gender, for persons)' }) gender?: string | null;
  @Field(() => String, { nullable: true, description: '村或产地 (village, or origin county for products)' }) village?: string | null;
  @Field(() => String, { nullable: true, description: '岗位 (post, for placements)' }) post?: string | null;
  @Field(() => String, { nullable: true, description: '供应商 (supplier, for products)' }) supplier?: string | null;
  @Field(() => String, { description: '公示事由 (reason: e.g. priority category of the applicant, households linked by the product)' })
  reason: string;
  @Field(() => String, { description: '公示单位 (publishing organization)' }) publisherName: string;
  @Field(() => Date, { description: '公示开始 (publicity started)' }) startedAt: Date;
  @Field(() => Date, { description: '公示期满 (publicity ends)' }) endsAt: Date;
}

@ObjectType({
  description:
    '公示名单 A printable publicity notice: the records whose publicity is running, and the notice text with the configured period and the publishing body.',
})
export class PublicityNotice {
  @Field(() => String, { description: '流程 (workflow)' }) workflow: string;
  @Field(() => String, { description: '标题 (title, e.g. 公益性岗位拟聘人员公示)' }) title: string;
  @Field(() => Int, { description: '公示天数 (the days configured for these publicities)' }) minDays: number;
  @Field(() => [String], { description: '公示单位 (publishing organizations of the listed records)' }) publishers: string[];
  @Field(() => String, { nullable: true, description: '公示开始日期 (earliest start, YYYY-MM-DD China time; null when the list is empty)' })
  startsOn?: string | null;
  @Field(() => String, { nullable: true, description: '公示截止日期 (latest end, YYYY-MM-DD China time; null when the list is empty)' })
  endsOn?: string | null;
  @Field(() => String, { description: '公示说明 (notice text in Chinese: period and publishing body)' }) text: string;
  @Field(() => String, { description: 'Notice text in English.' }) textEn: string;
  @Field(() => [PublicityListEntry], { description: '名单 (the records in publicity, in order of start)' }) entries: PublicityListEntry[];
}

export interface PublicityListArgs {
  workflow: string;
  regionCode?: string | null;
  publisherId?: string | null;
  startedOn?: string | null;
}

/**
 * Records whose publicity is running (period not ended, record still publicizing, not archived) in
 * the caller's jurisdiction; or one batch (a start day, optionally one publishing organization)
 * whether or not its period has ended, still only with the records in publicity.
 */
export async function publicityNotice(ctx: RequestContext, args: PublicityListArgs): Promise<PublicityNotice> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const def = definitionOrFail(args.workflow);
  const wfRes = resource(def.workflow.entity);
  if (!can(actor, `${wfRes.domain}.read`))
    throw forbidden(`缺少权限 ${wfRes.domain}.read (forbidden: needs ${wfRes.domain}.read)`, { permission: `${wfRes.domain}.read` });
  if (args.regionCode) requireRegionCode('regionCode', args.regionCode);
  if (args.startedOn && !/^\d{4}-\d{2}-\d{2}$/.test(args.startedOn))
    throw invalid('startedOn', 'format', '日期格式为 YYYY-MM-DD (date as YYYY-MM-DD)');
  const pubRes = resource(Publicity);
  const statusColumn = wfRes.byProp.get(def.workflow.statusProp ?? 'status')!.column;
  const qb = knexOf(ctx)('publicity as t')
    .join(`${wfRes.table} as r`, 'r.id', 't.entity_id')
    .select('t.id', 't.entity_id', 't.publisher_name', 't.started_at', 't.ends_at', 't.min_days')
    .where('t.workflow', def.workflow.name)
    .whereNull('t.closed_at')
    .whereNull('r.archived_at')
    .where(`r.${statusColumn}`, def.status)
    .orderBy([{ column: 't.started_at' }, { column: 't.id' }])
    .limit(5000);
  if (args.regionCode) qb.whereRaw('?? like ?', ['t.region_code', `${args.regionCode}%`]);
  if (args.publisherId) qb.where('t.publisher_id', args.publisherId);
  // Without a batch the notice is what runs now; a chosen batch reprints, but still only records in publicity.
  const platform = ctx.em.getPlatform();
  if (!args.startedOn) qb.where('t.ends_at', '>', platform.processDateProperty(clock.now()) as never);
  else {
    // The start day in China time: [00:00, 24:00) at UTC+8.
    const from = new Date(`${args.startedOn}T00:00:00+08:00`);
    if (Number.isNaN(from.getTime()) || isoDate(from) !== args.startedOn)
      throw invalid('startedOn', 'date', `${args.startedOn} 不是有效日期 (not a calendar date)`);
    qb.where('t.started_at', '>=', platform.processDateProperty(from) as never).where(
      't.started_at',
      '<',
      platform.processDateProperty(new Date(from.getTime() + DAY_MS)) as never,
    );
  }
  applyScope(qb, pubRes, ctx);
  const rows = await runQuery<{ [k: string]: unknown }>(ctx.em, qb);
  const lines = await def.lines(
    ctx,
    rows.map((r) => String(r.entity_id)),
  );
  const entries: PublicityListEntry[] = [];
  for (const r of rows) {
    const line = lines.get(String(r.entity_id));
    if (!line) continue;
    entries.push({
      publicityId: String(r.id),
      recordId: String(r.entity_id),
      ...line,
      publisherName: String(r.publisher_name),
      startedAt: toDate(r.started_at),
      endsAt: toDate(r.ends_at),
    });
  }
  const days = [...new Set(rows.map((r) => Number(r.min_days)))];
  const minDays = days.length ? Math.max(...days) : settings.publicityMinDays;
  const publishers = [...new Set(entries.map((e) => e.publisherName))];
  const first = entries.length ? new Date(Math.min(...entries.map((e) => e.startedAt.getTime()))) : null;
  const last = entries.length ? new Date(Math.max(...entries.map((e) => e.endsAt.getTime()))) : null;
  const body = publishers.length ? publishers.join('、') : '公示单位';
  const period = first && last ? `，自${chineseDate(first)}起至${chineseDate(last)}止` : '';
  return {
    workflow: def.workflow.name,
    title: `${def.title.zh}公示`,
    minDays,
    publishers,
    startsOn: first ? isoDate(first) : null,
    endsOn: last ? isoDate(last) : null,
    text: `现将以上${def.title.zh}予以公示，公示期为${minDays}天${period}。如对公示内容有异议，请在公示期内向${body}实名反映，反映人信息将予以保密。`,
    textEn: `The ${def.title.en} above are publicized for ${minDays} days${first && last ? ` from ${isoDate(first)} to ${isoDate(last)}` : ''}. Objections may be raised with ${publishers.length ? publishers.join(', ') : 'the publishing body'} within the period; the objector’s details are kept confidential.`,
    entries,
  };
}

/* ---------- the publicity-ended job ---------- */

/**
 * Records in the history, as the system, every publicity whose period has ended since the last
 * run; the record then shows in the next level's pending approvals. Each publicity is claimed with
 * a conditional update, so two runs at once (two processes) write its history row once.
 */
export async function recordEndedPublicities(ctx: RequestContext): Promise<number> {
  const system = { ...ctx, actor: SYSTEM_ACTOR };
  let recorded = 0;
  for (;;) {
    const ended = await ctx.em
      .fork()
      .find(
        Publicity,
        { closedAt: null, endRecordedAt: null, endsAt: { $lte: clock.now() } },
        { orderBy: { endsAt: 'asc', id: 'asc' }, limit: 200 },
      );
    if (!ended.length) return recorded;
    for (const p of ended) {
      await inTransaction(system, async (em) => {
        const claimed = await em.nativeUpdate(Publicity, { id: p.id, endRecordedAt: null }, { endRecordedAt: clock.now() });
        if (claimed !== 1) return;
        const def = definitions.get(p.workflow);
        const status = def?.status ?? 'PUBLICIZING';
        historyStep(
          em,
          SYSTEM_ACTOR,
          p.workflow,
          p.entityId,
          'PUBLICITY_ENDED',
          '公示期满',
          status,
          status,
          `公示期 ${p.minDays} 天已满（${p.publisherName}公示）(the publicity period has ended)`,
          { publicityId: p.id },
        );
        audit(em, system, { entity: p.workflow, entityId: p.entityId, action: 'publicity:ended', detail: p.id });
        await em.flush();
        recorded++;
      });
    }
  }
}

/** Who reads publicity and objections, and who records objections (deciding one follows the next step’s permission). */
export const publicityGrants: Grants = {
  PROVINCIAL_ADMIN: ['publicity.read', 'publicity.object'],
  CITY_OFFICER: ['publicity.read', 'publicity.object'],
  COUNTY_OFFICER: ['publicity.read', 'publicity.object'],
  TOWNSHIP_OFFICER: ['publicity.read', 'publicity.object'],
  VILLAGE_OPERATOR: ['publicity.read', 'publicity.object'],
  VIEWER: ['publicity.read'],
};
