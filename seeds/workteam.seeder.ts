import { Seeder } from '@mikro-orm/seeder';
import type { EntityManager } from '@mikro-orm/core';
import { Region, RegionLevel } from '../server/src/modules/region/region.entity';
import { Organization } from '../server/src/modules/organization/organization.entity';
import { Gender } from '../server/src/modules/person/person.entity';
import { WorkflowStep } from '../server/src/core/workflow';
import { encryptField, maskPhone } from '../server/src/core/crypto';
import {
  AssessmentRating,
  MemberAssessment,
  MemberRole,
  MemberStatus,
  TeamMember,
  Training,
  TrainingAttendance,
  VillageType,
  WorkTeam,
  WorkTeamStatus,
} from '../server/src/modules/workteam/workteam.entity';
import { identityHashOf, termEndFor } from '../server/src/modules/workteam/workteam.service';
import { chineseName, mobile, pick, prng } from './factories';
import { staffActor } from './demo.seeder';

/*
 * Resident work teams in the demo villages, in every workflow state, with members (one replaced
 * first secretary kept as history), trainings and assessments. 景泰县 (620423) is left without teams
 * so tests can build their own there and compute rollups by hand.
 */

interface TeamSeed {
  county: string;
  villageIndex: number;
  org: string;
  type: VillageType;
  termStart: string;
  status: WorkTeamStatus;
  members: number;
  income: [number, number | null];
}

const TEAMS: TeamSeed[] = [
  {
    county: '620422',
    villageIndex: 0,
    org: '甘肃省乡村振兴局',
    type: VillageType.KEY_VILLAGE,
    termStart: '2025-06-01',
    status: WorkTeamStatus.ACTIVE,
    members: 3,
    income: [32_000, 61_500],
  },
  {
    county: '620422',
    villageIndex: 1,
    org: '国网甘肃省电力公司',
    type: VillageType.POVERTY_EXITED_VILLAGE,
    termStart: '2024-12-15',
    status: WorkTeamStatus.ACTIVE,
    members: 4,
    income: [45_000, 88_000],
  },
  {
    county: '620422',
    villageIndex: 2,
    org: '白银市第一人民医院',
    type: VillageType.RELOCATION_SITE,
    termStart: '2025-06-01',
    status: WorkTeamStatus.ACTIVE,
    members: 3,
    income: [18_000, 52_300],
  },
  {
    county: '620422',
    villageIndex: 3,
    org: '兰州大学',
    type: VillageType.KEY_VILLAGE,
    termStart: '2026-12-01',
    status: WorkTeamStatus.PROPOSED,
    members: 2,
    income: [26_000, null],
  },
  {
    county: '620421',
    villageIndex: 0,
    org: '甘肃省农业科学院',
    type: VillageType.KEY_VILLAGE,
    termStart: '2026-09-01',
    status: WorkTeamStatus.APPROVED,
    members: 3,
    income: [41_000, null],
  },
  {
    county: '620421',
    villageIndex: 1,
    org: '白银市农业农村局',
    type: VillageType.POVERTY_EXITED_VILLAGE,
    termStart: '2021-06-01',
    status: WorkTeamStatus.COMPLETED,
    members: 3,
    income: [12_000, 76_000],
  },
  {
    county: '150823',
    villageIndex: 0,
    org: '内蒙古自治区乡村振兴局',
    type: VillageType.KEY_VILLAGE,
    termStart: '2025-06-01',
    status: WorkTeamStatus.ACTIVE,
    members: 3,
    income: [60_000, 95_000],
  },
  {
    county: '513431',
    villageIndex: 0,
    org: '昭觉县乡村振兴局',
    type: VillageType.RELOCATION_SITE,
    termStart: '2025-06-01',
    status: WorkTeamStatus.RECALLED,
    members: 3,
    income: [8_000, 9_000],
  },
];

