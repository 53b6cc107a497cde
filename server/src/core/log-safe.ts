/*
 * Errors as they may be written to the server log. A database driver's error carries the statement
 * with its values inlined (knex formats them into the message) and, on PostgreSQL, the failing row
 * (`detail`: "Failing row contains (…)"), which holds names and encrypted or masked ID numbers.
 * Personal data never goes to logs, so a driver error is logged as what it is and where it happened
 * (class, SQLSTATE, table, column, constraint) and the code path, never its message or values.
 */

interface DriverFields {
  code?: unknown;
  sqlState?: unknown;
  table?: unknown;
  column?: unknown;
  constraint?: unknown;
  routine?: unknown;
}

/** Errors raised by a database driver or by MikroORM/knex on its behalf. */
export function isDriverError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const e = error as Error & DriverFields;
  if (/Exception$/.test(error.constructor.name)) return true;
  // node-postgres (DatabaseError: a five-character SQLSTATE) and better-sqlite3 (SqliteError: SQLITE_…).
  return (
    error.constructor.name === 'DatabaseError' ||
    error.constructor.name === 'SqliteError' ||
    (typeof e.code === 'string' && /^(SQLITE_|[0-9A-Z]{5}$)/.test(e.code))
  );
}

/** The stack's frames only: the first line of a stack repeats the message. */
function frames(error: Error): string {
  return (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trim().startsWith('at '))
    .join('\n');
}

/** A one-line description plus the code path, safe for the log. */
export function describeForLog(error: unknown): string {
  if (!(error instanceof Error)) return `non-error value thrown (${typeof error})`;
  // MikroORM's ValidationError prints the entity, every property of it, into its message.
  const ormValidation = error.constructor.name === 'ValidationError' && 'entity' in error;
  if (!isDriverError(error) && !ormValidation) return error.stack ?? `${error.name}: ${error.message}`;
  const e = error as Error & DriverFields;
  const parts = [error.constructor.name];
  const code = e.sqlState ?? e.code;
  if (typeof code === 'string') parts.push(`code=${code}`);
  for (const key of ['table', 'column', 'constraint', 'routine'] as const)
    if (typeof e[key] === 'string' && e[key]) parts.push(`${key}=${e[key] as string}`);
  // SQLite names the table and column only in its message: "NOT NULL constraint failed: person.disabled".
  const sqlite = /([A-Z]+ constraint failed: [\w.]+(?:, [\w.]+)*)$/.exec(error.message);
  if (sqlite) parts.push(`(${sqlite[1]})`);
  return `${parts.join(' ')} [message withheld: it may hold row values]\n${frames(error)}`;
}
