/**
 * The rollup charts' reading of the schema and of the answers, without React: which configured
 * charts the schema can draw (resolveChart), the operation for one year, the rows and figures of
 * an answer, and how figures print.
 */
import {
  GraphQLField,
  GraphQLObjectType,
  GraphQLOutputType,
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import type { SchemaModel } from '../schema/model';
import { zhTerm, humanize, scalarKind } from '../schema/model';
import { formatMoney } from '../format/values';
import { asRow, asRows, type Row } from '../data/row';
import { ChartConfig, rollupArgs } from './charts';

export interface ResolvedChart {
  config: ChartConfig;
  field: GraphQLField<unknown, unknown>;
  rowsType: GraphQLObjectType;
  resultType: GraphQLObjectType;
  rowsPath?: string;
  x: string;
  series: ChartConfig['series'];
  figures: string[];
}

/** One year of a chart: its figures and its rows (x, and a number or null per series). */
export interface ChartResult {
  year: number;
  figures: Record<string, unknown>;
  figureValues: unknown[];
  rows: Row[];
}

function listOf(t: GraphQLOutputType): GraphQLObjectType | undefined {
  const u = isNonNullType(t) ? t.ofType : t;
  if (!isListType(u)) return undefined;
  const n = getNamedType(u);
  return isObjectType(n) ? n : undefined;
}

/** The row type and where the rows are: the result itself (per month), the list it is, or a list field of it. */
function rowsOf(
  config: ChartConfig,
  field: GraphQLField<unknown, unknown>,
  resultType: GraphQLObjectType,
): { rowsType?: GraphQLObjectType; rowsPath?: string } {
  if (config.perMonth) return { rowsType: resultType };
  const direct = listOf(field.type);
  if (direct) return { rowsType: direct };
  const inner = config.rowsPath ? resultType.getFields()[config.rowsPath] : undefined;
  const configured = inner ? listOf(inner.type) : undefined;
  if (configured) return { rowsType: configured, rowsPath: config.rowsPath };
  const first = Object.values(resultType.getFields()).find((f) => listOf(f.type));
  return first ? { rowsType: listOf(first.type), rowsPath: first.name } : {};
}

/** A chart is shown only when the schema has its query, an x field and at least one series. */
export function resolveChart(model: SchemaModel, config: ChartConfig): ResolvedChart | undefined {
  const field = model.schema.getQueryType()?.getFields()[config.query];
  if (!field) return undefined;
  const offered = { ...rollupArgs(null, 2025), ...config.args };
  if (config.perMonth && !field.args.some((a) => a.name === 'month')) return undefined;
  if (
    field.args.some(
      (a) => isNonNullType(a.type) && a.defaultValue === undefined && !(a.name in offered) && !(config.perMonth && a.name === 'month'),
    )
  )
    return undefined;
  const named = getNamedType(field.type);
  const resultType = isObjectType(named) ? named : undefined;
  if (!resultType) return undefined;
  const { rowsType, rowsPath } = rowsOf(config, field, resultType);
  if (!rowsType) return undefined;
  const rowFields = rowsType.getFields();
  const x = rowFields[config.x]
    ? config.x
    : Object.values(rowFields).find((f) => {
        const n = getNamedType(f.type);
        return isEnumType(n) || (isScalarType(n) && ['String', 'YearMonth', 'LocalDate'].includes(n.name));
      })?.name;
  const series = config.series.filter((s) => {
    const f = rowFields[s.field];
    return f && isScalarType(getNamedType(f.type)) && ['int', 'float', 'money'].includes(scalarKind(getNamedType(f.type).name));
  });
  if (!x || !series.length) return undefined;
  const figures =
    rowsPath || config.perMonth
      ? (config.figures ?? []).filter((k) => {
          const f = figureField(resultType, k);
          return f && isScalarType(getNamedType(f.type));
        })
      : [];
  return { config, field, rowsType, resultType, rowsPath, x, series, figures };
}

/** The field a figure path ('a' or 'a.b') names in the result type. */
export function figureField(t: GraphQLObjectType, path: string): GraphQLField<unknown, unknown> | undefined {
  const [head, ...rest] = path.split('.');
  const f = t.getFields()[head];
  if (!f || !rest.length) return f;
  const inner = getNamedType(f.type);
  return isObjectType(inner) ? figureField(inner, rest.join('.')) : undefined;
}

/** GraphQL selection of figure paths: ['a', 'b.c', 'b.d'] → 'a b { c d }'. */
function figureSelection(paths: string[]): string {
  const heads = new Map<string, string[]>();
  for (const p of paths) {
    const [h, ...rest] = p.split('.');
    if (!heads.has(h)) heads.set(h, []);
    if (rest.length) heads.get(h)!.push(rest.join('.'));
  }
  return [...heads].map(([h, inner]) => (inner.length ? `${h} { ${figureSelection(inner)} }` : h)).join(' ');
}

function figureValue(r: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => asRow(o)?.[k], r);
}

