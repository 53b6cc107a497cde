import { graphqlEnum } from '../../core/enums';

/* The actions of the identification workflow, the `action` argument of transitionMonitoringCase. */
export const MonitoringCaseAction = graphqlEnum('MonitoringCaseAction', '监测对象认定操作 Actions of the identification workflow.', {
  CHECK: '入户核查 (household check: CLUE → CHECKED; payload checkFindings)',
  CONSENT: '承诺授权 (the household’s signed consent: CHECKED → CONSENTED; payload consentReference)',
  COMPARE: '信息比对 (departments’ data compared: CONSENTED → COMPARED; payload comparisonResult)',
  VILLAGE_REVIEW: '民主评议通过 (village review: COMPARED → VILLAGE_REVIEWED)',
  PUBLICIZE: '村级公示 (village publicity: VILLAGE_REVIEWED → PUBLICIZING)',
  TOWNSHIP_APPROVE: '乡镇审核通过 (township review after the publicity: PUBLICIZING → TOWNSHIP_REVIEWED)',
  COUNTY_IDENTIFY: '县级审定纳入 (county decision: TOWNSHIP_REVIEWED → IDENTIFIED)',
  REJECT: '不予纳入 (not identified, from any step before the decision; comment required)',
});
export type MonitoringCaseAction = keyof typeof MonitoringCaseAction;

/* The actions of the risk-elimination workflow, the `action` argument of transitionRiskElimination. */
export const RiskEliminationAction = graphqlEnum('RiskEliminationAction', '风险消除操作 Actions of the risk-elimination workflow.', {
  VILLAGE_REVIEW: '民主评议通过 (village review: PROPOSED → VILLAGE_REVIEWED)',
  PUBLICIZE: '村级公示 (village publicity: VILLAGE_REVIEWED → PUBLICIZING)',
  TOWNSHIP_APPROVE: '乡镇审核通过 (township review after the publicity: PUBLICIZING → TOWNSHIP_REVIEWED)',
  COUNTY_ELIMINATE:
    '县级审定消除 (county decision: TOWNSHIP_REVIEWED → ELIMINATED; the rules are checked again; the case becomes ELIMINATED)',
  REFUSE: '不予消除 (refuse from any step before the decision; comment required)',
});
export type RiskEliminationAction = keyof typeof RiskEliminationAction;
