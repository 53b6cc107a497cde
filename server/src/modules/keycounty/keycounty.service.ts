import type { Knex } from 'knex';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { CrudService, assignDefined } from '../../core/crud';
import { resource } from '../../core/resource';
import { Problems, conflict, invalid } from '../../core/errors';
import { enumLabel } from '../../core/validation';
import { inJurisdiction } from '../../core/access';
import { percent, rollupRegion } from '../../core/rollup';
import { keyCountyPermissions } from './keycounty.access';
import type { RequestContext } from '../../core/context';
import { runQuery } from '../../core/db';
import { applyScope, knexOf } from '../../core/read';
import { requireRegion } from '../region/region.service';
import { RegionLevel } from '../region/region.entity';
import { CountyEvaluation, FundAllocation, FundPurpose, FundSource, KeyCounty, KeyCountyLevel, KeyCountyStatus } from './keycounty.entity';
import type {
  CreateCountyEvaluationInput,
  CreateFundAllocationInput,
  CreateKeyCountyInput,
  UpdateCountyEvaluationInput,
  UpdateFundAllocationInput,
  UpdateKeyCountyInput,
} from './keycounty.inputs';
import type { FundSummary, KeyCountyRollup } from './keycounty.outputs';

/*
 * Ratios (支出进度, 开工率, industry share) are never stored: they are computed from the integer
 * columns. As fields they are percentages by the API's one rounding rule (core/rollup.ts `percent`);
 * as filters they are compared exactly in SQL as `numerator * 10000 <op> hundredths * denominator`.
 */

const PERCENT_OPS: Record<string, string> = { lt: '<', lte: '<=', gt: '>', gte: '>=' };

/** Adds `num / den <op> p %` for each given operator, exactly, and only where den > 0. */
export function wherePercent(
  qb: Knex.QueryBuilder,
  numerator: string,
  denominator: string,
  value: unknown,
  field: string,
  method: 'whereRaw' | 'havingRaw' = 'whereRaw',
): void {
  const ops = (value ?? {}) as Record<string, unknown>;
  let any = false;
  for (const [op, sql] of Object.entries(PERCENT_OPS)) {
    const p = ops[op];
    if (p === undefined || p === null) continue;
    if (typeof p !== 'number' || !Number.isFinite(p) || p < 0 || p > 100000)
      throw invalid(`filter.${field}.${op}`, 'range', `${field} 须为 0 以上的百分数 (a percentage ≥ 0)`);
    qb[method](`(${numerator}) * 10000 ${sql} ? * (${denominator})`, [Math.round(p * 100)]);
    any = true;
  }
  if (any) qb[method](`(${denominator}) > 0`);
}

/* ---------- KeyCounty ---------- */

export const keyCountyService = new CrudService<KeyCounty, CreateKeyCountyInput, UpdateKeyCountyInput>(KeyCounty, {
  async build(_ctx, em, input) {
    await requireRegion(em, 'countyCode', input.countyCode, [RegionLevel.COUNTY]);
    const existing = await em.findOne(KeyCounty, { countyCode: input.countyCode });
    if (existing) {
      throw conflict(
        'UNIQUE_KEY_COUNTY',
        `该县已是重点帮扶县（${enumLabel(KeyCountyLevel, existing.level)}，${existing.designatedYear}年）(this county is already a key county${existing.archivedAt ? ', archived: restore it instead' : ''})`,
        { field: 'countyCode', existingId: existing.id },
      );
    }
    const county = new KeyCounty();
    assignDefined(county, input);
    county.notes = input.notes?.trim() || null;
    return county;
  },
  async apply(_ctx, _em, county, input) {
    assignDefined(county, input);
  },
  async beforeArchive(_ctx, em, county) {
    const funds = await em.count(FundAllocation, { keyCountyId: county.id, archivedAt: null });
    if (funds) throw conflict('IN_USE', `该县仍有 ${funds} 条衔接资金记录，请先归档 (archive its ${funds} fund allocations first)`);
  },
});

/* ---------- CountyEvaluation ---------- */

/**
 * The key county an evaluation or allocation belongs to, read-only: loaded outside the identity map
 * so adding a child never rewrites (and re-versions) the county row.
 */
