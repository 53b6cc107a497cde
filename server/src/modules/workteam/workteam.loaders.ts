import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import { runQuery } from '../../core/db';
import { applyScope, knexOf } from '../../core/read';
import { resource, rowToObject } from '../../core/resource';
import { MemberRole, MemberStatus, TeamMember, Training, WorkTeam, WorkTeamStatus } from './workteam.entity';

/* Batched per-parent aggregates: one grouped statement per nesting level, whatever the page size. */

export interface TeamCounts {
  onDuty: number;
  firstSecretaries: number;
}

export function teamCounts(ctx: RequestContext, teamId: string): Promise<TeamCounts> {
  const loader = ctx.loaders.get(
    'workteam:counts',
    () =>
      new DataLoader<string, TeamCounts>(async (ids) => {
        const knex = knexOf(ctx);
        const qb = knex('team_member as t')
          .select(
            't.team_id as k',
            knex.raw('count(*) as c'),
            knex.raw(`sum(case when t.role = '${MemberRole.FIRST_SECRETARY}' then 1 else 0 end) as fs`),
          )
          .whereIn('t.team_id', ids as string[])
          .where('t.status', MemberStatus.ON_DUTY)
          .whereNull('t.archived_at')
          .groupBy('t.team_id');
        applyScope(qb, resource(TeamMember), ctx);
        const rows = await runQuery<Record<string, unknown>>(ctx.em, qb);
        const by = new Map(rows.map((r) => [String(r.k), { onDuty: Number(r.c), firstSecretaries: Number(r.fs) }]));
        return ids.map((id) => by.get(id) ?? { onDuty: 0, firstSecretaries: 0 });
      }),
  );
  return loader.load(teamId);
}

export function firstSecretaryOf(ctx: RequestContext, teamId: string): Promise<TeamMember | null> {
  const loader = ctx.loaders.get(
    'workteam:firstSecretary',
    () =>
      new DataLoader<string, TeamMember | null>(async (ids) => {
        const res = resource(TeamMember);
        const qb = knexOf(ctx)('team_member as t')
          .select(res.columns.map((c) => `t.${c.column} as ${c.prop}`))
          .whereIn('t.team_id', ids as string[])
          .where('t.status', MemberStatus.ON_DUTY)
          .where('t.role', MemberRole.FIRST_SECRETARY)
          .whereNull('t.archived_at');
        applyScope(qb, res, ctx);
        const rows = await runQuery<Record<string, unknown>>(ctx.em, qb);
        const by = new Map(rows.map((r) => [String(r.teamId), rowToObject(res, r) as TeamMember]));
        return ids.map((id) => by.get(id) ?? null);
      }),
  );
  return loader.load(teamId);
}

/** Trainings each member attended in their current term (start … team term end). */
export function trainingsInTerm(ctx: RequestContext, memberId: string): Promise<number> {
  const loader = ctx.loaders.get(
    'workteam:trainingsInTerm',
    () =>
      new DataLoader<string, number>(async (ids) => {
        const knex = knexOf(ctx);
        const qb = knex('team_member as t')
          .join('training_attendance as ta', 'ta.member_id', 't.id')
          .join('training as tr', 'tr.id', 'ta.training_id')
          .join('work_team as tw', 'tw.id', 't.team_id')
          .select('t.id as k')
          .count({ c: '*' })
          .whereIn('t.id', ids as string[])
          .whereNull('ta.archived_at')
          .whereNull('tr.archived_at')
          .whereRaw('tr.date >= t.start_date and tr.date <= tw.term_end')
          .groupBy('t.id');
        applyScope(qb, resource(TeamMember), ctx);
        const rows = await runQuery<{ k: string; c: unknown }>(ctx.em, qb);
        const by = new Map(rows.map((r) => [String(r.k), Number(r.c)]));
        return ids.map((id) => by.get(id) ?? 0);
      }),
  );
  return loader.load(memberId);
}

