import type { EntityClass } from '@mikro-orm/core';
import type { Knex } from 'knex';
import DataLoader from 'dataloader';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from './context';
import { isPostgres, runQuery } from './db';
import { invalid } from './errors';
import { ArchiveScope, OrderDirection, applyOperators } from './filters';
import type { ConnectionShape, ListArgs, OrderSpec, PageInfo } from './pagination';
import { prefixedRowConverter, resource, rowConverter } from './resource';
import type { Column, ResolvedResource } from './resource';
import { connectionNeeds, rowFieldNodes, selectedRowFields } from './selection';
import type { SelectionInfo } from './selection';
import { settings } from '../config';
import { can, visiblePrefixes } from './access';

/*
 * The read path for lists and relations. Rows come back as plain objects straight from one SQL
 * statement per list (or per nesting level, through the batching loaders); no managed entities are
 * hydrated, which is what keeps nested lists fast.
 */

/** A value now, or later: resolvers return either. */
export type Awaitable<T> = T | Promise<T>;

const LOGIC_KEYS = new Set(['and', 'or', 'archived']);

export function knexOf(ctx: RequestContext): Knex {
  return ctx.em.getKnex();
}

/** Jurisdiction: the actor's region prefix (plus any extra area granted for the domain). Applied to every read. */
export function applyScope(qb: Knex.QueryBuilder, res: ResolvedResource, ctx: RequestContext, alias = 't'): void {
  // An API key reads only the domains in its scopes, also through nested fields; shared reference
  // data (resources declaring scopeReads: false, such as regions) stays readable.
  if (ctx.actor?.kind === 'apiKey' && res.scopeReads !== false && !can(ctx.actor, `${res.domain}.read`)) {
    qb.whereRaw('1 = 0');
    return;
  }
  if (!res.readScopeColumn) return;
  if (!ctx.actor) {
    qb.whereRaw('1 = 0');
    return;
  }
  const prefixes = visiblePrefixes(ctx.actor, res.domain);
  if (prefixes === null) return;
  const column = `${alias}.${res.readScopeColumn}`;
  qb.where((w) => {
    for (const p of prefixes) w.orWhereRaw(`?? like ?`, [column, `${p}%`]);
  });
}

export function applyArchived(qb: Knex.QueryBuilder, scope: ArchiveScope | undefined, alias = 't'): void {
  if (scope === ArchiveScope.ALL) return;
  if (scope === ArchiveScope.ARCHIVED) qb.whereNotNull(`${alias}.archived_at`);
  else qb.whereNull(`${alias}.archived_at`);
}

/** Applies a typed filter object; `and`/`or` nest. Unknown keys are a programming error, not user input. */
export function applyFilter(
  qb: Knex.QueryBuilder,
  res: ResolvedResource,
  filter: Record<string, unknown> | null | undefined,
  ctx: RequestContext,
  alias = 't',
): void {
  if (!filter) return;
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || LOGIC_KEYS.has(key)) continue;
    const custom = res.customFilters?.[key];
    if (custom) {
      custom(qb, value, ctx, alias);
      continue;
    }
    // A relation filters by its key column: `post` → postId, `village` → villageCode.
    const column = res.byProp.get(key) ?? res.byProp.get(`${key}Id`) ?? res.byProp.get(`${key}Code`);
    if (!column) throw new Error(`${res.name} has no filterable column ${key}`);
    applyOperators(qb, `${alias}.${column.column}`, value as Record<string, unknown>);
  }
  const and = filter.and as Record<string, unknown>[] | undefined;
  if (and?.length) for (const sub of and) qb.where((w) => applyFilter(w, res, sub, ctx, alias));
  const or = filter.or as Record<string, unknown>[] | undefined;
  if (or?.length) {
    qb.where((w) => {
      for (const sub of or) w.orWhere((o) => applyFilter(o, res, sub, ctx, alias));
    });
  }
}

interface OrderColumn {
  prop: string;
  column: string;
  desc: boolean;
}

