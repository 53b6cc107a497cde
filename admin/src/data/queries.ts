/**
 * Builds GraphQL operations for react-admin's data calls from the schema model. Pure functions
 * (no React, no network) so they are unit-tested against a schema fixture.
 */
import type { EntityModel, FieldModel, FilterModel, SchemaModel } from '../schema/model';

export interface BuiltOperation {
  query: string;
  variables: Record<string, unknown>;
  /** The root field the answer is under. */
  root: string;
  kind: 'query' | 'mutation';
}

/** Paths like ['person.name', 'post.name'] into a nested selection `person { id name } post { id name }`. */
function pathsSelection(paths: string[]): string {
  const tree: Record<string, Set<string>> = {};
  const flat = new Set<string>(['id']);
  for (const p of paths) {
    const [head, ...rest] = p.split('.');
    if (rest.length) (tree[head] ??= new Set(['id'])).add(rest.join('.'));
    else flat.add(head);
  }
  const parts = [...flat];
  for (const [k, v] of Object.entries(tree)) parts.push(`${k} { ${[...v].join(' ')} }`);
  return parts.join(' ');
}

function referenceSelection(model: SchemaModel, f: FieldModel): string {
  if (f.kind === 'region') return `${f.name} { id code name }`;
  const target = f.reference ? model.byType.get(f.reference) : undefined;
  if (!target) return `${f.name} { id }`;
  return `${f.name} { ${pathsSelection(target.titlePaths)} }`;
}

/** Fields read for lists (detail = false) and for one record (detail = true). */
export function selection(model: SchemaModel, e: EntityModel, detail: boolean): string {
  const parts: string[] = [];
  for (const f of e.fields) {
    switch (f.kind) {
      case 'id': case 'string': case 'int': case 'float': case 'boolean': case 'money': case 'date':
      case 'month': case 'datetime': case 'enum': case 'json': case 'scalarList':
        parts.push(f.name);
        break;
      case 'reference': case 'region':
        parts.push(referenceSelection(model, f));
        break;
      case 'valueList': case 'object':
        if (detail && f.subFields?.length) parts.push(`${f.name} { ${f.subFields.join(' ')} }`);
        break;
      default:
        break;
    }
  }
  if (!parts.includes('id')) parts.unshift('id');
  return parts.join(' ');
}

export const OP_SEPARATOR = '__';

/** A value typed into a filter form becomes the operator input the server expects. */
export function filterDefaultOp(f: FilterModel): string {
  switch (f.kind) {
    case 'text': return f.ops.includes('contains') ? 'contains' : 'eq';
    case 'region': return f.ops.includes('within') ? 'within' : f.ops.includes('startsWith') ? 'startsWith' : 'eq';
    default: return 'eq';
  }
}

/** Money as people type it (full-width digits, thousands separators, 元 or ¥) as exact decimal text. */
export function normalizeMoneyText(v: string): string {
  return v
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[．。]/g, '.')
    .replace(/[,，\s元¥￥]/g, '');
}

function coerceFilterValue(f: FilterModel | undefined, op: string, v: unknown): unknown {
  if (!f) return v;
  if ((op === 'in' || op === 'notIn') && !Array.isArray(v)) return [v];
  if (f.kind === 'boolean' && typeof v === 'string') return v === 'true';
  if (f.kind === 'range' && f.valueKind === 'int' && typeof v === 'string') return Number(v);
  if (f.kind === 'range' && f.valueKind === 'datetime' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
    return op === 'lte' || op === 'lt' ? `${v}T23:59:59.999Z` : `${v}T00:00:00.000Z`;
  }
  if (f.kind === 'range' && f.valueKind === 'money' && typeof v === 'number') return v.toFixed(2);
  return v;
}

/**
 * react-admin filter values -> typed filter input. Keys are a filter name (default operator),
 * `name__op` for another operator, or `and`/`or` already in API shape. Empty values are dropped.
 */
export function buildFilter(e: EntityModel, raFilter: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!raFilter) return undefined;
  const out: Record<string, Record<string, unknown> | unknown> = {};
  for (const [key, value] of Object.entries(raFilter)) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) continue;
    if (key === 'and' || key === 'or') { out[key] = value; continue; }
    const [name, explicitOp] = key.split(OP_SEPARATOR);
    const f = e.filters.find((x) => x.name === name);
    if (!f) continue;
    if (f.kind === 'archive') { out[name] = value; continue; }
    if (typeof value === 'object' && !Array.isArray(value) && !explicitOp) { out[name] = value; continue; }
    const op = explicitOp ?? (Array.isArray(value) && f.ops.includes('in') ? 'in' : filterDefaultOp(f));
    if (!f.ops.includes(op)) continue;
    const current = (out[name] as Record<string, unknown>) ?? {};
    current[op] = coerceFilterValue(f, op, value);
    out[name] = current;
  }
  return Object.keys(out).length ? out : undefined;
}

