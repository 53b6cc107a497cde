import { DateTimeType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityClass } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Knex } from 'knex';
import DataLoader from 'dataloader';
import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { Allow, can, inJurisdiction, SYSTEM_ACTOR } from './access';
import type { Actor, Permission } from './access';
import { settings } from '../config';
import { RegionLevel } from '../modules/region/region.entity';
import { audit } from './audit';
import { clock } from './clock';
import type { RequestContext } from './context';
import { diff, inTransaction, loadForWrite, snapshot } from './crud';
import { newId } from './entity';
import { conflict, forbidden, Problems, unauthenticated } from './errors';
import { knexOf, applyScope } from './read';
import { runQuery } from './db';
import { resource, rowToObject } from './resource';

/*
 * One declarative state machine for every workflow in the product. A domain lists its transitions
 * (from → to, who may, comment required, payload needed, guards); this file enforces them, writes
 * the history row and the audit row in the same transaction as the status change, and answers
 * "what may I do now" for the console and third-party apps. Status changes in no other way.
 */

@ObjectType({ description: '流转记录 One step in a record’s workflow history.' })
@Entity({ tableName: 'workflow_step' })
@Index({ properties: ['workflow', 'entityId', 'at'] })
export class WorkflowStep {
  @Field(() => ID, { description: 'Step id (time-ordered).' })
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = newId();

  @Field(() => String, { description: '流程 (workflow: the entity type, e.g. JobPlacement)' })
  @Property({ type: 'string' })
  workflow: string;

  @Field(() => ID, { description: '对象 id (the record that moved)' })
  @Property({ type: 'string', length: 36 })
  entityId: string;

  @Field(() => String, { description: '动作 (action taken, e.g. COUNTY_APPROVE)' })
  @Property({ type: 'string' })
  action: string;

  @Field(() => String, { description: '动作名称 (Chinese label of the action)' })
  @Property({ type: 'string' })
  actionLabel: string;

  @Field(() => String, { description: '原状态 (status before)' })
  @Property({ type: 'string' })
  fromStatus: string;

  @Field(() => String, { description: '新状态 (status after)' })
  @Property({ type: 'string' })
  toStatus: string;

  @Field(() => String, { nullable: true, description: '意见 (comment or reason given by the actor)' })
  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @Field(() => String, { nullable: true, description: '操作人 id (actor id)' })
  @Property({ type: 'string', nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: '操作人 (actor name)' })
  @Property({ type: 'string', nullable: true })
  actorName?: string | null;

  @Field(() => Date, { description: '时间 (when)' })
  @Property({ type: DateTimeType })
  at: Date = clock.now();

  @Field(() => String, { nullable: true, description: '附加信息 (the action payload as JSON, e.g. agreement number and start date)' })
  @Property({ type: 'text', nullable: true })
  payload?: string | null;

  @Field(() => RegionLevel, {
    nullable: true,
    description:
      '代行级别 (the lower level this step belongs to when a higher level took it under WORKFLOW_DELEGATION; null when taken at its own level)',
  })
  @Property({ type: 'string', length: 16, nullable: true })
  actedFor?: RegionLevel | null;
}

/**
 * Which administrative level takes a step: one level, several (any of them), one per status the step
 * leaves (a rejection belongs to whichever review the record is in), ANY for steps that only record
 * what someone else did (an applicant's withdrawal) and need the permission and jurisdiction alone,
 * or SYSTEM for steps only the system takes when a deadline passes.
 */
export type StepLevel = RegionLevel | readonly RegionLevel[] | 'ANY' | 'SYSTEM' | Readonly<Record<string, RegionLevel>>;

/** Review keys: the same person never takes steps of two different review keys on one record. */
export type ReviewKey = string | Readonly<Record<string, string>>;

export interface TransitionContext<E, P> {
  ctx: RequestContext;
  em: SqlEntityManager;
  entity: E;
  payload: P;
  comment: string | null;
  from: string;
  to: string;
}

