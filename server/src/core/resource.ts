import type { EntityClass } from '@mikro-orm/core';
import { ReferenceKind } from '@mikro-orm/core';
import type { Knex } from 'knex';
import type { ClassType } from 'type-graphql';
import type { RequestContext } from './context';
import { getOrm } from './db';

/**
 * What the shared read and write paths need to know about an entity beyond its ORM metadata.
 * Each domain declares one per entity in its `<domain>.resource.ts`.
 */
export interface ResourceConfig<T = unknown> {
  /** GraphQL type name, e.g. `WelfarePost`. */
  name: string;
  entity: EntityClass<T>;
  /** Permission domain: `welfare` gives `welfare.read`, `welfare.create`, … */
  domain: string;
  /** Property holding the record's region code; jurisdiction rules compare it by prefix. Omit for reference data visible to all. */
  regionProperty?: string;
  /** Filter keys that are not plain columns, e.g. computed ratios. */
  customFilters?: Record<string, (qb: Knex.QueryBuilder, value: unknown, ctx: RequestContext, alias: string) => void>;
  /** Properties whose values never appear in audit logs or error messages. */
  sensitive?: string[];
  /** Properties that are not shown in generic change diffs (derived or secret columns). */
  hidden?: string[];
  /** Reference data (regions) is readable by every signed-in user; only writes are limited to the jurisdiction. */
  scopeReads?: boolean;
  /** Sort used when a list asks for none; the primary key always breaks ties. */
  defaultOrder?: { field: string; direction?: 'ASC' | 'DESC' }[];
  /**
   * The properties each field resolver reads off its row besides the primary key (e.g. a
   * placement's `person` reads `personId`). Lists load only the columns their selected fields
   * need; a selected field resolver not named here makes the list load every column.
   */
  fieldColumns?: Record<string, string[]>;
  /**
   * To-one fields a list reads in its own statement, joined on `key` (e.g. a placement's `person`
   * on `personId`). The joined record is subject to its own resource's jurisdiction, as a by-id load
   * is, and the field's resolver gets it from `loadById` without another statement. The field must
   * resolve with `loadById(ctx, <entity>, row[key], info)`.
   */
  joins?: Record<string, { entity: () => EntityClass<unknown>; key: string }>;
}

/**
 * A resource with its own queries and mutations (`CrudResolver`): the entity is also its GraphQL
 * object type, and the list's plural name, description, filter and sort fields are declared here,
 * once, beside the columns they filter and sort.
 */
export interface ListedResourceConfig<T extends object> extends ResourceConfig<T> {
  entity: EntityClass<T> & ClassType<T>;
  /** Plural query name, e.g. `welfarePosts`. */
  plural: string;
  /** The record in words for the generated descriptions, e.g. `welfare post (公益性岗位)`. */
  description: string;
  /** The list's filter input (declared in `<domain>.inputs.ts`). */
  filter: ClassType<object>;
  /** The list's sort-field enum (declared in `<domain>.inputs.ts`). */
  sortFields: object;
}

export type ColumnKind = 'string' | 'number' | 'boolean' | 'datetime' | 'json';

export interface Column {
  prop: string;
  column: string;
  kind: ColumnKind;
}

/**
 * A declaration joined with its ORM metadata. Covariant in `T` (nothing in it takes a `T`), so a
 * `ResolvedResource<WelfarePost>` is a `ResolvedResource` wherever the code does not care which.
 */
export interface ResolvedResource<T = unknown> extends ResourceConfig<T> {
  table: string;
  primaryKey: Column;
  columns: Column[];
  byProp: Map<string, Column>;
  regionColumn?: string;
  /** Column the read path scopes by; undefined for reference data. */
  readScopeColumn?: string;
}

const configs = new Map<Function, ResourceConfig>();
const resolved = new Map<Function, ResolvedResource>();

/** Registers a resource; `resource(entity)` resolves it once the ORM has started. */
export function defineResource<T extends object>(config: ListedResourceConfig<T>): ListedResourceConfig<T>;
export function defineResource<T>(config: ResourceConfig<T>): ResourceConfig<T>;
export function defineResource<T>(config: ResourceConfig<T>): ResourceConfig<T> {
  configs.set(config.entity, config);
  return config;
}

export function allResources(): ResourceConfig[] {
  return [...configs.values()];
}

function kindOf(type: string | undefined, runtimeType: string | undefined): ColumnKind {
  const t = `${runtimeType ?? ''}|${type ?? ''}`.toLowerCase();
  if (t.includes('boolean')) return 'boolean';
  if (t.includes('date') && !t.startsWith('string')) return 'datetime';
  if (t.includes('json') || t.includes('object')) return 'json';
  if (
    t.startsWith('number') ||
    t.includes('integer') ||
    t.includes('bigint') ||
    t.includes('double') ||
    t.includes('float') ||
    t.includes('decimal')
  )
    return 'number';
  return 'string';
}

