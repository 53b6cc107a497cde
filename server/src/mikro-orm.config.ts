import path from 'node:path';
import fs from 'node:fs';
import type { Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import { projectRoot, settings } from './config';
import { allEntities } from './modules';
import { countStatement } from './core/request-scope';
import { RollupInvalidation } from './core/rollup-cache';
import { StorableValues } from './core/validation';
import { changeEvents } from './core/outbox';

export type DatabaseKind = 'sqlite' | 'postgresql';

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgresql';
  if (url.startsWith('sqlite:')) return 'sqlite';
  throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got "${url}")`);
}

const runningTypeScript = __filename.endsWith('.ts');

/** One ORM configuration for both databases; only the driver and the migrations folder differ. */
export function ormOptions(databaseUrl = settings.databaseUrl): Options {
  const kind = databaseKind(databaseUrl);
  const common: Options = {
    entities: allEntities,
    forceUtcTimezone: true,
    preferTs: runningTypeScript,
    debug: settings.logSql ? ['query'] : false,
    onQuery: countStatement,
    // Rows are read through core/read.ts for lists; the identity map is only for writes.
    allowGlobalContext: false,
    extensions: [Migrator, SeedManager],
    subscribers: [new RollupInvalidation(), new StorableValues(), changeEvents],
    migrations: {
      tableName: 'schema_migrations',
      path: path.join(projectRoot, 'dist', 'migrations', kind),
      pathTs: path.join(projectRoot, 'migrations', kind),
      glob: '!(*.d).{js,ts}',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
      silent: process.env.NODE_ENV === 'test',
    },
    seeder: {
      path: path.join(projectRoot, 'dist', 'seeds'),
      pathTs: path.join(projectRoot, 'seeds'),
    },
  };
  if (kind === 'postgresql') {
    return { ...common, driver: PostgreSqlDriver, clientUrl: databaseUrl, pool: { min: 0, max: 16 } };
  }
  const file = databaseUrl.slice('sqlite:'.length);
  const dbName = file === ':memory:' ? file : path.resolve(projectRoot, file);
  if (dbName !== ':memory:') fs.mkdirSync(path.dirname(dbName), { recursive: true });
  return { ...common, driver: BetterSqliteDriver, dbName };
}

export default ormOptions();
