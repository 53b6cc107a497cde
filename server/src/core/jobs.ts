import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Cron } from 'croner';
import PgBoss from 'pg-boss';
import { v5 as uuidv5 } from 'uuid';
import { settings } from '../config';
import { SYSTEM_ACTOR } from './access';
import { audit } from './audit';
import { clock } from './clock';
import type { RequestContext } from './context';
import { isPostgres } from './db';
import { Loaders } from './loaders';
import { describeForLog } from './log-safe';
import { logger } from './logger';
import { countJobRecordFailed, countJobRun } from './metrics';
import { systemTransition } from './workflow';
import type { WorkflowDef } from './workflow';

/*
 * Deadlines the system watches by itself: a certificate's validity, a work team's term, a post's
 * term, a pairing's end date, a publicity period. Each domain declares its jobs in
 * `<domain>.jobs.ts` with `defineJob` and lists them in its module (`jobs`); modules/index.ts
 * registers them. A job finds the records whose deadline passed and moves each through its
 * workflow as the system (`run.transition`), so every automatic change has a history row with the
 * system as actor and an audit row, and keeps the step's guards.
 *
 * Every process keeps time for every job with croner (`JOBS_SCHEDULE`, `JOBS_TIMEZONE`). What a
 * tick does depends on the database:
 * - PostgreSQL: the tick is sent to pg-boss as a job whose id is derived from the job's name and the
 *   tick's scheduled minute, so when several server processes send the same tick the database keeps
 *   one (the insert ignores a known id), and one worker fetches it (`FOR UPDATE SKIP LOCKED`): each
 *   scheduled run happens in exactly one process. (pg-boss's own timekeeper was not used: it sends
 *   a due run from whichever process checks next and dedups by the minute of sending, and a send at
 *   the edge of a minute ran a job twice under load.)
 * - SQLite (the embedded default, one server process per file): the tick runs in the process.
 * A job is also safe to run twice: it re-reads the record under lock and a record already moved is
 * skipped, not moved again.
 */

export interface JobRun {
  /** Today's date in China (the controllable clock) when the run started; deadlines compare with it. */
  readonly today: string;
  /** A fresh entity manager for reading candidates (no actor scope: the system sees every region). */
  readonly em: SqlEntityManager;
  /**
   * Moves one record through its workflow as the system, in its own transaction. Resolves true when
   * it moved, false when it was skipped (another run moved it first) or refused (the refusal is
   * logged and counted as failed; the run goes on with the next record).
   */
  transition<E extends object>(def: WorkflowDef<E>, id: string, action: string, comment: string, payload?: object): Promise<boolean>;
  /**
   * For records that are not a workflow (a pairing's status) or a service that writes its own history
   * (publicity): the system as actor, a fresh entity manager and this run's request id, so the audit
   * rows it writes name the run. Report what it changed with `moved`.
   */
  system(): RequestContext;
  moved(count: number): void;
}

export interface JobDef {
  /** Queue name: lower-case words joined by hyphens, e.g. `product-certificates-expire`. */
  name: string;
  /** What it does, in Chinese with the English after it (logs and the audit row name the job). */
  description: string;
  /** When it runs (cron, JOBS_TIMEZONE); defaults to JOBS_SCHEDULE. */
  schedule?: () => string;
  run(run: JobRun): Promise<void>;
}

export interface JobOutcome {
  moved: number;
  skipped: number;
  failed: number;
}

export interface JobEngine {
  readonly kind: 'pg-boss' | 'croner';
  /**
   * Runs a job now and resolves with its outcome. On PostgreSQL it goes through the queue like a
   * scheduled run: processes that ask with the same `key` get one run between them (tests and
   * operations scripts use this; a scheduled run is the same thing keyed by its minute).
   */
  runNow(name: string, key?: string): Promise<JobOutcome>;
  /** Runs this process executed itself (the rest ran in other processes). */
  readonly ranHere: number;
  /** Stops scheduling and waits for runs in progress; the database pool may close after it. */
  stop(): Promise<void>;
}

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const registry = new Map<string, JobDef>();

export function defineJob(def: JobDef): JobDef {
  if (!NAME.test(def.name)) throw new Error(`Job name ${def.name} must be lower-case words joined by hyphens`);
  return def;
}

/** Called once from modules/index.ts with every domain's jobs (and core ones such as publicity). */
export function registerJobs(jobs: JobDef[]): void {
  for (const job of jobs) {
    if (registry.has(job.name) && registry.get(job.name) !== job) throw new Error(`Job ${job.name} is declared twice`);
    registry.set(job.name, job);
  }
}

export function allJobs(): JobDef[] {
  return [...registry.values()];
}

