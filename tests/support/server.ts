import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Client } from 'pg';
import BetterSqlite from 'better-sqlite3';
import { reloadSettings } from '../../server/src/config';
import { openDatabase, seedOnce } from '../../server/src/bootstrap';
import { createApp, listen } from '../../server/src/app';
import { setOrm } from '../../server/src/core/db';
import { clock } from '../../server/src/core/clock';
import { seedersFor } from '../../seeds';

/*
 * Every test file gets its own real server on a random port and its own fresh database (a temp
 * SQLite file, or a new PostgreSQL database), migrated and seeded exactly as `npm start` does.
 * Tests talk to it over HTTP only.
 */

export type DatabaseKind = 'sqlite' | 'postgresql';
export const databaseKind: DatabaseKind = (process.env.TEST_DB as DatabaseKind) || 'sqlite';
export const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  /** SQL statements the request ran (from the x-sql-statements header). */
  statements: number;
}

export interface TestServer {
  url: string;
  kind: DatabaseKind;
  /** The server's DATABASE_URL, for a second process on the same database. */
  databaseUrl: string;
  orm: MikroORM;
  em(): SqlEntityManager;
  /** POST a GraphQL request; `token` becomes `Authorization: Bearer`. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResponse<T>>;
  /** Signs in and returns the session token. */
  login(username: string, password?: string): Promise<string>;
  /**
   * Runs one statement on a connection of its own, outside the server's ORM, as someone with
   * database access would; resolves to the number of rows changed. `?` placeholders on both databases.
   */
  directSql(sql: string, params?: unknown[]): Promise<number>;
  /** Reads rows on a connection of its own (PostgreSQL only); `setup` runs first on that connection, e.g. a planner setting. */
  directRows(sql: string, params?: unknown[], setup?: string): Promise<Record<string, any>[]>;
  close(): Promise<void>;
}

async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `t_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    url: POSTGRES_URL.replace(/\/[^/]*$/, `/${name}`),
    drop: async () => {
      const c = new Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/*
 * Migrating and seeding (46,000 regions, demo data) takes seconds; every test file copies a
 * template database built once per version of the migrations, seeds and server code instead. The
 * copy is then opened exactly like `npm start` opens a database (migrations and seeds are no-ops).
 */
const projectRoot = path.resolve(__dirname, '../..');

function hashTree(dir: string, hash: ReturnType<typeof createHash>): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) hashTree(full, hash);
    else if (entry.name.endsWith('.ts')) hash.update(entry.name).update(fs.readFileSync(full));
  }
}

let templateKey: string | undefined;
function currentTemplateKey(): string {
  if (!templateKey) {
    const hash = createHash('sha256');
    for (const dir of ['migrations', 'seeds', 'server/src']) hashTree(path.join(projectRoot, dir), hash);
    // Demo data is dated relative to today.
    hash.update(new Date().toISOString().slice(0, 10));
    templateKey = hash.digest('hex').slice(0, 16);
  }
  return templateKey;
}

/** Builds a migrated, seeded database; for SQLite, `sqliteCopyTo` receives a self-contained copy of it. */
async function buildTemplate(databaseUrl: string, sqliteCopyTo?: string): Promise<void> {
  Object.assign(process.env, { DATABASE_URL: databaseUrl, DEMO_DATA: 'true' });
  const settings = reloadSettings();
  clock.reset();
  const orm = await openDatabase(databaseUrl);
  await seedOnce(orm, seedersFor(settings), () => undefined);
  // VACUUM INTO writes what this connection sees, WAL included, as one consistent file. (Deleting
  // the WAL after a checkpoint lost the latest schema page whenever the checkpoint could not finish:
  // the audit-log triggers went missing in about one full run in three.)
  if (sqliteCopyTo) await orm.em.getConnection().execute(`vacuum into '${sqliteCopyTo.replace(/'/g, "''")}'`);
  await orm.close(true);
  setOrm(undefined);
}

