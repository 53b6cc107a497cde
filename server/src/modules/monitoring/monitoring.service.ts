import type { SqlEntityManager } from '@mikro-orm/knex';
import { inJurisdiction, requirePermission, visiblePrefixes } from '../../core/access';
import { monitoringPermissions } from './monitoring.access';
import { addDays, clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { CrudService, assignDefined } from '../../core/crud';
import { runQuery } from '../../core/db';
import { Problems, badInput, conflict, invalid } from '../../core/errors';
import { definePublicity } from '../../core/publicity';
import type { PublicityLine } from '../../core/publicity';
import { knexOf } from '../../core/read';
import { RollupCache } from '../../core/rollup-cache';
import { percent, rollupRegion, rollupScope, within } from '../../core/rollup';
import { MonitoringRollup } from './monitoring.outputs';
import type { Knex } from 'knex';
import type { EntityClass } from '@mikro-orm/core';
import { MonitoringType, Person } from '../person/person.entity';
import { RegionLevel } from '../region/region.entity';
import { requireRegion } from '../region/region.service';
import { JobPlacement, JobPlacementStatus } from '../welfare/welfare.entity';
import { TeamMember } from '../workteam/workteam.entity';
import {
  AssistanceMeasure,
  Household,
  HouseholdIncome,
  HouseholdMember,
  HouseholdRelation,
  HouseholdVisit,
  RiskElimination,
  RiskEliminationStatus,
  MeasureKind,
  MeasureStatus,
  MonitoringCase,
  MonitoringCaseStatus,
  MonitoringLine,
} from './monitoring.entity';
import type {
  CreateAssistanceMeasureInput,
  CreateHouseholdIncomeInput,
  CreateHouseholdInput,
  CreateMonitoringCaseInput,
  CreateMonitoringLineInput,
  CreateHouseholdMemberInput,
  CreateHouseholdVisitInput,
  UpdateHouseholdMemberInput,
  CreateRiskEliminationInput,
  UpdateHouseholdVisitInput,
  UpdateRiskEliminationInput,
  UpdateAssistanceMeasureInput,
  UpdateHouseholdIncomeInput,
  UpdateHouseholdInput,
  UpdateMonitoringCaseInput,
  UpdateMonitoringLineInput,
} from './monitoring.inputs';
import {
  DECISION_DAYS,
  OPEN_CASE,
  UNDECIDED as UNDECIDED_STATUSES,
  lineAmountSql,
  lineDateFor,
  requireYear,
  eliminationFailures,
  encodeCauses,
  openCaseOf,
} from './monitoring.rules';
import { monitoringCaseWorkflow, riskEliminationWorkflow } from './monitoring.workflow';

function notFuture(problems: Problems, field: string, date: string | null | undefined, label: string): void {
  if (date && date > clock.today()) problems.add(field, 'notFuture', `${label}不能晚于今天 (${field} cannot be in the future)`);
}

function notNegative(problems: Problems, field: string, fen: number | null | undefined, label: string): void {
  if (fen !== null && fen !== undefined && fen < 0) problems.add(field, 'notNegative', `${label}不能为负数 (${field} must be 0 or more)`);
}

/** A record the caller may write: it exists, is not archived and lies in the caller's jurisdiction. */
async function requireInJurisdiction<T extends { archivedAt?: Date | null }>(
  ctx: RequestContext,
  field: string,
  found: T | null,
  regionOf: (row: T) => string,
  what: string,
): Promise<T> {
  if (!found || found.archivedAt || (ctx.actor && !inJurisdiction(ctx.actor, regionOf(found), 'monitoring')))
    throw invalid(field, 'exists', `${what}不存在或不在管辖范围 (no such ${field.replace(/Id$/, '')} in your jurisdiction)`);
  return found;
}

async function requireHousehold(ctx: RequestContext, em: SqlEntityManager, id: string): Promise<Household> {
  return requireInJurisdiction(ctx, 'householdId', await em.findOne(Household, { id }), (h) => h.villageCode, '农户');
}

async function requireCase(ctx: RequestContext, em: SqlEntityManager, id: string): Promise<MonitoringCase> {
  return requireInJurisdiction(ctx, 'caseId', await em.findOne(MonitoringCase, { id }), (c) => c.regionCode, '监测对象');
}

/* ---------- monitoring lines ---------- */

export const monitoringLineService = new CrudService<MonitoringLine, CreateMonitoringLineInput, UpdateMonitoringLineInput>(MonitoringLine, {
  async build(ctx, em, input) {
    requirePermission(ctx.actor, monitoringPermissions.setLine);
    const problems = new Problems();
    if (input.amount <= 0) problems.add('amount', 'positive', '监测标准须大于 0 (amount must be more than 0)');
    problems.throwIfAny();
    await requireRegion(em, 'provinceCode', input.provinceCode, [RegionLevel.PROVINCE]);
    await uniqueStart(em, input.provinceCode, input.effectiveFrom);
    const line = new MonitoringLine();
    assignDefined(line, { ...input, basis: input.basis?.trim() || null });
    return line;
  },
  async apply(ctx, em, line, input) {
    requirePermission(ctx.actor, monitoringPermissions.setLine);
    if (input.amount !== undefined && input.amount !== null && input.amount <= 0)
      throw invalid('amount', 'positive', '监测标准须大于 0 (amount must be more than 0)');
    if (input.effectiveFrom && input.effectiveFrom !== line.effectiveFrom) await uniqueStart(em, line.provinceCode, input.effectiveFrom);
    assignDefined(line, input);
  },
});

async function uniqueStart(em: SqlEntityManager, provinceCode: string, effectiveFrom: string): Promise<void> {
  if (await em.count(MonitoringLine, { provinceCode, effectiveFrom }))
    throw conflict('LINE_EXISTS', `该省 ${effectiveFrom} 起已有监测标准 (the province already has a line from that date)`, {
      field: 'effectiveFrom',
    });
}

/* ---------- households ---------- */

export const householdService = new CrudService<Household, CreateHouseholdInput, UpdateHouseholdInput>(Household, {
  async build(ctx, em, input) {
    const problems = new Problems();
    if (input.labourers > input.size)
      problems.add('labourers', 'atMostSize', '劳动力人数不能超过家庭人口 (labourers cannot exceed the size)');
    notNegative(problems, 'compliantExpenses', input.compliantExpenses, '合规自付支出');
    notFuture(problems, 'securedCheckedOn', input.securedCheckedOn, '核实日期');
    problems.throwIfAny();
    const head = await requireInJurisdiction(
      ctx,
      'headPersonId',
      await em.findOne(Person, { id: input.headPersonId }),
      (p) => p.villageCode,
      '户主',
    );
    const other = await em.findOne(Household, { headPersonId: head.id });
    if (other)
      throw conflict('HEAD_HAS_HOUSEHOLD', `${head.name} 已是另一户的户主 (the person already heads a household)`, {
        field: 'headPersonId',
      });
    if (await em.count(HouseholdMember, { personId: head.id }))
      throw conflict('PERSON_IN_HOUSEHOLD', `${head.name} 已是另一户的成员 (the person already belongs to a household)`, {
        field: 'headPersonId',
      });
    const household = new Household();
    assignDefined(household, { ...input, villageCode: head.villageCode });
    // The head is the household's first member.
    em.persist(memberOf(household, head.id, HouseholdRelation.HEAD));
    return household;
  },
  async apply(_ctx, _em, household, input) {
    const problems = new Problems();
    const size = input.size ?? household.size;
    if ((input.labourers ?? household.labourers) > size)
      problems.add('labourers', 'atMostSize', '劳动力人数不能超过家庭人口 (labourers cannot exceed the size)');
    notNegative(problems, 'compliantExpenses', input.compliantExpenses, '合规自付支出');
    notFuture(problems, 'securedCheckedOn', input.securedCheckedOn, '核实日期');
    problems.throwIfAny();
    assignDefined(household, input);
  },
});

export const householdIncomeService = new CrudService<HouseholdIncome, CreateHouseholdIncomeInput, UpdateHouseholdIncomeInput>(
  HouseholdIncome,
  {
    async build(ctx, em, input) {
      const problems = new Problems();
      notNegative(problems, 'amount', input.amount, '金额');
      if (input.year > Number(clock.today().slice(0, 4)))
        problems.add('year', 'notFuture', '年度不能晚于今年 (year cannot be in the future)');
      problems.throwIfAny();
      const household = await requireHousehold(ctx, em, input.householdId);
      if (await em.count(HouseholdIncome, { householdId: household.id, year: input.year, source: input.source, archivedAt: null }))
        throw conflict(
          'INCOME_EXISTS',
          `该户 ${input.year} 年已有此来源的收入，请修改该记录 (the year already has this source; edit that record)`,
          {
            field: 'source',
          },
        );
      const income = new HouseholdIncome();
      assignDefined(income, { ...input, regionCode: household.villageCode });
      return income;
    },
    async apply(_ctx, _em, income, input) {
      const problems = new Problems();
      notNegative(problems, 'amount', input.amount, '金额');
      problems.throwIfAny();
      assignDefined(income, input);
    },
  },
);

/* ---------- cases ---------- */

export const monitoringCaseService = new CrudService<MonitoringCase, CreateMonitoringCaseInput, UpdateMonitoringCaseInput>(MonitoringCase, {
  async build(ctx, em, input) {
    const problems = new Problems();
    notFuture(problems, 'clueDate', input.clueDate, '预警日期');
    problems.throwIfAny();
    const household = await requireHousehold(ctx, em, input.householdId);
    const open = await openCaseOf(em, household.id);
    if (open)
      throw conflict('CASE_OPEN', `该户已有监测对象记录（${open.status}），不能重复纳入 (the household already has an open case)`, {
        field: 'householdId',
        caseId: open.id,
      });
    const found = new MonitoringCase();
    found.householdId = household.id;
    found.regionCode = household.villageCode;
    found.type = input.type;
    found.riskCauseList = encodeCauses(input.riskCauses);
    found.discoveredBy = input.discoveredBy;
    found.clueDate = input.clueDate;
    found.deadline = addDays(input.clueDate, DECISION_DAYS);
    found.overdue = found.deadline < clock.today();
    found.description = input.description?.trim() || null;
    return found;
  },
  async apply(_ctx, _em, found, input) {
    if (found.status !== MonitoringCaseStatus.CLUE && (input.type !== undefined || input.riskCauses !== undefined))
      throw conflict(
        'CASE_UNDER_REVIEW',
        '核查开始后类型和风险类型只能随认定步骤变更 (type and causes are fixed once the check has started)',
      );
    if (input.type) found.type = input.type;
    if (input.riskCauses) found.riskCauseList = encodeCauses(input.riskCauses);
    if (input.discoveredBy) found.discoveredBy = input.discoveredBy;
    if (input.description !== undefined) found.description = input.description?.trim() || null;
  },
});

/* ---------- measures ---------- */

async function checkPlacement(
  em: SqlEntityManager,
  found: MonitoringCase,
  kind: MeasureKind,
  placementId: string | null | undefined,
): Promise<void> {
  if (kind !== MeasureKind.WELFARE_POST) {
    if (placementId)
      throw invalid('placementId', 'onlyForPost', '只有公益性岗位措施关联聘任 (only a WELFARE_POST measure links a placement)');
    return;
  }
  if (!placementId) throw invalid('placementId', 'required', '公益性岗位措施须关联聘任 (a WELFARE_POST measure needs its placement)');
  const placement = await em.findOne(JobPlacement, { id: placementId });
  if (!placement || placement.archivedAt) throw invalid('placementId', 'exists', `聘任 ${placementId} 不存在 (no such placement)`);
  if ([JobPlacementStatus.REJECTED, JobPlacementStatus.WITHDRAWN].includes(placement.status))
    throw invalid('placementId', 'active', '该聘任已驳回或撤回 (the placement was rejected or withdrawn)');
  const household = await em.findOneOrFail(Household, { id: found.householdId });
  const person = await em.findOne(Person, { id: placement.personId });
  if (!person || person.villageCode !== household.villageCode)
    throw invalid(
      'placementId',
      'householdMember',
      '聘任人员须为该户所在村的人员 (the placement must be of a person of the household’s village)',
    );
}

export const assistanceMeasureService = new CrudService<AssistanceMeasure, CreateAssistanceMeasureInput, UpdateAssistanceMeasureInput>(
  AssistanceMeasure,
  {
    async build(ctx, em, input) {
      const problems = new Problems();
      notNegative(problems, 'amount', input.amount, '帮扶资金');
      problems.throwIfAny();
      const found = await requireCase(ctx, em, input.caseId);
      if (!OPEN_CASE.includes(found.status))
        throw conflict('CASE_CLOSED', '该监测对象已不予纳入，不能制定帮扶措施 (the case was not identified)', { field: 'caseId' });
      await checkPlacement(em, found, input.kind, input.placementId);
      const measure = new AssistanceMeasure();
      assignDefined(measure, {
        ...input,
        content: input.content.trim(),
        responsible: input.responsible.trim(),
        status: input.status ?? MeasureStatus.PLANNED,
        regionCode: found.regionCode,
      });
      return measure;
    },
    async apply(_ctx, em, measure, input) {
      const problems = new Problems();
      notNegative(problems, 'amount', input.amount, '帮扶资金');
      problems.throwIfAny();
      const kind = input.kind ?? measure.kind;
      if (input.kind !== undefined || input.placementId !== undefined)
        await checkPlacement(
          em,
          await em.findOneOrFail(MonitoringCase, { id: measure.caseId }),
          kind,
          input.placementId === undefined ? measure.placementId : input.placementId,
        );
      assignDefined(measure, input);
    },
  },
);

/* ---------- members ---------- */

function memberOf(household: Household, personId: string, relation: HouseholdRelation): HouseholdMember {
  const member = new HouseholdMember();
  member.householdId = household.id;
  member.personId = personId;
  member.regionCode = household.villageCode;
  member.relation = relation;
  return member;
}

/** HEAD is the head's relation and nobody else's. */
function checkRelation(household: Household, personId: string, relation: HouseholdRelation): void {
  if ((personId === household.headPersonId) !== (relation === HouseholdRelation.HEAD))
    throw invalid('relation', 'onlyHead', '户主的关系为“户主”，其他成员不能为“户主” (HEAD is the head’s relation only)');
}

export const householdMemberService = new CrudService<HouseholdMember, CreateHouseholdMemberInput, UpdateHouseholdMemberInput>(
  HouseholdMember,
  {
    async build(ctx, em, input) {
      const household = await requireHousehold(ctx, em, input.householdId);
      const person = await em.findOne(Person, { id: input.personId });
      if (!person || person.archivedAt) throw invalid('personId', 'exists', `人员 ${input.personId} 不存在 (no such person)`);
      if (person.villageCode !== household.villageCode)
        throw invalid('personId', 'sameVillage', `${person.name} 不是该户所在村的人员 (the person lives in another village)`);
      checkRelation(household, person.id, input.relation);
      if (await em.count(HouseholdMember, { personId: person.id }))
        throw conflict('PERSON_IN_HOUSEHOLD', `${person.name} 已是某户的成员 (the person already belongs to a household)`, {
          field: 'personId',
        });
      const members = await em.count(HouseholdMember, { householdId: household.id, archivedAt: null });
      if (members >= household.size)
        throw conflict(
          'SIZE_EXCEEDED',
          `家庭人口为 ${household.size} 人，已登记 ${members} 人；请先修改家庭人口 (the household’s size is reached; change it first)`,
          {
            field: 'householdId',
          },
        );
      return memberOf(household, person.id, input.relation);
    },
    async apply(_ctx, em, member, input) {
      if (input.relation) checkRelation(await em.findOneOrFail(Household, { id: member.householdId }), member.personId, input.relation);
      assignDefined(member, input);
    },
  },
);

/* ---------- visits ---------- */

export const householdVisitService = new CrudService<HouseholdVisit, CreateHouseholdVisitInput, UpdateHouseholdVisitInput>(HouseholdVisit, {
  async build(ctx, em, input) {
    const problems = new Problems();
    notFuture(problems, 'visitedOn', input.visitedOn, '走访日期');
    if (!input.teamMemberId && !input.visitor?.trim())
      problems.add('visitor', 'required', '请填写走访人或选择驻村干部 (give the visitor or the team member)');
    problems.throwIfAny();
    const household = await requireHousehold(ctx, em, input.householdId);
    let visitor = input.visitor?.trim();
    if (input.teamMemberId) {
      const member = await em.findOne(TeamMember, { id: input.teamMemberId });
      if (!member || member.archivedAt)
        throw invalid('teamMemberId', 'exists', `驻村干部 ${input.teamMemberId} 不存在 (no such team member)`);
      if (member.villageCode !== household.villageCode)
        throw invalid(
          'teamMemberId',
          'sameVillage',
          `${member.name} 不在该户所在村驻村 (the member’s team is not resident in the household’s village)`,
        );
      visitor ||= member.name;
    }
    const visit = new HouseholdVisit();
    assignDefined(visit, { ...input, visitor, findings: input.findings.trim(), regionCode: household.villageCode });
    return visit;
  },
  async apply(_ctx, _em, visit, input) {
    const problems = new Problems();
    notFuture(problems, 'visitedOn', input.visitedOn, '走访日期');
    if (input.visitor !== undefined && !input.visitor?.trim() && !visit.teamMemberId)
      problems.add('visitor', 'required', '请填写走访人 (give the visitor)');
    problems.throwIfAny();
    assignDefined(visit, { ...input, visitor: input.visitor?.trim() || undefined });
  },
});

/* ---------- risk elimination ---------- */

export const riskEliminationService = new CrudService<RiskElimination, CreateRiskEliminationInput, UpdateRiskEliminationInput>(
  RiskElimination,
  {
    async build(ctx, em, input) {
      const found = await requireCase(ctx, em, input.caseId);
      if (found.status !== MonitoringCaseStatus.IDENTIFIED)
        throw conflict(
          'CASE_NOT_IDENTIFIED',
          `监测对象状态为 ${found.status}，只有已纳入的才能消除风险 (only an identified case can be ended)`,
          { field: 'caseId' },
        );
      const pending = await em.count(RiskElimination, {
        caseId: found.id,
        status: { $nin: [RiskEliminationStatus.ELIMINATED, RiskEliminationStatus.REFUSED] },
        archivedAt: null,
      });
      if (pending)
        throw conflict('ELIMINATION_PENDING', '该户已有进行中的风险消除 (a risk elimination of this case is under way)', {
          field: 'caseId',
        });
      const failures = await eliminationFailures(em, found);
      if (failures.length) throw badInput(failures.map((f) => ({ field: 'caseId', rule: f.rule, message: f.message })));
      const elimination = new RiskElimination();
      elimination.caseId = found.id;
      elimination.regionCode = found.regionCode;
      elimination.findings = input.findings.trim();
      return elimination;
    },
    async apply(_ctx, _em, elimination, input) {
      if (input.findings !== undefined && input.findings !== null) elimination.findings = input.findings.trim();
    },
  },
);

/* ---------- publicity (公示) ---------- */

/** Printed as the reason: the type only; the causes (health among them) never go on a notice board. */
const PUBLICITY_REASON: Record<MonitoringType, string> = {
  [MonitoringType.UNSTABLE]: '脱贫不稳定户',
  [MonitoringType.MARGINAL]: '边缘易致贫户',
  [MonitoringType.SUDDEN_HARDSHIP]: '突发严重困难户',
};

/**
 * Printed-list lines of cases (`monitoring_case`) or of eliminations (`risk_elimination`, through
 * their case): only what a notice board may show, the head's name with 户, the village and the type.
 */
function householdLines(table: 'monitoring_case' | 'risk_elimination', suffix = '') {
  return async (ctx: RequestContext, ids: string[]): Promise<Map<string, PublicityLine>> => {
    const out = new Map<string, PublicityLine>();
    if (!ids.length) return out;
    const qb = knexOf(ctx)(`${table} as t`);
    const found = table === 'risk_elimination' ? 'c' : 't';
    if (table === 'risk_elimination') qb.join('monitoring_case as c', 'c.id', 't.case_id');
    const rows = await runQuery<Record<string, unknown>>(
      ctx.em,
      qb
        .join('household as h', 'h.id', `${found}.household_id`)
        .join('person as pe', 'pe.id', 'h.head_person_id')
        .leftJoin('region as v', 'v.code', 'h.village_code')
        .select('t.id as id', 'pe.name as name', 'pe.gender as gender', 'v.name as village', `${found}.type as type`)
        .whereIn('t.id', ids),
    );
    for (const r of rows) {
      out.set(String(r.id), {
        name: `${String(r.name)}户`,
        gender: r.gender === 'MALE' ? '男' : '女',
        village: r.village ? String(r.village) : null,
        reason: `${PUBLICITY_REASON[r.type as MonitoringType] ?? '防止返贫监测对象'}${suffix}`,
      });
    }
    return out;
  };
}

definePublicity({
  workflow: monitoringCaseWorkflow,
  status: MonitoringCaseStatus.PUBLICIZING,
  returnTo: MonitoringCaseStatus.VILLAGE_REVIEWED,
  next: ['TOWNSHIP_APPROVE'],
  title: { zh: '拟纳入防止返贫监测对象', en: 'households proposed for monitoring' },
  lines: householdLines('monitoring_case'),
});

definePublicity({
  workflow: riskEliminationWorkflow,
  status: RiskEliminationStatus.PUBLICIZING,
  returnTo: RiskEliminationStatus.VILLAGE_REVIEWED,
  next: ['TOWNSHIP_APPROVE'],
  title: { zh: '拟消除返贫风险户', en: 'households proposed for risk elimination' },
  lines: householdLines('risk_elimination', '，拟消除风险'),
});

/* ---------- rollup ---------- */

const rollupCache = new RollupCache<MonitoringRollup>('monitoringRollup', [
  Household,
  HouseholdIncome,
  HouseholdVisit,
  MonitoringCase,
  AssistanceMeasure,
  RiskElimination,
  MonitoringLine,
]);

/**
 * The region's monitoring figures for a year, five grouped statements whatever the number of rows,
 * cached until the next write to the domain. The region must lie inside the caller's jurisdiction.
 */
export async function monitoringRollup(ctx: RequestContext, region: string | null | undefined, year: number): Promise<MonitoringRollup> {
  const { actor, regionCode } = rollupRegion(ctx, monitoringPermissions.read, region);
  requireYear('year', year);
  const key = JSON.stringify([regionCode, year, clock.today(), visiblePrefixes(actor, 'monitoring')]);
  return rollupCache.get(key, () => computeMonitoringRollup(ctx, regionCode, year));
}

async function computeMonitoringRollup(ctx: RequestContext, regionCode: string, year: number): Promise<MonitoringRollup> {
  const knex = knexOf(ctx);
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const today = clock.today();
  const scope = rollupScope(ctx, 'monitoring', regionCode);
  const scoped = (qb: Knex.QueryBuilder, entity: EntityClass<unknown>, alias: string, column: string) =>
    scope(within(qb, `${alias}.${column}`, regionCode).whereNull(`${alias}.archived_at`), entity, alias);
  const count = (v: unknown) => Number(v ?? 0);

  const casesQ = scoped(
    knex('monitoring_case as c')
      .select('c.status', 'c.type')
      .select(
        knex.raw('count(*) as n'),
        // An eliminated case keeps the date it was identified: it counts among the decided.
        knex.raw('coalesce(sum(case when c.decided_on is not null then 1 else 0 end), 0) as decided'),
        knex.raw('coalesce(sum(case when c.decided_on is not null and c.decided_on <= c.deadline then 1 else 0 end), 0) as on_time'),
        knex.raw('coalesce(sum(case when c.status in (?, ?, ?, ?, ?, ?, ?) and c.deadline < ? then 1 else 0 end), 0) as overdue', [
          ...UNDECIDED_STATUSES,
          today,
        ]),
      )
      .whereBetween('c.clue_date', [start, end])
      .groupBy('c.status', 'c.type'),
    MonitoringCase,
    'c',
    'region_code',
  );
  const eliminatedQ = scoped(
    knex('risk_elimination as r')
      .count({ n: '*' })
      .where('r.status', RiskEliminationStatus.ELIMINATED)
      .whereBetween('r.decided_on', [start, end]),
    RiskElimination,
    'r',
    'region_code',
  );
  const measuresQ = scoped(
    knex('assistance_measure as m').select('m.kind').count({ n: '*' }).sum({ amount: 'm.amount' }).groupBy('m.kind'),
    AssistanceMeasure,
    'm',
    'region_code',
  );
  const quarter = knex.raw(
    "case when substr(v.visited_on, 6, 2) <= '03' then 1 when substr(v.visited_on, 6, 2) <= '06' then 2 when substr(v.visited_on, 6, 2) <= '09' then 3 else 4 end",
  );
  const visitsQ = scoped(
    knex('household_visit as v')
      .select({ quarter })
      .select(knex.raw('count(*) as n'), knex.raw('count(distinct v.household_id) as households'))
      .whereBetween('v.visited_on', [start, end])
      .groupBy(quarter),
    HouseholdVisit,
    'v',
    'region_code',
  );
  const incomes = knex('household_income as i')
    .select('i.household_id')
    .sum({ total: 'i.amount' })
    .where('i.year', year)
    .whereNull('i.archived_at')
    .groupBy('i.household_id');
  const householdsQ = scoped(
    knex('household as h')
      .leftJoin(incomes.as('inc'), 'inc.household_id', 'h.id')
      .select(
        knex.raw('count(*) as n'),
        knex.raw(
          `coalesce(sum(case when inc.total is not null and inc.total - h.compliant_expenses < ${lineAmountSql('h')} * h.size then 1 else 0 end), 0) as below`,
          [lineDateFor(year)],
        ),
      ),
    Household,
    'h',
    'village_code',
  );
  const [cases, [eliminated], measures, visits, [households]] = await Promise.all([
    runQuery<{ status: MonitoringCaseStatus; type: MonitoringType; n: unknown; decided: unknown; on_time: unknown; overdue: unknown }>(
      ctx.em,
      casesQ,
    ),
    runQuery<{ n: unknown }>(ctx.em, eliminatedQ),
    runQuery<{ kind: MeasureKind; n: unknown; amount: unknown }>(ctx.em, measuresQ),
    runQuery<{ quarter: unknown; n: unknown; households: unknown }>(ctx.em, visitsQ),
    runQuery<{ n: unknown; below: unknown }>(ctx.em, householdsQ),
  ]);
  const byStatus = new Map<MonitoringCaseStatus, number>();
  const byType = new Map<MonitoringType, number>();
  let decided = 0;
  let onTime = 0;
  let overdue = 0;
  for (const r of cases) {
    byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + count(r.n));
    byType.set(r.type, (byType.get(r.type) ?? 0) + count(r.n));
    decided += count(r.decided);
    onTime += count(r.on_time);
    overdue += count(r.overdue);
  }
  const householdCount = count(households?.n);
  const out = new MonitoringRollup();
  Object.assign(out, {
    regionCode,
    year,
    households: householdCount,
    householdsBelowLine: count(households?.below),
    cases: [...byStatus.values()].reduce((a, b) => a + b, 0),
    byStatus: Object.values(MonitoringCaseStatus).map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    byType: Object.values(MonitoringType).map((type) => ({ type, count: byType.get(type) ?? 0 })),
    decided,
    decidedWithinDeadline: onTime,
    decidedWithinDeadlineShare: percent(onTime, decided),
    overdue,
    eliminated: count(eliminated?.n),
    measuresByKind: Object.values(MeasureKind).map((kind) => {
      const row = measures.find((m) => m.kind === kind);
      return { kind, count: count(row?.n), amount: count(row?.amount) };
    }),
    visitsByQuarter: [1, 2, 3, 4].map((q) => {
      const row = visits.find((v) => Number(v.quarter) === q);
      const visited = count(row?.households);
      return { quarter: q, visits: count(row?.n), householdsVisited: visited, coverage: percent(visited, householdCount) };
    }),
  });
  return out;
}
