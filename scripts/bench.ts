/**
 * `npm run bench`: the GraphQL server in production mode against a PostgreSQL scale database,
 * each scenario alternated with a baseline that serves the same JSON from one hand-written SQL
 * statement behind node:http, in the same run. Prints requests/s, p50, p99, SQL statements per
 * request and the ratio to the baseline; writes docs/benchmarks.json and docs/benchmarks.md.
 *
 * Two servers run side by side: the product as configured by default (graphql-jit, rollup cache),
 * and a reference one with graphql-js and no rollup cache, so each lever is measured against the
 * same data in the same run. Then a mixed read/write workload with workflow transitions runs for
 * --mixed-seconds and the server's heap is reported at its start and end.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/rural npm run bench -- --seconds 10 --connections 16 --mixed-seconds 600
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { spawn } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import argon2 from 'argon2';
import { projectRoot } from '../server/src/config';
import { runMixed } from './bench-mixed';
import type { MixedResult } from './bench-mixed';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SECONDS = opt('seconds', 10);
const CONNECTIONS = opt('connections', 16);
const ROUNDS = opt('rounds', 2);
const MIXED_SECONDS = opt('mixed-seconds', 60);
const MIXED_CLIENTS = opt('mixed-clients', 8);
const databaseUrl = process.env.DATABASE_URL ?? '';
if (!databaseUrl.startsWith('postgres')) {
  console.error('Set DATABASE_URL to a PostgreSQL database seeded with `npm run seed:scale` (or SEED_ALL_VILLAGES=true npm start).');
  process.exit(2);
}
const root = projectRoot;
const GRAPHQL_PORT = 4411;
const BASELINE_PORT = 4412;
/** graphql-js executor, rollup cache off: the reference for the jit and cache levers. */
const REFERENCE_PORT = 4413;
const BENCH_COUNTY = '620422';
const pool = new Pool({ connectionString: databaseUrl, max: CONNECTIONS });

interface Scenario {
  name: string;
  description: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Produces the same `data` as the GraphQL query, from hand-written SQL. */
  baseline: () => Promise<unknown>;
  targetStatements?: number;
  /** Also measured on the graphql-js reference server (nested lists: the executor lever). */
  compareExecutor?: boolean;
  /** Measured on the reference server only (the rollup with its cache off). */
  port?: number;
}

async function one<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await pool.query(sql, params)).rows as T[];
}

