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
  let total = 0;
  const send = async (chunk: string | Uint8Array, rows: number) => {
    // 'once' rejects when the stream errors (a row PostgreSQL refuses), so a failed COPY cannot hang here.
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
