/**
 * 工作台: figures and charts filtered by region and year. Three parts, all derived from the schema:
 * record counts per entity, status distribution per workflow entity, and the rollup charts named in
 * charts.ts (each hidden when the server lacks its query).
 */
import * as React from 'react';
import { Link } from 'react-router-dom';
import { Alert, Box, Card, CardContent, CircularProgress, Grid, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import {
  Bar, BarChart, CartesianGrid, Cell, ComposedChart, Legend, Line, LineChart, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis,
} from 'recharts';
import { GraphQLField, GraphQLObjectType, getNamedType, isEnumType, isListType, isNonNullType, isObjectType, isScalarType } from 'graphql';
import { useCanRead, useCurrentUser, useModel } from '../schema/ModelContext';
import type { EntityModel, SchemaModel } from '../schema/model';
import { zhTerm, humanize, scalarKind } from '../schema/model';
import type { AppDataProvider } from '../data/dataProvider';
import { rawRequest } from '../data/transport';
import { ChartConfig, FALLBACK_YEARS, chartConfigs, rollupArgs } from './charts';
import { RegionSelects } from '../inputs/RegionInput';
import { enumText, formatMoney } from '../views/fields';
import { usePending } from '../pages/PendingApprovals';

const COLORS = ['#1d4f91', '#c0392b', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#8d6e63', '#546e7a'];

/** yearChosen: the user picked the year; otherwise charts may fall back to the latest year with data. */
interface Ctx { regionCode: string | null; year: number; yearChosen?: boolean }

function Panel({ title, children, testid }: { title: string; children: React.ReactNode; testid?: string }) {
  return (
    <Card variant="outlined" sx={{ height: '100%' }} data-testid={testid}>
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1, borderLeft: '4px solid', borderColor: 'primary.main', pl: 1 }}>{title}</Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function regionFilterOf(e: EntityModel) {
  return e.filters.find((f) => f.kind === 'region');
}

function yearFilter(e: EntityModel, year: number): Record<string, unknown> {
  const f = e.filters.find((x) => x.name === 'createdAt' && x.kind === 'range');
  if (!f) return {};
  return { createdAt: { gte: `${year}-01-01T00:00:00.000Z`, lte: `${year}-12-31T23:59:59.999Z` } };
}

/** Totals per entity the user may read, in batches of aliased connection counts. */
function useTotals(model: SchemaModel, ctx: Ctx) {
  const dp = useDataProvider<AppDataProvider>();
  const canRead = useCanRead();
  const [totals, setTotals] = React.useState<Record<string, number> | null>(null);
  const entities = React.useMemo(() => {
    const wf = model.entities.filter((e) => e.workflow && canRead(e.typeName));
    const rest = model.entities.filter((e) => !e.workflow && e.typeName !== 'Region' && regionFilterOf(e) && canRead(e.typeName));
    return [...wf, ...rest].slice(0, 8);
  }, [model, canRead]);
  React.useEffect(() => {
    let live = true;
    setTotals(null);
    if (!entities.length) { setTotals({}); return; }
    // One small request per list: a list the user may not read (FORBIDDEN; list fields are non-null,
    // so one refusal would void a combined response) is left out instead of blanking every card.
    Promise.all(entities.map((e) => {
      const rf = regionFilterOf(e);
      const filter: Record<string, unknown> = {};
      if (rf && ctx.regionCode) filter[rf.name] = { [rf.ops.includes('within') ? 'within' : 'startsWith']: ctx.regionCode };
      return rawRequest(`query DashboardTotal($f: ${e.filterType}) { t: ${e.listQuery}(first: 1, filter: $f) { totalCount } }`, { f: filter })
        .then((res) => ((res.data as { t?: { totalCount: number } } | null)?.t ? [[e.resource, (res.data as { t: { totalCount: number } }).t.totalCount] as const] : []))
        .catch(() => []);
    }))
      .then((all) => { if (live) setTotals(Object.fromEntries(all.flat())); });
    return () => { live = false; };
  }, [entities, ctx.regionCode, dp]);
  return { entities, totals };
}

function useStatusCounts(model: SchemaModel, e: EntityModel, ctx: Ctx) {
  const dp = useDataProvider<AppDataProvider>();
  const [rows, setRows] = React.useState<{ status: string; count: number }[] | null>(null);
  React.useEffect(() => {
    let live = true;
    const statusFilter = e.filters.find((f) => f.name === e.workflow?.statusField && f.kind === 'enum');
    const values = e.workflow?.statusEnum ? model.enums.get(e.workflow.statusEnum)?.values.map((v) => v.value) ?? [] : [];
    if (!statusFilter || !values.length) { setRows([]); return; }
    const rf = regionFilterOf(e);
    const base: Record<string, unknown> = { ...yearFilter(e, ctx.year) };
    if (rf && ctx.regionCode) base[rf.name] = { [rf.ops.includes('within') ? 'within' : 'startsWith']: ctx.regionCode };
    const defs: string[] = []; const parts: string[] = []; const vars: Record<string, unknown> = {};
    values.forEach((v, i) => {
      defs.push(`$f${i}: ${e.filterType}`);
      vars[`f${i}`] = { ...base, [statusFilter.name]: { eq: v } };
      parts.push(`s${i}: ${e.listQuery}(first: 1, filter: $f${i}) { totalCount }`);
    });
    dp.query(`query StatusCounts(${defs.join(', ')}) { ${parts.join(' ')} }`, vars)
      .then((d: any) => { if (live) setRows(values.map((v, i) => ({ status: v, count: d[`s${i}`]?.totalCount ?? 0 }))); })
      .catch(() => { if (live) setRows([]); });
    return () => { live = false; };
  }, [e, ctx.regionCode, ctx.year, dp, model]);
  return rows;
}

function StatusChart({ e, ctx }: { e: EntityModel; ctx: Ctx }) {
  const model = useModel();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const rows = useStatusCounts(model, e, ctx);
  const name = locale === 'en' ? e.label.en : e.label.zh;
  const data = (rows ?? []).map((r) => ({ ...r, label: enumText(model, e.workflow?.statusEnum, r.status, locale) }));
  return (
    <Panel title={translate('app.dashboard.by_status', { name })} testid={`status-chart-${e.resource}`}>
      {!rows ? <CircularProgress size={20} /> : data.every((d) => !d.count) ? <Typography color="text.secondary" sx={{ py: 6, textAlign: 'center' }}>{translate('app.dashboard.no_data')}</Typography> : (
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Bar dataKey="count" name={translate('app.dashboard.count')} isAnimationActive={false}>
              {data.map((_, i) => <Cell key={i} fill={COLORS[i % COLORS.length]} />)}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      )}
    </Panel>
  );
}

interface ResolvedChart {
  config: ChartConfig;
  field: GraphQLField<unknown, unknown>;
  rowsType: GraphQLObjectType;
  resultType: GraphQLObjectType;
  rowsPath?: string;
  x: string;
  series: ChartConfig['series'];
  figures: string[];
}

function listOf(t: any): GraphQLObjectType | undefined {
  let u = t;
  if (isNonNullType(u)) u = u.ofType;
  if (!isListType(u)) return undefined;
  const n = getNamedType(u);
  return isObjectType(n) ? n : undefined;
}

/** A chart is shown only when the schema has its query, an x field and at least one series. */
export function resolveChart(model: SchemaModel, config: ChartConfig): ResolvedChart | undefined {
  const field = model.schema.getQueryType()?.getFields()[config.query];
  if (!field) return undefined;
  const offered = { ...rollupArgs(null, 2025), ...config.args };
  if (config.perMonth && !field.args.some((a) => a.name === 'month')) return undefined;
  if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined && !(a.name in offered) && !(config.perMonth && a.name === 'month'))) return undefined;
  let rowsType = config.perMonth ? undefined : listOf(field.type);
  const named = getNamedType(field.type);
  const resultType = isObjectType(named) ? named : undefined;
  if (!resultType) return undefined;
  let rowsPath: string | undefined;
  if (config.perMonth) rowsType = resultType;
  else if (!rowsType) {
    const inner = config.rowsPath ? resultType.getFields()[config.rowsPath] : undefined;
    rowsType = inner ? listOf(inner.type) : undefined;
    if (!rowsType) {
      const any = Object.values(resultType.getFields()).find((f) => listOf(f.type));
      if (any) { rowsType = listOf(any.type); rowsPath = any.name; }
    } else rowsPath = config.rowsPath;
  }
  if (!rowsType) return undefined;
  const rowFields = rowsType.getFields();
  const x = rowFields[config.x] ? config.x : Object.values(rowFields).find((f) => {
    const n = getNamedType(f.type);
    return isEnumType(n) || (isScalarType(n) && ['String', 'YearMonth', 'LocalDate'].includes(n.name));
  })?.name;
  const series = config.series.filter((s) => {
    const f = rowFields[s.field];
    return f && isScalarType(getNamedType(f.type)) && ['int', 'float', 'money'].includes(scalarKind(getNamedType(f.type).name));
  });
  if (!x || !series.length) return undefined;
  const figures = rowsPath || config.perMonth ? (config.figures ?? []).filter((k) => {
    const f = figureField(resultType, k);
    return f && isScalarType(getNamedType(f.type));
  }) : [];
  return { config, field, rowsType, resultType, rowsPath, x, series, figures };
}