const scenarios: Scenario[] = [
  {
    name: 'nested-2: counties → townships (100 × 20)',
    description: '100 counties, each with its first 20 townships and their total',
    query: `{ regions(filter: { level: { eq: COUNTY } }, first: 100, orderBy: [{ field: code }]) { nodes { code name children(first: 20, orderBy: [{ field: code }]) { totalCount nodes { code name } } } } }`,
    targetStatements: 2,
    compareExecutor: true,
    baseline: async () => {
      const rows = await one(`
        with c as (select code, name from region where level = 'COUNTY' and archived_at is null order by code limit 100),
        t as (select r.parent_code, r.code, r.name, row_number() over (partition by r.parent_code order by r.code) rn,
                     count(*) over (partition by r.parent_code) total
              from region r join c on r.parent_code = c.code where r.archived_at is null)
        select c.code, c.name, coalesce(json_agg(json_build_object('code', t.code, 'name', t.name) order by t.code) filter (where t.rn <= 20), '[]') as towns,
               coalesce(max(t.total), 0)::int as total
        from c left join t on t.parent_code = c.code group by c.code, c.name order by c.code`);
      return { regions: { nodes: rows.map((r) => ({ code: r.code, name: r.name, children: { totalCount: r.total, nodes: r.towns } })) } };
    },
  },
  {
    name: 'nested-3: cities → counties → townships',
    description: '50 cities, their counties (first 20), each county’s townships (first 20)',
    query: `{ regions(filter: { level: { eq: CITY } }, first: 50, orderBy: [{ field: code }]) { nodes { code name children(first: 20, orderBy: [{ field: code }]) { nodes { code name children(first: 20, orderBy: [{ field: code }]) { nodes { code name } } } } } } }`,
    targetStatements: 3,
    compareExecutor: true,
    baseline: async () => {
      const rows = await one(`
        with ci as (select code, name from region where level = 'CITY' and archived_at is null order by code limit 50),
        co as (select * from (select r.parent_code, r.code, r.name, row_number() over (partition by r.parent_code order by r.code) rn
               from region r join ci on r.parent_code = ci.code where r.archived_at is null) x where rn <= 20),
        tw as (select * from (select r.parent_code, r.code, r.name, row_number() over (partition by r.parent_code order by r.code) rn
               from region r join co on r.parent_code = co.code where r.archived_at is null) y where rn <= 20),
        coj as (select co.parent_code, co.code, json_build_object('code', co.code, 'name', co.name, 'children', json_build_object('nodes',
                  coalesce((select json_agg(json_build_object('code', tw.code, 'name', tw.name) order by tw.code) from tw where tw.parent_code = co.code), '[]'))) j from co)
        select ci.code, ci.name, coalesce((select json_agg(coj.j order by coj.code) from coj where coj.parent_code = ci.code), '[]') counties from ci order by ci.code`);
      return { regions: { nodes: rows.map((r) => ({ code: r.code, name: r.name, children: { nodes: r.counties } })) } };
    },
  },
  {
    name: 'first page: villages within a province by name',
    description: 'filtered (within 62, level VILLAGE), sorted by name, first 20, with total',
    query: `{ regions(filter: { level: { eq: VILLAGE }, within: "62" }, first: 20, orderBy: [{ field: name }]) { totalCount nodes { code name } } }`,
    baseline: async () => {
      const [rows, count] = await Promise.all([
        one(
          `select code, name from region where level = 'VILLAGE' and code like '62%' and archived_at is null order by name, code limit 20`,
        ),
        one(`select count(*)::int c from region where level = 'VILLAGE' and code like '62%' and archived_at is null`),
      ]);
      return { regions: { totalCount: count[0].c, nodes: rows } };
    },
  },
  {
    name: 'nested-2: work teams → members (100 × 5)',
    description: '100 ACTIVE teams (default order), each with its members on duty and their total',
    query: `{ workTeams(filter: { status: { eq: ACTIVE } }, first: 100) { nodes { id villageCode members(first: 10) { totalCount nodes { name role } } } } }`,
    targetStatements: 2,
    compareExecutor: true,
    baseline: async () => {
      const rows = await one(`
        with w as (select id, village_code, created_at from work_team where status = 'ACTIVE' and archived_at is null order by created_at, id limit 100),
        m as (select m.team_id, m.name, m.role, m.created_at, m.id, row_number() over (partition by m.team_id order by m.created_at, m.id) rn, count(*) over (partition by m.team_id) total
              from team_member m join w on m.team_id = w.id where m.archived_at is null)
        select w.id, w.village_code, coalesce(json_agg(json_build_object('name', m.name, 'role', m.role) order by m.created_at, m.id) filter (where m.rn <= 10), '[]') as members, coalesce(max(m.total), 0)::int as total
        from w left join m on m.team_id = w.id group by w.id, w.village_code, w.created_at order by w.created_at, w.id`);
      return {
        workTeams: {
          nodes: rows.map((r) => ({ id: r.id, villageCode: r.village_code, members: { totalCount: r.total, nodes: r.members } })),
        },
      };
    },
  },
  {
    name: 'nested-3: posts → placements → person',
    description: '50 posts within a county, their first 10 placements, each placement’s person (joined into the placements statement)',
    query: `{ welfarePosts(filter: { village: { within: "620422" } }, first: 50) { nodes { id title placements(first: 10) { nodes { id status person { name } } } } } }`,
    targetStatements: 3,
    compareExecutor: true,
    baseline: async () => {
      const rows = await one(`
        with p as (select id, title, created_at from welfare_post where region_code like '620422%' and archived_at is null order by created_at, id limit 50),
        j as (select * from (select j.post_id, j.id, j.status, j.created_at, j.person_id, row_number() over (partition by j.post_id order by j.created_at, j.id) rn
              from job_placement j join p on j.post_id = p.id where j.archived_at is null) x where rn <= 10)
        select p.id, p.title, coalesce(json_agg(json_build_object('id', j.id, 'status', j.status, 'person', json_build_object('name', pe.name)) order by j.created_at, j.id) filter (where j.id is not null), '[]') as placements
        from p left join j on j.post_id = p.id left join person pe on pe.id = j.person_id group by p.id, p.title, p.created_at order by p.created_at, p.id`);
      return { welfarePosts: { nodes: rows.map((r) => ({ id: r.id, title: r.title, placements: { nodes: r.placements } })) } };
    },
  },
  {
    name: 'first page: placements on post in a county, newest first',
    description: 'filtered (status ONBOARDED, within 620422), sorted by updatedAt desc, first 20, with total',
    query: `{ jobPlacements(filter: { status: { eq: ONBOARDED }, region: { within: "620422" } }, first: 20, orderBy: [{ field: updatedAt, direction: DESC }]) { totalCount nodes { id agreementNumber startDate } } }`,
    baseline: async () => {
      const [rows, count] = await Promise.all([
        one(
          `select id, agreement_number as "agreementNumber", start_date as "startDate" from job_placement where status = 'ONBOARDED' and region_code like '620422%' and archived_at is null order by updated_at desc, id desc limit 20`,
        ),
        one(`select count(*)::int c from job_placement where status = 'ONBOARDED' and region_code like '620422%' and archived_at is null`),
      ]);
      return { jobPlacements: { totalCount: count[0].c, nodes: rows } };
    },
  },
  {
    name: 'rollup: public-welfare jobs of a province for a year',
    description: 'welfareRollup(62, this year): posts, places, filled places, people on post (all placements of the province)',
    query: `{ welfareRollup(regionCode: "62", year: ${new Date().getUTCFullYear()}) { posts places filledPlaces onPost povertyExitedOnPost } }`,
    baseline: async () => {
      const y = new Date().getUTCFullYear();
      const [posts, filled, onPost] = await Promise.all([
        one(
          `select count(*)::int posts, coalesce(sum(headcount), 0)::int places from welfare_post
             where region_code like '62%' and archived_at is null and status in ('OPEN', 'CLOSED') and term_start <= $1 and term_end >= $2`,
          [`${y}-12-31`, `${y}-01-01`],
        ),
        one(
          `select count(*)::int c from job_placement p join welfare_post t on t.id = p.post_id
             where t.region_code like '62%' and t.archived_at is null and t.status in ('OPEN', 'CLOSED') and t.term_start <= $1 and t.term_end >= $2
               and p.region_code like '62%' and p.archived_at is null and p.status in ('APPROVED', 'ONBOARDED')`,
          [`${y}-12-31`, `${y}-01-01`],
        ),
        one(
          `select count(*)::int c, coalesce(sum(case when priority_category = 'POVERTY_EXITED' then 1 else 0 end), 0)::int pe from job_placement
             where region_code like '62%' and archived_at is null and status in ('ONBOARDED', 'EXITED') and start_date is not null and start_date <= $1 and (exit_date is null or exit_date >= $2)`,
          [`${y}-12-31`, `${y}-01-01`],
        ),
      ]);
      return {
        welfareRollup: {
          posts: posts[0].posts,
          places: posts[0].places,
          filledPlaces: filled[0].c,
          onPost: onPost[0].c,
          povertyExitedOnPost: onPost[0].pe,
        },
      };
    },
  },
];
// The same rollup on the reference server, whose rollup cache is off: the cost of computing it.
scenarios.push({
  ...scenarios.find((x) => x.name.startsWith('rollup:'))!,
  name: 'rollup: the same, computed (cache off)',
  port: REFERENCE_PORT,
});

