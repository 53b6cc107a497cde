import type { DomainModule } from '../types';
import { workTeamGrants } from './workteam.access';
import { MemberAssessment, TeamMember, Training, TrainingAttendance, WorkTeam } from './workteam.entity';
import {
  MemberAssessmentResolver,
  TeamMemberResolver,
  TrainingResolver,
  WorkTeamResolver,
  WorkTeamWorkflowResolver,
} from './workteam.resolver';
import './workteam.workflow';
import { workTeamTermsEndJob } from './workteam.jobs';

export const workTeamModule: DomainModule = {
  name: 'workteam',
  entities: [WorkTeam, TeamMember, Training, TrainingAttendance, MemberAssessment],
  resolvers: [WorkTeamResolver, WorkTeamWorkflowResolver, TeamMemberResolver, TrainingResolver, MemberAssessmentResolver],
  jobs: [workTeamTermsEndJob],
  grants: workTeamGrants,
};
