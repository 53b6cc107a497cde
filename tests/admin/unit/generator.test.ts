import fs from 'fs';
import path from 'path';
import { buildSchema, parse, validate } from 'graphql';
import { buildModel, zhTerm } from '../../../admin/src/schema/model';
import { listOperation, oneOperation, createOperation, updateOperation, transitionOperation, manyOperation, toRecord, recordTitle, archiveOperation } from '../../../admin/src/data/queries';

const fixture = fs.readFileSync(path.join(__dirname, '../fixtures/contract.graphql'), 'utf8');

function given(sdl = fixture) {
  const schema = buildSchema(sdl);
  return { schema, model: buildModel(schema) };
}

function expectValid(schema: ReturnType<typeof buildSchema>, query: string) {
  const errors = validate(schema, parse(query));
  expect(errors.map((e) => e.message)).toEqual([]);
}

describe('the generator reads entities and labels from the schema', () => {
  test('entities are exactly the types with a connection query', () => {
    const { model } = given();
    expect(model.entities.map((e) => e.typeName).sort()).toEqual(['JobPlacement', 'Organization', 'Person', 'Region', 'WelfarePost']);
    expect(model.byType.get('Person')!.resource).toBe('persons');
  });

  test('Chinese labels come from the descriptions', () => {
    expect(zhTerm('人员 Person: a rural resident')).toBe('人员');
    expect(zhTerm('姓名 (name)')).toBe('姓名');
    expect(zhTerm('Created at (创建时间)')).toBe('创建时间');
    const { model } = given();
    const person = model.byType.get('Person')!;
    expect(person.label.zh).toBe('人员');
    expect(person.fieldMap.get('householdCategory')!.label).toEqual({ zh: '户类型', en: 'Household category' });
    expect(model.enums.get('HouseholdCategory')!.values[0].label).toEqual({ zh: '脱贫户', en: 'Poverty-exited household' });
  });

  test('references, regions, sort keys, filters and workflows are recognised', () => {
    const { model } = given();
    const jp = model.byType.get('JobPlacement')!;
    expect(jp.fieldMap.get('post')!.kind).toBe('reference');
    expect(jp.fieldMap.get('village')!.kind).toBe('region');
    expect(jp.fieldMap.get('appliedOn')!.sortKey).toBe('appliedOn');
    expect(jp.create!.inputs.find((i) => i.name === 'postId')).toMatchObject({ kind: 'reference', reference: 'WelfarePost', sourceField: 'post', required: true });
    expect(jp.filters.find((f) => f.name === 'status')).toMatchObject({ kind: 'enum', enumName: 'JobPlacementStatus' });
    expect(jp.filters.find((f) => f.name === 'village')).toMatchObject({ kind: 'region' });
    expect(jp.workflow).toMatchObject({ mutation: 'transitionJobPlacement', actionEnum: 'JobPlacementAction', statusEnum: 'JobPlacementStatus', payloadType: 'JobPlacementTransitionInput' });
    expect(jp.titlePaths).toEqual(['person.name', 'post.name']);
    const person = model.byType.get('Person')!;
    expect(person.create!.inputs.find((i) => i.name === 'villageCode')).toMatchObject({ kind: 'region', sourceField: 'village' });
    expect(person.fieldMap.get('idNumber')!.sensitive).toBe(true);
    expect(person.reveal).toMatchObject({ mutation: 'revealPerson', argName: 'reason' });
  });
});

describe('the data provider builds valid operations', () => {
  test('list with filters, sort and pages', () => {
    const { schema, model } = given();
    const e = model.byType.get('JobPlacement')!;
    const op = listOperation(model, e, {
      pagination: { page: 3, perPage: 25 },
      sort: { field: 'appliedOn', order: 'DESC' },
      filter: { status: 'APPLIED', village: '620422', appliedOn__gte: '2025-01-01', archived: 'ALL', post: 'p1' },
    });
    expectValid(schema, op.query);
    expect(op.variables).toEqual({
      first: 25, offset: 50,
      filter: { status: { eq: 'APPLIED' }, village: { within: '620422' }, appliedOn: { gte: '2025-01-01' }, archived: 'ALL', post: { eq: 'p1' } },
      orderBy: [{ field: 'appliedOn', direction: 'DESC' }],
    });
    expect(op.query).toContain('post { id name }');
    expect(op.query).toContain('village { id code name }');
    expect(op.query).not.toContain('history');
  });

  test('every entity gets valid list, one, many, create, update and archive operations', () => {
    const { schema, model } = given();
    for (const e of model.entities) {
      expectValid(schema, listOperation(model, e, { filter: {} }).query);
      expectValid(schema, oneOperation(model, e, '1').query);
      expectValid(schema, manyOperation(model, e, ['1', '2']).query);
      if (e.create) expectValid(schema, createOperation(model, e, {}).query);
      if (e.update) expectValid(schema, updateOperation(model, e, '1', { version: 1 }, { version: 1 }).query);
      if (e.archive) expectValid(schema, archiveOperation(model, e, '1').query);
      if (e.restore) expectValid(schema, archiveOperation(model, e, '1', true).query);
    }
  });

  test('one record reads the workflow fields', () => {
    const { model } = given();
    const op = oneOperation(model, model.byType.get('JobPlacement')!, 'x');
    expect(op.query).toMatch(/availableActions \{ action label commentRequired payloadFields/);
    expect(op.query).toMatch(/history \{ id action actionLabel fromStatus toStatus comment actorName at payload \}/);
  });

  test('update sends only changed fields and the version read', () => {
    const { model } = given();
    const e = model.byType.get('Person')!;
    const previous = toRecord(e, { id: 'p1', version: 4, name: '张三', idNumber: '6204**********1234', phone: '138****5678', village: { id: '620422100201', code: '620422100201', name: '某村' }, householdCategory: 'ORDINARY' })!;
    expect(previous.villageCode).toBe('620422100201');
    const op = updateOperation(model, e, 'p1', { ...previous, name: '张三丰', villageCode: '620422100202' }, previous);
    expect(op.variables).toEqual({ id: 'p1', expectedVersion: 4, input: { name: '张三丰', villageCode: '620422100202' } });
  });

  test('create coerces money, numbers and dates', () => {
    const { schema, model } = given();
    const e = model.byType.get('WelfarePost')!;
    const op = createOperation(model, e, { name: '护林员', postType: 'FOREST_RANGER', villageCode: '620422100201', headcount: '3', monthlySubsidy: 500, employerId: '' });
    expectValid(schema, op.query);
    expect(op.variables.input).toEqual({ name: '护林员', postType: 'FOREST_RANGER', villageCode: '620422100201', headcount: 3, monthlySubsidy: '500.00', employerId: null });
  });

  test('transition carries comment, version and only the payload fields given', () => {
    const { schema, model } = given();
    const e = model.byType.get('JobPlacement')!;
    const op = transitionOperation(model, e, { id: 'j1', action: 'ONBOARD', comment: '', expectedVersion: 2, payload: { agreementNumber: 'A-1', startDate: '2025-03-01', exitReason: '' } });
    expectValid(schema, op.query);
    expect(op.variables).toEqual({ id: 'j1', action: 'ONBOARD', comment: null, expectedVersion: 2, payload: { agreementNumber: 'A-1', startDate: '2025-03-01' } });
  });

  test('record titles follow the title paths', () => {
    const { model } = given();
    expect(recordTitle(model.byType.get('JobPlacement')!, { id: 'j', person: { name: '李四' }, post: { name: '护林员' } })).toBe('李四 · 护林员');
  });
});
