import { Seeder } from '@mikro-orm/seeder';
import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { staffActor } from './demo.seeder';
import { clock } from '../server/src/core/clock';
import type { RequestContext } from '../server/src/core/context';
import { Loaders } from '../server/src/core/loaders';
import { transition } from '../server/src/core/workflow';
import { recordObjection, resolveObjection } from '../server/src/core/publicity';
import { Organization } from '../server/src/modules/organization/organization.entity';
import { Person } from '../server/src/modules/person/person.entity';
import { Region, RegionLevel } from '../server/src/modules/region/region.entity';
import {
  Assessment,
  FundingSource,
  JobPlacementStatus,
  SubsidyPayment,
  WelfarePostType,
  WorkIntensity,
} from '../server/src/modules/welfare/welfare.entity';
import type { JobPlacement, WelfarePost } from '../server/src/modules/welfare/welfare.entity';
import {
  generateSubsidyPayroll,
  jobPlacementService,
  recordSubsidyAssessment,
  welfarePostService,
} from '../server/src/modules/welfare/welfare.service';
import { jobPlacementWorkflow, subsidyPaymentWorkflow, welfarePostWorkflow } from '../server/src/modules/welfare/welfare.workflow';
import { eligibilityFailures } from '../server/src/modules/welfare/welfare.rules';

const DAY = 86_400_000;

type PostSeed = [
  title: string,
  type: WelfarePostType,
  funding: FundingSource,
  headcount: number,
  subsidyYuan: number,
  intensity: WorkIntensity,
  organization: string,
];

/** Posts of every type across the three Baiyin demo counties (谁开发、谁负责、谁管理: the developing unit is named). */
const POSTS: Record<string, PostSeed[]> = {
  '620422': [
    ['村庄保洁员', WelfarePostType.CLEANING, FundingSource.CONNECTION_FUNDS, 4, 500, WorkIntensity.LIGHT, '会宁县会师镇人民政府'],
    ['乡村道路护路员', WelfarePostType.ROAD_MAINTENANCE, FundingSource.FISCAL, 3, 600, WorkIntensity.MEDIUM, '会宁县人力资源和社会保障局'],
    ['生态护林员', WelfarePostType.FOREST_RANGER, FundingSource.FISCAL, 3, 800, WorkIntensity.MEDIUM, '会宁县乡村振兴局'],
    ['光伏电站管护员', WelfarePostType.ASSET_CARETAKER, FundingSource.PV_INCOME, 2, 700, WorkIntensity.LIGHT, '会宁县乡村振兴局'],
  ],
  '620421': [
    ['黄河护河员', WelfarePostType.RIVER_PATROL, FundingSource.EAST_WEST_FUNDS, 3, 650, WorkIntensity.MEDIUM, '靖远县乡村振兴局'],
    ['村口交通协管员', WelfarePostType.TRAFFIC_ASSISTANT, FundingSource.CONNECTION_FUNDS, 3, 550, WorkIntensity.LIGHT, '靖远县乡村振兴局'],
    [
      '互助幸福院护理员',
      WelfarePostType.ELDERLY_CARE,
      FundingSource.COLLECTIVE_INCOME,
      2,
      600,
      WorkIntensity.MEDIUM,
      '靖远县枸杞产业开发有限公司',
    ],
  ],
  '620423': [
    ['治安巡逻员', WelfarePostType.SECURITY_PATROL, FundingSource.COLLECTIVE_INCOME, 3, 500, WorkIntensity.MEDIUM, '景泰县乡村振兴局'],
    ['灌区水管员', WelfarePostType.WATER_MANAGEMENT, FundingSource.CONNECTION_FUNDS, 3, 750, WorkIntensity.HEAVY, '景泰县乡村振兴局'],
    ['村级公益服务员', WelfarePostType.OTHER, FundingSource.OTHER, 2, 450, WorkIntensity.LIGHT, '景泰县条山农场家庭农场'],
  ],
};

