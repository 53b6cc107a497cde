import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { clock } from '../../core/clock';
import { isPostgres } from '../../core/db';
import { ageOn } from '../../core/identifiers';
import { settings } from '../../config';
import { HouseholdCategory, LabourCapacity, MonitoringType } from '../person/person.entity';
import type { Person } from '../person/person.entity';
import { ACTIVE_PLACEMENT_STATUSES, FundingSource, JobPlacement, PriorityCategory } from './welfare.entity';
import type { WelfarePost } from './welfare.entity';

/*
 * The eligibility rules of 乡村公益性岗位, shared by the application (createJobPlacement) and the
 * county approval (COUNTY_APPROVE). Each failure names a stable rule so clients can say why.
 */

export interface RuleFailure {
  rule: string;
  message: string;
}

/** Priority category from the person's record: the first that applies, in policy order. */
export function priorityOf(person: Person): PriorityCategory {
  if (person.householdCategory === HouseholdCategory.POVERTY_EXITED) return PriorityCategory.POVERTY_EXITED;
  if (person.householdCategory === HouseholdCategory.MONITORED) return PriorityCategory.MONITORED;
  if (person.minimumLiving || person.extremeHardship) return PriorityCategory.LOW_INCOME;
  if (person.disabled) return PriorityCategory.DISABLED;
  if (person.relocated) return PriorityCategory.RELOCATED;
  return PriorityCategory.OTHER;
}

/** Personal eligibility for a post; empty when eligible. */
export function eligibilityFailures(post: WelfarePost, person: Person, today = clock.today()): RuleFailure[] {
  const out: RuleFailure[] = [];
  const county = post.villageCode.slice(0, 6);
  if (!person.villageCode?.startsWith(county)) {
    out.push({ rule: 'LOCAL_RESIDENCE', message: `申请人户籍不在岗位所在县 ${county} (the applicant must live in the post’s county)` });
  }
  const age = ageOn(person.birthDate, today);
  if (age < 16) out.push({ rule: 'MIN_AGE', message: `申请人 ${age} 岁，未满16周岁 (the applicant must be at least 16)` });
  if (age > settings.welfareJobMaxAge) {
    out.push({
      rule: 'MAX_AGE',
      message: `申请人 ${age} 岁，超过 ${settings.welfareJobMaxAge} 周岁上限 (the applicant must be at most ${settings.welfareJobMaxAge})`,
    });
  }
  if (person.labourCapacity === LabourCapacity.NONE)
    out.push({ rule: 'LABOUR_CAPACITY', message: '无劳动能力者不能聘用 (the applicant has no labour capacity)' });
  if (person.villageCadreOrRelative)
    out.push({ rule: 'VILLAGE_CADRE', message: '村干部及其近亲属不得聘用 (village cadres and their close relatives are excluded)' });
  if (
    post.fundingSource === FundingSource.PV_INCOME &&
    person.householdCategory !== HouseholdCategory.POVERTY_EXITED &&
    person.monitoringType !== MonitoringType.MARGINAL
  ) {
    out.push({
      rule: 'PV_FUNDING_PRIORITY',
      message: '光伏收益岗位只聘用脱贫户或边缘易致贫户 (photovoltaic-funded posts are only for poverty-exited or marginal households)',
    });
  }
  return out;
}

/** Other active (APPROVED/ONBOARDED) placements of the person, anywhere. */
export function countActiveOfPerson(em: SqlEntityManager, personId: string, exceptId?: string): Promise<number> {
  return em.count(JobPlacement, { personId, status: { $in: ACTIVE_PLACEMENT_STATUSES }, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
}

/** Active placements on a post. */
export function countActiveOnPost(em: SqlEntityManager, postId: string): Promise<number> {
  return em.count(JobPlacement, { postId, status: { $in: ACTIVE_PLACEMENT_STATUSES } });
}

/**
 * Reads a row for update: `SELECT … FOR UPDATE` on PostgreSQL so concurrent approvals on the same post
 * (or of the same person) queue up behind each other. SQLite runs one write transaction at a time
 * on its single connection, which serializes them already.
 */
export async function lockRow<T extends object>(em: SqlEntityManager, entity: new () => T, id: string): Promise<T | null> {
  if (isPostgres(em)) return em.findOne(entity, { id } as never, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  return em.findOne(entity, { id } as never, { refresh: true });
}

/* ---------- calendar and money arithmetic (integers only) ---------- */

export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function monthBounds(month: string): { first: string; last: string } {
  return { first: `${month}-01`, last: `${month}-${String(daysInMonth(month)).padStart(2, '0')}` };
}

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Whole days from a to b inclusive (0 when b is before a). */
export function inclusiveDays(a: string, b: string): number {
  return Math.max(0, dayNumber(b) - dayNumber(a) + 1);
}

/**
 * Days on post in a month: the overlap of [start date, exit date or open] and the post's term with the
 * month, counting both ends (the exit date is the last day on post).
 */
export function daysOnPostIn(
  month: string,
  startDate: string,
  exitDate: string | null | undefined,
  termStart: string,
  termEnd: string,
): number {
  const { first, last } = monthBounds(month);
  const from = [first, startDate, termStart].sort().pop()!;
  const to = [last, exitDate ?? last, termEnd].sort()[0];
  return inclusiveDays(from, to);
}

/**
 * Prorated subsidy in fen: monthly × days ÷ daysInMonth, rounded half up to the whole fen, computed
 * with integers only: floor((2·monthly·days + daysInMonth) / (2·daysInMonth)). Exact for monthly
 * subsidies below 10^13 fen.
 */
export function proratedFen(monthlyFen: number, days: number, dim: number): number {
  if (days >= dim) return monthlyFen;
  return Math.floor((2 * monthlyFen * days + dim) / (2 * dim));
}

/**
 * 在岗补贴 of one month, in fen (the rule the payroll and every assessment apply):
 * - a FAIL assessment withholds the month: 0;
 * - with attendance recorded: monthly × attendanceDays ÷ workingDays, where workingDays (应出勤天数) is
 *   the days the post required that month, by default the calendar days of the month;
 * - before attendance is recorded: monthly × daysOnPost ÷ daysInMonth (every day on post attended).
 * Rounded half up to the fen on the exact quotient, with integers only (see proratedFen); never more
 * than the monthly subsidy.
 */
export function subsidyFen(p: {
  monthlySubsidy: number;
  daysOnPost: number;
  daysInMonth: number;
  attendanceDays?: number | null;
  workingDays?: number | null;
  assessment?: string | null;
}): number {
  if (p.assessment === 'FAIL') return 0;
  if (p.attendanceDays === null || p.attendanceDays === undefined) return proratedFen(p.monthlySubsidy, p.daysOnPost, p.daysInMonth);
  return proratedFen(p.monthlySubsidy, p.attendanceDays, p.workingDays ?? p.daysInMonth);
}