/** The field a figure path ('a' or 'a.b') names in the result type. */
function figureField(t: GraphQLObjectType, path: string): GraphQLField<unknown, unknown> | undefined {
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

function figureValue(r: any, path: string): unknown {
  return path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), r);
}

/** Percentages the server already scales to 0–100 say so in their description ('%', 'percent', '× 100'). */
function isPercentField(f: GraphQLField<unknown, unknown> | undefined): boolean {
  return !!f && /%|percent|×\s*100/i.test(f.description ?? '');
}

function hasData(result: { rows: any[]; figureValues: unknown[] }, series: ChartConfig['series']): boolean {
  return result.rows.some((row) => series.some((s) => row[s.field] !== null && row[s.field] !== undefined && Number(row[s.field]) !== 0));
}

function labelOf(t: GraphQLObjectType, name: string, locale: string): string {
  const f = figureField(t, name);
  return locale === 'en' ? humanize(name) : zhTerm(f?.description) ?? humanize(name);
}

/** `onRefused`: the server refused the rollup (FORBIDDEN): the dashboard leaves the chart out. */
function RollupChart({ chart, ctx, onRefused }: { chart: ResolvedChart; ctx: Ctx; onRefused?: () => void }) {
  const model = useModel();
  const dp = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [result, setResult] = React.useState<any>(null);
  const [error, setError] = React.useState<string | null>(null);
  React.useEffect(() => {
    let live = true;
    setResult(null); setError(null);
    const years = ctx.yearChosen ? [ctx.year] : Array.from({ length: FALLBACK_YEARS }, (_, i) => ctx.year - i);
    const xType = getNamedType(chart.rowsType.getFields()[chart.x].type);
    const coerce = (typeName: string, v: unknown) => (typeName === 'Int' || typeName === 'Float' ? Number(v) : String(v));
    const load = async (year: number) => {
      const offered: Record<string, unknown> = { ...rollupArgs(ctx.regionCode, year), ...chart.config.args };
      const args = chart.field.args.filter((a) => a.name !== 'month' && offered[a.name] !== undefined);
      const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const call = args.map((a) => `${a.name}: $${a.name}`);
      const vars = Object.fromEntries(args.map((a) => [a.name, coerce(getNamedType(a.type).name, offered[a.name])]));
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
      const d: any = await dp.query(`query Rollup${defs ? `(${defs})` : ''} { ${parts.join(' ')} }`, vars);
      const rows: any[] = chart.config.perMonth
        ? Array.from({ length: 12 }, (_, i) => ({ ...d[`m${i + 1}`], [chart.x]: `${year}-${String(i + 1).padStart(2, '0')}` }))
        : ((chart.rowsPath ? d.r?.[chart.rowsPath] : d.r) ?? []);
      const figureSource = chart.config.perMonth || chart.rowsPath ? d.r : {};
      return {
        year,
        figures: Object.fromEntries(chart.figures.map((f) => [f, figureValue(figureSource, f)])),
        figureValues: chart.figures.map((f) => figureValue(figureSource, f)),
        rows: rows.map((row: any) => ({
          ...Object.fromEntries(chart.series.map((s) => [s.field, row[s.field] === null || row[s.field] === undefined ? null : Number(row[s.field])])),
          x: isEnumType(xType) ? enumText(model, xType.name, row[chart.x], locale) : row[chart.x],
        })),
      };
    };
    (async () => {
      let first: any;
      for (const year of years) {
        const r = await load(year);
        if (!live) return;
        first ??= r;
        if (hasData(r, chart.series)) { setResult(r); return; }
      }
      setResult(first);
    })().catch((e: any) => {
      if (!live) return;
      if (e?.status === 403 && onRefused) onRefused();
      else setError(e.message);
    });
    return () => { live = false; };
  }, [chart, ctx.regionCode, ctx.year, ctx.yearChosen, dp, locale, model]);

  const title = locale === 'en' ? chart.config.title.en : chart.config.title.zh;
  const isMoney = (name: string, t: GraphQLObjectType) => { const f = figureField(t, name); return !!f && scalarKind(getNamedType(f.type).name) === 'money'; };
  const fmt = (name: string, v: any, t: GraphQLObjectType) => (v === null || v === undefined ? '—' : isMoney(name, t) ? formatMoney(v)
    : isPercentField(figureField(t, name)) ? `${Number(v).toFixed(1)}%`
      : /rate|ratio|share|progress/i.test(name) && Number(v) <= 1.5 ? `${(Number(v) * 100).toFixed(1)}%` : Number(v).toLocaleString('zh-CN'));
  const rightPercent = chart.series.some((s) => s.axis === 'right' && isPercentField(chart.rowsType.getFields()[s.field]));
  let body: React.ReactNode;
  if (error) body = <Alert severity="warning">{error}</Alert>;
  else if (!result) body = <CircularProgress size={20} />;
  else if (!hasData(result, chart.series)) body = <Typography color="text.secondary" sx={{ py: 6, textAlign: 'center' }}>{translate('app.dashboard.no_data')}</Typography>;
  else {
    const k = chart.config.kind;
    const names = Object.fromEntries(chart.series.map((s) => [s.field, labelOf(chart.rowsType, s.field, locale)]));
    const tooltip = <Tooltip formatter={(v: any, n: any, item: any) => [fmt(String(item?.dataKey), v, chart.rowsType), n]} />;
    if (k === 'pie') {
      const s = chart.series[0].field;
      body = (
        <ResponsiveContainer width="100%" height={240}>
          <PieChart>
            <Pie data={result.rows} dataKey={s} nameKey="x" outerRadius={80} label={(p: any) => `${p.x} ${p.value}`} isAnimationActive={false}>
              {result.rows.map((_: any, i: number) => <Cell key={i} fill={COLORS[i % COLORS.length]} />)}
            </Pie>
            {tooltip}
            <Legend />
          </PieChart>
        </ResponsiveContainer>
      );
    } else {
      const Chart: any = k === 'line' ? LineChart : k === 'bar' ? BarChart : ComposedChart;
      const right = chart.series.some((s) => s.axis === 'right');
      body = (
        <ResponsiveContainer width="100%" height={240}>
          <Chart data={result.rows} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="x" tick={{ fontSize: 12 }} />
            <YAxis yAxisId="left" tick={{ fontSize: 12 }} width={64} tickFormatter={(v: number) => (Math.abs(v) >= 1e8 ? `${+(v / 1e8).toFixed(2)}亿` : Math.abs(v) >= 10000 ? `${+(v / 10000).toFixed(1)}万` : String(v))} />
            {right && <YAxis yAxisId="right" orientation="right" tick={{ fontSize: 12 }} tickFormatter={(v: number) => (rightPercent ? `${v}%` : `${Math.round(v * 100)}%`)} />}
            {tooltip}
            <Legend />
            {chart.series.map((s, i) => ((s.kind ?? (k === 'line' ? 'line' : 'bar')) === 'line'
              ? <Line key={s.field} yAxisId={s.axis ?? 'left'} type="linear" dataKey={s.field} name={names[s.field]} stroke={COLORS[i % COLORS.length]} strokeWidth={2} dot={false} isAnimationActive={false} />
              : <Bar key={s.field} yAxisId={s.axis ?? 'left'} dataKey={s.field} name={names[s.field]} fill={COLORS[i % COLORS.length]} isAnimationActive={false} />))}
          </Chart>
        </ResponsiveContainer>
      );
    }
  }
  return (
    <Panel title={result ? `${title}（${result.year}${locale === 'en' ? '' : '年'}）` : title} testid={`rollup-${chart.config.id}`}>
      {result && chart.figures.length > 0 && (
        <Stack direction="row" spacing={3} sx={{ flexWrap: 'wrap', mb: 1 }} useFlexGap>
          {chart.figures.map((f) => (
            <Box key={f}>
              <Typography variant="caption" color="text.secondary">{labelOf(chart.resultType, f, locale)}</Typography>
              <Typography variant="h6" sx={{ lineHeight: 1.2 }}>{fmt(f, result.figures[f], chart.resultType)}</Typography>
            </Box>
          ))}
        </Stack>
      )}
      {body}
    </Panel>
  );
}

