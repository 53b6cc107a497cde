import { ChangeSetType } from '@mikro-orm/core';
import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import { getMetadataStorage, validate } from 'class-validator';
import type { ValidationError } from 'class-validator';
import { getMetadataStorage as graphqlMetadata } from 'type-graphql';
import { GraphQLError, getNamedType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType } from 'graphql';
import type { FieldNode, GraphQLArgument, GraphQLFieldResolver, GraphQLInputField, GraphQLInputType, GraphQLSchema } from 'graphql';
import { badInput } from './errors';
import type { FieldProblem } from './errors';

/* ---------- class-validator rules, reported in Chinese with the English after it ---------- */

/** The Chinese label of an input field: its description up to the English part, e.g. "单位名称 (name)" → "单位名称". */
const labels = new Map<Function, Map<string, string>>();
export function labelOf(target: Function | undefined, property: string): string {
  if (!target) return property;
  let byProperty = labels.get(target);
  if (!byProperty) {
    byProperty = new Map();
    const fields = graphqlMetadata().fields;
    for (let type: Function | null = target; type && type !== Object; type = Object.getPrototypeOf(type)) {
      for (const f of fields) {
        if (f.target !== type || byProperty.has(f.name)) continue;
        const zh = /^[^\sA-Za-z(（]*[\u4e00-\u9fff][^\s(（]*/.exec(f.description ?? '')?.[0];
        if (zh) byProperty.set(f.name, zh);
      }
    }
    labels.set(target, byProperty);
  }
  return byProperty.get(property) ?? property;
}

const RULES_IN_CHINESE: Record<string, (c: unknown[]) => string> = {
  min: (c) => `不能小于 ${c[0]}`,
  max: (c) => `不能大于 ${c[0]}`,
  isInt: () => '须为整数',
  maxLength: (c) => `最多 ${c[0]} 个字符`,
  minLength: (c) => `至少 ${c[0]} 个字符`,
  isLength: (c) => (c[1] === undefined ? `至少 ${c[0]} 个字符` : `须为 ${c[0]} 至 ${c[1]} 个字符`),
  arrayMinSize: (c) => `至少 ${c[0]} 项`,
  arrayMaxSize: (c) => `最多 ${c[0]} 项`,
  matches: () => '格式不正确',
};

const HAS_CHINESE = /[\u4e00-\u9fff]/;

/** class-validator's own messages are English only; a rule without a message of its own gets a Chinese one first. */
function chineseMessage(target: Function | undefined, property: string, rule: string, english: string): string {
  if (HAS_CHINESE.test(english)) return english;
  const meta = target
    ? getMetadataStorage()
        .getTargetValidationMetadatas(target, '', true, false)
        .find((m) => m.propertyName === property && m.name === rule)
    : undefined;
  const zh = RULES_IN_CHINESE[rule]?.(meta?.constraints ?? []) ?? `不符合规则 ${rule}`;
  return `${labelOf(target, property)}${zh} (${english})`;
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const target = e.target?.constructor;
    for (const [rule, message] of Object.entries(e.constraints ?? {}))
      out.push({ field, rule, message: chineseMessage(target, e.property, rule, message) });
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

const hasRules = new WeakMap<Function, boolean>();

/** Argument classes without a single class-validator rule (most list args) need no validation pass. */
export function hasValidationRules(type: Function): boolean {
  let known = hasRules.get(type);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length > 0;
    hasRules.set(type, known);
  }
  return known;
}

/**
 * type-graphql's validateFn: runs class-validator on input objects and reports every problem as
 * BAD_USER_INPUT with the field path and the rule's name, before any resolver or database work.
 */
export async function validateArgument(value: unknown): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  const items = Array.isArray(value) ? value : [value];
  const problems: FieldProblem[] = [];
  for (const [i, item] of items.entries()) {
    if (item === null || typeof item !== 'object' || item.constructor === Object || !hasValidationRules(item.constructor)) continue;
    // The target stays on the errors so the Chinese label and the rule's limits can be looked up;
    // none of it reaches the client (only field, rule and message do).
    const errors = await validate(item, { forbidUnknownValues: false, validationError: { target: true, value: false } });
    problems.push(...flatten(errors, Array.isArray(value) ? String(i) : ''));
  }
  if (problems.length) throw badInput(problems);
}

/**
 * The Chinese name of an enum value for messages, from its registered description
 * ("已验收 (accepted)" → "已验收"); the raw value when the enum has none.
 */
export function enumLabel(enumObject: object, value: string): string {
  const config = graphqlMetadata().enums.find((e) => e.enumObj === enumObject)?.valuesConfig?.[value];
  return /^[^\s(（]*[\u4e00-\u9fff][^\s(（]*/.exec(config?.description ?? '')?.[0] ?? value;
}

/* ---------- input hygiene: one pass over every argument of every field, before its resolver ---------- */

/*
 * Every string, id and time that reaches a resolver has passed through `cleanArguments`, so no
 * service, filter or SQL statement sees a NUL byte, a lone surrogate, a name of only invisible
 * characters, an empty id or a time the databases cannot store. The pass is driven by the GraphQL
 * types alone, so a field added later is covered without a line of code:
 * - a String field is a *name or code* (trimmed, one line), *long text* (newline and tab allowed;
 *   recognised by its name: notes, comment, reason, …) or a *secret* (passwords: kept byte for byte);
 * - every string is NFC-normalised (except secrets), so "é" typed two ways is one value;
 * - control characters (U+0000–U+001F, U+007F–U+009F) are refused, except newline, carriage return
 *   and tab in long text; so are lone surrogates and the non-characters U+FFFE/U+FFFF;
 * - in mutation inputs and arguments a value of only spaces and zero-width characters counts as
 *   missing: refused where the field is required, null otherwise; in filters values stay as typed;
 * - an ID is 1–64 of A–Z a–z 0–9 _ - (what uuids and region codes are); anything else, the empty
 *   string included, is refused (a well-formed id that does not exist is the resolver's NOT_FOUND);
 * - names, codes and ids carry no invisible characters (zero-width, bidi controls) inside them;
 * - a time lies in the years 1000–9999 (both databases store those; Date.parse accepts more).
 */

type StringKind = 'name' | 'text' | 'secret';

const SECRET = /password|secret|totp/i;
const LONG_TEXT =
  /^(notes?|comment|remark|reason|duties|address|description|detail|applicationNote)$|(Note|Notes|Comment|Reason|Remark|Description)$/;
// Control characters are what these patterns look for.
// eslint-disable-next-line no-control-regex
const CONTROL_IN_NAME = /[\u0000-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BROKEN_UNICODE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/;
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const BLANK = /^[\s\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]*$/;
const EDGES = /^[\s\u180E\u200B-\u200D\u2060\uFEFF]+|[\s\u180E\u200B-\u200D\u2060\uFEFF]+$/g;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_LENGTH: Record<StringKind, number> = { name: 1_000, text: 20_000, secret: 1_000 };
const MAX_INPUT_DEPTH = 16;

function stringKind(fieldName: string): StringKind {
  if (SECRET.test(fieldName)) return 'secret';
  if (LONG_TEXT.test(fieldName)) return 'text';
  return 'name';
}

function describe(field: GraphQLInputField | GraphQLArgument): string {
  const zh = /^[^\sA-Za-z(（]*[\u4e00-\u9fff][^\s(（]*/.exec(field.description ?? '')?.[0];
  return zh ?? '';
}

interface Walk {
  problems: FieldProblem[];
  /** Inside a filter (an input type named …Filter): values are matched, not stored, so they are not trimmed or blanked. */
  filter: boolean;
}

const MISSING = Symbol('missing');

function cleanString(w: Walk, path: string, label: string, name: string, raw: string): string | typeof MISSING | undefined {
  const kind = stringKind(name);
  const add = (rule: string, zh: string, en: string) =>
    void w.problems.push({ field: path, rule, message: `${label || path}${zh} (${path} ${en})` });
  if (raw.length > MAX_LENGTH[kind])
    return (add('maxLength', `过长，最多 ${MAX_LENGTH[kind]} 个字符`, `must be at most ${MAX_LENGTH[kind]} characters`), undefined);
  if (BROKEN_UNICODE.test(raw))
    return (add('encoding', '含有无效的 Unicode 字符', 'contains invalid Unicode (a lone surrogate or a non-character)'), undefined);
  if ((kind === 'text' ? CONTROL_IN_TEXT : CONTROL_IN_NAME).test(raw)) {
    return (
      add(
        'controlCharacter',
        kind === 'text' ? '含有控制字符（只允许换行和制表符）' : '含有控制字符（含换行）',
        kind === 'text'
          ? 'must not contain control characters other than newline and tab'
          : 'must not contain control characters or line breaks',
      ),
      undefined
    );
  }
  if (kind === 'secret') return raw;
  let value = raw.normalize('NFC');
  if (!w.filter && BLANK.test(value)) return MISSING;
  if (kind === 'name' && !w.filter) value = value.replace(EDGES, '');
  if (kind === 'name' && INVISIBLE.test(value))
    return (
      add(
        'invisibleCharacter',
        '含有不可见字符（零宽字符或方向控制符）',
        'must not contain zero-width or bidirectional control characters',
      ),
      undefined
    );
  return value;
}

function cleanId(w: Walk, path: string, label: string, raw: string): string | undefined {
  if (ID.test(raw)) return raw;
  const what =
    raw === ''
      ? ['不能为空字符串（不设置请省略或传 null）', 'must not be an empty string (omit it or send null)']
      : ['格式不正确（1–64 位字母、数字、下划线或横线）', 'is not a well-formed id (1–64 of A-Z a-z 0-9 _ -)'];
  w.problems.push({ field: path, rule: 'idFormat', message: `${label || '标识'}${what[0]} (${path} ${what[1]})` });
  return undefined;
}

function cleanValue(w: Walk, type: GraphQLInputType, value: unknown, path: string, label: string, name: string, depth: number): unknown {
  if (value === null || value === undefined) return value;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return cleanValue(w, inner.ofType, value, path, label, name, depth);
    return value.map((item, i) => {
      const cleaned = cleanValue(w, inner.ofType, item, `${path}.${i}`, label, name, depth);
      if (cleaned === MISSING) {
        w.problems.push({ field: `${path}.${i}`, rule: 'required', message: `${label || path}不能为空 (${path}.${i} must not be blank)` });
        return null;
      }
      return cleaned;
    });
  }
  if (isInputObjectType(inner)) {
    if (depth >= MAX_INPUT_DEPTH) {
      w.problems.push({
        field: path,
        rule: 'depth',
        message: `条件嵌套过深，最多 ${MAX_INPUT_DEPTH} 层 (${path || 'input'} nests deeper than ${MAX_INPUT_DEPTH} levels)`,
      });
      return value;
    }
    const inFilter = w.filter;
    w.filter = inFilter || inner.name.endsWith('Filter');
    const fields = inner.getFields();
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[key];
      out[key] = field ? cleanField(w, field, v, path ? `${path}.${key}` : key, depth + 1) : v;
    }
    w.filter = inFilter;
    return out;
  }
  if (!isScalarType(inner)) return value;
  if (inner.name === 'ID') return typeof value === 'string' ? cleanId(w, path, label, value) : value;
  if (typeof value === 'string') return cleanString(w, path, label, name, value);
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    if (!(year >= 1000 && year <= 9999))
      w.problems.push({
        field: path,
        rule: 'dateRange',
        message: `${label || path}须在公元 1000 至 9999 年之间 (${path} must lie in the years 1000–9999)`,
      });
  }
  return value;
}

/** One field or argument: blank means missing, which a required field refuses. */
function cleanField(w: Walk, field: GraphQLInputField | GraphQLArgument, value: unknown, path: string, depth: number): unknown {
  const label = describe(field);
  const cleaned = cleanValue(w, field.type, value, path, label, field.name, depth);
  if (cleaned !== MISSING) return cleaned;
  if (isNonNullType(field.type)) {
    w.problems.push({ field: path, rule: 'required', message: `${label || path}不能为空 (${path} is required and must not be blank)` });
    return value;
  }
  return null;
}

/** Whether an argument can hold a string, an id, a time or an input object (Int/Boolean/enum-only fields need no pass). */
function needsCleaning(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  if (isInputObjectType(named)) return true;
  return isScalarType(named) && !['Int', 'Float', 'Boolean', 'Money', 'LocalDate', 'YearMonth'].includes(named.name);
}

/**
 * The cleaned arguments of a field. A nested field resolves once per parent row with the same
 * arguments, so the result (or the refusal) is kept per field node and variables of the request.
 */
const cleanedByNode = new WeakMap<FieldNode, WeakMap<object, { args?: Record<string, unknown>; error?: GraphQLError }>>();

export function cleanArguments(definitions: readonly GraphQLArgument[], args: Record<string, unknown>): Record<string, unknown> {
  const w: Walk = { problems: [], filter: false };
  const out: Record<string, unknown> = {};
  for (const def of definitions) {
    if (!(def.name in args)) continue;
    // The `input` argument is the record itself: its fields are named without the prefix, as the services name them.
    out[def.name] = cleanField(w, def, args[def.name], def.name === 'input' ? '' : def.name, 0);
  }
  for (const key of Object.keys(args)) if (!(key in out)) out[key] = args[key];
  if (w.problems.length) throw badInput(w.problems.map((p) => (p.field === '' ? { ...p, field: 'input' } : p)));
  return out;
}

const guarded = new WeakSet<Function>();

/** Wraps the resolver of every field with arguments (queries, mutations and nested lists alike) in `cleanArguments`. */
export function guardArguments(schema: GraphQLSchema): number {
  let count = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length || !field.args.some((a) => needsCleaning(a.type))) continue;
      const original = field.resolve;
      if (original && guarded.has(original)) continue;
      const definitions = field.args;
      const resolve: GraphQLFieldResolver<unknown, unknown, Record<string, unknown>> = (root, args, context, info) => {
        const inner = original ?? ((r: unknown) => (r as Record<string, unknown> | null)?.[info.fieldName]);
        if (!args || Object.keys(args).length === 0) return inner(root, args, context, info);
        const node = info.fieldNodes[0];
        const variables = info.variableValues as object | undefined;
        let memo = variables ? cleanedByNode.get(node)?.get(variables) : undefined;
        if (!memo) {
          try {
            memo = { args: cleanArguments(definitions, args) };
          } catch (error) {
            memo = { error: error as GraphQLError };
          }
          if (variables) {
            let byVariables = cleanedByNode.get(node);
            if (!byVariables) cleanedByNode.set(node, (byVariables = new WeakMap()));
            byVariables.set(variables, memo);
          }
        }
        if (memo.error) throw memo.error;
        return inner(root, memo.args!, context, info);
      };
      guarded.add(resolve);
      field.resolve = resolve;
      count++;
    }
  }
  return count;
}

