import type { ApolloServerPlugin } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import {
  GraphQLError,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  Kind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  parse,
} from 'graphql';
import type {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  GraphQLType,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';
import { settings } from '../config';
import type { RequestContext } from './context';
import { ErrorCode } from './errors';
import { countKeyRequest, rateLimiter, setRateLimitHeaders } from './rate-limit';
import { clock } from './clock';

/*
 * Limits checked on every request BEFORE any resolver runs. Cheap ones first: the body size
 * (REQUEST_MAX_BYTES, in app.ts) and the parser's token count (QUERY_MAX_TOKENS) stop a huge document
 * before it is parsed in full; then, before validation, a walk of the document's syntax counts its
 * aliases and the fields it selects more than once under one name, because validation compares
 * such fields pairwise (2,400 repeats of one field took 1.5 s to validate): syntaxRefusal. After validation:
 * introspection only for signed-in callers, a rate limit per API key / user / IP, and the
 * operation's depth, alias count and cost (list sizes × nested fields).
 */

export interface QueryMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

/** Items assumed for a list field without `first` (object lists such as `ancestors`). */

/**
 * Times one response name may be selected under one parent (directly, in inline fragments and in
 * the fragments spread there). Clients repeat `id` or `__typename` through fragments a few times.
 */
export const MAX_SAME_FIELD = 10;

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
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): QueryMeasure {
  let aliases = 0;
  let maxDepth = 0;
  let cost = 0;
  const countedAliases = new Set<FieldNode>();

  /** `pageSize` is set while walking a connection's own fields: only `nodes`/`edges` are multiplied by it. */
  const walk = (
    set: SelectionSetNode,
    parent: GraphQLNamedType | undefined,
    depth: number,
    multiplier: number,
    pageSize: number | undefined,
    seen: Set<string>,
  ) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const name = sel.name.value;
        const frag = fragments[name];
        if (!frag || seen.has(name)) continue;
        walk(
          frag.selectionSet,
          schema.getType(frag.typeCondition.name.value) ?? parent,
          depth,
          multiplier,
          pageSize,
          new Set([...seen, name]),
        );
        continue;
      }
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(
          sel.selectionSet,
          sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) ?? parent) : parent,
          depth,
          multiplier,
          pageSize,
          seen,
        );
        continue;
      }
      const name = sel.name.value;
      // Every alias counts, on __typename and introspection fields too: 40,000 aliased __typename ran.
      if (sel.alias && !countedAliases.has(sel)) {
        countedAliases.add(sel);
        aliases += 1;
      }
      if (name === '__schema' || name === '__type') {
        // Introspection answers from the schema, not the database: one unit each, its nesting (the
        // standard query's type references go nine deep) is not the data's depth.
        cost += multiplier;
        if (sel.selectionSet) walkIntrospection(sel.selectionSet, new Set(seen));
        continue;
      }
      const fieldDepth = depth + 1;
      maxDepth = Math.max(maxDepth, fieldDepth);
      cost += multiplier;
      if (!sel.selectionSet) continue;
      const field: GraphQLField<unknown, unknown> | undefined =
        parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
      const named = field ? getNamedType(field.type) : undefined;
      if (named && named.name.endsWith('Connection') && named instanceof GraphQLObjectType) {
        // totalCount and pageInfo are one value per parent; the page size multiplies the rows below nodes/edges.
        walk(
          sel.selectionSet,
          named,
          fieldDepth,
          multiplier,
          Math.max(intArg(sel, 'first', variables) ?? settings.pageSizeDefault, 1),
          seen,
        );
      } else if (pageSize !== undefined && (name === 'nodes' || name === 'edges')) {
        walk(sel.selectionSet, named, fieldDepth, multiplier * pageSize, undefined, seen);
      } else if (field && isListType(field.type)) {
        walk(
          sel.selectionSet,
          named,
          fieldDepth,
          multiplier * Math.max(intArg(sel, 'first', variables) ?? UNBOUNDED_LIST_ESTIMATE, 1),
          undefined,
          seen,
        );
      } else {
        walk(sel.selectionSet, named, fieldDepth, multiplier, undefined, seen);
      }
    }
  };

  /** Aliases and one unit of cost per field inside __schema / __type. */
  const walkIntrospection = (set: SelectionSetNode, seen: Set<string>) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragments[sel.name.value];
        if (frag && !seen.has(sel.name.value)) walkIntrospection(frag.selectionSet, new Set([...seen, sel.name.value]));
        continue;
      }
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        walkIntrospection(sel.selectionSet, seen);
        continue;
      }
      if (sel.alias && !countedAliases.has(sel)) {
        countedAliases.add(sel);
        aliases += 1;
      }
      cost += 1;
      if (sel.selectionSet) walkIntrospection(sel.selectionSet, seen);
    }
  };

  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  walk(operation.selectionSet, root ?? undefined, 0, 1, undefined, new Set());
  return { depth: maxDepth, aliases, cost };
}

