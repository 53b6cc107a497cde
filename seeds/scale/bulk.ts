import type { Pool } from 'pg';

/**
 * Bulk loading for the scale data: one INSERT … SELECT FROM unnest(arrays) per chunk, so a
 * chunk of 20,000 rows is one statement with one parameter per column.
 */
export interface ColumnSpec {
  name: string;
  /** PostgreSQL array element type: text, int, bigint, bool, timestamptz, date. */
  type: string;
}

/** Column specs from `[name, type]` pairs, the way the generators list them. */
export function columns(spec: [name: string, type: string][]): ColumnSpec[] {
  return spec.map(([name, type]) => ({ name, type }));
}

export async function bulkInsert(pool: Pool, table: string, columns: ColumnSpec[], rows: unknown[][], onChunk?: (n: number) => void, chunk = 20000): Promise<void> {
  const list = columns.map((c) => `"${c.name}"`).join(', ');
  const unnest = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const sql = `insert into "${table}" (${list}) select * from unnest(${unnest})`;
  for (let i = 0; i < rows.length; i += chunk) {
    const slice = rows.slice(i, i + chunk);
    const arrays = columns.map((_, c) => slice.map((r) => r[c]));
    await pool.query(sql, arrays);
    onChunk?.(slice.length);
  }
}
