import type { DomainModule } from '../types';
import { MemberAssessment, TeamMember, Training, TrainingAttendance, WorkTeam } from './workteam.entity';
import { MemberAssessmentResolver, TeamMemberResolver, TrainingResolver, WorkTeamResolver, WorkTeamWorkflowResolver } from './workteam.resolver';
import './workteam.workflow';

const write = ['workteam.read', 'workteam.create', 'workteam.update'];

export const workTeamModule: DomainModule = {
  name: 'workteam',
  entities: [WorkTeam, TeamMember, Training, TrainingAttendance, MemberAssessment],
  resolvers: [WorkTeamResolver, WorkTeamWorkflowResolver, TeamMemberResolver, TrainingResolver, MemberAssessmentResolver],
  grants: {
    PROVINCIAL_ADMIN: [...write, 'workteam.archive', 'workteam.approve'],
    CITY_OFFICER: [...write, 'workteam.approve'],
    COUNTY_OFFICER: [...write, 'workteam.archive', 'workteam.approve'],
    TOWNSHIP_OFFICER: write,
    VILLAGE_OPERATOR: ['workteam.read'],
    VIEWER: ['workteam.read'],
  },
};
