import cluster from 'node:cluster';
import type { Worker } from 'node:cluster';
import type { Settings } from '../config';
import { logger } from './logger';
import { serveClusterMetrics } from './metrics';

/*
 * Several API processes on one machine (WEB_CONCURRENCY), with Node's own `cluster` module: a
 * primary process that serves nothing forks N workers, each the whole server (main.ts), and shares
 * one listening port among them (the primary accepts and hands connections round-robin). Node keeps
 * this module; PM2 or a process manager per worker would add a dependency or a unit per process and
 * do no more for a stateless server. A worker keeps nothing another needs: sessions, rate limits and
 * rollup-cache generations are in Redis, scheduled jobs and migrations are coordinated in PostgreSQL
 * (pg-boss, advisory locks). So a worker can die and be replaced, and N workers answer as one.
 *
 * Without WEB_CONCURRENCY (or with 1) there is no primary: the process is the server, as before.
 */

/** How long a replaced worker must have run for its next death to start the backoff again from the shortest delay. */
const STABLE_MS = 60_000;
const FIRST_RESTART_MS = 1_000;
const MAX_RESTART_MS = 30_000;

export interface ClusterPlan {
  /** Worker processes to run; 1 means this process is the server itself. */
  workers: number;
  /** Why fewer workers than asked for, for the log. */
  clamped?: string;
}

/**
 * Reads WEB_CONCURRENCY (kept out of config.ts's Settings: only the process that forks reads it, and
 * every worker would otherwise carry a setting that means nothing to it) and decides how many workers
 * this deployment can run. More than one needs PostgreSQL and Redis: on SQLite, a file of one machine
 * for one process, migrations and seeding are not under a lock and the write lock would serialise
 * the workers anyway; without Redis each worker would keep its own rate-limit counters (N times the
 * limit) and its own rollup-cache generations (another worker's write unseen for up to
 * ROLLUP_CACHE_SECONDS). Those cases run one process and say why, rather than refuse to start a
 * server that works fine as one process.
 */
export function clusterPlan(settings: Pick<Settings, 'databaseUrl' | 'redisUrl'>, raw = process.env.WEB_CONCURRENCY): ClusterPlan {
  if (raw === undefined || raw.trim() === '') return { workers: 1 };
  const asked = Number(raw.trim());
  if (!Number.isInteger(asked) || asked < 1)
    throw new Error(`Setting WEB_CONCURRENCY must be a whole number of at least 1 (worker processes), got "${raw}"`);
  if (asked === 1) return { workers: 1 };
  if (settings.databaseUrl.startsWith('sqlite')) {
    return {
      workers: 1,
      clamped: `WEB_CONCURRENCY=${asked} ignored: SQLite is the embedded single-process database; running one process. Several processes need PostgreSQL (DATABASE_URL=postgres://…) and Redis (REDIS_URL).`,
    };
  }
  if (!settings.redisUrl) {
    return {
      workers: 1,
      clamped: `WEB_CONCURRENCY=${asked} ignored: without REDIS_URL each process would keep its own rate limits and cache generations; running one process. Set REDIS_URL to run several.`,
    };
  }
  return { workers: asked };
}

/** A message from the primary telling a worker to stop: the signal the primary received, and whether it was the second one ("now"). */
interface StopMessage {
  type: 'ra:stop';
  signal: NodeJS.Signals;
  now: boolean;
}

function isStopMessage(message: unknown): message is StopMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ra:stop';
}

let stopHandler: ((signal: NodeJS.Signals, now: boolean) => void) | undefined;

// Listening from the start. Told to stop while still starting (migrations, seeding), a worker has
// nothing to drain: it ends at once, as a single process does on a signal before main.ts handles
// signals, and PostgreSQL rolls back what the start had open. Waiting for the start to finish first
// took longer than the primary's patience on a first start under load (seeding), and the worker was
// killed anyway.
if (cluster.isWorker) {
  const deliver = (message: StopMessage) => {
    if (stopHandler) stopHandler(message.signal, message.now);
    else {
      logger().info(`${message.signal} while starting: exiting`);
      process.exit(0);
    }
  };
  process.on('message', (message: unknown) => {
    if (isStopMessage(message)) deliver(message);
  });
  process.on('disconnect', () => deliver({ type: 'ra:stop', signal: 'SIGTERM', now: false }));
}

/**
 * In a worker: calls `stop` when the primary says so, or when the primary is gone (its channel
 * closed: killed, or crashed), so no orphan keeps a database pool open. A stop from the primary
 * while this worker is already stopping is not a second signal: systemd signals every process of
 * the unit and Ctrl-C the whole process group, so a worker often hears the signal itself and then
 * again from the primary. Only the primary's "now" (a second signal to it) cuts the drain short.
 */
