/*
 * Backups (issue 23 §4). SQLite: `npm run backup` runs as its own process while this server keeps
 * writing through the API; the copy must be a consistent database holding everything written
 * before the backup started. PostgreSQL: a `pg_dump -Fc` of the server's database passes
 * restore-check, and a dump whose audit log lost its protection does not.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import BetterSqlite from 'better-sqlite3';
import { startTestServer } from '../support/server';
import type { TestServer } from '../support/server';
import { HUINING, createPerson } from '../identity/helpers';
import { expectedMigrations, restoreCheck } from '../../scripts/restore-check';

const run = promisify(execFile);
const projectRoot = path.resolve(__dirname, '../..');
const onSqlite = process.env.TEST_DB === 'postgresql' ? describe.skip : describe;
const onPostgres = process.env.TEST_DB === 'postgresql' ? describe : describe.skip;

onSqlite('npm run backup (SQLite online copy)', () => {
  let s: TestServer;
  let dir: string;
  beforeAll(async () => {
    s = await startTestServer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ra-backup-'));
  });
  afterAll(async () => {
    await s?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a copy taken while the server writes is consistent and holds every earlier write', async () => {
    const token = await s.login('demo.county');
    const before: string[] = [];
    for (let i = 0; i < 5; i++) before.push((await createPerson(s, token, HUINING, `备份前${i}`)).id);

    const target = path.join(dir, 'copy.sqlite');
    let backupDone = false;
    const backup = run('npm', ['run', '--silent', 'backup', '--', target], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: s.databaseUrl },
    }).finally(() => {
      backupDone = true;
    });
    // Keep writing through the API for as long as the backup process runs.
    const during: string[] = [];
    while (!backupDone) during.push((await createPerson(s, token, HUINING, `备份中${during.length}`)).id);
    const { stdout } = await backup;

    expect(during.length).toBeGreaterThan(0);
    expect(stdout).toContain(`backup written: ${target}`);
    expect(stdout).toMatch(/person: \d+ rows/);

    const copy = new BetterSqlite(target, { readonly: true, fileMustExist: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const ids = new Set((copy.prepare('select id from person').all() as { id: string }[]).map((r) => String(r.id)));
      for (const id of before) expect(ids.has(String(id))).toBe(true);
      const triggers = (
        copy.prepare(`select name from sqlite_master where type = 'trigger' and tbl_name = 'audit_log'`).all() as { name: string }[]
      ).map((r) => r.name);
      expect(triggers).toContain('audit_log_no_update');
    } finally {
      copy.close();
    }
    // The live database carried on: every write during the backup is there.
    const live = await s.em().getConnection().execute(`select count(*) as n from person where name like '备份中%'`);
    expect(Number(live[0].n)).toBe(during.length);
  }, 120_000);

  test('refuses to overwrite an existing file', async () => {
    const target = path.join(dir, 'exists.sqlite');
    fs.writeFileSync(target, 'keep me');
    await expect(
      run('npm', ['run', '--silent', 'backup', '--', target], { cwd: projectRoot, env: { ...process.env, DATABASE_URL: s.databaseUrl } }),
    ).rejects.toMatchObject({ code: 1 });
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
  }, 60_000);
});

onPostgres('restore-check (PostgreSQL pg_dump -Fc)', () => {
  const hasPgDump = spawnSync('pg_dump', ['--version']).status === 0;
  let s: TestServer;
  let dir: string;
  beforeAll(async () => {
    if (!hasPgDump) console.warn('pg_dump not found: PostgreSQL restore-check tests skipped (install postgresql-client)');
    s = await startTestServer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ra-dump-'));
  });
  afterAll(async () => {
    await s?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const dump = async (name: string): Promise<string> => {
    const file = path.join(dir, name);
    await run('pg_dump', ['-Fc', '-f', file, s.databaseUrl]);
    return file;
  };

  (hasPgDump ? test : test.skip)(
    'a dump of the running database restores and verifies',
    async () => {
      const token = await s.login('demo.county');
      await createPerson(s, token, HUINING, '转储前');
      const [{ n: people }] = await s.directRows('select count(*)::int as n from person');
      const [{ n: audits }] = await s.directRows('select count(*)::int as n from audit_log');

      const lines: string[] = [];
      const result = await restoreCheck(await dump('good.dump'), undefined, (l) => lines.push(l));
      expect(result.migrations).toBe(expectedMigrations().length);
      expect(result.counts.person).toBe(people);
      expect(result.counts.audit_log).toBe(audits);
      expect(result.counts.region).toBeGreaterThan(0);
      expect(lines.join('\n')).toMatch(/append-only \(update and delete refused\)/);
      // The scratch database is gone.
      expect(await s.directRows('select 1 from pg_database where datname = ?', [result.database])).toHaveLength(0);
    },
    180_000,
  );

  (hasPgDump ? test : test.skip)(
    'a dump taken under write load restores into a server that answers a fixed set of queries as the original did',
    async () => {
      const county = await s.login('demo.county');
      const province = await s.login('demo.province');
      // Records the load does not touch: the load only adds persons in 会宁县.
      const QUERIES: [string, string][] = [
        [
          '{ regions(first: 50, filter: { within: "620421" }, orderBy: [{ field: code }]) { totalCount nodes { code name level } } }',
          province,
        ],
        [
          '{ welfarePosts(first: 100, orderBy: [{ field: createdAt }]) { totalCount nodes { id version title status headcount monthlySubsidy village { code } } } }',
          county,
        ],
        [
          '{ jobPlacements(first: 100, orderBy: [{ field: createdAt }]) { totalCount nodes { id version status startDate person { name idNumber } } } }',
          county,
        ],
        [
          '{ persons(first: 100, filter: { village: { within: "620421" } }, orderBy: [{ field: createdAt }]) { totalCount nodes { id name idNumber phone } } }',
          province,
        ],
        ['{ organizations(first: 100, orderBy: [{ field: name }]) { totalCount nodes { id name kind } } }', province],
        ['{ welfareRollup(regionCode: "620422", year: 2025) { posts places filledPlaces onPost } }', county],
      ];
      const answers = async (server: TestServer, tokens: Map<string, string>) => {
        const out: unknown[] = [];
        for (const [query, who] of QUERIES) {
          const r = await server.gql(query, {}, tokens.get(who) ?? who);
          expect(r.errors).toBeUndefined();
          out.push(r.data);
        }
        return out;
      };
      const before = await answers(s, new Map());
      // the fixed queries return real rows, so equal answers mean the same data
      expect((before[1] as { welfarePosts: { nodes: unknown[] } }).welfarePosts.nodes.length).toBeGreaterThan(0);
      expect((before[3] as { persons: { nodes: unknown[] } }).persons.nodes.length).toBeGreaterThan(0);

      let dumped = false;
      const file = path.join(dir, 'under-load.dump');
      const dumping = run('pg_dump', ['-Fc', '-f', file, s.databaseUrl]).finally(() => (dumped = true));
      let written = 0;
      while (!dumped) {
        await createPerson(s, county, HUINING, `转储中${written}`);
        written++;
      }
      await dumping;
      expect(written).toBeGreaterThan(0);

      const restoredName = `restored_${Date.now().toString(36)}`;
      const adminUrl = s.databaseUrl.replace(/\/[^/]*$/, '/test');
      const restoredUrl = s.databaseUrl.replace(/\/[^/]*$/, `/${restoredName}`);
      await run('psql', [adminUrl, '-c', `create database ${restoredName}`]);
      let restored: TestServer | undefined;
      try {
        await run('pg_restore', ['--exit-on-error', '--no-owner', '--no-privileges', '-d', restoredUrl, file], {
          maxBuffer: 16 * 1024 * 1024,
        });
        restored = await startTestServer({ DATABASE_URL: restoredUrl });
        const tokens = new Map([
          [county, await restored.login('demo.county')],
          [province, await restored.login('demo.province')],
        ]);
        expect(await answers(restored, tokens)).toEqual(before);
      } finally {
        await restored?.close();
        await run('psql', [adminUrl, '-c', `drop database if exists ${restoredName} with (force)`]);
      }
    },
    180_000,
  );

  (hasPgDump ? test : test.skip)(
    'fails when the audit log lost its protection or migrations are missing',
    async () => {
      await s.directSql('alter table audit_log disable trigger audit_log_append_only');
      await expect(restoreCheck(await dump('disabled.dump'))).rejects.toThrow(/append-only trigger is disabled/);
      await s.directSql('alter table audit_log enable trigger audit_log_append_only');

      const last = expectedMigrations().slice(-1)[0];
      await s.directSql('alter table audit_log disable trigger audit_log_append_only');
      await s.directSql('drop trigger audit_log_append_only on audit_log');
      await expect(restoreCheck(await dump('unprotected.dump'))).rejects.toThrow(/append-only trigger audit_log_append_only is missing/);

      await s.directSql('delete from schema_migrations where name = ?', [last]);
      await expect(restoreCheck(await dump('behind.dump'))).rejects.toThrow(new RegExp(`missing: ${last}`));
    },
    180_000,
  );
});