export interface TransitionDef<E, P = Record<string, unknown>> {
  action: string;
  from: string[];
  to: string;
  /** Chinese label shown on the button and in history. */
  label: string;
  /** Permission needed, `domain.verb`: a constant of the domain's `<domain>.access.ts`. */
  permission: Permission;
  /**
   * The administrative level whose users take this step (besides the permission): the caller's
   * jurisdiction must be a region of that level containing the record, unless WORKFLOW_DELEGATION
   * lets the caller's level act for it (recorded as `actedFor`). Required, so no step is left open to
   * every level by omission.
   */
  level: StepLevel;
  /**
   * Separation of duties: the review this step belongs to (e.g. `village`, `county`; per status for a
   * rejection). A person who took a step of one review on a record may take no step of another review
   * on it; repeating the same review (after a return or resubmission) is allowed. Steps without a key
   * are not reviews.
   */
  review?: ReviewKey;
  commentRequired?: boolean;
  /** Payload fields this action requires. */
  payloadRequired?: string[];
  /** Payload fields this action accepts (required ones included); the console builds its dialog from these. */
  payloadFields?: string[];
  /** Business rules that must hold; throw CONFLICT or BAD_USER_INPUT naming the rule. */
  guard?: (t: TransitionContext<E, P>) => Promise<void> | void;
  /** Writes what the step records on the entity (dates, numbers) after the guard passed. */
  effect?: (t: TransitionContext<E, P>) => Promise<void> | void;
  /** Listed in "my pending approvals" when available (false for withdraw, cancel, …). */
  inbox?: boolean;
  /** Row-lock the entity on PostgreSQL while the guard counts related rows. */
  lock?: boolean;
}

export interface WorkflowDef<E> {
  /** Entity type name, e.g. `JobPlacement`. */
  name: string;
  entity: EntityClass<E>;
  statusProp?: string;
  // Each transition has its own payload type; a list of them can only be typed by erasing it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  transitions: TransitionDef<E, any>[];
  /** Short human title for lists such as pending approvals. */
  title?: (row: E) => string;
}

/**
 * Cross-cutting steps hook into every transition (publicity in core/publicity.ts): `before` refuses
 * after the step's own checks and before its guard, `after` runs after its effect in the same
 * transaction, `inbox` narrows the pending-approvals query of a workflow (alias `t`), `available`
 * the actions offered on a record.
 */
export interface TransitionHook {
  before?(t: TransitionContext<unknown, unknown>, def: WorkflowDef<unknown>, step: TransitionDef<unknown>): Promise<void> | void;
  after?(t: TransitionContext<unknown, unknown>, def: WorkflowDef<unknown>, step: TransitionDef<unknown>): Promise<void> | void;
  inbox?(ctx: RequestContext, def: WorkflowDef<unknown>, qb: Knex.QueryBuilder): void;
  /** Narrows `availableActions` to the steps the hook would not refuse now. */
  available?(
    ctx: RequestContext,
    def: WorkflowDef<unknown>,
    row: Record<string, unknown>,
    steps: TransitionDef<unknown>[],
  ): Promise<TransitionDef<unknown>[]>;
}

const hooks: TransitionHook[] = [];

export function addTransitionHook(hook: TransitionHook): void {
  hooks.push(hook);
}

const workflows = new Map<string, WorkflowDef<unknown>>();

export function defineWorkflow<E>(def: WorkflowDef<E>): WorkflowDef<E> {
  const seen = new Set<string>();
  for (const t of def.transitions) {
    if (seen.has(t.action)) throw new Error(`${def.name}: action ${t.action} is declared twice`);
    seen.add(t.action);
    if (!t.level) throw new Error(`${def.name}: action ${t.action} declares no level`);
    if (typeof t.level === 'object' && !Array.isArray(t.level)) {
      for (const from of t.from)
        if (!(t.level as Record<string, RegionLevel>)[from])
          throw new Error(`${def.name}: action ${t.action} declares no level for status ${from}`);
    }
  }
  // The inbox excludes a record by one review key per status (see inboxQueries), so a status's inbox review steps share it.
  for (const status of new Set(def.transitions.flatMap((t) => t.from))) {
    const keys = new Set(
      def.transitions
        .filter((t) => t.inbox !== false && t.from.includes(status))
        .map((t) => reviewOf(t as TransitionDef<unknown>, status))
        .filter((k) => k !== null),
    );
    if (keys.size > 1) throw new Error(`${def.name}: the inbox steps from ${status} belong to different reviews (${[...keys].join(', ')})`);
  }
  workflows.set(def.name, def as WorkflowDef<unknown>);
  return def;
}