/** Every placement state in every county; the active ones stay within each post's headcount. */
const TARGETS: JobPlacementStatus[] = [
  JobPlacementStatus.ONBOARDED,
  JobPlacementStatus.ONBOARDED,
  JobPlacementStatus.EXITED,
  JobPlacementStatus.APPROVED,
  JobPlacementStatus.TOWNSHIP_REVIEWED,
  JobPlacementStatus.PUBLICIZING,
  JobPlacementStatus.VILLAGE_REVIEWED,
  JobPlacementStatus.APPLIED,
  JobPlacementStatus.REJECTED,
  JobPlacementStatus.WITHDRAWN,
  JobPlacementStatus.ONBOARDED,
  JobPlacementStatus.APPLIED,
];

/** Code length of the level that takes each placement step (village 12, township 9, county 6), as the workflow declares. */
const STEP_LEVEL: Record<string, number> = {
  VILLAGE_APPROVE: 12,
  WITHDRAW: 12,
  PUBLICIZE: 12,
  TOWNSHIP_APPROVE: 9,
  REJECT: 9,
  ONBOARD: 9,
  EXIT: 9,
  COUNTY_APPROVE: 6,
};

interface Planned {
  placement: JobPlacement;
  target: JobPlacementStatus;
}

/**
 * Demo welfare posts, placements in every state and some subsidy payments, made through the real
 * services and the workflow engine (so every placement has a consistent history). The clock is
 * moved back about half a year while seeding, then stepped forward through the publicity period,
 * onboarding and the monthly payrolls, and finally restored.
 */
