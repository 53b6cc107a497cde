import 'reflect-metadata';
import { settings } from './config';
import { openDatabase, seedOnce } from './bootstrap';
import { createApp, listen } from './app';
import { closeRedis } from './core/redis';
import { logger } from './core/logger';
import { describeForLog } from './core/log-safe';
import { startJobs } from './core/jobs';
import type { JobEngine } from './core/jobs';
import { clusterPlan, isClusterWorker, onPrimaryStop, runPrimary } from './core/cluster';
import { startWebhookDispatcher } from './modules/webhook/webhook.service';
import type { WebhookDispatcher } from './modules/webhook/webhook.service';
import { flushSessionActivity } from './modules/identity/identity.sessions';
import { seedersFor } from '../../seeds';

async function main(): Promise<void> {
  const orm = await openDatabase();
  await seedOnce(orm, seedersFor(settings));
  const { httpServer, apollo, drain } = await createApp(orm);
  // Started after the signal handlers are in place: a signal while the engine starts still stops cleanly.
  let jobs: JobEngine | null = null;
  let webhooks: WebhookDispatcher | null = null;

  /*
   * Stopping (SIGTERM from systemd or a container runtime, Ctrl-C): /readyz answers 503 and no new
   * connection is accepted; requests in flight finish, for at most SHUTDOWN_GRACE_SECONDS, each
   * connection's last answer saying `Connection: close`; then background work stops and the pool
   * and Redis close. Exit 0 when everything in flight was answered, 1 when the grace period ran out
   * or a second signal said "now".
   */
  let stopping = false;
  // `now`: a second signal, or the primary passing on its second one.
  const stop = async (signal: NodeJS.Signals, now: boolean) => {
    if (stopping) {
      if (!now) return;
      logger().warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    logger().info(`${signal}: finishing ${drain.inFlight} requests in flight (at most ${settings.shutdownGraceSeconds} s)…`);
    try {
      const drained = await drain.drain(settings.shutdownGraceSeconds * 1000);
      // Apollo's own stop hooks; its drain step finds the HTTP server already drained.
      await apollo.stop();
      // Sessions' last request times this process has not written yet (they count for the idle timeout).
      await flushSessionActivity();
      // A deadline run in progress finishes its record and its audit row on the same pool.
      await jobs?.stop();
      // A delivery in progress finishes and records its attempt; the rest wait in the outbox for the next start.
      await webhooks?.stop();
      await orm.close();
      await closeRedis();
      logger()[drained ? 'info' : 'warn'](
        drained ? 'Stopped.' : `Stopped; requests still running after ${settings.shutdownGraceSeconds} s were cut off.`,
      );
      process.exit(drained ? 0 : 1);
    } catch (error) {
      logger().error({ where: describeForLog(error) }, 'Stopping failed');
      process.exit(1);
    }
  };
  // A worker of several (core/cluster.ts) hears a signal twice, in either order: from the terminal
  // or systemd (they signal every process of the group or unit) and passed on by the primary. So
  // to a worker no signal means "now"; the primary says so when it gets a second one itself.
  const worker = isClusterWorker();
  process.on('SIGINT', (signal) => void stop(signal, !worker && stopping));
  process.on('SIGTERM', (signal) => void stop(signal, !worker && stopping));
  onPrimaryStop((signal, now) => void stop(signal, now));

  const port = await listen(httpServer, settings.port);
  // Workers share the primary's port; it prints the banner once, for all of them.
  if (worker) logger().info({ port }, `worker ${process.pid} listening`);
  else printBanner(port);
  jobs = await startJobs(orm);
  if (jobs && !worker) console.log(`  Deadline jobs:     ${jobs.kind}, "${settings.jobsSchedule}" ${settings.jobsTimezone}`);
  webhooks = startWebhookDispatcher(orm);
}

function printBanner(port: number, processes = 1): void {
  const base = `http://localhost:${port}`;
  console.log(`\n乡村振兴帮扶管理 is running on ${settings.databaseUrl.startsWith('sqlite') ? 'SQLite' : 'PostgreSQL'}`);
  console.log(`  Console (管理后台): ${base}/admin/`);
  console.log(`  GraphQL API:       ${base}/graphql`);
  console.log(`  GraphQL IDE:       ${base}/graphiql`);
  if (settings.demoData)
    console.log(
      '  Demo accounts:     demo.village → demo.township → demo.county (one per review level), demo.province,\n                     demo.auditor, demo.security, demo.im.* (内蒙古); password Demo#2025 (README lists them all)',
    );
  if (processes > 1) console.log(`  Processes:         ${processes} workers (WEB_CONCURRENCY), primary pid ${process.pid}`);
}

function start(): void {
  const plan = clusterPlan(settings);
  if (plan.clamped) logger().warn(plan.clamped);
  if (plan.workers > 1 && !isClusterWorker()) {
    runPrimary({
      workers: plan.workers,
      entry: __filename,
      shutdownGraceSeconds: settings.shutdownGraceSeconds,
      onListening: (port) => {
        printBanner(port, plan.workers);
        // Several workers run only on PostgreSQL, whose job engine is pg-boss.
        if (settings.jobsEnabled) console.log(`  Deadline jobs:     pg-boss, "${settings.jobsSchedule}" ${settings.jobsTimezone}`);
      },
    });
    return;
  }
  main().catch((error) => {
    logger().fatal({ where: describeForLog(error) }, 'Failed to start');
    process.exit(1);
  });
}

start();