export function allWorkflows(): WorkflowDef<unknown>[] {
  return [...workflows.values()];
}

function statusOf<E>(def: WorkflowDef<E>, entity: E): string {
  return (entity as Record<string, unknown>)[def.statusProp ?? 'status'] as string;
}

const LEVEL_LABELS: Record<string, string> = {
  NATIONAL: '全国',
  PROVINCE: '省级',
  CITY: '市级',
  COUNTY: '县级',
  TOWNSHIP: '乡镇级',
  VILLAGE: '村级',
  SYSTEM: '系统',
};

/** The level of a jurisdiction, from the length of its statistics-bureau code; no region is NATIONAL. */
export function levelOfRegion(code: string | null): string {
  if (code === null) return 'NATIONAL';
  return ({ 2: 'PROVINCE', 4: 'CITY', 6: 'COUNTY', 9: 'TOWNSHIP', 12: 'VILLAGE' } as Record<number, string>)[code.length] ?? 'UNKNOWN';
}

/** The levels that take this step from this status, or ANY / SYSTEM. */
function levelsOf(t: TransitionDef<unknown>, from: string): readonly RegionLevel[] | 'ANY' | 'SYSTEM' {
  const l = t.level;
  if (l === 'ANY' || l === 'SYSTEM') return l;
  if (typeof l === 'string') return [l];
  if (Array.isArray(l)) return l as readonly RegionLevel[];
  const one = (l as Record<string, RegionLevel>)[from];
  return one ? [one] : [];
}

/** The review key of this step from this status (null: not a review). */
export function reviewOf(t: TransitionDef<unknown>, from: string): string | null {
  if (!t.review) return null;
  return typeof t.review === 'string' ? t.review : (t.review[from] ?? null);
}

function delegates(acting: string, actedFor: string): boolean {
  return settings.workflowDelegation.some(([a, f]) => a === acting && f === actedFor);
}

type Authority = { ok: true; actedFor: RegionLevel | null } | { ok: false; message: string; levels: readonly string[] };

/**
 * Whether the actor's level may take the step on a record lying in `regionCode`: their own
 * jurisdiction (not an area merely visible to them, such as a pairing partner's) must contain the
 * record and be of the step's level, or of a level WORKFLOW_DELEGATION lets act for it. The system
 * (deadline jobs) is no level and takes every step.
 */
export function authorityFor(actor: Actor, t: TransitionDef<unknown>, from: string, regionCode: string | null | undefined): Authority {
  if (actor.kind === 'system') return { ok: true, actedFor: null };
  const levels = levelsOf(t, from);
  if (levels === 'ANY') return { ok: true, actedFor: null };
  const mine = levelOfRegion(actor.regionCode);
  if (levels === 'SYSTEM')
    return { ok: false, levels: ['SYSTEM'], message: `「${t.label}」由系统在期限届满时办理 (${t.action} is taken by the system only)` };
  const wanted = levels.map((l) => LEVEL_LABELS[l]).join('或');
  if (actor.regionCode !== null && !(regionCode ?? '').startsWith(actor.regionCode)) {
    return {
      ok: false,
      levels,
      message: `「${t.label}」须由该记录所在地的${wanted}用户办理 (${t.action} is taken at ${levels.join(' or ')} level by a user whose own jurisdiction contains the record)`,
    };
  }
  if (levels.includes(mine as RegionLevel)) return { ok: true, actedFor: null };
  const delegated = levels.find((l) => delegates(mine, l));
  if (delegated) return { ok: true, actedFor: delegated };
  return {
    ok: false,
    levels,
    message: `「${t.label}」须由${wanted}用户办理，您的管辖范围是${LEVEL_LABELS[mine] ?? mine} (${t.action} is taken at ${levels.join(' or ')} level; your jurisdiction is ${mine} level${settings.workflowDelegation.length ? '' : ' and no delegation is configured'})`,
  };
}

