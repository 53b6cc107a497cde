/**
 * The console's hand-written metadata against the committed schema.graphql. Everything the console
 * names by hand (menu sections, publicity notices, dashboard charts, label overrides, per-resource
 * overrides) is skipped silently at run time when the schema lacks it, so a rename or a wrong guess
 * would only show as a missing menu entry or an empty column. Here each such name must resolve.
 */
import fs from 'fs';
import path from 'path';
import {
  GraphQLNamedType,
  GraphQLSchema,
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
  validate,
} from 'graphql';
import { buildModel } from '../../../admin/src/schema/model';
import { labelOverrides, menuGroups } from '../../../admin/src/i18n/label-overrides';
import { publicityConfig, PUBLICITY_LIST_QUERY, PUBLICITY_ENTRY_TYPE } from '../../../admin/src/overrides/publicity';
import { chartConfigs } from '../../../admin/src/dashboard/charts';

const schema: GraphQLSchema = buildSchema(fs.readFileSync(path.join(__dirname, '../../../schema.graphql'), 'utf8'));
const model = buildModel(schema);
const entityNames = new Set(model.entities.map((e) => e.typeName));

/** Fields of an object, interface or input type; none for anything else. */
function fieldsOf(type: GraphQLNamedType | undefined | null): Set<string> {
  if (type && (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) return new Set(Object.keys(type.getFields()));
  return new Set();
}

/** Type reached by following `a.b.c` from `type`, or undefined when a step does not exist. */
function resolvePath(type: GraphQLNamedType | undefined, dotted: string): GraphQLNamedType | undefined {
  let t = type;
  for (const step of dotted.split('.')) {
    if (!t || !(isObjectType(t) || isInterfaceType(t))) return undefined;
    const f = t.getFields()[step];
    if (!f) return undefined;
    t = getNamedType(f.type);
  }
  return t;
}

describe('menu groups', () => {
  test.each(menuGroups.map((g) => [g.key, g.types]))('%s names only entities of the schema', (_key, types) => {
    expect((types as string[]).filter((t) => !entityNames.has(t))).toEqual([]);
  });

  test('no entity is listed twice', () => {
    const all = menuGroups.flatMap((g) => g.types);
    expect(all.filter((t, i) => all.indexOf(t) !== i)).toEqual([]);
  });
});

describe('publicity notices', () => {
  const entryFields = fieldsOf(schema.getType(PUBLICITY_ENTRY_TYPE));

  test('the notice query validates and selects every configured column', () => {
    expect(validate(schema, parse(PUBLICITY_LIST_QUERY)).map((e) => e.message)).toEqual([]);
    const selected =
      PUBLICITY_LIST_QUERY.match(/entries\s*{([^}]*)}/)?.[1]
        .trim()
        .split(/\s+/) ?? [];
    const columns = Object.values(publicityConfig).flatMap((c) => c.columns.map((col) => col.field));
    expect(columns.filter((f) => !selected.includes(f))).toEqual([]);
  });

  test.each(Object.entries(publicityConfig))('%s: a workflow entity whose columns are fields of the publicity list', (typeName, config) => {
    const e = model.byType.get(typeName);
    expect({ typeName, entity: !!e, workflow: !!e?.workflow }).toEqual({ typeName, entity: true, workflow: true });
    expect(config.columns.map((c) => c.field).filter((f) => !entryFields.has(f))).toEqual([]);
  });

  test('a notice never prints an identifier, phone or account', () => {
    const columns = Object.values(publicityConfig).flatMap((c) => c.columns.map((col) => col.field));
    expect(columns.filter((f) => /id|phone|account|bank/i.test(f))).toEqual([]);
  });
});

describe('dashboard charts', () => {
  const queryFields = schema.getQueryType()!.getFields();

  test.each(chartConfigs.map((c) => [c.id, c]))('%s: query, arguments, rows, x, series and figures exist', (_id, chart) => {
    const c = chart as (typeof chartConfigs)[number];
    const q = queryFields[c.query];
    expect({ query: c.query, exists: !!q }).toEqual({ query: c.query, exists: true });
    const argNames = q.args.map((a) => a.name);
    const missing: string[] = [];
    for (const a of Object.keys(c.args ?? {})) if (!argNames.includes(a)) missing.push(`argument ${a}`);
    if (c.perMonth && !argNames.includes('month')) missing.push('argument month');
    const result = getNamedType(q.type);
    const rowType = c.rowsPath ? resolvePath(result, c.rowsPath) : result;
    if (c.rowsPath && !rowType) missing.push(`rows ${c.rowsPath}`);
    // per-month rows are the query's own results, x being the month the console adds
    const rowFields = fieldsOf(rowType);
    if (!c.perMonth && !rowFields.has(c.x)) missing.push(`x ${c.x}`);
    for (const s of c.series) if (!rowFields.has(s.field)) missing.push(`series ${s.field}`);
    for (const f of c.figures ?? []) if (!resolvePath(result, f)) missing.push(`figure ${f}`);
    expect(missing).toEqual([]);
  });
});

