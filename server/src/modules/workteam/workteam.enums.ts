import { graphqlEnum } from '../../core/enums';

export const WorkTeamAction = graphqlEnum('WorkTeamAction', '工作队操作 Workflow actions on a work team.', {
  APPROVE: '审批 (approve the proposed team)',
  ACTIVATE: '进驻 (station the team: exactly one first secretary and the configured number of members on duty)',
  COMPLETE: '期满 (complete the term; members on duty end as COMPLETED)',
  RECALL: '召回 (recall the team; a reason is required; members on duty end as RECALLED)',
});
export type WorkTeamAction = keyof typeof WorkTeamAction;