async function keyCountyFor(ctx: RequestContext, em: SqlEntityManager, id: string): Promise<KeyCounty> {
  const county = await em.findOne(KeyCounty, { id }, { disableIdentityMap: true });
  if (!county || (ctx.actor && !inJurisdiction(ctx.actor, county.countyCode, 'keycounty'))) {
    throw invalid('keyCountyId', 'exists', `重点帮扶县 ${id} 不存在或不在管辖范围内 (no such key county)`);
  }
  if (county.archivedAt) throw conflict('ARCHIVED', '重点帮扶县已归档 (the key county is archived)', { field: 'keyCountyId' });
  return county;
}

function growthToBasisPoints(problems: Problems, value: number | null | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const bp = Math.round(value * 100);
  if (!Number.isFinite(value) || Math.abs(value * 100 - bp) > 1e-6 || Math.abs(bp) > 10_000_000) {
    problems.add(
      'incomeGrowth',
      'decimals',
      '增长率须为最多两位小数的百分数，如 13.98 (growth must be a percentage with at most two decimals)',
    );
    return undefined;
  }
  return bp;
}

function checkEvaluation(problems: Problems, e: Partial<CountyEvaluation>): void {
  for (const f of ['ruralIncomePerCapita', 'povertyExitedIncomePerCapita'] as const) {
    if (e[f] !== undefined && e[f] !== null && e[f]! < 0) problems.add(f, 'min', `${f} 不能为负 (cannot be negative)`);
  }
  if (e.monitoredHouseholds != null && e.riskEliminatedHouseholds != null && e.riskEliminatedHouseholds > e.monitoredHouseholds) {
    problems.add(
      'riskEliminatedHouseholds',
      'notMoreThanMonitored',
      '已消除风险户数不能多于监测户数 (risk-eliminated households cannot exceed monitored households)',
    );
  }
}

export const countyEvaluationService = new CrudService<CountyEvaluation, CreateCountyEvaluationInput, UpdateCountyEvaluationInput>(
  CountyEvaluation,
  {
    async build(ctx, em, input) {
      const county = await keyCountyFor(ctx, em, input.keyCountyId);
      const problems = new Problems();
      const { incomeGrowth, ...rest } = input;
      const evaluation = new CountyEvaluation();
      assignDefined(evaluation, rest);
      evaluation.countyCode = county.countyCode;
      evaluation.incomeGrowthBasisPoints = growthToBasisPoints(problems, incomeGrowth) ?? null;
      checkEvaluation(problems, evaluation);
      problems.throwIfAny();
      if (await em.count(CountyEvaluation, { keyCountyId: county.id, year: input.year, period: input.period })) {
        throw conflict(
          'UNIQUE_EVALUATION',
          `该县 ${input.year} 年 ${input.period} 已有监测评估 (an evaluation for this county and period exists)`,
          { field: 'period' },
        );
      }
      return evaluation;
    },
    async apply(_ctx, _em, evaluation, input) {
      const problems = new Problems();
      const { incomeGrowth, ...rest } = input;
      const bp = growthToBasisPoints(problems, incomeGrowth);
      const next = { ...evaluation, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) };
      checkEvaluation(problems, next);
      problems.throwIfAny();
      assignDefined(evaluation, rest);
      if (bp !== undefined) evaluation.incomeGrowthBasisPoints = bp;
    },
  },
);

/* ---------- FundAllocation ---------- */

function checkFund(problems: Problems, f: { amount: number; disbursed: number; projectCount: number; projectsStarted: number }): void {
  if (f.amount <= 0) problems.add('amount', 'positive', '下达金额须大于0 (amount must be positive)');
  if (f.disbursed < 0) problems.add('disbursed', 'min', '已支出金额不能为负 (disbursed cannot be negative)');
  if (f.disbursed > f.amount)
    problems.add('disbursed', 'notMoreThanAmount', '已支出金额不能超过下达金额 (disbursed cannot exceed the amount)');
  if (f.projectsStarted > f.projectCount)
    problems.add('projectsStarted', 'notMoreThanProjects', '已开工项目数不能超过项目数 (projects started cannot exceed the project count)');
}

