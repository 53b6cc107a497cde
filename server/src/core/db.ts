import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Knex } from 'knex';
import { addSqlTime, countStatement, requestScope } from './request-scope';
import { readReplicas, statementsByTarget } from './replicas';

/** The running ORM. One per process; set by the server bootstrap. */
let current: MikroORM | undefined;

export function setOrm(orm: MikroORM | undefined): void {
  current = orm;
}

export function getOrm(): MikroORM {
  if (!current) throw new Error('The database is not initialised yet');
  return current;
}

const postgresPlatforms = new WeakMap<object, boolean>();

export function isPostgres(em: SqlEntityManager): boolean {
  const platform = em.getPlatform();
  let postgres = postgresPlatforms.get(platform);
  if (postgres === undefined) postgresPlatforms.set(platform, (postgres = platform.constructor.name.toLowerCase().includes('postgre')));
  return postgres;
}

/** The pg client API this module uses; knex hands out node-postgres clients. */
interface PgConnection {
  query(config: { text: string; values: readonly unknown[]; name?: string }): Promise<{ rows: unknown[] }>;
}

interface KnexClientInternals {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown>;
}

/**
 * Runs a knex query so it joins the current transaction and is counted.
 *
 * On PostgreSQL the statement goes to the pooled (or the transaction's) pg connection with its
 * values as parameters. MikroORM's own path inlines every value into the SQL text and walks it again
 * for logging, which for a nested level's hundreds of keys cost more than the statement's round
 * trip (measured on the benchmark's nested lists). SQLite keeps MikroORM's path: it is the embedded
 * demo database, not the one serving load.
 */
export async function runQuery<R = Record<string, unknown>>(
  em: SqlEntityManager,
  qb: Knex.QueryBuilder | Knex.Raw,
  options: { prepared?: boolean } = {},
): Promise<R[]> {
  if (!isPostgres(em)) return em.getConnection().execute(qb as never, [], 'all', em.getTransactionContext()) as Promise<R[]>;
  const { sql, bindings } = qb.toSQL().toNative();
  return runStatement<R>(em, sql, bindings, options.prepared ? preparedName(sql) : undefined);
}

/** Distinct statement texts a process prepares; past this, statements run unprepared. */
const MAX_PREPARED = 256;
const preparedNames = new Map<string, string>();

/**
 * A name under which PostgreSQL keeps a statement parsed and planned on each connection that ran
 * it. For the read path's nested levels and batched records by id, and for fixed statements: the
 * same few texts run on every request (keys go as one array parameter), and planning them cost
 * about as much as running them (pgbench, a page of work teams' members: 1.7 ms unprepared, 1.0 ms
 * prepared). Prepared statements live as long as their connection, so the number of texts is capped.
 */
function preparedName(sql: string): string | undefined {
  let name = preparedNames.get(sql);
  if (name === undefined && preparedNames.size < MAX_PREPARED)
    preparedNames.set(sql, (name = `ra_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`));
  return name;
}

/** SQLSTATEs of a connection that is gone: class 08 (connection exception) and 57P01–57P03 (the server ended it). */
const LOST_STATES = new Set(['08000', '08001', '08003', '08004', '08006', '08007', '57P01', '57P02', '57P03']);
// knex's "Transaction query already complete": a statement sent on a transaction that its dead connection already ended.
const LOST_MESSAGES =
  /Transaction query already complete|Connection terminated|connection error and is not queryable|Client was closed|terminating connection|server closed the connection|ECONNRESET|ECONNREFUSED|EPIPE|Timeout acquiring a connection/i;

/**
 * The database connection was lost or could not be had (the backend was terminated, the server
 * restarted, the pool could not connect): the statement may not have run, and nothing about the
 * request's data is wrong. MikroORM's exceptions keep the driver error's code and message.
 */
export function isConnectionLost(error: unknown): boolean {
  for (
    let e = error as { code?: unknown; message?: unknown; name?: unknown; cause?: unknown; originalError?: unknown } | undefined, depth = 0;
    e && depth < 5;
    depth++
  ) {
    if (typeof e.code === 'string' && (LOST_STATES.has(e.code) || ['ECONNRESET', 'ECONNREFUSED', 'EPIPE'].includes(e.code))) return true;
    if (e.name === 'ConnectionException' || e.name === 'KnexTimeoutError') return true;
    if (typeof e.message === 'string' && LOST_MESSAGES.test(e.message)) return true;
    e = (e.originalError ?? e.cause) as typeof e;
  }
  return false;
}