export function onPrimaryStop(stop: (signal: NodeJS.Signals, now: boolean) => void): void {
  if (cluster.isWorker) stopHandler = stop;
}

export function isClusterWorker(): boolean {
  return cluster.isWorker;
}

export interface PrimaryOptions {
  workers: number;
  /** The worker's entry: the compiled or ts-node main file (cluster would otherwise run process.argv[1], e.g. scripts/start.js). */
  entry: string;
  /** Longest a worker may take to drain; the primary kills what is left some seconds after. */
  shutdownGraceSeconds: number;
  /** Called once, when the first worker listens (the banner). */
  onListening(port: number): void;
}

/**
 * Runs the primary: forks the workers, replaces those that die with a growing delay (1 s doubling
 * to 30 s, back to 1 s after a worker ran a minute), and on SIGTERM or SIGINT asks every worker to
 * drain (main.ts's stop) and exits 0 when all of them exited 0, 1 otherwise. If the first workers
 * die before any has listened, the configuration or the database is wrong, not a worker: the
 * primary stops with 1 instead of restarting them forever, and the service manager reports it.
 */
export function runPrimary(options: PrimaryOptions): void {
  const log = logger().child({ component: 'cluster' });
  cluster.setupPrimary({ exec: options.entry });
  serveClusterMetrics();

  let stopping = false;
  let everListened = false;
  let failed = false;
  const slots = new Map<number, { worker: Worker; startedAt: number; restarts: number; listened: boolean }>();
  const timers = new Set<NodeJS.Timeout>();

  const fork = (slot: number, restarts: number) => {
    const worker = cluster.fork();
    slots.set(slot, { worker, startedAt: Date.now(), restarts, listened: false });
    worker.on('listening', (address) => {
      const state = slots.get(slot);
      if (state?.worker === worker) state.listened = true;
      if (!everListened) {
        everListened = true;
        options.onListening(address.port);
      }
    });
    worker.on('exit', (code, signal) => {
      const state = slots.get(slot);
      if (state?.worker !== worker) return;
      const how = signal ? `signal ${signal}` : `code ${code}`;
      if (stopping) {
        if (code !== 0) failed = true;
        log.info({ worker: worker.process.pid, slot }, `worker ${worker.process.pid} exited (${how})`);
        slots.delete(slot);
        if (!slots.size) {
          log[failed ? 'warn' : 'info'](failed ? 'Stopped; a worker did not stop cleanly.' : 'Stopped.');
          process.exit(failed ? 1 : 0);
        }
        return;
      }
      if (!everListened && !state.listened) {
        log.fatal(
          { worker: worker.process.pid, slot },
          `worker ${worker.process.pid} exited (${how}) before it could serve: stopping (check the settings and the database)`,
        );
        failed = true;
        slots.delete(slot);
        stopAll('SIGTERM');
        return;
      }
      const ranMs = Date.now() - state.startedAt;
      const restarts = ranMs >= STABLE_MS ? 0 : state.restarts;
      const delay = Math.min(MAX_RESTART_MS, FIRST_RESTART_MS * 2 ** restarts);
      log.error(
        { worker: worker.process.pid, slot, ranMs, restartInMs: delay },
        `worker ${worker.process.pid} died (${how}); starting another in ${delay} ms`,
      );
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!stopping) fork(slot, restarts + 1);
      }, delay);
      timers.add(timer);
    });
  };

  const stopAll = (signal: NodeJS.Signals) => {
    const now = stopping;
    stopping = true;
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    if (!slots.size) process.exit(failed ? 1 : 0);
    log.info(`${signal}${now ? ' again' : ''}: ${now ? 'workers exit now' : `draining ${slots.size} workers`}`);
    for (const { worker } of slots.values()) {
      const message: StopMessage = { type: 'ra:stop', signal, now };
      if (worker.isConnected()) worker.send(message);
      else worker.process.kill(signal);
    }
    if (!now) {
      // A worker stuck past its own grace period (a hung close) is ended, and counts as a failure.
      setTimeout(
        () => {
          for (const { worker } of slots.values()) {
            log.error(
              { worker: worker.process.pid },
              `worker ${worker.process.pid} still running ${options.shutdownGraceSeconds + 15} s after ${signal}: killing it`,
            );
            failed = true;
            worker.process.kill('SIGKILL');
          }
        },
        (options.shutdownGraceSeconds + 15) * 1000,
      ).unref();
    }
  };
  process.on('SIGTERM', () => stopAll('SIGTERM'));
  process.on('SIGINT', () => stopAll('SIGINT'));

  log.info(`starting ${options.workers} worker processes (WEB_CONCURRENCY)`);
  for (let slot = 0; slot < options.workers; slot++) fork(slot, 0);
}