/* ---------- last line before the database: what a column cannot hold is bad input, not a driver error ---------- */

/**
 * Checks every row a flush is about to write, whatever code path built it: null in a NOT NULL
 * column and text longer than its column become BAD_USER_INPUT naming the property, before any
 * statement runs (PostgreSQL would refuse them mid-transaction with the row's values in the error;
 * SQLite would store the over-long text).
 */
export class StorableValues implements EventSubscriber {
  onFlush({ uow }: FlushEventArgs): void {
    const problems: FieldProblem[] = [];
    for (const cs of uow.getChangeSets()) {
      if (cs.type !== ChangeSetType.CREATE && cs.type !== ChangeSetType.UPDATE) continue;
      const props = cs.meta.properties as Record<
        string,
        { nullable?: boolean; primary?: boolean; length?: number; persist?: boolean; version?: boolean }
      >;
      for (const [key, value] of Object.entries(cs.payload as Record<string, unknown>)) {
        const prop = props[key];
        if (!prop || prop.primary || prop.version || prop.persist === false) continue;
        if (value === null && !prop.nullable)
          problems.push({ field: key, rule: 'required', message: `${key} 不能为空 (${key} must not be null)` });
        else if (typeof value === 'string' && prop.length && value.length > prop.length) {
          problems.push({
            field: key,
            rule: 'maxLength',
            message: `${key} 最多 ${prop.length} 个字符 (${key} must be at most ${prop.length} characters)`,
          });
        }
      }
    }
    if (problems.length) throw badInput(problems);
  }
}

