import { graphqlEnum } from '../../core/enums';

export const PairingRole = graphqlEnum('PairingRole', '结对角色 Which side of a pairing a region is on.', {
  HELPER: '帮扶方 (helper side)',
  HELPED: '受帮扶方 (helped side)',
  EITHER: '任一方 (either side)',
});
export type PairingRole = keyof typeof PairingRole;

export const CooperationProjectAction = graphqlEnum('CooperationProjectAction', '项目操作 Workflow actions on a cooperation project.', {
  SUBMIT: '申报 (submit)',
  APPROVE: '批复 (approve)',
  START: '开工 (start)',
  COMPLETE: '完工 (complete)',
  ACCEPT: '验收 (accept)',
  RETURN: '退回 (return to draft; comment required)',
  CANCEL: '取消 (cancel; comment required)',
  RECORD_FUNDS: '登记验收后资金 (record funds that arrive or are spent after acceptance; the project stays ACCEPTED)',
});
export type CooperationProjectAction = keyof typeof CooperationProjectAction;