function jobNamed(name: string): JobDef {
  const def = registry.get(name);
  if (!def) throw new Error(`No job named ${name} (known: ${[...registry.keys()].join(', ')})`);
  return def;
}

function systemContext(orm: MikroORM, requestId: string): RequestContext {
  return {
    em: orm.em.fork() as SqlEntityManager,
    actor: SYSTEM_ACTOR,
    loaders: new Loaders(),
    requestId,
    ip: '127.0.0.1',
    userAgent: 'jobs',
    credentialId: null,
  };
}

function ruleOf(error: unknown): string | undefined {
  const extensions = (error as { extensions?: Record<string, unknown> }).extensions;
  return extensions ? String(extensions.rule ?? extensions.code ?? '') : undefined;
}

/** One run of one job in this process: the records it moves, then one audit row for the run itself. */
async function execute(orm: MikroORM, def: JobDef, trigger: string, tick?: string): Promise<JobOutcome> {
  const requestId = `job:${def.name}:${randomUUID()}`;
  const outcome: JobOutcome = { moved: 0, skipped: 0, failed: 0 };
  const run: JobRun = {
    today: clock.today(),
    em: orm.em.fork() as SqlEntityManager,
    async transition(workflow, id, action, comment, payload) {
      try {
        await systemTransition(systemContext(orm, requestId), workflow, id, action, comment, payload);
        outcome.moved++;
        return true;
      } catch (error) {
        // Another run (or a person) moved it after this run read it: nothing left to do.
        if (ruleOf(error) === 'ILLEGAL_TRANSITION') {
          outcome.skipped++;
          return false;
        }
        outcome.failed++;
        // The record id and the rule only: messages may quote personal data.
        countJobRecordFailed(def.name);
        logger().error(
          { job: def.name, requestId, where: ruleOf(error) ? undefined : describeForLog(error) },
          `[jobs] ${def.name}: ${workflow.name} ${id} was not moved (${ruleOf(error) || (error as Error).name})`,
        );
        return false;
      }
    },
    system: () => systemContext(orm, requestId),
    moved(count) {
      outcome.moved += count;
    },
  };
  try {
    await def.run(run);
  } catch (error) {
    countJobRun(def.name, false);
    throw error;
  }
  countJobRun(def.name, true);
  const ctx = systemContext(orm, requestId);
  audit(ctx.em, ctx, {
    entity: 'Job',
    entityId: def.name,
    action: 'job:run',
    detail: JSON.stringify({ trigger, ...(tick ? { tick } : {}), today: run.today, ...outcome }),
  });
  await ctx.em.flush();
  if (outcome.moved || outcome.failed)
    logger().info(
      { job: def.name, requestId, ...outcome },
      `[jobs] ${def.name}: ${outcome.moved} moved, ${outcome.skipped} skipped, ${outcome.failed} not moved`,
    );
  return outcome;
}

/** Pages through candidates by id so a run never holds more than `size` rows, whatever the backlog. */
export async function eachPage<R extends { id: string }>(
  load: (afterId: string, size: number) => Promise<R[]>,
  visit: (row: R) => Promise<unknown>,
  size = 200,
): Promise<void> {
  let after = '';
  for (;;) {
    const rows = await load(after, size);
    for (const row of rows) await visit(row);
    if (rows.length < size) return;
    after = rows[rows.length - 1].id;
  }
}

/**
 * Starts the engine for this database after the server listens; null when JOBS_ENABLED is false.
 * `schedule: false` starts workers only (a process that should help run jobs but not plan them).
 */
export async function startJobs(orm: MikroORM, options: { schedule?: boolean } = {}): Promise<JobEngine | null> {
  if (!settings.jobsEnabled) return null;
  const em = orm.em as SqlEntityManager;
  return isPostgres(em) ? startPgBoss(orm, options.schedule !== false) : startCroner(orm, options.schedule !== false);
}

/** Any fixed number: the advisory lock under which a process declares the queues and schedules. */
const JOBS_SETUP_LOCK = 20261206;
/** Fixed namespace for run ids derived from a trigger key. */
const RUN_NAMESPACE = '3f0c8d2e-7a41-4b8e-9c55-1d2b6e9a0f17';
const FINISHED = new Set(['completed', 'failed', 'cancelled']);

