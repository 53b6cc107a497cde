jest.setTimeout(120_000);

import { GraphQLEnumType, GraphQLInputObjectType, GraphQLList, GraphQLString, getNamedType, isObjectType } from 'graphql';
import type { GraphQLField, GraphQLSchema } from 'graphql';
import { createSchema } from '../../server/src/schema';

/*
 * Contract for third-party apps (issue 20): every connection, top-level or nested, syncs the same
 * way: `filter: { updatedAt: { gt: <last sync> } }`, `orderBy: [{ field: updatedAt }]`, `after`.
 * A new entity whose filter or sort lacks `updatedAt` fails here.
 */

interface ConnectionField {
  where: string;
  field: GraphQLField<unknown, unknown>;
}

function connections(schema: GraphQLSchema): ConnectionField[] {
  const found: ConnectionField[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type).name.endsWith('Connection')) found.push({ where: `${type.name}.${field.name}`, field });
    }
  }
  return found;
}

/** Append-only lists: a row never changes after it is written, so its own time is its change time. */
const APPEND_ONLY: Record<string, string> = { 'Query.auditLogs': 'at' };

function problemsOf({ where, field }: ConnectionField): string[] {
  const problems: string[] = [];
  const changed = APPEND_ONLY[where] ?? 'updatedAt';
  const filter = field.args.find((a) => a.name === 'filter');
  const filterType = filter && getNamedType(filter.type);
  if (!(filterType instanceof GraphQLInputObjectType)) problems.push(`${where}: no filter argument`);
  else if (!filterType.getFields()[changed]) problems.push(`${where}: ${filterType.name} has no ${changed}`);
  const orderBy = field.args.find((a) => a.name === 'orderBy');
  const orderType = orderBy && getNamedType(orderBy.type);
  const sortEnum = orderType instanceof GraphQLInputObjectType ? getNamedType(orderType.getFields().field?.type) : undefined;
  if (!(sortEnum instanceof GraphQLEnumType)) problems.push(`${where}: no orderBy argument with a sort-field enum`);
  else if (!sortEnum.getValue(changed)) problems.push(`${where}: ${sortEnum.name} has no ${changed}`);
  if (!field.args.some((a) => a.name === 'after')) problems.push(`${where}: no after (cursor) argument`);
  return problems;
}

describe('sync contract: every connection filters and sorts by updatedAt', () => {
  test('given the built schema, then each connection field has filter.updatedAt, an updatedAt sort and a cursor', async () => {
    const schema = await createSchema();
    const all = connections(schema);
    // The check must see the entities an integrator syncs, or it proves nothing.
    const names = all.map((c) => c.where);
    for (const expected of [
      'Query.regions',
      'Query.persons',
      'Query.jobPlacements',
      'Query.welfarePosts',
      'Query.organizations',
      'Region.children',
    ])
      expect(names).toContain(expected);
    expect(all.flatMap(problemsOf)).toEqual([]);
  });

  test('given a connection whose filter lacks updatedAt, then the contract names it', () => {
    const filter = new GraphQLInputObjectType({ name: 'BrokenFilter', fields: { name: { type: GraphQLString } } });
    const sort = new GraphQLEnumType({ name: 'BrokenSortField', values: { name: {} } });
    const order = new GraphQLInputObjectType({ name: 'BrokenOrder', fields: { field: { type: sort } } });
    const field = {
      name: 'brokens',
      args: [
        { name: 'filter', type: filter },
        { name: 'orderBy', type: new GraphQLList(order) },
      ],
    } as unknown as GraphQLField<unknown, unknown>;
    expect(problemsOf({ where: 'Query.brokens', field })).toEqual([
      'Query.brokens: BrokenFilter has no updatedAt',
      'Query.brokens: BrokenSortField has no updatedAt',
      'Query.brokens: no after (cursor) argument',
    ]);
  });
});