/** Percentages the server already scales to 0–100 say so in their description ('%', 'percent', '× 100'). */
export function isPercentField(f: GraphQLField<unknown, unknown> | undefined): boolean {
  return !!f && /%|percent|×\s*100/i.test(f.description ?? '');
}

export function hasData(result: ChartResult, series: ChartConfig['series']): boolean {
  return result.rows.some((row) => series.some((s) => row[s.field] !== null && row[s.field] !== undefined && Number(row[s.field]) !== 0));
}

export function labelOf(t: GraphQLObjectType, name: string, locale: string): string {
  const f = figureField(t, name);
  return locale === 'en' ? humanize(name) : (zhTerm(f?.description) ?? humanize(name));
}

/** The operation loading one year: twelve aliased calls per month, or one call with rows and figures. */
export function rollupOperation(
  chart: ResolvedChart,
  regionCode: string | null,
  year: number,
): { query: string; variables: Record<string, unknown> } {
  const coerce = (typeName: string, v: unknown) => (typeName === 'Int' || typeName === 'Float' ? Number(v) : String(v));
  const offered: Record<string, unknown> = { ...rollupArgs(regionCode, year), ...chart.config.args };
  const args = chart.field.args.filter((a) => a.name !== 'month' && offered[a.name] !== undefined);
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`);
  const variables = Object.fromEntries(args.map((a) => [a.name, coerce(getNamedType(a.type).name, offered[a.name])]));
  const rowSel = [chart.x, ...chart.series.map((s) => s.field)].join(' ');
  const figSel = figureSelection(chart.figures);
  const callOf = (extra: string[]) => (call.length + extra.length ? `(${[...call, ...extra].join(', ')})` : '');
  const parts: string[] = [];
  if (chart.config.perMonth) {
    for (let m = 1; m <= 12; m++) parts.push(`m${m}: ${chart.config.query}${callOf([`month: ${m}`])} { ${rowSel} }`);
    if (figSel) parts.push(`r: ${chart.config.query}${callOf([])} { ${figSel} }`);
  } else {
    parts.push(`r: ${chart.config.query}${callOf([])} { ${chart.rowsPath ? `${figSel} ${chart.rowsPath} { ${rowSel} }` : rowSel} }`);
  }
  return { query: `query Rollup${defs ? `(${defs})` : ''} { ${parts.join(' ')} }`, variables };
}

/** The rows and figures of an answer to rollupOperation; xText shows an x value (enum labels). */
export function chartResult(chart: ResolvedChart, data: Row, year: number, xText: (v: unknown) => unknown): ChartResult {
  const rows: Row[] = chart.config.perMonth
    ? Array.from({ length: 12 }, (_, i) => ({ ...asRow(data[`m${i + 1}`]), [chart.x]: `${year}-${String(i + 1).padStart(2, '0')}` }))
    : asRows(chart.rowsPath ? asRow(data.r)?.[chart.rowsPath] : data.r);
  const figureSource = chart.config.perMonth || chart.rowsPath ? data.r : {};
  return {
    year,
    figures: Object.fromEntries(chart.figures.map((f) => [f, figureValue(figureSource, f)])),
    figureValues: chart.figures.map((f) => figureValue(figureSource, f)),
    rows: rows.map((row) => ({
      ...Object.fromEntries(
        chart.series.map((s) => [s.field, row[s.field] === null || row[s.field] === undefined ? null : Number(row[s.field])]),
      ),
      x: xText(row[chart.x]),
    })),
  };
}

/** A figure or tooltip value: money in yuan, shares as percentages, counts with separators. */
export function formatFigure(name: string, v: unknown, t: GraphQLObjectType): string {
  if (v === null || v === undefined) return '—';
  const f = figureField(t, name);
  if (f && scalarKind(getNamedType(f.type).name) === 'money') return formatMoney(v);
  if (isPercentField(f)) return `${Number(v).toFixed(1)}%`;
  if (/rate|ratio|share|progress/i.test(name) && Number(v) <= 1.5) return `${(Number(v) * 100).toFixed(1)}%`;
  return Number(v).toLocaleString('zh-CN');
}

/** Left axis ticks in 万 and 亿. */
export function axisNumber(v: number): string {
  return Math.abs(v) >= 1e8 ? `${+(v / 1e8).toFixed(2)}亿` : Math.abs(v) >= 10000 ? `${+(v / 10000).toFixed(1)}万` : String(v);
}