/** The earlier step of this actor on the record that belongs to another review than this step, if any. */
function reviewConflict<E>(
  def: WorkflowDef<E>,
  t: TransitionDef<E>,
  from: string,
  actor: Actor,
  history: readonly WorkflowStep[],
): WorkflowStep | null {
  const key = reviewOf(t as TransitionDef<unknown>, from);
  if (!key || actor.kind === 'system') return null;
  return (
    history.find((h) => {
      if (h.actorId !== actor.id) return false;
      const taken = def.transitions.find((x) => x.action === h.action);
      const other = taken ? reviewOf(taken as TransitionDef<unknown>, h.fromStatus) : null;
      return other !== null && other !== key;
    }) ?? null
  );
}

/** Actions the actor may take now on this record (permission, level, jurisdiction, separation of duties), in declaration order. */
export async function availableTransitions<E>(ctx: RequestContext, def: WorkflowDef<E>, entity: E): Promise<TransitionDef<E>[]> {
  const actor = ctx.actor;
  if (!actor) return [];
  const res = resource(def.entity);
  const row = entity as Record<string, unknown>;
  if (row.archivedAt) return [];
  const region = res.regionProperty ? (row[res.regionProperty] as string) : null;
  if (res.regionProperty && !inJurisdiction(actor, region, res.domain)) return [];
  const status = statusOf(def, entity);
  let candidates = def.transitions.filter(
    (t) => t.from.includes(status) && can(actor, t.permission) && authorityFor(actor, t as TransitionDef<unknown>, status, region).ok,
  );
  for (const hook of hooks)
    if (hook.available)
      candidates = (await hook.available(
        ctx,
        def as WorkflowDef<unknown>,
        row,
        candidates as TransitionDef<unknown>[],
      )) as TransitionDef<E>[];
  if (!candidates.some((t) => reviewOf(t as TransitionDef<unknown>, status))) return candidates;
  const history = await loadHistory(ctx, def.name, String(row.id));
  return candidates.filter((t) => !reviewConflict(def, t, status, actor, history));
}

