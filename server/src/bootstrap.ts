import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import type { Seeder } from '@mikro-orm/seeder';
import type { EntityManager } from '@mikro-orm/core';
import type { Knex } from 'knex';
import { ormOptions } from './mikro-orm.config';
import { setOrm } from './core/db';
import { SeedRun } from './core/seed-state';
import { settings } from './config';

/** Opens the database and applies pending migrations. Existing data is kept. */
export async function openDatabase(databaseUrl = settings.databaseUrl): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(databaseUrl));
  if (orm.em.getPlatform().constructor.name.toLowerCase().includes('sqlite')) {
    // WAL lets readers proceed while a writer commits; the busy timeout queues concurrent writers.
    await orm.em.getConnection().execute('pragma journal_mode = wal');
    await orm.em.getConnection().execute('pragma busy_timeout = 5000');
    await orm.em.getConnection().execute('pragma foreign_keys = on');
  }
  await withStartupLock(orm, () => orm.getMigrator().up());
  setOrm(orm);
  return orm;
}

/** Any fixed number: the key of the advisory lock that server processes take to migrate and seed. */
const STARTUP_LOCK = 20261122;

/**
 * Several server processes starting at once against one PostgreSQL database (a deployment of
 * several instances, or the benchmark's two servers) would run the same migrations and seeders side
 * by side and fail on each other's tables and indexes. One takes a transaction-scoped advisory lock
 * and does the work; the others wait for it and then find nothing left to do. SQLite is one process.
 */
async function withStartupLock<T>(orm: MikroORM, work: () => Promise<T>): Promise<T> {
  if (!orm.em.getPlatform().constructor.name.toLowerCase().includes('postgre')) return work();
  const knex = (orm.em.getConnection() as unknown as { getKnex(): Knex }).getKnex();
  return knex.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [STARTUP_LOCK]);
    return work();
  });
}

export type SeederClass = new () => Seeder;

/** Runs each seeder once per database; later starts skip it. */
export async function seedOnce(orm: MikroORM, seeders: { name: string; seeder: SeederClass }[], log = console.log): Promise<void> {
  await withStartupLock(orm, () => runSeeders(orm, seeders, log));
}

async function runSeeders(orm: MikroORM, seeders: { name: string; seeder: SeederClass }[], log: (message: string) => void): Promise<void> {
  for (const { name, seeder } of seeders) {
    const em = orm.em.fork();
    if (await em.findOne(SeedRun, { name })) continue;
    const started = Date.now();
    log(`Seeding ${name}…`);
    const instance = new seeder() as Seeder & { summary?: string };
    await instance.run(em as EntityManager);
    const run = new SeedRun();
    run.name = name;
    run.summary = instance.summary || `${((Date.now() - started) / 1000).toFixed(1)}s`;
    await em.fork().persistAndFlush(run);
    log(`Seeded ${name}: ${run.summary}`);
  }
}
