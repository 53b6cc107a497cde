import type { Knex } from 'knex';
import { v7 as uuidv7 } from 'uuid';

/*
 * Records that were already in publicity before publicity became a first-class step (core/publicity.ts)
 * have no Publicity row, so their next step would be refused with PUBLICITY_MISSING, they would be
 * missing from the printed list and objections could not be recorded against them. The data
 * migration `publicity_backfill` (both databases) calls this once; a test calls it on a database
 * made to look old. Kept free of entities and decorators so a migration can import it.
 */

/** The workflows that had a PUBLICIZING status before the upgrade, and their tables (status, region_code, publicized_at). */
export const LEGACY_PUBLICITY_TABLES: readonly { workflow: string; table: string }[] = [
  { workflow: 'JobPlacement', table: 'job_placement' },
  { workflow: 'AssistanceProduct', table: 'assistance_product' },
];

export interface BackfillIo {
  knex: Knex;
  /** Runs a query in the caller's transaction (the migration's, or a test's connection) and returns its rows. */
  run(query: Knex.QueryBuilder): Promise<{ [k: string]: unknown }[]>;
  /** A Date as the database stores it (SQLite keeps epoch milliseconds). */
  toDb(at: Date): unknown;
  /** PUBLICITY_MIN_DAYS as configured now: the value that governed these records before the upgrade. */
  minDays: number;
  now: Date;
}

export interface BackfillResult {
  created: number;
  /** Records left without a row because no government body covers them (their next step stays refused). */
  skipped: string[];
}

const DAY_MS = 86_400_000;

function toDate(raw: unknown): Date | null {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof Date) return raw;
  const d = new Date(typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : (raw as string | number));
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * One open Publicity row per record in PUBLICIZING that has none: started when the record was
 * publicized (its publicizedAt, else the history row that entered PUBLICIZING, else its last
 * change), for the configured minimum days, published by the nearest government body (党政机关)
 * whose region contains the record — the column is required, and a region name is not a publisher.
 * Idempotent: a record that has an open row is left alone.
 */
export async function backfillPublicities(io: BackfillIo): Promise<BackfillResult> {
  const { knex } = io;
  const result: BackfillResult = { created: 0, skipped: [] };
  for (const { workflow, table } of LEGACY_PUBLICITY_TABLES) {
    const rows = await io.run(
      knex(`${table} as t`)
        .select('t.id', 't.region_code', 't.publicized_at', 't.updated_at')
        .where('t.status', 'PUBLICIZING')
        .whereNotExists(
          knex('publicity as p')
            .select(knex.raw('1'))
            .where('p.workflow', workflow)
            .whereRaw('p.entity_id = t.id')
            .whereNull('p.closed_at'),
        )
        .orderBy('t.id'),
    );
    for (const row of rows) {
      const id = String(row.id);
      const region = String(row.region_code ?? '');
      let startedAt = toDate(row.publicized_at);
      if (!startedAt) {
        const [step] = await io.run(
          knex('workflow_step')
            .select('at')
            .where({ workflow, entity_id: id, to_status: 'PUBLICIZING' })
            .orderBy([
              { column: 'at', order: 'desc' },
              { column: 'id', order: 'desc' },
            ])
            .limit(1),
        );
        startedAt = toDate(step?.at) ?? toDate(row.updated_at) ?? io.now;
      }
      const prefixes = [2, 4, 6, 9, 12].filter((n) => n <= region.length).map((n) => region.slice(0, n));
      const [org] = prefixes.length
        ? await io.run(
            knex('organization')
              .select('id', 'name')
              .where('kind', 'PARTY_GOVERNMENT')
              .whereNull('archived_at')
              .whereIn('region_code', prefixes)
              .orderByRaw('length(region_code) desc')
              .orderBy('name')
              .limit(1),
          )
        : [];
      if (!org) {
        result.skipped.push(`${workflow} ${id}`);
        continue;
      }
      await io.run(
        knex('publicity').insert({
          id: uuidv7(),
          created_at: io.toDb(io.now),
          updated_at: io.toDb(io.now),
          version: 1,
          workflow,
          entity_id: id,
          region_code: region,
          started_at: io.toDb(startedAt),
          min_days: io.minDays,
          ends_at: io.toDb(new Date(startedAt.getTime() + io.minDays * DAY_MS)),
          publisher_id: String(org.id),
          publisher_name: String(org.name),
        }),
      );
      result.created++;
    }
  }
  return result;
}

/**
 * PUBLICITY_MIN_DAYS as the server reads it (a positive integer), else the default 5. The value in
 * force when each record was publicized was never stored; the one configured at upgrade time is the
 * one the old check applied to them, and 5 is the default when nothing is configured.
 */
export function configuredMinDays(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.PUBLICITY_MIN_DAYS);
  return Number.isInteger(n) && n > 0 ? n : 5;
}
