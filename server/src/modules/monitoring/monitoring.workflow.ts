import type { SqlEntityManager } from '@mikro-orm/knex';
import { clock } from '../../core/clock';
import { defineWorkflow } from '../../core/workflow';
import { HouseholdCategory } from '../person/person.entity';
import { RegionLevel as L } from '../region/region.entity';
import { monitoringPermissions as p } from './monitoring.access';
import { conflict } from '../../core/errors';
import { Household, MonitoringCase, MonitoringCaseStatus as S, RiskElimination, RiskEliminationStatus as E } from './monitoring.entity';
import { UNDECIDED, eliminationFailures } from './monitoring.rules';

interface CasePayload {
  checkFindings?: string;
  consentReference?: string;
  comparisonResult?: string;
}

/** Which review holds a case in each undecided state: its level and its separation-of-duties key. */
const DECIDING_LEVEL = {
  [S.CLUE]: L.TOWNSHIP,
  [S.CHECKED]: L.TOWNSHIP,
  [S.CONSENTED]: L.TOWNSHIP,
  [S.COMPARED]: L.VILLAGE,
  [S.VILLAGE_REVIEWED]: L.VILLAGE,
  [S.PUBLICIZING]: L.TOWNSHIP,
  [S.TOWNSHIP_REVIEWED]: L.COUNTY,
} as const;
const DECIDING_REVIEW = {
  [S.CLUE]: 'township',
  [S.CHECKED]: 'township',
  [S.CONSENTED]: 'township',
  [S.COMPARED]: 'village',
  [S.VILLAGE_REVIEWED]: 'village',
  [S.PUBLICIZING]: 'township',
  [S.TOWNSHIP_REVIEWED]: 'county',
} as const;

/** A step that records what it found: the payload field, required, trimmed onto the case. */
function recording(field: keyof CasePayload) {
  return {
    payloadRequired: [field],
    effect: ({ entity, payload }: { entity: MonitoringCase; payload: CasePayload }) => {
      entity[field] = payload[field]!.trim();
    },
  };
}

/** A decision records its date; one taken after the deadline stays marked overdue. */
function decide(entity: MonitoringCase): void {
  entity.decidedOn = clock.today();
  entity.overdue = entity.decidedOn > entity.deadline;
}

/*
 * 监测对象认定 (002 §3, 003): 风险预警 → 入户核查 → 承诺授权 → 信息比对 → 民主评议 → 村级公示 →
 * 乡镇审核 → 县级审定, at most 15 days from the clue. The publicity (period, objections, printed list)
 * is core/publicity.ts, declared in monitoring.service.ts.
 */
export const monitoringCaseWorkflow = defineWorkflow<MonitoringCase>({
  name: 'MonitoringCase',
  entity: MonitoringCase,
  title: (c) => `监测对象认定 ${c.clueDate}`,
  transitions: [
    {
      action: 'CHECK',
      from: [S.CLUE],
      to: S.CHECKED,
      label: '入户核查',
      permission: p.check,
      level: [L.VILLAGE, L.TOWNSHIP],
      ...recording('checkFindings'),
    },
    {
      action: 'CONSENT',
      from: [S.CHECKED],
      to: S.CONSENTED,
      label: '承诺授权',
      permission: p.consent,
      level: [L.VILLAGE, L.TOWNSHIP],
      ...recording('consentReference'),
    },
    {
      action: 'COMPARE',
      from: [S.CONSENTED],
      to: S.COMPARED,
      label: '信息比对',
      permission: p.compare,
      // The township submits the household to the departments' data check (民政、人社、医保、住建…).
      level: L.TOWNSHIP,
      ...recording('comparisonResult'),
    },
    {
      action: 'VILLAGE_REVIEW',
      from: [S.COMPARED],
      to: S.VILLAGE_REVIEWED,
      label: '民主评议通过',
      permission: p.villageReview,
      level: L.VILLAGE,
      review: 'village',
    },
    {
      action: 'PUBLICIZE',
      from: [S.VILLAGE_REVIEWED],
      to: S.PUBLICIZING,
      label: '村级公示',
      permission: p.publicize,
      level: L.VILLAGE,
      payloadFields: ['publisherId'],
      effect: ({ entity }) => {
        entity.publicizedAt = clock.now();
      },
    },
    {
      action: 'TOWNSHIP_APPROVE',
      from: [S.PUBLICIZING],
      to: S.TOWNSHIP_REVIEWED,
      label: '乡镇审核通过',
      permission: p.townshipApprove,
      level: L.TOWNSHIP,
      review: 'township',
      // Refused until the publicity has ended with no open objection (core/publicity.ts).
    },
    {
      action: 'COUNTY_IDENTIFY',
      from: [S.TOWNSHIP_REVIEWED],
      to: S.IDENTIFIED,
      label: '县级审定纳入',
      permission: p.countyIdentify,
      level: L.COUNTY,
      review: 'county',
      effect: async ({ em, entity }: { em: SqlEntityManager; entity: MonitoringCase }) => {
        decide(entity);
        // An ordinary household identified becomes a monitored one; a poverty-exited one stays so.
        const household = await em.findOneOrFail(Household, { id: entity.householdId });
        if (household.category === HouseholdCategory.ORDINARY) household.category = HouseholdCategory.MONITORED;
      },
    },
    {
      action: 'REJECT',
      from: UNDECIDED,
      to: S.NOT_IDENTIFIED,
      label: '不予纳入',
      permission: p.reject,
      commentRequired: true,
      level: DECIDING_LEVEL,
      review: DECIDING_REVIEW,
      effect: ({ entity }) => decide(entity),
    },
  ],
});

