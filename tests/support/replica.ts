import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { POSTGRES_URL } from './server';

const run = promisify(execFile);

/**
 * A real PostgreSQL streaming replica of the test cluster, made with Debian's tools
 * (pg_basebackup, pg_ctl) as the postgres user, on a free port. Resolves to a reason string when
 * this machine cannot make one (not root, tools missing, replication not allowed in pg_hba.conf):
 * the caller skips with that message.
 */
export interface Replica {
  /** postgres://…@127.0.0.1:<port> without a database: the server uses the primary's database name. */
  url: string;
  query<R = Record<string, unknown>>(database: string, sql: string): Promise<R[]>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export async function startReplica(): Promise<Replica | string> {
  if (process.getuid?.() !== 0) return 'needs root to run PostgreSQL as the postgres user';
  const versions = fs.existsSync('/usr/lib/postgresql') ? fs.readdirSync('/usr/lib/postgresql').sort() : [];
  const bin = versions.length ? `/usr/lib/postgresql/${versions[versions.length - 1]}/bin` : '';
  if (!bin || !fs.existsSync(path.join(bin, 'pg_basebackup'))) return 'Debian PostgreSQL tools (pg_basebackup, pg_ctl) not found';
  const primary = new URL(POSTGRES_URL);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replica-'));
  fs.chmodSync(dir, 0o755);
  await run('chown', ['postgres', dir]);
  const data = path.join(dir, 'data');
  const as = (cmd: string, args: string[]) =>
    run('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args], { maxBuffer: 16 * 1024 * 1024 });
  try {
    await as('pg_basebackup', [
      '-h',
      primary.hostname,
      '-p',
      primary.port || '5432',
      '-U',
      primary.username || 'postgres',
      '-D',
      data,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ]);
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    return `pg_basebackup refused (pg_hba.conf needs "host replication all 127.0.0.1/32 trust"; .ci/run adds it): ${(error as Error).message.split('\n').slice(-2).join(' ')}`;
  }
  const port = await freePort();
  fs.writeFileSync(
    path.join(data, 'postgresql.conf'),
    `port = ${port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${dir}'\nhot_standby = on\nmax_connections = 100\n`,
  );
  fs.writeFileSync(path.join(data, 'pg_hba.conf'), 'local all all trust\nhost all all 127.0.0.1/32 trust\n');
  fs.writeFileSync(path.join(data, 'pg_ident.conf'), '');
  await run('chown', ['-R', 'postgres', dir]);
  await as('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', 'start']);
  const url = `postgres://${primary.username || 'postgres'}@127.0.0.1:${port}`;
  return {
    url,
    async query<R>(database: string, sql: string): Promise<R[]> {
      const c = new Client({ connectionString: `${url}/${database}` });
      await c.connect();
      try {
        return (await c.query(sql)).rows as R[];
      } finally {
        await c.end();
      }
    },
    async stop() {
      await as('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']).catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
