import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Knex } from 'knex';
import { invalid } from '../../core/errors';
import { addMonths, clock } from '../../core/clock';
import { formatFen } from '../../core/scalars';
import { settings } from '../../config';
import {
  Household,
  HouseholdIncome,
  HouseholdVisit,
  MonitoringCase,
  MonitoringCaseStatus,
  MonitoringLine,
  RiskCause,
} from './monitoring.entity';

/** Days from the clue to the county's decision (002 §3: 15 days at most). */
export const DECISION_DAYS = 15;

/** Statuses of a case not yet decided: the deadline runs. */
export const UNDECIDED: MonitoringCaseStatus[] = [
  MonitoringCaseStatus.CLUE,
  MonitoringCaseStatus.CHECKED,
  MonitoringCaseStatus.CONSENTED,
  MonitoringCaseStatus.COMPARED,
  MonitoringCaseStatus.VILLAGE_REVIEWED,
  MonitoringCaseStatus.PUBLICIZING,
  MonitoringCaseStatus.TOWNSHIP_REVIEWED,
];

/** A household has one open case at a time: undecided, or identified and not yet eliminated. */
export const OPEN_CASE: MonitoringCaseStatus[] = [...UNDECIDED, MonitoringCaseStatus.IDENTIFIED];

/** Causes that tell of a person's health: personal data, shown only to holders of monitoring.reveal. */
export const HEALTH_CAUSES: ReadonlySet<RiskCause> = new Set([RiskCause.ILLNESS, RiskCause.DISABILITY]);

/** The stored form of a cause list (`,ILLNESS,DISASTER,`): one LIKE finds one cause. */
export function encodeCauses(causes: readonly RiskCause[]): string {
  return `,${[...new Set(causes)].sort().join(',')},`;
}

export function decodeCauses(list: string | null | undefined): RiskCause[] {
  return (list ?? '').split(',').filter(Boolean) as RiskCause[];
}

export function openCaseOf(em: SqlEntityManager, householdId: string): Promise<MonitoringCase | null> {
  return em.findOne(MonitoringCase, { householdId, status: { $in: OPEN_CASE }, archivedAt: null });
}

/** A year argument (rollups, `belowLine`, filters) within 2000–2100, or BAD_USER_INPUT naming the field. */
export function requireYear(field: string, year: unknown): number {
  if (!Number.isInteger(year) || (year as number) < 2000 || (year as number) > 2100)
    throw invalid(field, 'range', '年份须在 2000–2100 (year out of range)');
  return year as number;
}

/** The date whose line a year's income is measured against: the year's end, or today for the running year. */
export function lineDateFor(year: number): string {
  const end = `${year}-12-31`;
  const today = clock.today();
  return end < today ? end : today;
}

/** Income per person in fen: the year's income less compliant out-of-pocket costs, over the size, rounded down. */
export function incomePerPersonFen(totalFen: number, household: { compliantExpenses: number | string; size: number }): number {
  return Math.floor((totalFen - Number(household.compliantExpenses ?? 0)) / Math.max(1, household.size));
}

/**
 * SQL for the amount of the line in force on a date (one `?`) for the province of household alias `h`.
 * Comparing with it uses floor((income − costs) ÷ size) < line ⇔ income − costs < line × size, in whole fen.
 */
export function lineAmountSql(h: string): string {
  return `(select l.amount from monitoring_line l where l.province_code = substr(${h}.village_code, 1, 2) and l.effective_from <= ? and l.archived_at is null order by l.effective_from desc limit 1)`;
}

/** The province's monitoring line in force on a date: the latest one that started on or before it. */
export function lineInForce(em: SqlEntityManager, provinceCode: string, date: string): Promise<MonitoringLine | null> {
  return em.findOne(
    MonitoringLine,
    { provinceCode, effectiveFrom: { $lte: date }, archivedAt: null },
    { orderBy: { effectiveFrom: 'desc' } },
  );
}

export interface RuleFailure {
  rule: string;
  message: string;
}

/**
 * Why a case's risk may not be eliminated today, or nothing. Income records are kept by year: the
 * latest year with records (this year, else last year) is compared with the line in force today.
 */
export async function eliminationFailures(em: SqlEntityManager, found: MonitoringCase): Promise<RuleFailure[]> {
  const failures: RuleFailure[] = [];
  const today = clock.today();
  const household = await em.findOneOrFail(Household, { id: found.householdId });
  const thisYear = Number(today.slice(0, 4));
  let year = thisYear;
  let rows = await em.find(HouseholdIncome, { householdId: household.id, year, archivedAt: null });
  if (!rows.length) rows = await em.find(HouseholdIncome, { householdId: household.id, year: (year = thisYear - 1), archivedAt: null });
  const line = await lineInForce(em, household.villageCode.slice(0, 2), today);
  if (!rows.length)
    failures.push({
      rule: 'INCOME_UNKNOWN',
      message: `${thisYear - 1}–${thisYear} 年无收入记录 (no income records for last year or this year)`,
    });
  else if (!line)
    failures.push({ rule: 'LINE_MISSING', message: '本省尚无执行中的监测标准 (the province has no monitoring line in force)' });
  else {
    const perPerson = incomePerPersonFen(
      rows.reduce((sum, r) => sum + Number(r.amount), 0),
      household,
    );
    if (perPerson <= Number(line.amount))
      failures.push({
        rule: 'INCOME_BELOW_LINE',
        message: `${year} 年人均纯收入未高于监测标准 ${formatFen(line.amount)} 元 (income per person of ${year} is not above the line in force)`,
      });
  }
  const open = [
    !household.educationSecured && '义务教育',
    !household.medicalInsuranceSecured && '基本医疗保险',
    !household.housingSecured && '住房安全',
    !household.drinkingWaterSecured && '饮水安全',
  ].filter(Boolean);
  if (open.length)
    failures.push({ rule: 'NOT_SECURED', message: `${open.join('、')}尚未保障 (三保障 and drinking water must all be secured)` });
  const since = found.decidedOn ?? found.clueDate;
  if (addMonths(since, settings.monitoringStableMonths) > today)
    failures.push({
      rule: 'ASSISTED_TOO_SHORT',
      message: `纳入监测不满 ${settings.monitoringStableMonths} 个月（${since} 纳入） (assisted for less than MONITORING_STABLE_MONTHS)`,
    });
  if (await em.count(HouseholdVisit, { householdId: household.id, riskRising: true, visitedOn: { $gte: since }, archivedAt: null }))
    failures.push({ rule: 'RISK_RISING', message: '纳入后的走访发现风险上升 (a visit since the identification found the risk rising)' });
  return failures;
}

/**
 * Restricts a list to households (alias `h`) whose income per person of `year` is below the line
 * in force at the year's end (today for the running year): floor((income − costs) ÷ size) < line
 * ⇔ income − costs < line × size in whole fen. A household without records that year never matches.
 */
export function whereBelowLine(qb: Knex.QueryBuilder, h: string, value: unknown, field: string): void {
  const year = requireYear(field, value);
  qb.whereRaw(
    `(select sum(i.amount) from household_income i where i.household_id = ${h}.id and i.year = ? and i.archived_at is null) - ${h}.compliant_expenses < ${lineAmountSql(h)} * ${h}.size`,
    [year, lineDateFor(year)],
  );
}
