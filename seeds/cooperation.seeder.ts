import { Seeder } from '@mikro-orm/seeder';
import type { EntityManager } from '@mikro-orm/core';
import { Organization, OrganizationKind } from '../server/src/modules/organization/organization.entity';
import { User } from '../server/src/modules/identity/identity.entity';
import { Role } from '../server/src/modules/identity/identity.roles';
import { hashPassword } from '../server/src/modules/identity/identity.service';
import {
  CooperationCategory,
  CooperationProject,
  CooperationProjectStatus as S,
  Pairing,
  PairingKind,
  PairingStatus,
} from '../server/src/modules/cooperation/cooperation.entity';
import { DEMO_PASSWORD } from './demo.seeder';
import { creditCode, prng } from './factories';

/**
 * 京蒙 (Beijing 11 – Inner Mongolia 15) east–west cooperation demo. The 2021 projects are built so
 * that `cooperationSummary(year: 2021, helperProvince: "11", helpedProvince: "15")` reproduces text
 * 003: 97 Beijing enterprises landed, 51 industrial parks co-built, 905 cooperation projects, 71,000
 * labour transfers of which 51,000 poverty-exited. The district ↔ county pairs are demo data, not the
 * real assignment. Funds and beneficiaries are generated deterministically.
 */
export const JINGMENG_2021 = { projects: 905, enterprises: 97, parks: 51, labourTransfers: 71_000, povertyExitedTransfers: 51_000 };

/** Helper district (Beijing) ↔ helped county (Inner Mongolia). */
export const JINGMENG_PAIRS: [string, string, string][] = [
  ['110105', '北京市朝阳区人民政府', '150824'], // 乌拉特中旗
  ['110108', '北京市海淀区人民政府', '150825'], // 乌拉特后旗
  ['110106', '北京市丰台区人民政府', '150823'], // 乌拉特前旗
  ['110115', '北京市大兴区人民政府', '150921'], // 卓资县
  ['110113', '北京市顺义区人民政府', '150923'], // 商都县
  ['110114', '北京市昌平区人民政府', '152224'], // 突泉县
  ['110112', '北京市通州区人民政府', '150428'], // 喀喇沁旗
  ['110111', '北京市房山区人民政府', '150525'], // 奈曼旗
];

/** One pair adjusted mid-2021: 延庆区 handed 固阳县 over to 平谷区 (a demo adjustment chain). */
const ADJUSTED = {
  county: '150222',
  before: ['110119', '北京市延庆区人民政府'],
  after: ['110117', '北京市平谷区人民政府'],
  on: '2021-07-01',
} as const;

export const DEMO_PARTNER_USER = 'demo.bj.chaoyang';
/** End of the 京蒙 demo pairings: in force through 2030. */
export const JINGMENG_END = '2031-01-01';
export const DEMO_IM_ADMIN = 'demo.im.province';
/** 乌拉特中旗 (150824), 海流图镇 and 巴仁宝勒格村: the Inner Mongolia counterparts of the 会宁 demo accounts. */
export const DEMO_IM_STAFF: [
  username: string,
  displayName: string,
  role: Role,
  regionCode: string,
  organization: string,
  kind: OrganizationKind,
][] = [
  ['demo.im.county', '乌拉特中旗审批人（演示）', Role.COUNTY_OFFICER, '150824', '乌拉特中旗乡村振兴局', OrganizationKind.PARTY_GOVERNMENT],
  [
    'demo.im.township',
    '海流图镇经办人（演示）',
    Role.TOWNSHIP_OFFICER,
    '150824100',
    '乌拉特中旗海流图镇人民政府',
    OrganizationKind.PARTY_GOVERNMENT,
  ],
  [
    'demo.im.village',
    '巴仁宝勒格村经办人（演示）',
    Role.VILLAGE_OPERATOR,
    '150824100201',
    '乌拉特中旗海流图镇巴仁宝勒格村村民委员会',
    OrganizationKind.OTHER,
  ],
];

/** Splits a whole number into n whole parts that add up to it exactly. */
export function allocate(total: number, n: number): number[] {
  const base = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => base + (i < total - base * n ? 1 : 0));
}

function sideKey(
  kind: PairingKind,
  helperRegion: string | null,
  helperOrg: string | null,
  helpedRegion: string | null,
  helpedOrg: string | null,
): string {
  return [kind, helperRegion ?? '', helperOrg ?? '', helpedRegion ?? '', helpedOrg ?? ''].join('|');
}