/** Today in China, as the server's clock gives it. */
const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const UNDECIDED_CASES = `('CLUE', 'CHECKED', 'CONSENTED', 'COMPARED', 'VILLAGE_REVIEWED', 'PUBLICIZING', 'TOWNSHIP_REVIEWED')`;
const lastYear = new Date().getUTCFullYear() - 1;

scenarios.push(
  {
    name: 'first page: overdue monitoring cases of a county, by deadline',
    description: 'monitoringCases filtered (overdue, within 620422), sorted by deadline, first 20, with total',
    query: `{ monitoringCases(filter: { overdue: { eq: true }, region: { within: "620422" } }, first: 20, orderBy: [{ field: deadline }]) { totalCount nodes { id status clueDate deadline } } }`,
    baseline: async () => {
      const [rows, count] = await Promise.all([
        one(
          `select id, status, clue_date as "clueDate", deadline from monitoring_case where overdue and region_code like '620422%' and archived_at is null order by deadline, id limit 20`,
        ),
        one(`select count(*)::int c from monitoring_case where overdue and region_code like '620422%' and archived_at is null`),
      ]);
      return { monitoringCases: { totalCount: count[0].c, nodes: rows } };
    },
  },
  {
    name: 'rollup: monitoring of a province for a year, computed (cache off)',
    description: 'monitoringRollup(62, last year): households and those below the line, cases, decided on time, overdue, eliminated',
    query: `{ monitoringRollup(regionCode: "62", year: ${lastYear}) { households householdsBelowLine cases decided decidedWithinDeadline overdue eliminated } }`,
    port: REFERENCE_PORT,
    baseline: async () => {
      const today = chinaToday();
      const [households, cases, eliminated] = await Promise.all([
        one(
          `select count(*)::int n, coalesce(sum(case when i.total - h.compliant_expenses < l.amount * h.size then 1 else 0 end), 0)::int below
             from household h
             left join (select household_id, sum(amount) total from household_income where year = $1 and archived_at is null group by household_id) i on i.household_id = h.id
             left join lateral (select amount from monitoring_line where province_code = substr(h.village_code, 1, 2) and effective_from <= $2 and archived_at is null order by effective_from desc limit 1) l on true
             where h.village_code like '62%' and h.archived_at is null`,
          [lastYear, `${lastYear}-12-31`],
        ),
        one(
          `select count(*)::int n, count(decided_on)::int decided, coalesce(sum(case when decided_on <= deadline then 1 else 0 end), 0)::int on_time,
                  coalesce(sum(case when status in ${UNDECIDED_CASES} and deadline < $3 then 1 else 0 end), 0)::int overdue
             from monitoring_case where region_code like '62%' and archived_at is null and clue_date between $1 and $2`,
          [`${lastYear}-01-01`, `${lastYear}-12-31`, today],
        ),
        one(
          `select count(*)::int n from risk_elimination where region_code like '62%' and archived_at is null and status = 'ELIMINATED' and decided_on between $1 and $2`,
          [`${lastYear}-01-01`, `${lastYear}-12-31`],
        ),
      ]);
      return {
        monitoringRollup: {
          households: households[0].n,
          householdsBelowLine: households[0].below,
          cases: cases[0].n,
          decided: cases[0].decided,
          decidedWithinDeadline: cases[0].on_time,
          overdue: cases[0].overdue,
          eliminated: eliminated[0].n,
        },
      };
    },
  },
);

