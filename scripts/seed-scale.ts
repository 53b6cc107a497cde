/**
 * `npm run seed:scale -- --profile province|national`: fills a PostgreSQL database with realistic,
 * rule-abiding data at provincial or national scale, for benchmarks. Bulk loading by COPY into tables
 * without their secondary indexes and foreign keys (indexes rebuilt as soon as a table is loaded,
 * foreign keys added at the end), a progress bar per part, and a final summary of rows and seconds.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/rural_province npm run seed:scale -- --profile province
 */
import 'reflect-metadata';
import { Progress } from '../seeds/scale/progress';
import { Pool } from 'pg';
import { openDatabase, seedOnce } from '../server/src/bootstrap';
import { settings } from '../server/src/config';
import { SeedRun } from '../server/src/core/seed-state';
import { seedersFor } from '../seeds';
import { loadVillages } from '../seeds/reference.seeder';
import type { EntityManager } from '@mikro-orm/core';
import { copyInto, deferIndexes } from '../seeds/scale/bulk';
import type { DeferredIndexes } from '../seeds/scale/bulk';
import { PROFILES, newRandom, stamper } from '../seeds/scale/context';
import type { ScaleContext, ScaleProfile } from '../seeds/scale/context';
import { scaleGenerators } from '../seeds/scale';

async function main(): Promise<void> {
  const i = process.argv.indexOf('--profile');
  const profile = (i >= 0 ? process.argv[i + 1] : 'province') as ScaleProfile;
  if (!(profile in PROFILES)) throw new Error('--profile must be province or national');
  if (!settings.databaseUrl.startsWith('postgres')) throw new Error('Scale data goes into PostgreSQL: set DATABASE_URL=postgres://…');
  const started = Date.now();
  const orm = await openDatabase();
  await seedOnce(orm, seedersFor({ ...settings, demoData: false, allVillages: false }));
  const em = orm.em.fork();
  if (await em.findOne(SeedRun, { name: { $like: 'scale-%' } })) {
    console.log('This database already holds scale data; use a new database for another profile.');
    await orm.close();
    return;
  }
  // The load's own sessions: nothing to wait for at commit (a crash means a new database anyway);
  // memory for index builds to sort in (the server's default is 64 MB; this machine has plenty); and
  // no parallel workers for them: at most two builds run, each on a core, while other work needs the
  // cores too, and the workers' merge only adds work (all indexes: 149 s without, 160 s with, here).
  const pool = new Pool({
    connectionString: settings.databaseUrl,
    max: 4,
    options: '-c synchronous_commit=off -c maintenance_work_mem=1GB -c max_parallel_maintenance_workers=0',
  });
  const deferred = await deferIndexes(pool, ['region', ...scaleGenerators.flatMap((g) => g.tables)]);
  const timings: Record<string, number> = {};
  const rows: Record<string, number> = {};
  let failure: unknown;
  try {
    await load(em, pool, profile, deferred, rows, timings);
  } catch (e) {
    failure = e;
  }
  // Also after a failed part: the tables must not stay without their indexes and foreign keys.
  let t = Date.now();
  const indexBar = new Progress('indexes and foreign keys', deferred.count);
  try {
    await deferred.restore(() => indexBar.increment(1));
  } catch (e) {
    if (!failure) throw e;
    console.error(e);
  }
  if (failure) throw failure;
  indexBar.done();
  timings['indexes and foreign keys'] = (Date.now() - t) / 1000;
  t = Date.now();
  // VACUUM as well: it marks the freshly loaded pages all-visible, without which the rollups'
  // covering indexes would still fetch every row from the table (index-only scans need the mark).
  await pool.query('vacuum analyze');
  timings['vacuum and analyze'] = (Date.now() - t) / 1000;
  const run = new SeedRun();
  run.name = `scale-${profile}`;
  run.summary = JSON.stringify({ rows, seconds: (Date.now() - started) / 1000 });
  await em.fork().persistAndFlush(run);
  console.log(`\nScale profile "${profile}" loaded in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  console.table(Object.entries(rows).map(([table, n]) => ({ table, rows: n })));
  console.table(Object.entries(timings).map(([part, seconds]) => ({ part, seconds })));
  await pool.end();
  await orm.close();
}

/** Villages, then each generator in turn; a part's indexes start rebuilding in the background as soon as it is loaded. */
async function load(
  em: EntityManager,
  pool: Pool,
  profile: ScaleProfile,
  deferred: DeferredIndexes,
  rows: Record<string, number>,
  timings: Record<string, number>,
): Promise<void> {
  const sizes = PROFILES[profile];
  const prefix = sizes.provinceCode ?? '';
  let t = Date.now();
  const villageBar = new Progress('villages', prefix ? 17_051 : 620_573);
  rows.region_village = await loadVillages(
    em,
    prefix,
    (n) => villageBar.increment(n),
    (villages, onChunk) =>
      copyInto(
        pool,
        'region',
        ['code', 'name', 'level', 'parent_code', 'poverty_exited_county', 'created_at', 'updated_at', 'version'],
        villages.map((v) => [v.code, v.name, v.level, v.parentCode, v.povertyExitedCounty, v.createdAt, v.updatedAt, v.version]),
        onChunk,
      ),
  );
  villageBar.setTotal(rows.region_village);
  villageBar.done();
  timings.villages = (Date.now() - t) / 1000;
  deferred.rebuild(['region']);

  const villageRows = (await pool.query(`select code from region where level = 'VILLAGE' and code like $1 order by code`, [`${prefix}%`]))
    .rows as { code: string }[];
  const villagesByCounty = new Map<string, string[]>();
  for (const { code } of villageRows) {
    const county = code.slice(0, 6);
    const list = villagesByCounty.get(county) ?? [];
    list.push(code);
    villagesByCounty.set(county, list);
  }
  const now = new Date();
  const ctx: ScaleContext = {
    pool,
    profile,
    sizes,
    rand: newRandom(),
    now,
    ...stamper(now, sizes),
    villagesByCounty,
    counties: [...villagesByCounty.keys()],
    produced: {},
    personRanges: new Map(),
    bar: (label, total) => new Progress(label, total),
    rows,
  };
  for (const generator of scaleGenerators) {
    t = Date.now();
    await generator.run(ctx);
    timings[generator.name] = (Date.now() - t) / 1000;
    deferred.rebuild(generator.tables);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
