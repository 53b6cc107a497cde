import fs from 'fs';
import path from 'path';
import { buildSchema, parse, validate } from 'graphql';
import { buildModel } from '../../../admin/src/schema/model';
import {
  listOperation,
  oneOperation,
  manyOperation,
  createOperation,
  updateOperation,
  archiveOperation,
  transitionOperation,
  normalizeMoneyText,
} from '../../../admin/src/data/queries';

// The committed schema.graphql is what the server emits; every operation the console would send must validate against it.
const sdl = fs.readFileSync(path.join(__dirname, '../../../schema.graphql'), 'utf8');

describe('the console against the committed schema', () => {
  const schema = buildSchema(sdl);
  const model = buildModel(schema);
  const ok = (q: string) => expect(validate(schema, parse(q)).map((e) => e.message)).toEqual([]);

  test('finds entities, and every entity has a Chinese label', () => {
    expect(model.entities.length).toBeGreaterThan(0);
    for (const e of model.entities) expect(e.label.zh).toMatch(/[\u3400-\u9fff]/);
  });

  test.each(buildModel(buildSchema(sdl)).entities.map((e) => [e.typeName]))('%s: every generated operation validates', (typeName) => {
    const e = model.byType.get(typeName as string)!;
    const filter: Record<string, unknown> = {};
    for (const f of e.filters) {
      if (f.kind === 'text') filter[f.name] = 'a';
      if (f.kind === 'region') filter[f.name] = '6204';
      if (f.kind === 'enum') filter[f.name] = model.enums.get(f.enumName!)!.values[0].value;
    }
    const sortable = e.fields.find((f) => f.sortKey);
    ok(listOperation(model, e, { filter, sort: sortable ? { field: sortable.name, order: 'DESC' } : undefined }).query);
    ok(oneOperation(model, e, '1').query);
    if (e.filterType) ok(manyOperation(model, e, ['1']).query);
    if (e.create) ok(createOperation(model, e, {}).query);
    if (e.update) ok(updateOperation(model, e, '1', { version: 1 }, { version: 1 }).query);
    if (e.archive) ok(archiveOperation(model, e, '1').query);
    if (e.workflow) ok(transitionOperation(model, e, { id: '1', action: 'X', expectedVersion: 1 }).query);
  });
});

describe('money range filters', () => {
  const schema = buildSchema(sdl);
  const model = buildModel(schema);

  test('amounts typed the way people type them become exact decimal text', () => {
    expect(normalizeMoneyText('１，２００．５０元')).toBe('1200.50');
    expect(normalizeMoneyText('¥ 600')).toBe('600');
    expect(normalizeMoneyText('abc')).toBe('abc'); // left for the validator to refuse
  });

  test('a subsidy range from the filter form becomes a MoneyFilter with gte and lte', () => {
    const e = model.byType.get('WelfarePost')!;
    const f = e.filters.find((x) => x.name === 'monthlySubsidy')!;
    expect(f).toMatchObject({ kind: 'range', valueKind: 'money' });
    const op = listOperation(model, e, { filter: { monthlySubsidy__gte: '600', monthlySubsidy__lte: 800 } });
    expect(validate(schema, parse(op.query)).map((x) => x.message)).toEqual([]);
    expect(op.variables.filter).toEqual({ monthlySubsidy: { gte: '600', lte: '800.00' } });
  });
});

describe('region and reference columns against the committed schema', () => {
  const model = buildModel(buildSchema(sdl));

  test('a code beside its Region (villageCode beside village) is secondary, with a header of its own', () => {
    const e = model.byType.get('WelfarePost')!;
    expect(e.fieldMap.get('village')).toMatchObject({ kind: 'region', label: { zh: '所在村' } });
    expect(e.fieldMap.get('villageCode')).toMatchObject({ codeOf: 'village', secondary: true, label: { zh: '所在村代码' } });
    expect(e.fieldMap.get('regionCode')).toMatchObject({ secondary: true });
  });

  test('no two columns of an entity share a Chinese header', () => {
    for (const e of model.entities) {
      const labels = e.fields.filter((f) => !['valueList', 'object', 'connection'].includes(f.kind)).map((f) => f.label.zh);
      expect({ entity: e.typeName, duplicates: labels.filter((l, i) => labels.indexOf(l) !== i) }).toEqual({
        entity: e.typeName,
        duplicates: [],
      });
    }
  });
});
