/**
 * One rollup chart of the dashboard: loads the chosen year (or, when the year was not chosen, the
 * latest of the last years with data), then draws the figures above a pie, bar, line or composed
 * chart. The schema reading and the answer's shape are in rollup.ts.
 */
import * as React from 'react';
import { Alert, Box, CircularProgress, Stack, Typography } from '@mui/material';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { getNamedType, isEnumType } from 'graphql';
import { useModel } from '../schema/ModelContext';
import type { AppDataProvider } from '../data/dataProvider';
import { errorMessage } from '../data/errors';
import { asRow } from '../data/row';
import { enumText } from '../format/values';
import { FALLBACK_YEARS } from './charts';
import { COLORS, Ctx, Panel } from './Panel';
import {
  ChartResult,
  ResolvedChart,
  axisNumber,
  chartResult,
  formatFigure,
  hasData,
  isPercentField,
  labelOf,
  rollupOperation,
} from './rollup';

/** The chart's result for the year to show; `onRefused` when the server refuses the rollup (FORBIDDEN). */
function useRollup(chart: ResolvedChart, ctx: Ctx, onRefused?: () => void) {
  const model = useModel();
  const dp = useDataProvider<AppDataProvider>();
  const [locale] = useLocaleState();
  const [result, setResult] = React.useState<ChartResult | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  React.useEffect(() => {
    let live = true;
    setResult(null);
    setError(null);
    const years = ctx.yearChosen ? [ctx.year] : Array.from({ length: FALLBACK_YEARS }, (_, i) => ctx.year - i);
    const xType = getNamedType(chart.rowsType.getFields()[chart.x].type);
    const xText = (v: unknown) => (isEnumType(xType) ? enumText(model, xType.name, v, locale) : v);
    const load = async (year: number) => {
      const op = rollupOperation(chart, ctx.regionCode, year);
      return chartResult(chart, await dp.query(op.query, op.variables), year, xText);
    };
    (async () => {
      let first: ChartResult | undefined;
      for (const year of years) {
        const r = await load(year);
        if (!live) return;
        first ??= r;
        if (hasData(r, chart.series)) {
          setResult(r);
          return;
        }
      }
      setResult(first ?? null);
    })().catch((e) => {
      if (!live) return;
      if (asRow(e)?.status === 403 && onRefused) onRefused();
      else setError(errorMessage(e));
    });
    return () => {
      live = false;
    };
  }, [chart, ctx.regionCode, ctx.year, ctx.yearChosen, dp, locale, model]);
  return { result, error };
}

function ChartBody({ chart, result }: { chart: ResolvedChart; result: ChartResult }) {
  const [locale] = useLocaleState();
  const k = chart.config.kind;
  const names = Object.fromEntries(chart.series.map((s) => [s.field, labelOf(chart.rowsType, s.field, locale)]));
  const tooltip = <Tooltip formatter={(v, n, item) => [formatFigure(String(item?.dataKey), v, chart.rowsType), n]} />;
  if (k === 'pie') {
    return (
      <ResponsiveContainer width="100%" height={240}>
        <PieChart>
          <Pie
            data={result.rows}
            dataKey={chart.series[0].field}
            nameKey="x"
            outerRadius={80}
            label={(p) => `${p.x} ${p.value}`}
            isAnimationActive={false}
          >
            {result.rows.map((_, i) => (
              <Cell key={i} fill={COLORS[i % COLORS.length]} />
            ))}
          </Pie>
          {tooltip}
          <Legend />
        </PieChart>
      </ResponsiveContainer>
    );
  }
  // the three cartesian charts take the same props and children
  const Chart: typeof ComposedChart = k === 'line' ? LineChart : k === 'bar' ? BarChart : ComposedChart;
  const right = chart.series.some((s) => s.axis === 'right');
  const rightPercent = chart.series.some((s) => s.axis === 'right' && isPercentField(chart.rowsType.getFields()[s.field]));
  return (
    <ResponsiveContainer width="100%" height={240}>
      <Chart data={result.rows} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="x" tick={{ fontSize: 12 }} />
        <YAxis yAxisId="left" tick={{ fontSize: 12 }} width={64} tickFormatter={axisNumber} />
        {right && (
          <YAxis
            yAxisId="right"
            orientation="right"
            tick={{ fontSize: 12 }}
            tickFormatter={(v: number) => (rightPercent ? `${v}%` : `${Math.round(v * 100)}%`)}
          />
        )}
        {tooltip}
        <Legend />
        {chart.series.map((s, i) =>
          (s.kind ?? (k === 'line' ? 'line' : 'bar')) === 'line' ? (
            <Line
              key={s.field}
              yAxisId={s.axis ?? 'left'}
              type="linear"
              dataKey={s.field}
              name={names[s.field]}
              stroke={COLORS[i % COLORS.length]}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ) : (
            <Bar
              key={s.field}
              yAxisId={s.axis ?? 'left'}
              dataKey={s.field}
              name={names[s.field]}
              fill={COLORS[i % COLORS.length]}
              isAnimationActive={false}
            />
          ),
        )}
      </Chart>
    </ResponsiveContainer>
  );
}

function Figures({ chart, result }: { chart: ResolvedChart; result: ChartResult }) {
  const [locale] = useLocaleState();
  return (
    <Stack direction="row" spacing={3} sx={{ flexWrap: 'wrap', mb: 1 }} useFlexGap>
      {chart.figures.map((f) => (
        <Box key={f}>
          <Typography variant="caption" color="text.secondary">
            {labelOf(chart.resultType, f, locale)}
          </Typography>
          <Typography variant="h6" sx={{ lineHeight: 1.2 }}>
            {formatFigure(f, result.figures[f], chart.resultType)}
          </Typography>
        </Box>
      ))}
    </Stack>
  );
}

/** `onRefused`: the server refused the rollup (FORBIDDEN): the dashboard leaves the chart out. */
export function RollupChart({ chart, ctx, onRefused }: { chart: ResolvedChart; ctx: Ctx; onRefused?: () => void }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { result, error } = useRollup(chart, ctx, onRefused);
  const title = locale === 'en' ? chart.config.title.en : chart.config.title.zh;
  let body: React.ReactNode;
  if (error) body = <Alert severity="warning">{error}</Alert>;
  else if (!result) body = <CircularProgress size={20} />;
  else if (!hasData(result, chart.series))
    body = (
      <Typography color="text.secondary" sx={{ py: 6, textAlign: 'center' }}>
        {translate('app.dashboard.no_data')}
      </Typography>
    );
  else body = <ChartBody chart={chart} result={result} />;
  return (
    <Panel title={result ? `${title}（${result.year}${locale === 'en' ? '' : '年'}）` : title} testid={`rollup-${chart.config.id}`}>
      {result && chart.figures.length > 0 && <Figures chart={chart} result={result} />}
      {body}
    </Panel>
  );
}