function orderColumns(res: ResolvedResource, orderBy: OrderSpec[] | null | undefined): OrderColumn[] {
  const specs = orderBy?.length
    ? orderBy
    : (res.defaultOrder?.map((o) => ({ field: o.field, direction: o.direction as OrderDirection | undefined })) ?? [
        { field: res.byProp.has('createdAt') ? 'createdAt' : res.primaryKey.prop, direction: OrderDirection.ASC },
      ]);
  const cols: OrderColumn[] = [];
  for (const spec of specs) {
    const c = res.byProp.get(spec.field);
    if (!c) throw invalid('orderBy.field', 'unknownField', `不能按 ${spec.field} 排序 (cannot sort ${res.name} by ${spec.field})`);
    if (!cols.some((o) => o.prop === c.prop)) cols.push({ prop: c.prop, column: c.column, desc: spec.direction === OrderDirection.DESC });
  }
  if (!cols.some((o) => o.prop === res.primaryKey.prop)) {
    cols.push({ prop: res.primaryKey.prop, column: res.primaryKey.column, desc: cols[cols.length - 1]?.desc ?? false });
  }
  return cols;
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** What a cursor holds: the sort columns' values of the last row, as JSON scalars (dates as ISO text). */
type CursorValue = string | number | boolean | null;

const isCursorValue = (v: unknown): v is CursorValue =>
  v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function decodeCursor(cursor: string, expected: number): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === expected && values.every(isCursorValue)) return values;
  } catch {
    /* reported below */
  }
  throw invalid('after', 'invalidCursor', '分页游标无效，或与排序方式不一致 (the cursor is not valid for this sort order)');
}

/** Rows strictly after the cursor in the sort order: (a > x) or (a = x and b > y) or … */
function applyKeyset(qb: Knex.QueryBuilder, cols: OrderColumn[], values: CursorValue[], ref: (c: OrderColumn) => string): void {
  // The leading column's bound on its own lets the database start an index range scan at the
  // cursor; the OR below alone made PostgreSQL read every row before it (a deep page cost 50 ms).
  if (values[0] !== null && values[0] !== undefined) qb.where(ref(cols[0]), cols[0].desc ? '<=' : '>=', values[0]);
  qb.where((outer) => {
    cols.forEach((col, i) => {
      outer.orWhere((branch) => {
        for (let j = 0; j < i; j++) branch.where(ref(cols[j]), values[j]);
        branch.where(ref(col), col.desc ? '<' : '>', values[i]);
      });
    });
  });
}

function pageSize(first: number | null | undefined): number {
  const size = first ?? settings.pageSizeDefault;
  if (!Number.isInteger(size) || size < 0 || size > settings.pageSizeMax) {
    throw invalid('first', 'range', `每页条数须在 0 到 ${settings.pageSizeMax} 之间 (first must be 0..${settings.pageSizeMax})`);
  }
  return size;
}

function checkOffset(offset: number | null | undefined): number {
  const value = offset ?? 0;
  if (!Number.isInteger(value) || value < 0) throw invalid('offset', 'min', 'offset 不能为负数 (offset must be ≥ 0)');
  return value;
}

/**
 * `column in (keys)` for a batch of parent or record keys. On PostgreSQL the keys go as one array
 * parameter: the statement's text then stays the same whatever their number, instead of growing
 * by a placeholder per key (hundreds per nested level) that the driver and the database each parse.
 */
function whereKeyIn(ctx: RequestContext, qb: Knex.QueryBuilder, column: string, keys: readonly string[]): Knex.QueryBuilder {
  return isPostgres(ctx.em) ? qb.whereRaw('?? = any(?)', [column, keys as string[]]) : qb.whereIn(column, keys as string[]);
}

function selectColumns(columns: Column[], alias: string): string[] {
  return columns.map((c) => `${alias}.${c.column} as ${c.prop}`);
}

/**
 * The columns a selection needs: its plain fields, what its field resolvers declare
 * (`fieldColumns`), and what the read path itself uses (primary key, scope, order, parent key).
 * Every column when the selection is unknown or has a field resolver that declares nothing.
 */
export function columnsFor(
  res: ResolvedResource,
  info: GraphQLResolveInfo | undefined,
  connection: boolean,
  always: Column[] = [],
): Column[] {
  if (!info) return res.columns;
  // A nested field resolves once per parent row with the same selection: work it out once.
  const key = `${res.name}:${connection}:${always.map((c) => c.prop).join(',')}`;
  let bySelection = columnsBySelection.get(info.fieldNodes);
  if (!bySelection) columnsBySelection.set(info.fieldNodes, (bySelection = new Map()));
  let columns = bySelection.get(key);
  if (!columns) bySelection.set(key, (columns = selectionColumns(res, info, connection, always)));
  return columns;
}

