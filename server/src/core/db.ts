import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Knex } from 'knex';
import { countStatement } from './request-scope';

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
 * On PostgreSQL, reads go to the pooled (or the transaction's) pg connection as a parameterised
 * statement. MikroORM's own path inlines every parameter into the SQL text and walks it again for
 * logging, which for a nested level's hundreds of keys cost more than the statement's own
 * round trip (measured on the benchmark's nested lists). SQLite keeps MikroORM's path: it is the
 * embedded demo database, not the one serving load.
 */
export async function runQuery<R = Record<string, unknown>>(em: SqlEntityManager, qb: Knex.QueryBuilder | Knex.Raw): Promise<R[]> {
  if (!isPostgres(em)) return em.getConnection().execute(qb as never, [], 'all', em.getTransactionContext()) as Promise<R[]>;
  const { sql, bindings } = qb.toSQL().toNative();
  return runStatement<R>(em, sql, bindings);
}

/**
 * A parameterised statement on PostgreSQL, in the current transaction if there is one. With a
 * `name`, PostgreSQL keeps the parsed statement (and, after a few runs, its plan) per connection:
 * only for SQL text that is the same for every run, such as the read path's cached plans.
 */
export async function runStatement<R = Record<string, unknown>>(em: SqlEntityManager, sql: string, values: readonly unknown[], name?: string): Promise<R[]> {
  countStatement(sql);
  const logger = em.config.getLogger();
  const started = logger.isEnabled('query') ? Date.now() : 0;
  // A transaction's knex client hands out the transaction's own connection and releases nothing.
  const client = ((em.getTransactionContext() as Knex.Transaction | undefined) ?? em.getKnex()).client as unknown as KnexClientInternals;
  const connection = await client.acquireConnection();
  try {
    const result = await connection.query(name ? { name, text: sql, values } : { text: sql, values });
    if (started) logger.logQuery({ query: sql, params: values as unknown[], took: Date.now() - started, results: result.rows.length, level: 'info' });
    return result.rows as R[];
  } catch (error) {
    // The same exception classes as MikroORM's own path (a unique violation stays a CONFLICT).
    throw em.getDriver().convertException(error as Error);
  } finally {
    await client.releaseConnection(connection);
  }
}