/** Which review holds an elimination in each undecided state, as for identification. */
const ELIMINATION_LEVEL = {
  [E.PROPOSED]: L.VILLAGE,
  [E.VILLAGE_REVIEWED]: L.VILLAGE,
  [E.PUBLICIZING]: L.TOWNSHIP,
  [E.TOWNSHIP_REVIEWED]: L.COUNTY,
} as const;
const ELIMINATION_REVIEW = {
  [E.PROPOSED]: 'village',
  [E.VILLAGE_REVIEWED]: 'village',
  [E.PUBLICIZING]: 'township',
  [E.TOWNSHIP_REVIEWED]: 'county',
} as const;

/*
 * 风险消除 (002 §3): 核查提出 → 民主评议 → 村级公示 → 乡镇审核 → 县级审定, the rules of
 * eliminationFailures checked when proposed and again at the decision. The case stays on record as
 * ELIMINATED; the household may be identified again.
 */
export const riskEliminationWorkflow = defineWorkflow<RiskElimination>({
  name: 'RiskElimination',
  entity: RiskElimination,
  title: (r) => `风险消除 ${r.caseId}`,
  transitions: [
    {
      action: 'VILLAGE_REVIEW',
      from: [E.PROPOSED],
      to: E.VILLAGE_REVIEWED,
      label: '民主评议通过',
      permission: p.villageReview,
      level: L.VILLAGE,
      review: 'village',
    },
    {
      action: 'PUBLICIZE',
      from: [E.VILLAGE_REVIEWED],
      to: E.PUBLICIZING,
      label: '村级公示',
      permission: p.publicize,
      level: L.VILLAGE,
      payloadFields: ['publisherId'],
      effect: ({ entity }) => {
        entity.publicizedAt = clock.now();
      },
    },
    {
      action: 'TOWNSHIP_APPROVE',
      from: [E.PUBLICIZING],
      to: E.TOWNSHIP_REVIEWED,
      label: '乡镇审核通过',
      permission: p.townshipApprove,
      level: L.TOWNSHIP,
      review: 'township',
    },
    {
      action: 'COUNTY_ELIMINATE',
      from: [E.TOWNSHIP_REVIEWED],
      to: E.ELIMINATED,
      label: '县级审定消除',
      permission: p.countyIdentify,
      level: L.COUNTY,
      review: 'county',
      lock: true,
      guard: async ({ em, entity }: { em: SqlEntityManager; entity: RiskElimination }) => {
        const found = await em.findOneOrFail(MonitoringCase, { id: entity.caseId });
        if (found.status !== S.IDENTIFIED)
          throw conflict('CASE_NOT_IDENTIFIED', `监测对象状态为 ${found.status}，不能消除风险 (the case is not identified)`);
        const failures = await eliminationFailures(em, found);
        if (failures.length)
          throw conflict(failures[0].rule, failures.map((f) => f.message).join('；'), { rules: failures.map((f) => f.rule) });
      },
      effect: async ({ em, entity }: { em: SqlEntityManager; entity: RiskElimination }) => {
        entity.decidedOn = clock.today();
        const found = await em.findOneOrFail(MonitoringCase, { id: entity.caseId });
        found.status = S.ELIMINATED;
      },
    },
    {
      action: 'REFUSE',
      from: [E.PROPOSED, E.VILLAGE_REVIEWED, E.PUBLICIZING, E.TOWNSHIP_REVIEWED],
      to: E.REFUSED,
      label: '不予消除',
      permission: p.reject,
      commentRequired: true,
      level: ELIMINATION_LEVEL,
      review: ELIMINATION_REVIEW,
      effect: ({ entity }) => {
        entity.decidedOn = clock.today();
      },
    },
  ],
});