function usesIntrospection(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): boolean {
  const visit = (set: SelectionSetNode, seen: Set<string>): boolean =>
    set.selections.some((sel) => {
      if (sel.kind === Kind.FIELD)
        return sel.name.value === '__schema' || sel.name.value === '__type' || (!!sel.selectionSet && visit(sel.selectionSet, seen));
      if (sel.kind === Kind.INLINE_FRAGMENT) return visit(sel.selectionSet, seen);
      const frag = fragments[sel.name.value];
      return !!frag && !seen.has(sel.name.value) && visit(frag.selectionSet, new Set([...seen, sel.name.value]));
    });
  return visit(operation.selectionSet, new Set());
}

/**
 * What can be counted from the syntax alone, before validation: every alias in the document, and
 * the most times one response name is selected under one parent (fragments expanded once per
 * parent). Linear in the document's size.
 */
export function measureSyntax(document: DocumentNode): { aliases: number; sameField: { name: string; times: number } } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  let aliases = 0;
  let sameField = { name: '', times: 0 };
  const visitAliases = (set: SelectionSetNode) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD && sel.alias) aliases += 1;
      if (sel.kind !== Kind.FRAGMENT_SPREAD && sel.selectionSet) visitAliases(sel.selectionSet);
    }
  };
  const checkedSets = new Set<SelectionSetNode>();
  /** Response names under one parent, through inline fragments and each spread fragment once. */
  const countNames = (set: SelectionSetNode, counts: Map<string, number>, spread: Set<string>) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const key = sel.alias?.value ?? sel.name.value;
        const times = (counts.get(key) ?? 0) + 1;
        counts.set(key, times);
        if (times > sameField.times) sameField = { name: key, times };
        if (sel.selectionSet) checkSet(sel.selectionSet);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        countNames(sel.selectionSet, counts, spread);
      } else {
        const frag = fragments.get(sel.name.value);
        if (frag && !spread.has(sel.name.value)) {
          spread.add(sel.name.value);
          countNames(frag.selectionSet, counts, spread);
        }
      }
    }
  };
  const checkSet = (set: SelectionSetNode) => {
    if (checkedSets.has(set)) return;
    checkedSets.add(set);
    countNames(set, new Map(), new Set());
  };
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION && def.kind !== Kind.FRAGMENT_DEFINITION) continue;
    visitAliases(def.selectionSet);
    checkSet(def.selectionSet);
  }
  return { aliases, sameField };
}

/** Verdicts on recent documents: the same few texts arrive again and again, and each is parsed once here. */
const syntaxVerdicts = new LRUCache<string, { refusal: GraphQLError | null }>({ max: 1000 });

