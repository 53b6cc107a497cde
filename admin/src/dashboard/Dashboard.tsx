/**
 * 工作台: figures and charts filtered by region and year. Three parts, all derived from the schema:
 * record counts per entity, status distribution per workflow entity, and the rollup charts named in
 * charts.ts (each hidden when the server lacks its query).
 */
import * as React from 'react';
import { Link } from 'react-router-dom';
import { Box, Card, CardContent, CircularProgress, Grid, MenuItem, TextField, Typography } from '@mui/material';
import { Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useCanRead, useCurrentUser, useModel } from '../schema/ModelContext';
import type { EntityModel, SchemaModel } from '../schema/model';
import type { AppDataProvider } from '../data/dataProvider';
import { rawRequest } from '../data/transport';
import { asRow } from '../data/row';
import { FALLBACK_YEARS, chartConfigs } from './charts';
import { COLORS, Ctx, Panel } from './Panel';
import { ResolvedChart, resolveChart } from './rollup';
import { RollupChart } from './RollupChart';
import { RegionSelects } from '../inputs/RegionInput';
import { enumText } from '../format/values';
import { usePending } from '../pages/PendingApprovals';

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
    // Two rows of six on a wide screen: every workflow first (the work), then the registers.
    return [...wf, ...rest].slice(0, 12);
  }, [model, canRead]);
  React.useEffect(() => {
    let live = true;
    setTotals(null);
    if (!entities.length) {
      setTotals({});
      return;
    }
    // One small request per list: a list the user may not read (FORBIDDEN; list fields are non-null,
    // so one refusal would void a combined response) is left out instead of blanking every card.
    Promise.all(
      entities.map((e) => {
        const rf = regionFilterOf(e);
        const filter: Record<string, unknown> = {};
        if (rf && ctx.regionCode) filter[rf.name] = { [rf.ops.includes('within') ? 'within' : 'startsWith']: ctx.regionCode };
        return rawRequest(`query DashboardTotal($f: ${e.filterType}) { t: ${e.listQuery}(first: 1, filter: $f) { totalCount } }`, {
          f: filter,
        })
          .then((res) =>
            (res.data as { t?: { totalCount: number } } | null)?.t
              ? [[e.resource, (res.data as { t: { totalCount: number } }).t.totalCount] as const]
              : [],
          )
          .catch(() => []);
      }),
    ).then((all) => {
      if (live) setTotals(Object.fromEntries(all.flat()));
    });
    return () => {
      live = false;
    };
  }, [entities, ctx.regionCode, dp]);
  return { entities, totals };
}

