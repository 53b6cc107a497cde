import { defineWorkflow } from '../../core/workflow';
import { workTeamPermissions } from './workteam.access';
import type { TransitionContext } from '../../core/workflow';
import { conflict, invalid } from '../../core/errors';
import { clock } from '../../core/clock';
import { isValidLocalDate } from '../../core/scalars';
import { settings } from '../../config';
import { RegionLevel as L } from '../region/region.entity';
import { MemberRole, MemberStatus, TeamMember, WorkTeam, WorkTeamStatus } from './workteam.entity';

type Step = TransitionContext<WorkTeam, { date?: string }>;

/** Teams are dispatched by province, city and county units; the dispatching level's organisation department decides their steps. */
const DISPATCHING_LEVELS = [L.COUNTY, L.CITY, L.PROVINCE] as const;

function effectiveDate(t: Step): string {
  const date = t.payload.date ?? clock.today();
  if (!isValidLocalDate(date)) throw invalid('payload.date', 'date', '日期无效 (invalid date)');
  return date;
}

/** Ends every on-duty membership of the team with the given status. */
async function endMembers(t: Step, status: MemberStatus): Promise<void> {
  const date = effectiveDate(t);
  const members = await t.em.find(TeamMember, { teamId: t.entity.id, status: MemberStatus.ON_DUTY, archivedAt: null });
  for (const m of members) {
    m.status = status;
    m.endDate = date;
    m.leaveReason = t.comment ?? (status === MemberStatus.COMPLETED ? '任期届满' : null);
  }
}

/**
 * PROPOSED →APPROVE→ APPROVED →ACTIVATE→ ACTIVE →COMPLETE→ COMPLETED; RECALL (with a reason) from
 * any open state → RECALLED. ACTIVATE needs exactly one first secretary and WORK_TEAM_MIN_SIZE to
 * WORK_TEAM_MAX_SIZE members on duty.
 */
export const workTeamWorkflow = defineWorkflow<WorkTeam>({
  name: 'WorkTeam',
  entity: WorkTeam,
  title: (team) => `驻村工作队 ${team.villageCode}`,
  transitions: [
    {
      action: 'APPROVE',
      from: [WorkTeamStatus.PROPOSED],
      to: WorkTeamStatus.APPROVED,
      label: '审批通过',
      permission: workTeamPermissions.approve,
      level: DISPATCHING_LEVELS,
    },
    {
      action: 'ACTIVATE',
      from: [WorkTeamStatus.APPROVED],
      to: WorkTeamStatus.ACTIVE,
      label: '进驻',
      permission: workTeamPermissions.approve,
      level: DISPATCHING_LEVELS,
      lock: true,
      async guard(t) {
        const members = await t.em.find(TeamMember, { teamId: t.entity.id, status: MemberStatus.ON_DUTY, archivedAt: null });
        const secretaries = members.filter((m) => m.role === MemberRole.FIRST_SECRETARY).length;
        if (secretaries !== 1) {
          throw conflict(
            'ONE_FIRST_SECRETARY',
            `进驻须有且只有一名在岗第一书记（现有 ${secretaries} 名）(activation needs exactly one first secretary on duty; found ${secretaries})`,
            { firstSecretaries: secretaries },
          );
        }
        if (members.length < settings.workTeamMinSize || members.length > settings.workTeamMaxSize) {
          throw conflict(
            'TEAM_SIZE',
            `进驻须有 ${settings.workTeamMinSize}–${settings.workTeamMaxSize} 名在岗队员（现有 ${members.length} 名）(activation needs ${settings.workTeamMinSize}..${settings.workTeamMaxSize} members on duty; found ${members.length})`,
            {
              onDuty: members.length,
              min: settings.workTeamMinSize,
              max: settings.workTeamMaxSize,
            },
          );
        }
      },
    },
    {
      action: 'COMPLETE',
      from: [WorkTeamStatus.ACTIVE],
      to: WorkTeamStatus.COMPLETED,
      label: '期满撤离',
      permission: workTeamPermissions.approve,
      level: DISPATCHING_LEVELS,
      payloadFields: ['date'],
      effect: (t) => endMembers(t as Step, MemberStatus.COMPLETED),
    },
    {
      action: 'RECALL',
      from: [WorkTeamStatus.PROPOSED, WorkTeamStatus.APPROVED, WorkTeamStatus.ACTIVE],
      to: WorkTeamStatus.RECALLED,
      label: '召回',
      permission: workTeamPermissions.approve,
      level: DISPATCHING_LEVELS,
      commentRequired: true,
      payloadFields: ['date'],
      inbox: false,
      effect: (t) => endMembers(t as Step, MemberStatus.RECALLED),
    },
  ],
});