const columnsBySelection = new WeakMap<readonly FieldNode[], Map<string, Column[]>>();

function selectionColumns(res: ResolvedResource, info: SelectionInfo, connection: boolean, always: Column[]): Column[] {
  const selected = selectedRowFields(info, connection);
  if (!selected) return res.columns;
  const graphqlFields = selected.type.getFields();
  const props = new Set<string>([res.primaryKey.prop, ...always.map((c) => c.prop)]);
  if (res.readScopeColumn) props.add(res.regionProperty!);
  for (const field of selected.fields) {
    if (field === '__typename') continue;
    const declared = res.fieldColumns?.[field];
    if (declared) for (const p of declared) props.add(p);
    else if (res.byProp.has(field) && !graphqlFields[field]?.resolve) props.add(field);
    else return res.columns;
  }
  return res.columns.filter((c) => props.has(c.prop));
}

/** A to-one field read in its list's statement (ResourceConfig.joins). */
interface JoinPlan {
  target: ResolvedResource;
  /** The list row's column holding the target's key. */
  key: Column;
  alias: string;
  /** The target's columns the field's selections need, as a by-id load of each would read them. */
  columns: Column[];
}

const NO_JOINS: JoinPlan[] = [];
const joinPlansBySelection = new WeakMap<readonly FieldNode[], JoinPlan[]>();

/** The declared to-one fields the selection asks for under each row, worked out once per field. */
function joinPlansFor(res: ResolvedResource, info: GraphQLResolveInfo | undefined, connection: boolean): JoinPlan[] {
  if (!res.joins || !info) return NO_JOINS;
  let plans = joinPlansBySelection.get(info.fieldNodes);
  if (plans) return plans;
  plans = [];
  const selected = selectedRowFields(info, connection);
  for (const [field, join] of Object.entries(res.joins)) {
    if (!selected?.fields.has(field)) continue;
    const target = resource(join.entity());
    const returnType = selected.type.getFields()[field]?.type;
    if (!returnType) continue;
    const fieldNodes = rowFieldNodes(info, connection, field);
    const columns = selectionColumns(target, { fieldNodes, fragments: info.fragments, returnType }, false, []);
    plans.push({ target, key: res.byProp.get(join.key)!, alias: `j${plans.length}`, columns });
  }
  joinPlansBySelection.set(info.fieldNodes, plans);
  return plans;
}

/**
 * Left-joins each planned record to the page's rows (`page`, whose columns are named by property),
 * under the record's own jurisdiction as a by-id load would read it: out of jurisdiction, no match,
 * and the field resolves to null. Selects the record's columns as `<alias>__<prop>`. Joined after
 * the page is cut, so a record is read once per row returned, not per row matched.
 */
function addJoins(ctx: RequestContext, qb: Knex.QueryBuilder, page: string, plans: JoinPlan[]): void {
  const knex = knexOf(ctx);
  for (const plan of plans) {
    const joined = knex(`${plan.target.table} as j`).select(selectColumns(plan.columns, 'j'));
    applyScope(joined, plan.target, ctx, 'j');
    qb.leftJoin(joined.as(plan.alias), `${plan.alias}.${plan.target.primaryKey.prop}`, `${page}.${plan.key.prop}`);
    qb.select(plan.columns.map((c) => `${plan.alias}.${c.prop} as ${joinedName(plan, c)}`));
  }
}

function joinedName(plan: JoinPlan, column: Column): string {
  return `${plan.alias}__${column.prop}`;
}

/** Hands the joined records to this request's by-id loads: every key the rows hold, null where no record was visible. */
function keepJoined(ctx: RequestContext, rows: Record<string, unknown>[], plans: JoinPlan[]): void {
  for (const plan of plans) {
    const convert = prefixedRowConverter(plan.target, plan.columns, `${plan.alias}__`);
    const primaryKey = joinedName(plan, plan.target.primaryKey);
    const byId = new Map<string, unknown>();
    for (const row of rows) {
      const key = row[plan.key.prop];
      if (key === null || key === undefined) continue;
      if (row[primaryKey] === null || row[primaryKey] === undefined) {
        byId.set(String(key), null);
        continue;
      }
      byId.set(String(key), convert(row));
    }
    ctx.loaders.addJoinedRecords(plan.target.name, { columns: plan.columns, byId });
  }
}

