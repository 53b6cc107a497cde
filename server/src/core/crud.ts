import type { EntityClass } from '@mikro-orm/core';
import { FlushMode, LockMode, OptimisticLockError } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { Allow, inJurisdiction, requirePermission } from './access';
import type { Actor, Permission } from './access';
import { audit, maskForLog } from './audit';
import type { RequestContext } from './context';
import type { Timestamped } from './entity';
import { Problems, conflict, forbidden, notFound, staleVersion } from './errors';
import { labelOf } from './validation';
import { clock } from './clock';
import { Connection, ListArgsType, OrderInput } from './pagination';
import type { ListArgs } from './pagination';
import { listConnection, loadById } from './read';
import { resource } from './resource';
import { isPostgres } from './db';
import type { ListedResourceConfig, ResolvedResource } from './resource';

/** What the write path reads and writes on every record (every entity extends `Timestamped`). */
type Versioned = Pick<Timestamped, 'version' | 'archivedAt'>;

/** An entity class the write path can construct (`new X()`) and the ORM knows. */
export type EntityConstructor<T> = EntityClass<T> & (new () => T);

/**
 * The record's optimistic-lock version. `loadForWrite` serves workflows over any entity type, so it
 * reads the column by checking it is there instead of asserting a type.
 */
function versionOf(record: object): number | undefined {
  return 'version' in record && typeof record.version === 'number' ? record.version : undefined;
}

export interface CrudHooks<T, C, U> {
  /** Validates the input against the domain rules and returns a new, not yet persisted entity. */
  build?(ctx: RequestContext, em: SqlEntityManager, input: C): Promise<T>;
  /** Validates and applies an update to the loaded entity. */
  apply?(ctx: RequestContext, em: SqlEntityManager, entity: T, input: U): Promise<void>;
  /** Refuses archiving when the record is still in use. */
  beforeArchive?(ctx: RequestContext, em: SqlEntityManager, entity: T): Promise<void>;
}

/** Copies the given (defined) input keys onto the entity; `undefined` means "leave as is". */
export function assignDefined<T extends object>(entity: T, input: object, keys?: readonly string[]): void {
  for (const [k, v] of Object.entries(input)) {
    if (v === undefined || (keys && !keys.includes(k))) continue;
    (entity as Record<string, unknown>)[k] = v;
  }
}

/**
 * Explicit nulls in a write's input, checked against the columns before any hook reads them: in an
 * update, null on a NOT NULL column is refused naming the field (it would otherwise reach the
 * database as a constraint violation); in a create it means "not given", so the default applies.
 */
export function checkNulls<I extends object>(em: SqlEntityManager, entity: EntityClass<unknown>, input: I, mode: 'create' | 'update'): I {
  const meta = em.getMetadata().find(entity.name);
  if (!meta) return input;
  const problems = new Problems();
  let out: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(input)) {
    const prop = meta.props.find((p) => p.name === key);
    if (value !== null || !prop || prop.nullable || prop.primary) continue;
    if (mode === 'update')
      problems.add(
        key,
        'required',
        `${labelOf(input.constructor, key)}不能为空，不修改请省略该字段 (${key} must not be null; omit it to keep the current value)`,
      );
    else delete (out ??= { ...(input as Record<string, unknown>) })[key];
  }
  problems.throwIfAny();
  return (out as I | undefined) ?? input;
}

/** Current values of the persisted columns, for change diffs. */
export function snapshot(res: ResolvedResource, entity: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of res.columns) {
    if (res.hidden?.includes(c.prop)) continue;
    const v = (entity as Record<string, unknown>)[c.prop];
    out[c.prop] = v instanceof Date ? v.toISOString() : (v ?? null);
  }
  return out;
}

export function diff(
  res: ResolvedResource,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(after)) {
    if (key === 'version' || key === 'updatedAt') continue;
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    const sensitive = res.sensitive?.includes(key);
    changes[key] = [sensitive ? maskForLog(before[key]) : (before[key] ?? null), sensitive ? maskForLog(after[key]) : after[key]];
  }
  return changes;
}

/** Refuses a write to a record outside the actor's jurisdiction. */
export function assertWritableRegion(actor: Actor, res: ResolvedResource, entity: object): void {
  if (!res.regionProperty) return;
  const code = (entity as Record<string, unknown>)[res.regionProperty] as string | null | undefined;
  if (!inJurisdiction(actor, code, res.domain)) {
    throw forbidden(`该记录不在您的管辖范围内 (outside your jurisdiction ${actor.regionCode})`, { regionCode: code ?? null });
  }
}

/**
 * Loads a record for writing inside a transaction: hidden (NOT_FOUND) when outside the actor's
 * jurisdiction, CONFLICT when `expectedVersion` is stale. `lock` takes a row lock on PostgreSQL for
 * rules that count sibling rows.
 */
