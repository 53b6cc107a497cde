import { defineResource } from '../../core/resource';
import { clock } from '../../core/clock';
import { invalid } from '../../core/errors';
import { Organization } from '../organization/organization.entity';
import { Region } from '../region/region.entity';
import { MemberAssessment, TeamMember, Training, TrainingAttendance, WorkTeam } from './workteam.entity';
import {
  MemberAssessmentFilter,
  MemberAssessmentSortField,
  TeamMemberFilter,
  TeamMemberSortField,
  TrainingFilter,
  TrainingSortField,
  WorkTeamFilter,
  WorkTeamSortField,
} from './workteam.inputs';
import { addDays } from '../../core/clock';
import { trainedInTermSql } from './workteam.service';

/**
 * The workteam domain's resources: for each entity its GraphQL names, permission domain, jurisdiction,
 * columns of field resolvers, joins, filters and sorts, read by the CRUD resolver and the read path.
 */
export const workTeamResource = defineResource({
  name: 'WorkTeam',
  plural: 'workTeams',
  description: 'resident work team (驻村工作队)',
  entity: WorkTeam,
  domain: 'workteam',
  filter: WorkTeamFilter,
  sortFields: WorkTeamSortField,
  regionProperty: 'villageCode',
  defaultOrder: [{ field: 'createdAt' }],
  customFilters: {
    termEndsWithinDays: (qb, value, _ctx, alias) => {
      const days = Number(value);
      if (!Number.isInteger(days) || days < 0 || days > 3650)
        throw invalid('filter.termEndsWithinDays', 'range', '天数须在 0 到 3650 之间 (days must be 0..3650)');
      const today = clock.today();
      qb.where(`${alias}.term_end`, '>=', today).where(`${alias}.term_end`, '<=', addDays(today, days));
    },
  },
  fieldColumns: {
    village: ['villageCode'],
    county: ['countyCode'],
    dispatchingOrganization: ['dispatchingOrganizationId'],
    members: [],
    onDutyCount: [],
    firstSecretary: [],
    daysUntilTermEnd: ['termEnd'],
    termEndsWithin: ['termEnd'],
  },
  joins: {
    village: { entity: () => Region, key: 'villageCode' },
    county: { entity: () => Region, key: 'countyCode' },
    dispatchingOrganization: { entity: () => Organization, key: 'dispatchingOrganizationId' },
  },
});

export const teamMemberResource = defineResource({
  name: 'TeamMember',
  plural: 'teamMembers',
  description: 'work-team member (驻村干部)',
  entity: TeamMember,
  domain: 'workteam',
  filter: TeamMemberFilter,
  sortFields: TeamMemberSortField,
  regionProperty: 'villageCode',
  sensitive: ['phoneMasked'],
  hidden: ['phoneEncrypted', 'identityHash'],
  defaultOrder: [{ field: 'createdAt' }],
  customFilters: {
    untrainedInTerm: (qb, value, _ctx, alias) => {
      qb.whereRaw(`${value ? 'not ' : ''}exists (${trainedInTermSql(alias)})`);
    },
  },
  fieldColumns: {
    team: ['teamId'],
    organization: ['organizationId'],
    phone: ['phoneMasked'],
    replacesMember: ['replacesMemberId'],
    assessments: [],
  },
  joins: { team: { entity: () => WorkTeam, key: 'teamId' }, organization: { entity: () => Organization, key: 'organizationId' } },
});

export const trainingResource = defineResource({
  name: 'Training',
  plural: 'trainings',
  description: 'training (培训)',
  entity: Training,
  domain: 'workteam',
  filter: TrainingFilter,
  sortFields: TrainingSortField,
  regionProperty: 'regionCode',
  defaultOrder: [{ field: 'date', direction: 'DESC' }],
});

defineResource({ name: 'TrainingAttendance', entity: TrainingAttendance, domain: 'workteam', regionProperty: 'villageCode' });

export const memberAssessmentResource = defineResource({
  name: 'MemberAssessment',
  plural: 'memberAssessments',
  description: 'annual assessment (年度考核)',
  entity: MemberAssessment,
  domain: 'workteam',
  filter: MemberAssessmentFilter,
  sortFields: MemberAssessmentSortField,
  regionProperty: 'villageCode',
  defaultOrder: [{ field: 'year', direction: 'DESC' }],
});