/* ---------- graphql-js's own refusals of variables, in Chinese first ---------- */

const COERCION = /^Variable "\$(\w+)" got invalid value (.*?)(?: at "([^"]+)")?; ([\s\S]*)$/;
const REASONS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/Expected non-nullable type "([^"]+)" not to be null/, (m) => `不能为 null（类型 ${m[1]}）`],
  [/Field "(\w+)" of required type "([^"]+)" was not provided/, (m) => `缺少必填字段 ${m[1]}`],
  [/Field "(\w+)" is not defined by type "([^"]+)"/, (m) => `没有字段 ${m[1]}`],
  [/non 32-bit signed integer/, () => '须为 32 位整数'],
  [/Value "([^"]*)" does not exist in "(\w+)" enum/, (m) => `不是 ${m[2]} 的取值`],
  [/Expected type "(\w+)" to be an object/, (m) => `须为对象（${m[1]}）`],
  [/(\w+) cannot represent/, (m) => `类型不符，须为 ${m[1]}`],
];

/**
 * A variable graphql-js could not coerce (null for a required field, a string for an Int, an
 * unknown enum value, a scalar's refusal) comes back as BAD_USER_INPUT in English only and without
 * `problems`; this gives it the field, the rule `type` and a Chinese message like every other refusal.
 */
