import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLList, GraphQLNonNull, GraphQLObjectType, Kind, getNamedType, isInterfaceType, isObjectType } from 'graphql';
import type { FieldNode, FragmentDefinitionNode, GraphQLField, GraphQLNamedType, GraphQLSchema, GraphQLType, OperationDefinitionNode, SelectionSetNode, ValueNode } from 'graphql';
import { settings } from '../config';
import type { RequestContext } from './context';
import { ErrorCode } from './errors';
import { rateLimiter } from './rate-limit';
import { clock } from './clock';

/*
 * Limits checked on every request after parsing and validation and BEFORE any resolver runs:
 * introspection only for signed-in callers, a rate limit per API key / user / IP, and the
 * operation's depth, alias count and cost (list sizes × nested fields).
 */

export interface QueryMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

/** Items assumed for a list field without `first` (object lists such as `ancestors`). */
const UNBOUNDED_LIST_ESTIMATE = 10;

function isListType(type: GraphQLType): boolean {
  const t = type instanceof GraphQLNonNull ? type.ofType : type;
  return t instanceof GraphQLList;
}

function intArg(node: FieldNode, name: string, variables: Record<string, unknown>): number | undefined {
  const arg = node.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  const value: ValueNode = arg.value;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

/**
 * Measures an operation against the schema. Cost: every selected field costs 1 × the number of
 * parent rows it is resolved for; a connection multiplies what is below its `nodes`/`edges` by its
 * `first` (default page size) while `totalCount`/`pageInfo` count once per parent; a plain object
 * list multiplies by its `first` or an estimate of 10. Introspection fields are not counted.
 */
export function measureOperation(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>, variables: Record<string, unknown> = {}): QueryMeasure {
  let aliases = 0;
  let maxDepth = 0;
  let cost = 0;
  const countedAliases = new Set<FieldNode>();

  /** `pageSize` is set while walking a connection's own fields: only `nodes`/`edges` are multiplied by it. */
  const walk = (set: SelectionSetNode, parent: GraphQLNamedType | undefined, depth: number, multiplier: number, pageSize: number | undefined, seen: Set<string>) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const name = sel.name.value;
        const frag = fragments[name];
        if (!frag || seen.has(name)) continue;
        walk(frag.selectionSet, schema.getType(frag.typeCondition.name.value) ?? parent, depth, multiplier, pageSize, new Set([...seen, name]));
        continue;
      }
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet, sel.typeCondition ? schema.getType(sel.typeCondition.name.value) ?? parent : parent, depth, multiplier, pageSize, seen);
        continue;
      }
      const name = sel.name.value;
      if (name.startsWith('__')) continue; // introspection and __typename
      if (sel.alias && !countedAliases.has(sel)) {
        countedAliases.add(sel);
        aliases += 1;
      }
      const fieldDepth = depth + 1;
      maxDepth = Math.max(maxDepth, fieldDepth);
      cost += multiplier;
      if (!sel.selectionSet) continue;
      const field: GraphQLField<unknown, unknown> | undefined = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
      const named = field ? getNamedType(field.type) : undefined;
      if (named && named.name.endsWith('Connection') && named instanceof GraphQLObjectType) {
        // totalCount and pageInfo are one value per parent; the page size multiplies the rows below nodes/edges.
        walk(sel.selectionSet, named, fieldDepth, multiplier, Math.max(intArg(sel, 'first', variables) ?? settings.pageSizeDefault, 1), seen);
      } else if (pageSize !== undefined && (name === 'nodes' || name === 'edges')) {
        walk(sel.selectionSet, named, fieldDepth, multiplier * pageSize, undefined, seen);
      } else if (field && isListType(field.type)) {
        walk(sel.selectionSet, named, fieldDepth, multiplier * Math.max(intArg(sel, 'first', variables) ?? UNBOUNDED_LIST_ESTIMATE, 1), undefined, seen);
      } else {
        walk(sel.selectionSet, named, fieldDepth, multiplier, undefined, seen);
      }
    }
  };

  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  walk(operation.selectionSet, root ?? undefined, 0, 1, undefined, new Set());
  return { depth: maxDepth, aliases, cost };
}

function usesIntrospection(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): boolean {
  const visit = (set: SelectionSetNode, seen: Set<string>): boolean =>
    set.selections.some((sel) => {
      if (sel.kind === Kind.FIELD) return sel.name.value === '__schema' || sel.name.value === '__type' || (!!sel.selectionSet && visit(sel.selectionSet, seen));
      if (sel.kind === Kind.INLINE_FRAGMENT) return visit(sel.selectionSet, seen);
      const frag = fragments[sel.name.value];
      return !!frag && !seen.has(sel.name.value) && visit(frag.selectionSet, new Set([...seen, sel.name.value]));
    });
  return visit(operation.selectionSet, new Set());
}

function refuse(code: ErrorCode, message: string, status: number, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status }, ...extra } });
}

export function requestLimitsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue, schema, request }) {
          const actor = contextValue.actor;
          // Rate limit first: refused requests count too.
          const subject = actor ? `${actor.kind}:${actor.id}` : `ip:${contextValue.ip}`;
          const limit = actor?.rateLimitPerMinute ?? settings.rateLimitPerMinute;
          const { count, resetAt } = await rateLimiter().hit(subject, 60_000);
          if (count > limit) {
            const retryAfterSeconds = Math.max(1, Math.ceil((resetAt - clock.now().getTime()) / 1000));
            throw refuse(ErrorCode.RATE_LIMITED, `请求过于频繁，请稍后重试 (rate limit of ${limit} requests per minute exceeded)`, 429, { limit, retryAfterSeconds });
          }
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
          if (!actor && usesIntrospection(operation, fragments)) {
            throw refuse(ErrorCode.UNAUTHENTICATED, '请先登录后再查看接口结构 (introspection needs a signed-in caller)', 401);
          }
          const m = measureOperation(schema, operation, fragments, (request.variables ?? {}) as Record<string, unknown>);
          const problems: string[] = [];
          if (m.depth > settings.queryMaxDepth) problems.push(`depth ${m.depth} > ${settings.queryMaxDepth}`);
          if (m.aliases > settings.queryMaxAliases) problems.push(`aliases ${m.aliases} > ${settings.queryMaxAliases}`);
          if (m.cost > settings.queryMaxCost) problems.push(`cost ${m.cost} > ${settings.queryMaxCost}`);
          if (problems.length) {
            throw refuse(ErrorCode.QUERY_TOO_COMPLEX, `查询过于复杂，请减少嵌套层级、别名或每页条数 (query too complex: ${problems.join(', ')})`, 400, { ...m, maxDepth: settings.queryMaxDepth, maxAliases: settings.queryMaxAliases, maxCost: settings.queryMaxCost });
          }
        },
      };
    },
  };
}
