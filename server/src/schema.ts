import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'type-graphql';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { authChecker } from './core/access';
import { validateArgument } from './core/validation';
import { projectRoot } from './config';
import { allResolvers } from './modules';
import { CoreResolver } from './core/core.resolver';

let built: GraphQLSchema | undefined;

export async function createSchema(): Promise<GraphQLSchema> {
  built ??= await buildSchema({
    resolvers: [CoreResolver, ...allResolvers] as never,
    authChecker,
    authMode: 'error',
    validateFn: (value) => validateArgument(value),
    emitSchemaFile: false,
  });
  const query = built.getQueryType();
  const mutation = built.getMutationType();
  if (query) query.description = '查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear.';
  if (mutation) mutation.description = '变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations.';
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
