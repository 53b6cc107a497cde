import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Knex } from 'knex';
import { CrudService, assignDefined, diff, inTransaction, loadForWrite, snapshot } from '../../core/crud';
import { resource } from '../../core/resource';
import { Problems, conflict, invalid } from '../../core/errors';
import { enumLabel } from '../../core/validation';
import { inJurisdiction, requirePermission } from '../../core/access';
import { workTeamPermissions } from './workteam.access';
import { rollupRegion } from '../../core/rollup';
import { audit } from '../../core/audit';
import { addDays, clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { decryptField, encryptField, lookupHash, maskPhone } from '../../core/crypto';
import { runQuery } from '../../core/db';
import { applyScope, knexOf } from '../../core/read';
import { WorkflowStep } from '../../core/workflow';
import { isValidLocalDate } from '../../core/scalars';
import { settings } from '../../config';
import { requireRegion } from '../region/region.service';
import { RegionLevel } from '../region/region.entity';
import { Organization } from '../organization/organization.entity';
import {
  AssessmentRating,
  MemberAssessment,
  MemberRole,
  MemberStatus,
  TeamMember,
  Training,
  TrainingAttendance,
  VillageType,
  WorkTeam,
  WorkTeamStatus,
} from './workteam.entity';
import type {
  CreateMemberAssessmentInput,
  CreateTeamMemberInput,
  CreateTrainingInput,
  CreateWorkTeamInput,
  NewTeamMemberInput,
  UpdateMemberAssessmentInput,
  UpdateTeamMemberInput,
  UpdateTrainingInput,
  UpdateWorkTeamInput,
} from './workteam.inputs';
import type { WorkTeamRollup } from './workteam.outputs';

/* ---------- dates ---------- */

function formatDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
/** The last day of a term of `years` years starting on `start`: the day before the anniversary (2024-03-01 + 2 → 2026-02-28; 2024-02-29 + 2 → 2026-02-28). */
export function termEndFor(start: string, years: number): string {
  const [y, m, d] = start.split('-').map(Number);
  // A 29 February start has its anniversary on 1 March in common years (Date.UTC overflows to it).
  return addDays(formatDate(new Date(Date.UTC(y + years, m - 1, d))), -1);
}

/* ---------- SQL fragments shared by filters, loaders and rollups ---------- */

/** A member (alias) attended at least one training between their start and the team's term end. */
export function trainedInTermSql(alias: string): string {
  return `select 1 from training_attendance ta join training tr on tr.id = ta.training_id join work_team tw on tw.id = ${alias}.team_id
    where ta.member_id = ${alias}.id and ta.archived_at is null and tr.archived_at is null and tr.date >= ${alias}.start_date and tr.date <= tw.term_end`;
}

/* ---------- team history for member changes ---------- */

/**
 * Member changes do not move the team's status, but they are steps of the team's life: they go into
 * the same history (WorkflowStep rows of workflow "WorkTeam", from = to = the current status).
 */
export function recordTeamStep(
  em: SqlEntityManager,
  ctx: RequestContext,
  team: WorkTeam,
  action: string,
  label: string,
  comment: string | null,
  payload: Record<string, unknown>,
): void {
  const step = new WorkflowStep();
  step.workflow = 'WorkTeam';
  step.entityId = team.id;
  step.action = action;
  step.actionLabel = label;
  step.fromStatus = team.status;
  step.toStatus = team.status;
  step.comment = comment;
  step.actorId = ctx.actor?.id ?? null;
  step.actorName = ctx.actor?.name ?? null;
  step.payload = JSON.stringify(payload);
  em.persist(step);
}

/* ---------- WorkTeam ---------- */

async function requireOrganization(em: SqlEntityManager, field: string, id: string | null | undefined): Promise<void> {
  if (!id) return;
  if (!(await em.count(Organization, { id }))) throw invalid(field, 'exists', `单位 ${id} 不存在 (no such organization)`);
}

function checkTerm(problems: Problems, start: string, end: string): void {
  if (end <= start) problems.add('termEnd', 'afterStart', '任期结束须晚于任期开始 (term end must be after term start)');
}

function checkIncome(problems: Problems, input: { collectiveIncomeAtStart?: number | null; collectiveIncomeLatest?: number | null }): void {
  for (const f of ['collectiveIncomeAtStart', 'collectiveIncomeLatest'] as const) {
    if (input[f] !== undefined && input[f] !== null && input[f]! < 0)
      problems.add(f, 'min', '村集体经济收入不能为负 (income cannot be negative)');
  }
}

export const workTeamService = new CrudService<WorkTeam, CreateWorkTeamInput, UpdateWorkTeamInput>(WorkTeam, {
  async build(_ctx, em, input) {
    await requireRegion(em, 'villageCode', input.villageCode, [RegionLevel.VILLAGE]);
    await requireOrganization(em, 'dispatchingOrganizationId', input.dispatchingOrganizationId);
    const team = new WorkTeam();
    assignDefined(team, input);
    team.countyCode = input.villageCode.slice(0, 6);
    team.termEnd = input.termEnd ?? termEndFor(input.termStart, settings.workTeamTermYears);
    const problems = new Problems();
    checkTerm(problems, team.termStart, team.termEnd);
    checkIncome(problems, input);
    problems.throwIfAny();
    return team;
  },
  async apply(_ctx, em, team, input) {
    if (team.status === WorkTeamStatus.COMPLETED || team.status === WorkTeamStatus.RECALLED) {
      const allowed = ['collectiveIncomeLatest', 'notes'];
      const other = Object.entries(input).find(([k, v]) => v !== undefined && !allowed.includes(k));
      if (other)
        throw conflict(
          'TEAM_CLOSED',
          `工作队已${team.status === WorkTeamStatus.COMPLETED ? '期满' : '召回'}，只能修改集体经济收入和备注 (a closed team only takes latest income and notes)`,
          { field: other[0] },
        );
    }
    await requireOrganization(em, 'dispatchingOrganizationId', input.dispatchingOrganizationId);
    const problems = new Problems();
    checkTerm(problems, input.termStart ?? team.termStart, input.termEnd ?? team.termEnd);
    checkIncome(problems, input);
    problems.throwIfAny();
    assignDefined(team, input);
  },
  async beforeArchive(_ctx, _em, team) {
    if ([WorkTeamStatus.APPROVED, WorkTeamStatus.ACTIVE].includes(team.status)) {
      throw conflict('TEAM_OPEN', '工作队审批或在驻期间不能归档，请先期满或召回 (complete or recall the team before archiving it)');
    }
  },
});

/* ---------- TeamMember ---------- */

export function identityHashOf(name: string, phone: string): string {
  return lookupHash(`${name.trim()}|${phone.trim()}`);
}

async function onDuty(em: SqlEntityManager, teamId: string): Promise<TeamMember[]> {
  return em.find(TeamMember, { teamId, status: MemberStatus.ON_DUTY, archivedAt: null });
}

function isClosed(team: WorkTeam): boolean {
  return team.status === WorkTeamStatus.COMPLETED || team.status === WorkTeamStatus.RECALLED;
}

async function lockTeam(ctx: RequestContext, em: SqlEntityManager, teamId: string, field = 'teamId'): Promise<WorkTeam> {
  // Read-only here (the row lock is what matters): loaded outside the identity map so a member change
  // never flushes the team. On SQLite a loaded-but-unchanged record can otherwise look dirty (its
  // datetime columns) and get its version bumped; see the report.
  const team = await em.findOne(
    WorkTeam,
    { id: teamId },
    { disableIdentityMap: true, ...(em.getPlatform().supportsSchemas() ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) },
  );
  if (!team || (ctx.actor && !inJurisdiction(ctx.actor, team.villageCode, 'workteam')))
    throw invalid(field, 'exists', `工作队 ${teamId} 不存在或不在管辖范围内 (no such work team)`);
  if (team.archivedAt) throw conflict('ARCHIVED', '工作队已归档 (the team is archived)');
  return team;
}

/** Nobody is on duty in two teams at once (also enforced by a partial unique index). */
async function assertNotOnDutyElsewhere(em: SqlEntityManager, hash: string, exceptId?: string): Promise<void> {
  const other = await em.findOne(TeamMember, {
    identityHash: hash,
    status: MemberStatus.ON_DUTY,
    archivedAt: null,
    ...(exceptId ? { id: { $ne: exceptId } } : {}),
  });
  if (other) {
    throw conflict(
      'ACTIVE_IN_ANOTHER_TEAM',
      `${other.name} 已是在岗驻村干部（工作队 ${other.teamId}），一人只能在一个工作队在岗 (this person is already on duty in a work team)`,
      { field: 'phone', teamId: other.teamId, memberId: other.id },
    );
  }
}

function checkJoin(team: WorkTeam, current: TeamMember[], role: MemberRole, startDate: string): void {
  if (isClosed(team))
    throw conflict(
      'TEAM_CLOSED',
      `工作队已${team.status === WorkTeamStatus.COMPLETED ? '期满' : '召回'}，不能增加队员 (the team is closed)`,
    );
  if (role === MemberRole.FIRST_SECRETARY && current.some((m) => m.role === MemberRole.FIRST_SECRETARY)) {
    throw conflict(
      'ONE_FIRST_SECRETARY',
      '该工作队已有在岗第一书记，一个工作队只有一名第一书记 (the team already has a first secretary on duty)',
      { field: 'role' },
    );
  }
  if (current.length >= settings.workTeamMaxSize) {
    throw conflict(
      'TEAM_SIZE',
      `工作队在岗人数已达上限 ${settings.workTeamMaxSize} 人 (the team already has ${settings.workTeamMaxSize} members on duty)`,
      { max: settings.workTeamMaxSize },
    );
  }
  if (!isValidLocalDate(startDate) || startDate > team.termEnd)
    throw invalid('startDate', 'inTerm', `驻村开始日期须在任期结束（${team.termEnd}）之前 (start must be within the team's term)`);
}

function newMember(team: WorkTeam, input: NewTeamMemberInput, role: MemberRole, startDate: string): TeamMember {
  const m = new TeamMember();
  m.teamId = team.id;
  m.villageCode = team.villageCode;
  m.name = input.name.trim();
  m.gender = input.gender;
  m.organizationId = input.organizationId ?? null;
  m.post = input.post?.trim() || null;
  m.role = role;
  m.partyMember = input.partyMember ?? false;
  m.phoneEncrypted = encryptField(input.phone.trim());
  m.phoneMasked = maskPhone(input.phone.trim())!;
  m.identityHash = identityHashOf(input.name, input.phone);
  m.startDate = startDate;
  return m;
}

function defaultStart(team: WorkTeam): string {
  const today = clock.today();
  return today > team.termStart ? today : team.termStart;
}

export const teamMemberService = new CrudService<TeamMember, CreateTeamMemberInput, UpdateTeamMemberInput>(TeamMember, {
  async build(ctx, em, input) {
    const team = await lockTeam(ctx, em, input.teamId);
    await requireOrganization(em, 'organizationId', input.organizationId);
    const role = input.role ?? MemberRole.MEMBER;
    const start = input.startDate ?? defaultStart(team);
    checkJoin(team, await onDuty(em, team.id), role, start);
    const member = newMember(team, input, role, start);
    await assertNotOnDutyElsewhere(em, member.identityHash);
    recordTeamStep(em, ctx, team, 'ADD_MEMBER', '增派队员', null, { memberId: member.id, name: member.name, role });
    return member;
  },
  async apply(ctx, em, member, input) {
    await requireOrganization(em, 'organizationId', input.organizationId);
    const { phone, ...rest } = input;
    const name = input.name ?? member.name;
    if (member.status === MemberStatus.ON_DUTY && input.role && input.role !== member.role) {
      const team = await lockTeam(ctx, em, member.teamId);
      const current = await onDuty(em, team.id);
      if (input.role === MemberRole.FIRST_SECRETARY && current.some((m) => m.id !== member.id && m.role === MemberRole.FIRST_SECRETARY)) {
        throw conflict('ONE_FIRST_SECRETARY', '该工作队已有在岗第一书记 (the team already has a first secretary on duty)', {
          field: 'role',
        });
      }
      if (input.role === MemberRole.MEMBER && team.status === WorkTeamStatus.ACTIVE) {
        throw conflict(
          'FIRST_SECRETARY_REQUIRED',
          '在驻工作队须有一名第一书记；请用 replaceTeamMember 更换 (an active team needs its first secretary; use replaceTeamMember)',
          { field: 'role' },
        );
      }
    }
    if (phone !== undefined || input.name !== undefined) {
      const plainPhone = phone ?? null;
      if (plainPhone) {
        member.phoneEncrypted = encryptField(plainPhone.trim());
        member.phoneMasked = maskPhone(plainPhone.trim())!;
        member.identityHash = identityHashOf(name, plainPhone);
      } else {
        // Name changed, phone kept: rebuild the identity from the stored phone.
        member.identityHash = identityHashOf(name, decryptField(member.phoneEncrypted)!);
      }
      if (member.status === MemberStatus.ON_DUTY) await assertNotOnDutyElsewhere(em, member.identityHash, member.id);
    }
    assignDefined(member, rest);
    if (input.name) member.name = input.name.trim();
  },
  async beforeArchive(_ctx, _em, member) {
    if (member.status === MemberStatus.ON_DUTY)
      throw conflict('ON_DUTY', '在岗驻村干部不能归档，请先结束驻村 (end the membership before archiving it)');
  },
});

/** Ends an on-duty membership (rotated out or recalled) with a reason; the row stays as history. */
export async function endTeamMembership(
  ctx: RequestContext,
  id: string,
  status: MemberStatus,
  reason: string,
  expectedVersion: number,
  endDate?: string | null,
): Promise<TeamMember> {
  requirePermission(ctx.actor, workTeamPermissions.update);
  const problems = new Problems();
  if (status !== MemberStatus.ROTATED && status !== MemberStatus.RECALLED)
    problems.add('status', 'endStatus', '结束驻村的状态只能是 ROTATED 或 RECALLED (status must be ROTATED or RECALLED)');
  if (!reason || reason.trim().length < 2) problems.add('reason', 'required', '须填写离岗原因 (a reason is required)');
  if (endDate && !isValidLocalDate(endDate)) problems.add('endDate', 'date', '日期无效 (invalid date)');
  return inTransaction(ctx, async (em) => {
    // Jurisdiction first: a member outside the caller's area is NOT_FOUND whatever the input.
    const member = await loadForWrite(ctx, em, TeamMember, id, expectedVersion, true);
    problems.throwIfAny();
    if (member.status !== MemberStatus.ON_DUTY)
      throw conflict('NOT_ON_DUTY', `该干部已不在岗（${enumLabel(MemberStatus, member.status)}）(the member is not on duty)`);
    const team = await lockTeam(ctx, em, member.teamId);
    if (team.status === WorkTeamStatus.ACTIVE) {
      if (member.role === MemberRole.FIRST_SECRETARY) {
        throw conflict(
          'FIRST_SECRETARY_REQUIRED',
          '在驻工作队须有一名第一书记；请用 replaceTeamMember 更换第一书记 (an active team needs a first secretary; replace them instead)',
        );
      }
      const current = await onDuty(em, team.id);
      if (current.length - 1 < settings.workTeamMinSize) {
        throw conflict(
          'TEAM_SIZE',
          `在驻工作队在岗人数不能少于 ${settings.workTeamMinSize} 人；请用 replaceTeamMember 轮换 (an active team needs at least ${settings.workTeamMinSize} members on duty; replace instead)`,
          { min: settings.workTeamMinSize },
        );
      }
    }
    const res = resource(TeamMember);
    const before = snapshot(res, member);
    member.status = status;
    member.endDate = endDate ?? clock.today();
    member.leaveReason = reason.trim();
    audit(em, ctx, {
      entity: 'TeamMember',
      entityId: id,
      action: 'end',
      changes: diff(res, before, snapshot(res, member)),
      detail: reason.trim(),
    });
    recordTeamStep(
      em,
      ctx,
      team,
      status === MemberStatus.ROTATED ? 'ROTATE_MEMBER' : 'RECALL_MEMBER',
      status === MemberStatus.ROTATED ? '队员轮换' : '队员召回',
      reason.trim(),
      { memberId: id, name: member.name },
    );
    await em.flush();
    return member;
  });
}

/**
 * Replaces an on-duty member in one transaction: the old membership ends as ROTATED with the reason
 * and today's date (kept as history), the new one starts with the old one's role unless given.
 */
export async function replaceTeamMember(
  ctx: RequestContext,
  memberId: string,
  input: NewTeamMemberInput,
  reason: string,
  expectedVersion: number,
): Promise<TeamMember> {
  requirePermission(ctx.actor, workTeamPermissions.update);
  if (!reason || reason.trim().length < 2) throw invalid('reason', 'required', '须填写更换原因 (a reason is required)');
  return inTransaction(ctx, async (em) => {
    const old = await loadForWrite(ctx, em, TeamMember, memberId, expectedVersion, true);
    if (old.status !== MemberStatus.ON_DUTY)
      throw conflict('NOT_ON_DUTY', `该干部已不在岗（${enumLabel(MemberStatus, old.status)}），无需更换 (the member is not on duty)`);
    const team = await lockTeam(ctx, em, old.teamId);
    if (isClosed(team)) throw conflict('TEAM_CLOSED', '工作队已结束 (the team is closed)');
    await requireOrganization(em, 'input.organizationId', input.organizationId);
    const role = input.role ?? old.role;
    const start = input.startDate ?? clock.today();
    const others = (await onDuty(em, team.id)).filter((m) => m.id !== old.id);
    if (team.status === WorkTeamStatus.ACTIVE && old.role === MemberRole.FIRST_SECRETARY && role !== MemberRole.FIRST_SECRETARY) {
      throw conflict(
        'FIRST_SECRETARY_REQUIRED',
        '在驻工作队的第一书记只能由新的第一书记接替 (an active team’s first secretary must be replaced by a first secretary)',
        { field: 'input.role' },
      );
    }
    checkJoin(team, others, role, start);
    const replacement = newMember(team, input, role, start);
    if (replacement.identityHash === old.identityHash)
      throw conflict('SAME_PERSON', '不能由本人接替自己 (a member cannot replace themselves)');
    await assertNotOnDutyElsewhere(em, replacement.identityHash);
    const res = resource(TeamMember);
    const before = snapshot(res, old);
    old.status = MemberStatus.ROTATED;
    old.endDate = clock.today();
    old.leaveReason = reason.trim();
    replacement.replacesMemberId = old.id;
    em.persist(replacement);
    audit(em, ctx, {
      entity: 'TeamMember',
      entityId: old.id,
      action: 'replace',
      changes: diff(res, before, snapshot(res, old)),
      detail: reason.trim(),
    });
    audit(em, ctx, {
      entity: 'TeamMember',
      entityId: replacement.id,
      action: 'create',
      changes: diff(res, {}, snapshot(res, replacement)),
    });
    recordTeamStep(em, ctx, team, 'REPLACE_MEMBER', role === MemberRole.FIRST_SECRETARY ? '更换第一书记' : '更换队员', reason.trim(), {
      replacedMemberId: old.id,
      replacedName: old.name,
      newMemberId: replacement.id,
      newName: replacement.name,
      role,
    });
    await em.flush();
    return replacement;
  });
}

/* ---------- Training ---------- */

async function attendeesFor(ctx: RequestContext, em: SqlEntityManager, ids: readonly string[]): Promise<TeamMember[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const found = await em.find(TeamMember, { id: { $in: unique } }, { disableIdentityMap: true });
  const visible = found.filter((m) => !ctx.actor || inJurisdiction(ctx.actor, m.villageCode, 'workteam'));
  if (visible.length !== unique.length) {
    const missing = unique.filter((id) => !visible.some((m) => m.id === id));
    throw invalid('attendeeIds', 'exists', `参训人员不存在或不在管辖范围内：${missing.join(', ')} (unknown members)`);
  }
  return visible;
}

function attend(em: SqlEntityManager, training: Training, member: TeamMember): void {
  const a = new TrainingAttendance();
  a.trainingId = training.id;
  a.memberId = member.id;
  a.villageCode = member.villageCode;
  em.persist(a);
}

export const trainingService = new CrudService<Training, CreateTrainingInput, UpdateTrainingInput>(Training, {
  async build(ctx, em, input) {
    await requireRegion(em, 'regionCode', input.regionCode);
    const { attendeeIds, ...rest } = input;
    const training = new Training();
    assignDefined(training, rest);
    training.topic = input.topic.trim();
    for (const m of await attendeesFor(ctx, em, attendeeIds ?? [])) attend(em, training, m);
    return training;
  },
});

/** Sets who attended: adds the new ones, archives the removed ones (restores re-added ones). */
export async function setTrainingAttendees(
  ctx: RequestContext,
  id: string,
  memberIds: string[],
  expectedVersion: number,
): Promise<Training> {
  requirePermission(ctx.actor, workTeamPermissions.update);
  return inTransaction(ctx, async (em) => {
    const training = await loadForWrite(ctx, em, Training, id, expectedVersion);
    const members = await attendeesFor(ctx, em, memberIds);
    const wanted = new Set(members.map((m) => m.id));
    const existing = await em.find(TrainingAttendance, { trainingId: id });
    const now = clock.now();
    for (const a of existing) {
      if (wanted.has(a.memberId)) {
        if (a.archivedAt) a.archivedAt = null;
        wanted.delete(a.memberId);
      } else if (!a.archivedAt) a.archivedAt = now;
    }
    for (const m of members) if (wanted.has(m.id)) attend(em, training, m);
    training.updatedAt = now;
    audit(em, ctx, { entity: 'Training', entityId: id, action: 'setAttendees', detail: `${members.length} attendees` });
    await em.flush();
    return training;
  });
}

/* ---------- MemberAssessment ---------- */

export const memberAssessmentService = new CrudService<MemberAssessment, CreateMemberAssessmentInput, UpdateMemberAssessmentInput>(
  MemberAssessment,
  {
    async build(ctx, em, input) {
      // Read-only (outside the identity map): assessing a member does not rewrite the member row.
      const member = await em.findOne(TeamMember, { id: input.memberId }, { disableIdentityMap: true });
      if (!member || (ctx.actor && !inJurisdiction(ctx.actor, member.villageCode, 'workteam'))) {
        throw invalid('memberId', 'exists', `驻村干部 ${input.memberId} 不存在或不在管辖范围内 (no such member)`);
      }
      const problems = new Problems();
      const startYear = Number(member.startDate.slice(0, 4));
      const endYear = Number((member.endDate ?? clock.today()).slice(0, 4));
      if (input.year < startYear || input.year > endYear)
        problems.add(
          'year',
          'inService',
          `考核年度须在驻村期间（${startYear}–${endYear}）(the year must fall within the member's service)`,
        );
      for (const f of ['timeInVillageScore', 'collectiveEconomyScore', 'villagerEvaluationScore', 'resultsScore'] as const) {
        if (input[f] === undefined || input[f] === null) problems.add(f, 'required', `${f} 必填 (required)`);
      }
      problems.throwIfAny();
      if (await em.count(MemberAssessment, { memberId: member.id, year: input.year })) {
        throw conflict(
          'UNIQUE_ASSESSMENT',
          `${member.name} ${input.year} 年度已有考核 (this member already has an assessment for ${input.year})`,
          { field: 'year' },
        );
      }
      const a = new MemberAssessment();
      assignDefined(a, input);
      a.villageCode = member.villageCode;
      return a;
    },
  },
);

/* ---------- rollup ---------- */

const TYPE_ORDER = [VillageType.KEY_VILLAGE, VillageType.POVERTY_EXITED_VILLAGE, VillageType.RELOCATION_SITE, VillageType.OTHER];
const RATING_ORDER = [
  AssessmentRating.EXCELLENT,
  AssessmentRating.COMPETENT,
  AssessmentRating.BASICALLY_COMPETENT,
  AssessmentRating.INCOMPETENT,
];

function activeTeams(knex: Knex, ctx: RequestContext, code: string, year: number): Knex.QueryBuilder {
  const qb = knex('work_team as w')
    .where('w.status', WorkTeamStatus.ACTIVE)
    .whereNull('w.archived_at')
    .where('w.village_code', 'like', `${code}%`)
    .where('w.term_start', '<=', `${year}-12-31`)
    .where('w.term_end', '>=', `${year}-01-01`);
  applyScope(qb, resource(WorkTeam), ctx, 'w');
  return qb;
}

export async function workTeamRollup(ctx: RequestContext, regionCode: string, year: number): Promise<WorkTeamRollup> {
  const { regionCode: code } = rollupRegion(ctx, workTeamPermissions.read, regionCode);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalid('year', 'range', '年度无效 (year out of range)');
  const knex = knexOf(ctx);
  const byType = activeTeams(knex, ctx, code, year)
    .leftJoin('team_member as m', (j) => j.on('m.team_id', 'w.id').andOnVal('m.status', MemberStatus.ON_DUTY).andOnNull('m.archived_at'))
    .select(
      'w.village_type as type',
      knex.raw('count(distinct w.id) as teams'),
      knex.raw('count(m.id) as cadres'),
      knex.raw(`sum(case when m.role = '${MemberRole.FIRST_SECRETARY}' then 1 else 0 end) as fs`),
    )
    .groupBy('w.village_type');
  const overdue = activeTeams(knex, ctx, code, year)
    .join('team_member as m', 'm.team_id', 'w.id')
    .where('m.status', MemberStatus.ON_DUTY)
    .whereNull('m.archived_at')
    .whereRaw(`not exists (${trainedInTermSql('m')})`)
    .count({ c: '*' });
  const ratings = knex('member_assessment as t')
    .select('t.rating as rating')
    .count({ c: '*' })
    .where('t.year', year)
    .whereNull('t.archived_at')
    .where('t.village_code', 'like', `${code}%`)
    .groupBy('t.rating');
  applyScope(ratings, resource(MemberAssessment), ctx);
  const [typeRows, overdueRows, ratingRows] = await Promise.all([
    runQuery<Record<string, unknown>>(ctx.em, byType),
    runQuery<{ c: unknown }>(ctx.em, overdue),
    runQuery<{ rating: string; c: unknown }>(ctx.em, ratings),
  ]);
  const byVillageType = TYPE_ORDER.map((villageType) => {
    const r = typeRows.find((x) => x.type === villageType);
    return { villageType, teams: Number(r?.teams ?? 0), cadresOnDuty: Number(r?.cadres ?? 0), firstSecretaries: Number(r?.fs ?? 0) };
  });
  return {
    regionCode: code,
    year,
    byVillageType,
    teams: byVillageType.reduce((s, t) => s + t.teams, 0),
    cadresOnDuty: byVillageType.reduce((s, t) => s + t.cadresOnDuty, 0),
    membersOverdueForTraining: Number(overdueRows[0]?.c ?? 0),
    assessmentRatings: RATING_ORDER.map((rating) => ({ rating, count: Number(ratingRows.find((r) => r.rating === rating)?.c ?? 0) })),
  };
}
