import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Knex } from 'knex';

/** The running ORM. One per process; set by the server bootstrap. */
let current: MikroORM | undefined;

export function setOrm(orm: MikroORM | undefined): void {
  current = orm;
}

export function getOrm(): MikroORM {
  if (!current) throw new Error('The database is not initialised yet');
  return current;
}

export function isPostgres(em: SqlEntityManager): boolean {
  return em.getPlatform().constructor.name.toLowerCase().includes('postgre');
}

/** Runs a knex query through MikroORM so it joins the current transaction and is counted. */
export async function runQuery<R = Record<string, unknown>>(em: SqlEntityManager, qb: Knex.QueryBuilder | Knex.Raw): Promise<R[]> {
  return em.getConnection().execute(qb as never, [], 'all', em.getTransactionContext()) as Promise<R[]>;
}
