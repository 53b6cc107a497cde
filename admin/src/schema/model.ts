/**
 * The generator's reading of the API schema. Everything the console shows per resource (columns,
 * filters, sort keys, form inputs, references, workflow actions, labels) is derived here from the
 * GraphQL schema alone, following the API contract:
 *   entity X  <=>  Query.xs(first, after, offset, filter, orderBy): XConnection!  (with nodes, totalCount)
 * Nothing in this file names a domain type.
 */
import {
  GraphQLSchema,
  GraphQLField,
  GraphQLFieldMap,
  GraphQLInputField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { labelOverrides } from '../i18n/label-overrides';

export type FieldKind =
  | 'id'
  | 'string'
  | 'int'
  | 'float'
  | 'boolean'
  | 'money'
  | 'date'
  | 'month'
  | 'datetime'
  | 'json'
  | 'enum'
  | 'reference'
  | 'region'
  | 'valueList'
  | 'scalarList'
  | 'connection'
  | 'object';

export interface Labels {
  zh: string;
  en: string;
}

export interface FieldModel {
  name: string;
  kind: FieldKind;
  /** Named GraphQL type (scalar, enum or object). */
  typeName: string;
  nonNull: boolean;
  label: Labels;
  description: string;
  /** Entity type name for `reference`. */
  reference?: string;
  /** Value of the sort-field enum that sorts by this field. */
  sortKey?: string;
  /** Masked personal data (the description says so, or the server masks it). */
  sensitive: boolean;
  /** Sub-fields to select for `valueList` / `object` fields. */
  subFields?: string[];
  /**
   * The object field this scalar holds the code or id of: `villageCode` -> `village` (a Region),
   * `postId` -> `post` (an entity). The object field shows the same thing by name.
   */
  codeOf?: string;
  /**
   * Repeats what another column shows better (a `codeOf` twin, or a jurisdiction region code on an
   * entity that has a Region column): hidden by default in lists, kept out of the show page's main
   * part, still selectable in 显示列 and written to exports.
   */
  secondary?: boolean;
}

export type FilterKind = 'text' | 'id' | 'reference' | 'region' | 'enum' | 'boolean' | 'range' | 'archive';

export interface FilterModel {
  name: string;
  kind: FilterKind;
  /** The operator input type, e.g. StringFilter. */
  inputType: string;
  ops: string[];
  /** Value kind of range operands (int, money, date, datetime, month). */
  valueKind?: FieldKind;
  enumName?: string;
  reference?: string;
  label: Labels;
}

export interface InputModel {
  name: string;
  kind: FieldKind;
  typeName: string;
  required: boolean;
  list: boolean;
  label: Labels;
  enumName?: string;
  reference?: string;
  /** The object field this input writes (postId -> post, villageCode -> village). */
  sourceField?: string;
  description: string;
}

export interface WorkflowModel {
  mutation: string;
  actionEnum: string;
  statusField?: string;
  statusEnum?: string;
  payloadType?: string;
  payloadFields: InputModel[];
  hasHistory: boolean;
  hasActions: boolean;
}

export interface EntityModel {
  typeName: string;
  /** react-admin resource name: the connection query's name, e.g. `jobPlacements`. */
  resource: string;
  listQuery: string;
  oneQuery?: string;
  label: { zh: string; en: string; enPlural: string };
  description: string;
  fields: FieldModel[];
  fieldMap: Map<string, FieldModel>;
  filters: FilterModel[];
  filterType?: string;
  orderType?: string;
  sortEnum?: string;
  create?: { mutation: string; inputType: string; inputs: InputModel[] };
  update?: { mutation: string; inputType: string; inputs: InputModel[] };
  archive?: string;
  restore?: string;
  reveal?: { mutation: string; argName: string; fields: FieldModel[] };
  workflow?: WorkflowModel;
  /** Paths making a human title for a record, e.g. ['name'] or ['person.name', 'post.name']. */
  titlePaths: string[];
  /** Input field name -> how to derive it from a fetched record (postId <- post.id). */
  inputSources: { input: string; field: string; kind: 'reference' | 'region' }[];
}

export interface EnumModel {
  name: string;
  label: Labels;
  values: { value: string; label: Labels }[];
}

export interface SchemaModel {
  schema: GraphQLSchema;
  entities: EntityModel[];
  byType: Map<string, EntityModel>;
  byResource: Map<string, EntityModel>;
  enums: Map<string, EnumModel>;
  queries: Set<string>;
  mutations: Set<string>;
}

const CJK = /[\u3400-\u9fff]/;

/** "人员 Person: …" -> 人员; "姓名 (name)" -> 姓名; "Created at (创建时间)" -> 创建时间. */
export function zhTerm(description: string | null | undefined): string | undefined {
  if (!description) return undefined;
  const d = description.trim();
  const lead = d.match(/^([\u3400-\u9fff0-9A-Za-z·、\-/]*[\u3400-\u9fff][^\s(（:：,，。;；[【]*)/);
  if (lead && CJK.test(lead[1])) return lead[1];
  const bracket = d.match(/[(（]([^)）]*[\u3400-\u9fff][^)）]*)[)）]/);
  if (bracket) return bracket[1].trim();
  return undefined;
}

/** "(poverty-exited household)" -> "Poverty-exited household" when the description gives one. */
export function enTerm(description: string | null | undefined): string | undefined {
  if (!description) return undefined;
  const m = description.match(/^[^(（]*[\u3400-\u9fff][^(（]*[(（]([^)）]*[A-Za-z][^)）]*)[)）]/);
  if (m && !CJK.test(m[1])) return capitalize(m[1].split(/[;,]/)[0].trim());
  return undefined;
}

export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase()
    .trim();
  return capitalize(words);
}

