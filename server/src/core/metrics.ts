import cluster from 'node:cluster';
import { timingSafeEqual, createHash, randomUUID } from 'node:crypto';
import type express from 'express';
import client from 'prom-client';
import type { MikroORM } from '@mikro-orm/core';
import { settings } from '../config';
import { isIP } from 'node:net';
import { allowList, listed, plainAddress } from './addresses';
import { addSqlTime, requestScope } from './request-scope';
import type { RequestScope } from './request-scope';

/*
 * What an operator scrapes at /metrics (Prometheus text format). One registry per process; the
 * collectors live for the process, the database pool is read from the app most recently created.
 * Label values are bounded: operation names from clients are capped (see operationLabel), codes
 * come from the server's own ErrorCode list, job and cache names from the code.
 */
export const registry = new client.Registry();
client.collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
// With WEB_CONCURRENCY workers, the primary asks each worker for this registry and sums them (prom-client's cluster support).
client.AggregatorRegistry.setRegistries([registry]);
// Constructing one in a worker is what makes prom-client answer the primary's requests.
if (cluster.isWorker) new client.AggregatorRegistry();

const requests = new client.Counter({
  name: 'graphql_requests_total',
  help: 'GraphQL requests by operation name and outcome code (OK or the first error code).',
  labelNames: ['operation', 'code'] as const,
  registers: [registry],
});
const duration = new client.Histogram({
  name: 'graphql_request_duration_seconds',
  help: 'Time from the request arriving to the answer finishing, by operation name.',
  labelNames: ['operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});
const statements = new client.Histogram({
  name: 'graphql_sql_statements_per_request',
  help: 'SQL statements one GraphQL request sent.',
  buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 100, 200],
  registers: [registry],
});
const sqlSeconds = new client.Histogram({
  name: 'graphql_sql_seconds_per_request',
  help: 'Time one GraphQL request spent waiting for SQL statements (sum over its statements).',
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [registry],
});
const redisErrors = new client.Counter({
  name: 'redis_errors_total',
  help: 'Errors the Redis connection reported.',
  registers: [registry],
});
const cacheLookups = new client.Counter({
  name: 'rollup_cache_lookups_total',
  help: 'Rollup cache lookups by cache and result (hit or miss).',
  labelNames: ['cache', 'result'] as const,
  registers: [registry],
});
const jobRuns = new client.Counter({
  name: 'scheduled_job_runs_total',
  help: 'Runs of scheduled jobs by job and outcome (ok, failed: the run itself threw).',
  labelNames: ['job', 'outcome'] as const,
  registers: [registry],
});
const jobRecordsFailed = new client.Counter({
  name: 'scheduled_job_records_failed_total',
  help: 'Records a scheduled job could not move (each also logged).',
  labelNames: ['job'] as const,
  registers: [registry],
});

/** knex's pool (tarn.js), as far as these metrics need it. */
interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
  max: number;
}
let poolOf: (() => TarnPool | undefined) | undefined;
const poolGauge = (name: string, help: string, read: (pool: TarnPool) => number) =>
  new client.Gauge({
    name,
    help,
    registers: [registry],
    collect() {
      const pool = poolOf?.();
      if (pool) this.set(read(pool));
    },
  });
poolGauge('db_pool_connections_in_use', 'Database connections handed out by the pool.', (p) => p.numUsed());
poolGauge('db_pool_connections_idle', 'Open database connections waiting in the pool.', (p) => p.numFree());
poolGauge('db_pool_connections_max', 'Most connections the pool opens.', (p) => p.max);
poolGauge('db_pool_waiting', 'Requests for a connection waiting because the pool is exhausted.', (p) => p.numPendingAcquires());

interface KnexEvents {
  client: { pool?: TarnPool };
  on(event: string, listener: (...args: never[]) => void): unknown;
}
const timedKnexes = new WeakSet<object>();

/**
 * Reads the pool of this ORM (the newest one: tests open several in one process) and times the
 * statements MikroORM sends through knex; the prepared-statement path (core/db.ts) times its own.
 */
export function watchDatabase(orm: MikroORM): void {
  const knex = (orm.em.getDriver().getConnection() as unknown as { getKnex(): KnexEvents }).getKnex();
  poolOf = () => knex.client.pool ?? undefined;
  if (timedKnexes.has(knex)) return;
  timedKnexes.add(knex);
  // 'query' is emitted inside the request's async context; the answer may come back outside it.
  const started = new Map<string, { at: number; scope: RequestScope | undefined }>();
  knex.on('query', (query: { __knexQueryUid?: string }) => {
    if (query.__knexQueryUid) started.set(query.__knexQueryUid, { at: performance.now(), scope: requestScope.getStore() });
  });
  const finished = (_result: unknown, query: { __knexQueryUid?: string }) => {
    const entry = query?.__knexQueryUid ? started.get(query.__knexQueryUid) : undefined;
    if (!entry) return;
    started.delete(query.__knexQueryUid!);
    addSqlTime(performance.now() - entry.at, entry.scope);
  };
  knex.on('query-response', finished);
  knex.on('query-error', finished);
}

export const countRedisError = () => redisErrors.inc();
export const countCacheLookup = (cache: string, hit: boolean) => cacheLookups.inc({ cache, result: hit ? 'hit' : 'miss' });
export const countJobRun = (job: string, ok: boolean) => jobRuns.inc({ job, outcome: ok ? 'ok' : 'failed' });
export const countJobRecordFailed = (job: string) => jobRecordsFailed.inc({ job });

/*
 * Client-chosen operation names would let anyone grow the series without bound. The first
 * MAX_OPERATIONS well-formed names a process sees keep their own series (the console and sync
 * clients use a few dozen); later ones are counted as "other", unnamed ones as "anonymous", and a
 * request that never got to an operation (unreadable body, parse error) as "none".
 */
const MAX_OPERATIONS = 200;
const seenOperations = new Set<string>();
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATIONS) return 'other';
  seenOperations.add(name);
  return name;
}

