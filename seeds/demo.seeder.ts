import { Seeder } from '@mikro-orm/seeder';
import type { EntityManager } from '@mikro-orm/core';
import { Organization, OrganizationKind } from '../server/src/modules/organization/organization.entity';
import { HouseholdCategory, LabourCapacity, MonitoringType, Person } from '../server/src/modules/person/person.entity';
import type { Gender } from '../server/src/modules/person/person.entity';
import { Region, RegionLevel } from '../server/src/modules/region/region.entity';
import { User } from '../server/src/modules/identity/identity.entity';
import { Role } from '../server/src/modules/identity/identity.roles';
import { actorFromUser, hashPassword } from '../server/src/modules/identity/identity.service';
import type { Actor } from '../server/src/core/access';
import { levelOfRegion } from '../server/src/core/workflow';
import { checkIdNumber } from '../server/src/core/identifiers';
import { encryptField, lookupHash, maskIdNumber, maskPhone } from '../server/src/core/crypto';
import { DEMO_COUNTIES } from './reference.seeder';
import { birthDate, chineseName, creditCode, idNumber, mobile, pick, prng } from './factories';

export const DEMO_PASSWORD = 'Demo#2025';
export const DEMO_TOWNSHIP = '620422100'; // 会宁县会师镇
export const DEMO_VILLAGE = '620422100001'; // 会师镇东山根社区 (村级; the first demo posts lie there)

/** Demo organizations: [name, kind, region code]. Partner governments and enterprises sit in the east. */
export const DEMO_ORGANIZATIONS: [string, OrganizationKind, string][] = [
  ['甘肃省乡村振兴局', OrganizationKind.PARTY_GOVERNMENT, '62'],
  ['白银市农业农村局', OrganizationKind.PARTY_GOVERNMENT, '6204'],
  ['会宁县乡村振兴局', OrganizationKind.PARTY_GOVERNMENT, '620422'],
  ['会宁县人力资源和社会保障局', OrganizationKind.PARTY_GOVERNMENT, '620422'],
  ['靖远县乡村振兴局', OrganizationKind.PARTY_GOVERNMENT, '620421'],
  ['景泰县乡村振兴局', OrganizationKind.PARTY_GOVERNMENT, '620423'],
  ['会宁县会师镇人民政府', OrganizationKind.PARTY_GOVERNMENT, '620422100'],
  ['甘肃省农业科学院', OrganizationKind.PUBLIC_INSTITUTION, '6201'],
  ['白银市第一人民医院', OrganizationKind.HOSPITAL, '6204'],
  ['国网甘肃省电力公司', OrganizationKind.LOCAL_SOE, '6201'],
  ['天津市乡村振兴局', OrganizationKind.PARTY_GOVERNMENT, '12'],
  ['天津市和平区人民政府', OrganizationKind.PARTY_GOVERNMENT, '120101'],
  ['北京市乡村振兴局', OrganizationKind.PARTY_GOVERNMENT, '11'],
  ['北京市朝阳区人民政府', OrganizationKind.PARTY_GOVERNMENT, '110105'],
  ['北京首农食品集团有限公司', OrganizationKind.LOCAL_SOE, '110105'],
  ['中国农业发展银行', OrganizationKind.CENTRAL_SOE, '11'],
  ['会宁县杂粮种植农民专业合作社', OrganizationKind.COOPERATIVE, '620422'],
  ['会宁县丰源小杂粮加工有限公司', OrganizationKind.PRIVATE_ENTERPRISE, '620422'],
  ['靖远县枸杞产业开发有限公司', OrganizationKind.PRIVATE_ENTERPRISE, '620421'],
  ['景泰县条山农场家庭农场', OrganizationKind.FAMILY_FARM, '620423'],
  ['五原县向日葵专业合作社', OrganizationKind.COOPERATIVE, '150821'],
  ['乌拉特中旗牧民肉羊合作社', OrganizationKind.COOPERATIVE, '150824'],
  ['巴彦淖尔市河套农产品有限公司', OrganizationKind.PRIVATE_ENTERPRISE, '150821'],
  ['内蒙古自治区乡村振兴局', OrganizationKind.PARTY_GOVERNMENT, '15'],
  ['昭觉县乡村振兴局', OrganizationKind.PARTY_GOVERNMENT, '513431'],
  ['浙江省杭州市西湖区人民政府', OrganizationKind.PARTY_GOVERNMENT, '330106'],
  ['会宁县第一中学', OrganizationKind.SCHOOL, '620422'],
  ['兰州大学', OrganizationKind.UNIVERSITY, '6201'],
  // Appended, so the organizations above keep their credit codes. A 居委会 is a 基层群众性自治组织 (code prefix 54).
  ['会宁县会师镇东山根社区居民委员会', OrganizationKind.OTHER, DEMO_VILLAGE],
];

