import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { GraphQLError, GraphQLScalarType, GraphQLSchema, Kind, getVariableValues, visit } from 'graphql';
import type { DocumentNode, ExecutionResult, OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

type Gateway = NonNullable<ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway']>;
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

interface Plan {
  operation: OperationDefinitionNode;
  compiled: CompiledQuery | ExecutionResult;
}

/**
 * Variables reach the compiled operation already coerced by graphql-js, so graphql-jit sees each
 * of them as this pass-through scalar. graphql-jit's own variable coercion loops forever on
 * recursive input types (every list filter here has `and`/`or`), and graphql-js's coercion
 * errors are the ones Apollo knows to answer with BAD_USER_INPUT and HTTP 400.
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
      const compiled = compileQuery(compileSchema, withPreparedVariables(request.document, request.operation), request.operationName ?? undefined, {
        // Stack capture is for debugging resolvers; it costs on every error and callers never see it.
        disablingCapturingStackErrors: true,
      });
      plan = { operation: request.operation, compiled };
      plans.set(key, plan);
    }
    if (!isCompiledQuery(plan.compiled)) return withApolloErrors(plan.compiled);
    const variables = getVariableValues(schema, plan.operation.variableDefinitions ?? [], request.request.variables ?? {}, { maxErrors: 50 });
    if (variables.errors) return { errors: variables.errors };
    return withApolloErrors(await plan.compiled.query(undefined, request.context, variables.coerced));
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

/** The document with the executed operation's variables declared as PreparedVariable, defaults dropped (graphql-js applied them). */
function withPreparedVariables(document: DocumentNode, operation: OperationDefinitionNode): DocumentNode {
  return visit(document, {
    OperationDefinition(node) {
      return node === operation ? undefined : null;
    },
    VariableDefinition(node) {
      return { ...node, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: PREPARED_VARIABLE.name } }, defaultValue: undefined };
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
