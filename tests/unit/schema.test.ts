import fs from 'node:fs';
import { isEnumType, isInputObjectType, isObjectType, isInterfaceType } from 'graphql';
import { createSchema, printedSchema, schemaFile } from '../../server/src/schema';

describe('the published schema (schema.graphql)', () => {
  it('matches what the code emits; run `npm run schema` after changing the API', async () => {
    const committed = fs.readFileSync(schemaFile, 'utf8');
    expect(committed).toBe(await printedSchema());
  });

  it('describes every type, field, argument and enum value', async () => {
    const schema = await createSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
