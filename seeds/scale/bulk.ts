import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/*
 * Bulk loading for the scale data. Rows go in by COPY … FROM STDIN (text format) on a connection of
 * their own: PostgreSQL parses the stream in one pass, several times faster than INSERT … unnest,
 * and Node sends it in ~1 MB chunks instead of one statement per 20,000 rows.
 */

/** Rows buffered before a chunk goes to the server: large enough to amortize a write, small enough to show progress. */
const CHUNK_ROWS = 5_000;

const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value in COPY text format: \N for null, t/f, ISO timestamps, and the four characters the format reserves escaped. */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : value;
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** Rows as COPY text (tab-separated lines), the form worker threads hand over ready to send. */
export function copyText(rows: readonly (readonly unknown[])[]): string {
  let text = '';
  for (const row of rows) text += row.map(copyValue).join('\t') + '\n';
  return text;
}

/** Rows already in COPY text format, made elsewhere (a worker thread): the bytes and how many rows they hold. */
export interface CopyChunk {
  text: Uint8Array;
  rows: number;
}

/**
 * Streams rows into `table` with one COPY. `source` yields either rows (values in `columns` order;
 * strings, numbers, booleans, Dates, null) or chunks already encoded by `copyText`. `onRows` is told
 * how many rows each chunk held, for a progress bar.
 */
export async function copyInto(
  pool: Pool,
  table: string,
  columns: readonly string[],
  source: Iterable<readonly unknown[]> | AsyncIterable<CopyChunk>,
  onRows?: (n: number) => void,
): Promise<number> {
  const client = await pool.connect();
  const stream = client.query(copyFrom(`copy "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) from stdin`));
  // PostgreSQL may refuse a row while this side is busy making the next chunk: keep the error for then
  // (an 'error' event nobody listens to would end the process).
  let refused: Error | undefined;
  stream.on('error', (e) => (refused ??= e));
  let total = 0;
  const send = async (chunk: string | Uint8Array, rows: number) => {
    if (refused) throw refused;
    // 'once' rejects if the stream errors meanwhile, so a failed COPY cannot hang here.
    if (!stream.write(chunk)) await once(stream, 'drain');
    total += rows;
    onRows?.(rows);
  };
  try {
    if (Symbol.asyncIterator in source) {
      for await (const chunk of source) await send(chunk.text, chunk.rows);
    } else {
      let batch: (readonly unknown[])[] = [];
      for (const row of source) {
        batch.push(row);
        if (batch.length >= CHUNK_ROWS) {
          await send(copyText(batch), batch.length);
          batch = [];
        }
      }
      if (batch.length) await send(copyText(batch), batch.length);
    }
    stream.end();
    await finished(stream);
    client.release();
    return total;
  } catch (e) {
    // Aborts the COPY (PostgreSQL rolls it back) and discards the connection rather than reuse it mid-protocol.
    stream.destroy();
    client.release(true);
    throw e;
  }
}

/** Secondary indexes, unique constraints and foreign keys of some tables, dropped for a load and made again after it. */
export interface DeferredIndexes {
  /** How many statements rebuilding takes in all. */
  count: number;
  /**
   * Starts rebuilding the indexes of tables that are fully loaded, on one session in the background,
   * so the builds overlap the next tables' loads and fill the gaps those leave on the cores, rather
   * than all waiting for the end.
   */
  rebuild(tables: readonly string[]): void;
  /** Rebuilds the indexes left (two sessions at once), waits for those in the background, then adds the foreign keys (which validate the data). */
  restore(onStep?: () => void): Promise<void>;
}

/**
 * A table loads several times faster without its indexes, and an index built once over the loaded
 * table is cheaper than one kept up row by row; per-row foreign-key triggers cost more than one
 * validating join at the end. So drop each table's secondary indexes, unique constraints and
 * outgoing foreign keys, and keep the primary keys (other tables' foreign keys point at them).
 * Definitions come from the catalog (pg_get_indexdef / pg_get_constraintdef), so what is rebuilt is
 * what the migrations made, under the same names.
 */
