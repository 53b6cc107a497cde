import { Seeder } from '@mikro-orm/seeder';
import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { DEMO_TOWNSHIP, staffActor } from './demo.seeder';
import { clock } from '../server/src/core/clock';
import type { RequestContext } from '../server/src/core/context';
import { Loaders } from '../server/src/core/loaders';
import { transition } from '../server/src/core/workflow';
import { HouseholdCategory, MonitoringType, Person } from '../server/src/modules/person/person.entity';
import { JobPlacement, JobPlacementStatus } from '../server/src/modules/welfare/welfare.entity';
import {
  DiscoveryChannel,
  IncomeSource,
  MeasureKind,
  MeasureStatus,
  MonitoringCaseStatus as S,
  RiskCause,
} from '../server/src/modules/monitoring/monitoring.entity';
import type { MonitoringCase } from '../server/src/modules/monitoring/monitoring.entity';
import {
  assistanceMeasureService,
  householdIncomeService,
  householdService,
  monitoringCaseService,
  monitoringLineService,
  householdVisitService,
  riskEliminationService,
} from '../server/src/modules/monitoring/monitoring.service';
import { monitoringCaseWorkflow, riskEliminationWorkflow } from '../server/src/modules/monitoring/monitoring.workflow';
import { TeamMember } from '../server/src/modules/workteam/workteam.entity';
import { flagOverdueCases } from '../server/src/modules/monitoring/monitoring.jobs';
import { parseMoneyToFen } from '../server/src/core/scalars';

const DAY = 86_400_000;

/** The identification steps in order, each with the level whose demo account takes it and its payload. */
const STEPS: { action: string; level: 'village' | 'township' | 'county'; payload?: object }[] = [
  {
    action: 'CHECK',
    level: 'village',
    payload: { checkFindings: '入户核查：家庭成员 4 人，主要劳动力因病无法外出务工，当年收入明显下降。' },
  },
  { action: 'CONSENT', level: 'village', payload: { consentReference: 'HN-SQ-2026-0' } },
  { action: 'COMPARE', level: 'township', payload: { comparisonResult: '民政、人社、医保、住建、车管数据比对无异常。' } },
  { action: 'VILLAGE_REVIEW', level: 'village' },
  { action: 'PUBLICIZE', level: 'village' },
  { action: 'TOWNSHIP_APPROVE', level: 'township' },
  { action: 'COUNTY_IDENTIFY', level: 'county' },
];

interface CasePlan {
  type: MonitoringType;
  causes: RiskCause[];
  discoveredBy: DiscoveryChannel;
  /** Days before today of the clue. */
  clueDaysAgo: number;
  /** Where the case stands at the end (NOT_IDENTIFIED: refused by the township after the check). */
  target: S;
  description: string;
}

/** One case in every state of the identification chain; the one left at COMPARED is past its 15 days. */
const PLANS: CasePlan[] = [
  {
    type: MonitoringType.SUDDEN_HARDSHIP,
    causes: [RiskCause.DISASTER],
    discoveredBy: DiscoveryChannel.SELF_DECLARED,
    clueDaysAgo: 1,
    target: S.CLUE,
    description: '暴雨致房屋受损，农户自主申报。',
  },
  {
    type: MonitoringType.MARGINAL,
    causes: [RiskCause.LOSS_OF_WORK],
    discoveredBy: DiscoveryChannel.CADRE_SCREENING,
    clueDaysAgo: 3,
    target: S.CHECKED,
    description: '主要劳动力返乡，务工收入中断。',
  },
  {
    type: MonitoringType.UNSTABLE,
    causes: [RiskCause.EDUCATION_COSTS],
    discoveredBy: DiscoveryChannel.DEPARTMENT_ALERT,
    clueDaysAgo: 4,
    target: S.CONSENTED,
    description: '教育部门预警：两名子女在读，支出较大。',
  },
  {
    type: MonitoringType.UNSTABLE,
    causes: [RiskCause.ILLNESS, RiskCause.LOSS_OF_WORK],
    discoveredBy: DiscoveryChannel.DEPARTMENT_ALERT,
    clueDaysAgo: 20,
    target: S.COMPARED,
    description: '医保部门预警：年度自付费用较高。',
  },
  {
    type: MonitoringType.MARGINAL,
    causes: [RiskCause.ACCIDENT],
    discoveredBy: DiscoveryChannel.CADRE_SCREENING,
    clueDaysAgo: 6,
    target: S.VILLAGE_REVIEWED,
    description: '家庭成员意外受伤，短期丧失劳动能力。',
  },
  {
    type: MonitoringType.MARGINAL,
    causes: [RiskCause.DISASTER],
    discoveredBy: DiscoveryChannel.CADRE_SCREENING,
    clueDaysAgo: 5,
    target: S.PUBLICIZING,
    description: '冰雹灾害致种植收入大幅减少。',
  },
  {
    type: MonitoringType.UNSTABLE,
    causes: [RiskCause.DISABILITY],
    discoveredBy: DiscoveryChannel.SELF_DECLARED,
    clueDaysAgo: 12,
    target: S.TOWNSHIP_REVIEWED,
    description: '户主残疾，家庭劳动力不足。',
  },
  {
    type: MonitoringType.UNSTABLE,
    causes: [RiskCause.ILLNESS],
    discoveredBy: DiscoveryChannel.DEPARTMENT_ALERT,
    clueDaysAgo: 40,
    target: S.IDENTIFIED,
    description: '大病住院，合规自付费用较高。',
  },
  {
    type: MonitoringType.MARGINAL,
    causes: [RiskCause.OTHER],
    discoveredBy: DiscoveryChannel.CADRE_SCREENING,
    clueDaysAgo: 30,
    target: S.NOT_IDENTIFIED,
    description: '排查发现收入波动。',
  },
  {
    type: MonitoringType.SUDDEN_HARDSHIP,
    causes: [RiskCause.DISASTER, RiskCause.LOSS_OF_WORK],
    discoveredBy: DiscoveryChannel.SELF_DECLARED,
    clueDaysAgo: 280,
    target: S.ELIMINATED,
    description: '洪灾致养殖圈舍损毁，收入中断。',
  },
];

