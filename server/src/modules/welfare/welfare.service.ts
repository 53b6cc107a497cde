import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Knex } from 'knex';
import { inJurisdiction, requirePermission, visiblePrefixes } from '../../core/access';
import { welfarePermissions } from './welfare.access';
import { audit } from '../../core/audit';
import { clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { CrudService, assignDefined, diff, inTransaction, loadForWrite, snapshot } from '../../core/crud';
import { isPostgres, runQuery } from '../../core/db';
import { Problems, badInput, conflict, forbidden, invalid } from '../../core/errors';
import { knexOf } from '../../core/read';
import { resource } from '../../core/resource';
import { RollupCache } from '../../core/rollup-cache';
import { percent, rollupRegion, rollupScope, within } from '../../core/rollup';
import type { RollupScope } from '../../core/rollup';
import { definePublicity } from '../../core/publicity';
import type { PublicityLine } from '../../core/publicity';
import { Organization } from '../organization/organization.entity';
import { Person } from '../person/person.entity';
import { RegionLevel } from '../region/region.entity';
import { requireRegion } from '../region/region.service';
import {
  ACTIVE_PLACEMENT_STATUSES,
  Assessment,
  JobPlacement,
  JobPlacementStatus,
  PriorityCategory,
  SubsidyPayment,
  SubsidyPaymentStatus,
  WelfarePost,
  WelfarePostStatus,
} from './welfare.entity';
import type {
  CreateJobPlacementInput,
  CreateWelfarePostInput,
  SubsidyAssessmentInput,
  UpdateJobPlacementInput,
  UpdateWelfarePostInput,
} from './welfare.inputs';
import type { PlacementStatusCount, PriorityCategoryCount, SubsidyPayrollResult, WelfareRollup } from './welfare.outputs';
import { jobPlacementWorkflow } from './welfare.workflow';
import {
  countActiveOfPerson,
  countActiveOnPost,
  daysInMonth,
  daysOnPostIn,
  eligibilityFailures,
  monthBounds,
  nextMonth,
  previousMonth,
  priorityOf,
  subsidyFen,
} from './welfare.rules';

/* ---------- posts ---------- */

function checkPostFields(problems: Problems, v: { monthlySubsidy?: number; termStart?: string; termEnd?: string; title?: string }): void {
  if (v.title !== undefined && !v.title?.trim()) problems.add('title', 'required', '岗位名称不能为空 (title is required)');
  if (v.monthlySubsidy !== undefined && !(v.monthlySubsidy > 0))
    problems.add('monthlySubsidy', 'positive', '月补贴标准须大于0 (monthly subsidy must be greater than 0)');
  if (v.termStart && v.termEnd && v.termEnd < v.termStart)
    problems.add('termEnd', 'notBeforeStart', '聘期结束不能早于开始 (term end must not precede term start)');
}

async function requireOrganization(em: SqlEntityManager, field: string, id: string): Promise<void> {
  const org = await em.findOne(Organization, { id, archivedAt: null });
  if (!org) throw invalid(field, 'exists', `开发单位 ${id} 不存在 (no such organization)`);
}

export const welfarePostService = new CrudService<WelfarePost, CreateWelfarePostInput, UpdateWelfarePostInput>(WelfarePost, {
  async build(_ctx, em, input) {
    const problems = new Problems();
    checkPostFields(problems, input);
    problems.throwIfAny();
    await requireRegion(em, 'villageCode', input.villageCode, [RegionLevel.VILLAGE]);
    await requireOrganization(em, 'developingOrganizationId', input.developingOrganizationId);
    const post = new WelfarePost();
    assignDefined(post, input);
    post.title = input.title.trim();
    post.regionCode = input.villageCode;
    post.status = WelfarePostStatus.DRAFT;
    return post;
  },
  async apply(_ctx, em, post, input) {
    const problems = new Problems();
    checkPostFields(problems, {
      monthlySubsidy: input.monthlySubsidy,
      title: input.title,
      termStart: input.termStart ?? post.termStart,
      termEnd: input.termEnd ?? post.termEnd,
    });
    problems.throwIfAny();
    if (input.developingOrganizationId) await requireOrganization(em, 'developingOrganizationId', input.developingOrganizationId);
    if (input.headcount !== undefined && input.headcount !== null) {
      // Same lock as COUNTY_APPROVE, so a shrinking headcount and an approval cannot both win.
      if (isPostgres(em)) await em.lock(post, LockMode.PESSIMISTIC_WRITE);
      const active = await countActiveOnPost(em, post.id);
      if (input.headcount < active)
        throw invalid(
          'headcount',
          'notBelowActive',
          `岗位已有 ${active} 人在岗，名额不能少于此数 (headcount cannot drop below the ${active} active placements)`,
        );
    }
    assignDefined(post, { ...input, title: input.title?.trim() });
  },
  async beforeArchive(_ctx, em, post) {
    const active = await countActiveOnPost(em, post.id);
    if (active) throw conflict('ACTIVE_PLACEMENTS', `岗位仍有 ${active} 人在岗，不能归档 (the post still has active placements)`);
  },
});

/* ---------- placements ---------- */

export const jobPlacementService = new CrudService<JobPlacement, CreateJobPlacementInput, UpdateJobPlacementInput>(JobPlacement, {
  async build(ctx, em, input) {
    const post = await em.findOne(WelfarePost, { id: input.postId });
    if (!post || (ctx.actor && !inJurisdiction(ctx.actor, post.regionCode, 'welfare')))
      throw invalid('postId', 'exists', `岗位 ${input.postId} 不存在或不在管辖范围 (no such post in your jurisdiction)`);
    const person = await em.findOne(Person, { id: input.personId });
    if (!person || person.archivedAt) throw invalid('personId', 'exists', `人员 ${input.personId} 不存在 (no such person)`);
    if (post.status !== WelfarePostStatus.OPEN || post.archivedAt)
      throw conflict('POST_NOT_OPEN', `岗位「${post.title}」未开放申请 (the post is ${post.status})`, { field: 'postId' });
    const failures = eligibilityFailures(post, person);
    if (failures.length) throw badInput(failures.map((f) => ({ field: 'personId', rule: f.rule, message: f.message })));
    if (await countActiveOfPerson(em, person.id))
      throw conflict('ALREADY_ACTIVE', `${person.name} 已在公益性岗位上 (a person holds at most one active placement)`, {
        field: 'personId',
      });
    const pending = await em.count(JobPlacement, {
      postId: post.id,
      personId: person.id,
      status: {
        $in: [
          JobPlacementStatus.APPLIED,
          JobPlacementStatus.VILLAGE_REVIEWED,
          JobPlacementStatus.PUBLICIZING,
          JobPlacementStatus.TOWNSHIP_REVIEWED,
        ],
      },
      archivedAt: null,
    });
    if (pending)
      throw conflict(
        'DUPLICATE_APPLICATION',
        `${person.name} 已申请该岗位，正在审核中 (an application for this post is already under review)`,
        { field: 'personId' },
      );
    const placement = new JobPlacement();
    placement.postId = post.id;
    placement.personId = person.id;
    placement.regionCode = post.villageCode;
    placement.priorityCategory = priorityOf(person);
    placement.status = JobPlacementStatus.APPLIED;
    placement.applicationNote = input.applicationNote?.trim() || null;
    return placement;
  },
  async apply(_ctx, _em, placement, input) {
    if (input.applicationNote !== undefined) placement.applicationNote = input.applicationNote?.trim() || null;
  },
  async beforeArchive(_ctx, _em, placement) {
    if (ACTIVE_PLACEMENT_STATUSES.includes(placement.status))
      throw conflict('ACTIVE_PLACEMENT', '在岗聘任不能归档，请先办理退岗 (exit the placement before archiving it)');
  },
});

/* ---------- payroll ---------- */

/** Two FAIL months in a row (this one and the one before or after) put the placement up for exit. */
async function flagIfConsecutiveFails(ctx: RequestContext, em: SqlEntityManager, placementId: string, month: string): Promise<void> {
  const neighbours = await em.count(SubsidyPayment, {
    placementId,
    month: { $in: [previousMonth(month), nextMonth(month)] },
    assessment: Assessment.FAIL,
  });
  if (!neighbours) return;
  const placement = await em.findOneOrFail(JobPlacement, { id: placementId });
  if (placement.flaggedForExit || placement.status !== JobPlacementStatus.ONBOARDED) return;
  placement.flaggedForExit = true;
  audit(em, ctx, {
    entity: 'JobPlacement',
    entityId: placementId,
    action: 'flagForExit',
    changes: { flaggedForExit: [false, true] },
    detail: `连续两个月考核不合格 (${month}) (two consecutive failed assessments)`,
  });
}

/** Attendance within 0..days on post and 0..working days; working days within 1..days in the month. */
function checkAttendance(
  field: string,
  attendance: number | null | undefined,
  daysOnPost: number,
  workingDays?: { field: string; value: number | null | undefined; daysInMonth: number },
): void {
  const working = workingDays?.value ?? null;
  if (workingDays && working !== null && (!Number.isInteger(working) || working < 1 || working > workingDays.daysInMonth)) {
    throw invalid(
      workingDays.field,
      'range',
      `应出勤天数须在 1 到当月天数 ${workingDays.daysInMonth} 之间 (working days must be 1..${workingDays.daysInMonth})`,
    );
  }
  if (attendance === undefined || attendance === null) return;
  if (!Number.isInteger(attendance) || attendance < 0 || attendance > daysOnPost) {
    throw invalid(field, 'range', `出勤天数须在 0 到在岗天数 ${daysOnPost} 之间 (attendance days must be 0..${daysOnPost})`);
  }
  if (working !== null && attendance > working)
    throw invalid(field, 'range', `出勤天数不能超过应出勤天数 ${working} (attendance days must not exceed the working days)`);
}

/**
 * One CALCULATED payment per placement on post during the month in the county. Existing payments
 * (of any status) are left exactly as they are, so running it again creates and changes nothing.
 */
export async function generateSubsidyPayroll(
  ctx: RequestContext,
  countyCode: string,
  month: string,
  assessments: SubsidyAssessmentInput[] = [],
): Promise<SubsidyPayrollResult> {
  const actor = requirePermission(ctx.actor, welfarePermissions.payroll);
  if (!/^\d{6}$/.test(countyCode ?? '')) throw invalid('countyCode', 'level', '县代码须为6位 (countyCode must be a 6-digit county code)');
  if (!inJurisdiction(actor, countyCode, 'welfare')) throw forbidden(`${countyCode} 不在您的管辖范围内 (outside your jurisdiction)`);
  if (month > clock.today().slice(0, 7)) throw invalid('month', 'notFuture', '不能核算未来月份 (cannot calculate a future month)');
  // 在岗领补: a month is paid for days served, so the running month waits until it has ended.
  if (month === clock.today().slice(0, 7))
    throw invalid('month', 'monthNotEnded', `${month} 尚未结束，月末后再核算 (the running month is calculated after it ends)`);
  const seen = new Set<string>();
  for (const [i, a] of assessments.entries()) {
    if (seen.has(a.placementId))
      throw invalid(`assessments.${i}.placementId`, 'unique', '同一聘任只能录入一次 (one assessment per placement)');
    seen.add(a.placementId);
  }
  const { first, last } = monthBounds(month);
  const dim = daysInMonth(month);
  const payRes = resource(SubsidyPayment);

  return inTransaction(ctx, async (em) => {
    const knex = em.getKnex();
    const candidates = knex('job_placement as p')
      .join('welfare_post as w', 'w.id', 'p.post_id')
      .select(
        'p.id as id',
        'p.region_code as regionCode',
        'p.start_date as startDate',
        'p.exit_date as exitDate',
        'w.monthly_subsidy as monthlySubsidy',
        'w.term_start as termStart',
        'w.term_end as termEnd',
      )
      .whereRaw('p.region_code like ?', [`${countyCode}%`])
      .whereIn('p.status', [JobPlacementStatus.ONBOARDED, JobPlacementStatus.EXITED])
      .whereNull('p.archived_at')
      .whereNotNull('p.start_date')
      .where('p.start_date', '<=', last)
      .where((w) => w.whereNull('p.exit_date').orWhere('p.exit_date', '>=', first))
      .whereNotExists(knex('subsidy_payment as s').select(knex.raw('1')).whereRaw('s.placement_id = p.id').where('s.month', month))
      .orderBy('p.id');
    const rows = await runQuery<{
      id: string;
      regionCode: string;
      startDate: string;
      exitDate: string | null;
      monthlySubsidy: number | string;
      termStart: string;
      termEnd: string;
    }>(em, candidates);
    const byPlacement = new Map(assessments.map((a) => [a.placementId, a]));
    const created: SubsidyPayment[] = [];
    for (const row of rows) {
      const days = daysOnPostIn(month, row.startDate, row.exitDate, row.termStart, row.termEnd);
      if (days <= 0) continue;
      const monthly = Number(row.monthlySubsidy);
      const payment = new SubsidyPayment();
      payment.placementId = row.id;
      payment.regionCode = row.regionCode;
      payment.month = month;
      payment.daysOnPost = days;
      payment.daysInMonth = dim;
      payment.monthlySubsidy = monthly;
      payment.status = SubsidyPaymentStatus.CALCULATED;
      const given = byPlacement.get(row.id);
      if (given) {
        const at = `assessments.${assessments.indexOf(given)}`;
        checkAttendance(`${at}.attendanceDays`, given.attendanceDays, days, {
          field: `${at}.workingDays`,
          value: given.workingDays,
          daysInMonth: dim,
        });
        payment.attendanceDays = given.attendanceDays ?? null;
        payment.workingDays = given.workingDays ?? null;
        payment.assessment = given.assessment;
        byPlacement.delete(row.id);
      }
      payment.amount = subsidyFen(payment);
      em.persist(payment);
      audit(em, ctx, {
        entity: 'SubsidyPayment',
        entityId: payment.id,
        action: 'create',
        changes: diff(payRes, {}, snapshot(payRes, payment)),
        detail: `payroll ${countyCode} ${month}`,
      });
      created.push(payment);
    }
    if (byPlacement.size) {
      const [id] = byPlacement.keys();
      throw invalid(
        `assessments.${assessments.findIndex((a) => a.placementId === id)}.placementId`,
        'notInPayroll',
        `聘任 ${id} 本月无新核算的补贴；已有补贴请用 recordSubsidyAssessment 录入 (no new payment for this placement this month)`,
      );
    }
    await em.flush();
    for (const p of created) if (p.assessment === Assessment.FAIL) await flagIfConsecutiveFails(ctx, em, p.placementId, month);
    await em.flush();

    const all = knex('subsidy_payment as t')
      .select('t.id as id', 't.amount as amount')
      .whereRaw('t.region_code like ?', [`${countyCode}%`])
      .where('t.month', month)
      .whereNull('t.archived_at')
      .orderBy('t.id');
    const payments = await runQuery<{ id: string; amount: number | string }>(em, all);
    return {
      countyCode,
      month,
      created: created.length,
      existing: payments.length - created.length,
      total: payments.reduce((s, p) => s + Number(p.amount), 0),
      paymentIds: payments.map((p) => p.id),
    };
  });
}

/** Records attendance and assessment on a CALCULATED payment; a second FAIL month in a row flags the placement for exit. */
export async function recordSubsidyAssessment(
  ctx: RequestContext,
  id: string,
  assessment: Assessment,
  attendanceDays: number | null | undefined,
  expectedVersion: number,
  workingDays?: number | null,
): Promise<SubsidyPayment> {
  requirePermission(ctx.actor, welfarePermissions.assess);
  return inTransaction(ctx, async (em) => {
    const payment = await loadForWrite(ctx, em, SubsidyPayment, id, expectedVersion, true);
    if (payment.status !== SubsidyPaymentStatus.CALCULATED)
      throw conflict(
        'PAYMENT_NOT_CALCULATED',
        `补贴已${payment.status === SubsidyPaymentStatus.PAID ? '发放' : '审核'}，考核结果不能再改 (the payment is ${payment.status})`,
      );
    const working = workingDays === undefined ? payment.workingDays : workingDays;
    checkAttendance('attendanceDays', attendanceDays === undefined ? payment.attendanceDays : attendanceDays, payment.daysOnPost, {
      field: 'workingDays',
      value: working,
      daysInMonth: payment.daysInMonth,
    });
    const res = resource(SubsidyPayment);
    const before = snapshot(res, payment);
    payment.assessment = assessment;
    if (attendanceDays !== undefined) payment.attendanceDays = attendanceDays;
    if (workingDays !== undefined) payment.workingDays = workingDays;
    // The amount follows attendance and assessment (subsidyFen): a FAIL month pays nothing.
    payment.amount = subsidyFen(payment);
    audit(em, ctx, { entity: 'SubsidyPayment', entityId: id, action: 'assess', changes: diff(res, before, snapshot(res, payment)) });
    await em.flush();
    if (assessment === Assessment.FAIL) await flagIfConsecutiveFails(ctx, em, payment.placementId, payment.month);
    await em.flush();
    return payment;
  });
}

/* ---------- publicity (公示) ---------- */

/** Printed as the reason: a disability is health information, so those applicants print as 就业困难人员. */
const PUBLICITY_REASON: Record<PriorityCategory, string> = {
  [PriorityCategory.POVERTY_EXITED]: '脱贫劳动力',
  [PriorityCategory.MONITORED]: '监测对象',
  [PriorityCategory.LOW_INCOME]: '低收入人口',
  [PriorityCategory.DISABLED]: '就业困难人员',
  [PriorityCategory.RELOCATED]: '易地搬迁群众',
  [PriorityCategory.OTHER]: '其他符合条件人员',
};

definePublicity({
  workflow: jobPlacementWorkflow,
  status: JobPlacementStatus.PUBLICIZING,
  returnTo: JobPlacementStatus.VILLAGE_REVIEWED,
  next: ['TOWNSHIP_APPROVE'],
  title: { zh: '乡村公益性岗位拟聘人员', en: 'proposed public-welfare post holders' },
  async lines(ctx, ids) {
    const out = new Map<string, PublicityLine>();
    if (!ids.length) return out;
    // Only the columns a notice board may show: no ID number, phone, bank account or health detail.
    const rows = await runQuery<Record<string, unknown>>(
      ctx.em,
      knexOf(ctx)('job_placement as t')
        .join('welfare_post as w', 'w.id', 't.post_id')
        .join('person as pe', 'pe.id', 't.person_id')
        .leftJoin('region as v', 'v.code', 'w.village_code')
        .select(
          't.id as id',
          'pe.name as name',
          'pe.gender as gender',
          'v.name as village',
          'w.title as post',
          't.priority_category as category',
        )
        .whereIn('t.id', ids),
    );
    for (const r of rows) {
      out.set(String(r.id), {
        name: String(r.name),
        gender: r.gender === 'MALE' ? '男' : '女',
        village: r.village ? String(r.village) : null,
        post: String(r.post),
        reason: PUBLICITY_REASON[r.category as PriorityCategory] ?? '其他符合条件人员',
      });
    }
    return out;
  },
});

/* ---------- rollup ---------- */

const rollupCache = new RollupCache<WelfareRollup>('welfareRollup', [WelfarePost, JobPlacement, SubsidyPayment]);

/**
 * Posts, places, placements and subsidies of a region and period, each computed by one grouped
 * statement, and cached until the next write to posts, placements or payments.
 */
export async function welfareRollup(
  ctx: RequestContext,
  region: string,
  year: number,
  month: number | null | undefined,
): Promise<WelfareRollup> {
  const { actor, regionCode } = rollupRegion(ctx, welfarePermissions.read, region);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalid('year', 'range', '年份须在 2000–2100 (year out of range)');
  if (month !== null && month !== undefined && (!Number.isInteger(month) || month < 1 || month > 12))
    throw invalid('month', 'range', '月份须为 1–12 (month must be 1..12)');
  // The rows counted depend on the region, the period and what the caller may see.
  const key = JSON.stringify([regionCode, year, month ?? null, visiblePrefixes(actor, 'welfare')]);
  return rollupCache.get(key, () => computeWelfareRollup(ctx, regionCode, rollupPeriod(year, month)));
}

/** A year, or one month of it: its days and its months (subsidies are paid per month). */
interface RollupPeriod {
  label: string;
  start: string;
  end: string;
  firstMonth: string;
  lastMonth: string;
}

function rollupPeriod(year: number, month: number | null | undefined): RollupPeriod {
  if (!month)
    return { label: String(year), start: `${year}-01-01`, end: `${year}-12-31`, firstMonth: `${year}-01`, lastMonth: `${year}-12` };
  const mm = `${year}-${String(month).padStart(2, '0')}`;
  return { label: mm, start: `${mm}-01`, end: monthBounds(mm).last, firstMonth: mm, lastMonth: mm };
}

/** Posts of the region running during the period (open or closed since), not archived. */
function postsInPeriod(
  qb: Knex.QueryBuilder,
  alias: string,
  regionCode: string,
  period: RollupPeriod,
  scope: RollupScope,
): Knex.QueryBuilder {
  within(qb, `${alias}.region_code`, regionCode);
  qb.whereNull(`${alias}.archived_at`)
    .whereIn(`${alias}.status`, [WelfarePostStatus.OPEN, WelfarePostStatus.CLOSED])
    .where(`${alias}.term_start`, '<=', period.end)
    .where(`${alias}.term_end`, '>=', period.start);
  return scope(qb, WelfarePost, alias);
}

/**
 * One pass over the region's placements (its covering index on PostgreSQL) gives both figures: by
 * status and priority, those of posts running in the period; on post, those whose tenure overlaps
 * the period, whatever their post.
 */
function placementsQuery(knex: Knex, regionCode: string, period: RollupPeriod, scope: RollupScope): Knex.QueryBuilder {
  const onPost =
    'coalesce(sum(case when p.status in (?, ?) and p.start_date is not null and p.start_date <= ? and (p.exit_date is null or p.exit_date >= ?) then 1 else 0 end), 0) as on_post';
  const qb = knex('job_placement as p')
    .leftJoin(postsInPeriod(knex('welfare_post as w').select('w.id'), 'w', regionCode, period, scope).as('t'), 't.id', 'p.post_id')
    .select(
      'p.status as status',
      'p.priority_category as category',
      knex.raw('count(t.id) as c'),
      knex.raw(onPost, [JobPlacementStatus.ONBOARDED, JobPlacementStatus.EXITED, period.end, period.start]),
    )
    .whereNull('p.archived_at')
    .groupBy('p.status', 'p.priority_category');
  return scope(within(qb, 'p.region_code', regionCode), JobPlacement, 'p');
}

/** Subsidies of the region's placements for the months of the period: calculated, and of them paid. */
function subsidyQuery(knex: Knex, regionCode: string, period: RollupPeriod, scope: RollupScope): Knex.QueryBuilder {
  const qb = knex('subsidy_payment as s').select(
    knex.raw('coalesce(sum(s.amount), 0) as calculated'),
    knex.raw('coalesce(sum(case when s.status = ? then s.amount else 0 end), 0) as paid', [SubsidyPaymentStatus.PAID]),
  );
  within(qb, 's.region_code', regionCode)
    .whereNull('s.archived_at')
    .where('s.month', '>=', period.firstMonth)
    .where('s.month', '<=', period.lastMonth);
  return scope(qb, SubsidyPayment, 's');
}

interface PlacementGroup {
  status: JobPlacementStatus;
  category: PriorityCategory;
  c: number | string;
  on_post: number | string;
}

/** The placement groups summed by status, by priority category, and on post (all, and poverty-exited). */
function tallyPlacements(groups: PlacementGroup[]) {
  const byStatus = new Map<JobPlacementStatus, number>();
  const byCategory = new Map<PriorityCategory, number>();
  let onPost = 0;
  let povertyExitedOnPost = 0;
  for (const g of groups) {
    byStatus.set(g.status, (byStatus.get(g.status) ?? 0) + Number(g.c));
    byCategory.set(g.category, (byCategory.get(g.category) ?? 0) + Number(g.c));
    onPost += Number(g.on_post);
    if (g.category === PriorityCategory.POVERTY_EXITED) povertyExitedOnPost += Number(g.on_post);
  }
  return { byStatus, byCategory, onPost, povertyExitedOnPost };
}

async function computeWelfareRollup(ctx: RequestContext, regionCode: string, period: RollupPeriod): Promise<WelfareRollup> {
  const knex = knexOf(ctx);
  const scope = rollupScope(ctx, 'welfare', regionCode);
  const postsQ = postsInPeriod(
    knex('welfare_post as t').select(knex.raw('count(*) as posts'), knex.raw('coalesce(sum(t.headcount), 0) as places')),
    't',
    regionCode,
    period,
    scope,
  );
  const [posts, groups, subsidy] = await Promise.all([
    runQuery<{ posts: number | string; places: number | string }>(ctx.em, postsQ),
    runQuery<PlacementGroup>(ctx.em, placementsQuery(knex, regionCode, period, scope)),
    runQuery<{ calculated: number | string; paid: number | string }>(ctx.em, subsidyQuery(knex, regionCode, period, scope)),
  ]);
  const tally = tallyPlacements(groups);
  const places = Number(posts[0]?.places ?? 0);
  const filled = ACTIVE_PLACEMENT_STATUSES.reduce((s, st) => s + (tally.byStatus.get(st) ?? 0), 0);
  return {
    regionCode,
    period: period.label,
    posts: Number(posts[0]?.posts ?? 0),
    places,
    filledPlaces: filled,
    vacantPlaces: Math.max(0, places - filled),
    placementsByStatus: Object.values(JobPlacementStatus).map(
      (status) => ({ status, count: tally.byStatus.get(status) ?? 0 }) as PlacementStatusCount,
    ),
    placementsByPriority: Object.values(PriorityCategory).map(
      (category) => ({ category, count: tally.byCategory.get(category) ?? 0 }) as PriorityCategoryCount,
    ),
    onPost: tally.onPost,
    povertyExitedOnPost: tally.povertyExitedOnPost,
    povertyExitedShare: percent(tally.povertyExitedOnPost, tally.onPost),
    subsidyCalculated: Number(subsidy[0]?.calculated ?? 0),
    subsidyPaid: Number(subsidy[0]?.paid ?? 0),
  };
}
