import { DateTimeType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityClass } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { Allow, can, inJurisdiction } from './access';
import { audit } from './audit';
import { clock } from './clock';
import type { RequestContext } from './context';
import { diff, inTransaction, loadForWrite, snapshot } from './crud';
import { newId } from './entity';
import { conflict, forbidden, Problems, unauthenticated } from './errors';
import { knexOf, applyScope } from './read';
import { runQuery } from './db';
import { resource, rowToObject } from './resource';
import type { ResolvedResource } from './resource';

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
}

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
  /** Permission needed, `domain.verb`. */
  permission: string;
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
  transitions: TransitionDef<E, any>[];
  /** Short human title for lists such as pending approvals. */
  title?: (row: E) => string;
}

const workflows = new Map<string, WorkflowDef<unknown>>();

export function defineWorkflow<E>(def: WorkflowDef<E>): WorkflowDef<E> {
  const seen = new Set<string>();
  for (const t of def.transitions) {
    if (seen.has(t.action)) throw new Error(`${def.name}: action ${t.action} is declared twice`);
    seen.add(t.action);
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

/** Actions the actor may take now on this record, in declaration order. */
export function availableTransitions<E>(ctx: RequestContext, def: WorkflowDef<E>, entity: E): TransitionDef<E>[] {
  const actor = ctx.actor;
  if (!actor) return [];
  const res = resource(def.entity) as ResolvedResource;
  if ((entity as Record<string, unknown>).archivedAt) return [];
  if (res.regionProperty && !inJurisdiction(actor, (entity as Record<string, unknown>)[res.regionProperty] as string, res.domain)) return [];
  const status = statusOf(def, entity);
  return def.transitions.filter((t) => t.from.includes(status) && can(actor, t.permission));
}

/** The one way a workflow record changes status. */
export async function transition<E extends object, P extends object>(
  ctx: RequestContext,
  def: WorkflowDef<E>,
  id: string,
  action: string,
  comment: string | null | undefined,
  expectedVersion: number,
  payload: P | null | undefined,
): Promise<E> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const step = def.transitions.find((t) => t.action === action);
  if (!step) throw conflict('UNKNOWN_ACTION', `${def.name} 没有动作 ${action} (unknown action)`);
  if (!can(actor, step.permission)) throw forbidden(`无权执行「${step.label}」(forbidden: ${action} needs ${step.permission})`, { permission: step.permission });

  const problems = new Problems();
  const text = comment?.trim() || null;
  if (step.commentRequired && !text) problems.add('comment', 'required', `「${step.label}」须填写意见或理由 (a comment is required for ${action})`);
  const given = (payload ?? {}) as Record<string, unknown>;
  for (const field of step.payloadRequired ?? []) {
    const v = given[field];
    if (v === undefined || v === null || (typeof v === 'string' && !v.trim())) problems.add(`payload.${field}`, 'required', `「${step.label}」须提供 ${field} (${action} requires payload.${field})`);
  }
  for (const field of Object.keys(given)) {
    if (given[field] !== undefined && given[field] !== null && !(step.payloadFields ?? step.payloadRequired ?? []).includes(field)) {
      problems.add(`payload.${field}`, 'notAccepted', `「${step.label}」不接受 ${field} (${action} does not take payload.${field})`);
    }
  }
  problems.throwIfAny();

  const res = resource(def.entity) as ResolvedResource;
  return inTransaction(ctx, async (em) => {
    const entity = await loadForWrite(ctx, em, def.entity, id, expectedVersion, true);
    const from = statusOf(def, entity);
    if ((entity as Record<string, unknown>).archivedAt) throw conflict('ARCHIVED', `${def.name} ${id} 已归档 (archived records do not move)`);
    if (!step.from.includes(from)) {
      throw conflict('ILLEGAL_TRANSITION', `当前状态 ${from} 不能执行「${step.label}」(cannot ${action} from ${from}; allowed from ${step.from.join(', ')})`, { from, action });
    }
    const t: TransitionContext<E, P> = { ctx, em, entity, payload: given as P, comment: text, from, to: step.to };
    await step.guard?.(t);
    const before = snapshot(res, entity);
    (entity as Record<string, unknown>)[def.statusProp ?? 'status'] = step.to;
    await step.effect?.(t);

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
    em.persist(history);
    audit(em, ctx, { entity: def.name, entityId: id, action: `transition:${action}`, changes: diff(res, before, snapshot(res, entity)), detail: text });
    await em.flush();
    return entity;
  });
}

/** History of many records of one workflow in one statement. */
export function loadHistory(ctx: RequestContext, workflow: string, entityId: string): Promise<WorkflowStep[]> {
  const loader = ctx.loaders.get(`history:${workflow}`, () => new DataLoader<string, WorkflowStep[]>(async (ids) => {
    const res = resource(WorkflowStep) as ResolvedResource;
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
  }));
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
  readPermission: string;
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
    availableActions(@Root() root: E, @Ctx() ctx: RequestContext): AvailableAction[] {
      return availableTransitions(ctx, o.def, root).map((t) => ({
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
    @Mutation(() => o.objectType, { name: `transition${name}`, description: `Move a ${name} through its workflow (流转). Status changes only here; each step is recorded in \`history\`.` })
    async transitionOne(
      @Arg('id', () => ID, { description: 'The record id.' }) id: string,
      @Arg('action', () => o.actionEnum, { description: 'The step to take.' }) action: string,
      @Arg('expectedVersion', () => Int, { description: 'The `version` you read; a stale one is refused with CONFLICT.' }) expectedVersion: number,
      @Arg('comment', () => String, { nullable: true, description: 'Comment or reason (required for reject, return, revoke, recall, exit).' }) comment: string | null,
      @Arg('payload', () => o.payloadInput, { nullable: true, description: 'What the step needs, e.g. agreement number and start date.' }) payload: object | null,
      @Ctx() ctx: RequestContext,
    ): Promise<E> {
      return transition(ctx, o.def, id, action, comment, expectedVersion, payload);
    }
  }
  return Base;
}

/** For "my pending approvals": records in states where the actor has an inbox action, in jurisdiction. */
/** Per workflow: the records in a status from which the caller may act (not archived, in scope). */
function inboxQueries(ctx: RequestContext) {
  const actor = ctx.actor;
  if (!actor) return [];
  return allWorkflows().flatMap((def) => {
    const inbox = def.transitions.filter((t) => t.inbox !== false && can(actor, t.permission));
    const statuses = [...new Set(inbox.flatMap((t) => t.from))];
    if (!statuses.length) return [];
    const res = resource(def.entity) as ResolvedResource;
    const qb = knexOf(ctx)(`${res.table} as t`)
      .whereIn(`t.${res.byProp.get(def.statusProp ?? 'status')!.column}`, statuses)
      .whereNull('t.archived_at');
    applyScope(qb, res, ctx);
    return [{ def, inbox, res, qb }];
  });
}

export async function pendingFor(ctx: RequestContext, limit: number): Promise<{ entity: string; id: string; title: string; status: string; actions: string[]; updatedAt: Date }[]> {
  const out: { entity: string; id: string; title: string; status: string; actions: string[]; updatedAt: Date }[] = [];
  for (const { def, inbox, res, qb } of inboxQueries(ctx)) {
    qb.select(res.columns.map((c) => `t.${c.column} as ${c.prop}`)).orderBy('t.updated_at', 'asc').limit(limit);
    for (const row of await runQuery(ctx.em, qb)) {
      const entity = rowToObject(res, row) as Record<string, unknown>;
      const actions = inbox.filter((t) => t.from.includes(entity[def.statusProp ?? 'status'] as string)).map((t) => t.action);
      out.push({ entity: def.name, id: String(entity.id), title: def.title?.(entity as never) ?? String(entity.id), status: String(entity[def.statusProp ?? 'status']), actions, updatedAt: entity.updatedAt as Date });
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
