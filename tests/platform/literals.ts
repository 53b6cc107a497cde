import { GraphQLEnumType, GraphQLInputObjectType, GraphQLList, GraphQLScalarType, isNonNullType } from 'graphql';
import type { GraphQLArgument, GraphQLInputType } from 'graphql';

/** A syntactically valid GraphQL literal for an input type (required fields only), for schema walks. */
export function literal(type: GraphQLInputType, depth = 0): string {
  if (isNonNullType(type)) return literal(type.ofType, depth);
  if (type instanceof GraphQLList) return `[${literal(type.ofType, depth)}]`;
  if (type instanceof GraphQLEnumType) return type.getValues()[0].name;
  if (type instanceof GraphQLInputObjectType) {
    const parts = Object.values(type.getFields())
      .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined && depth < 4)
      .map((f) => `${f.name}: ${literal(f.type, depth + 1)}`);
    return `{ ${parts.join(', ')} }`;
  }
  const name = (type as GraphQLScalarType).name;
  const samples: Record<string, string> = {
    Int: '1',
    Float: '1',
    Boolean: 'true',
    ID: '"00000000-0000-0000-0000-000000000000"',
    Money: '"1.00"',
    LocalDate: '"2025-01-01"',
    YearMonth: '"2025-01"',
    DateTimeISO: '"2025-01-01T00:00:00Z"',
    DateTime: '"2025-01-01T00:00:00Z"',
  };
  return samples[name] ?? '"x"';
}

/** `(a: …, b: …)` for the required arguments, with overrides by name (already GraphQL literals). */
export function argList(args: readonly GraphQLArgument[], overrides: Record<string, string> = {}): string {
  const parts: string[] = [];
  for (const a of args) {
    if (a.name in overrides) parts.push(`${a.name}: ${overrides[a.name]}`);
    // Region codes must be well-formed to reach the jurisdiction rules; use the walking user's county.
    else if (isNonNullType(a.type) && /Code$/.test(a.name) && literal(a.type) === '"x"') parts.push(`${a.name}: "620422"`);
    else if (isNonNullType(a.type) && a.defaultValue === undefined) parts.push(`${a.name}: ${literal(a.type)}`);
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}
