/*
 * A second server process for the tests that need one, started with `node -r ts-node/register`:
 * it opens the database as `npm start` does (migrations and seeding under the startup lock) and,
 * if asked, writes as any server process writes: through MikroORM, with the application's
 * subscribers. Arguments:
 *   start                       open, migrate and seed, then exit
 *   set-headcount <postId> <n>  change a welfare post's headcount, then exit
 *   run-jobs <key> <advanceMs>  start the deadline-job engine as `npm start` does, with the clock
 *                               moved by advanceMs, ask for every job's run `key` and wait for each;
 *                               prints {"ranHere": n, "outcomes": {...}} as its last line
 * DATABASE_URL (and REDIS_URL, when the test wants it) come from the environment.
 */
import { openDatabase, seedOnce } from '../../server/src/bootstrap';
import { settings } from '../../server/src/config';
import { closeRedis } from '../../server/src/core/redis';
import { clock } from '../../server/src/core/clock';
import { allJobs, startJobs } from '../../server/src/core/jobs';
import { WelfarePost } from '../../server/src/modules/welfare/welfare.entity';
import { seedersFor } from '../../seeds';

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  const orm = await openDatabase(settings.databaseUrl);
  try {
    if (command === 'start') {
      await seedOnce(orm, seedersFor(settings), () => undefined);
    } else if (command === 'set-headcount') {
      const em = orm.em.fork();
      const post = await em.findOneOrFail(WelfarePost, { id: args[0] });
      post.headcount = Number(args[1]);
      await em.flush();
    } else if (command === 'run-jobs') {
      clock.advance(Number(args[1]));
      const engine = await startJobs(orm);
      if (!engine) throw new Error('JOBS_ENABLED is false');
      try {
        const outcomes: Record<string, unknown> = {};
        await Promise.all(allJobs().map(async (job) => (outcomes[job.name] = await engine.runNow(job.name, args[0]))));
        console.log(JSON.stringify({ ranHere: engine.ranHere, outcomes }));
      } finally {
        await engine.stop();
      }
    } else {
      throw new Error(`unknown command ${command}`);
    }
  } finally {
    await orm.close(true);
    await closeRedis();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
