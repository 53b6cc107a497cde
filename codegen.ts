/**
 * GraphQL Code Generator: TypeScript types of the API for the console, from the committed
 * schema.graphql (which `npm run schema` writes from the server). The console builds most of its
 * operations from the schema at run time; the static ones are written as `/* GraphQL *\/` template
 * literals in admin/src and get result and variable types here too.
 *   npm run codegen      (after `npm run schema`; tests/admin/unit/codegen.test.ts fails when stale)
 * typescript-operations writes the input types its operations need itself, so the schema's types
 * and the operations' types are two files.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

// the API's custom scalars as they travel in JSON (Money and dates are strings); a new scalar must
// be given a type here before the files regenerate
const scalars = { DateTimeISO: 'string', LocalDate: 'string', YearMonth: 'string', Money: 'string' };

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    // every type of the schema: entities, rollups, inputs, enums
    'admin/src/generated/schema.ts': {
      plugins: ['typescript'],
      config: { scalars, strictScalars: true, enumsAsTypes: true, avoidOptionals: { field: true, inputValue: false, object: true } },
    },
    // result and variable types of the static operations (with the input types they use)
    'admin/src/generated/operations.ts': {
      documents: ['admin/src/**/*.ts', 'admin/src/**/*.tsx', '!admin/src/generated/**'],
      plugins: ['typescript-operations'],
      config: { scalars, strictScalars: true, enumType: 'string-literal', skipTypename: true },
    },
  },
  silent: true,
};

export default config;
