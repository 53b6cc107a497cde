import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  GraphQLError,
  GraphQLScalarType,
  GraphQLSchema,
  Kind,
  getNamedType,
  getVariableValues,
  isInputObjectType,
  typeFromAST,
  visit,
} from 'graphql';
import type { DocumentNode, ExecutionResult, NamedTypeNode, OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

type Gateway = NonNullable<ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway']>;
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

interface Plan {
  operation: OperationDefinitionNode;
  compiled: CompiledQuery | ExecutionResult;
  /** Variables passed to the compiled operation as graphql-js coerced them. */
  prepared: Set<string>;
}

/**
 * Input-object variables reach the compiled operation already coerced by graphql-js, declared as
 * this pass-through scalar: graphql-jit's own coercion loops forever on recursive input types
 * (every list filter here has `and`/`or`). Scalar and enum variables keep their types (graphql-jit
 * checks them where directives use them) and are coerced by both, with the same parseValue.
 * graphql-js checks every variable first: its errors are the ones Apollo answers with
 * BAD_USER_INPUT and HTTP 400.
 */
const PREPARED_VARIABLE = new GraphQLScalarType({
  name: 'PreparedVariable',
  description: 'A variable value already coerced by graphql-js (internal to the executor, not part of the API).',
  parseValue: (value) => value,
  parseLiteral: () => {
    throw new TypeError('PreparedVariable has no literal form');
  },
});

/**
 * Executes operations with graphql-jit instead of graphql-js. Apollo Server 5 has no executor
 * option; its gateway interface is the one seam that replaces execution while keeping parsing,
 * validation, plugins (limits, statement counts) and error formatting.
 *
 * graphql-js walks the selection set anew for every object of a list; graphql-jit compiles each
 * operation once into a function, so a nested list of thousands of objects costs a fraction of
 * the CPU. Compiled operations are kept by Apollo's query hash and operation name; a plan never
 * holds request data.
 */
export function jitExecutorGateway(schema: GraphQLSchema, cachedOperations = 1000): Gateway {
  // Same type objects (and so the same resolvers) as the API schema, plus the scalar above.
  const compileSchema = new GraphQLSchema({ ...schema.toConfig(), types: [...schema.toConfig().types, PREPARED_VARIABLE] });
  const plans = new LRUCache<string, Plan>({ max: cachedOperations });
  const executor: Executor = async (request) => {
    const key = `${request.queryHash}\u0000${request.operationName ?? ''}`;
    let plan = plans.get(key);
    if (!plan) {
      const prepared = inputObjectVariables(schema, request.operation);
      const compiled = compileQuery(
        compileSchema,
        withPreparedVariables(request.document, request.operation, prepared),
        request.operationName ?? undefined,
        {
          // Stack capture is for debugging resolvers; it costs on every error and callers never see it.
          disablingCapturingStackErrors: true,
        },
      );
      plan = { operation: request.operation, compiled, prepared };
      plans.set(key, plan);
    }
    if (!isCompiledQuery(plan.compiled)) return withApolloErrors(plan.compiled);
    const raw = request.request.variables ?? {};
    const variables = getVariableValues(schema, plan.operation.variableDefinitions ?? [], raw, { maxErrors: 50 });
    if (variables.errors) return { errors: variables.errors };
    const passed: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(raw)) if (!plan.prepared.has(name)) passed[name] = value;
    for (const name of plan.prepared) if (name in variables.coerced) passed[name] = variables.coerced[name];
    return withApolloErrors(await plan.compiled.query(undefined, request.context, passed));
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      return { executor };
    },
    async stop() {
      plans.clear();
    },
  };
}

/** Names of the operation's variables whose type is (a list of) an input object. */
function inputObjectVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Set<string> {
  const names = new Set<string>();
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as NamedTypeNode);
    if (type && isInputObjectType(getNamedType(type))) names.add(definition.variable.name.value);
  }
  return names;
}

/** The executed operation alone, its input-object variables declared as PreparedVariable without defaults (graphql-js applied them). */
function withPreparedVariables(document: DocumentNode, operation: OperationDefinitionNode, prepared: Set<string>): DocumentNode {
  return visit(document, {
    OperationDefinition(node) {
      return node === operation ? undefined : null;
    },
    VariableDefinition(node) {
      if (!prepared.has(node.variable.name.value)) return undefined;
      return {
        ...node,
        type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: PREPARED_VARIABLE.name } },
        defaultValue: undefined,
      };
    },
  });
}

/**
 * graphql-jit's errors imitate graphql-js's but leave `extensions` undefined, which Apollo's error
 * pipeline reads; they become real GraphQLErrors carrying the thrown error's extensions.
 */
function withApolloErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) => {
    const original = error.originalError ?? undefined;
    const extensions = { ...(original as GraphQLError | undefined)?.extensions, ...error.extensions };
    const normal = new GraphQLError(error.message, { path: error.path, originalError: original, extensions });
    return Object.assign(normal, { locations: error.locations });
  });
  return { ...result, errors };
}