export class CooperationSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const rand = prng(1115);
    let serial = 500;
    const orgByName = new Map((await em.find(Organization, {})).map((o) => [o.name, o]));
    const org = (name: string, regionCode: string, kind = OrganizationKind.PARTY_GOVERNMENT): Organization => {
      let found = orgByName.get(name);
      if (!found) {
        found = em.create(Organization, { name, kind, regionCode, creditCode: creditCode(regionCode.padEnd(6, '0'), serial++, '11') });
        em.persist(found);
        orgByName.set(name, found);
      }
      return found;
    };
    const beijing = org('北京市乡村振兴局', '11');
    const im = org('内蒙古自治区乡村振兴局', '15');

    const pairing = (
      kind: PairingKind,
      helperRegion: string | null,
      helperOrg: string | null,
      helpedRegion: string | null,
      helpedOrg: string | null,
      startDate: string,
      extra: Partial<Pairing> = {},
    ): Pairing => {
      const p = em.create(Pairing, {
        kind,
        helperRegionCode: helperRegion,
        helperOrganizationId: helperOrg,
        helpedRegionCode: helpedRegion,
        helpedOrganizationId: helpedOrg,
        regionCode: helpedRegion!,
        sideKey: sideKey(kind, helperRegion, helperOrg, helpedRegion, helpedOrg),
        startDate,
        status: PairingStatus.ACTIVE,
        ...extra,
      });
      em.persist(p);
      return p;
    };

    // The framework agreement and its district ↔ county pairs run 2021–2030 (the end date is the first
    // day no longer in force).
    const agreement = pairing(PairingKind.EAST_WEST, '11', beijing.id, '15', im.id, '2021-01-01', {
      endDate: JINGMENG_END,
      targetFunds: 149_400_000_000,
      remark: '京蒙东西部协作框架协议，协作期 2021—2030 年（演示）',
    });
    const countyPairings: Pairing[] = JINGMENG_PAIRS.map(([district, name, county]) =>
      pairing(PairingKind.EAST_WEST, district, org(name, district).id, county, null, '2021-01-01', {
        endDate: JINGMENG_END,
        parentId: agreement.id,
        targetLabourTransfers: 8000,
        targetPurchases: 50_000_000_000,
      }),
    );
    await em.flush();

    // The adjustment chain: ended with a reason, successor starting the same day.
    const first = pairing(
      PairingKind.EAST_WEST,
      ADJUSTED.before[0],
      org(ADJUSTED.before[1], ADJUSTED.before[0]).id,
      ADJUSTED.county,
      null,
      '2021-01-01',
      {
        parentId: agreement.id,
        status: PairingStatus.ENDED,
        endDate: ADJUSTED.on,
        endReason: '帮扶力量调整，改由平谷区结对（演示）',
      },
    );
    await em.flush();
    const second = pairing(
      PairingKind.EAST_WEST,
      ADJUSTED.after[0],
      org(ADJUSTED.after[1], ADJUSTED.after[0]).id,
      ADJUSTED.county,
      null,
      ADJUSTED.on,
      { endDate: JINGMENG_END, parentId: agreement.id, predecessorId: first.id },
    );
    await em.flush();
    first.successorId = second.id;

    // Other kinds of pairing in the network (no projects): a five-year SOE pairing, a three-year 组团式
    // rotation that has ended, and an open-ended 万企兴万村 pairing.
    pairing(
      PairingKind.SOE,
      null,
      org('内蒙古电力（集团）有限责任公司', '1501', OrganizationKind.LOCAL_SOE).id,
      '150825',
      null,
      '2021-05-01',
      { endDate: '2031-05-01' },
    );
    pairing(
      PairingKind.GROUP,
      null,
      org('北京市第八中学', '110102', OrganizationKind.SCHOOL).id,
      null,
      org('乌拉特中旗第一中学', '150824', OrganizationKind.SCHOOL).id,
      '2021-09-01',
      {
        regionCode: '150824',
        endDate: '2024-09-01',
        status: PairingStatus.ENDED,
        endReason: '三年组团式帮扶期满（演示）',
      },
    );
    pairing(
      PairingKind.ENTERPRISE_VILLAGE,
      null,
      org('巴彦淖尔市河套农产品有限公司', '150821', OrganizationKind.PRIVATE_ENTERPRISE).id,
      '150824100201',
      null,
      '2021-03-01',
    );
    await em.flush();

    // 905 implemented 2021 projects over the ten county pairings (the adjusted pair counts both halves).
    const owners = [...countyPairings, first, second];
    const categories: CooperationCategory[] = [
      ...Array(JINGMENG_2021.parks).fill(CooperationCategory.INDUSTRIAL_PARK),
      ...Array(150).fill(CooperationCategory.INDUSTRY),
      ...Array(200).fill(CooperationCategory.LABOR),
      ...Array(124).fill(CooperationCategory.WORKSHOP),
      ...Array(120).fill(CooperationCategory.CONSUMPTION),
      ...Array(80).fill(CooperationCategory.EDUCATION),
      ...Array(70).fill(CooperationCategory.HEALTH),
      ...Array(40).fill(CooperationCategory.TALENT),
      ...Array(40).fill(CooperationCategory.DEMO_VILLAGE),
    ];
    while (categories.length < JINGMENG_2021.projects) categories.push(CooperationCategory.INFRASTRUCTURE);
    const labour = allocate(JINGMENG_2021.labourTransfers, 200);
    const povertyExited = allocate(JINGMENG_2021.povertyExitedTransfers, 200);
    const NAMES: Record<CooperationCategory, string> = {
      INDUSTRY: '产业合作项目',
      LABOR: '劳务协作项目',
      TALENT: '人才交流项目',
      CONSUMPTION: '消费帮扶项目',
      EDUCATION: '教育组团帮扶项目',
      HEALTH: '医疗组团帮扶项目',
      INDUSTRIAL_PARK: '京蒙共建产业园区',
      WORKSHOP: '帮扶车间',
      DEMO_VILLAGE: '乡村振兴示范村',
      INFRASTRUCTURE: '基础设施项目',
      OTHER: '其他项目',
    };
    let industry = 0;
    let labourIndex = 0;
    const counter = new Map<CooperationCategory, number>();
    categories.forEach((category, i) => {
      const owner = owners[i % owners.length];
      const n = (counter.get(category) ?? 0) + 1;
      counter.set(category, n);
      const r = i % 20;
      const status = r === 0 ? S.APPROVED : r <= 2 ? S.IN_PROGRESS : r <= 7 ? S.COMPLETED : S.ACCEPTED;
      const planned = (50 + Math.floor(rand() * 450)) * 10_000 * 100;
      const inPlace =
        status === S.APPROVED
          ? Math.floor((planned * 0.5) / 100) * 100
          : status === S.IN_PROGRESS
            ? Math.floor((planned * 0.8) / 100) * 100
            : planned;
      const disbursed = status === S.ACCEPTED ? inPlace : Math.floor((inPlace * (0.4 + rand() * 0.5)) / 100) * 100;
      const enterprises = category === CooperationCategory.INDUSTRY && industry < JINGMENG_2021.enterprises ? 1 : 0;
      industry += enterprises;
      const isLabour = category === CooperationCategory.LABOR;
      em.persist(
        em.create(CooperationProject, {
          pairingId: owner.id,
          countyCode: owner.helpedRegionCode!,
          regionCode: owner.helpedRegionCode!,
          name: `2021年${NAMES[category]}（${String(n).padStart(3, '0')}）`,
          category,
          year: 2021,
          status,
          plannedFunds: planned,
          fundsInPlace: inPlace,
          fundsDisbursed: disbursed,
          // Dates inside the owner's period: 延庆区's pairing ended on 2021-07-01, 平谷区's began then.
          startDate:
            status === S.APPROVED
              ? null
              : owner === first
                ? `2021-0${1 + (i % 5)}-15`
                : owner === second
                  ? `2021-0${7 + (i % 2)}-15`
                  : `2021-0${1 + (i % 6)}-15`,
          completionDate:
            status === S.COMPLETED || status === S.ACCEPTED
              ? owner === first
                ? '2021-06-28'
                : `2021-${String(owner === second ? 9 + (i % 3) : 7 + (i % 5)).padStart(2, '0')}-28`
              : null,
          peopleBenefitingPovertyExited: 20 + Math.floor(rand() * 200),
          peopleBenefitingMonitored: Math.floor(rand() * 30),
          jobsCreated: Math.floor(rand() * 40),
          enterprisesIntroduced: enterprises,
          investmentAttracted: enterprises ? (500 + Math.floor(rand() * 2000)) * 10_000 * 100 : 0,
          labourTransfers: isLabour ? labour[labourIndex] : 0,
          povertyExitedLabourTransfers: isLabour ? povertyExited[labourIndex] : 0,
          parkCoBuilt: category === CooperationCategory.INDUSTRIAL_PARK,
        }),
      );
      if (isLabour) labourIndex++;
    });
    // Not implemented (excluded from the totals, listed by status): drafts, a pending and a cancelled one.
    for (const [status, name] of [
      [S.DRAFT, '2022年京蒙协作冷链物流项目（草稿）'],
      [S.SUBMITTED, '2021年京蒙协作肉羊产业链延伸项目（待批复）'],
      [S.CANCELLED, '2021年京蒙协作文旅项目（已取消）'],
    ] as const) {
      em.persist(
        em.create(CooperationProject, {
          pairingId: countyPairings[0].id,
          countyCode: '150824',
          regionCode: '150824',
          name,
          category: CooperationCategory.INDUSTRY,
          year: status === S.DRAFT ? 2022 : 2021,
          status,
          plannedFunds: 3_000_000_00,
          enterprisesIntroduced: 1,
          labourTransfers: 100,
          povertyExitedLabourTransfers: 80,
        }),
      );
    }
    await em.flush();

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    em.persist(
      em.create(User, {
        username: DEMO_IM_ADMIN,
        displayName: '内蒙古省级管理员（演示）',
        roles: [Role.PROVINCIAL_ADMIN],
        regionCode: '15',
        organizationId: im.id,
        passwordHash,
      }),
    );
    // The county, township and village below the province, so its chains (product recommendation → certification, project submission → approval) are walked by different people.
    for (const [username, displayName, role, regionCode, body, kind] of DEMO_IM_STAFF) {
      em.persist(
        em.create(User, { username, displayName, roles: [role], regionCode, organizationId: org(body, regionCode, kind).id, passwordHash }),
      );
    }
    em.persist(
      em.create(User, {
        username: DEMO_PARTNER_USER,
        displayName: '朝阳区协作干部（演示）',
        roles: [Role.VIEWER],
        regionCode: '110105',
        organizationId: orgByName.get('北京市朝阳区人民政府')!.id,
        passwordHash,
      }),
    );
    await em.flush();
  }
}
