jest.setTimeout(120_000);

import { getMetadataStorage } from 'type-graphql';
import { GraphQLEnumType, GraphQLScalarType, getNamedType, isNonNullType } from 'graphql';
import type { GraphQLField } from 'graphql';
import { literal } from './literals';
import { createSchema } from '../../server/src/schema';
import { isPublicMethod, publicFields } from '../../server/src/core/access';
import { startTestServer } from '../support/server';
import type { TestServer } from '../support/server';

/*
 * Contract: every Query and Mutation field declares who may call it — `@Allow('domain.verb')` /
 * `@Authorized()` (type-graphql's authorizedFields) or an explicit `@Public()`. A field without one
 * fails this test, so nothing becomes public by accident. The second half calls every declared
 * non-public field without signing in and expects UNAUTHENTICATED.
 */

interface HandlerMeta {
  target: Function;
  methodName: string;
  schemaName: string;
}

function declarations() {
  const storage = getMetadataStorage() as unknown as {
    queries: HandlerMeta[];
    mutations: HandlerMeta[];
    authorizedFields: { target: Function; fieldName: string; roles: string[] }[];
  };
  const authorized = (h: HandlerMeta) => storage.authorizedFields.some((a) => a.target === h.target && a.fieldName === h.methodName);
  return { storage, authorized };
}

async function operationFields() {
  const schema = await createSchema();
  return {
    schema,
    fields: [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => ({ op: 'query' as const, field: f })),
      ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((f) => ({ op: 'mutation' as const, field: f })),
    ],
  };
}

describe('access contract: every Query and Mutation field declares who may call it', () => {
  test('given the built schema, then each field is backed by a resolver carrying @Allow/@Authorized or @Public', async () => {
    const { fields } = await operationFields();
    const { storage, authorized } = declarations();
    const undeclared: string[] = [];
    for (const { op, field } of fields) {
      const handlers = (op === 'query' ? storage.queries : storage.mutations).filter((h) => h.schemaName === field.name);
      if (!handlers.length) {
        undeclared.push(`${op} ${field.name} (no resolver metadata)`);
        continue;
      }
      for (const h of handlers) {
        if (!authorized(h) && !isPublicMethod(h.target, h.methodName))
          undeclared.push(`${op} ${field.name} (${h.target.name}.${h.methodName})`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  test('public fields are the explicit few (sign-in, sign-out, me, health)', () => {
    expect([...publicFields].sort()).toEqual(expect.arrayContaining(['health', 'login', 'logout', 'me']));
  });
});

function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return named instanceof GraphQLScalarType || named instanceof GraphQLEnumType ? '' : '{ __typename }';
}

describe('access contract over HTTP: nothing but the public fields answers without signing in', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  test('when every non-public Query and Mutation field is called anonymously, then each is refused with UNAUTHENTICATED', async () => {
    const { fields } = await operationFields();
    const { storage } = declarations();
    const answered: string[] = [];
    for (const { op, field } of fields) {
      const handlers = (op === 'query' ? storage.queries : storage.mutations).filter((h) => h.schemaName === field.name);
      if (handlers.some((h) => isPublicMethod(h.target, h.methodName))) continue;
      const args = field.args
        .filter((a) => isNonNullType(a.type) && a.defaultValue === undefined)
        .map((a) => `${a.name}: ${literal(a.type)}`);
      const doc = `${op} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection(field)} }`;
      const res = await s.gql(doc);
      const code = res.errors?.[0]?.extensions?.code;
      if (code !== 'UNAUTHENTICATED') answered.push(`${doc} → ${code ?? 'data'}: ${res.errors?.[0]?.message ?? ''}`);
    }
    expect(answered).toEqual([]);
  });
});
