/**
 * Consistent online copy of the SQLite database while the server keeps running and writing.
 * Usage: npm run backup [-- <target file>]   (default data/backups/app-<timestamp>.sqlite)
 * The database is the one DATABASE_URL names (default sqlite:data/app.sqlite).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export const KEY_TABLES = ['app_user', 'region', 'person', 'workflow_step', 'audit_log'];

export interface BackupResult {
  path: string;
  counts: Record<string, number>;
}

export function sqliteFileOf(databaseUrl: string): string {
  if (!databaseUrl.startsWith('sqlite:')) {
    throw new Error(
      `npm run backup 只用于 SQLite 数据库；PostgreSQL 请用 pg_dump -Fc（见 README 运维一节） / npm run backup is for SQLite only; use pg_dump -Fc for PostgreSQL (see README, Operations): ${databaseUrl.replace(/\/\/[^@/]*@/, '//***@')}`,
    );
  }
  return databaseUrl.slice('sqlite:'.length);
}

export function defaultTarget(root = process.cwd()): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return path.join(root, 'data', 'backups', `app-${stamp}.sqlite`);
}

export async function backupSqlite(sourceFile: string, target = defaultTarget()): Promise<BackupResult> {
  if (!fs.existsSync(sourceFile)) throw new Error(`数据库文件不存在 / database file not found: ${sourceFile}`);
  if (fs.existsSync(target)) throw new Error(`备份目标已存在，不覆盖 / backup target already exists, not overwriting: ${target}`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const source = new Database(sourceFile, { fileMustExist: true });
  try {
    // The server writes through another connection; SQLite restarts an online backup whenever the
    // source changes between steps, so under steady writes a page-by-page copy may never finish.
    // Copying everything in one step reads one snapshot (WAL lets the server keep writing meanwhile).
    await source.backup(target, { progress: ({ totalPages }) => Math.max(totalPages, 1) });
  } finally {
    source.close();
  }
  const copy = new Database(target, { readonly: true, fileMustExist: true });
  try {
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`备份副本完整性检查失败 / integrity check of the copy failed: ${String(check)}`);
    const counts: Record<string, number> = {};
    const present = new Set(
      (copy.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[]).map((r) => r.name),
    );
    for (const table of KEY_TABLES) {
      if (present.has(table)) counts[table] = (copy.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n;
    }
    return { path: path.resolve(target), counts };
  } finally {
    copy.close();
  }
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL ?? 'sqlite:data/app.sqlite';
  const result = await backupSqlite(sqliteFileOf(databaseUrl), process.argv[2]);
  console.log(`backup written: ${result.path}`);
  for (const [table, n] of Object.entries(result.counts)) console.log(`  ${table}: ${n} rows`);
}

if (require.main === module) {
  main().catch((e: Error) => {
    console.error(`backup failed: ${e.message}`);
    process.exit(1);
  });
}
