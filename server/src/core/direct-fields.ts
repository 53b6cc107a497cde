import { getMetadataStorage } from 'type-graphql';
import { isObjectType } from 'graphql';
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { hasValidationRules } from './validation';

/*
 * Field resolvers on the rows of a list run once per row: a county's 20 townships, a post's
 * placements, a placement's person. For each call type-graphql fetches the resolver instance,
 * converts the arguments into class instances, awaits their validation and the parameters as a
 * promise, even when there is nothing to validate; on a nested list that costs more than the
 * field's own work (measured: about a sixth of a work-teams → members request). A field resolver
 * that needs none of it is called directly instead, with the same parameters:
 * - no @Authorized roles and no middleware (on the method or its class): those stay with type-graphql;
 * - parameters only @Root, @Ctx, @Info and @Args whose class, nested input classes included, has no
 *   validation rule and no field initialiser, so the plain argument object is exactly what the
 *   conversion would produce;
 * - a root that is an instance of the declared type (rows from core/read.ts are); any other root
 *   goes through type-graphql, which converts it.
 */

type ParamSource = (root: unknown, args: Record<string, unknown>, context: Record<string, unknown>, info: unknown) => unknown;

interface ParamLike {
  kind: string;
  index: number;
  propertyName?: string;
  getType?: () => unknown;
}

function isPlainInput(type: unknown, seen = new Set<Function>()): boolean {
  if (typeof type !== 'function' || seen.has(type)) return true;
  seen.add(type);
  const storage = getMetadataStorage();
  const isInputClass = storage.argumentTypes.some((t) => t.target === type) || storage.inputTypes.some((t) => t.target === type);
  if (!isInputClass) return true; // a scalar or an enum
  if (hasValidationRules(type)) return false;
  const blank = new (type as new () => Record<string, unknown>)();
  if (Object.values(blank).some((v) => v !== undefined)) return false;
  return storage.fields.filter((f) => f.target === type).every((f) => isPlainInput(f.getType(), seen));
}

function sourceOf(param: ParamLike): ParamSource | undefined {
  switch (param.kind) {
    case 'root':
      return param.propertyName ? (root) => (root as Record<string, unknown>)[param.propertyName!] : (root) => root;
    case 'context':
      return param.propertyName ? (_r, _a, context) => context[param.propertyName!] : (_r, _a, context) => context;
    case 'info':
      return (_r, _a, _c, info) => info;
    case 'args':
      return isPlainInput(param.getType?.()) ? (_r, args) => args : undefined;
    default:
      return undefined;
  }
}

const directResolvers = new WeakSet<Function>();

/** Replaces type-graphql's wrapper of every field resolver that qualifies; returns their names. */
export function resolveFieldsDirectly(schema: GraphQLSchema): string[] {
  const storage = getMetadataStorage();
  const instances = new Map<Function, Record<string, unknown>>();
  const direct: string[] = [];
  for (const meta of storage.fieldResolvers) {
    // type-graphql has merged the class's @UseMiddleware and @Authorized into the method's metadata.
    if (meta.kind !== 'external' || !meta.getObjectType || meta.roles?.length || meta.middlewares?.length) continue;
    const params = [...((meta.params ?? []) as ParamLike[])].sort((a, b) => a.index - b.index);
    const sources = params.map(sourceOf);
    if (sources.some((s) => !s) || params.some((p, i) => p.index !== i)) continue;
    const objectClass = meta.getObjectType() as Function;
    const typeName = storage.objectTypes.find((t) => t.target === objectClass)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    if (!isObjectType(type)) continue;
    const field = type.getFields()[meta.schemaName];
    if (!field?.resolve || directResolvers.has(field.resolve)) continue;

    let instance = instances.get(meta.target);
    if (!instance) instances.set(meta.target, (instance = new (meta.target as new () => Record<string, unknown>)()));
    const method = instance[meta.methodName] as (...values: unknown[]) => unknown;
    const self = instance;
    const viaTypeGraphql = field.resolve;
    const from = sources as ParamSource[];
    const resolve: GraphQLFieldResolver<unknown, Record<string, unknown>> = (root, args, context, info) => {
      if (!(root instanceof objectClass)) return viaTypeGraphql(root, args, context, info);
      const values = new Array(from.length);
      for (let i = 0; i < from.length; i++) values[i] = from[i](root, args, context, info);
      return method.apply(self, values);
    };
    directResolvers.add(resolve);
    field.resolve = resolve;
    direct.push(`${type.name}.${field.name}`);
  }
  return direct;
}