export function explainInputError<E extends { message: string; extensions?: Record<string, unknown> }>(formatted: E): E {
  // graphql-js stops after 50 refused variable values with an error of no code (it would read as INTERNAL_SERVER_ERROR).
  if (/^Too many errors processing variables/.test(formatted.message)) {
    const message = '变量中的错误过多，已停止检查 (too many invalid values in the variables; checking stopped)';
    return {
      ...formatted,
      message: `输入有误 Invalid input — ${message}`,
      extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT', problems: [{ field: 'variables', rule: 'tooManyErrors', message }] },
    };
  }
  if (formatted.extensions?.code !== 'BAD_USER_INPUT' || formatted.extensions.problems) return formatted;
  const m = COERCION.exec(formatted.message);
  if (!m) return formatted;
  const [, variable, , at, reason] = m;
  const inside = at?.startsWith(`${variable}.`) ? at.slice(variable.length + 1) : at && at !== variable ? at : undefined;
  const field = variable === 'input' ? (inside ?? 'input') : inside ? `${variable}.${inside}` : variable;
  const english = reason.trim().slice(0, 300);
  let zh = HAS_CHINESE.test(english) ? '' : '类型或格式不符';
  if (!HAS_CHINESE.test(english)) {
    for (const [pattern, say] of REASONS) {
      const r = pattern.exec(english);
      if (r) {
        zh = say(r);
        break;
      }
    }
  }
  const message = zh ? `${field} ${zh} (${english})` : `${field}: ${english}`;
  return {
    ...formatted,
    message: `输入有误 Invalid input — ${message}`,
    extensions: { ...formatted.extensions, problems: [{ field, rule: 'type', message }] },
  };
}
