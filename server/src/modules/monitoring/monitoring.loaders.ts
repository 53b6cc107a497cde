import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import { runQuery } from '../../core/db';
import { can } from '../../core/access';
import { clock } from '../../core/clock';
import { monitoringPermissions } from './monitoring.access';
import { applyScope, knexOf } from '../../core/read';
import { resource } from '../../core/resource';
import { MonitoringCase, MonitoringCaseStatus } from './monitoring.entity';
import { UNDECIDED } from './monitoring.rules';

/** Income records of a year per household, summed in fen: one grouped statement for every household on the page. */
export function incomeTotal(ctx: RequestContext, householdId: string, year: number): Promise<number | null> {
  const loader = ctx.loaders.get(
    `monitoring:incomeTotal:${year}`,
    () =>
      new DataLoader<string, number | null>(async (ids) => {
        const rows = await runQuery<{ k: string; total: number | string }>(
          ctx.em,
          knexOf(ctx)('household_income as t')
            .select('t.household_id as k')
            .sum({ total: 't.amount' })
            .whereIn('t.household_id', ids as string[])
            .where('t.year', year)
            .whereNull('t.archived_at')
            .groupBy('t.household_id'),
        );
        const byHousehold = new Map(rows.map((r) => [String(r.k), Number(r.total)]));
        return ids.map((id) => byHousehold.get(id) ?? null);
      }),
  );
  return loader.load(householdId);
}

export interface LineRow {
  amount: number;
  effectiveFrom: string;
}

/** A province's monitoring lines, latest first: one statement for every province on the page. */
export function linesOfProvince(ctx: RequestContext, provinceCode: string): Promise<LineRow[]> {
  const loader = ctx.loaders.get(
    'monitoring:lines',
    () =>
      new DataLoader<string, LineRow[]>(async (codes) => {
        const rows = await runQuery<{ province_code: string; amount: number | string; effective_from: string }>(
          ctx.em,
          knexOf(ctx)('monitoring_line as t')
            .select('t.province_code', 't.amount', 't.effective_from')
            .whereIn('t.province_code', codes as string[])
            .whereNull('t.archived_at')
            .orderBy('t.effective_from', 'desc'),
        );
        return codes.map((code) =>
          rows.filter((r) => r.province_code === code).map((r) => ({ amount: Number(r.amount), effectiveFrom: String(r.effective_from) })),
        );
      }),
  );
  return loader.load(provinceCode);
}

export interface CountyMonitoringCounts {
  /** Cases identified and not yet eliminated: households under monitoring now. */
  monitored: number;
  /** Undecided cases past their 15 days. */
  overdue: number;
  /** Cases whose risk was eliminated. */
  eliminated: number;
}

/** Monitoring figures per county, null without monitoring.read: one grouped statement for every county on the page. */
export async function monitoringInCounty(ctx: RequestContext, countyCode: string): Promise<CountyMonitoringCounts | null> {
  if (!can(ctx.actor, monitoringPermissions.read)) return null;
  const loader = ctx.loaders.get(
    'monitoring:byCounty',
    () =>
      new DataLoader<string, CountyMonitoringCounts>(async (codes) => {
        const knex = knexOf(ctx);
        const county = knex.raw('substr(c.region_code, 1, 6)');
        const qb = knex('monitoring_case as c')
          .select({ k: county })
          .select(
            knex.raw('coalesce(sum(case when c.status = ? then 1 else 0 end), 0) as monitored', [MonitoringCaseStatus.IDENTIFIED]),
            knex.raw(
              `coalesce(sum(case when c.status in (${UNDECIDED.map(() => '?').join(', ')}) and c.deadline < ? then 1 else 0 end), 0) as overdue`,
              [...UNDECIDED, clock.today()],
            ),
            knex.raw('coalesce(sum(case when c.status = ? then 1 else 0 end), 0) as eliminated', [MonitoringCaseStatus.ELIMINATED]),
          )
          // One prefix condition per county keeps the region-code index usable.
          .where((w) => {
            for (const code of codes) w.orWhere('c.region_code', 'like', `${code}%`);
          })
          .whereNull('c.archived_at')
          .groupBy(county);
        applyScope(qb, resource(MonitoringCase), ctx, 'c');
        const rows = await runQuery<{ k: string; monitored: unknown; overdue: unknown; eliminated: unknown }>(ctx.em, qb);
        const byCounty = new Map(rows.map((r) => [String(r.k), r]));
        return codes.map((code) => {
          const r = byCounty.get(code);
          return { monitored: Number(r?.monitored ?? 0), overdue: Number(r?.overdue ?? 0), eliminated: Number(r?.eliminated ?? 0) };
        });
      }),
  );
  return loader.load(countyCode);
}
