/**
 * react-admin data provider on ra-data-graphql. ra-data-graphql owns the Apollo client and the
 * dispatch of react-admin calls; our buildQuery maps each call onto the API contract using the
 * schema model (connections, typed filters, orderBy, expectedVersion, archiveX). No query is
 * written per resource. Extra methods (transition, restore, reveal, pending approvals, free
 * queries for the dashboard and the region picker) go through the same transport.
 */
import buildDataProvider from 'ra-data-graphql';
import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';
import { introspectionFromSchema, parse, print } from 'graphql';
import { DataProvider, GET_LIST, GET_ONE, GET_MANY, GET_MANY_REFERENCE, CREATE, UPDATE, DELETE, HttpError, type Identifier } from 'ra-core';
import type { EntityModel, SchemaModel } from '../schema/model';
import {
  BuiltOperation, archiveOperation, createOperation, listOperation, manyOperation, oneOperation, toRecord,
  transitionOperation, updateOperation, OP_SEPARATOR,
} from './queries';
import { rawRequest, request } from './transport';
import { toHttpError } from './errors';
import { asRow, asRows, type Row } from './row';

export interface AppDataProvider extends DataProvider {
  transition(resource: string, params: { id: string; action: string; comment?: string; expectedVersion: number; payload?: Record<string, unknown> }): Promise<{ data: Row | null }>;
  restore(resource: string, params: { id: string }): Promise<{ data: Row | null }>;
  reveal(resource: string, params: { id: string; reason: string }): Promise<{ data: Row | null }>;
  /** A free operation; T is the shape of its data, e.g. a generated `XQuery` type. */
  query<T = Row>(query: string, variables?: Record<string, unknown>): Promise<T>;
  model: SchemaModel;
}

function entityOf(model: SchemaModel, resource: string): EntityModel {
  const e = model.byResource.get(resource) ?? model.byType.get(resource);
  if (!e) throw new HttpError(`Unknown resource ${resource}`, 404);
  return e;
}

function apolloClient() {
  const link = new ApolloLink((operation) => new Observable((observer) => {
    const signal = operation.getContext().fetchOptions?.signal as AbortSignal | undefined;
    rawRequest(print(operation.query), operation.variables, signal)
      .then((json) => { observer.next(json); observer.complete(); })
      .catch((err) => observer.error(err));
  }));
  return new ApolloClient({ link, cache: new InMemoryCache(), defaultOptions: { query: { fetchPolicy: 'no-cache' }, mutate: { fetchPolicy: 'no-cache' } } });
}

/** What react-admin passes to buildQuery, across the fetch types it sends (list, one, many, create, update, delete). */
interface RaParams {
  id?: Identifier;
  ids?: Identifier[];
  target?: string;
  data?: Row;
  previousData?: Row;
  filter?: Row;
  pagination?: { page: number; perPage: number };
  sort?: { field: string; order: string };
}

/** parseData gets the operation's root field of the response. */
function withParse(op: BuiltOperation, parseData: (value: unknown) => unknown) {
  return {
    query: parse(op.query),
    variables: op.variables,
    parseResponse: (response: { data?: Row | null }) => parseData(response.data?.[op.root]),
  };
}

export function buildQueryFactory(model: SchemaModel) {
  return () => (fetchType: string, resource: string, params: RaParams) => {
    const e = entityOf(model, resource);
    const rows = (connection: unknown) => asRows(asRow(connection)?.nodes).map((n) => toRecord(e, n));
    const total = (connection: unknown) => Number(asRow(connection)?.totalCount ?? 0);
    switch (fetchType) {
      case GET_LIST:
        return withParse(listOperation(model, e, params), (c) => ({ data: rows(c), total: total(c) }));
      case GET_MANY_REFERENCE: {
        const filter = { ...(params.filter ?? {}), [String(params.target).split(OP_SEPARATOR)[0]]: params.id };
        return withParse(listOperation(model, e, { ...params, filter }), (c) => ({ data: rows(c), total: total(c) }));
      }
      case GET_ONE: {
        const op = oneOperation(model, e, String(params.id));
        return withParse(op, (x) => {
          const found = asRow(x);
          const node = Array.isArray(found?.nodes) ? asRow(found.nodes[0]) : found;
          if (!node) throw new HttpError('app.error.not_found', 404);
          return { data: toRecord(e, node) };
        });
      }
      case GET_MANY:
        return withParse(manyOperation(model, e, (params.ids ?? []).map(String)), (c) => ({ data: rows(c) }));
      case CREATE:
        return withParse(createOperation(model, e, params.data ?? {}), (x) => ({ data: toRecord(e, asRow(x)) }));
      case UPDATE:
        return withParse(updateOperation(model, e, String(params.id), params.data ?? {}, params.previousData), (x) => ({ data: toRecord(e, asRow(x)) }));
      case DELETE:
        return withParse(archiveOperation(model, e, String(params.id)), (x) => ({ data: toRecord(e, asRow(x)) }));
      default:
        throw new HttpError(`${fetchType} is not supported for ${resource}`, 400);
    }
  };
}