/**
 * Demo accounts; listed in the README. Only created in demo mode. One per level of the 会宁 placement
 * chain (village → township → county), so it is walked by different people as the rules require.
 */
export const DEMO_USERS: { username: string; displayName: string; roles: Role[]; regionCode: string | null; organization?: string }[] = [
  {
    username: 'demo.province',
    displayName: '省级管理员（演示）',
    roles: [Role.PROVINCIAL_ADMIN],
    regionCode: '62',
    organization: '甘肃省乡村振兴局',
  },
  {
    username: 'demo.county',
    displayName: '会宁县审批人（演示）',
    roles: [Role.COUNTY_OFFICER],
    regionCode: '620422',
    organization: '会宁县乡村振兴局',
  },
  {
    username: 'demo.township',
    displayName: '会师镇经办人（演示）',
    roles: [Role.TOWNSHIP_OFFICER],
    regionCode: DEMO_TOWNSHIP,
    organization: '会宁县会师镇人民政府',
  },
  {
    username: 'demo.village',
    displayName: '东山根社区经办人（演示）',
    roles: [Role.VILLAGE_OPERATOR],
    regionCode: DEMO_VILLAGE,
    organization: '会宁县会师镇东山根社区居民委员会',
  },
  { username: 'demo.auditor', displayName: '审计管理员（演示）', roles: [Role.AUDIT_ADMIN], regionCode: null },
  { username: 'demo.security', displayName: '安全管理员（演示）', roles: [Role.SECURITY_ADMIN], regionCode: null },
];

const STAFF_ROLE: Record<string, Role> = {
  VILLAGE: Role.VILLAGE_OPERATOR,
  TOWNSHIP: Role.TOWNSHIP_OFFICER,
  COUNTY: Role.COUNTY_OFFICER,
  CITY: Role.CITY_OFFICER,
  PROVINCE: Role.PROVINCIAL_ADMIN,
};
const STAFF_TITLE: Record<string, string> = { VILLAGE: '经办人', TOWNSHIP: '经办人', COUNTY: '审批人', CITY: '经办人', PROVINCE: '管理员' };
let demoHash: Promise<string> | undefined;

/** The body an account of this region works for (it publishes that level's notices): found at exactly the region, or made for the demo. */
async function bodyOf(em: EntityManager, region: Region): Promise<Organization> {
  const level = levelOfRegion(region.code);
  const kind = level === 'VILLAGE' ? OrganizationKind.OTHER : OrganizationKind.PARTY_GOVERNMENT;
  const found = await em.findOne(Organization, { regionCode: region.code, kind }, { orderBy: { name: 'asc' } });
  if (found) return found;
  // A village's name is already its committee's (…村民委员会); a township's government and a county's bureau are named after it.
  const name = level === 'VILLAGE' ? region.name : level === 'TOWNSHIP' ? `${region.name}人民政府` : `${region.name}乡村振兴局`;
  const org = em.create(Organization, {
    name,
    kind,
    regionCode: region.code,
    creditCode: creditCode(region.code, 900_000 + Number(region.code.slice(6) || 0), kind === OrganizationKind.OTHER ? '54' : '11'),
  });
  em.persist(org);
  return org;
}

/**
 * The demo account working at a region (a village, township, county …): the listed demo account
 * when one sits there, otherwise one made for the demo (`demo.staff.<code>`, same password). Seeders
 * take each workflow step as the account of the step's level, so the demo history names real
 * accounts of the right level, never an anonymous seed.
 */