const PATH: Record<WorkTeamStatus, [string, string, WorkTeamStatus, WorkTeamStatus][]> = {
  PROPOSED: [],
  APPROVED: [['APPROVE', '审批通过', WorkTeamStatus.PROPOSED, WorkTeamStatus.APPROVED]],
  ACTIVE: [
    ['APPROVE', '审批通过', WorkTeamStatus.PROPOSED, WorkTeamStatus.APPROVED],
    ['ACTIVATE', '进驻', WorkTeamStatus.APPROVED, WorkTeamStatus.ACTIVE],
  ],
  COMPLETED: [
    ['APPROVE', '审批通过', WorkTeamStatus.PROPOSED, WorkTeamStatus.APPROVED],
    ['ACTIVATE', '进驻', WorkTeamStatus.APPROVED, WorkTeamStatus.ACTIVE],
    ['COMPLETE', '期满撤离', WorkTeamStatus.ACTIVE, WorkTeamStatus.COMPLETED],
  ],
  RECALLED: [
    ['APPROVE', '审批通过', WorkTeamStatus.PROPOSED, WorkTeamStatus.APPROVED],
    ['ACTIVATE', '进驻', WorkTeamStatus.APPROVED, WorkTeamStatus.ACTIVE],
    ['RECALL', '召回', WorkTeamStatus.ACTIVE, WorkTeamStatus.RECALLED],
  ],
};

const POSTS = ['科长', '副科长', '主任科员', '干部', '副主任', '工程师'];

