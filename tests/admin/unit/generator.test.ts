import fs from 'fs';
import path from 'path';
import { buildSchema, parse, validate } from 'graphql';
import { buildModel, zhTerm } from '../../../admin/src/schema/model';
import {
  listOperation,
  oneOperation,
  createOperation,
  updateOperation,
  transitionOperation,
  manyOperation,
  toRecord,
  recordTitle,
  archiveOperation,
} from '../../../admin/src/data/queries';

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
    expect(jp.create!.inputs.find((i) => i.name === 'postId')).toMatchObject({
      kind: 'reference',
      reference: 'WelfarePost',
      sourceField: 'post',
      required: true,
    });
    expect(jp.filters.find((f) => f.name === 'status')).toMatchObject({ kind: 'enum', enumName: 'JobPlacementStatus' });
    expect(jp.filters.find((f) => f.name === 'village')).toMatchObject({ kind: 'region' });
    expect(jp.workflow).toMatchObject({
      mutation: 'transitionJobPlacement',
      actionEnum: 'JobPlacementAction',
      statusEnum: 'JobPlacementStatus',
      payloadType: 'JobPlacementTransitionInput',
    });
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
      first: 25,
      offset: 50,
      filter: {
        status: { eq: 'APPLIED' },
        village: { within: '620422' },
        appliedOn: { gte: '2025-01-01' },
        archived: 'ALL',
        post: { eq: 'p1' },
      },
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
    const previous = toRecord(e, {
      id: 'p1',
      version: 4,
      name: '张三',
      idNumber: '6204**********1234',
      phone: '138****5678',
      village: { id: '620422100201', code: '620422100201', name: '某村' },
      householdCategory: 'ORDINARY',
    })!;
    expect(previous.villageCode).toBe('620422100201');
    const op = updateOperation(model, e, 'p1', { ...previous, name: '张三丰', villageCode: '620422100202' }, previous);
    expect(op.variables).toEqual({ id: 'p1', expectedVersion: 4, input: { name: '张三丰', villageCode: '620422100202' } });
  });

  test('create coerces money, numbers and dates', () => {
    const { schema, model } = given();
    const e = model.byType.get('WelfarePost')!;
    const op = createOperation(model, e, {
      name: '护林员',
      postType: 'FOREST_RANGER',
      villageCode: '620422100201',
      headcount: '3',
      monthlySubsidy: 500,
      employerId: '',
    });
    expectValid(schema, op.query);
    expect(op.variables.input).toEqual({
      name: '护林员',
      postType: 'FOREST_RANGER',
      villageCode: '620422100201',
      headcount: 3,
      monthlySubsidy: '500.00',
      employerId: null,
    });
  });

  test('transition carries comment, version and only the payload fields given', () => {
    const { schema, model } = given();
    const e = model.byType.get('JobPlacement')!;
    const op = transitionOperation(model, e, {
      id: 'j1',
      action: 'ONBOARD',
      comment: '',
      expectedVersion: 2,
      payload: { agreementNumber: 'A-1', startDate: '2025-03-01', exitReason: '' },
    });
    expectValid(schema, op.query);
    expect(op.variables).toEqual({
      id: 'j1',
      action: 'ONBOARD',
      comment: null,
      expectedVersion: 2,
      payload: { agreementNumber: 'A-1', startDate: '2025-03-01' },
    });
  });

  test('record titles follow the title paths', () => {
    const { model } = given();
    expect(recordTitle(model.byType.get('JobPlacement')!, { id: 'j', person: { name: '李四' }, post: { name: '护林员' } })).toBe(
      '李四 · 护林员',
    );
  });
});