async function postgresFromTemplate(): Promise<{ url: string; drop: () => Promise<void> }> {
  const key = currentTemplateKey();
  const template = `tpl_${key}`;
  const lockId = parseInt(key.slice(0, 8), 16);
  const name = `t_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  // One worker builds the template; creating copies is serialised too, because PostgreSQL refuses
  // to copy a template another session is reading.
  await admin.query('select pg_advisory_lock($1)', [lockId]);
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (!exists.rowCount) {
      const building = `${template}_building`;
      await admin.query(`drop database if exists ${building} with (force)`);
      await admin.query(`create database ${building}`);
      await buildTemplate(POSTGRES_URL.replace(/\/[^/]*$/, `/${building}`));
      await admin.query(`alter database ${building} rename to ${template}`);
    }
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.query('select pg_advisory_unlock($1)', [lockId]);
    await admin.end();
  }
  return {
    url: POSTGRES_URL.replace(/\/[^/]*$/, `/${name}`),
    drop: async () => {
      const c = new Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

async function sqliteFromTemplate(target: string): Promise<void> {
  const template = path.join(os.tmpdir(), `ra-template-${currentTemplateKey()}.sqlite`);
  if (!fs.existsSync(template)) {
    // Workers may race to build it; each builds its own file and the rename is atomic.
    const building = `${template}.${process.pid}.${randomBytes(3).toString('hex')}`;
    await buildTemplate(`sqlite:${building}`, `${building}.copy`);
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(building + suffix, { force: true });
    fs.renameSync(`${building}.copy`, template);
  }
  fs.copyFileSync(template, target);
}

/** One statement on a PostgreSQL connection of its own (`?` placeholders); `setup` runs first on it. */
async function onOwnPostgresConnection(url: string, sql: string, params: unknown[], setup?: string) {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    if (setup) await c.query(setup);
    let n = 0;
    return await c.query(
      sql.replace(/\?/g, () => `$${++n}`),
      params,
    );
  } finally {
    await c.end();
  }
}

export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  let databaseUrl: string;
  let dropDatabase: () => Promise<void>;
  // A test that changes what gets seeded builds its own database from scratch.
  const fromTemplate = env.DEMO_DATA === undefined && env.SEED_ALL_VILLAGES === undefined;
  if (env.DATABASE_URL) {
    // A database the test made (a restored backup): used as it is, and left for the test to drop.
    databaseUrl = env.DATABASE_URL;
    dropDatabase = async () => undefined;
  } else if (databaseKind === 'postgresql') {
    const db = fromTemplate ? await postgresFromTemplate() : await createPostgresDatabase();
    databaseUrl = db.url;
    dropDatabase = db.drop;
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ra-test-'));
    const file = path.join(dir, 'test.sqlite');
    if (fromTemplate) await sqliteFromTemplate(file);
    databaseUrl = `sqlite:${file}`;
    dropDatabase = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  // Settings a previous test file in this worker set must not leak into this one. Tests create
  // many records through the API, so the per-user rate limit is lifted unless a test sets it.
  const base = ((globalThis as Record<string, unknown>).__testBaseEnv ??= { ...process.env }) as NodeJS.ProcessEnv;
  for (const key of Object.keys(process.env)) if (!(key in base)) delete process.env[key];
  Object.assign(process.env, base, { DATABASE_URL: databaseUrl, DEMO_DATA: 'true', RATE_LIMIT_PER_MINUTE: '1000000', ...env });
  const settings = reloadSettings();
  clock.reset();
  const orm = await openDatabase(databaseUrl);
  await seedOnce(orm, seedersFor(settings), () => undefined);
  const { httpServer, apollo } = await createApp(orm);
  const port = await listen(httpServer, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;

  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResponse<T>> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
    return {
      status: res.status,
      headers: res.headers,
      data: body.data,
      errors: body.errors,
      statements: Number(res.headers.get('x-sql-statements') ?? NaN),
    };
  };

  return {
    url,
    kind: databaseKind,
    databaseUrl,
    orm,
    em: () => orm.em.fork() as SqlEntityManager,
    gql,
    async login(username: string, password = 'Demo#2025') {
      const r = await gql<{ login: { token: string } }>(
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: password },
      );
      if (!r.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
      return r.data.login.token;
    },
    async directSql(sql: string, params: unknown[] = []) {
      if (databaseKind === 'postgresql') return (await onOwnPostgresConnection(databaseUrl, sql, params)).rowCount ?? 0;
      const db = new BetterSqlite(databaseUrl.slice('sqlite:'.length));
      try {
        db.pragma('busy_timeout = 5000');
        return db.prepare(sql).run(...params).changes;
      } catch (e) {
        // better-sqlite3's native addon keeps the SqliteError class of the first test file that
        // loaded it in this worker: from any later file its errors belong to another realm, which
        // jest does not recognise as thrown errors. Re-throw one of this realm.
        throw new Error((e as Error).message, { cause: e });
      } finally {
        db.close();
      }
    },
    async directRows(sql: string, params: unknown[] = [], setup?: string) {
      if (databaseKind !== 'postgresql') throw new Error('directRows is for PostgreSQL');
      return (await onOwnPostgresConnection(databaseUrl, sql, params, setup)).rows;
    },
    async close() {
      await apollo.stop();
      await orm.close(true);
      setOrm(undefined);
      await dropDatabase();
    },
  };
}

/** Asserts a GraphQL error with the given code and returns it for further checks. */
export function expectError(res: GraphQLResponse, code: string): NonNullable<GraphQLResponse['errors']>[number] {
  const err = res.errors?.find((e) => e.extensions?.code === code);
  if (!err) throw new Error(`expected an error with code ${code}, got ${JSON.stringify(res.errors ?? res.data)}`);
  return err;
}

/** Unwraps data, failing with the server's errors if there were any. */
export function ok<T>(res: GraphQLResponse<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}
