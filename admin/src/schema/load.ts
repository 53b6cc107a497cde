import { buildClientSchema, buildSchema, getIntrospectionQuery, GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { request } from '../data/transport';
import { buildModel, SchemaModel } from './model';
// The committed schema.graphql, bundled at build time (empty when the build had none).
import bundledSdl from 'virtual:bundled-schema';

/**
 * The live schema (introspection needs a signed-in user), else the schema.graphql bundled at build
 * time. The live one wins so a field added on the server shows up without rebuilding the console.
 */
export async function loadSchema(): Promise<{ schema: GraphQLSchema; source: 'live' | 'bundled' }> {
  try {
    const data = await request<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: false }));
    return { schema: buildClientSchema(data), source: 'live' };
  } catch (e) {
    if (!bundledSdl) throw e;
    console.warn('Introspection failed; using the bundled schema', e);
    return { schema: buildSchema(bundledSdl), source: 'bundled' };
  }
}

export async function loadModel(): Promise<{ model: SchemaModel; source: 'live' | 'bundled' }> {
  const { schema, source } = await loadSchema();
  return { model: buildModel(schema), source };
}