describe('label overrides', () => {
  const entityFieldNames = new Set(model.entities.flatMap((e) => [...fieldsOf(schema.getType(e.typeName))]));
  /** Fields of an entity, its filter, and its create, update and transition payload inputs: where a label shows. */
  function labelledFields(typeName: string): Set<string> {
    const e = model.byType.get(typeName);
    const out = fieldsOf(schema.getType(typeName));
    if (!e) return out;
    for (const name of [e.filterType, e.create?.inputType, e.update?.inputType, e.workflow?.payloadType]) {
      for (const f of fieldsOf(name ? schema.getType(name) : undefined)) out.add(f);
    }
    return out;
  }
  const anyLabelled = new Set([...entityFieldNames, ...model.entities.flatMap((e) => [...labelledFields(e.typeName)])]);

  function dead(key: string): boolean {
    const wildcard = key.match(/^\*\.(\w+)$/);
    if (wildcard) return !anyLabelled.has(wildcard[1]);
    const plural = key.match(/^(\w+)#plural$/);
    if (plural) return !entityNames.has(plural[1]);
    const dotted = key.match(/^(\w+)\.(\w+)$/);
    if (dotted) {
      const t = schema.getType(dotted[1]);
      if (isEnumType(t)) return !t.getValue(dotted[2]);
      return !labelledFields(dotted[1]).has(dotted[2]);
    }
    const t = schema.getType(key);
    return !(entityNames.has(key) || isEnumType(t));
  }

  test.each(['zh', 'en'] as const)('%s: every key names an entity, enum, field or enum value of the schema', (locale) => {
    expect(Object.keys(labelOverrides[locale]).filter(dead)).toEqual([]);
  });

  test('a key naming a missing type, field or enum value is dead; a real one is not', () => {
    expect(
      ['NoSuchEntity', 'Person.noSuchField', '*.noSuchField', 'ObjectionStatus.NOPE', 'NoSuchEntity#plural'].filter(dead),
    ).toHaveLength(5);
    expect(['Person', 'Person.name', '*.id', 'ObjectionStatus.OPEN', 'Person#plural', 'ObjectionStatus'].filter(dead)).toEqual([]);
  });
});

describe('other names the console reads the schema by', () => {
  // these modules render components, so their names are read from the source rather than imported
  const source = (file: string) => fs.readFileSync(path.join(__dirname, '../../../admin/src', file), 'utf8');

  test('resource overrides name entities', () => {
    const block = source('overrides/index.ts').split('export const resourceOverrides')[1] ?? '';
    const keys = [...block.matchAll(/^\s+(\w+): \{/gm)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !entityNames.has(k))).toEqual([]);
  });

  test('the pending approvals queries exist', () => {
    const names = [...source('pages/PendingApprovals.tsx').matchAll(/export const PENDING\w* = '(\w+)'/g)].map((m) => m[1]);
    expect(names.length).toBe(2);
    expect(names.filter((n) => !schema.getQueryType()!.getFields()[n])).toEqual([]);
  });
});

describe('the checks themselves', () => {
  // A check that cannot fail checks nothing: names the schema lacks must be caught.
  test('a menu type, publicity column, chart field and label key the schema lacks are found', () => {
    expect(entityNames.has('NoSuchEntity')).toBe(false);
    expect(fieldsOf(schema.getType(PUBLICITY_ENTRY_TYPE)).has('idNumber')).toBe(false);
    expect(resolvePath(getNamedType(schema.getQueryType()!.getFields().welfareRollup.type), 'noSuchFigure')).toBeUndefined();
    expect(resolvePath(getNamedType(schema.getQueryType()!.getFields().keyCountyRollup.type), 'fundsTotal.amount')).toBeDefined();
  });
});
