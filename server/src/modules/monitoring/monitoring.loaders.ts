import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import { runQuery } from '../../core/db';
import { knexOf } from '../../core/read';

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