function useStatusCounts(model: SchemaModel, e: EntityModel, ctx: Ctx) {
  const dp = useDataProvider<AppDataProvider>();
  const [rows, setRows] = React.useState<{ status: string; count: number }[] | null>(null);
  React.useEffect(() => {
    let live = true;
    const statusFilter = e.filters.find((f) => f.name === e.workflow?.statusField && f.kind === 'enum');
    const values = e.workflow?.statusEnum ? (model.enums.get(e.workflow.statusEnum)?.values.map((v) => v.value) ?? []) : [];
    if (!statusFilter || !values.length) {
      setRows([]);
      return;
    }
    const rf = regionFilterOf(e);
    const base: Record<string, unknown> = { ...yearFilter(e, ctx.year) };
    if (rf && ctx.regionCode) base[rf.name] = { [rf.ops.includes('within') ? 'within' : 'startsWith']: ctx.regionCode };
    const defs: string[] = [];
    const parts: string[] = [];
    const vars: Record<string, unknown> = {};
    values.forEach((v, i) => {
      defs.push(`$f${i}: ${e.filterType}`);
      vars[`f${i}`] = { ...base, [statusFilter.name]: { eq: v } };
      parts.push(`s${i}: ${e.listQuery}(first: 1, filter: $f${i}) { totalCount }`);
    });
    dp.query(`query StatusCounts(${defs.join(', ')}) { ${parts.join(' ')} }`, vars)
      .then((d) => {
        if (live) setRows(values.map((v, i) => ({ status: v, count: Number(asRow(d[`s${i}`])?.totalCount ?? 0) })));
      })
      .catch(() => {
        if (live) setRows([]);
      });
    return () => {
      live = false;
    };
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
      {!rows ? (
        <CircularProgress size={20} />
      ) : data.every((d) => !d.count) ? (
        <Typography color="text.secondary" sx={{ py: 6, textAlign: 'center' }}>
          {translate('app.dashboard.no_data')}
        </Typography>
      ) : (
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Bar dataKey="count" name={translate('app.dashboard.count')} isAnimationActive={false}>
              {data.map((_, i) => (
                <Cell key={i} fill={COLORS[i % COLORS.length]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      )}
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
          <Typography variant="h6" sx={{ fontWeight: 600, mr: 2 }}>
            {translate('app.dashboard.welcome', { name: user?.displayName ?? '' })}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('app.dashboard.region')}
          </Typography>
          <RegionSelects value={ctx.regionCode} onChange={(c) => setCtx((x) => ({ ...x, regionCode: c }))} maxDepth={4} />
          <TextField
            select
            fullWidth={false}
            size="small"
            label={translate('app.dashboard.year')}
            value={ctx.year}
            onChange={(ev) => setCtx((x) => ({ ...x, year: Number(ev.target.value), yearChosen: true }))}
            sx={{ minWidth: 100 }}
          >
            {Array.from({ length: FALLBACK_YEARS }, (_, d) => d).map((d) => (
              <MenuItem key={d} value={thisYear - d}>
                {thisYear - d}
              </MenuItem>
            ))}
          </TextField>
        </CardContent>
      </Card>
      <Grid container spacing={2} sx={{ mb: 2 }}>
        {pending.available && (
          <Grid size={{ xs: 6, sm: 4, md: 3, lg: 2 }}>
            <Card
              component={Link}
              to="/pending"
              sx={{ textDecoration: 'none', display: 'block', bgcolor: '#fff4e5', borderLeft: '4px solid #ef6c00' }}
              data-testid="kpi-pending"
            >
              <CardContent sx={{ py: '12px !important' }}>
                <Typography variant="caption" color="text.secondary">
                  {translate('app.dashboard.pending')}
                </Typography>
                <Typography variant="h5" sx={{ fontWeight: 700, color: '#ef6c00' }}>
                  {pending.rows ? pending.rows.length : '…'}
                </Typography>
              </CardContent>
            </Card>
          </Grid>
        )}
        {entities
          .filter((e) => !totals || e.resource in totals)
          .map((e, i) => (
            <Grid size={{ xs: 6, sm: 4, md: 3, lg: 2 }} key={e.resource}>
              <Card
                component={Link}
                to={`/${e.resource}`}
                sx={{ textDecoration: 'none', display: 'block', borderLeft: `4px solid ${COLORS[i % COLORS.length]}` }}
                data-testid={`kpi-${e.resource}`}
              >
                <CardContent sx={{ py: '12px !important' }}>
                  <Typography variant="caption" color="text.secondary" noWrap component="div">
                    {locale === 'en' ? e.label.enPlural : e.label.zh}
                  </Typography>
                  <Typography variant="h5" sx={{ fontWeight: 700, color: COLORS[i % COLORS.length] }}>
                    {totals ? (totals[e.resource] ?? 0).toLocaleString('zh-CN') : '…'}
                  </Typography>
                </CardContent>
              </Card>
            </Grid>
          ))}
      </Grid>
      <Grid container spacing={2}>
        {charts
          .filter((c) => !refused.has(c.config.id))
          .map((c) => (
            <Grid size={{ xs: 12, md: 6 }} key={c.config.id}>
              <RollupChart chart={c} ctx={ctx} onRefused={() => refuse(c.config.id)} />
            </Grid>
          ))}
        {workflows.map((e) => (
          <Grid size={{ xs: 12, md: 6 }} key={e.resource}>
            <StatusChart e={e} ctx={ctx} />
          </Grid>
        ))}
      </Grid>
    </Box>
  );
}