/**
 * Demo monitoring of households at risk (防止返贫监测) in 会宁县会师镇: the province's monitoring lines,
 * households with their incomes, and one case in every state of the identification chain, each step
 * taken by the demo account of its level through the workflow engine, on a clock moved back to the
 * clue's day and forward through the steps. An identified case has a plan with a public-welfare post;
 * one household's risk was eliminated after months of assistance; every household was visited.
 */
export class MonitoringSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const ctx: RequestContext = {
      em: em as SqlEntityManager,
      actor: null,
      loaders: new Loaders(),
      requestId: 'seed-monitoring',
      ip: '127.0.0.1',
      userAgent: 'seeder',
      credentialId: null,
    };
    let moved = 0;
    const daysAgo = (days: number) => {
      clock.advance(-days * DAY - moved);
      moved = -days * DAY;
    };
    try {
      await this.seed(ctx, daysAgo);
    } finally {
      clock.advance(-moved);
    }
    // The case left past its 15 days is flagged as the daily job would.
    await flagOverdueCases(em as SqlEntityManager, clock.today(), { ...ctx, actor: await staffActor(em, '620422') });
  }

  private async seed(ctx: RequestContext, daysAgo: (days: number) => void): Promise<void> {
    const em = ctx.em;
    const as = async (regionCode: string): Promise<RequestContext> => ({ ...ctx, actor: await staffActor(em, regionCode) });
    const thisYear = Number(clock.today().slice(0, 4));

    // 002: raised from 6,000 to 6,600 yuan per person per year from October 2021.
    const province = await as('62');
    await monitoringLineService.create(province, {
      provinceCode: '62',
      year: 2021,
      amount: parseMoneyToFen('6000'),
      effectiveFrom: '2021-01-01',
      basis: '甘肃省防止返贫动态监测和帮扶工作实施方案',
    });
    await monitoringLineService.create(province, {
      provinceCode: '62',
      year: 2021,
      amount: parseMoneyToFen('6600'),
      effectiveFrom: '2021-10-01',
      basis: '关于调整防止返贫监测范围的通知（6000 元提高至 6600 元）',
    });

    const heads = await em.find(
      Person,
      { villageCode: { $like: `${DEMO_TOWNSHIP}%` }, archivedAt: null },
      { orderBy: { id: 'asc' }, limit: PLANS.length + 3 },
    );
    for (const [i, head] of heads.entries()) {
      const village = head.villageCode;
      const size = 2 + (i % 4);
      const household = await householdService.create(await as(village), {
        headPersonId: head.id,
        category:
          head.householdCategory === HouseholdCategory.MONITORED
            ? HouseholdCategory.MONITORED
            : i % 3 === 0
              ? HouseholdCategory.ORDINARY
              : HouseholdCategory.POVERTY_EXITED,
        size,
        labourers: Math.max(1, size - 2),
        compliantExpenses: parseMoneyToFen(i % 4 === 3 ? '4200' : '0'),
        educationSecured: true,
        medicalInsuranceSecured: true,
        housingSecured: i % 5 !== 4,
        drinkingWaterSecured: true,
        securedCheckedOn: `${thisYear - 1}-11-20`,
      });
      // Last year's incomes: some households below the line (6,600 per person), most above.
      const perPerson = i < PLANS.length && i % 2 === 1 ? 5200 : 9800 + i * 350;
      const total = perPerson * size;
      for (const [source, share] of [
        [IncomeSource.WAGES, 0.6],
        [IncomeSource.BUSINESS, 0.25],
        [IncomeSource.TRANSFER, 0.15],
      ] as const) {
        await householdIncomeService.create(await as(village), {
          householdId: household.id,
          year: thisYear - 1,
          source,
          amount: Math.round(total * share) * 100,
        });
      }
      const plan = PLANS[i];
      if (!plan) continue;
      daysAgo(plan.clueDaysAgo);
      let found: MonitoringCase = await monitoringCaseService.create(await as(village), {
        householdId: household.id,
        type: plan.type,
        riskCauses: plan.causes,
        discoveredBy: plan.discoveredBy,
        clueDate: clock.today(),
        description: plan.description,
      });
      const levelCode = { village, township: village.slice(0, 9), county: village.slice(0, 6) };
      const steps = plan.target === S.NOT_IDENTIFIED ? STEPS.slice(0, 1) : STEPS;
      for (const step of steps) {
        if (found.status === plan.target || found.status === S.IDENTIFIED) break;
        if (step.action === 'TOWNSHIP_APPROVE') daysAgo(Math.max(0, plan.clueDaysAgo - 8));
        const payload =
          step.action === 'CONSENT' ? { consentReference: `HN-SQ-${thisYear}-${String(i + 1).padStart(4, '0')}` } : step.payload;
        found = await transition(
          await as(levelCode[step.level]),
          monitoringCaseWorkflow,
          found.id,
          step.action,
          null,
          found.version,
          payload ?? null,
        );
      }
      if (plan.target === S.NOT_IDENTIFIED) {
        found = await transition(
          await as(levelCode.township),
          monitoringCaseWorkflow,
          found.id,
          'REJECT',
          '经入户核查和信息比对，家庭收入稳定，无返贫致贫风险，不予纳入。',
          found.version,
          null,
        );
      }
      const member = await em.findOne(TeamMember, { villageCode: village, archivedAt: null }, { orderBy: { id: 'asc' } });
      await householdVisitService.create(await as(village), {
        householdId: household.id,
        visitedOn: clock.today(),
        teamMemberId: member?.id ?? null,
        visitor: member ? null : '村委会委员',
        findings: '走访核实家庭收支和“两不愁三保障”情况。',
        riskRising: plan.target === S.CLUE,
      });
      if (found.status === S.IDENTIFIED) await this.plan(as, found, village);
      if (plan.target === S.ELIMINATED) {
        // Assisted for months; this year's income is above the line; then the elimination procedure.
        daysAgo(20);
        for (const [source, yuan] of [
          [IncomeSource.WAGES, 24000],
          [IncomeSource.BUSINESS, 9000],
          [IncomeSource.TRANSFER, 3000],
        ] as const)
          await householdIncomeService.create(await as(village), {
            householdId: household.id,
            year: thisYear,
            source,
            amount: parseMoneyToFen(String(yuan)),
          });
        // The house was repaired under the plan (危房改造): housing is now secured.
        const repaired = await householdService.update(
          await as(village),
          household.id,
          { housingSecured: true, securedCheckedOn: clock.today() },
          household.version,
        );
        household.version = repaired.version;
        let elimination = await riskEliminationService.create(await as(village), {
          caseId: found.id,
          findings: '经核查，家庭务工收入恢复稳定，人均纯收入高于监测标准，“三保障”和饮水安全均有保障，无新增风险。',
        });
        for (const [action, level] of [
          ['VILLAGE_REVIEW', 'village'],
          ['PUBLICIZE', 'village'],
          ['TOWNSHIP_APPROVE', 'township'],
          ['COUNTY_ELIMINATE', 'county'],
        ] as const) {
          if (action === 'TOWNSHIP_APPROVE') daysAgo(12);
          elimination = await transition(
            await as(levelCode[level]),
            riskEliminationWorkflow,
            elimination.id,
            action,
            null,
            elimination.version,
            null,
          );
        }
      }
      daysAgo(0);
    }
  }

  /** 一户一策: an identified household's measures, a public-welfare post among them when its village has a placement. */
  private async plan(as: (regionCode: string) => Promise<RequestContext>, found: MonitoringCase, village: string): Promise<void> {
    const ctx = await as(village);
    await assistanceMeasureService.create(ctx, {
      caseId: found.id,
      kind: MeasureKind.MEDICAL,
      content: '落实医疗救助和大病保险倾斜政策',
      responsible: '驻村第一书记',
      status: MeasureStatus.DONE,
      amount: parseMoneyToFen('3500.00'),
    });
    await assistanceMeasureService.create(ctx, {
      caseId: found.id,
      kind: MeasureKind.INSURANCE,
      content: '参加防贫保',
      responsible: '村委会主任',
      status: MeasureStatus.IN_PROGRESS,
      amount: parseMoneyToFen('120.00'),
    });
    const placement = await ctx.em.findOne(
      JobPlacement,
      { regionCode: village, status: { $in: [JobPlacementStatus.ONBOARDED, JobPlacementStatus.APPROVED] }, archivedAt: null },
      { orderBy: { id: 'asc' } },
    );
    if (placement)
      await assistanceMeasureService.create(ctx, {
        caseId: found.id,
        kind: MeasureKind.WELFARE_POST,
        content: '安排家庭成员上公益性岗位',
        responsible: '驻村工作队队员',
        status: MeasureStatus.DONE,
        placementId: placement.id,
      });
  }
}