export class WelfareSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    // Every record and step is made by the demo account of its level (see staffActor); `as` switches the actor.
    const ctx: RequestContext = {
      em: em as SqlEntityManager,
      actor: null,
      loaders: new Loaders(),
      requestId: 'seed-welfare',
      ip: '127.0.0.1',
      userAgent: 'seeder',
      credentialId: null,
    };
    const shift = 180 * DAY;
    let moved = 0;
    const step = (ms: number) => {
      clock.advance(ms);
      moved += ms;
    };
    step(-shift);
    let publicizeNow: Planned[];
    try {
      publicizeNow = await this.seed(ctx, step);
    } finally {
      clock.advance(-moved);
    }
    // Placements left in publicity are publicized today, so the demo has a running publicity to print and object to.
    for (const plan of publicizeNow) {
      await transition(
        { ...ctx, actor: await staffActor(em, plan.placement.regionCode) },
        jobPlacementWorkflow,
        plan.placement.id,
        'PUBLICIZE',
        null,
        plan.placement.version,
        null,
      );
    }
    // One objection raised and dismissed, so a record shows how objections look (the rest stay open to object to).
    const first = publicizeNow.find((plan) => plan.placement.regionCode.startsWith('620422'));
    if (first) {
      const objection = await recordObjection(
        { ...ctx, actor: await staffActor(em, first.placement.regionCode) },
        {
          workflow: 'JobPlacement',
          entityId: first.placement.id,
          content: '反映申请人家中有人在外务工，收入较高。',
          objectorName: '王桂兰',
          objectorContact: '13993001234',
        },
      );
      await resolveObjection(
        { ...ctx, actor: await staffActor(em, first.placement.regionCode.slice(0, 9)) },
        objection.id,
        false,
        '经入户核实，务工收入已计入家庭收入，仍符合条件，异议不成立。',
        objection.version,
      );
    }
  }

  private async seed(ctx: RequestContext, step: (ms: number) => void): Promise<Planned[]> {
    const em = ctx.em;
    // Each call below acts as the demo account of the level that does it (village, township or county code).
    const as = async (regionCode: string): Promise<RequestContext> => {
      ctx.actor = await staffActor(em, regionCode);
      return ctx;
    };
    const year = Number(clock.today().slice(0, 4));
    const termStart = `${year}-01-01`;
    const termEnd = `${year + 1}-12-31`;
    const plans: Planned[] = [];

    for (const [county, seeds] of Object.entries(POSTS)) {
      const villages = await em.find(
        Region,
        { level: RegionLevel.VILLAGE, code: { $like: `${county}%` } },
        { orderBy: { code: 'asc' }, limit: 4 },
      );
      const persons = await em.find(Person, { villageCode: { $like: `${county}%` }, archivedAt: null }, { orderBy: { id: 'asc' } });
      const posts: WelfarePost[] = [];
      for (const [i, [title, type, fundingSource, headcount, yuan, intensity, orgName]] of seeds.entries()) {
        const org = await em.findOneOrFail(Organization, { name: orgName });
        const post = await welfarePostService.create(await as(villages[i % villages.length].code.slice(0, 9)), {
          title,
          type,
          villageCode: villages[i % villages.length].code,
          developingOrganizationId: org.id,
          fundingSource,
          headcount,
          monthlyHours: intensity === WorkIntensity.HEAVY ? 120 : 80,
          intensity,
          monthlySubsidy: yuan * 100,
          termStart,
          termEnd,
          duties: `${title}：按岗位职责开展日常工作，接受村委会和开发单位管理考核。`,
        });
        posts.push(
          await transition(await as(post.villageCode.slice(0, 9)), welfarePostWorkflow, post.id, 'PUBLISH', null, post.version, null),
        );
      }

      const used = new Set<string>();
      const active = new Map<string, number>();
      let cursor = 0;
      for (const target of TARGETS) {
        const activeTarget = [JobPlacementStatus.APPROVED, JobPlacementStatus.ONBOARDED, JobPlacementStatus.EXITED].includes(target);
        let chosen: { post: WelfarePost; person: Person } | null = null;
        for (let k = 0; k < posts.length && !chosen; k++) {
          const post = posts[(cursor + k) % posts.length];
          if (activeTarget && (active.get(post.id) ?? 0) >= post.headcount) continue;
          const person = persons.find((p) => !used.has(p.id) && eligibilityFailures(post, p).length === 0);
          if (person) chosen = { post, person };
        }
        cursor++;
        if (!chosen) continue;
        used.add(chosen.person.id);
        if (activeTarget) active.set(chosen.post.id, (active.get(chosen.post.id) ?? 0) + 1);
        const placement = await jobPlacementService.create(await as(chosen.post.villageCode), {
          postId: chosen.post.id,
          personId: chosen.person.id,
          applicationNote: '本人自愿申请，服从岗位管理。',
        });
        plans.push({ placement, target });
      }

      // A draft post and a closed one, so the console shows every post status.
      const org = await em.findOneOrFail(Organization, { name: seeds[0][6] });
      await welfarePostService.create(await as(villages[villages.length - 1].code.slice(0, 9)), {
        title: '村级卫生监督员（拟设）',
        type: WelfarePostType.OTHER,
        villageCode: villages[villages.length - 1].code,
        developingOrganizationId: org.id,
        fundingSource: FundingSource.COLLECTIVE_INCOME,
        headcount: 1,
        monthlyHours: 60,
        intensity: WorkIntensity.LIGHT,
        monthlySubsidy: 40000,
        termStart,
        termEnd,
      });
      if (county === '620422') {
        const closed = await welfarePostService.create(await as(villages[0].code.slice(0, 9)), {
          title: '季节性防火巡查员',
          type: WelfarePostType.FOREST_RANGER,
          villageCode: villages[0].code,
          developingOrganizationId: org.id,
          fundingSource: FundingSource.FISCAL,
          headcount: 2,
          monthlyHours: 80,
          intensity: WorkIntensity.MEDIUM,
          monthlySubsidy: 60000,
          termStart,
          termEnd,
        });
        const open = await transition(ctx, welfarePostWorkflow, closed.id, 'PUBLISH', null, closed.version, null);
        await transition(ctx, welfarePostWorkflow, closed.id, 'CLOSE', '防火期结束，岗位关闭', open.version, null);
      }
    }

    // Walk every placement towards its target through the engine.
    const order = [
      JobPlacementStatus.APPLIED,
      JobPlacementStatus.VILLAGE_REVIEWED,
      JobPlacementStatus.PUBLICIZING,
      JobPlacementStatus.TOWNSHIP_REVIEWED,
      JobPlacementStatus.APPROVED,
      JobPlacementStatus.ONBOARDED,
      JobPlacementStatus.EXITED,
    ];
    const reach = (t: JobPlacementStatus) =>
      t === JobPlacementStatus.REJECTED ? 2 : t === JobPlacementStatus.WITHDRAWN ? 1 : order.indexOf(t);
    const move = async (plan: Planned, action: string, comment: string | null = null, payload: object | null = null) => {
      plan.placement = await transition(
        await as(plan.placement.regionCode.slice(0, STEP_LEVEL[action])),
        jobPlacementWorkflow,
        plan.placement.id,
        action,
        comment,
        plan.placement.version,
        payload,
      );
    };
    for (const plan of plans) if (reach(plan.target) >= 1) await move(plan, 'VILLAGE_APPROVE', '村民代表会议评议通过');
    for (const plan of plans) if (reach(plan.target) >= 2 && plan.target !== JobPlacementStatus.PUBLICIZING) await move(plan, 'PUBLICIZE');
    step(6 * DAY);
    for (const plan of plans)
      if (reach(plan.target) >= 3 && plan.target !== JobPlacementStatus.REJECTED) await move(plan, 'TOWNSHIP_APPROVE', '乡镇审核同意');
    step(2 * DAY);
    for (const plan of plans) if (reach(plan.target) >= 4) await move(plan, 'COUNTY_APPROVE', '县级审批同意');
    step(3 * DAY);
    let serial = 1;
    for (const plan of plans) {
      if (reach(plan.target) >= 5)
        await move(plan, 'ONBOARD', null, {
          agreementNumber: `GYXGW-${plan.placement.regionCode.slice(0, 6)}-${String(serial++).padStart(4, '0')}`,
          startDate: clock.today(),
        });
    }
    for (const plan of plans) {
      if (plan.target === JobPlacementStatus.REJECTED) await move(plan, 'REJECT', '公示期间收到群众反映，经核实家庭收入超过标准');
      if (plan.target === JobPlacementStatus.WITHDRAWN) await move(plan, 'WITHDRAW', '本人外出务工，申请撤回');
    }
    const onboardMonth = clock.today().slice(0, 7);
    step(75 * DAY);
    for (const plan of plans)
      if (plan.target === JobPlacementStatus.EXITED)
        await move(plan, 'EXIT', '本人实现稳定就业，申请退岗', { exitReason: 'OTHER_EMPLOYMENT', exitDate: clock.today() });

    // Monthly payrolls for the months on post so far; the first month assessed, approved and paid.
    step(20 * DAY);
    const months: string[] = [];
    for (let m = onboardMonth; m < clock.today().slice(0, 7) && months.length < 3; m = nextMonth(m)) months.push(m);
    for (const county of Object.keys(POSTS)) for (const month of months) await generateSubsidyPayroll(await as(county), county, month);
    const first = await em.find(SubsidyPayment, { month: months[0] }, { orderBy: { id: 'asc' } });
    for (const [i, payment] of first.entries()) {
      const assessed = await recordSubsidyAssessment(
        await as(payment.regionCode.slice(0, 9)),
        payment.id,
        i === 1 ? Assessment.FAIL : Assessment.PASS,
        payment.daysOnPost - (i % 3),
        payment.version,
      );
      if (assessed.assessment !== Assessment.PASS) continue;
      const approved = await transition(
        await as(payment.regionCode.slice(0, 6)),
        subsidyPaymentWorkflow,
        payment.id,
        'APPROVE',
        null,
        assessed.version,
        null,
      );
      if (i % 2 === 0)
        await transition(ctx, subsidyPaymentWorkflow, payment.id, 'PAY', null, approved.version, {
          paidDate: clock.today(),
          paymentReference: `BY-${payment.month.replace('-', '')}-${String(i + 1).padStart(4, '0')}`,
        });
    }
    return plans.filter((plan) => plan.target === JobPlacementStatus.PUBLICIZING);
  }
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
