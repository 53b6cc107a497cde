import { graphqlEnum } from '../../core/enums';

/* The actions of the welfare workflows, the `action` argument of their transition mutations. */

export const WelfarePostAction = graphqlEnum('WelfarePostAction', '岗位操作 Actions on a welfare post.', {
  PUBLISH: '发布 (publish: DRAFT → OPEN)',
  CLOSE: '关闭 (close: OPEN → CLOSED)',
});
export type WelfarePostAction = keyof typeof WelfarePostAction;

export const JobPlacementAction = graphqlEnum('JobPlacementAction', '聘任操作 Actions of the job-placement workflow.', {
  VILLAGE_APPROVE: '村级评议通过 (village review: APPLIED → VILLAGE_REVIEWED)',
  PUBLICIZE: '公示 (start publicity: VILLAGE_REVIEWED → PUBLICIZING)',
  TOWNSHIP_APPROVE: '乡镇审核通过 (township review after the publicity period: PUBLICIZING → TOWNSHIP_REVIEWED)',
  COUNTY_APPROVE: '县级审批通过 (county approval: TOWNSHIP_REVIEWED → APPROVED; eligibility and headcount re-checked)',
  ONBOARD: '上岗 (onboard: APPROVED → ONBOARDED; payload agreementNumber and startDate)',
  EXIT: '退岗 (exit: ONBOARDED → EXITED; payload exitReason, comment required)',
  REJECT: '驳回 (reject from any review step; comment required)',
  WITHDRAW: '撤回申请 (applicant withdraws before approval; comment required)',
});
export type JobPlacementAction = keyof typeof JobPlacementAction;

export const SubsidyPaymentAction = graphqlEnum('SubsidyPaymentAction', '补贴发放操作 Actions on a subsidy payment.', {
  APPROVE: '审核 (approve: CALCULATED → APPROVED)',
  PAY: '发放 (pay: APPROVED → PAID; payload paidDate and paymentReference)',
});
export type SubsidyPaymentAction = keyof typeof SubsidyPaymentAction;
