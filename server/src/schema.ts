import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { authChecker } from './core/access';
import { guardArguments, validateArgument } from './core/validation';
import { projectRoot } from './config';
import { allResolvers } from './modules';
import { CoreResolver } from './core/core.resolver';
import { resolveFieldsDirectly } from './core/direct-fields';

let built: GraphQLSchema | undefined;
let guarded = false;

/**
 * Plain fields of object types are read straight off the row, with no resolver function around
 * each: per object of a list that wrapper costs more than the read. It is safe because access is
 * decided by queries and field resolvers, never by middleware or @Authorized on a plain field;
 * `checkPlainFields` stops the server from starting if one ever gets either.
 */
function readPlainFieldsDirectly(): void {
  for (const type of getMetadataStorage().objectTypes) type.simpleResolvers ??= true;
}

function checkPlainFields(): void {
  const storage = getMetadataStorage();
  const objectClasses = new Set(storage.objectTypes.map((t) => t.target));
  for (const field of storage.fields) {
    if (!objectClasses.has(field.target) || field.simple === false) continue;
    if (field.roles?.length || field.middlewares?.length) {
      throw new Error(
        `${field.target.name}.${field.name} has @Authorized or middleware but is read directly; give it a @FieldResolver or @Field({ simple: false })`,
      );
    }
  }
}

export async function createSchema(): Promise<GraphQLSchema> {
  if (!built) readPlainFieldsDirectly();
  built ??= await buildSchema({
    resolvers: [CoreResolver, ...allResolvers] as never,
    authChecker,
    authMode: 'error',
    validateFn: (value) => validateArgument(value),
    emitSchemaFile: false,
  });
  checkPlainFields();
  if (!guarded) {
    resolveFieldsDirectly(built);
    // Input hygiene wraps every resolver with arguments, the direct ones included, exactly once.
    guardArguments(built);
    guarded = true;
  }
  const query = built.getQueryType();
  const mutation = built.getMutationType();
  if (query)
    query.description =
      '查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear.';
  if (mutation)
    mutation.description =
      '变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations.';
  return built;
}

/** The SDL committed as schema.graphql; sorted so diffs show real changes only. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}

export const schemaFile = path.join(projectRoot, 'schema.graphql');

if (require.main === module) {
  printedSchema().then((sdl) => {
    fs.writeFileSync(schemaFile, sdl);
    console.log(`schema.graphql written (${sdl.split('\n').length} lines)`);
  });
}
