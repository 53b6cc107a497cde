import type { MikroORM } from '@mikro-orm/core';
import type { Knex } from 'knex';
import { PostgreSqlConnection } from '@mikro-orm/postgresql';
import client from 'prom-client';
import { settings } from '../config';
import { describeForLog } from './log-safe';
import { logger } from './logger';
import { registry } from './metrics';
import { redisClient } from './redis';

/*
 * PostgreSQL streaming replicas for reads (DATABASE_REPLICA_URLS). What goes where:
 * - a GraphQL query's statements outside a transaction go to a replica that is caught up enough;
 * - mutations, everything inside a transaction, the sign-in lookup, and every request of a user for
 *   DATABASE_READ_YOUR_WRITES_SECONDS after their own write go to the primary, so nobody sees their
 *   own approval vanish;
 * - a replica more than DATABASE_REPLICA_MAX_LAG_SECONDS behind, or not answering, is skipped until
 *   it catches up; with none usable, the primary serves.
 * Lag is measured in time, not bytes: the primary's WAL position is sampled every half second, and a
 * replica's lag is how long ago the primary passed the position the replica has replayed.
 * Only the read path's statements (core/db.ts runStatement) are routed; the ORM's own reads stay
 * on the primary, so validation before a write never reads stale rows.
 */

interface Replica {
  name: string;
  connection: PostgreSqlConnection;
  lagSeconds: number;
  healthy: boolean;
}

const lagGauge = new client.Gauge({
  name: 'db_replica_lag_seconds',
  help: 'How far each read replica is behind the primary (seconds; -1 when it does not answer).',
  labelNames: ['replica'],
  registers: [registry],
  aggregator: 'max',
});
export const statementsByTarget = new client.Counter({
  name: 'db_statements_total',
  help: 'Read-path statements by the database that ran them (primary or replica).',
  labelNames: ['target'],
  registers: [registry],
});

const SAMPLE_MS = 500;

/** The replica URL with the primary's database name when it names none (replicas of one cluster hold the same databases). */
export function replicaUrl(url: string, primaryUrl: string): string {
  const parsed = new URL(url);
  if (parsed.pathname && parsed.pathname !== '/') return url;
  parsed.pathname = new URL(primaryUrl).pathname;
  return parsed.toString();
}

function lsnValue(lsn: string): bigint {
  const [hi, lo] = lsn.split('/');
  return (BigInt(`0x${hi}`) << 32n) + BigInt(`0x${lo}`);
}

export class ReadReplicas {
  private readonly replicas: Replica[] = [];
  private samples: { at: number; lsn: bigint }[] = [];
  private timer: NodeJS.Timeout | undefined;
  private next = 0;

  constructor(private readonly orm: MikroORM) {}

  async start(urls: string[]): Promise<this> {
    const primaryUrl = this.orm.config.get('clientUrl') ?? '';
    for (const raw of urls) {
      const url = replicaUrl(raw, primaryUrl);
      const connection = new PostgreSqlConnection(
        this.orm.config,
        { clientUrl: url, pool: this.orm.config.get('pool'), driverOptions: this.orm.config.get('driverOptions') },
        'read',
      );
      await connection.connect();
      const name = new URL(url).host;
      this.replicas.push({ name, connection, lagSeconds: Number.POSITIVE_INFINITY, healthy: false });
    }
    await this.measure();
    this.timer = setInterval(() => void this.measure(), SAMPLE_MS);
    this.timer.unref();
    return this;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.replicas.map((r) => r.connection.close(true)));
  }

  /** A caught-up replica's knex client, taking turns; undefined when none is usable. */
  pick(): Knex.Client | undefined {
    const usable = this.replicas.filter((r) => r.healthy);
    if (!usable.length) return undefined;
    const chosen = usable[this.next++ % usable.length];
    return chosen.connection.getKnex().client as Knex.Client;
  }

  status(): { name: string; lagSeconds: number; healthy: boolean }[] {
    return this.replicas.map(({ name, lagSeconds, healthy }) => ({ name, lagSeconds, healthy }));
  }

  private async measure(): Promise<void> {
    const now = Date.now();
    try {
      const [row] = await this.orm.em.getConnection().execute<{ lsn: string }[]>('select pg_current_wal_lsn()::text as lsn');
      this.samples.push({ at: now, lsn: lsnValue(row.lsn) });
      this.samples = this.samples.filter((s) => now - s.at <= 120_000);
    } catch (error) {
      logger().warn({ where: describeForLog(error) }, 'Replica lag: the primary did not answer');
      return;
    }
    const latest = this.samples[this.samples.length - 1].lsn;
    await Promise.all(
      this.replicas.map(async (r) => {
        try {
          const [row] = await r.connection.execute<{ lsn: string | null }[]>('select pg_last_wal_replay_lsn()::text as lsn');
          const replayed = row.lsn ? lsnValue(row.lsn) : -1n;
          // The earliest sample the replica has not reached: it is behind by the time since then.
          const missing = replayed >= latest ? undefined : this.samples.find((s) => s.lsn > replayed);
          r.lagSeconds = missing ? (now - missing.at) / 1000 : 0;
          r.healthy = r.lagSeconds <= settings.replicaMaxLagSeconds;
          lagGauge.set({ replica: r.name }, r.lagSeconds);
        } catch (error) {
          if (r.healthy)
            logger().warn({ replica: r.name, where: describeForLog(error) }, 'Read replica does not answer; reads go elsewhere');
          r.healthy = false;
          r.lagSeconds = Number.POSITIVE_INFINITY;
          lagGauge.set({ replica: r.name }, -1);
        }
      }),
    );
  }
}

let replicas: ReadReplicas | null = null;

export async function startReadReplicas(orm: MikroORM): Promise<ReadReplicas | null> {
  if (!settings.databaseReplicaUrls.length) return null;
  replicas = await new ReadReplicas(orm).start(settings.databaseReplicaUrls);
  return replicas;
}

export async function stopReadReplicas(): Promise<void> {
  await replicas?.stop();
  replicas = null;
}

export function readReplicas(): ReadReplicas | null {
  return replicas;
}

/*
 * Read-your-writes: who wrote recently, by actor id. In this process always; across processes
 * through Redis when REDIS_URL is set (a write on one process sends the writer's next reads to the
 * primary on every process).
 */
const recentWriters = new Map<string, number>();

export async function noteWrite(actorId: string): Promise<void> {
  if (!replicas) return;
  const window = settings.readYourWritesSeconds * 1000;
  recentWriters.set(actorId, Date.now() + window);
  await redisClient()?.set(`wrote:${actorId}`, '1', 'PX', window);
}

export async function wroteRecently(actorId: string): Promise<boolean> {
  const until = recentWriters.get(actorId);
  if (until !== undefined) {
    if (until > Date.now()) return true;
    recentWriters.delete(actorId);
  }
  const redis = redisClient();
  return redis ? (await redis.exists(`wrote:${actorId}`)) === 1 : false;
}