const coverage = new WeakMap<readonly unknown[], WeakMap<Column[], boolean>>();

/** Whether records read with `read` columns hold everything a load of `needed` columns would. */
function covers(read: readonly unknown[], needed: Column[]): boolean {
  let byNeeded = coverage.get(read);
  if (!byNeeded) coverage.set(read, (byNeeded = new WeakMap()));
  let result = byNeeded.get(needed);
  if (result === undefined) byNeeded.set(needed, (result = needed.every((c) => read.includes(c))));
  return result;
}

/**
 * One page of a connection. A class rather than an object literal with getters: a nested list
 * creates one per parent row, and instances of one class share their shape and accessors.
 * Cursors and the total are worked out only when a client reads them.
 */
class ConnectionPage<T> implements ConnectionShape<T> {
  readonly nodes: T[];
  readonly pageInfo: PageInfo;
  private count: Promise<number> | number | undefined;

  constructor(
    res: ResolvedResource,
    private readonly page: Record<string, unknown>[],
    private readonly cols: OrderColumn[],
    hasNextPage: boolean,
    hasPreviousPage: boolean,
    private readonly total: () => Promise<number> | number,
    columns?: Column[],
  ) {
    this.nodes = page.map(rowConverter(res, columns) as (row: Record<string, unknown>) => T);
    this.pageInfo = new PageCursors(this, hasNextPage, hasPreviousPage);
  }

  cursorOf(i: number): string {
    return encodeCursor(this.cols.map((c) => this.page[i][c.prop] ?? null));
  }

  get edges(): { node: T; cursor: string }[] {
    return this.nodes.map((node, i) => new Edge(this, node, i));
  }

  get totalCount(): Promise<number> | number {
    this.count ??= this.total();
    return this.count;
  }
}

class Edge<T> {
  constructor(
    private readonly connection: ConnectionPage<T>,
    readonly node: T,
    private readonly index: number,
  ) {}
  get cursor(): string {
    return this.connection.cursorOf(this.index);
  }
}

class PageCursors<T> implements PageInfo {
  constructor(
    private readonly connection: ConnectionPage<T>,
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
  ) {}
  get startCursor(): string | null {
    return this.connection.nodes.length ? this.connection.cursorOf(0) : null;
  }
  get endCursor(): string | null {
    return this.connection.nodes.length ? this.connection.cursorOf(this.connection.nodes.length - 1) : null;
  }
}

function toConnection<T>(
  res: ResolvedResource,
  rawRows: Record<string, unknown>[],
  cols: OrderColumn[],
  size: number,
  hadPrevious: boolean,
  total: () => Promise<number> | number,
  columns?: Column[],
): ConnectionShape<T> {
  const hasNextPage = rawRows.length > size;
  return new ConnectionPage<T>(res, hasNextPage ? rawRows.slice(0, size) : rawRows, cols, hasNextPage, hadPrevious, total, columns);
}

export interface ListOptions {
  /** Extra conditions a resolver adds (e.g. "children of this parent"). */
  where?: (qb: Knex.QueryBuilder) => void;
}