export async function loadForWrite<T extends object>(
  ctx: RequestContext,
  em: SqlEntityManager,
  entity: EntityClass<T>,
  id: string,
  expectedVersion?: number,
  lock = false,
): Promise<T> {
  const res = resource(entity);
  const found = await em.findOne(
    entity,
    { [res.primaryKey.prop]: id } as never,
    lock && isPostgres(em) ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
  );
  if (
    !found ||
    (res.regionProperty &&
      ctx.actor &&
      !inJurisdiction(ctx.actor, (found as Record<string, unknown>)[res.regionProperty] as string, res.domain))
  ) {
    throw notFound(res.name, id);
  }
  const version = versionOf(found);
  if (expectedVersion !== undefined && version !== expectedVersion) {
    throw staleVersion(res.name, id, expectedVersion, version ?? 0);
  }
  return found;
}

/** Runs a write in one transaction and turns a lost optimistic race into CONFLICT. */
export async function inTransaction<R>(ctx: RequestContext, work: (em: SqlEntityManager) => Promise<R>): Promise<R> {
  try {
    const result = await ctx.em.transactional((em) => work(em as SqlEntityManager));
    ctx.loaders.clear();
    return result;
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      throw conflict('STALE_VERSION', '记录已被他人修改，请刷新后重试 (someone else changed this record first; reload and retry)');
    }
    throw error;
  }
}

/**
 * The generic write path every entity shares: permission, jurisdiction, optimistic version,
 * validation through the domain's hooks, and the audit row, all in one transaction.
 */
export class CrudService<T extends Versioned, C extends object = object, U extends object = object> {
  constructor(
    readonly entity: EntityConstructor<T>,
    readonly hooks: CrudHooks<T, C, U> = {},
  ) {}

  get res(): ResolvedResource<T> {
    return resource(this.entity);
  }

  async create(ctx: RequestContext, input: C): Promise<T> {
    const actor = requirePermission(ctx.actor, `${this.res.domain}.create`);
    return inTransaction(ctx, async (em) => {
      const given = checkNulls(em, this.entity, input, 'create');
      const entity = this.hooks.build ? await this.hooks.build(ctx, em, given) : Object.assign(new this.entity(), given);
      assertWritableRegion(actor, this.res, entity);
      em.persist(entity);
      audit(em, ctx, {
        entity: this.res.name,
        entityId: String((entity as Record<string, unknown>)[this.res.primaryKey.prop]),
        action: 'create',
        changes: diff(this.res, {}, snapshot(this.res, entity)),
      });
      await em.flush();
      return entity;
    });
  }

  async update(ctx: RequestContext, id: string, input: U, expectedVersion: number): Promise<T> {
    const actor = requirePermission(ctx.actor, `${this.res.domain}.update`);
    return inTransaction(ctx, async (em) => {
      // One write, one version: a query inside the hook must not flush the half-applied change
      // first (it did: a renamed team member's identity check bumped the version, then the rename).
      em.setFlushMode(FlushMode.COMMIT);
      checkNulls(em, this.entity, input, 'update');
      const entity = await loadForWrite(ctx, em, this.entity, id, expectedVersion);
      if (entity.archivedAt)
        throw conflict('ARCHIVED', `${this.res.name} ${id} 已归档，请先恢复 (archived records cannot be edited; restore it first)`);
      const before = snapshot(this.res, entity);
      if (this.hooks.apply) await this.hooks.apply(ctx, em, entity, input);
      else assignDefined(entity, input);
      assertWritableRegion(actor, this.res, entity);
      const changes = diff(this.res, before, snapshot(this.res, entity));
      if (Object.keys(changes).length) {
        audit(em, ctx, { entity: this.res.name, entityId: id, action: 'update', changes });
        await em.flush();
      }
      return entity;
    });
  }

  async archive(ctx: RequestContext, id: string, archived: boolean): Promise<T> {
    requirePermission(ctx.actor, `${this.res.domain}.archive`);
    return inTransaction(ctx, async (em) => {
      const entity = await loadForWrite(ctx, em, this.entity, id);
      if (archived === !!entity.archivedAt) return entity;
      if (archived) await this.hooks.beforeArchive?.(ctx, em, entity);
      entity.archivedAt = archived ? clock.now() : null;
      audit(em, ctx, { entity: this.res.name, entityId: id, action: archived ? 'archive' : 'restore' });
      await em.flush();
      return entity;
    });
  }
}

/**
 * What a resource's generated mutations write with. Everything else (names, object type, domain,
 * filter, sort fields, description) comes from its declaration in `<domain>.resource.ts`.
 */
export type CrudWrites<T extends Versioned, C extends object, U extends object> =
  | {
      service: CrudService<T, C, U>;
      createInput?: ClassType<C>;
      updateInput?: ClassType<U>;
      /** Archive and restore mutations (default true when the entity is editable). */
      archivable?: boolean;
    }
  /** Read-only through the generic path: its records change only by workflow or domain mutations. */
  | { service?: undefined; createInput?: undefined; updateInput?: undefined; archivable: false };

const lcFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The standard fields for one entity: `x(id)`, `xs(first, after, offset, filter, orderBy)`,
 * `createX`, `updateX`, `archiveX`, `restoreX`, each declaring its permission, all named and described
 * from the resource's declaration (`<domain>.resource.ts`). Domain resolvers
 * extend the returned class and add relation fields and domain mutations.
 */
export function CrudResolver<T extends Versioned, C extends object = never, U extends object = never>(
  declaration: ListedResourceConfig<T>,
  writes: CrudWrites<T, C, U>,
) {
  // The entity is also the GraphQL object type (its class carries both decorators).
  const o = declaration;
  const ConnectionType = Connection(o.entity, o.name);
  const OrderType = OrderInput(o.sortFields, o.name);
  registerSortFields(o.name, o.sortFields);
  const ArgsType = ListArgsType(o.filter, OrderType, o.name);
  const read: Permission = `${o.domain}.read`;
  const service = writes.service;

  @Resolver(() => o.entity)
  abstract class Base {
    @Allow(read)
    @Query(() => o.entity, {
      name: lcFirst(o.name),
      nullable: true,
      description: `One ${o.description} by id; null when it does not exist or is outside your jurisdiction.`,
    })
    async getOne(@Arg('id', () => ID, { description: 'The record id.' }) id: string, @Ctx() ctx: RequestContext): Promise<T | null> {
      return loadById(ctx, o.entity, id);
    }

    @Allow(read)
    @Query(() => ConnectionType, { name: o.plural, description: `A page of ${o.description} records you may see, filtered and sorted.` })
    async getMany(@Args(() => ArgsType) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
      return listConnection(ctx, o.entity, args, info);
    }
  }

  if (writes.createInput && service) {
    const input = writes.createInput;
    defineMethod(Base, 'createOne', async function (this: unknown, value: C, ctx: RequestContext) {
      return service.create(ctx, value);
    });
    Allow(`${o.domain}.create`)(Base.prototype, 'createOne', Object.getOwnPropertyDescriptor(Base.prototype, 'createOne')!);
    Arg('input', () => input, { description: 'The new record.' })(Base.prototype, 'createOne', 0);
    Ctx()(Base.prototype, 'createOne', 1);
    Mutation(() => o.entity, { name: `create${o.name}`, description: `Create a ${o.description}.` })(
      Base.prototype,
      'createOne',
      Object.getOwnPropertyDescriptor(Base.prototype, 'createOne')!,
    );
  }
  if (writes.updateInput && service) {
    const input = writes.updateInput;
    defineMethod(Base, 'updateOne', async function (this: unknown, id: string, value: U, expectedVersion: number, ctx: RequestContext) {
      return service.update(ctx, id, value, expectedVersion);
    });
    Allow(`${o.domain}.update`)(Base.prototype, 'updateOne', Object.getOwnPropertyDescriptor(Base.prototype, 'updateOne')!);
    Arg('id', () => ID, { description: 'The record id.' })(Base.prototype, 'updateOne', 0);
    Arg('input', () => input, { description: 'Fields to change; omitted fields keep their value.' })(Base.prototype, 'updateOne', 1);
    Arg('expectedVersion', () => Int, { description: 'The `version` you read; a stale one is refused with CONFLICT.' })(
      Base.prototype,
      'updateOne',
      2,
    );
    Ctx()(Base.prototype, 'updateOne', 3);
    Mutation(() => o.entity, {
      name: `update${o.name}`,
      description: `Change a ${o.description}. Status never changes here; use its workflow.`,
    })(Base.prototype, 'updateOne', Object.getOwnPropertyDescriptor(Base.prototype, 'updateOne')!);
  }
  if (service && (writes.archivable ?? !!writes.updateInput)) {
    for (const [method, archived, verb] of [
      ['archiveOne', true, 'archive'],
      ['restoreOne', false, 'restore'],
    ] as const) {
      defineMethod(Base, method, async function (this: unknown, id: string, ctx: RequestContext) {
        return service.archive(ctx, id, archived);
      });
      Allow(`${o.domain}.archive`)(Base.prototype, method, Object.getOwnPropertyDescriptor(Base.prototype, method)!);
      Arg('id', () => ID, { description: 'The record id.' })(Base.prototype, method, 0);
      Ctx()(Base.prototype, method, 1);
      Mutation(() => o.entity, {
        name: `${verb}${o.name}`,
        description: archived
          ? `Archive a ${o.description} (归档): hidden from lists unless asked for, never destroyed.`
          : `Restore an archived ${o.description} (恢复).`,
      })(Base.prototype, method, Object.getOwnPropertyDescriptor(Base.prototype, method)!);
    }
  }
  return Base;
}

function defineMethod(target: Function, name: string, fn: Function): void {
  Object.defineProperty(target.prototype, name, { value: fn, writable: true, configurable: true, enumerable: false });
}

/** Sort-field enums by type name, so the index check can list what each entity offers. */
export const sortFieldsByType = new Map<string, string[]>();
function registerSortFields(name: string, sortFields: object): void {
  sortFieldsByType.set(name, Object.values(sortFields) as string[]);
}
