/** A record or nested object as the API returns it: field name -> JSON value. */
export type Row = Record<string, unknown>;

/** The value as an object (a Region, a referenced record, a connection), or undefined for anything else. */
export function asRow(v: unknown): Row | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Row) : undefined;
}

/** The objects of a list value; anything else (null, a missing field) is no rows. */
export function asRows(v: unknown): Row[] {
  return Array.isArray(v) ? v.map(asRow).filter((r): r is Row => !!r) : [];
}