/**
 * The checks that come before Apollo parses and validates a document (called by app.ts for every
 * GraphQL request): the token limit, every alias, and fields repeated under one parent. Apollo
 * treats an error thrown by a plugin before validation as its own failure (HTTP 500), so this runs
 * in front of it. Null when the document may go on; its syntax errors are Apollo's to report.
 */
export function syntaxRefusal(query: string): GraphQLError | null {
  // Keyed by the limits too: tests start servers with other settings in the same process.
  const key = `${settings.queryMaxTokens}:${settings.queryMaxAliases}:${query}`;
  const known = syntaxVerdicts.get(key);
  if (known) return known.refusal;
  let refusal: GraphQLError | null = null;
  try {
    const m = measureSyntax(parse(query, { maxTokens: settings.queryMaxTokens, noLocation: true }));
    const problems: string[] = [];
    if (m.aliases > settings.queryMaxAliases) problems.push(`aliases ${m.aliases} > ${settings.queryMaxAliases}`);
    if (m.sameField.times > MAX_SAME_FIELD)
      problems.push(`"${m.sameField.name}" selected ${m.sameField.times} times under one parent > ${MAX_SAME_FIELD}`);
    if (problems.length) {
      refusal = refuse(ErrorCode.QUERY_TOO_COMPLEX, `查询过于复杂，请减少别名或重复字段 (query too complex: ${problems.join(', ')})`, 400, {
        aliases: m.aliases,
        maxAliases: settings.queryMaxAliases,
        maxSameField: MAX_SAME_FIELD,
      });
    }
  } catch (error) {
    if (/more tha[nt] \d+ tokens/.test((error as Error).message)) {
      refusal = refuse(
        ErrorCode.QUERY_TOO_COMPLEX,
        `查询文档过大，超过 ${settings.queryMaxTokens} 个词法单元 (document longer than ${settings.queryMaxTokens} tokens; parsing stopped)`,
        400,
        { maxTokens: settings.queryMaxTokens },
      );
    }
  }
  syntaxVerdicts.set(key, { refusal });
  return refusal;
}

function refuse(code: ErrorCode, message: string, status: number, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status }, ...extra } });
}

export function requestLimitsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue, schema, request, response }) {
          const actor = contextValue.actor;
          // Rate limit first: refused requests count too.
          const subject = actor ? `${actor.kind}:${actor.id}` : `ip:${contextValue.ip}`;
          const limit = actor?.rateLimitPerMinute ?? settings.rateLimitPerMinute;
          const { count, resetAt } = await rateLimiter().hit(subject, 60_000);
          setRateLimitHeaders(response.http.headers, limit, count, resetAt);
          if (actor?.kind === 'apiKey') await countKeyRequest(actor.id);
          if (count > limit) {
            const retryAfterSeconds = Math.max(1, Math.ceil((resetAt - clock.now().getTime()) / 1000));
            throw refuse(ErrorCode.RATE_LIMITED, `请求过于频繁，请稍后重试 (rate limit of ${limit} requests per minute exceeded)`, 429, {
              limit,
              retryAfterSeconds,
            });
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
            throw refuse(
              ErrorCode.QUERY_TOO_COMPLEX,
              `查询过于复杂，请减少嵌套层级、别名或每页条数 (query too complex: ${problems.join(', ')})`,
              400,
              { ...m, maxDepth: settings.queryMaxDepth, maxAliases: settings.queryMaxAliases, maxCost: settings.queryMaxCost },
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          // A document refused before its operation was resolved (syntax, validation) is not counted,
          // but an app still learns where its key stands from every answer.
          const actor = contextValue.actor;
          if (actor?.kind !== 'apiKey' || response.http.headers.has('ratelimit-limit')) return;
          const { count, resetAt } = await rateLimiter().peek(`${actor.kind}:${actor.id}`, 60_000);
          setRateLimitHeaders(response.http.headers, actor.rateLimitPerMinute ?? settings.rateLimitPerMinute, count, resetAt);
        },
      };
    },
  };
}
