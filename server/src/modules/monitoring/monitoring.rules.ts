import type { SqlEntityManager } from '@mikro-orm/knex';
import { MonitoringCase, MonitoringCaseStatus, RiskCause } from './monitoring.entity';

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

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The stored form of a cause list (`,ILLNESS,DISASTER,`): one LIKE finds one cause. */
export function encodeCauses(causes: readonly RiskCause[]): string {
  return `,${[...new Set(causes)].sort().join(',')},`;
}

export function decodeCauses(list: string | null | undefined): RiskCause[] {
  return (list ?? '').split(',').filter(Boolean) as RiskCause[];
}

export async function openCaseOf(em: SqlEntityManager, householdId: string, exceptId?: string): Promise<MonitoringCase | null> {
  const found = await em.findOne(MonitoringCase, { householdId, status: { $in: OPEN_CASE }, archivedAt: null });
  return found && found.id !== exceptId ? found : null;
}