/** Only plain reads are sent twice: a write whose connection died may or may not have happened. */
const READ_ONLY = /^\s*(select|with\s+(?![\s\S]*\b(insert|update|delete)\b))/i;

/**
 * A parameterised statement on PostgreSQL, in the current transaction if there is one. With a
 * `name` (from preparedName) it runs as a prepared statement. A read outside a transaction whose
 * connection is lost (a terminated backend, a restarted server) runs once more on a fresh
 * connection; in a transaction the transaction is lost with it, and a write is never repeated here.
 */
async function runStatement<R = Record<string, unknown>>(
  em: SqlEntityManager,
  sql: string,
  values: readonly unknown[],
  name?: string,
): Promise<R[]> {
  countStatement(sql);
  const logger = em.config.getLogger();
  const started = logger.isEnabled('query') ? Date.now() : 0;
  const transaction = em.getTransactionContext() as Knex.Transaction | undefined;
  // A transaction's knex client hands out the transaction's own connection and releases nothing.
  const primary = (transaction ?? em.getKnex()).client as unknown as KnexClientInternals;
  // A query's plain reads may go to a caught-up replica (core/replicas.ts says when).
  const replica =
    !transaction && requestScope.getStore()?.readReplica && READ_ONLY.test(sql)
      ? (readReplicas()?.pick() as unknown as KnexClientInternals | undefined)
      : undefined;
  for (let attempt = 1; ; attempt++) {
    // A replica that fails is not tried again for this statement: the primary answers the retry.
    const client = replica && attempt === 1 ? replica : primary;
    statementsByTarget.inc({ target: client === primary ? 'primary' : 'replica' });
    let connection: PgConnection | undefined;
    const timed = performance.now();
    try {
      connection = await client.acquireConnection();
      const result = await connection.query(name ? { name, text: sql, values } : { text: sql, values });
      if (started)
        logger.logQuery({
          query: sql,
          params: values as unknown[],
          took: Date.now() - started,
          results: result.rows.length,
          level: 'info',
        });
      return result.rows as R[];
    } catch (error) {
      const lost = isConnectionLost(error);
      // The pool hands this connection out again unless it is marked (knex marks it only when pg reports the error to it).
      if (lost && connection) (connection as PgConnection & { __knex__disposed?: unknown }).__knex__disposed ??= error;
      if (!transaction && attempt === 1 && READ_ONLY.test(sql) && (lost || client !== primary)) continue;
      // The same exception classes as MikroORM's own path (a unique violation stays a CONFLICT).
      throw em.getDriver().convertException(error as Error);
    } finally {
      if (connection) await client.releaseConnection(connection);
      if (connection) addSqlTime(performance.now() - timed);
    }
  }
}

/**
 * A statement whose text never changes, only its values, such as the session lookup every
 * authenticated request starts with. On PostgreSQL knex builds the text once per database, and it
 * runs prepared (see preparedName). `build` must bind exactly `values`, in order (checked on the
 * first build).
 */
export function fixedStatement<V extends unknown[], R = Record<string, unknown>>(
  build: (knex: Knex, ...values: V) => Knex.QueryBuilder,
): (em: SqlEntityManager, ...values: V) => Promise<R[]> {
  const texts = new WeakMap<object, string>();
  return async (em, ...values) => {
    if (!isPostgres(em)) return runQuery<R>(em, build(em.getKnex(), ...values));
    const platform = em.getPlatform();
    let sql = texts.get(platform);
    if (sql === undefined) {
      const native = build(em.getKnex(), ...values)
        .toSQL()
        .toNative();
      if (native.bindings.length !== values.length || native.bindings.some((b, i) => b !== values[i]))
        throw new Error('fixedStatement: the statement must bind exactly its values, in order');
      texts.set(platform, (sql = native.sql));
    }
    return runStatement<R>(em, sql, values, preparedName(sql));
  };
}