async function addDeepCursorScenario(token: string): Promise<void> {
  // The cursor of the 300,000th village by code, taken from the API itself.
  const [row] = await one(`select code from region where level = 'VILLAGE' order by code offset 300000 limit 1`);
  if (!row) return addDeepPlacementScenario(token);
  const cursor = Buffer.from(JSON.stringify([row.code])).toString('base64url');
  scenarios.push({
    name: 'deep page: villages after the 300,000th by cursor',
    description: 'keyset page 15,000 pages deep',
    query: `query($a: String!) { regions(filter: { level: { eq: VILLAGE } }, first: 20, after: $a, orderBy: [{ field: code }]) { nodes { code name } } }`,
    variables: { a: cursor },
    baseline: async () => ({
      regions: {
        nodes: await one(
          `select code, name from region where level = 'VILLAGE' and archived_at is null and code > $1 order by code limit 20`,
          [row.code],
        ),
      },
    }),
  });
  void token;
}

/** On a province (fewer than 300,000 villages): a keyset page 150,000 placements deep, the cursor taken from the API. */
async function addDeepPlacementScenario(token: string): Promise<void> {
  const probe = await post(`{ jobPlacements(first: 1, offset: 150000) { edges { cursor } } }`, {}, token);
  const cursor = probe.body.data?.jobPlacements?.edges?.[0]?.cursor as string | undefined;
  if (!cursor) return;
  const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string];
  scenarios.push({
    name: 'deep page: placements after the 150,000th by cursor',
    description: 'keyset page 7,500 pages deep in the default order (created, id)',
    query: `query($a: String!) { jobPlacements(first: 20, after: $a) { nodes { id status } } }`,
    variables: { a: cursor },
    baseline: async () => ({
      jobPlacements: {
        nodes: await one(
          `select id, status from job_placement where archived_at is null and (created_at, id) > ($1::timestamptz, $2) order by created_at, id limit 20`,
          [createdAt, id],
        ),
      },
    }),
  });
}

function baselineServer(): http.Server {
  return http.createServer(async (req, res) => {
    const index = Number((req.url ?? '').split('/').pop());
    try {
      const data = await scenarios[index].baseline();
      const body = JSON.stringify({ data });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    } catch (e) {
      res.writeHead(500);
      res.end(String(e));
    }
  });
}