/** The one way a workflow record changes status. */
export async function transition<E extends object, P extends object>(
  ctx: RequestContext,
  def: WorkflowDef<E>,
  id: string,
  action: string,
  comment: string | null | undefined,
  /** The version the caller read; undefined only for the system's own steps, which read the record under lock. */
  expectedVersion: number | undefined,
  payload: P | null | undefined,
): Promise<E> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const step = def.transitions.find((t) => t.action === action);
  if (!step) throw conflict('UNKNOWN_ACTION', `${def.name} 没有动作 ${action} (unknown action)`);
  if (!can(actor, step.permission))
    throw forbidden(`无权执行「${step.label}」(forbidden: ${action} needs ${step.permission})`, { permission: step.permission });

  const problems = new Problems();
  const text = comment?.trim() || null;
  if (step.commentRequired && !text)
    problems.add('comment', 'required', `「${step.label}」须填写意见或理由 (a comment is required for ${action})`);
  const given = (payload ?? {}) as Record<string, unknown>;
  for (const field of step.payloadRequired ?? []) {
    const v = given[field];
    if (v === undefined || v === null || (typeof v === 'string' && !v.trim()))
      problems.add(`payload.${field}`, 'required', `「${step.label}」须提供 ${field} (${action} requires payload.${field})`);
  }
  for (const field of Object.keys(given)) {
    if (given[field] !== undefined && given[field] !== null && !(step.payloadFields ?? step.payloadRequired ?? []).includes(field)) {
      problems.add(`payload.${field}`, 'notAccepted', `「${step.label}」不接受 ${field} (${action} does not take payload.${field})`);
    }
  }
  problems.throwIfAny();

  const res = resource(def.entity);
  return inTransaction(ctx, async (em) => {
    const entity = await loadForWrite(ctx, em, def.entity, id, expectedVersion, true);
    const from = statusOf(def, entity);
    if ((entity as Record<string, unknown>).archivedAt)
      throw conflict('ARCHIVED', `${def.name} ${id} 已归档 (archived records do not move)`);
    if (!step.from.includes(from)) {
      throw conflict(
        'ILLEGAL_TRANSITION',
        `当前状态 ${from} 不能执行「${step.label}」(cannot ${action} from ${from}; allowed from ${step.from.join(', ')})`,
        { from, action },
      );
    }
    const authority = authorityFor(
      actor,
      step as TransitionDef<unknown>,
      from,
      res.regionProperty ? ((entity as Record<string, unknown>)[res.regionProperty] as string) : null,
    );
    if (!authority.ok)
      throw forbidden(authority.message, {
        rule: 'REVIEW_LEVEL',
        action,
        levels: authority.levels,
        yourLevel: levelOfRegion(actor.regionCode),
      });
    if (reviewOf(step as TransitionDef<unknown>, from) && actor.kind !== 'system') {
      // Read under the record's lock (taken by loadForWrite), so two steps of one person cannot slip past each other.
      const mine = await em.find(
        WorkflowStep,
        { workflow: def.name, entityId: id, actorId: actor.id },
        { orderBy: { at: 'asc', id: 'asc' } },
      );
      const earlier = reviewConflict(def, step, from, actor, mine);
      if (earlier) {
        throw conflict(
          'SAME_REVIEWER',
          `同一人不能办理同一记录的两个审核环节：您已办理「${earlier.actionLabel}」，「${step.label}」须由他人办理 (separation of duties: you took ${earlier.action} on this record, so ${action} must be taken by someone else)`,
          { action, earlierAction: earlier.action },
        );
      }
    }
    const t: TransitionContext<E, P> = { ctx, em, entity, payload: given as P, comment: text, from, to: step.to };
    for (const hook of hooks)
      await hook.before?.(t as TransitionContext<unknown, unknown>, def as WorkflowDef<unknown>, step as TransitionDef<unknown>);
    await step.guard?.(t);
    const before = snapshot(res, entity);
    (entity as Record<string, unknown>)[def.statusProp ?? 'status'] = step.to;
    await step.effect?.(t);
    for (const hook of hooks)
      await hook.after?.(t as TransitionContext<unknown, unknown>, def as WorkflowDef<unknown>, step as TransitionDef<unknown>);

    const history = new WorkflowStep();
    history.workflow = def.name;
    history.entityId = id;
    history.action = action;
    history.actionLabel = step.label;
    history.fromStatus = from;
    history.toStatus = step.to;
    history.comment = text;
    history.actorId = actor.id;
    history.actorName = actor.name;
    history.payload = Object.keys(given).length ? JSON.stringify(given) : null;
    history.actedFor = authority.actedFor;
    em.persist(history);
    audit(em, ctx, {
      entity: def.name,
      entityId: id,
      action: `transition:${action}`,
      changes: diff(res, before, snapshot(res, entity)),
      detail: text,
    });
    await em.flush();
    return entity;
  });
}

/**
 * A step the system takes by itself because a deadline passed (the jobs in `<domain>.jobs.ts`). No
 * user's permission or review level applies; the step's guards, the history row (actor 系统) and the
 * audit row do, exactly as for a person.
 */
export function systemTransition<E extends object, P extends object>(
  ctx: RequestContext,
  def: WorkflowDef<E>,
  id: string,
  action: string,
  comment: string,
  payload?: P,
): Promise<E> {
  return transition({ ...ctx, actor: SYSTEM_ACTOR }, def, id, action, comment, undefined, payload);
}

/** History of many records of one workflow in one statement. */
export function loadHistory(ctx: RequestContext, workflow: string, entityId: string): Promise<WorkflowStep[]> {
  const loader = ctx.loaders.get(
    `history:${workflow}`,
    () =>
      new DataLoader<string, WorkflowStep[]>(async (ids) => {
        const res = resource(WorkflowStep);
        const qb = knexOf(ctx)(`${res.table} as t`)
          .select(res.columns.map((c) => `t.${c.column} as ${c.prop}`))
          .where('t.workflow', workflow)
          .whereIn('t.entity_id', ids as string[])
          .orderBy([{ column: 't.at' }, { column: 't.id' }]);
        const rows = await runQuery(ctx.em, qb);
        const grouped = new Map<string, WorkflowStep[]>();
        for (const row of rows) {
          const step = rowToObject(res, row) as WorkflowStep;
          const list = grouped.get(step.entityId) ?? [];
          list.push(step);
          grouped.set(step.entityId, list);
        }
        return ids.map((i) => grouped.get(i) ?? []);
      }),
  );
  return loader.load(entityId);
}