async function startPgBoss(orm: MikroORM, schedule: boolean): Promise<JobEngine> {
  const boss = new PgBoss({
    connectionString: settings.databaseUrl,
    application_name: 'rural-assist-jobs',
    // Its own small pool beside the ORM's: the workers and maintenance share it.
    max: 3,
    // Ticks come from `startTicks` in every process (see the top of this file).
    schedule: false,
  });
  // An unhandled 'error' event would end the process; a lost connection is retried by pg-boss.
  boss.on('error', (error) => logger().error({ component: 'pg-boss' }, `[jobs] pg-boss: ${error.message}`));
  await boss.start();
  let ranHere = 0;
  const jobs = allJobs();
  // pg-boss creates a queue's partition with DDL; two processes starting together deadlocked in it.
  // One process at a time declares the queues (the lock is held by an ORM connection while pg-boss
  // works on its own; it ends with the transaction).
  await (orm.em as SqlEntityManager).getKnex().transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [JOBS_SETUP_LOCK]);
    for (const def of jobs) {
      // A run that throws (the database went away) is retried twice, a minute apart.
      await boss.createQueue(def.name, { name: def.name, policy: 'standard', retryLimit: 2, retryDelay: 60, expireInSeconds: 3600 });
    }
    // Schedules kept by pg-boss itself (versions before croner kept time) would send runs of their own.
    for (const s of await boss.getSchedules()) await boss.unschedule(s.name);
  });
  for (const def of jobs) {
    await boss.work<{ trigger?: string; tick?: string }>(def.name, { pollingIntervalSeconds: 2, batchSize: 1 }, async ([job]) => {
      const outcome = await execute(orm, def, job.data?.trigger ?? 'schedule', job.data?.tick);
      ranHere++;
      return outcome;
    });
  }
  /** Sends one run; a second send with the same key is ignored, so the processes that send it share one run. */
  const send = (name: string, data: { trigger: string; tick?: string }, key?: string) => {
    const id = key ? uuidv5(`${name}:${key}`, RUN_NAMESPACE) : randomUUID();
    return boss.send(name, data, { id }).then(() => id);
  };
  const ticks = schedule
    ? startTicks((def, tick) => send(def.name, { trigger: 'schedule', tick: tick.toISOString() }, `schedule:${tick.toISOString()}`))
    : [];
  return {
    kind: 'pg-boss',
    get ranHere() {
      return ranHere;
    },
    async runNow(name, key) {
      jobNamed(name);
      const id = await send(name, { trigger: key ? `now:${key}` : 'now' }, key);
      for (;;) {
        const job = await boss.getJobById<unknown>(name, id, { includeArchive: true });
        if (job && FINISHED.has(job.state)) {
          if (job.state !== 'completed') throw new Error(`Job ${name} run ${id} ${job.state}: ${JSON.stringify(job.output)}`);
          return job.output as JobOutcome;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    async stop() {
      for (const t of ticks) t.stop();
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}

/**
 * Keeps time for every job in this process: at each tick of a job's cron, `due` is called with the
 * tick's scheduled time (the same instant in every process, whenever each one's timer fired).
 */
function startTicks(due: (def: JobDef, tick: Date) => Promise<unknown>): Cron[] {
  return allJobs().map(
    (def) =>
      new Cron(
        def.schedule?.() ?? settings.jobsSchedule,
        { name: def.name, timezone: settings.jobsTimezone, protect: true },
        async (self: Cron) => {
          const fired = self.currentRun() ?? new Date();
          const [tick] = self.previousRuns(1, new Date(fired.getTime() + 1));
          await due(def, tick ?? fired).catch((error) =>
            logger().error({ job: def.name, where: describeForLog(error) }, `[jobs] ${def.name} failed`),
          );
        },
      ),
  );
}

async function startCroner(orm: MikroORM, schedule: boolean): Promise<JobEngine> {
  let ranHere = 0;
  // One run of a job at a time: a manual run waits for a scheduled one in progress.
  const tails = new Map<string, Promise<unknown>>();
  const byKey = new Map<string, Promise<JobOutcome>>();
  const enqueue = (def: JobDef, trigger: string, tick?: string): Promise<JobOutcome> => {
    const next = (tails.get(def.name) ?? Promise.resolve())
      .catch(() => undefined)
      .then(async () => {
        const outcome = await execute(orm, def, trigger, tick);
        ranHere++;
        return outcome;
      });
    tails.set(def.name, next);
    return next;
  };
  const crons = schedule ? startTicks((def, tick) => enqueue(def, 'schedule', tick.toISOString())) : [];
  return {
    kind: 'croner',
    get ranHere() {
      return ranHere;
    },
    runNow(name, key) {
      const def = jobNamed(name);
      if (!key) return enqueue(def, 'now');
      let run = byKey.get(`${name}:${key}`);
      if (!run) {
        run = enqueue(def, `now:${key}`);
        byKey.set(`${name}:${key}`, run);
      }
      return run;
    },
    async stop() {
      for (const c of crons) c.stop();
      await Promise.allSettled([...tails.values()]);
    },
  };
}