/** A top-level connection: one statement for the rows and, only if asked for, one for the total. */
export async function listConnection<T>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  args: ListArgs,
  info?: GraphQLResolveInfo,
  options: ListOptions = {},
): Promise<ConnectionShape<T>> {
  const res = resource(entity);
  const size = pageSize(args.first);
  const offset = checkOffset(args.offset);
  const needs = connectionNeeds(info);
  const knex = knexOf(ctx);
  const base = knex(`${res.table} as t`);
  applyScope(base, res, ctx);
  if (res.byProp.has('archivedAt')) applyArchived(base, (args.filter as { archived?: ArchiveScope } | undefined)?.archived);
  applyFilter(base, res, args.filter as Record<string, unknown>, ctx);
  options.where?.(base);
  const cols = orderColumns(res, args.orderBy);

  const total = () => runQuery<{ c: number | string }>(ctx.em, base.clone().count({ c: '*' })).then((r) => Number(r[0]?.c ?? 0));
  if (!needs.rows) return toConnection(res, [], cols, size, offset > 0 || !!args.after, total);

  const columns = columnsFor(
    res,
    info,
    true,
    cols.map((c) => res.byProp.get(c.prop)!),
  );
  const joins = joinPlansFor(res, info, true);
  const pageQuery = base.clone().select(selectColumns(columns, 't'));
  if (args.after) applyKeyset(pageQuery, cols, decodeCursor(args.after, cols.length), (c) => `t.${c.column}`);
  for (const c of cols) pageQuery.orderBy(`t.${c.column}`, c.desc ? 'desc' : 'asc');
  pageQuery.limit(size + 1);
  if (offset) pageQuery.offset(offset);
  let rowsQuery = pageQuery;
  if (joins.length) {
    rowsQuery = knexOf(ctx).select('p.*').from(pageQuery.as('p'));
    addJoins(ctx, rowsQuery, 'p', joins);
    for (const c of cols) rowsQuery.orderBy(`p.${c.prop}`, c.desc ? 'desc' : 'asc');
  }
  const rows = size === 0 ? [] : await runQuery(ctx.em, rowsQuery);
  keepJoined(ctx, rows, joins);
  return toConnection(res, rows, cols, size, offset > 0 || !!args.after, total, columns);
}

interface ChildPlan {
  res: ResolvedResource;
  fk: Column;
  size: number;
  offset: number;
  needs: { rows: boolean; count: boolean; cursors: boolean };
  cols: OrderColumn[];
  /** What the statement reads: the selection's columns, the parent key and the sort columns. */
  columns: Column[];
  /** What it returns per row: the sort columns only when cursors are selected (see makeChildPlan). */
  output: Column[];
  joins: JoinPlan[];
  /** Parents resolving the same selection share one loader and statement; another selection (an alias) gets its own. */
  key: string;
}

function makeChildPlan(res: ResolvedResource, foreignKeyProp: string, args: ListArgs, info: GraphQLResolveInfo | undefined): ChildPlan {
  const fk = res.byProp.get(foreignKeyProp);
  if (!fk) throw new Error(`${res.name}.${foreignKeyProp} is not a column`);
  const size = pageSize(args.first);
  const offset = checkOffset(args.offset);
  const needs = connectionNeeds(info);
  const cols = orderColumns(res, args.orderBy);
  const sortColumns = cols.map((c) => res.byProp.get(c.prop)!);
  const columns = columnsFor(res, info, true, [fk, ...sortColumns]);
  // A nested level returns hundreds of rows per request, and every column costs the database its
  // text output and the driver its parsing, per row. The sort columns (often a timestamp) are
  // needed to rank the rows, but only cursors read them back.
  const output = needs.cursors
    ? columns
    : outputColumns(columns, plainSelectionColumns(res, info, fk) ?? columnsFor(res, info, true, [fk]));
  const key = `child:${res.name}.${foreignKeyProp}:${needs.rows}:${needs.cursors}:${JSON.stringify(args)}:${columns.length === res.columns.length ? '*' : columns.map((c) => c.prop).join(',')}`;
  return { res, fk, size, offset, needs, cols, columns, output, joins: needs.rows ? joinPlansFor(res, info, true) : NO_JOINS, key };
}

const plainSelections = new WeakMap<readonly FieldNode[], Column[] | null>();

/**
 * When every field selected on a nested level's rows is a plain column, those columns and the
 * parent key: no field resolver will read the primary key or the region column off these rows.
 * Undefined otherwise.
 */
function plainSelectionColumns(res: ResolvedResource, info: GraphQLResolveInfo | undefined, fk: Column): Column[] | undefined {
  if (!info) return undefined;
  let columns = plainSelections.get(info.fieldNodes);
  if (columns === undefined) {
    const selected = selectedRowFields(info, true);
    const props = new Set<string>([fk.prop]);
    let plain = !!selected;
    for (const field of selected?.fields ?? []) {
      plain &&= res.byProp.has(field) && !selected!.type.getFields()[field]?.resolve;
      props.add(field);
    }
    columns = plain ? res.columns.filter((c) => props.has(c.prop)) : null;
    plainSelections.set(info.fieldNodes, columns);
  }
  return columns ?? undefined;
}

const outputs = new WeakMap<Column[], WeakMap<Column[], Column[]>>();