export const fundAllocationService = new CrudService<FundAllocation, CreateFundAllocationInput, UpdateFundAllocationInput>(FundAllocation, {
  async build(ctx, em, input) {
    const county = await keyCountyFor(ctx, em, input.keyCountyId);
    const fund = new FundAllocation();
    assignDefined(fund, input);
    fund.countyCode = county.countyCode;
    const problems = new Problems();
    checkFund(problems, fund);
    problems.throwIfAny();
    return fund;
  },
  async apply(_ctx, _em, fund, input) {
    const next = { ...fund, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as FundAllocation;
    const problems = new Problems();
    checkFund(problems, next);
    problems.throwIfAny();
    assignDefined(fund, input);
  },
});

/* ---------- sums and rollups (GROUP BY in the database) ---------- */

export interface FundSums {
  amount: number;
  disbursed: number;
  industryAmount: number;
  projectCount: number;
  projectsStarted: number;
}

/** The SUM columns every fund aggregate selects. */
export function fundSumColumns(knex: Knex, alias = 't'): Knex.Raw[] {
  return [
    knex.raw(`sum(${alias}.amount) as amount`),
    knex.raw(`sum(${alias}.disbursed) as disbursed`),
    knex.raw(`sum(case when ${alias}.purpose = '${FundPurpose.INDUSTRY}' then ${alias}.amount else 0 end) as industry_amount`),
    knex.raw(`sum(${alias}.project_count) as project_count`),
    knex.raw(`sum(${alias}.projects_started) as projects_started`),
  ];
}

export function fundSummary(source: FundSource | null, year: number | null, row: Record<string, unknown> | FundSums): FundSummary {
  const r = row as Record<string, unknown>;
  const amount = Number(r.amount ?? 0);
  const disbursed = Number(r.disbursed ?? 0);
  const industryAmount = Number(r.industry_amount ?? r.industryAmount ?? 0);
  const projectCount = Number(r.project_count ?? r.projectCount ?? 0);
  const projectsStarted = Number(r.projects_started ?? r.projectsStarted ?? 0);
  return {
    source,
    year,
    amount,
    disbursed,
    industryAmount,
    projectCount,
    projectsStarted,
    disbursementRate: percent(disbursed, amount),
    startRate: percent(projectsStarted, projectCount),
    industryShare: percent(industryAmount, amount),
  };
}

export function addSummaries(list: FundSummary[], year: number | null): FundSummary {
  const total = { amount: 0n, disbursed: 0n, industryAmount: 0n, projectCount: 0n, projectsStarted: 0n };
  for (const s of list) {
    total.amount += BigInt(s.amount);
    total.disbursed += BigInt(s.disbursed);
    total.industryAmount += BigInt(s.industryAmount);
    total.projectCount += BigInt(s.projectCount);
    total.projectsStarted += BigInt(s.projectsStarted);
  }
  return fundSummary(null, year, Object.fromEntries(Object.entries(total).map(([k, v]) => [k, Number(v)])) as unknown as FundSums);
}

const SOURCE_ORDER = [FundSource.CENTRAL, FundSource.PROVINCIAL, FundSource.CITY_COUNTY];
const LEVEL_ORDER = [KeyCountyLevel.NATIONAL, KeyCountyLevel.PROVINCIAL];

export async function keyCountyRollup(ctx: RequestContext, regionCode: string, year: number): Promise<KeyCountyRollup> {
  const { regionCode: code } = rollupRegion(ctx, keyCountyPermissions.read, regionCode);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalid('year', 'range', '年度无效 (year out of range)');
  const knex = knexOf(ctx);

  const countyRes = resource(KeyCounty);
  const levels = knex('key_county as t')
    .select(
      't.level as level',
      knex.raw('count(*) as c'),
      knex.raw(`sum(case when t.status = '${KeyCountyStatus.ACTIVE}' then 1 else 0 end) as a`),
    )
    .where('t.county_code', 'like', `${code}%`)
    .where('t.designated_year', '<=', year)
    .whereNull('t.archived_at')
    .groupBy('t.level');
  applyScope(levels, countyRes, ctx);

  const fundRes = resource(FundAllocation);
  const funds = knex('fund_allocation as t')
    .select('t.source as source', ...fundSumColumns(knex))
    .where('t.county_code', 'like', `${code}%`)
    .where('t.year', year)
    .whereNull('t.archived_at')
    .groupBy('t.source');
  applyScope(funds, fundRes, ctx);

  const [levelRows, fundRows] = await Promise.all([
    runQuery<{ level: KeyCountyLevel; c: unknown; a: unknown }>(ctx.em, levels),
    runQuery<Record<string, unknown>>(ctx.em, funds),
  ]);
  const byLevel = LEVEL_ORDER.map((level) => {
    const r = levelRows.find((x) => x.level === level);
    return { level, count: Number(r?.c ?? 0), active: Number(r?.a ?? 0) };
  });
  const fundsBySource = SOURCE_ORDER.map((source) => fundSummary(source, year, fundRows.find((r) => r.source === source) ?? {}));
  return { regionCode: code, year, byLevel, fundsBySource, fundsTotal: addSummaries(fundsBySource, year) };
}