export interface WorkflowResolverOptions<E extends object> {
  def: WorkflowDef<E>;
  objectType: ClassType<E>;
  /** The GraphQL enum of actions, e.g. JobPlacementAction. */
  actionEnum: object;
  /** The payload input type, e.g. JobPlacementTransitionInput. */
  payloadInput: ClassType<object>;
  /** Permission to read the record (for history and available actions). */
  readPermission: Permission;
}

/**
 * `transitionX`, `X.availableActions` and `X.history` for one workflow. Domain resolvers extend
 * the returned class.
 */
export function WorkflowResolver<E extends object>(o: WorkflowResolverOptions<E>) {
  const name = o.def.name;

  @ObjectType(`${name}AvailableAction`, { description: `一项可执行的操作 An action the caller may take on this ${name} now.` })
  class AvailableAction {
    @Field(() => o.actionEnum, { description: 'The action to pass to the transition mutation.' }) action: string;
    @Field(() => String, { description: '名称 (Chinese label for the button)' }) label: string;
    @Field(() => Boolean, { description: 'A comment or reason must be given.' }) commentRequired: boolean;
    @Field(() => [String], { description: 'Payload fields this action takes.' }) payloadFields: string[];
    @Field(() => [String], { description: 'Payload fields this action requires.' }) payloadRequired: string[];
    @Field(() => String, { description: 'Status the record moves to.' }) toStatus: string;
  }

  @Resolver(() => o.objectType)
  abstract class Base {
    @FieldResolver(() => [AvailableAction], { description: '可执行操作 What the caller may do with this record now (empty when nothing).' })
    async availableActions(@Root() root: E, @Ctx() ctx: RequestContext): Promise<AvailableAction[]> {
      return (await availableTransitions(ctx, o.def, root)).map((t) => ({
        action: t.action,
        label: t.label,
        commentRequired: !!t.commentRequired,
        payloadFields: t.payloadFields ?? t.payloadRequired ?? [],
        payloadRequired: t.payloadRequired ?? [],
        toStatus: t.to,
      }));
    }

    @FieldResolver(() => [WorkflowStep], { description: '流转记录 Every status change of this record, oldest first.' })
    history(@Root() root: E, @Ctx() ctx: RequestContext): Promise<WorkflowStep[]> {
      return loadHistory(ctx, name, String((root as Record<string, unknown>).id));
    }

    @Allow(o.readPermission)
    @Mutation(() => o.objectType, {
      name: `transition${name}`,
      description: `Move a ${name} through its workflow (流转). Status changes only here; each step is recorded in \`history\`.`,
    })
    async transitionOne(
      @Arg('id', () => ID, { description: 'The record id.' }) id: string,
      @Arg('action', () => o.actionEnum, { description: 'The step to take.' }) action: string,
      @Arg('expectedVersion', () => Int, { description: 'The `version` you read; a stale one is refused with CONFLICT.' })
      expectedVersion: number,
      @Arg('comment', () => String, {
        nullable: true,
        description: 'Comment or reason (required for reject, return, revoke, recall, exit).',
      })
      comment: string | null,
      @Arg('payload', () => o.payloadInput, { nullable: true, description: 'What the step needs, e.g. agreement number and start date.' })
      payload: object | null,
      @Ctx() ctx: RequestContext,
    ): Promise<E> {
      return transition(ctx, o.def, id, action, comment, expectedVersion, payload);
    }
  }
  return Base;
}

/**
 * For "my pending approvals", per workflow: the records in a status from which the caller may take an
 * inbox step now — permission, level (their own jurisdiction, of the step's level or delegated), not
 * archived, and not a review the caller may no longer take on that record (separation of duties, as a
 * NOT EXISTS over its history), so the list and the count hold only what this caller can do.
 */