function capitalize(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

const norm = (s: string) => s.toLowerCase().replace(/_/g, '');

function override(locale: 'zh' | 'en', keys: string[]): string | undefined {
  for (const k of keys) {
    const v = labelOverrides[locale][k];
    if (v) return v;
  }
  return undefined;
}

function fieldLabel(typeName: string, name: string, description?: string | null): Labels {
  const keys = [`${typeName}.${name}`, `*.${name}`];
  return {
    zh: override('zh', keys) ?? zhTerm(description) ?? humanize(name),
    en: override('en', keys) ?? humanize(name),
  };
}

function unwrap(type: GraphQLType): { named: GraphQLNamedType; nonNull: boolean; list: boolean } {
  let t = type;
  let nonNull = false;
  let list = false;
  if (isNonNullType(t)) {
    nonNull = true;
    t = t.ofType;
  }
  if (isListType(t)) {
    list = true;
    t = t.ofType;
  }
  if (isNonNullType(t)) t = t.ofType;
  if (isListType(t)) {
    list = true;
  }
  return { named: getNamedType(t), nonNull, list };
}

export function scalarKind(name: string): FieldKind {
  switch (name) {
    case 'ID':
      return 'id';
    case 'String':
      return 'string';
    case 'Int':
      return 'int';
    case 'Float':
      return 'float';
    case 'Boolean':
      return 'boolean';
    case 'Money':
    case 'Decimal':
      return 'money';
    case 'LocalDate':
    case 'Date':
      return 'date';
    case 'YearMonth':
      return 'month';
    case 'DateTimeISO':
    case 'DateTime':
    case 'Timestamp':
      return 'datetime';
    case 'JSON':
    case 'JSONObject':
      return 'json';
    default:
      return 'string';
  }
}

const REGION_TYPE = 'Region';
const BOOKKEEPING = ['id', 'createdAt', 'updatedAt', 'version', 'archivedAt'];

/** Object types that are entities: `Query.<plural>` returns `<Type>Connection` with `nodes: [Type]`. */
function findEntities(schema: GraphQLSchema): { type: GraphQLObjectType; listQuery: string }[] {
  const query = schema.getQueryType();
  if (!query) return [];
  const out: { type: GraphQLObjectType; listQuery: string }[] = [];
  for (const f of Object.values(query.getFields())) {
    const conn = getNamedType(f.type);
    if (!isObjectType(conn) || !conn.name.endsWith('Connection')) continue;
    const nodes = conn.getFields().nodes;
    const total = conn.getFields().totalCount;
    if (!nodes || !total) continue;
    const node = getNamedType(nodes.type);
    if (!isObjectType(node)) continue;
    if (out.some((e) => e.type.name === node.name)) continue;
    out.push({ type: node, listQuery: f.name });
  }
  return out;
}

function lowerFirst(s: string) {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

const TITLE_CANDIDATES = [
  'name',
  'title',
  'displayName',
  'fullName',
  'label',
  'productName',
  'projectName',
  'topic',
  'username',
  'code',
  'number',
];

/** Every enum of the schema with labels: an override, else the description's term, else the humanized name. */
function enumModels(schema: GraphQLSchema): Map<string, EnumModel> {
  const enums = new Map<string, EnumModel>();
  for (const t of Object.values(schema.getTypeMap())) {
    if (!isEnumType(t) || t.name.startsWith('__')) continue;
    enums.set(t.name, {
      name: t.name,
      label: {
        zh: override('zh', [t.name]) ?? zhTerm(t.description) ?? humanize(t.name),
        en: override('en', [t.name]) ?? humanize(t.name),
      },
      values: t.getValues().map((v) => ({
        value: v.name,
        label: {
          zh: override('zh', [`${t.name}.${v.name}`]) ?? zhTerm(v.description) ?? humanize(v.name),
          en: override('en', [`${t.name}.${v.name}`]) ?? enTerm(v.description) ?? humanize(v.name),
        },
      })),
    });
  }
  return enums;
}

/** What every entity is read against: the root fields and the names of all entities. */
interface SchemaScope {
  queryFields: GraphQLFieldMap<unknown, unknown>;
  mutationFields: GraphQLFieldMap<unknown, unknown>;
  entityNames: Set<string>;
}

/** The list query's filter and orderBy input types and the sort-field enum with its values. */
function listArguments(scope: SchemaScope, listQuery: string) {
  const listArgs = scope.queryFields[listQuery].args;
  const namedInput = (name: string) => {
    const arg = listArgs.find((a) => a.name === name);
    const t = arg ? getNamedType(arg.type) : undefined;
    return t && isInputObjectType(t) ? t : undefined;
  };
  const filterType = namedInput('filter');
  const orderType = namedInput('orderBy');
  const sortEnumType = orderType ? getNamedType(orderType.getFields().field?.type) : undefined;
  const sortValues = sortEnumType && isEnumType(sortEnumType) ? sortEnumType.getValues().map((v) => v.name) : [];
  return { filterType, orderType, sortEnumType, sortValues };
}

/** Domain fields first, record bookkeeping (id, timestamps, version) last; no deprecated or doubled (`phoneMasked` beside `phone`) fields. */
function entityFields(scope: SchemaScope, type: GraphQLObjectType, sortValues: string[]): FieldModel[] {
  const all = type.getFields();
  return markSecondary(
    type.name,
    Object.values(all)
      .filter((f) => !f.name.startsWith('__') && !f.deprecationReason)
      // `phoneMasked` beside `phone`: the same value twice; show it once
      .filter((f) => !(/Masked$/.test(f.name) && all[f.name.replace(/Masked$/, '')]))
      .map((f) => fieldModel(type.name, f, scope.entityNames, sortValues))
      .sort((a, b) => Number(BOOKKEEPING.includes(a.name)) - Number(BOOKKEEPING.includes(b.name))),
  );
}

/** The inputs of a `create<Type>` / `update<Type>` mutation taking `input`. */
function mutationInputs(scope: SchemaScope, typeName: string, mutationName: string, fieldMap: Map<string, FieldModel>) {
  const m = scope.mutationFields[mutationName];
  const arg = m?.args.find((a) => a.name === 'input');
  if (!m || !arg) return undefined;
  const it = getNamedType(arg.type);
  if (!isInputObjectType(it)) return undefined;
  return {
    mutation: mutationName,
    inputType: it.name,
    inputs: Object.values(it.getFields()).map((f) => inputModel(typeName, f, fieldMap)),
  };
}

/** Input field name -> the fetched object field it is derived from (postId <- post.id), once per input. */
function inputSourcesOf(inputs: InputModel[]): EntityModel['inputSources'] {
  const out: EntityModel['inputSources'] = [];
  for (const i of inputs) {
    if (i.sourceField && !out.some((s) => s.input === i.name)) {
      out.push({ input: i.name, field: i.sourceField, kind: i.kind === 'region' ? 'region' : 'reference' });
    }
  }
  return out;
}

/** `transition<Type>(id, action, comment, expectedVersion, payload)`, when the entity has a workflow. */
function workflowModel(scope: SchemaScope, typeName: string, fieldMap: Map<string, FieldModel>): WorkflowModel | undefined {
  const tm = scope.mutationFields[`transition${typeName}`];
  if (!tm) return undefined;
  const actionArg = tm.args.find((a) => a.name === 'action');
  const payloadArg = tm.args.find((a) => a.name === 'payload');
  const payloadType = payloadArg ? getNamedType(payloadArg.type) : undefined;
  const statusField = fieldMap.get('status');
  return {
    mutation: tm.name,
    actionEnum: actionArg ? getNamedType(actionArg.type).name : '',
    statusField: statusField?.name,
    statusEnum: statusField?.kind === 'enum' ? statusField.typeName : undefined,
    payloadType: payloadType?.name,
    payloadFields:
      payloadType && isInputObjectType(payloadType)
        ? Object.values(payloadType.getFields()).map((f) => inputModel(typeName, f, fieldMap))
        : [],
    hasHistory: fieldMap.has('history'),
    hasActions: fieldMap.has('availableActions'),
  };
}

/** `reveal<Type>(id, reason)`: the unmasked fields it returns. */
function revealModel(scope: SchemaScope, typeName: string): EntityModel['reveal'] {
  const rm = scope.mutationFields[`reveal${typeName}`];
  if (!rm) return undefined;
  const rt = getNamedType(rm.type);
  if (!isObjectType(rt)) return undefined;
  return {
    mutation: rm.name,
    argName: rm.args.find((a) => a.name !== 'id')?.name ?? 'reason',
    fields: Object.values(rt.getFields())
      .map((f) => fieldModel(typeName, f, scope.entityNames, []))
      .filter((f) => isPlainKind(f.kind)),
  };
}

function entityModel(scope: SchemaScope, type: GraphQLObjectType, listQuery: string): EntityModel {
  const typeName = type.name;
  const oneName = lowerFirst(typeName);
  const { filterType, orderType, sortEnumType, sortValues } = listArguments(scope, listQuery);
  const fields = entityFields(scope, type, sortValues);
  const fieldMap = new Map(fields.map((f) => [f.name, f]));
  const filters = filterType
    ? Object.values(filterType.getFields())
        .map((f) => filterModel(typeName, f, fieldMap))
        .filter((f): f is FilterModel => !!f)
    : [];
  const create = mutationInputs(scope, typeName, `create${typeName}`, fieldMap);
  const update = mutationInputs(scope, typeName, `update${typeName}`, fieldMap);
  const has = (name: string) => (scope.mutationFields[name] ? name : undefined);
  return {
    typeName,
    resource: listQuery,
    listQuery,
    oneQuery: scope.queryFields[oneName] ? oneName : undefined,
    label: {
      zh: override('zh', [typeName]) ?? zhTerm(type.description) ?? humanize(typeName),
      en: override('en', [typeName]) ?? humanize(typeName),
      enPlural: override('en', [`${typeName}#plural`]) ?? humanize(listQuery),
    },
    description: type.description ?? '',
    fields,
    fieldMap,
    filters,
    filterType: filterType?.name,
    orderType: orderType?.name,
    sortEnum: sortEnumType?.name,
    create,
    update,
    archive: has(`archive${typeName}`),
    restore: has(`restore${typeName}`),
    reveal: revealModel(scope, typeName),
    workflow: workflowModel(scope, typeName, fieldMap),
    // filled in once every entity is known
    titlePaths: [],
    inputSources: inputSourcesOf([...(create?.inputs ?? []), ...(update?.inputs ?? [])]),
  };
}

export function buildModel(schema: GraphQLSchema): SchemaModel {
  const queryFields = schema.getQueryType()?.getFields() ?? {};
  const mutationFields = schema.getMutationType()?.getFields() ?? {};
  const found = findEntities(schema);
  const scope: SchemaScope = { queryFields, mutationFields, entityNames: new Set(found.map((e) => e.type.name)) };
  const entities = found.map(({ type, listQuery }) => entityModel(scope, type, listQuery));
  const byType = new Map(entities.map((e) => [e.typeName, e]));
  const byResource = new Map(entities.map((e) => [e.resource, e]));
  for (const e of entities) e.titlePaths = titlePaths(e, byType);
  return {
    schema,
    entities,
    byType,
    byResource,
    enums: enumModels(schema),
    queries: new Set(Object.keys(queryFields)),
    mutations: new Set(Object.keys(mutationFields)),
  };
}

/** A plain string naming a place by its statistics code: `regionCode`, `countyCode` (区划代码). */
function isRegionCodeScalar(f: FieldModel): boolean {
  return (f.kind === 'string' || f.kind === 'id') && /Code$/.test(f.name) && /region|区划/i.test(`${f.name} ${f.description}`);
}

/**
 * Scalars that repeat an object column. A twin (`villageCode` beside `village: Region`, `postId`
 * beside `post: WelfarePost`) gets a label of its own (所在村代码, not a second 所在村: the generic
 * `*.villageCode` override names the place the input writes, not the raw code) and its object column
 * takes its place in the field order, so lists and forms show the name where the code was declared.
 * A jurisdiction region code (`regionCode`) on an entity that has a Region column is secondary too.
 */
function markSecondary(typeName: string, fields: FieldModel[]): FieldModel[] {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const hasRegion = fields.some((f) => f.kind === 'region');
  const out = [...fields];
  for (const f of fields) {
    if (f.kind !== 'string' && f.kind !== 'id') continue;
    const m = f.name.match(/^(.+?)(Code|Id)$/);
    const twin = m ? byName.get(m[1]) : undefined;
    const isTwin = twin && ((m![2] === 'Code' && twin.kind === 'region') || (m![2] === 'Id' && twin.kind === 'reference'));
    if (isTwin) {
      f.codeOf = twin.name;
      f.secondary = true;
      const suffix = m![2] === 'Code' ? { zh: '代码', en: 'code' } : { zh: 'ID', en: 'ID' };
      const own = zhTerm(f.description);
      f.label = {
        zh: override('zh', [`${typeName}.${f.name}`]) ?? (own && own !== twin.label.zh ? own : `${twin.label.zh}${suffix.zh}`),
        en:
          override('en', [`${typeName}.${f.name}`]) ??
          (humanize(f.name) !== twin.label.en ? humanize(f.name) : `${twin.label.en} ${suffix.en}`),
      };
      // the object column where its code was declared
      const from = out.indexOf(twin);
      const at = out.indexOf(f);
      if (from > at) {
        out.splice(from, 1);
        out.splice(at, 0, twin);
      }
    } else if (hasRegion && isRegionCodeScalar(f)) {
      f.secondary = true;
    }
  }
  // `actorId` ("操作人 id") beside `actorName` (操作人): two columns must not share a header
  for (const f of fields) {
    const m = f.name.match(/(Code|Id)$/);
    if (!m || !fields.some((o) => o !== f && o.label.zh === f.label.zh)) continue;
    if (!override('zh', [`${typeName}.${f.name}`])) f.label = { ...f.label, zh: `${f.label.zh}${m[1] === 'Code' ? '代码' : 'ID'}` };
  }
  return out;
}

export function isPlainKind(kind: FieldKind): boolean {
  return ['id', 'string', 'int', 'float', 'boolean', 'money', 'date', 'month', 'datetime', 'enum', 'json'].includes(kind);
}

function directTitle(e: EntityModel): string | undefined {
  for (const c of TITLE_CANDIDATES) {
    const f = e.fieldMap.get(c);
    if (f && (f.kind === 'string' || f.kind === 'id') && !f.sensitive && f.nonNull) return c;
  }
  return undefined;
}

function titlePaths(e: EntityModel, byType: Map<string, EntityModel>): string[] {
  if (e.typeName === REGION_TYPE) return ['name'];
  const direct = directTitle(e);
  if (direct) return [direct];
  const paths: string[] = [];
  for (const f of e.fields) {
    if (paths.length >= 2) break;
    if (f.kind === 'region') {
      continue;
    }
    if (f.kind !== 'reference' || !f.reference) continue;
    const target = byType.get(f.reference);
    const t = target && directTitle(target);
    if (t) paths.push(`${f.name}.${t}`);
  }
  if (!paths.length) {
    const s = e.fields.find((f) => f.kind === 'string' && f.name !== 'id' && !f.sensitive);
    // a county code names the record by its region: 会宁县, not 620422
    const region = s?.codeOf ? e.fieldMap.get(s.codeOf) : undefined;
    paths.push(region?.kind === 'region' ? `${region.name}.name` : s ? s.name : 'id');
  }
  return paths;
}

function fieldModel(typeName: string, f: GraphQLField<unknown, unknown>, entityNames: Set<string>, sortValues: string[]): FieldModel {
  const { named, nonNull, list } = unwrap(f.type);
  let kind: FieldKind;
  let reference: string | undefined;
  let subFields: string[] | undefined;
  if (isScalarType(named)) kind = list ? 'scalarList' : scalarKind(named.name);
  else if (isEnumType(named)) kind = list ? 'scalarList' : 'enum';
  else if (isObjectType(named)) {
    if (named.name.endsWith('Connection')) kind = 'connection';
    else if (named.name === REGION_TYPE && !list) kind = 'region';
    else if (entityNames.has(named.name) && !list) {
      kind = 'reference';
      reference = named.name;
    } else {
      kind = list ? 'valueList' : 'object';
      subFields = Object.values(named.getFields())
        .filter((sf) => {
          const u = unwrap(sf.type);
          return (isScalarType(u.named) || isEnumType(u.named)) && sf.args.length === 0;
        })
        .map((sf) => sf.name);
    }
  } else kind = 'object';
  // A field that needs arguments (e.g. `fundsTotal(year: Int!)`) cannot be selected generically.
  const needsArgs = f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  if (needsArgs) subFields = undefined;
  const desc = f.description ?? '';
  const sortKey =
    sortValues.find((v) => norm(v) === norm(f.name)) ??
    sortValues.find(
      (v) => (kind === 'region' || kind === 'reference') && (norm(v) === norm(f.name) + 'code' || norm(v) === norm(f.name) + 'id'),
    );
  return {
    name: f.name,
    kind: needsArgs ? 'object' : kind,
    typeName: named.name,
    nonNull,
    label: fieldLabel(typeName, f.name, desc),
    description: desc,
    reference,
    sortKey,
    sensitive: /masked|脱敏|sensitive|敏感/i.test(desc),
    subFields,
  };
}

function filterModel(typeName: string, f: GraphQLInputField, fields: Map<string, FieldModel>): FilterModel | undefined {
  if (f.name === 'and' || f.name === 'or' || f.name === 'not') return undefined;
  const named = getNamedType(f.type);
  const label = fieldLabel(typeName, f.name, f.description ?? fields.get(f.name)?.description);
  if (isEnumType(named)) {
    if (named.name === 'ArchiveScope' || f.name === 'archived')
      return { name: f.name, kind: 'archive', inputType: named.name, ops: [], enumName: named.name, label };
    return { name: f.name, kind: 'enum', inputType: named.name, ops: ['eq'], enumName: named.name, label };
  }
  if (!isInputObjectType(named)) return undefined;
  const opFields = named.getFields();
  const ops = Object.keys(opFields);
  const eqType = opFields.eq ? getNamedType(opFields.eq.type) : undefined;
  const base = { name: f.name, inputType: named.name, ops, label };
  const target = fields.get(f.name);
  if (ops.includes('within')) return { ...base, kind: 'region' };
  if (!eqType) return undefined;
  if (isEnumType(eqType)) return { ...base, kind: 'enum', enumName: eqType.name };
  const sk = scalarKind(eqType.name);
  if (sk === 'id') {
    if (target?.kind === 'reference') return { ...base, kind: 'reference', reference: target.reference };
    if (target?.kind === 'region') return { ...base, kind: 'region' };
    return { ...base, kind: 'id' };
  }
  if (sk === 'boolean') return { ...base, kind: 'boolean' };
  if (sk === 'string') return { ...base, kind: target?.kind === 'region' ? 'region' : 'text' };
  if (ops.includes('gte') || ops.includes('lte')) return { ...base, kind: 'range', valueKind: sk };
  return { ...base, kind: 'text' };
}

function inputModel(typeName: string, f: GraphQLInputField, fields: Map<string, FieldModel>): InputModel {
  const { named, nonNull, list } = unwrap(f.type);
  const desc = f.description ?? '';
  let kind: FieldKind = isEnumType(named) ? 'enum' : isScalarType(named) ? scalarKind(named.name) : 'object';
  let reference: string | undefined;
  let sourceField: string | undefined;
  // postId -> post (an entity); regionCode / villageCode -> region / village (a Region)
  const stem = f.name.replace(/(Id|Ids|Code|Codes)$/, '');
  const target = stem !== f.name ? (fields.get(stem) ?? fields.get(`${stem}s`)) : undefined;
  if (target?.kind === 'reference' && /Ids?$/.test(f.name)) {
    kind = 'reference';
    reference = target.reference;
    sourceField = target.name;
  } else if (target?.kind === 'region' && /Codes?$/.test(f.name)) {
    kind = 'region';
    sourceField = target.name;
  } else if (!target && /Code$/.test(f.name) && /region|区划|村|乡|县/i.test(`${f.name} ${desc}`) && kind === 'string') {
    kind = 'region';
  }
  const own = fields.get(f.name);
  const label = sourceField
    ? fieldLabel(typeName, sourceField, fields.get(sourceField)?.description)
    : fieldLabel(typeName, f.name, desc || own?.description);
  if (kind === 'string' && own?.kind && own.kind !== 'string' && own.kind !== 'id' && isPlainKind(own.kind)) kind = own.kind;
  return {
    name: f.name,
    kind,
    typeName: named.name,
    required: nonNull && f.defaultValue === undefined,
    list,
    label,
    enumName: isEnumType(named) ? named.name : undefined,
    reference,
    sourceField,
    description: desc,
  };
}