export function buildOrderBy(e: EntityModel, sort?: { field: string; order: string }): { field: string; direction: string }[] | undefined {
  if (!sort?.field) return undefined;
  const f = e.fieldMap.get(sort.field.split('.')[0]);
  if (!f?.sortKey) return undefined;
  return [{ field: f.sortKey, direction: sort.order === 'DESC' ? 'DESC' : 'ASC' }];
}

export const MAX_PAGE = 500;

export function listOperation(model: SchemaModel, e: EntityModel, params: {
  pagination?: { page: number; perPage: number };
  sort?: { field: string; order: string };
  filter?: Record<string, unknown>;
}): BuiltOperation {
  const perPage = Math.min(params.pagination?.perPage ?? 20, MAX_PAGE);
  const page = params.pagination?.page ?? 1;
  const filter = buildFilter(e, params.filter);
  const orderBy = buildOrderBy(e, params.sort);
  const argDefs = ['$first: Int', '$offset: Int'];
  const args = ['first: $first', 'offset: $offset'];
  const variables: Record<string, unknown> = { first: perPage, offset: (page - 1) * perPage };
  if (filter && e.filterType) { argDefs.push(`$filter: ${e.filterType}`); args.push('filter: $filter'); variables.filter = filter; }
  if (orderBy && e.orderType) { argDefs.push(`$orderBy: [${e.orderType}!]`); args.push('orderBy: $orderBy'); variables.orderBy = orderBy; }
  return {
    kind: 'query',
    root: e.listQuery,
    query: `query ${e.typeName}List(${argDefs.join(', ')}) { ${e.listQuery}(${args.join(', ')}) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { ${selection(model, e, false)} } } }`,
    variables,
  };
}

export function oneOperation(model: SchemaModel, e: EntityModel, id: string): BuiltOperation {
  if (e.oneQuery) {
    return {
      kind: 'query',
      root: e.oneQuery,
      query: `query ${e.typeName}One($id: ID!) { ${e.oneQuery}(id: $id) { ${selection(model, e, true)} } }`,
      variables: { id },
    };
  }
  return manyOperation(model, e, [id], true);
}

export function manyOperation(model: SchemaModel, e: EntityModel, ids: string[], detail = false): BuiltOperation {
  const archivedAll = e.filters.some((f) => f.kind === 'archive') ? { archived: 'ALL' } : {};
  return {
    kind: 'query',
    root: e.listQuery,
    query: `query ${e.typeName}Many($filter: ${e.filterType}, $first: Int) { ${e.listQuery}(filter: $filter, first: $first) { totalCount nodes { ${selection(model, e, detail)} } } }`,
    variables: { filter: { id: { in: ids }, ...archivedAll }, first: Math.min(Math.max(ids.length, 1), MAX_PAGE) },
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function coerceInput(kind: string, v: unknown): unknown {
  if (v === '' || v === undefined) return null;
  if (v === null) return null;
  switch (kind) {
    case 'int': return typeof v === 'string' ? parseInt(v, 10) : Math.trunc(v as number);
    case 'float': return typeof v === 'string' ? parseFloat(v) : v;
    case 'money': return typeof v === 'number' ? v.toFixed(2) : String(v).trim();
    case 'date': return typeof v === 'string' ? v.slice(0, 10) : v instanceof Date ? v.toISOString().slice(0, 10) : v;
    case 'month': return typeof v === 'string' ? v.slice(0, 7) : v;
    case 'datetime': return v instanceof Date ? v.toISOString() : v;
    default: return v;
  }
}

/** Form data -> create input; only fields the input type has, and only ones given. */
export function createInput(e: EntityModel, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const i of e.create?.inputs ?? []) {
    const v = data[i.name];
    if (v === undefined) continue;
    const c = i.list && Array.isArray(v) ? v.map((x) => coerceInput(i.kind, x)) : coerceInput(i.kind, v);
    if (c === null && i.required) continue;
    if (c === null && !i.required && v === undefined) continue;
    out[i.name] = c;
  }
  return out;
}

/** Only what the user changed: masked values (ID numbers, phones) read from the server go back untouched. */
export function updateInput(e: EntityModel, data: Record<string, unknown>, previous: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const i of e.update?.inputs ?? []) {
    if (!(i.name in data)) continue;
    const v = data[i.name];
    if (previous && sameValue(coerceInput(i.kind, v), coerceInput(i.kind, previous[i.name]))) continue;
    out[i.name] = i.list && Array.isArray(v) ? v.map((x) => coerceInput(i.kind, x)) : coerceInput(i.kind, v);
  }
  return out;
}