export class WorkTeamSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const rand = prng(1508);
    const orgs = new Map((await em.find(Organization, {})).map((o) => [o.name, o]));
    const villagesOf = new Map<string, Region[]>();
    const activeMembers: TeamMember[] = [];
    let stepAt = Date.UTC(2026, 0, 1);

    for (const t of TEAMS) {
      if (!villagesOf.has(t.county))
        villagesOf.set(
          t.county,
          await em.find(Region, { level: RegionLevel.VILLAGE, code: { $like: `${t.county}%` } }, { orderBy: { code: 'asc' }, limit: 10 }),
        );
      const village = villagesOf.get(t.county)![t.villageIndex];
      const org = orgs.get(t.org);
      if (!village || !org) continue;
      const team = em.create(WorkTeam, {
        villageCode: village.code,
        countyCode: t.county,
        dispatchingOrganizationId: org.id,
        villageType: t.type,
        termStart: t.termStart,
        termEnd: termEndFor(t.termStart, 2),
        collectiveIncomeAtStart: t.income[0] * 100,
        collectiveIncomeLatest: t.income[1] === null ? null : t.income[1] * 100,
        status: t.status,
      });
      em.persist(team);
      // The team's steps are the county's (see workteam.workflow.ts), taken by its demo account.
      const officer = await staffActor(em, t.county);
      for (const [action, label, from, to] of PATH[t.status]) {
        const step = new WorkflowStep();
        Object.assign(step, {
          workflow: 'WorkTeam',
          entityId: team.id,
          action,
          actionLabel: label,
          fromStatus: from,
          toStatus: to,
          actorId: officer.id,
          actorName: officer.name,
          at: new Date((stepAt += 3_600_000)),
          comment: action === 'RECALL' ? '派出单位调整，整队召回' : null,
        });
        em.persist(step);
      }
      const ended =
        t.status === WorkTeamStatus.COMPLETED
          ? MemberStatus.COMPLETED
          : t.status === WorkTeamStatus.RECALLED
            ? MemberStatus.RECALLED
            : null;
      for (let i = 0; i < t.members; i++) {
        const male = rand() < 0.7;
        const name = chineseName(rand, male);
        const phone = mobile(rand);
        const m = em.create(TeamMember, {
          teamId: team.id,
          villageCode: village.code,
          name,
          gender: male ? Gender.MALE : Gender.FEMALE,
          organizationId: org.id,
          post: pick(rand, POSTS),
          role: i === 0 ? MemberRole.FIRST_SECRETARY : MemberRole.MEMBER,
          partyMember: i === 0 || rand() < 0.6,
          phoneEncrypted: encryptField(phone),
          phoneMasked: maskPhone(phone)!,
          identityHash: identityHashOf(name, phone),
          startDate: t.termStart,
          endDate: ended ? (t.status === WorkTeamStatus.COMPLETED ? team.termEnd : '2026-03-15') : null,
          status: ended ?? MemberStatus.ON_DUTY,
          leaveReason: ended === MemberStatus.COMPLETED ? '任期届满' : ended === MemberStatus.RECALLED ? '派出单位调整，整队召回' : null,
        });
        em.persist(m);
        if (t.status === WorkTeamStatus.ACTIVE) activeMembers.push(m);
        // One first secretary was replaced: the old membership stays as ROTATED history.
        if (t.status === WorkTeamStatus.ACTIVE && t.villageIndex === 1 && i === 0) {
          m.status = MemberStatus.ROTATED;
          m.endDate = '2025-10-20';
          m.leaveReason = '原单位工作需要，轮换回原单位';
          const nm = chineseName(rand, true);
          const np = mobile(rand);
          const successor = em.create(TeamMember, {
            teamId: team.id,
            villageCode: village.code,
            name: nm,
            gender: Gender.MALE,
            organizationId: org.id,
            post: '副主任',
            role: MemberRole.FIRST_SECRETARY,
            partyMember: true,
            phoneEncrypted: encryptField(np),
            phoneMasked: maskPhone(np)!,
            identityHash: identityHashOf(nm, np),
            startDate: '2025-10-21',
            status: MemberStatus.ON_DUTY,
            replacesMemberId: m.id,
          });
          em.persist(successor);
          activeMembers.push(successor);
          const step = new WorkflowStep();
          Object.assign(step, {
            workflow: 'WorkTeam',
            entityId: team.id,
            action: 'REPLACE_MEMBER',
            actionLabel: '更换第一书记',
            fromStatus: 'ACTIVE',
            toStatus: 'ACTIVE',
            actorId: officer.id,
            actorName: officer.name,
            at: new Date((stepAt += 3_600_000)),
            comment: m.leaveReason,
            payload: JSON.stringify({ replacedMemberId: m.id, newMemberId: successor.id }),
          });
          em.persist(step);
        }
      }
    }

    // Trainings: two in 会宁; members of the other counties have none in their term (flagged).
    const onDuty = activeMembers.filter((m) => m.status === MemberStatus.ON_DUTY);
    const huining = onDuty.filter((m) => m.villageCode.startsWith('620422'));
    const trainings: [string, string, number, string, TeamMember[]][] = [
      ['2025-07-10', '巩固拓展脱贫攻坚成果同乡村振兴有效衔接政策要点', 16, '会宁县委组织部', huining.slice(0, 5)],
      ['2025-11-05', '农村基层党建与为民办事服务', 8, '会宁县乡村振兴局', huining.slice(2, 7)],
    ];
    for (const [date, topic, hours, organizer, attendees] of trainings) {
      const tr = em.create(Training, { regionCode: '620422', date, topic, hours, organizer });
      em.persist(tr);
      for (const m of attendees)
        em.persist(em.create(TrainingAttendance, { trainingId: tr.id, memberId: m.id, villageCode: m.villageCode }));
    }

    // 2025 assessments for members on duty who started before 2025-12-31.
    const ratings = [
      AssessmentRating.EXCELLENT,
      AssessmentRating.COMPETENT,
      AssessmentRating.COMPETENT,
      AssessmentRating.BASICALLY_COMPETENT,
    ];
    onDuty.forEach((m, i) => {
      if (m.startDate > '2025-12-31') return;
      em.persist(
        em.create(MemberAssessment, {
          memberId: m.id,
          villageCode: m.villageCode,
          year: 2025,
          rating: ratings[i % ratings.length],
          timeInVillageScore: 80 + (i % 5) * 4,
          collectiveEconomyScore: 70 + (i % 7) * 4,
          villagerEvaluationScore: 85 + (i % 3) * 5,
          resultsScore: 75 + (i % 6) * 4,
          comment: i % 4 === 0 ? '扎根基层，群众认可度高' : null,
        }),
      );
    });
    await em.flush();
  }
}
