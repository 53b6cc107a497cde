import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import { runQuery } from '../../core/db';
import { applyScope, knexOf } from '../../core/read';
import { resource, rowToObject } from '../../core/resource';
import { CountyEvaluation, FundAllocation, FundSource } from './keycounty.entity';
import type { FundSummary } from './keycounty.outputs';
import { fundSumColumns, fundSummary } from './keycounty.service';

/*
 * Per-key-county aggregates for lists: each loader runs ONE grouped statement for every key county
 * on the page, whatever the page size.
 */

/** Funds of each key county grouped by year and source (optionally one year). */
export function fundsByCounty(ctx: RequestContext, keyCountyId: string, year: number | null): Promise<FundSummary[]> {
  const loader = ctx.loaders.get(
    `keycounty:funds:${year ?? 'all'}`,
    () =>
      new DataLoader<string, FundSummary[]>(async (ids) => {
        const knex = knexOf(ctx);
        const qb = knex('fund_allocation as t')
          .select('t.key_county_id as k', 't.year as year', 't.source as source', ...fundSumColumns(knex))
          .whereIn('t.key_county_id', ids as string[])
          .whereNull('t.archived_at')
          .groupBy('t.key_county_id', 't.year', 't.source')
          .orderBy([{ column: 't.key_county_id' }, { column: 't.year', order: 'desc' }, { column: 't.source' }]);
        if (year !== null) qb.where('t.year', year);
        applyScope(qb, resource(FundAllocation), ctx);
        const rows = await runQuery<Record<string, unknown>>(ctx.em, qb);
        const out = new Map<string, FundSummary[]>();
        for (const r of rows) {
          const list = out.get(String(r.k)) ?? [];
          list.push(fundSummary(r.source as FundSource, Number(r.year), r));
          out.set(String(r.k), list);
        }
        return ids.map((id) => out.get(id) ?? []);
      }),
  );
  return loader.load(keyCountyId);
}

/** Latest evaluation of each key county: highest year, ANNUAL after Q4 after … Q1; one statement with a window function. */
export function latestEvaluation(ctx: RequestContext, keyCountyId: string): Promise<CountyEvaluation | null> {
  const loader = ctx.loaders.get(
    'keycounty:latestEvaluation',
    () =>
      new DataLoader<string, CountyEvaluation | null>(async (ids) => {
        const knex = knexOf(ctx);
        const res = resource(CountyEvaluation);
        const inner = knex('county_evaluation as t')
          .select(res.columns.map((c) => `t.${c.column} as ${c.prop}`))
          .select(
            knex.raw(
              `row_number() over (partition by t.key_county_id order by t.year desc, case t.period when 'ANNUAL' then 5 when 'Q4' then 4 when 'Q3' then 3 when 'Q2' then 2 else 1 end desc) as __rn`,
            ),
          )
          .whereIn('t.key_county_id', ids as string[])
          .whereNull('t.archived_at');
        applyScope(inner, res, ctx);
        const rows = await runQuery<Record<string, unknown>>(ctx.em, knex.select('*').from(inner.as('x')).where('x.__rn', 1));
        const byCounty = new Map(rows.map((r) => [String(r.keyCountyId), rowToObject(res, r) as CountyEvaluation]));
        return ids.map((id) => byCounty.get(id) ?? null);
      }),
  );
  return loader.load(keyCountyId);
}
