import fc from 'fast-check';
import { getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType, isScalarType } from 'graphql';
import type { GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLSchema } from 'graphql';
import { ok, startTestServer } from '../support/server';
import type { GraphQLResponse, TestServer } from '../support/server';
import { createSchema } from '../../server/src/schema';
import { completeCreditCode, completeIdNumber } from '../../server/src/core/identifiers';

/*
 * Property-based test of every create and update mutation and every list filter, read from the
 * schema: a field added later is fuzzed without a line here. Each request carries plausible values
 * with a few replaced by malformed or boundary ones (wrong types, huge, empty, blank, control,
 * zero-width and emoji strings, money with three decimals or exponents, impossible dates, bad check
 * characters, explicit nulls, empty ids, deep and/or nesting). Whatever the answer, it is never
 * INTERNAL_SERVER_ERROR or HTTP 5xx, never carries a stack trace or SQL, and when it is an error
 * nothing was written: every table's row count and version sum and the audit log's row count are
 * unchanged.
 *
 * FUZZ_RUNS (default 6 per target) and FUZZ_SEED come from the environment; `npm run fuzz -- --runs N`
 * runs it longer on both databases.
 */
jest.setTimeout(30 * 60_000);

const RUNS_PER_TARGET = Number(process.env.FUZZ_RUNS ?? 6);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

let s: TestServer;
let schema: GraphQLSchema;
let token: string;
let fingerprintSql: string;
/** Ids of existing records by GraphQL type name, so most generated references point at something real. */
const pool = new Map<string, string[]>();

const REGION_CODES = ['62', '6204', '620422', '620423', '620422100', '620422100201', '150824', '110105', '513431'];

/* ---------- plausible values, by type and field name ---------- */

const LEAF_TYPES = new Set(['Int', 'Float', 'Boolean', 'String', 'ID', 'Money', 'LocalDate', 'YearMonth', 'DateTimeISO']);
const typeNames = () =>
  Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && pool.has(t.name))
    .map((t) => t.name);

/** The record type an id field points at: `developingOrganizationId` → Organization, `teamId` → WorkTeam, `memberId` → TeamMember. */
function referencedType(field: string): string | undefined {
  const base = field.replace(/Ids?$/, '').toLowerCase();
  const candidates = typeNames().filter((t) => base.endsWith(t.toLowerCase()) || t.toLowerCase().endsWith(base));
  return candidates.sort((a, b) => b.length - a.length)[0];
}

function idFor(field: string): fc.Arbitrary<string> {
  const type = referencedType(field);
  const ids = (type && pool.get(type)) || [...pool.values()].flat();
  return fc.constantFrom(...ids);
}

const chinese = fc.array(fc.constantFrom(...'测试单位张王李村镇县合作社甲乙丙丁'), { minLength: 2, maxLength: 12 }).map((a) => a.join(''));
const date = fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2027, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
let serial = 0;

function stringFor(name: string): fc.Arbitrary<string> {
  if (/Code$/.test(name) && name !== 'creditCode') return fc.constantFrom(...REGION_CODES);
  if (name === 'creditCode')
    return fc.integer({ min: 1, max: 9_999_999 }).map((n) => completeCreditCode(`91620422${String(n).padStart(9, '0')}`));
  if (name === 'idNumber')
    return fc
      .tuple(date, fc.integer({ min: 100, max: 999 }))
      .map(([d, n]) => completeIdNumber(`620422${d.replace(/-/g, '').replace(/^20(2[6-9])/, '1990')}${n}`));
  if (/phone/i.test(name)) return fc.integer({ min: 0, max: 9999 }).map((n) => `1390000${String(n).padStart(4, '0')}`);
  if (name === 'username') return fc.constant('').map(() => `fuzz.user${++serial}`);
  if (/password/i.test(name)) return fc.constant('Fuzz#Pass2025');
  if (name === 'endDate') return date;
  return chinese;
}

