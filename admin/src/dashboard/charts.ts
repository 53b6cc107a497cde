/**
 * Dashboard charts as data. Each names a rollup query, how to build its arguments from the
 * dashboard's filters (region, year), and which fields to plot. A chart whose query (or its x
 * field and every series) the schema does not have is hidden, so this may name rollups the server
 * adds later. Labels come from the schema's descriptions of the plotted fields.
 *
 * Field names follow the server's rollups in schema.graphql: welfareRollup (WelfareRollup, one
 * period per call, so the monthly charts ask for months 1–12 as aliases of one request),
 * keyCountyRollup (KeyCountyRollup.fundsBySource), workTeamRollup (WorkTeamRollup.byVillageType),
 * cooperationSummary (CooperationSummary.byStatus, by helped province), consumptionRollup
 * (ConsumptionRollup.groups by channel) and monitoringRollup (MonitoringRollup.byStatus, .visitsByQuarter).
 */
export interface ChartSeries {
  field: string;
  kind?: 'bar' | 'line';
  axis?: 'left' | 'right';
}

export interface ChartConfig {
  id: string;
  title: { zh: string; en: string };
  query: string;
  /** Field inside the query's result holding the rows, when the result is an object. */
  rowsPath?: string;
  /**
   * The query returns one period per call and takes a `month` argument: the rows are the 12
   * months of the year (x = 'YYYY-MM'), each row the query's result for that month; the series
   * and figures are fields of the result, the figures taken for the whole year.
   */
  perMonth?: boolean;
  kind: 'bar' | 'line' | 'pie' | 'composed';
  x: string;
  series: ChartSeries[];
  /** Fields of the result (not the rows) shown as figures above the chart; 'a.b' reads field b of object field a. */
  figures?: string[];
  /** Fixed argument values of this chart's query (sent only when the query declares them). */
  args?: Record<string, unknown>;
}

export const chartConfigs: ChartConfig[] = [
  {
    id: 'monitoring-status',
    title: { zh: '防止返贫监测对象（按状态）', en: 'Monitoring cases by status' },
    query: 'monitoringRollup',
    rowsPath: 'byStatus',
    kind: 'bar',
    x: 'status',
    series: [{ field: 'count', kind: 'bar' }],
    figures: ['households', 'householdsBelowLine', 'cases', 'decidedWithinDeadlineShare', 'overdue', 'eliminated'],
  },
  {
    id: 'monitoring-visits',
    title: { zh: '走访覆盖（按季度）', en: 'Household visits by quarter' },
    query: 'monitoringRollup',
    rowsPath: 'visitsByQuarter',
    kind: 'composed',
    x: 'quarter',
    series: [
      { field: 'visits', kind: 'bar' },
      { field: 'householdsVisited', kind: 'bar' },
      { field: 'coverage', kind: 'line', axis: 'right' },
    ],
    figures: ['households'],
  },
  {
    id: 'welfare-monthly',
    title: { zh: '公益性岗位：岗位与在岗人数（按月）', en: 'Welfare posts and people on post by month' },
    query: 'welfareRollup',
    perMonth: true,
    kind: 'bar',
    x: 'period',
    series: [
      { field: 'posts', kind: 'bar' },
      { field: 'places', kind: 'bar' },
      { field: 'onPost', kind: 'bar' },
      { field: 'povertyExitedOnPost', kind: 'bar' },
    ],
    figures: ['posts', 'places', 'filledPlaces', 'vacantPlaces', 'onPost', 'povertyExitedShare'],
  },
  {
    id: 'welfare-subsidy',
    title: { zh: '岗位补贴发放金额（按月）', en: 'Subsidy paid by month' },
    query: 'welfareRollup',
    perMonth: true,
    kind: 'line',
    x: 'period',
    series: [
      { field: 'subsidyCalculated', kind: 'line' },
      { field: 'subsidyPaid', kind: 'line' },
    ],
    figures: ['subsidyCalculated', 'subsidyPaid'],
  },
  {
    id: 'key-county-funds',
    title: { zh: '衔接资金：按来源的支出进度与开工率', en: 'Linkage funds by source: disbursement and start rate' },
    query: 'keyCountyRollup',
    rowsPath: 'fundsBySource',
    kind: 'composed',
    x: 'source',
    series: [
      { field: 'amount', kind: 'bar' },
      { field: 'disbursed', kind: 'bar' },
      { field: 'disbursementRate', kind: 'line', axis: 'right' },
      { field: 'startRate', kind: 'line', axis: 'right' },
    ],
    figures: [
      'fundsTotal.amount',
      'fundsTotal.disbursed',
      'fundsTotal.disbursementRate',
      'fundsTotal.projectCount',
      'fundsTotal.startRate',
    ],
  },
  {
    id: 'work-team-village-type',
    title: { zh: '驻村工作队（按村类型）', en: 'Resident work teams by village type' },
    query: 'workTeamRollup',
    rowsPath: 'byVillageType',
    kind: 'bar',
    x: 'villageType',
    series: [
      { field: 'teams', kind: 'bar' },
      { field: 'cadresOnDuty', kind: 'bar' },
      { field: 'firstSecretaries', kind: 'bar' },
    ],
    figures: ['teams', 'cadresOnDuty', 'membersOverdueForTraining'],
  },
  {
    id: 'cooperation-status',
    title: { zh: '东西部协作项目（按状态）', en: 'Cooperation projects by status' },
    query: 'cooperationSummary',
    rowsPath: 'byStatus',
    kind: 'pie',
    x: 'status',
    series: [{ field: 'count' }],
    figures: ['projects', 'startRate', 'fundsInPlace', 'fundsDisbursed', 'disbursementRate', 'investmentAttracted'],
  },
  {
    id: 'consumption-channel',
    title: { zh: '消费帮扶销售额（按渠道）', en: 'Assisted sales by channel' },
    query: 'consumptionRollup',
    rowsPath: 'groups',
    kind: 'bar',
    x: 'label',
    args: { groupBy: 'CHANNEL' },
    series: [
      { field: 'assistedAmount', kind: 'bar' },
      { field: 'totalAmount', kind: 'bar' },
    ],
    figures: ['assistedAmount', 'totalAmount', 'unassistedAmount', 'rows'],
  },
];

/** Argument values offered to rollup queries; only the ones a query declares are sent. */
export function rollupArgs(regionCode: string | null, year: number): Record<string, unknown> {
  return {
    // Required region arguments: empty means "your whole jurisdiction" where the server allows it.
    regionCode: regionCode ?? '',
    // Cooperation is summarised by helped province: the province of the selected region.
    helpedProvince: regionCode && regionCode.length >= 2 ? regionCode.slice(0, 2) : undefined,
    year,
  };
}

/** Years tried, newest first, when the year was not chosen and the default year has no data (back to 2021, the Inner Mongolia demo figures). */
export const FALLBACK_YEARS = 6;