const BENCH_PASSWORD = 'Bench#2025!';

/** A province administrator for the read scenarios and a county officer for the workflow of the mixed run. */
async function ensureBenchUsers(): Promise<void> {
  const hash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id });
  const users: [id: string, username: string, roles: string, region: string | null][] = [
    ['00000000-0000-7000-8000-00000000beef', 'bench.national', '["PROVINCIAL_ADMIN"]', null],
    ['00000000-0000-7000-8000-00000000bee0', 'bench.county', '["COUNTY_OFFICER"]', BENCH_COUNTY],
  ];
  for (const [id, username, roles, region] of users) {
    await pool.query(
      `insert into app_user (id, username, display_name, password_hash, roles, region_code, disabled, failed_logins, created_at, updated_at, version)
       values ($1, $2, '基准测试', $3, $4, $5, false, 0, now(), now(), 1)
       on conflict (username) do update set password_hash = excluded.password_hash, locked_until = null, failed_logins = 0`,
      [id, username, hash, roles, region],
    );
  }
}

async function post(query: string, variables: unknown, token: string, port = GRAPHQL_PORT): Promise<{ body: any; statements: number }> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { body: await res.json(), statements: Number(res.headers.get('x-sql-statements')) };
}

async function login(username: string, port = GRAPHQL_PORT): Promise<string> {
  const res = await post(`mutation { login(username: "${username}", password: "${BENCH_PASSWORD}") { token } }`, {}, '', port);
  const token = res.body.data?.login?.token as string | undefined;
  if (!token) throw new Error(`bench login of ${username} failed: ${JSON.stringify(res.body)}`);
  return token;
}

async function load(url: string, init: { method: string; headers?: Record<string, string>; body?: string }): Promise<autocannon.Result> {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      { url, connections: CONNECTIONS, duration: SECONDS, method: init.method as 'POST', headers: init.headers, body: init.body },
      (err, r) => (err ? reject(err) : resolve(r)),
    );
  });
  await settled();
  return result;
}

/** Waits until the database runs none of the last load's statements, so they do not slow the next measurement. */
async function settled(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const [{ n }] = await one<{ n: number }>(
      `select count(*)::int n from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`,
    );
    if (n === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One client, one request at a time: the latency a dashboard user sees, as p50 and p95 of 40 requests. */
async function singleClientLatency(query: string, variables: unknown, token: string, port: number): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    const t = process.hrtime.bigint();
    await post(query, variables, token, port);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] * 10) / 10;
  return { p50: at(0.5), p95: at(0.95) };
}

const MB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** Each target of the performance issue, met or not, from this run's results. */
function targetLines(results: any[], mixed: MixedResult | null, placements: number): string[] {
  const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
  const lines: string[] = [];
  for (const r of results.filter((x) => x.targetStatements)) {
    // A to-one level joined into its list's statement (a placement's person) needs none of its own.
    const statementsOk = r.statements <= r.targetStatements + 1;
    lines.push(
      `- ${r.scenario}: ratio ${r.ratio.toFixed(2)}× (target ≥ 0.5×: ${verdict(r.ratio >= 0.5)}; with graphql-js ${r.referenceRatio.toFixed(2)}×); ${r.statements} statements for ${r.targetStatements} levels, authentication included (target at most depth + 1: ${verdict(statementsOk)})`,
    );
  }
  const first = results.find((x) => x.scenario.startsWith('first page: placements'));
  const deep = results.find((x) => x.scenario.startsWith('deep page'));
  const over = `over ${placements.toLocaleString('en')} placements${placements < 5_000_000 ? ', fewer than the 5,000,000 the target names' : ''}`;
  if (first)
    lines.push(
      `- First page of filtered placements, one client p95 ${first.singleClient.p95} ms ${over} (target < 50 ms: ${verdict(first.singleClient.p95 < 50)})`,
    );
  if (first && deep)
    lines.push(
      `- Deep cursor page, one client p50 ${deep.singleClient.p50} ms vs first page ${first.singleClient.p50} ms (target: as fast: ${verdict(deep.singleClient.p50 <= first.singleClient.p50 * 1.5)})`,
    );
  const cached = results.find((x) => x.scenario.startsWith('rollup: public'));
  const computed = results.find((x) => x.scenario.startsWith('rollup: the same'));
  if (cached && computed) {
    lines.push(
      `- Rollup for a province and a year, one client p95 ${cached.singleClient.p95} ms with the rollup cache, ${computed.singleClient.p95} ms computed (target < 200 ms: cached ${verdict(cached.singleClient.p95 < 200)}, computed ${verdict(computed.singleClient.p95 < 200)})`,
    );
  }
  if (mixed) {
    const growth = mixed.memory.end.heapUsed - mixed.memory.start.heapUsed;
    const steady = growth < 32 * 2 ** 20;
    lines.push(
      `- Memory over a ${Math.round(mixed.seconds / 60)}-minute mixed read/write run: heap after GC ${MB(mixed.memory.start.heapUsed)} at the start, ${MB(mixed.memory.end.heapUsed)} at the end, peak RSS ${MB(mixed.memory.peakRss)} (target steady${mixed.seconds < 600 ? ', over 10 minutes: not measured in this run' : `: ${verdict(steady)}`})`,
    );
  } else lines.push('- Memory over a 10-minute mixed read/write run: not measured in this run (--mixed-seconds 0)');
  return lines;
}