function scalarFor(typeName: string, name: string): fc.Arbitrary<unknown> {
  switch (typeName) {
    case 'ID':
      return idFor(name);
    case 'String':
      return stringFor(name);
    case 'Int':
      return /year/i.test(name)
        ? fc.integer({ min: 2019, max: 2027 })
        : /version/i.test(name)
          ? fc.integer({ min: 1, max: 3 })
          : fc.integer({ min: 0, max: 50 });
    case 'Float':
      return fc.double({ min: 0, max: 100, noNaN: true });
    case 'Boolean':
      return fc.boolean();
    case 'Money':
      return fc.integer({ min: 0, max: 10_000_000 }).map((fen) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`);
    case 'LocalDate':
      return date;
    case 'YearMonth':
      return date.map((d) => d.slice(0, 7));
    case 'DateTimeISO':
      return date.map((d) => `${d}T08:00:00.000Z`);
    default:
      return chinese;
  }
}

function plausible(type: GraphQLInputType, name: string, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return plausible(type.ofType, name, depth);
  if (isListType(type)) return fc.array(plausible(type.ofType, name, depth + 1), { minLength: 1, maxLength: 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const isFilter = type.name.endsWith('Filter');
    const required = fields.filter((f) => isNonNullType(f.type));
    const optional = fields.filter((f) => !isNonNullType(f.type) && !(depth > 2 && isInputObjectType(getNamedType(f.type))));
    const entries: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of required) entries[f.name] = plausible(f.type, f.name, depth + 1);
    // A filter names a field or two; an input gives most of its optional fields.
    const chosen = fc.subarray(optional, { minLength: 0, maxLength: isFilter ? Math.min(2, optional.length) : optional.length });
    return fc
      .tuple(
        fc.record(entries),
        chosen.chain((fs) => fc.tuple(...fs.map((f) => plausible(f.type, f.name, depth + 1).map((v) => [f.name, v] as const)))),
      )
      .map(([req, opt]) => ({ ...req, ...Object.fromEntries(opt) }));
  }
  if (isScalarType(type)) return scalarFor(type.name, name);
  return fc.constant(null);
}

/* ---------- malformed and boundary values ---------- */

const CONTROL = [...Array(32).keys(), 0x7f, 0x85, 0x9f].map((c) => String.fromCharCode(c));
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202e', '\u00ad'];
const EMOJI = ['😀', '👨‍👩‍👧', '🇨🇳', '\u{1F9D1}\u{1F3FD}'];
const PIECES = [
  '张',
  'a',
  ' ',
  '\u3000',
  'é',
  'e\u0301',
  '%',
  '_',
  '\\',
  "'",
  '"',
  '<',
  '--',
  ...CONTROL,
  ...INVISIBLE,
  ...EMOJI,
  '\ud800',
  '\udfff',
  '\uffff',
];

const malformed: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, '', ' ', '   ', '\u200b\u200b', '\u3000', '\u0000', 'a\u0000b', '\t', '\n', '\ud800', '👨‍👩‍👧😀'),
  fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 24 }).map((a) => a.join('')),
  fc.integer({ min: 1, max: 70_000 }).map((n) => '测'.repeat(n)),
  fc.constantFrom(0, -1, 1.5, 2 ** 31, -(2 ** 53), 1e308, true, false, {}, [], [null], ['a', ''], { eq: 'x' }),
  fc.constantFrom('1.005', '1e3', '1E+21', '-0.001', '99999999999999.99', '0x10', 'NaN', 'Infinity', '١٢٣'),
  fc.constantFrom(
    '2025-02-30',
    '2025-13-01',
    '0000-00-00',
    '0000-01-01',
    '9999-12-31',
    '2024-02-29',
    '2023-02-29',
    '20250101',
    '+275760-09-13T00:00:00Z',
    '2025-02-30T00:00:00Z',
    '1969-12-31T23:59:59.999Z',
  ),
  fc.constantFrom(
    '620422198001010010',
    '62042230000101001X',
    '000000000000000000',
    '91350100M000100Y44',
    'ZZZZZZZZZZZZZZZZZZ',
    '620422',
    '6204221002019999',
  ),
  fc.constantFrom(
    '00000000-0000-0000-0000-000000000000',
    '01900000-0000-7000-8000-000000000000',
    'x',
    '../../etc',
    'a b',
    '1; drop table region',
  ),
);

/** `{ and: [{ or: [ … ] }] }` nested `depth` levels, each level with a plausible condition. */
function nested(filter: Record<string, unknown>, depth: number): Record<string, unknown> {
  let f = filter;
  for (let i = 0; i < depth; i++) f = { [i % 2 ? 'or' : 'and']: [f, filter] };
  return f;
}

/** Every path into a value (objects and arrays), so a replacement can land anywhere, nested fields included. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return prefix.length ? [prefix] : [];
  const out: (string | number)[][] = prefix.length ? [prefix] : [];
  for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, Array.isArray(value) ? Number(k) : k]));
  return out;
}

function replaced(value: Record<string, unknown>, changes: [number, unknown, string][]): Record<string, unknown> {
  const copy = structuredClone(value);
  for (const [n, shared, extraKey] of changes) {
    const bad = structuredClone(shared);
    const all = paths(copy);
    if (!all.length || n % 5 === 4) {
      // Now and then a field the plausible value left out.
      (copy as Record<string, unknown>)[extraKey] = bad;
      continue;
    }
    const path = all[n % all.length];
    let parent: Record<string | number, unknown> = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    parent[path[path.length - 1]] = bad;
  }
  return copy;
}

/* ---------- requests and the properties every answer must have ---------- */

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isLeafType(named)
    ? ''
    : isObjectType(named) && named.getFields().totalCount
      ? '{ totalCount nodes { id } }'
      : isObjectType(named) && named.getFields().version
        ? '{ __typename version }'
        : '{ __typename }';
  return `${kind}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection} }`;
}

async function fingerprint(): Promise<string> {
  return JSON.stringify(await s.em().getConnection().execute(fingerprintSql));
}

const STACK = /\n\s+at |\bat [\w$.<>]+ \(|\.(ts|js):\d+:\d+/;
const SQL =
  /\b(select\s.+\sfrom|insert into|update\s+\S+\s+set|delete from)\b|violates (not-null|foreign key|unique|check) constraint|SQLITE_|syntax error at|invalid byte sequence|duplicate key value/i;

function assertSafe(label: string, vars: unknown, res: GraphQLResponse) {
  const errors = JSON.stringify(res.errors ?? []);
  const detail = () => `${label} ${JSON.stringify(vars).slice(0, 600)} → HTTP ${res.status} ${errors.slice(0, 600)}`;
  if (res.status >= 500) throw new Error(`HTTP ${res.status}: ${detail()}`);
  if (res.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || !e.extensions?.code))
    throw new Error(`INTERNAL_SERVER_ERROR or no code: ${detail()}`);
  if (STACK.test(errors)) throw new Error(`stack trace in the answer: ${detail()}`);
  if (SQL.test(errors)) throw new Error(`SQL in the answer: ${detail()}`);
}

async function send(query: string, variables: Record<string, unknown>): Promise<GraphQLResponse> {
  const res = await fetch(s.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: { data?: unknown; errors?: GraphQLResponse['errors'] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`not JSON (HTTP ${res.status}): ${text.slice(0, 300)}`);
  }
  return { status: res.status, headers: res.headers, data: body.data, errors: body.errors, statements: 0 };
}

const lcFirst = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);

beforeAll(async () => {
  s = await startTestServer({ ADMIN_TOTP_REQUIRED: 'false' });
  schema = await createSchema();
  const em = s.em();
  const { User } = await import('../../server/src/modules/identity/identity.entity');
  const { hashPassword } = await import('../../server/src/modules/identity/identity.service');
  const roles = [
    'SYSTEM_ADMIN',
    'SECURITY_ADMIN',
    'PROVINCIAL_ADMIN',
    'CITY_OFFICER',
    'COUNTY_OFFICER',
    'TOWNSHIP_OFFICER',
    'VILLAGE_OPERATOR',
  ];
  em.persist(
    em.create(User, {
      username: 'fuzz.national',
      displayName: '模糊测试',
      roles,
      regionCode: null,
      passwordHash: await hashPassword('Demo#2025'),
    } as never),
  );
  await em.flush();
  token = await s.login('fuzz.national');

  // Existing records of every listed type.
  const query = schema.getQueryType()!;
  for (const field of Object.values(query.getFields())) {
    const conn = getNamedType(field.type);
    const nodes = isObjectType(conn) ? conn.getFields().nodes : undefined;
    if (!nodes || !field.args.some((a) => a.name === 'filter')) continue;
    const type = getNamedType(nodes.type);
    if (!isObjectType(type) || !type.getFields().id) continue;
    const r = await s.gql(`{ ${field.name}(first: 5) { nodes { id } } }`, {}, token);
    const ids = (r.data?.[field.name]?.nodes ?? []).map((n: { id: string }) => n.id);
    if (ids.length) pool.set(type.name, ids);
  }

  // Row count and version sum of every table, and the audit log's row count.
  const tables = s.orm.getMetadata().getAll();
  const parts = Object.values(tables)
    .filter((m) => !m.abstract && !m.embeddable && m.tableName)
    .map((m) => {
      const version = Object.values(m.properties).find((p) => p.version);
      return `select '${m.tableName}' as t, count(*) as n, ${version ? `coalesce(sum(${version.fieldNames[0]}), 0)` : '0'} as v from ${m.tableName}`;
    });
  fingerprintSql = parts.join(' union all ');
});
afterAll(() => s?.close());

function targets(): { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
  const out: { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] = [];
  for (const field of Object.values(schema.getMutationType()!.getFields()))
    if (/^(create|update)[A-Z]/.test(field.name)) out.push({ kind: 'mutation', field });
  for (const field of Object.values(schema.getQueryType()!.getFields()))
    if (field.args.some((a) => a.name === 'filter')) out.push({ kind: 'query', field });
  return out;
}

function argsArbitrary(args: readonly GraphQLArgument[]): fc.Arbitrary<Record<string, unknown>> {
  const entries: Record<string, fc.Arbitrary<unknown>> = {};
  for (const a of args) {
    if (a.name === 'first') entries[a.name] = fc.integer({ min: 1, max: 5 });
    else if (a.name === 'after' || a.name === 'offset' || a.name === 'orderBy') continue;
    else if (isNonNullType(a.type) || a.name === 'filter' || a.name === 'input') entries[a.name] = plausible(a.type, a.name);
  }
  return fc.record(entries);
}

describe('no input makes the server fail, leak internals or write on refusal', () => {
  it('is true of every create and update mutation and every list filter in the schema', async () => {
    const all = targets();
    expect(all.filter((t) => t.kind === 'mutation').length).toBeGreaterThan(20);
    expect(all.filter((t) => t.kind === 'query').length).toBeGreaterThan(15);
    // Every scalar an argument can hold is one this test knows how to fill.
    const unknownScalars = new Set<string>();
    for (const t of all) {
      const walk = (type: GraphQLInputType, seen: Set<string>): void => {
        const named = getNamedType(type);
        if (isScalarType(named) && !LEAF_TYPES.has(named.name)) unknownScalars.add(named.name);
        if (isInputObjectType(named) && !seen.has(named.name)) {
          seen.add(named.name);
          for (const f of Object.values(named.getFields())) walk(f.type, seen);
        }
      };
      for (const a of t.field.args) walk(a.type, new Set());
    }
    expect([...unknownScalars]).toEqual([]);

    const tally = { requests: 0, refused: 0, accepted: 0, byCode: {} as Record<string, number> };
    for (const { kind, field } of all) {
      const query = operation(kind, field);
      const isUpdate = kind === 'mutation' && field.name.startsWith('update');
      const recordType = getNamedType(field.type).name;
      const changes = fc.array(fc.tuple(fc.nat(), malformed, fc.constantFrom('input', 'filter', 'id', 'expectedVersion', 'bogus')), {
        minLength: 0,
        maxLength: 3,
      });
      const depth = kind === 'query' ? fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })) : fc.constant(0);
      await fc.assert(
        fc.asyncProperty(argsArbitrary(field.args), changes, depth, async (plain, bad, deep) => {
          let variables: Record<string, unknown> = plain;
          if (isUpdate && typeof plain.id === 'string' && pool.has(recordType)) {
            // Most updates name a real record at its current version, so the refusal comes from the input.
            plain.id = pool.get(recordType)![Number(plain.expectedVersion ?? 0) % pool.get(recordType)!.length];
            const current = await s.gql(`query($id: ID!) { ${lcFirst(recordType)}(id: $id) { version } }`, { id: plain.id }, token);
            plain.expectedVersion = current.data?.[lcFirst(recordType)]?.version ?? 1;
          }
          if (deep && plain.filter && typeof plain.filter === 'object')
            variables = { ...plain, filter: nested(plain.filter as Record<string, unknown>, deep) };
          variables = replaced(
            variables,
            bad.map(([n, v, k]) => [n, v, k]),
          );
          const before = kind === 'mutation' ? await fingerprint() : '';
          const res = await send(query, variables);
          tally.requests++;
          assertSafe(field.name, variables, res);
          if (res.errors?.length) {
            tally.refused++;
            for (const e of res.errors) tally.byCode[String(e.extensions?.code)] = (tally.byCode[String(e.extensions?.code)] ?? 0) + 1;
            if (kind === 'mutation') {
              const after = await fingerprint();
              if (after !== before)
                throw new Error(`${field.name} answered ${JSON.stringify(res.errors).slice(0, 400)} but wrote: ${before} → ${after}`);
            }
          } else {
            tally.accepted++;
            // One write, one version: a create starts at 1, an update rises by exactly 1 (or not at all when nothing changed).
            const written = (res.data as Record<string, { version?: number } | null> | undefined)?.[field.name];
            if (kind === 'mutation' && typeof written?.version === 'number') {
              const allowed = field.name.startsWith('create') ? [1] : [Number(plain.expectedVersion), Number(plain.expectedVersion) + 1];
              if (!allowed.includes(written.version))
                throw new Error(
                  `${field.name} left version ${written.version}, expected one of ${allowed}: ${JSON.stringify(variables).slice(0, 400)}`,
                );
            }
          }
        }),
        { numRuns: RUNS_PER_TARGET, seed: SEED, endOnFailure: !process.env.FUZZ_SHRINK },
      );
    }
    // The run exercised both sides: refusals of malformed input and writes of plausible input.
    console.log(
      `fuzz: ${all.length} targets, ${tally.requests} requests, ${tally.accepted} accepted, ${tally.refused} refused ${JSON.stringify(tally.byCode)}`,
    );
    expect(tally.requests).toBeGreaterThanOrEqual(all.length * RUNS_PER_TARGET);
    expect(tally.refused).toBeGreaterThan(0);
    expect(tally.byCode.BAD_USER_INPUT).toBeGreaterThan(0);
    expect(ok(await s.gql('{ health { ok } }')).health.ok).toBe(true);
  });
});