/** Joins the declared config with ORM metadata once, after the ORM has started. */
export function resource<T>(entity: EntityClass<T>): ResolvedResource<T> {
  const cached = resolved.get(entity);
  // The maps are keyed by the entity class, so what is stored under `entity` was declared for it.
  if (cached) return cached as ResolvedResource<T>;
  const config = configs.get(entity);
  if (!config) throw new Error(`No resource is defined for ${entity.name}`);
  const meta = getOrm().getMetadata().get(entity.name);
  const columns: Column[] = [];
  for (const prop of meta.props) {
    if (prop.persist === false || prop.formula) continue;
    if (prop.kind === ReferenceKind.SCALAR || (prop.kind === ReferenceKind.MANY_TO_ONE && prop.mapToPk)) {
      const runtime = prop.kind === ReferenceKind.MANY_TO_ONE ? 'string' : prop.runtimeType;
      const type = prop.kind === ReferenceKind.MANY_TO_ONE ? 'string' : (prop.type as string);
      columns.push({ prop: prop.name, column: prop.fieldNames[0], kind: kindOf(type, runtime) });
    }
  }
  const byProp = new Map(columns.map((c) => [c.prop, c]));
  const pk = byProp.get(meta.primaryKeys[0] as string);
  if (!pk) throw new Error(`${entity.name} has no primary key column`);
  const result: ResolvedResource<T> = {
    ...(config as ResourceConfig<T>),
    table: meta.tableName,
    primaryKey: pk,
    columns,
    byProp,
    regionColumn: config.regionProperty ? byProp.get(config.regionProperty)?.column : undefined,
  };
  result.readScopeColumn = config.scopeReads === false ? undefined : result.regionColumn;
  if (config.regionProperty && !result.regionColumn) throw new Error(`${entity.name}.${config.regionProperty} is not a column`);
  for (const [field, props] of Object.entries(config.fieldColumns ?? {})) {
    for (const p of props) if (!byProp.has(p)) throw new Error(`${entity.name} fieldColumns.${field}: ${p} is not a column`);
  }
  for (const [field, join] of Object.entries(config.joins ?? {})) {
    if (!byProp.has(join.key)) throw new Error(`${entity.name} joins.${field}: ${join.key} is not a column`);
    if (!config.fieldColumns?.[field]?.includes(join.key))
      throw new Error(`${entity.name} joins.${field}: fieldColumns.${field} must name ${join.key}`);
  }
  resolved.set(entity, result);
  return result;
}

/** A timestamp as a driver returns it: a Date from PostgreSQL, epoch milliseconds from SQLite. */
export function dateFromDatabase(v: unknown): Date {
  return v instanceof Date ? v : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as string | number));
}

type RowConverter = (row: Record<string, unknown>) => unknown;

const CONVERT: Record<ColumnKind, string> = {
  boolean: '(v === true || v === 1 || v === "1" || v === "t")',
  // ISO text from PostgreSQL (a '-' after the year) parses directly; anything else goes through dateFromDatabase.
  datetime: '(typeof v === "string" && v.charCodeAt(4) === 45 ? new Date(v) : date(v))',
  number: '(typeof v === "number" ? v : Number(v))',
  json: '(typeof v === "string" ? JSON.parse(v) : v)',
  string: 'v',
};

/**
 * One converter per resource and column list, compiled once: lists turn thousands of rows per
 * request into objects, and a straight-line function with a fixed object shape does it several times
 * faster than a loop over the columns.
 */
function compileConverter(res: ResolvedResource, columns: Column[], prefix = ''): RowConverter {
  const lines = columns.map((c) => {
    const key = JSON.stringify(c.prop);
    return `v = row[${JSON.stringify(prefix + c.prop)}]; o[${key}] = v === null || v === undefined ? null : ${CONVERT[c.kind]};`;
  });
  // The source is built from column metadata only, never from input.
  const build = new Function(
    'proto',
    'date',
    `return function ${res.name}FromRow(row) { const o = Object.create(proto); let v;\n${lines.join('\n')}\nreturn o; };`,
  );
  return build(rowPrototype(res), dateFromDatabase) as RowConverter;
}

const rowPrototypes = new WeakMap<ResolvedResource, object>();

/**
 * The prototype of read rows: the entity's prototype, so type-graphql takes a row as the type it
 * declares (`instanceof`) instead of copying it into a newly constructed entity for every field
 * resolver, under a layer of plain writable properties for the columns. MikroORM puts
 * change-tracking setters for the columns on the entity's prototype; without that layer every
 * assignment to a row would run one (16 times slower, measured), and the row would have no own values.
 */
function rowPrototype(res: ResolvedResource): object {
  let proto = rowPrototypes.get(res);
  if (!proto) {
    const plain = Object.fromEntries(
      res.columns.map((c) => [c.prop, { value: undefined, writable: true, enumerable: false, configurable: true }]),
    );
    rowPrototypes.set(res, (proto = Object.create(res.entity.prototype, plain) as object));
  }
  return proto;
}

/** Each column list belongs to one resource: `res.columns`, or a selection of them (`columnsFor`). */
const converters = new WeakMap<Column[], RowConverter>();
const prefixedConverters = new WeakMap<Column[], Map<string, RowConverter>>();

/** The converter for a record whose columns come in another's row as `<prefix><prop>` (a joined record). */
export function prefixedRowConverter<T>(res: ResolvedResource<T>, columns: Column[], prefix: string): (row: Record<string, unknown>) => T {
  let byPrefix = prefixedConverters.get(columns);
  if (!byPrefix) prefixedConverters.set(columns, (byPrefix = new Map()));
  let convert = byPrefix.get(prefix);
  if (!convert) byPrefix.set(prefix, (convert = compileConverter(res, columns, prefix)));
  return convert as (row: Record<string, unknown>) => T;
}

/** The row converter for a resource and column list, for turning many rows with one lookup. */
export function rowConverter<T>(res: ResolvedResource<T>, columns: Column[] = res.columns): (row: Record<string, unknown>) => T {
  let convert = converters.get(columns);
  if (!convert) converters.set(columns, (convert = compileConverter(res, columns)));
  return convert as (row: Record<string, unknown>) => T;
}

/** Turns a raw database row (all columns, or those a selection needs) into the plain object GraphQL resolves fields from. */
export function rowToObject<T>(res: ResolvedResource<T>, row: Record<string, unknown>, columns: Column[] = res.columns): T {
  return rowConverter(res, columns)(row);
}