async function waitForServer(port: number): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

function startServer(port: number, env: Record<string, string>) {
  return spawn(process.execPath, ['--expose-gc', path.join(root, 'dist/server/src/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DEMO_DATA: 'false',
      RATE_LIMIT_PER_MINUTE: '100000000',
      QUERY_MAX_COST: '10000000',
      PUBLICITY_MIN_DAYS: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function memoryOf(port: number, gc: boolean): Promise<{ heapUsed: number; rss: number }> {
  const res = await fetch(`http://127.0.0.1:${port}/healthz?memory${gc ? '&gc' : ''}`);
  return ((await res.json()) as { memory: { heapUsed: number; rss: number } }).memory;
}

async function mixedWorkload(): Promise<MixedResult> {
  const token = await login('bench.county');
  const posts = await one<{ id: string; villageCode: string }>(
    // Posts with a free place: a county approval is refused when the post's headcount is taken.
    `select p.id, p.village_code as "villageCode" from welfare_post p
     where p.region_code like $1 and p.status = 'OPEN' and p.archived_at is null and p.term_end >= $2
       and p.headcount > (select count(*) from job_placement j where j.post_id = p.id and j.status in ('APPROVED', 'ONBOARDED') and j.archived_at is null)
     order by p.id limit 200`,
    [`${BENCH_COUNTY}%`, new Date().toISOString().slice(0, 10)],
  );
  if (!posts.length) throw new Error(`no open posts in ${BENCH_COUNTY} for the mixed workload`);
  return runMixed({
    seconds: MIXED_SECONDS,
    clients: MIXED_CLIENTS,
    writeShare: 0.3,
    countyCode: BENCH_COUNTY,
    year: new Date().getUTCFullYear(),
    posts,
    gql: (query, variables) => post(query, variables, token),
    memory: (gc) => memoryOf(GRAPHQL_PORT, gc),
  });
}

const SECTION = (profile: string) => [`<!-- bench:${profile} -->`, `<!-- /bench:${profile} -->`];

/** docs/benchmarks.md holds one section per scale profile; a run replaces its own. */
function writeReport(profile: string, section: string): void {
  const file = path.join(root, 'docs/benchmarks.md');
  const [open, close] = SECTION(profile);
  const header =
    '# Benchmarks\n\n`npm run bench` against each scale profile (README → Scale data and benchmarks). Each section is the latest run on that profile, from this machine.\n';
  let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : header;
  if (!text.includes('<!-- bench:')) text = header;
  const block = `${open}\n${section}\n${close}`;
  const start = text.indexOf(open);
  text = start >= 0 ? text.slice(0, start) + block + text.slice(text.indexOf(close) + close.length) : `${text.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, text);
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(root, 'dist/server/src/main.js')))
    throw new Error('Build first: npx tsc -p tsconfig.json (npm start does it)');
  const [scale] = await one<{ name: string; summary: string }>(`select name, summary from seed_run where name like 'scale-%'`);
  const profile = scale?.name.replace('scale-', '') ?? 'custom';
  const [{ c: placements }] = await one<{ c: number }>(`select count(*)::int c from job_placement`);
  const server = startServer(GRAPHQL_PORT, {});
  const reference = startServer(REFERENCE_PORT, { GRAPHQL_EXECUTOR: 'graphql-js', ROLLUP_CACHE_SECONDS: '0' });
  const baseline = baselineServer();
  await new Promise<void>((r) => baseline.listen(BASELINE_PORT, '127.0.0.1', r));
  try {
    await Promise.all([waitForServer(GRAPHQL_PORT), waitForServer(REFERENCE_PORT)]);
    await ensureBenchUsers();
    const tokens: Record<number, string> = {
      [GRAPHQL_PORT]: await login('bench.national'),
      [REFERENCE_PORT]: await login('bench.national', REFERENCE_PORT),
    };
    await addDeepCursorScenario(tokens[GRAPHQL_PORT]);

    const results: Record<string, unknown>[] = [];
    for (const [i, sc] of scenarios.entries()) {
      const port = sc.port ?? GRAPHQL_PORT;
      const token = tokens[port];
      // The session's once-a-minute "last seen" write lands on whichever request comes first after a
      // quiet minute; a request before the probe takes it, so the probe counts the scenario's statements only.
      await post('{ __typename }', {}, token, port);
      const probe = await post(sc.query, sc.variables ?? {}, token, port);
      const expected = await sc.baseline();
      const same = isDeepStrictEqual(JSON.parse(JSON.stringify(probe.body.data)), JSON.parse(JSON.stringify(expected)));
      const init = (t: string) => ({
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` },
        body: JSON.stringify({ query: sc.query, variables: sc.variables ?? {} }),
      });
      const runs = { graphql: [] as autocannon.Result[], baseline: [] as autocannon.Result[], reference: [] as autocannon.Result[] };
      for (let round = 0; round < ROUNDS; round++) {
        runs.baseline.push(await load(`http://127.0.0.1:${BASELINE_PORT}/${i}`, { method: 'GET' }));
        runs.graphql.push(await load(`http://127.0.0.1:${port}/graphql`, init(token)));
        if (sc.compareExecutor) runs.reference.push(await load(`http://127.0.0.1:${REFERENCE_PORT}/graphql`, init(tokens[REFERENCE_PORT])));
      }
      const single = await singleClientLatency(sc.query, sc.variables ?? {}, token, port);
      const avg = (rs: autocannon.Result[], f: (r: autocannon.Result) => number) =>
        rs.length ? rs.reduce((a, r) => a + f(r), 0) / rs.length : 0;
      const g = {
        rps: avg(runs.graphql, (r) => r.requests.average),
        p50: avg(runs.graphql, (r) => r.latency.p50),
        p99: avg(runs.graphql, (r) => r.latency.p99),
        errors: runs.graphql.reduce((a, r) => a + r.errors + r.non2xx, 0),
      };
      const b = {
        rps: avg(runs.baseline, (r) => r.requests.average),
        p50: avg(runs.baseline, (r) => r.latency.p50),
        p99: avg(runs.baseline, (r) => r.latency.p99),
      };
      const referenceRps = avg(runs.reference, (r) => r.requests.average);
      const row = {
        scenario: sc.name,
        description: sc.description,
        sameResponse: same,
        statements: probe.statements,
        targetStatements: sc.targetStatements ?? null,
        graphql: g,
        baseline: b,
        ratio: g.rps / b.rps,
        referenceRps: referenceRps || null,
        referenceRatio: referenceRps / b.rps,
        singleClient: single,
      };
      results.push(row);
      console.log(
        `${sc.name}\n  graphql ${g.rps.toFixed(0)} req/s p50 ${g.p50}ms p99 ${g.p99}ms, ${probe.statements} statements${g.errors ? `, ${g.errors} errors` : ''}${referenceRps ? ` (graphql-js ${referenceRps.toFixed(0)} req/s)` : ''}\n  baseline ${b.rps.toFixed(0)} req/s p50 ${b.p50}ms p99 ${b.p99}ms\n  ratio ${(g.rps / b.rps).toFixed(2)}× ${same ? '(same response)' : '(RESPONSES DIFFER)'}; one client: p50 ${single.p50}ms p95 ${single.p95}ms`,
      );
    }

    let mixed: MixedResult | null = null;
    if (MIXED_SECONDS > 0) {
      console.log(`mixed read/write workload: ${MIXED_CLIENTS} clients for ${MIXED_SECONDS}s …`);
      mixed = await mixedWorkload();
      console.log(
        `  ${mixed.requestsPerSecond} req/s, ${mixed.errors} errors, ${mixed.hiresCompleted} hires through the whole workflow; heap ${MB(mixed.memory.start.heapUsed)} → ${MB(mixed.memory.end.heapUsed)}`,
      );
    }

    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL (${databaseUrl.replace(/\/\/[^@]*@/, '//')}), ${CONNECTIONS} connections, ${SECONDS}s × ${ROUNDS} rounds per side`;
    fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
    const json = path.join(root, 'docs/benchmarks.json');
    const previous = fs.existsSync(json) ? (JSON.parse(fs.readFileSync(json, 'utf8')) as Record<string, unknown>) : {};
    const runsByProfile = 'results' in previous ? {} : previous;
    fs.writeFileSync(
      json,
      JSON.stringify(
        {
          ...runsByProfile,
          [profile]: { at: new Date().toISOString(), machine, scale: scale ? JSON.parse(scale.summary) : null, results, mixed },
        },
        null,
        2,
      ),
    );
    const table = [
      '| scenario | GraphQL req/s | p50 ms | p99 ms | one client p50 / p95 ms | SQL stmts/req | baseline req/s | ratio | graphql-js req/s (ratio) | same response |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...results.map(
        (r: any) =>
          `| ${r.scenario} | ${r.graphql.rps.toFixed(0)} | ${r.graphql.p50} | ${r.graphql.p99} | ${r.singleClient.p50} / ${r.singleClient.p95} | ${r.statements}${r.targetStatements ? ` (target ${r.targetStatements} + auth)` : ''} | ${r.baseline.rps.toFixed(0)} | ${r.ratio.toFixed(2)}× | ${r.referenceRps ? `${r.referenceRps.toFixed(0)} (${r.referenceRatio.toFixed(2)}×)` : '–'} | ${r.sameResponse ? 'yes' : 'NO'} |`,
      ),
    ].join('\n');
    const mixedTable = mixed
      ? [
          `### Mixed read/write workload (${mixed.clients} clients, ${mixed.seconds} s, county ${BENCH_COUNTY})\n`,
          `${mixed.requestsPerSecond} requests/s in all, ${mixed.errors} errors, ${mixed.hiresCompleted} residents hired through the whole workflow (register → apply → village review → publicity → township review → county approval → on post → exit). No hand-written baseline: every write goes through the workflow's rules.\n`,
          '| operation | count | per s | p50 ms | p99 ms | SQL stmts/req | errors |',
          '|---|---|---|---|---|---|---|',
          ...mixed.operations.map(
            (o) => `| ${o.kind} | ${o.count} | ${o.perSecond} | ${o.p50} | ${o.p99} | ${o.statements} | ${o.errors} |`,
          ),
          '',
          `Heap after GC: ${MB(mixed.memory.start.heapUsed)} at the start, ${MB(mixed.memory.end.heapUsed)} at the end; RSS ${MB(mixed.memory.start.rss)} → ${MB(mixed.memory.end.rss)}, peak ${MB(mixed.memory.peakRss)}. Samples (second: heap / RSS): ${mixed.memory.samples.map((m) => `${m.second}: ${MB(m.heapUsed)} / ${MB(m.rss)}`).join('; ')}.`,
        ].join('\n')
      : '';
    const section = [
      `## Profile: ${profile}`,
      `Run: ${new Date().toISOString()}`,
      `Machine: ${machine}`,
      `Data: ${placements.toLocaleString('en')} placements${scale ? `; loaded by \`npm run seed:scale -- --profile ${profile}\`` : ''}.`,
      'Baseline = the same JSON from hand-written SQL behind node:http, measured alternately in the same run. "graphql-js" = the reference server (GRAPHQL_EXECUTOR=graphql-js, ROLLUP_CACHE_SECONDS=0) on the same data. "One client" = 40 requests one after another, after the load runs.',
      table,
      mixedTable,
      '### Targets (issue #8)',
      targetLines(results, mixed, placements).join('\n'),
    ]
      .filter(Boolean)
      .join('\n\n');
    writeReport(profile, section);
    console.log(`\n${table}\n\n${mixedTable}\n\nwritten docs/benchmarks.md (section ${profile}) and docs/benchmarks.json`);
  } finally {
    server.kill('SIGTERM');
    reference.kill('SIGTERM');
    baseline.close();
    await pool.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