/** The columns of `read` that are in `selected`, as one array per pair: row converters are compiled per column array. */
function outputColumns(read: Column[], selected: Column[]): Column[] {
  let bySelected = outputs.get(read);
  if (!bySelected) outputs.set(read, (bySelected = new WeakMap()));
  let output = bySelected.get(selected);
  if (!output) {
    output = read.filter((c) => selected.includes(c));
    if (output.length === read.length) output = read;
    bySelected.set(selected, output);
  }
  return output;
}

const childPlans = new WeakMap<readonly FieldNode[], WeakMap<object, Map<string, ChildPlan>>>();

/**
 * A nested field resolves once per parent row with the same arguments: those come from the field's
 * AST nodes and the request's variables alone, so the plan is worked out once per both.
 */
function childPlanFor(res: ResolvedResource, foreignKeyProp: string, args: ListArgs, info: GraphQLResolveInfo | undefined): ChildPlan {
  const variables = info?.variableValues as object | undefined;
  if (!info || !variables) return makeChildPlan(res, foreignKeyProp, args, info);
  let byVariables = childPlans.get(info.fieldNodes);
  if (!byVariables) childPlans.set(info.fieldNodes, (byVariables = new WeakMap()));
  let byRelation = byVariables.get(variables);
  if (!byRelation) byVariables.set(variables, (byRelation = new Map()));
  const relation = `${res.name}.${foreignKeyProp}`;
  let plan = byRelation.get(relation);
  if (!plan) byRelation.set(relation, (plan = makeChildPlan(res, foreignKeyProp, args, info)));
  return plan;
}

/**
 * A connection nested under each parent (e.g. a county's townships). All parents' pages come from one
 * statement using window functions, with each parent's total in the same rows; when only the total is
 * selected it is one GROUP BY.
 */
export function childConnection<T>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  foreignKeyProp: string,
  parentId: string,
  args: ListArgs,
  info?: GraphQLResolveInfo,
): Promise<ConnectionShape<T>> {
  const { res, fk, size, offset, needs, cols, columns, output, joins, key } = childPlanFor(resource(entity), foreignKeyProp, args, info);
  const loader = ctx.loaders.get(
    key,
    () =>
      new DataLoader<string, ConnectionShape<T>>(async (parentIds) => {
        const knex = knexOf(ctx);
        const filtered = whereKeyIn(ctx, knex(`${res.table} as t`), `t.${fk.column}`, parentIds);
        applyScope(filtered, res, ctx);
        if (res.byProp.has('archivedAt')) applyArchived(filtered, (args.filter as { archived?: ArchiveScope } | undefined)?.archived);
        applyFilter(filtered, res, args.filter as Record<string, unknown>, ctx);

        if (!needs.rows) {
          const counts = await runQuery<{ k: string; c: number | string }>(
            ctx.em,
            filtered.select(`t.${fk.column} as k`).count({ c: '*' }).groupBy(`t.${fk.column}`),
            { prepared: true },
          );
          const byParent = new Map(counts.map((r) => [String(r.k), Number(r.c)]));
          return parentIds.map((id) => toConnection<T>(res, [], cols, size, offset > 0, () => byParent.get(id) ?? 0));
        }

        // Level 1: every matching row with its parent's total. Level 2: the cursor condition and a rank
        // within each parent. Outer: the requested page of each parent.
        const all = filtered
          .clone()
          .select([
            ...selectColumns(columns, 't'),
            knex.raw('cast(count(*) over (partition by ??) as integer) as ??', [`t.${fk.column}`, '__total']),
          ]);
        const afterCursor = knex.select('a.*').from(all.as('a'));
        if (args.after) applyKeyset(afterCursor, cols, decodeCursor(args.after, cols.length), (c) => `a.${c.prop}`);
        const ranked = knex
          .select('b.*')
          // knex's types take a single { column, order } here; its builder also takes a list, as this query does.
          .rowNumber('__rn', cols.map((c) => ({ column: `b.${c.prop}`, order: c.desc ? 'desc' : 'asc' })) as never, `b.${fk.prop}`)
          .from(afterCursor.as('b'));
        const page = knex
          .select([...output.map((c) => `r.${c.prop}`), 'r.__total'])
          .from(ranked.as('r'))
          .where('r.__rn', '>', offset)
          .andWhere('r.__rn', '<=', offset + size + 1)
          .orderBy([{ column: `r.${fk.prop}` }, { column: 'r.__rn' }]);
        addJoins(ctx, page, 'r', joins);
        const rows = size === 0 ? [] : await runQuery(ctx.em, page, { prepared: true });
        keepJoined(ctx, rows, joins);

        const grouped = new Map<string, Record<string, unknown>[]>();
        for (const row of rows) {
          const k = String(row[fk.prop]);
          let list = grouped.get(k);
          if (!list) grouped.set(k, (list = []));
          list.push(row);
        }
        let totals: Promise<Map<string, number>> | undefined;
        const totalFor = async (id: string) => {
          const rowsOf = grouped.get(id);
          if (rowsOf?.length) return Number(rowsOf[0].__total);
          // A page past the end (or an empty parent) returns no rows to read the total from; ask once for
          // all parents. The promise is cached, not its result, so parents resolving concurrently share one statement.
          totals ??= runQuery<{ k: string; c: number | string }>(
            ctx.em,
            filtered.clone().select(`t.${fk.column} as k`).count({ c: '*' }).groupBy(`t.${fk.column}`),
          ).then((rows) => new Map(rows.map((r) => [String(r.k), Number(r.c)])));
          return (await totals).get(id) ?? 0;
        };
        return parentIds.map((id) =>
          toConnection<T>(res, grouped.get(id) ?? [], cols, size, offset > 0 || !!args.after, () => totalFor(id), output),
        );
      }),
  );
  return loader.load(parentId);
}