export function Dashboard() {
  const model = useModel();
  const user = useCurrentUser();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const thisYear = new Date().getFullYear();
  const [ctx, setCtx] = React.useState<Ctx>({ regionCode: user?.regionCode ?? null, year: thisYear });
  const { entities, totals } = useTotals(model, ctx);
  const pending = usePending(200);
  const charts = React.useMemo(() => chartConfigs.map((c) => resolveChart(model, c)).filter((c): c is ResolvedChart => !!c), [model]);
  const canRead = useCanRead();
  const workflows = model.entities.filter((e) => e.workflow && canRead(e.typeName));
  // rollups the user may not read (the audit administrator has no business data)
  const [refused, setRefused] = React.useState<ReadonlySet<string>>(new Set());
  const refuse = React.useCallback((id: string) => setRefused((r) => (r.has(id) ? r : new Set([...r, id]))), []);
  return (
    <Box sx={{ mt: 2, pb: 4 }} data-testid="dashboard">
      <Title title={translate('app.dashboard.title')} />
      <Card variant="outlined" sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', py: '12px !important' }}>
          <Typography variant="h6" sx={{ fontWeight: 600, mr: 2 }}>{translate('app.dashboard.welcome', { name: user?.displayName ?? '' })}</Typography>
          <Typography variant="body2" color="text.secondary">{translate('app.dashboard.region')}</Typography>
          <RegionSelects value={ctx.regionCode} onChange={(c) => setCtx((x) => ({ ...x, regionCode: c }))} maxDepth={4} />
          <TextField select fullWidth={false} size="small" label={translate('app.dashboard.year')} value={ctx.year} onChange={(ev) => setCtx((x) => ({ ...x, year: Number(ev.target.value), yearChosen: true }))} sx={{ minWidth: 100 }}>
            {Array.from({ length: FALLBACK_YEARS }, (_, d) => d).map((d) => <MenuItem key={d} value={thisYear - d}>{thisYear - d}</MenuItem>)}
          </TextField>
        </CardContent>
      </Card>
      <Grid container spacing={2} sx={{ mb: 2 }}>
        {pending.available && (
          <Grid size={{ xs: 6, sm: 4, md: 3, lg: 2 }}>
            <Card component={Link} to="/pending" sx={{ textDecoration: 'none', display: 'block', bgcolor: '#fff4e5', borderLeft: '4px solid #ef6c00' }} data-testid="kpi-pending">
              <CardContent sx={{ py: '12px !important' }}>
                <Typography variant="caption" color="text.secondary">{translate('app.dashboard.pending')}</Typography>
                <Typography variant="h5" sx={{ fontWeight: 700, color: '#ef6c00' }}>{pending.rows ? pending.rows.length : '…'}</Typography>
              </CardContent>
            </Card>
          </Grid>
        )}
        {entities.filter((e) => !totals || e.resource in totals).map((e, i) => (
          <Grid size={{ xs: 6, sm: 4, md: 3, lg: 2 }} key={e.resource}>
            <Card component={Link} to={`/${e.resource}`} sx={{ textDecoration: 'none', display: 'block', borderLeft: `4px solid ${COLORS[i % COLORS.length]}` }} data-testid={`kpi-${e.resource}`}>
              <CardContent sx={{ py: '12px !important' }}>
                <Typography variant="caption" color="text.secondary" noWrap component="div">{locale === 'en' ? e.label.enPlural : e.label.zh}</Typography>
                <Typography variant="h5" sx={{ fontWeight: 700, color: COLORS[i % COLORS.length] }}>{totals ? (totals[e.resource] ?? 0).toLocaleString('zh-CN') : '…'}</Typography>
              </CardContent>
            </Card>
          </Grid>
        ))}
      </Grid>
      <Grid container spacing={2}>
        {charts.filter((c) => !refused.has(c.config.id)).map((c) => (
          <Grid size={{ xs: 12, md: 6 }} key={c.config.id}><RollupChart chart={c} ctx={ctx} onRefused={() => refuse(c.config.id)} /></Grid>
        ))}
        {workflows.map((e) => (
          <Grid size={{ xs: 12, md: 6 }} key={e.resource}><StatusChart e={e} ctx={ctx} /></Grid>
        ))}
      </Grid>
    </Box>
  );
}