export async function staffActor(em: EntityManager, regionCode: string): Promise<Actor> {
  const role = STAFF_ROLE[levelOfRegion(regionCode)];
  if (!role) throw new Error(`no staff level for region ${regionCode}`);
  const here = await em.find(User, { regionCode }, { orderBy: { username: 'asc' } });
  let user = here.find((u) => u.roles.includes(role));
  if (!user) {
    const region = await em.findOneOrFail(Region, { code: regionCode });
    demoHash ??= hashPassword(DEMO_PASSWORD);
    user = em.create(User, {
      username: `demo.staff.${regionCode}`,
      displayName: `${region.name}${STAFF_TITLE[levelOfRegion(regionCode)]}（演示）`,
      roles: [role],
      regionCode,
      organizationId: (await bodyOf(em, region)).id,
      passwordHash: await demoHash,
    });
    em.persist(user);
    await em.flush();
  }
  return actorFromUser(user);
}

/**
 * Demo organizations, persons and accounts in the counties the policy texts name. Persons get
 * realistic names, valid ID numbers and a spread of household categories and labour capacities.
 */
export class DemoSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const rand = prng(622);
    let serial = 1;
    for (const [name, kind, regionCode] of DEMO_ORGANIZATIONS) {
      const org = em.create(Organization, {
        name,
        kind,
        regionCode,
        creditCode: creditCode(
          regionCode.padEnd(6, '0'),
          serial++,
          kind === OrganizationKind.PARTY_GOVERNMENT
            ? '11'
            : kind === OrganizationKind.COOPERATIVE
              ? '93'
              : kind === OrganizationKind.OTHER
                ? '54'
                : '91',
        ),
      });
      em.persist(org);
    }
    await em.flush();

    // Persons: about 24 per demo county, spread over that county's villages.
    const perCounty = 24;
    let seq = 100;
    for (const county of Object.values(DEMO_COUNTIES)) {
      const villages = await em.find(
        Region,
        { level: RegionLevel.VILLAGE, code: { $like: `${county}%` } },
        { orderBy: { code: 'asc' }, limit: 40 },
      );
      for (let i = 0; i < perCounty && villages.length; i++) {
        const male = rand() < 0.55;
        const born = i === 0 ? birthDate(rand, 66, 70) : i === 1 ? birthDate(rand, 14, 15) : birthDate(rand, 18, 63);
        const id = idNumber(county, born, seq++, male);
        const facts = checkIdNumber(id);
        if (!facts.ok) throw new Error(`demo ID ${id} invalid`);
        const phone = mobile(rand);
        const category =
          i % 3 === 0
            ? HouseholdCategory.POVERTY_EXITED
            : i % 3 === 1
              ? HouseholdCategory.MONITORED
              : rand() < 0.5
                ? HouseholdCategory.POVERTY_EXITED
                : HouseholdCategory.ORDINARY;
        em.persist(
          em.create(Person, {
            name: chineseName(rand, male),
            idNumberEncrypted: encryptField(id),
            idNumberHash: lookupHash(id),
            idNumberMasked: maskIdNumber(id)!,
            gender: facts.facts.gender as Gender,
            birthDate: facts.facts.birthDate,
            phoneEncrypted: encryptField(phone),
            phoneMasked: maskPhone(phone),
            villageCode: pick(rand, villages.slice(0, 12)).code,
            householdCategory: category,
            monitoringType:
              category === HouseholdCategory.MONITORED
                ? pick(rand, [MonitoringType.UNSTABLE, MonitoringType.MARGINAL, MonitoringType.SUDDEN_HARDSHIP])
                : null,
            labourCapacity: i === 2 ? LabourCapacity.NONE : i % 5 === 4 ? LabourCapacity.WEAK : LabourCapacity.FULL,
            minimumLiving: i % 7 === 0,
            extremeHardship: false,
            disabled: i % 11 === 5,
            relocated: i % 6 === 1,
            villageCadreOrRelative: i === 3,
          }),
        );
      }
    }
    await em.flush();

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const orgs = new Map((await em.find(Organization, {})).map((o) => [o.name, o.id]));
    for (const u of DEMO_USERS) {
      em.persist(
        em.create(User, {
          username: u.username,
          displayName: u.displayName,
          roles: u.roles,
          regionCode: u.regionCode,
          organizationId: u.organization ? orgs.get(u.organization)! : null,
          passwordHash,
        }),
      );
    }
    await em.flush();
  }
}