interface ByIdPlan {
  columns: Column[];
  /** Fields selecting the same columns of a resource share one loader and statement. */
  key: string;
}

const byIdPlans = new WeakMap<Column[], ByIdPlan>();
const byIdPlansByField = new WeakMap<readonly FieldNode[], Map<ResolvedResource, ByIdPlan>>();

function byIdPlanOf(res: ResolvedResource, columns: Column[]): ByIdPlan {
  let plan = byIdPlans.get(columns);
  if (!plan)
    byIdPlans.set(
      columns,
      (plan = { columns, key: `byId:${res.name}:${columns.length === res.columns.length ? '*' : columns.map((c) => c.prop).join(',')}` }),
    );
  return plan;
}

/** A field that loads a record by id resolves once per parent row: its columns are worked out once per field. */
function byIdPlanFor(res: ResolvedResource, info: GraphQLResolveInfo | undefined): ByIdPlan {
  if (!info) return byIdPlanOf(res, res.columns);
  let byResource = byIdPlansByField.get(info.fieldNodes);
  if (!byResource) byIdPlansByField.set(info.fieldNodes, (byResource = new Map()));
  let plan = byResource.get(res);
  if (!plan) byResource.set(res, (plan = byIdPlanOf(res, columnsFor(res, info, false))));
  return plan;
}

/**
 * A record by primary key, batched per request and subject to jurisdiction (null when invisible).
 * Given the field's `info`, only the columns its selection needs are read. A record its list
 * already read through a join (ResourceConfig.joins) is returned at once, without a promise: a
 * nested list resolves this once per row.
 */
export function loadById<T>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  id: string | null | undefined,
  info?: GraphQLResolveInfo,
): Awaitable<T | null> {
  if (id === null || id === undefined) return null;
  const res = resource(entity);
  const { columns, key } = byIdPlanFor(res, info);
  const joined = ctx.loaders.joinedRecords(res.name);
  if (joined) {
    const k = String(id);
    for (const records of joined) if (records.byId.has(k) && covers(records.columns, columns)) return records.byId.get(k) as T | null;
  }
  const loader = ctx.loaders.get(
    key,
    () =>
      new DataLoader<string, T | null>(async (ids) => {
        const qb = whereKeyIn(ctx, knexOf(ctx)(`${res.table} as t`).select(selectColumns(columns, 't')), `t.${res.primaryKey.column}`, ids);
        applyScope(qb, res, ctx);
        const rows = await runQuery(ctx.em, qb, { prepared: true });
        const convert = rowConverter(res, columns) as (row: Record<string, unknown>) => T;
        const byId = new Map(rows.map((r) => [String(r[res.primaryKey.prop]), convert(r)]));
        return ids.map((i) => byId.get(i) ?? null);
      }),
  );
  return loader.load(String(id));
}