function inboxQueries(ctx: RequestContext) {
  const actor = ctx.actor;
  if (!actor) return [];
  const steps = resource(WorkflowStep);
  const col = (prop: string) => `ws.${steps.byProp.get(prop)!.column}`;
  return allWorkflows().flatMap((def) => {
    const byStatus = new Map<string, TransitionDef<unknown>[]>();
    for (const t of def.transitions as TransitionDef<unknown>[]) {
      if (t.inbox === false || !can(actor, t.permission)) continue;
      // Containment is the query's region filter below; here only the level counts.
      for (const from of t.from)
        if (authorityFor(actor, t, from, actor.regionCode ?? '').ok) byStatus.set(from, [...(byStatus.get(from) ?? []), t]);
    }
    if (!byStatus.size) return [];
    const res = resource(def.entity);
    const statusColumn = `t.${res.byProp.get(def.statusProp ?? 'status')!.column}`;
    const qb = knexOf(ctx)(`${res.table} as t`).whereNull('t.archived_at');
    applyScope(qb, res, ctx);
    for (const hook of hooks) hook.inbox?.(ctx, def, qb);
    if (res.regionProperty && actor.regionCode !== null)
      qb.where(`t.${res.byProp.get(res.regionProperty)!.column}`, 'like', `${actor.regionCode}%`);
    qb.where((any) => {
      for (const [status, list] of byStatus) {
        const keys = list.map((t) => reviewOf(t, status));
        any.orWhere((one) => {
          one.where(statusColumn, status);
          if (actor.kind === 'system' || keys.some((k) => k === null)) return;
          // Steps of the other reviews: having taken any of them on the record bars this one (one key per status, see defineWorkflow).
          const others = (def.transitions as TransitionDef<unknown>[]).flatMap((t) =>
            t.from.filter((f) => reviewOf(t, f) !== null && reviewOf(t, f) !== keys[0]).map((f) => [t.action, f] as const),
          );
          if (!others.length) return;
          one.whereNotExists(
            knexOf(ctx)(`${steps.table} as ws`)
              .select(knexOf(ctx).raw('1'))
              .where(col('workflow'), def.name)
              .whereRaw('?? = ??', [col('entityId'), `t.${res.primaryKey.column}`])
              .where(col('actorId'), actor.id)
              .where((pairs) => {
                for (const [action, from] of others) pairs.orWhere((p) => p.where(col('action'), action).where(col('fromStatus'), from));
              }),
          );
        });
      }
    });
    return [{ def, byStatus, res, qb }];
  });
}

export async function pendingFor(
  ctx: RequestContext,
  limit: number,
): Promise<{ entity: string; id: string; title: string; status: string; actions: string[]; updatedAt: Date }[]> {
  const out: { entity: string; id: string; title: string; status: string; actions: string[]; updatedAt: Date }[] = [];
  for (const { def, byStatus, res, qb } of inboxQueries(ctx)) {
    qb.select(res.columns.map((c) => `t.${c.column} as ${c.prop}`))
      .orderBy('t.updated_at', 'asc')
      .limit(limit);
    for (const row of await runQuery(ctx.em, qb)) {
      const entity = rowToObject(res, row) as Record<string, unknown>;
      const status = String(entity[def.statusProp ?? 'status']);
      let list = byStatus.get(status) ?? [];
      if (list.some((t) => reviewOf(t, status))) {
        const history = await loadHistory(ctx, def.name, String(entity.id));
        list = list.filter((t) => !reviewConflict(def as WorkflowDef<unknown>, t, status, ctx.actor!, history));
      }
      if (!list.length) continue;
      out.push({
        entity: def.name,
        id: String(entity.id),
        title: def.title?.(entity as never) ?? String(entity.id),
        status,
        actions: list.map((t) => t.action),
        updatedAt: entity.updatedAt as Date,
      });
    }
  }
  return out.sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime()).slice(0, limit);
}

/** How many records wait for the caller across all workflows: one count per workflow, whatever the rows. */
export async function pendingCount(ctx: RequestContext): Promise<number> {
  let total = 0;
  for (const { qb } of inboxQueries(ctx)) {
    const [row] = await runQuery<{ c: number | string }>(ctx.em, qb.count({ c: '*' }));
    total += Number(row?.c ?? 0);
  }
  return total;
}
