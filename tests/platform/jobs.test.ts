jest.setTimeout(300_000);

import path from 'node:path';
import { spawn } from 'node:child_process';
import { startTestServer, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { adminLogin } from '../identity/helpers';
import { clock } from '../../server/src/core/clock';
import { reloadSettings } from '../../server/src/config';
import { allJobs, startJobs } from '../../server/src/core/jobs';
import type { JobEngine } from '../../server/src/core/jobs';

/*
 * Deadlines the system watches by itself (core/jobs.ts and each domain's `<domain>.jobs.ts`). The
 * server's own job engine runs each job on demand (`runNow`: through pg-boss's queue on
 * PostgreSQL, croner's process on SQLite) after the controllable clock has been moved to the last
 * day of a demo record's term and then past it. Results are read over HTTP: the record's status,
 * its history (the system as actor) and the audit log.
 */

const SYSTEM = { actorId: 'system', actorName: '系统 (system)' };

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Moves the clock to noon of `date` in China, where deadlines are calendar dates. */
function travelTo(date: string): void {
  clock.reset();
  clock.advance(Date.parse(`${date}T12:00:00+08:00`) - Date.now());
  expect(clock.today()).toBe(date);
}

function earliest<T>(rows: T[], key: (row: T) => string): T {
  expect(rows.length).toBeGreaterThan(0);
  return [...rows].sort((a, b) => key(a).localeCompare(key(b)))[0];
}

describe('deadline jobs', () => {
  let s: TestServer;
  let jobs: JobEngine;
  let province: string;
  let county: string;
  let auditor: string;

  beforeAll(async () => {
    // Sessions outlive the months the clock jumps.
    s = await startTestServer({ SESSION_IDLE_MINUTES: '10000000' });
    jobs = (await startJobs(s.orm))!;
    // The demo's certified products are in 内蒙古.
    province = await s.login('demo.im.province');
    county = await s.login('demo.county');
    auditor = (await adminLogin(s, 'demo.auditor', 'Demo#2025')).token;
  });
  afterAll(async () => {
    clock.reset();
    await jobs?.stop();
    await s?.close();
  });

  const AUDIT = `query($f: AuditLogFilter) { auditLogs(filter: $f, first: 50) { totalCount nodes { actorId actorName action detail requestId } } }`;
  const auditOf = async (entity: string, entityId: string, action: string) =>
    ok(await s.gql<any>(AUDIT, { f: { entity: { eq: entity }, entityId: { eq: entityId }, action: { eq: action } } }, auditor)).auditLogs;

  /** The record's last history step is the system's, and the audit log has the same step by the system in the same run. */
  async function expectSystemStep(
    workflow: string,
    record: { id: string; history: any[] },
    action: string,
    toStatus: string,
    jobName: string,
  ) {
    const last = record.history[record.history.length - 1];
    expect(last).toMatchObject({ action, toStatus, ...SYSTEM });
    expect(record.history.filter((h) => h.actorId === 'system')).toHaveLength(1);
    const audit = await auditOf(workflow, record.id, `transition:${action}`);
    expect(audit.nodes).toEqual([expect.objectContaining({ ...SYSTEM, requestId: expect.stringMatching(new RegExp(`^job:${jobName}:`)) })]);
    const runs = await auditOf('Job', jobName, 'job:run');
    expect(runs.nodes.map((n: any) => n.requestId)).toContain(audit.nodes[0].requestId);
    expect(runs.nodes.find((n: any) => n.requestId === audit.nodes[0].requestId)).toMatchObject(SYSTEM);
  }

  test('every domain deadline is a registered job', () => {
    expect(allJobs().map((j) => j.name)).toEqual(
      expect.arrayContaining(['product-certificates-expire', 'work-team-terms-end', 'placement-terms-end', 'pairings-end']),
    );
    expect(jobs.kind).toBe(s.kind === 'postgresql' ? 'pg-boss' : 'croner');
  });

  test('given a certified product, when its validity ends, then on its last valid day it stays CERTIFIED and the day after the system makes it EXPIRED', async () => {
    const PRODUCTS = `{ assistanceProducts(filter: { status: { eq: CERTIFIED } }, first: 500) { nodes { id status validTo } } }`;
    const product = earliest(ok(await s.gql<any>(PRODUCTS, {}, province)).assistanceProducts.nodes as any[], (p) => p.validTo);
    const later = (ok(await s.gql<any>(PRODUCTS, {}, province)).assistanceProducts.nodes as any[]).filter(
      (p) => p.validTo > product.validTo,
    );
    const READ = `query($id: ID!) { assistanceProduct(id: $id) { id status validTo history { action toStatus actorId actorName comment } } }`;

    travelTo(product.validTo);
    await jobs.runNow('product-certificates-expire');
    expect(ok(await s.gql<any>(READ, { id: product.id }, province)).assistanceProduct.status).toBe('CERTIFIED');

    travelTo(addDays(product.validTo, 1));
    const outcome = await jobs.runNow('product-certificates-expire');
    expect(outcome.moved).toBeGreaterThanOrEqual(1);
    expect(outcome.failed).toBe(0);
    const after = ok(await s.gql<any>(READ, { id: product.id }, province)).assistanceProduct;
    expect(after.status).toBe('EXPIRED');
    expect(after.history[after.history.length - 1].comment).toContain(product.validTo);
    await expectSystemStep('AssistanceProduct', after, 'EXPIRE', 'EXPIRED', 'product-certificates-expire');
    // Only what passed its deadline moved.
    for (const p of later) expect(ok(await s.gql<any>(READ, { id: p.id }, province)).assistanceProduct.status).toBe('CERTIFIED');

    // A second run finds nothing left to do.
    expect(await jobs.runNow('product-certificates-expire')).toEqual({ moved: 0, skipped: 0, failed: 0 });
  });

  test('given an active work team, when its term ends, then the day after the system completes it and ends its members on duty on the last day of the term', async () => {
    const TEAMS = `{ workTeams(filter: { status: { eq: ACTIVE } }, first: 500) { nodes { id termEnd } } }`;
    const team = earliest(ok(await s.gql<any>(TEAMS, {}, county)).workTeams.nodes as any[], (t) => t.termEnd);
    const READ = `query($id: ID!) { workTeam(id: $id) { id status termEnd history { action toStatus actorId actorName } members(first: 50) { nodes { status endDate } } } }`;
    const onDuty = ok(await s.gql<any>(READ, { id: team.id }, county)).workTeam.members.nodes.filter(
      (m: any) => m.status === 'ON_DUTY',
    ).length;
    expect(onDuty).toBeGreaterThan(0);

    travelTo(team.termEnd);
    await jobs.runNow('work-team-terms-end');
    expect(ok(await s.gql<any>(READ, { id: team.id }, county)).workTeam.status).toBe('ACTIVE');

    travelTo(addDays(team.termEnd, 1));
    const outcome = await jobs.runNow('work-team-terms-end');
    expect(outcome).toMatchObject({ failed: 0 });
    expect(outcome.moved).toBeGreaterThanOrEqual(1);
    const after = ok(await s.gql<any>(READ, { id: team.id }, county)).workTeam;
    expect(after.status).toBe('COMPLETED');
    const ended = after.members.nodes.filter((m: any) => m.status === 'COMPLETED' && m.endDate === team.termEnd);
    expect(ended).toHaveLength(onDuty);
    expect(after.members.nodes.filter((m: any) => m.status === 'ON_DUTY')).toEqual([]);
    await expectSystemStep('WorkTeam', after, 'COMPLETE', 'COMPLETED', 'work-team-terms-end');
  });

  test('given a person on duty on a post, when the post’s term ends, then the day after the system exits them with reason TERM_ENDED on the last day of the term', async () => {
    const PLACEMENTS = `{ jobPlacements(filter: { status: { eq: ONBOARDED } }, first: 500) { nodes { id post { termEnd } } } }`;
    const onDuty = ok(await s.gql<any>(PLACEMENTS, {}, county)).jobPlacements.nodes as any[];
    const placement = earliest(
      onDuty.filter((p) => p.post.termEnd >= clock.today()),
      (p) => p.post.termEnd,
    );
    const termEnd = placement.post.termEnd as string;
    const later = onDuty.filter((p) => p.post.termEnd > termEnd);
    const READ = `query($id: ID!) { jobPlacement(id: $id) { id status exitReason exitDate history { action toStatus actorId actorName } } }`;

    travelTo(termEnd);
    await jobs.runNow('placement-terms-end');
    expect(ok(await s.gql<any>(READ, { id: placement.id }, county)).jobPlacement.status).toBe('ONBOARDED');

    travelTo(addDays(termEnd, 1));
    const outcome = await jobs.runNow('placement-terms-end');
    expect(outcome).toMatchObject({ failed: 0 });
    const after = ok(await s.gql<any>(READ, { id: placement.id }, county)).jobPlacement;
    expect(after).toMatchObject({ status: 'EXITED', exitReason: 'TERM_ENDED', exitDate: termEnd });
    await expectSystemStep('JobPlacement', after, 'EXIT', 'EXITED', 'placement-terms-end');
    for (const p of later) expect(ok(await s.gql<any>(READ, { id: p.id }, county)).jobPlacement.status).toBe('ONBOARDED');
  });

  test('given an active pairing with an end date, when that date comes, then the day before it stays ACTIVE and on the day the system ends it, on the audit log', async () => {
    const PAIRINGS = `{ pairings(filter: { status: { eq: ACTIVE } }, first: 500) { nodes { id endDate } } }`;
    const active = ok(await s.gql<any>(PAIRINGS, {}, province)).pairings.nodes as any[];
    const pairing = earliest(
      active.filter((p) => p.endDate && p.endDate > clock.today()),
      (p) => p.endDate,
    );
    const later = active.filter((p) => !p.endDate || p.endDate > pairing.endDate);
    const READ = `query($id: ID!) { pairing(id: $id) { id status endDate } }`;

    travelTo(addDays(pairing.endDate, -1));
    await jobs.runNow('pairings-end');
    expect(ok(await s.gql<any>(READ, { id: pairing.id }, province)).pairing.status).toBe('ACTIVE');

    travelTo(pairing.endDate);
    const outcome = await jobs.runNow('pairings-end');
    expect(outcome.moved).toBeGreaterThanOrEqual(1);
    expect(ok(await s.gql<any>(READ, { id: pairing.id }, province)).pairing).toMatchObject({ status: 'ENDED', endDate: pairing.endDate });
    // Pairings are not a workflow: the audit log is their history.
    const audit = await auditOf('Pairing', pairing.id, 'end');
    expect(audit.nodes).toEqual([expect.objectContaining({ ...SYSTEM, requestId: expect.stringMatching(/^job:pairings-end:/) })]);
    const runs = await auditOf('Job', 'pairings-end', 'job:run');
    expect(runs.nodes.map((n: any) => n.requestId)).toContain(audit.nodes[0].requestId);
    expect(later.length).toBeGreaterThan(0);
    for (const p of later) expect(ok(await s.gql<any>(READ, { id: p.id }, province)).pairing.status).toBe('ACTIVE');
  });
});

describe('deadline job settings', () => {
  const saved = { JOBS_SCHEDULE: process.env.JOBS_SCHEDULE, JOBS_TIMEZONE: process.env.JOBS_TIMEZONE };
  afterEach(() => {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    reloadSettings();
  });

  test('given a schedule or time zone that is not one, when the server reads its settings, then it refuses to start, naming the setting and the rule', () => {
    for (const bad of ['daily', '0 10 0 * * *', '61 0 * * *', '10 0 * * 9']) {
      process.env.JOBS_SCHEDULE = bad;
      expect(() => reloadSettings()).toThrow(new RegExp(`JOBS_SCHEDULE must be a cron pattern.*"${bad.replace(/\*/g, '\\*')}"`));
    }
    delete process.env.JOBS_SCHEDULE;
    process.env.JOBS_TIMEZONE = 'Asia/Peking';
    expect(() => reloadSettings()).toThrow('Setting JOBS_TIMEZONE must be an IANA time zone such as Asia/Shanghai, got "Asia/Peking"');
    process.env.JOBS_TIMEZONE = 'Asia/Urumqi';
    process.env.JOBS_SCHEDULE = '30 2 * * 1';
    expect(reloadSettings()).toMatchObject({ jobsSchedule: '30 2 * * 1', jobsTimezone: 'Asia/Urumqi' });
  });
});

/*
 * Several server processes on one PostgreSQL database: each asks pg-boss for the same run of every
 * job at about the same moment, as their schedules would. Each run happens once, in one of them.
 */
const postgres = process.env.TEST_DB === 'postgresql';
const root = path.resolve(__dirname, '../..');

function runJobsInOtherProcess(databaseUrl: string, key: string, advanceMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', path.join(root, 'tests/support/other-process.ts'), 'run-jobs', key, String(advanceMs)],
      {
        cwd: root,
        env: { ...process.env, REDIS_URL: undefined, DATABASE_URL: databaseUrl, TS_NODE_PROJECT: path.join(root, 'tsconfig.test.json') },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

(postgres ? describe : describe.skip)('deadline jobs with two server processes on one database', () => {
  let s: TestServer;

  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    clock.reset();
    await s?.close();
  });

  test('given records past every kind of deadline, when two processes run every job at once, then each job runs in exactly one of them and each record moves once', async () => {
    // Six years on, every demo certificate, team term, post term and pairing has ended.
    const advanceMs = 6 * 366 * 86_400_000;
    clock.advance(advanceMs);
    const today = clock.today();
    clock.reset();
    const due = async () => ({
      AssistanceProduct: Number(
        (
          await s.directRows(
            `select count(*)::int n from assistance_product where status = 'CERTIFIED' and valid_to < ? and archived_at is null`,
            [today],
          )
        )[0].n,
      ),
      WorkTeam: Number(
        (
          await s.directRows(`select count(*)::int n from work_team where status = 'ACTIVE' and term_end < ? and archived_at is null`, [
            today,
          ])
        )[0].n,
      ),
      JobPlacement: Number(
        (
          await s.directRows(
            `select count(*)::int n from job_placement p join welfare_post w on w.id = p.post_id where p.status = 'ONBOARDED' and w.term_end < ? and p.archived_at is null`,
            [today],
          )
        )[0].n,
      ),
      Pairing: Number((await s.directRows(`select count(*)::int n from pairing where status = 'ACTIVE' and end_date <= ?`, [today]))[0].n),
    });
    const before = await due();
    for (const n of Object.values(before)) expect(n).toBeGreaterThan(0);
    // The system's steps of these kinds so far (the demo's publicity may already have some of its own).
    const systemSteps = async () =>
      Object.fromEntries(
        (
          await s.directRows(
            `select workflow, count(*)::int n, count(distinct entity_id)::int records from workflow_step where actor_id = 'system' and action in ('EXPIRE', 'COMPLETE', 'EXIT') group by workflow`,
          )
        ).map((r) => [r.workflow, { n: r.n, records: r.records }]),
      );
    const stepsBefore = await systemSteps();
    const plus = (workflow: keyof typeof before) => ({
      n: (stepsBefore[workflow]?.n ?? 0) + before[workflow],
      records: (stepsBefore[workflow]?.records ?? 0) + before[workflow],
    });

    const key = `both-${Date.now().toString(36)}`;
    const [a, b] = await Promise.all([
      runJobsInOtherProcess(s.databaseUrl, key, advanceMs),
      runJobsInOtherProcess(s.databaseUrl, key, advanceMs),
    ]);
    for (const o of [a, b]) if (o.code !== 0) throw new Error(`a process exited ${o.code}:\n${o.output}`);
    const report = (o: { output: string }) =>
      JSON.parse(o.output.trim().split('\n').pop()!) as { ranHere: number; outcomes: Record<string, { moved: number }> };
    const [ra, rb] = [report(a), report(b)];
    const names = allJobs().map((j) => j.name);
    // Each process waited for the same runs and saw the same outcomes, but ran only its share.
    expect(ra.outcomes).toEqual(rb.outcomes);
    expect(Object.keys(ra.outcomes).sort()).toEqual([...names].sort());
    expect(ra.ranHere + rb.ranHere).toBe(names.length);

    const runs = await s.directRows(
      `select entity_id as name, count(*)::int n from audit_log where entity = 'Job' and action = 'job:run' group by entity_id order by entity_id`,
    );
    expect(runs).toEqual([...names].sort().map((name) => ({ name, n: 1 })));

    // One step per record: none moved twice.
    expect(await systemSteps()).toEqual({
      AssistanceProduct: plus('AssistanceProduct'),
      WorkTeam: plus('WorkTeam'),
      JobPlacement: plus('JobPlacement'),
    });
    const pairingEnds = await s.directRows(
      `select count(*)::int n, count(distinct entity_id)::int records from audit_log where entity = 'Pairing' and action = 'end' and actor_id = 'system'`,
    );
    expect(pairingEnds).toEqual([{ n: before.Pairing, records: before.Pairing }]);
    expect(ra.outcomes['product-certificates-expire'].moved).toBe(before.AssistanceProduct);
    expect(ra.outcomes['work-team-terms-end'].moved).toBe(before.WorkTeam);
    expect(ra.outcomes['placement-terms-end'].moved).toBe(before.JobPlacement);
    expect(ra.outcomes['pairings-end'].moved).toBe(before.Pairing);
    expect(await due()).toEqual({ AssistanceProduct: 0, WorkTeam: 0, JobPlacement: 0, Pairing: 0 });
  });
});