export function createOperation(model: SchemaModel, e: EntityModel, data: Record<string, unknown>): BuiltOperation {
  if (!e.create) throw new Error(`${e.typeName} cannot be created`);
  return {
    kind: 'mutation',
    root: e.create.mutation,
    query: `mutation ${e.create.mutation}($input: ${e.create.inputType}!) { ${e.create.mutation}(input: $input) { ${selection(model, e, true)} } }`,
    variables: { input: createInput(e, data) },
  };
}

export function updateOperation(model: SchemaModel, e: EntityModel, id: string, data: Record<string, unknown>, previous: Record<string, unknown> | undefined): BuiltOperation {
  if (!e.update) throw new Error(`${e.typeName} cannot be edited`);
  const expectedVersion = Number((previous ?? data).version ?? data.version);
  return {
    kind: 'mutation',
    root: e.update.mutation,
    query: `mutation ${e.update.mutation}($id: ID!, $input: ${e.update.inputType}!, $expectedVersion: Int!) { ${e.update.mutation}(id: $id, input: $input, expectedVersion: $expectedVersion) { ${selection(model, e, true)} } }`,
    variables: { id, input: updateInput(e, data, previous), expectedVersion },
  };
}

export function archiveOperation(model: SchemaModel, e: EntityModel, id: string, restore = false): BuiltOperation {
  const m = restore ? e.restore : e.archive;
  if (!m) throw new Error(`${e.typeName} cannot be ${restore ? 'restored' : 'archived'}`);
  return {
    kind: 'mutation',
    root: m,
    query: `mutation ${m}($id: ID!) { ${m}(id: $id) { ${selection(model, e, true)} } }`,
    variables: { id },
  };
}

export function transitionOperation(model: SchemaModel, e: EntityModel, params: {
  id: string; action: string; comment?: string | null; expectedVersion: number; payload?: Record<string, unknown> | null;
}): BuiltOperation {
  const wf = e.workflow;
  if (!wf) throw new Error(`${e.typeName} has no workflow`);
  const payloadDef = wf.payloadType ? `, $payload: ${wf.payloadType}` : '';
  const payloadArg = wf.payloadType ? ', payload: $payload' : '';
  let payload: Record<string, unknown> | null = null;
  if (params.payload) {
    payload = {};
    for (const p of wf.payloadFields) {
      const v = coerceInput(p.kind, params.payload[p.name]);
      if (v !== null) payload[p.name] = v;
    }
    if (!Object.keys(payload).length) payload = null;
  }
  const variables: Record<string, unknown> = { id: params.id, action: params.action, comment: params.comment || null, expectedVersion: params.expectedVersion };
  if (wf.payloadType) variables.payload = payload;
  return {
    kind: 'mutation',
    root: wf.mutation,
    query: `mutation ${wf.mutation}($id: ID!, $action: ${wf.actionEnum}!, $comment: String, $expectedVersion: Int!${payloadDef}) { ${wf.mutation}(id: $id, action: $action, comment: $comment, expectedVersion: $expectedVersion${payloadArg}) { ${selection(model, e, true)} } }`,
    variables,
  };
}

/** Fills the input-shaped keys a form edits (postId, villageCode) from the fetched objects. */
export function toRecord(e: EntityModel, node: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!node) return null;
  const r: Record<string, unknown> = { ...node };
  for (const s of e.inputSources) {
    const obj = node[s.field] as Record<string, unknown> | null | undefined;
    if (obj === undefined) continue;
    r[s.input] = obj ? (s.kind === 'region' ? (obj.code ?? obj.id) : obj.id) : null;
  }
  return r;
}

/** A record's title from its title paths, e.g. "张三 · 护林员". */
export function recordTitle(e: EntityModel | undefined, record: Record<string, unknown> | null | undefined): string {
  if (!record) return '';
  if (!e) return String(record.name ?? record.id ?? '');
  const parts = e.titlePaths.map((p) => p.split('.').reduce<unknown>((acc, k) => (acc && typeof acc === 'object' ? (acc as Record<string, unknown>)[k] : undefined), record)).filter((x) => x !== undefined && x !== null && x !== '');
  return parts.length ? parts.join(' · ') : String(record.id ?? '');
}
