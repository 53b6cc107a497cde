/**
 * Proves a PostgreSQL dump restores: restores a `pg_dump -Fc` file into a scratch database (created
 * here, dropped afterwards) and checks migrations at head, key row counts, and that the audit log is
 * there and still refuses changes. Usage: npm run restore-check -- <dump file>
 * The scratch database is created through POSTGRES_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/test).
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const run = promisify(execFile);
const MIGRATIONS_DIR = path.resolve(__dirname, '..', 'migrations', 'postgresql');
const MIGRATIONS_TABLE = 'schema_migrations';
export const KEY_TABLES = ['app_user', 'region', 'person', 'workflow_step', 'audit_log'];

export interface RestoreCheckResult {
  database: string;
  migrations: number;
  counts: Record<string, number>;
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function withClient<T>(url: string, f: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

export function expectedMigrations(dir = MIGRATIONS_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => f.replace(/\.(ts|js)$/, ''))
    .sort();
}

/** Throws with the first thing that is wrong; resolves with what was found when all is well. */
export async function restoreCheck(
  dumpFile: string,
  adminUrl = process.env.POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  log: (line: string) => void = () => undefined,
): Promise<RestoreCheckResult> {
  if (!fs.existsSync(dumpFile)) throw new Error(`转储文件不存在 / dump file not found: ${dumpFile}`);
  const database = `restore_check_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const url = withDatabase(adminUrl, database);
  await withClient(adminUrl, (c) => c.query(`create database ${database}`));
  try {
    try {
      // --no-owner/--no-privileges: the scratch database belongs to whoever runs the check.
      await run('pg_restore', ['--exit-on-error', '--no-owner', '--no-privileges', '-d', url, dumpFile], { maxBuffer: 16 * 1024 * 1024 });
    } catch (e) {
      const err = e as { code?: string; stderr?: string; message: string };
      if (err.code === 'ENOENT')
        throw new Error('找不到 pg_restore（请安装 PostgreSQL 客户端工具） / pg_restore not found (install the PostgreSQL client tools)', {
          cause: e,
        });
      throw new Error(`恢复失败 / restore failed: ${(err.stderr || err.message).trim()}`, { cause: e });
    }
    log(`restored ${dumpFile} into scratch database ${database}`);
    return await withClient(url, async (c) => {
      // Migrations at head: every migration this code ships is recorded, and none it does not know.
      const applied = (await c.query(`select name from ${MIGRATIONS_TABLE}`)).rows.map((r) => String(r.name).replace(/\.(ts|js)$/, ''));
      const expected = expectedMigrations();
      const missing = expected.filter((m) => !applied.includes(m));
      const unknown = applied.filter((m) => !expected.includes(m));
      if (missing.length) throw new Error(`迁移未到最新，缺少 / migrations not at head, missing: ${missing.join(', ')}`);
      if (unknown.length)
        throw new Error(
          `转储含本代码没有的迁移（转储来自更新的版本） / dump has migrations this code does not know (dump from a newer version): ${unknown.join(', ')}`,
        );
      log(`migrations at head: ${applied.length}`);

      const counts: Record<string, number> = {};
      for (const table of KEY_TABLES) {
        counts[table] = Number((await c.query(`select count(*) as n from "${table}"`)).rows[0].n);
        log(`  ${table}: ${counts[table]} rows`);
      }
      if (counts.audit_log === 0) throw new Error('审计日志为空 / audit log is empty: nothing to verify, the dump looks incomplete');

      // Append-only: the trigger from the identity migration must have come back, enabled...
      const trigger = await c.query(
        `select tgenabled from pg_trigger where tgrelid = 'audit_log'::regclass and tgname = 'audit_log_append_only'`,
      );
      if (!trigger.rowCount) throw new Error('审计日志的只追加触发器缺失 / audit log append-only trigger audit_log_append_only is missing');
      if (trigger.rows[0].tgenabled === 'D') throw new Error('审计日志的只追加触发器已禁用 / audit log append-only trigger is disabled');
      // ...and actually refuse a change (tried inside a transaction that is rolled back regardless).
      // Deleting is allowed after the 180-day retention, so the delete is tried on the newest row only.
      const newest = `(select id from audit_log order by at desc limit 1)`;
      const changes = [`update audit_log set id = id where id = ${newest}`];
      const recent = await c.query(`select 1 from audit_log where at > now() - interval '180 days' limit 1`);
      if (recent.rowCount) changes.push(`delete from audit_log where id = ${newest}`);
      for (const change of changes) {
        await c.query('begin');
        let refused: boolean;
        try {
          const r = await c.query(change);
          refused = r.rowCount === 0;
        } catch {
          refused = true;
        } finally {
          await c.query('rollback');
        }
        if (!refused) throw new Error(`审计日志可被修改 / audit log accepted a change: ${change.split(' ')[0]}`);
      }
      log(`audit log intact and append-only (${changes.map((q) => q.split(' ')[0]).join(' and ')} refused)`);
      return { database, migrations: applied.length, counts };
    });
  } finally {
    await withClient(adminUrl, (c) => c.query(`drop database if exists ${database} with (force)`));
    log(`dropped scratch database ${database}`);
  }
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    console.error('用法 / usage: npm run restore-check -- <pg_dump -Fc file>');
    process.exit(2);
  }
  restoreCheck(file, undefined, (line) => console.log(line))
    .then(() => console.log('restore-check: OK'))
    .catch((e: Error) => {
      console.error(`restore-check FAILED: ${e.message}`);
      process.exit(1);
    });
}