export async function deferIndexes(pool: Pool, tables: readonly string[]): Promise<DeferredIndexes> {
  const { rows: indexes } = await pool.query<{ table: string; name: string; def: string }>(
    `select c.relname as "table", x.relname as name, pg_get_indexdef(i.indexrelid) as def
       from pg_index i join pg_class c on c.oid = i.indrelid join pg_class x on x.oid = i.indexrelid
      where c.relnamespace = 'public'::regnamespace and c.relname = any($1) and not i.indisprimary
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid and k.conrelid = i.indrelid)
      order by c.relname, x.relname`,
    [tables],
  );
  const { rows: constraints } = await pool.query<{ table: string; name: string; def: string; kind: 'u' | 'f' }>(
    `select c.relname as "table", k.conname as name, pg_get_constraintdef(k.oid) as def, k.contype as kind
       from pg_constraint k join pg_class c on c.oid = k.conrelid
      where c.relnamespace = 'public'::regnamespace and c.relname = any($1) and k.contype in ('u', 'f')
      order by c.relname, k.conname`,
    [tables],
  );
  // Foreign keys first: a unique constraint cannot go while a foreign key depends on it.
  for (const k of [...constraints].sort((a, b) => a.kind.localeCompare(b.kind)))
    await pool.query(`alter table "${k.table}" drop constraint "${k.name}"`);
  for (const i of indexes) await pool.query(`drop index "${i.name}"`);

  let unqueued = [
    ...indexes.map((i) => ({ table: i.table, sql: i.def })),
    ...constraints
      .filter((k) => k.kind === 'u')
      .map((k) => ({ table: k.table, sql: `alter table "${k.table}" add constraint "${k.name}" ${k.def}` })),
  ];
  const foreignKeys = constraints.filter((k) => k.kind === 'f').map((k) => `alter table "${k.table}" add constraint "${k.name}" ${k.def}`);
  const count = unqueued.length + foreignKeys.length;
  const queue: typeof unqueued = [];
  const sessions: Promise<void>[] = [];
  const failures: string[] = [];
  let sessionLimit = 1;
  let active = 0;
  let done = 0;
  let onStep: (() => void) | undefined;
  const run = async (sql: string) => {
    try {
      await pool.query(sql);
    } catch (e) {
      failures.push(`${sql}: ${(e as Error).message}`);
    }
    done++;
    onStep?.();
  };
  // Sessions take statements off the queue until it is empty; more start while fewer than the limit run.
  const startSessions = () => {
    while (active < sessionLimit && queue.length) {
      active++;
      sessions.push(
        (async () => {
          for (let next = queue.shift(); next; next = queue.shift()) await run(next.sql);
          active--;
        })(),
      );
    }
  };
  return {
    count,
    rebuild(tables) {
      queue.push(...unqueued.filter((s) => tables.includes(s.table)));
      unqueued = unqueued.filter((s) => !tables.includes(s.table));
      startSessions();
    },
    async restore(step) {
      for (let i = 0; i < done; i++) step?.();
      onStep = step;
      // What is left, largest tables first, so the two sessions finish together rather than one
      // working alone through a big table at the end.
      queue.push(...unqueued.splice(0));
      const sizes = new Map<string, number>();
      for (const { table } of queue) {
        if (!sizes.has(table)) sizes.set(table, Number((await pool.query(`select pg_relation_size($1) as n`, [table])).rows[0].n));
      }
      queue.sort((a, b) => sizes.get(b.table)! - sizes.get(a.table)!);
      sessionLimit = 2;
      startSessions();
      await Promise.all(sessions);
      // One at a time: two foreign keys onto the same table would only queue for its lock.
      for (const sql of foreignKeys) await run(sql);
      if (failures.length) throw new Error(`Could not restore ${failures.length} indexes or constraints:\n${failures.join('\n')}`);
    },
  };
}