describe('codes beside the objects they name', () => {
  // Fields in the order the server declares them (live introspection): the code first, its object later.
  const sdl = `
    type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! }
    """行政区划 Region"""
    type Region { id: ID! code: String! name: String! }
    type RegionConnection { totalCount: Int! nodes: [Region!]! pageInfo: PageInfo! }
    """单位 Organization"""
    type Organization { id: ID! name: String! }
    type OrganizationConnection { totalCount: Int! nodes: [Organization!]! pageInfo: PageInfo! }
    """岗位 Post"""
    type Post {
      id: ID!
      title: String!
      """所在村代码 (village code, 12 digits)"""
      villageCode: String!
      """区划代码 (region code used for jurisdiction; equals the village code)"""
      regionCode: String!
      """单位 id (organization id)"""
      organizationId: ID
      headcount: Int!
      """所在村 (village of the post)"""
      village: Region
      """单位 (organization)"""
      organization: Organization
    }
    type PostConnection { totalCount: Int! nodes: [Post!]! pageInfo: PageInfo! }
    """重点帮扶县 Key county"""
    type KeyCounty {
      id: ID!
      """县级区划代码 (county region code, 6 digits)"""
      countyCode: String!
      """县 (county)"""
      county: Region
    }
    type KeyCountyConnection { totalCount: Int! nodes: [KeyCounty!]! pageInfo: PageInfo! }
    """监测评估 Evaluation"""
    type Evaluation {
      id: ID!
      """区划代码 (region code for jurisdiction)"""
      regionCode: String!
      """驻村代码 (village code)"""
      villageCode: String!
      keyCounty: KeyCounty
    }
    type EvaluationConnection { totalCount: Int! nodes: [Evaluation!]! pageInfo: PageInfo! }
    type Query {
      regions(first: Int): RegionConnection!
      organizations(first: Int): OrganizationConnection!
      posts(first: Int, offset: Int): PostConnection!
      keyCounties(first: Int): KeyCountyConnection!
      evaluations(first: Int, offset: Int): EvaluationConnection!
    }`;

  test('a code or id beside its object is secondary, labelled apart, and its object takes its place', () => {
    const { model } = given(sdl);
    const post = model.byType.get('Post')!;
    expect(post.fields.map((f) => f.name).slice(0, 6)).toEqual([
      'title',
      'village',
      'villageCode',
      'regionCode',
      'organization',
      'organizationId',
    ]);
    expect(post.fieldMap.get('villageCode')).toMatchObject({
      codeOf: 'village',
      secondary: true,
      label: { zh: '所在村代码', en: 'Village code' },
    });
    expect(post.fieldMap.get('village')).toMatchObject({ kind: 'region', label: { zh: '所在村' } });
    expect(post.fieldMap.get('village')!.secondary).toBeFalsy();
    // "单位 id" reads 单位 like the object: the id column gets a label of its own
    expect(post.fieldMap.get('organizationId')).toMatchObject({ codeOf: 'organization', secondary: true, label: { zh: '单位ID' } });
    // the jurisdiction code repeats the village shown by name
    expect(post.fieldMap.get('regionCode')).toMatchObject({ secondary: true });
    expect(post.fieldMap.get('regionCode')!.codeOf).toBeUndefined();
    expect(post.fieldMap.get('headcount')!.secondary).toBeFalsy();
  });

  test('without a Region column, codes are the only place shown and stay primary', () => {
    const { model } = given(sdl);
    const ev = model.byType.get('Evaluation')!;
    expect(ev.fieldMap.get('regionCode')!.secondary).toBeFalsy();
    expect(ev.fieldMap.get('villageCode')!.secondary).toBeFalsy();
    expect(ev.fieldMap.get('villageCode')!.label.zh).toBe('所在村');
  });

  test('a record named only by a region code is titled by the region name, fetched with the reference', () => {
    const { schema, model } = given(sdl);
    const kc = model.byType.get('KeyCounty')!;
    expect(kc.titlePaths).toEqual(['county.name']);
    expect(recordTitle(kc, { id: 'k', countyCode: '620422', county: { id: '620422', code: '620422', name: '会宁县' } })).toBe('会宁县');
    const op = listOperation(model, model.byType.get('Evaluation')!, {});
    expectValid(schema, op.query);
    expect(op.query).toContain('keyCounty { id county { id name } }');
  });
});