export function buildAppDataProvider(model: SchemaModel): AppDataProvider {
  const introspection = introspectionFromSchema(model.schema).__schema;
  const listNames = new Map(model.entities.map((e) => [e.typeName, e]));
  const name = (pick: (e: EntityModel) => string | undefined) => (t: { name: string }) => {
    const e = listNames.get(t.name);
    return (e && pick(e)) ?? `__none_${t.name}`;
  };
  const base = buildDataProvider({
    client: apolloClient(),
    introspection: {
      schema: introspection,
      operationNames: {
        [GET_LIST]: name((e) => e.listQuery),
        [GET_ONE]: name((e) => e.oneQuery),
        [GET_MANY]: name((e) => e.listQuery),
        [GET_MANY_REFERENCE]: name((e) => e.listQuery),
        [CREATE]: name((e) => e.create?.mutation),
        [UPDATE]: name((e) => e.update?.mutation),
        [DELETE]: name((e) => e.archive),
      },
      exclude: undefined,
      include: undefined,
    },
    buildQuery: buildQueryFactory(model),
  });

  const guard = <T>(p: Promise<T>): Promise<T> => p.catch((err) => { throw toHttpError(err); });

  const updateOrSkip: DataProvider['update'] = (resource, params) => {
    const e = entityOf(model, resource);
    const op = updateOperation(model, e, String(params.id), params.data ?? {}, params.previousData);
    if (!Object.keys(op.variables.input as object).length && params.previousData) {
      return Promise.resolve({ data: params.previousData });
    }
    return guard(base.update(resource, params));
  };

  const run = async (op: BuiltOperation, e: EntityModel) => {
    const data = await request(op.query, op.variables);
    return { data: toRecord(e, asRow(data[op.root])) };
  };

  const provider: AppDataProvider = {
    getList: (r, p) => guard(base.getList(r, p)),
    getOne: (r, p) => guard(base.getOne(r, p)),
    getMany: (r, p) => guard(base.getMany(r, p)),
    getManyReference: (r, p) => guard(base.getManyReference(r, p)),
    create: (r, p) => guard(base.create(r, p)),
    update: updateOrSkip,
    delete: (r, p) => guard(base.delete(r, p)),
    deleteMany: async (resource, params) => {
      const ids: Identifier[] = [];
      for (const id of params.ids) { await provider.delete(resource, { id }); ids.push(id); }
      return { data: ids };
    },
    updateMany: async () => { throw new HttpError('updateMany is not supported', 400); },
    transition: (resource, params) => {
      const e = entityOf(model, resource);
      return guard(run(transitionOperation(model, e, params), e));
    },
    restore: (resource, params) => {
      const e = entityOf(model, resource);
      return guard(run(archiveOperation(model, e, params.id, true), e));
    },
    reveal: (resource, params) => {
      const e = entityOf(model, resource);
      if (!e.reveal) return Promise.reject(new HttpError('reveal is not supported', 400));
      const m = e.reveal;
      return guard(request(`mutation ${m.mutation}($id: ID!, $reason: String!) { ${m.mutation}(id: $id, ${m.argName}: $reason) { ${m.fields.map((f) => f.name).join(' ')} } }`, { id: params.id, reason: params.reason })
        .then((d) => ({ data: asRow(d[m.mutation]) ?? null })));
    },
    query: (query, variables) => guard(request(query, variables)),
    model,
  };
  return provider;
}