export interface RequestOutcome {
  operation: string;
  code: string;
  seconds: number;
  statements: number;
  sqlSeconds: number;
}

export function recordRequest(outcome: RequestOutcome): void {
  requests.inc({ operation: outcome.operation, code: outcome.code });
  duration.observe({ operation: outcome.operation }, outcome.seconds);
  statements.observe(outcome.statements);
  sqlSeconds.observe(outcome.sqlSeconds);
}

function tokenMatches(header: string | undefined): boolean {
  if (!settings.metricsToken || !header?.startsWith('Bearer ')) return false;
  // Hashes of equal length: timingSafeEqual refuses inputs of different lengths.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(header.slice(7).trim()), digest(settings.metricsToken));
}

/**
 * GET /metrics: for the allowed addresses (the TCP peer, never X-Forwarded-For: a scraper talks to
 * the process directly) or a caller with the metrics token; 403 for everyone else.
 */
export function metricsHandler(): express.RequestHandler {
  const allowed = allowList(settings.metricsAllow);
  return async (req, res) => {
    const peer = plainAddress(req.socket.remoteAddress ?? '');
    const fromAllowed = isIP(peer) !== 0 && listed(allowed, peer);
    if (!fromAllowed && !tokenMatches(req.headers.authorization)) {
      res.status(403).type('text/plain').send('metrics are served to METRICS_ALLOW addresses or with the METRICS_TOKEN bearer token\n');
      return;
    }
    res.setHeader('content-type', registry.contentType);
    res.setHeader('cache-control', 'no-store');
    res.send(cluster.isWorker ? await clusterMetrics() : await registry.metrics());
  };
}

interface MetricsReply {
  type: 'ra:metrics';
  id: string;
  text: string | null;
}

/**
 * In a worker of several (core/cluster.ts): the metrics of every worker, summed by the primary, so
 * a scrape that lands on any worker sees the whole server. Counters and histograms add up; gauges
 * add up too unless they say otherwise (the replica lag and webhook backlog take the largest). A
 * primary that does not answer in 5 s gets this worker's own figures.
 */
function clusterMetrics(): Promise<string> {
  const id = randomUUID();
  return new Promise((resolve) => {
    const done = (text: string | null) => {
      clearTimeout(timer);
      process.off('message', listener);
      if (text !== null) resolve(text);
      else void registry.metrics().then(resolve);
    };
    const listener = (message: unknown) => {
      const reply = message as MetricsReply;
      if (reply?.type === 'ra:metrics' && reply.id === id) done(reply.text);
    };
    const timer = setTimeout(() => done(null), 5000);
    process.on('message', listener);
    process.send?.({ type: 'ra:metrics-request', id });
  });
}

/** In the primary: answers workers' metrics requests with every worker's registry, aggregated. */
export function serveClusterMetrics(): void {
  const aggregator = new client.AggregatorRegistry();
  cluster.on('message', (worker, message: { type?: unknown; id?: unknown }) => {
    if (message?.type !== 'ra:metrics-request' || typeof message.id !== 'string') return;
    const id = message.id;
    aggregator
      .clusterMetrics()
      .then((text) => ({ type: 'ra:metrics', id, text }) as MetricsReply)
      .catch(() => ({ type: 'ra:metrics', id, text: null }) as MetricsReply)
      .then((reply) => {
        if (worker.isConnected()) worker.send(reply);
      });
  });
}