/** Members who attended each training (the many-to-many through training_attendance). */
export function attendeesOf(ctx: RequestContext, trainingId: string): Promise<TeamMember[]> {
  const loader = ctx.loaders.get(
    'workteam:attendees',
    () =>
      new DataLoader<string, TeamMember[]>(async (ids) => {
        const res = resource(TeamMember);
        const qb = knexOf(ctx)('training_attendance as ta')
          .join('team_member as t', 't.id', 'ta.member_id')
          .select('ta.training_id as __k', ...res.columns.map((c) => `t.${c.column} as ${c.prop}`))
          .whereIn('ta.training_id', ids as string[])
          .whereNull('ta.archived_at')
          .orderBy([{ column: 't.name' }, { column: 't.id' }]);
        applyScope(qb, res, ctx);
        const rows = await runQuery<Record<string, unknown>>(ctx.em, qb);
        const by = new Map<string, TeamMember[]>();
        for (const r of rows) {
          const list = by.get(String(r.__k)) ?? [];
          list.push(rowToObject(res, r) as TeamMember);
          by.set(String(r.__k), list);
        }
        return ids.map((id) => by.get(id) ?? []);
      }),
  );
  return loader.load(trainingId);
}

/** Trainings each member attended, newest first. */
export function trainingsOf(ctx: RequestContext, memberId: string): Promise<Training[]> {
  const loader = ctx.loaders.get(
    'workteam:trainingsOf',
    () =>
      new DataLoader<string, Training[]>(async (ids) => {
        const res = resource(Training);
        const qb = knexOf(ctx)('training_attendance as ta')
          .join('training as t', 't.id', 'ta.training_id')
          .select('ta.member_id as __k', ...res.columns.map((c) => `t.${c.column} as ${c.prop}`))
          .whereIn('ta.member_id', ids as string[])
          .whereNull('ta.archived_at')
          .whereNull('t.archived_at')
          .orderBy([{ column: 't.date', order: 'desc' }, { column: 't.id' }]);
        applyScope(qb, resource(TeamMember), ctx, 'ta');
        const rows = await runQuery<Record<string, unknown>>(ctx.em, qb);
        const by = new Map<string, Training[]>();
        for (const r of rows) {
          const list = by.get(String(r.__k)) ?? [];
          list.push(rowToObject(res, r) as Training);
          by.set(String(r.__k), list);
        }
        return ids.map((id) => by.get(id) ?? []);
      }),
  );
  return loader.load(memberId);
}

export interface CountyTeamCounts {
  teams: number;
  cadres: number;
}

/** ACTIVE teams and their cadres on duty per county: one grouped statement for all counties listed. */
export function teamsOnDutyInCounty(ctx: RequestContext, countyCode: string): Promise<CountyTeamCounts> {
  const loader = ctx.loaders.get(
    'workteam:byCounty',
    () =>
      new DataLoader<string, CountyTeamCounts>(async (codes) => {
        const knex = knexOf(ctx);
        const qb = knex('work_team as w')
          .leftJoin('team_member as m', (j) =>
            j.on('m.team_id', 'w.id').andOnVal('m.status', MemberStatus.ON_DUTY).andOnNull('m.archived_at'),
          )
          .select('w.county_code as k', knex.raw('count(distinct w.id) as teams'), knex.raw('count(m.id) as cadres'))
          .whereIn('w.county_code', codes as string[])
          .where('w.status', WorkTeamStatus.ACTIVE)
          .whereNull('w.archived_at')
          .groupBy('w.county_code');
        applyScope(qb, resource(WorkTeam), ctx, 'w');
        const rows = await runQuery<Record<string, unknown>>(ctx.em, qb);
        const by = new Map(rows.map((r) => [String(r.k), { teams: Number(r.teams), cadres: Number(r.cadres) }]));
        return codes.map((c) => by.get(c) ?? { teams: 0, cadres: 0 });
      }),
  );
  return loader.load(countyCode);
}
