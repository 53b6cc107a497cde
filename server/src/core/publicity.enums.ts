import { graphqlEnum } from './enums';

export const ObjectionDecision = graphqlEnum('ObjectionDecision', '异议处理结论 How an objection is decided.', {
  UPHOLD: '异议成立 (upheld: the record goes back to the status before publicity, with the reason in its history)',
  DISMISS: '异议不成立 (dismissed: the step after publicity may proceed)',
});
export type ObjectionDecision = keyof typeof ObjectionDecision;
