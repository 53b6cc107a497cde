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
import { DataProvider, GET_LIST, GET_ONE, GET_MANY, GET_MANY_REFERENCE, CREATE, UPDATE, DELETE, HttpError } from 'ra-core';
import type { EntityModel, SchemaModel } from '../schema/model';
import {
  BuiltOperation, archiveOperation, createOperation, listOperation, manyOperation, oneOperation, toRecord,
  transitionOperation, updateOperation, OP_SEPARATOR,
} from './queries';
import { rawRequest, request } from './transport';
import { toHttpError } from './errors';

export interface AppDataProvider extends DataProvider {
  transition(resource: string, params: { id: string; action: string; comment?: string; expectedVersion: number; payload?: Record<string, unknown> }): Promise<{ data: any }>;
  restore(resource: string, params: { id: string }): Promise<{ data: any }>;
  reveal(resource: string, params: { id: string; reason: string }): Promise<{ data: Record<string, unknown> }>;
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
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
      .then((json) => { observer.next(json as any); observer.complete(); })
      .catch((err) => observer.error(err));
  }));
  return new ApolloClient({ link, cache: new InMemoryCache(), defaultOptions: { query: { fetchPolicy: 'no-cache' }, mutate: { fetchPolicy: 'no-cache' } } });
}

function withParse(op: BuiltOperation, parseData: (value: any) => any) {
  return {
    query: parse(op.query),
    variables: op.variables,
    parseResponse: (response: { data: Record<string, any> }) => parseData(response.data?.[op.root]),
  };
}

export function buildQueryFactory(model: SchemaModel) {
  return () => (fetchType: string, resource: string, params: any) => {
    const e = entityOf(model, resource);
    const rec = (n: any) => toRecord(e, n);
    switch (fetchType) {
      case GET_LIST:
        return withParse(listOperation(model, e, params), (c) => ({ data: (c?.nodes ?? []).map(rec), total: c?.totalCount ?? 0 }));
      case GET_MANY_REFERENCE: {
        const filter = { ...(params.filter ?? {}), [params.target.split(OP_SEPARATOR)[0]]: params.id };
        return withParse(listOperation(model, e, { ...params, filter }), (c) => ({ data: (c?.nodes ?? []).map(rec), total: c?.totalCount ?? 0 }));
      }
      case GET_ONE: {
        const op = oneOperation(model, e, String(params.id));
        return withParse(op, (x) => {
          const node = Array.isArray(x?.nodes) ? x.nodes[0] : x;
          if (!node) throw new HttpError('app.error.not_found', 404);
          return { data: rec(node) };
        });
      }
      case GET_MANY:
        return withParse(manyOperation(model, e, (params.ids ?? []).map(String)), (c) => ({ data: (c?.nodes ?? []).map(rec) }));
      case CREATE:
        return withParse(createOperation(model, e, params.data ?? {}), (x) => ({ data: rec(x) }));
      case UPDATE:
        return withParse(updateOperation(model, e, String(params.id), params.data ?? {}, params.previousData), (x) => ({ data: rec(x) }));
      case DELETE:
        return withParse(archiveOperation(model, e, String(params.id)), (x) => ({ data: rec(x) }));
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
    client: apolloClient() as any,
    introspection: {
      schema: introspection as any,
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
  } as any) as unknown as DataProvider;

  const guard = <T>(p: Promise<T>): Promise<T> => p.catch((err) => { throw toHttpError(err); });

  const updateOrSkip: DataProvider['update'] = (resource, params) => {
    const e = entityOf(model, resource);
    const op = updateOperation(model, e, String(params.id), params.data ?? {}, params.previousData);
    if (!Object.keys(op.variables.input as object).length && params.previousData) {
      return Promise.resolve({ data: params.previousData as any });
    }
    return guard(base.update(resource, params));
  };

  const run = async (op: BuiltOperation, e: EntityModel) => {
    const data = await request(op.query, op.variables);
    return { data: toRecord(e, data[op.root]) };
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
      const ids: any[] = [];
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
        .then((d) => ({ data: d[m.mutation] })));
    },
    query: (query, variables) => guard(request(query, variables)),
    model,
  };
  return provider;
}
