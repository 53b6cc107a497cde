import { DateTimeType, Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Record } from '../../core/entity';
import { LocalDateScalar, MoneyScalar, fenColumn } from '../../core/scalars';
import { Region } from '../region/region.entity';
import { HouseholdCategory, MonitoringType, Person } from '../person/person.entity';
import { JobPlacement } from '../welfare/welfare.entity';
import { TeamMember } from '../workteam/workteam.entity';

export enum RiskCause {
  ILLNESS = 'ILLNESS',
  DISABILITY = 'DISABILITY',
  DISASTER = 'DISASTER',
  ACCIDENT = 'ACCIDENT',
  LOSS_OF_WORK = 'LOSS_OF_WORK',
  EDUCATION_COSTS = 'EDUCATION_COSTS',
  OTHER = 'OTHER',
}
registerEnumType(RiskCause, {
  name: 'RiskCause',
  description: '风险类型 Cause of the risk of relapse into poverty (a case may have several).',
  valuesConfig: {
    ILLNESS: { description: '因病 (illness; health detail is personal data)' },
    DISABILITY: { description: '因残 (disability)' },
    DISASTER: { description: '因灾 (natural disaster)' },
    ACCIDENT: { description: '因意外事故 (accident)' },
    LOSS_OF_WORK: { description: '因务工就业不稳 (loss of work)' },
    EDUCATION_COSTS: { description: '因学 (education costs)' },
    OTHER: { description: '其他 (other)' },
  },
});

export enum DiscoveryChannel {
  SELF_DECLARED = 'SELF_DECLARED',
  CADRE_SCREENING = 'CADRE_SCREENING',
  DEPARTMENT_ALERT = 'DEPARTMENT_ALERT',
}
registerEnumType(DiscoveryChannel, {
  name: 'DiscoveryChannel',
  description: '发现方式 How the risk came to light.',
  valuesConfig: {
    SELF_DECLARED: { description: '农户自主申报 (the household declared it)' },
    CADRE_SCREENING: { description: '基层干部排查 (found by village or township cadres)' },
    DEPARTMENT_ALERT: { description: '部门筛查预警 (alert from departments’ data screening)' },
  },
});

export enum IncomeSource {
  WAGES = 'WAGES',
  BUSINESS = 'BUSINESS',
  PROPERTY = 'PROPERTY',
  TRANSFER = 'TRANSFER',
}
registerEnumType(IncomeSource, {
  name: 'IncomeSource',
  description: '收入来源 Source of a household income record.',
  valuesConfig: {
    WAGES: { description: '工资性收入 (wages)' },
    BUSINESS: { description: '经营性收入 (household business)' },
    PROPERTY: { description: '财产性收入 (property)' },
    TRANSFER: { description: '转移性收入 (transfers: pensions, allowances, subsidies)' },
  },
});

export enum MonitoringCaseStatus {
  CLUE = 'CLUE',
  CHECKED = 'CHECKED',
  CONSENTED = 'CONSENTED',
  COMPARED = 'COMPARED',
  VILLAGE_REVIEWED = 'VILLAGE_REVIEWED',
  PUBLICIZING = 'PUBLICIZING',
  TOWNSHIP_REVIEWED = 'TOWNSHIP_REVIEWED',
  IDENTIFIED = 'IDENTIFIED',
  NOT_IDENTIFIED = 'NOT_IDENTIFIED',
  ELIMINATED = 'ELIMINATED',
}
registerEnumType(MonitoringCaseStatus, {
  name: 'MonitoringCaseStatus',
  description:
    '监测对象状态 Status of a monitoring case (identification: 风险预警 → 入户核查 → 承诺授权 → 信息比对 → 民主评议 → 公示 → 乡镇审核 → 县级审定).',
  valuesConfig: {
    CLUE: { description: '风险预警 (clue recorded; the 15 days run from the clue date)' },
    CHECKED: { description: '已入户核查 (household checked on a visit)' },
    CONSENTED: { description: '已承诺授权 (the household signed its consent to data checks)' },
    COMPARED: { description: '已信息比对 (departments’ data compared)' },
    VILLAGE_REVIEWED: { description: '已民主评议 (village review passed)' },
    PUBLICIZING: { description: '村级公示中 (village publicity)' },
    TOWNSHIP_REVIEWED: { description: '乡镇已审核 (township review passed)' },
    IDENTIFIED: { description: '已纳入 (identified as a monitored household by the county)' },
    NOT_IDENTIFIED: { description: '不予纳入 (not identified; the decision and its reason are in the history)' },
    ELIMINATED: {
      description: '风险已消除 (risk eliminated by the county’s decision on a RiskElimination; the household may be identified again)',
    },
  },
});

export enum MeasureKind {
  INDUSTRY = 'INDUSTRY',
  EMPLOYMENT = 'EMPLOYMENT',
  WELFARE_POST = 'WELFARE_POST',
  CONSUMPTION = 'CONSUMPTION',
  EDUCATION = 'EDUCATION',
  MEDICAL = 'MEDICAL',
  HOUSING = 'HOUSING',
  SOCIAL_ASSISTANCE = 'SOCIAL_ASSISTANCE',
  INSURANCE = 'INSURANCE',
  OTHER = 'OTHER',
}
registerEnumType(MeasureKind, {
  name: 'MeasureKind',
  description: '帮扶措施类型 Kind of an assistance measure (一户一策).',
  valuesConfig: {
    INDUSTRY: { description: '产业帮扶 (industry)' },
    EMPLOYMENT: { description: '就业帮扶 (employment)' },
    WELFARE_POST: { description: '公益性岗位 (public-welfare post; links the placement)' },
    CONSUMPTION: { description: '消费帮扶 (consumption assistance)' },
    EDUCATION: { description: '教育帮扶 (education)' },
    MEDICAL: { description: '医疗救助 (medical assistance)' },
    HOUSING: { description: '住房安全 (housing)' },
    SOCIAL_ASSISTANCE: { description: '社会救助/低保 (social assistance, minimum living allowance)' },
    INSURANCE: { description: '保险 (insurance, e.g. 防贫保)' },
    OTHER: { description: '其他 (other)' },
  },
});

export enum MeasureStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeasureStatus, {
  name: 'MeasureStatus',
  description: '措施落实状态 Progress of an assistance measure.',
  valuesConfig: {
    PLANNED: { description: '已计划 (planned)' },
    IN_PROGRESS: { description: '落实中 (in progress)' },
    DONE: { description: '已落实 (done)' },
    CANCELLED: { description: '已取消 (cancelled)' },
  },
});

/**
 * 监测标准: the yearly income per person below which a household is at risk, set by each province
 * with the date it takes effect (002: 6,000 yuan raised to 6,600 from October 2021). The line in force
 * on a date is the one with the latest start on or before it.
 */
@ObjectType({ description: '监测标准 MonitoringLine: a province’s monitoring income line and the date it takes effect.' })
@Entity({ tableName: 'monitoring_line' })
@Unique({ properties: ['provinceCode', 'effectiveFrom'] })
export class MonitoringLine extends Record {
  @Field(() => String, { description: '省级区划代码 (province code, 2 digits)' })
  @ManyToOne(() => Region, { mapToPk: true, index: true, fieldName: 'province_code' })
  provinceCode: string;

  @Field(() => Int, { description: '年度 (year the line was set for)' })
  @Property({ type: 'integer', index: true })
  year: number;

  @Field(() => MoneyScalar, { description: '监测标准 (yuan per person per year)' })
  @Property({ type: fenColumn() })
  amount: number;

  @Field(() => LocalDateScalar, { description: '执行日期 (in force from this date until the next line’s)' })
  @Property({ type: 'string', length: 10, index: true })
  effectiveFrom: string;

  @Field(() => String, { nullable: true, description: '依据文件 (the notice that set it)' })
  @Property({ type: 'string', length: 200, nullable: true })
  basis?: string | null;
}

/**
 * 农户: a household of a village. Its income per person is its income records of a year over its
 * size. The 三保障 and drinking water items are each secured or not, with the date they were checked.
 */
@ObjectType({ description: '农户 Household: a rural household, its income and its 三保障 and drinking-water status.' })
@Entity({ tableName: 'household' })
export class Household extends Record<
  'educationSecured' | 'medicalInsuranceSecured' | 'housingSecured' | 'drinkingWaterSecured' | 'compliantExpenses'
> {
  @Field(() => String, { description: '户主 id (head of the household, a person)' })
  @ManyToOne(() => Person, { mapToPk: true, index: true, fieldName: 'head_person_id', unique: true })
  headPersonId: string;

  @ManyToOne(() => Region, { mapToPk: true, index: true, fieldName: 'village_code' })
  villageCode: string;

  @Field(() => HouseholdCategory, { description: '户类别 (脱贫户 / 监测户 / 一般农户)' })
  @Enum({ items: () => HouseholdCategory, type: 'string', index: true })
  category: HouseholdCategory;

  @Field(() => Int, { description: '家庭人口 (household size, the divisor of income per person)' })
  @Property({ type: 'integer', index: true })
  size: number;

  @Field(() => Int, { description: '劳动力人数 (members able to work)' })
  @Property({ type: 'integer' })
  labourers: number;

  /** 合规自付支出 (e.g. medical): personal data, exposed by the resolver to holders of monitoring.reveal. */
  @Property({ type: fenColumn(), default: 0 })
  compliantExpenses: number = 0;

  @Field(() => Boolean, { description: '义务教育有保障 (compulsory education secured)' })
  @Property({ type: 'boolean', default: true, index: true })
  educationSecured: boolean = true;

  @Field(() => Boolean, { description: '基本医疗保险有保障 (basic medical insurance secured)' })
  @Property({ type: 'boolean', default: true, index: true })
  medicalInsuranceSecured: boolean = true;

  @Field(() => Boolean, { description: '住房安全有保障 (housing safety secured)' })
  @Property({ type: 'boolean', default: true, index: true })
  housingSecured: boolean = true;

  @Field(() => Boolean, { description: '饮水安全有保障 (safe drinking water secured)' })
  @Property({ type: 'boolean', default: true, index: true })
  drinkingWaterSecured: boolean = true;

  @Field(() => LocalDateScalar, { nullable: true, description: '三保障和饮水核实日期 (date the four items were last checked)' })
  @Property({ type: 'string', length: 10, nullable: true })
  securedCheckedOn?: string | null;
}

export enum HouseholdRelation {
  HEAD = 'HEAD',
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  CHILD_IN_LAW = 'CHILD_IN_LAW',
  GRANDCHILD = 'GRANDCHILD',
  PARENT = 'PARENT',
  GRANDPARENT = 'GRANDPARENT',
  SIBLING = 'SIBLING',
  OTHER = 'OTHER',
}
registerEnumType(HouseholdRelation, {
  name: 'HouseholdRelation',
  description: '与户主关系 Relation of a member to the head of the household.',
  valuesConfig: {
    HEAD: { description: '户主 (the head)' },
    SPOUSE: { description: '配偶 (spouse)' },
    CHILD: { description: '子女 (child)' },
    CHILD_IN_LAW: { description: '儿媳/女婿 (child-in-law)' },
    GRANDCHILD: { description: '孙子女/外孙子女 (grandchild)' },
    PARENT: { description: '父母 (parent)' },
    GRANDPARENT: { description: '祖父母/外祖父母 (grandparent)' },
    SIBLING: { description: '兄弟姐妹 (sibling)' },
    OTHER: { description: '其他 (other)' },
  },
});

/** A person's place in a household: one household per person, the head recorded as HEAD. */
@ObjectType({ description: '家庭成员 HouseholdMember: a person of a household and their relation to the head.' })
@Entity({ tableName: 'household_member' })
export class HouseholdMember extends Record {
  @Field(() => String, { description: '农户 id (household id)' })
  @ManyToOne(() => Household, { mapToPk: true, index: true, fieldName: 'household_id' })
  householdId: string;

  @Field(() => String, { description: '人员 id (person id; a person belongs to one household)' })
  @ManyToOne(() => Person, { mapToPk: true, index: true, unique: true, fieldName: 'person_id' })
  personId: string;

  @Field(() => String, { description: '区划代码 (region code for jurisdiction: the household’s village code)' })
  @Property({ type: 'string', length: 12, index: true })
  regionCode: string;

  @Field(() => HouseholdRelation, { description: '与户主关系 (relation to the head)' })
  @Enum({ items: () => HouseholdRelation, type: 'string', index: true })
  relation: HouseholdRelation;
}

/** One income record of a household: a year, a source and an amount in yuan. */
@ObjectType({ description: '农户收入 HouseholdIncome: a household’s income of one year from one source.' })
@Entity({ tableName: 'household_income' })
@Unique({ properties: ['householdId', 'year', 'source'] })
export class HouseholdIncome extends Record {
  @Field(() => String, { description: '农户 id (household id)' })
  @ManyToOne(() => Household, { mapToPk: true, index: true, fieldName: 'household_id' })
  householdId: string;

  @Field(() => String, { description: '区划代码 (region code for jurisdiction: the household’s village code)' })
  @Property({ type: 'string', length: 12, index: true })
  regionCode: string;

  @Field(() => Int, { description: '年度 (year)' })
  @Property({ type: 'integer', index: true })
  year: number;

  @Field(() => IncomeSource, { description: '收入来源 (source)' })
  @Enum({ items: () => IncomeSource, type: 'string' })
  source: IncomeSource;

  /** The household's total of the year from this source: personal data, exposed by the resolver to holders of monitoring.reveal. */
  @Property({ type: fenColumn() })
  amount: number;
}

/**
 * 监测对象: one household's case, from the clue to the county's decision. The decision is due within
 * 15 days of the clue date (`deadline`); a case still undecided after it is overdue, flagged by the
 * daily job and shown in every list.
 */
@ObjectType({
  description: '监测对象 MonitoringCase: a household at risk of relapse into poverty, from the clue to the county’s decision.',
})
@Entity({ tableName: 'monitoring_case' })
export class MonitoringCase extends Record<'status' | 'overdue'> {
  @Field(() => String, { description: '农户 id (household id)' })
  @ManyToOne(() => Household, { mapToPk: true, index: true, fieldName: 'household_id' })
  householdId: string;

  @Field(() => String, { description: '区划代码 (region code for jurisdiction: the household’s village code)' })
  @Property({ type: 'string', length: 12, index: true })
  regionCode: string;

  @Field(() => MonitoringType, { description: '监测类型 (脱贫不稳定户 / 边缘易致贫户 / 突发严重困难户)' })
  @Enum({ items: () => MonitoringType, type: 'string', index: true })
  type: MonitoringType;

  /** The causes as `,ILLNESS,DISASTER,` so one LIKE finds a cause; exposed as a list. */
  @Property({ type: 'string', length: 200 })
  riskCauseList: string;

  @Field(() => DiscoveryChannel, { description: '发现方式 (how the risk came to light)' })
  @Enum({ items: () => DiscoveryChannel, type: 'string' })
  discoveredBy: DiscoveryChannel;

  @Field(() => LocalDateScalar, { description: '预警日期 (clue date: the 15 days to a decision run from it)' })
  @Property({ type: 'string', length: 10, index: true })
  clueDate: string;

  @Field(() => LocalDateScalar, { description: '认定时限 (decision due by this date: clue date + 15 days)' })
  @Property({ type: 'string', length: 10, index: true })
  deadline: string;

  @Field(() => MonitoringCaseStatus, { description: '状态 (status; changes only through transitionMonitoringCase)' })
  @Enum({ items: () => MonitoringCaseStatus, type: 'string', index: true })
  status: MonitoringCaseStatus = MonitoringCaseStatus.CLUE;

  @Field(() => Boolean, { description: '已超时 (undecided after its deadline; set by the daily job and by every step)' })
  @Property({ type: 'boolean', default: false, index: true })
  overdue: boolean = false;

  @Field(() => String, { nullable: true, description: '风险描述 (what the clue says; no health detail)' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: '入户核查情况 (findings of the household check)' })
  @Property({ type: 'text', nullable: true })
  checkFindings?: string | null;

  @Field(() => String, { nullable: true, description: '承诺授权书编号 (reference of the household’s signed consent)' })
  @Property({ type: 'string', length: 64, nullable: true })
  consentReference?: string | null;

  @Field(() => String, { nullable: true, description: '信息比对结果 (result of the departments’ data check)' })
  @Property({ type: 'text', nullable: true })
  comparisonResult?: string | null;

  @Field(() => Date, { nullable: true, description: '公示开始时间 (when the village publicity started)' })
  @Property({ type: DateTimeType, nullable: true })
  publicizedAt?: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '认定日期 (date of the county’s decision)' })
  @Property({ type: 'string', length: 10, nullable: true, index: true })
  decidedOn?: string | null;
}

/** 一户一策: one measure of a case's assistance plan. A post measure links the placement it made. */
@ObjectType({ description: '帮扶措施 AssistanceMeasure: one measure of a monitored household’s plan (一户一策).' })
@Entity({ tableName: 'assistance_measure' })
export class AssistanceMeasure extends Record<'status'> {
  @Field(() => String, { description: '监测对象 id (case id)' })
  @ManyToOne(() => MonitoringCase, { mapToPk: true, index: true, fieldName: 'case_id' })
  caseId: string;

  @Field(() => String, { description: '区划代码 (region code for jurisdiction: the household’s village code)' })
  @Property({ type: 'string', length: 12, index: true })
  regionCode: string;

  @Field(() => MeasureKind, { description: '措施类型 (kind)' })
  @Enum({ items: () => MeasureKind, type: 'string', index: true })
  kind: MeasureKind;

  @Field(() => String, { description: '措施内容 (what is done)' })
  @Property({ type: 'string', length: 500 })
  content: string;

  @Field(() => String, { description: '责任人 (responsible person, often a work-team member)' })
  @Property({ type: 'string', length: 50 })
  responsible: string;

  @Field(() => MeasureStatus, { description: '落实状态 (status)' })
  @Enum({ items: () => MeasureStatus, type: 'string', index: true })
  status: MeasureStatus = MeasureStatus.PLANNED;

  @Field(() => MoneyScalar, { nullable: true, description: '帮扶资金 (money of the measure, yuan)' })
  @Property({ type: fenColumn(), nullable: true })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: '公益性岗位聘任 id (the placement, for a WELFARE_POST measure)' })
  @ManyToOne(() => JobPlacement, { mapToPk: true, nullable: true, index: true, fieldName: 'placement_id' })
  placementId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '计划完成日期 (due date)' })
  @Property({ type: 'string', length: 10, nullable: true, index: true })
  dueOn?: string | null;
}

export enum RiskEliminationStatus {
  PROPOSED = 'PROPOSED',
  VILLAGE_REVIEWED = 'VILLAGE_REVIEWED',
  PUBLICIZING = 'PUBLICIZING',
  TOWNSHIP_REVIEWED = 'TOWNSHIP_REVIEWED',
  ELIMINATED = 'ELIMINATED',
  REFUSED = 'REFUSED',
}
registerEnumType(RiskEliminationStatus, {
  name: 'RiskEliminationStatus',
  description: '风险消除状态 Status of a risk elimination (核查 → 民主评议 → 公示 → 乡镇审核 → 县级审定).',
  valuesConfig: {
    PROPOSED: { description: '已核查提出 (checked and proposed by the village)' },
    VILLAGE_REVIEWED: { description: '已民主评议 (village review passed)' },
    PUBLICIZING: { description: '公示中 (village publicity)' },
    TOWNSHIP_REVIEWED: { description: '乡镇已审核 (township review passed)' },
    ELIMINATED: { description: '已消除 (the county decided the risk is eliminated)' },
    REFUSED: { description: '不予消除 (refused; the reason is in the history)' },
  },
});

/** 走访: a work-team member or cadre visits a household; a visit that finds rising risk is followed up. */
@ObjectType({ description: '走访记录 HouseholdVisit: a visit to a household by a work-team member or cadre.' })
@Entity({ tableName: 'household_visit' })
export class HouseholdVisit extends Record<'riskRising'> {
  @Field(() => String, { description: '农户 id (household id)' })
  @ManyToOne(() => Household, { mapToPk: true, index: true, fieldName: 'household_id' })
  householdId: string;

  @Field(() => String, { description: '区划代码 (region code for jurisdiction: the household’s village code)' })
  @Property({ type: 'string', length: 12, index: true })
  regionCode: string;

  @Field(() => LocalDateScalar, { description: '走访日期 (visit date; not in the future)' })
  @Property({ type: 'string', length: 10, index: true })
  visitedOn: string;

  @Field(() => String, { description: '走访人 (who visited: a work-team member or cadre)' })
  @Property({ type: 'string', length: 50 })
  visitor: string;

  @Field(() => String, { nullable: true, description: '驻村干部 id (the work-team member who visited, when one did)' })
  @ManyToOne(() => TeamMember, { mapToPk: true, nullable: true, index: true, fieldName: 'team_member_id' })
  teamMemberId?: string | null;

  @Field(() => String, { description: '走访情况 (findings)' })
  @Property({ type: 'text' })
  findings: string;

  @Field(() => Boolean, { description: '风险上升 (the visit found the risk rising; blocks a risk elimination of the household)' })
  @Property({ type: 'boolean', default: false, index: true })
  riskRising: boolean = false;
}

/**
 * 风险消除: the procedure that ends an identified case, mirroring identification (check, village
 * review, publicity, township review, county decision). Allowed only when the household's income per
 * person is above the line in force, the 三保障 and drinking water are secured, the case has been
 * assisted for the configured months and no visit since the identification found the risk rising.
 */
@ObjectType({ description: '风险消除 RiskElimination: the procedure that ends a monitored household’s case.' })
@Entity({ tableName: 'risk_elimination' })
export class RiskElimination extends Record<'status'> {
  @Field(() => String, { description: '监测对象 id (case id)' })
  @ManyToOne(() => MonitoringCase, { mapToPk: true, index: true, fieldName: 'case_id' })
  caseId: string;

  @Field(() => String, { description: '区划代码 (region code for jurisdiction: the household’s village code)' })
  @Property({ type: 'string', length: 12, index: true })
  regionCode: string;

  @Field(() => String, { description: '核查情况 (findings of the check: income, 三保障, risks)' })
  @Property({ type: 'text' })
  findings: string;

  @Field(() => RiskEliminationStatus, { description: '状态 (status; changes only through transitionRiskElimination)' })
  @Enum({ items: () => RiskEliminationStatus, type: 'string', index: true })
  status: RiskEliminationStatus = RiskEliminationStatus.PROPOSED;

  @Field(() => Date, { nullable: true, description: '公示开始时间 (when the village publicity started)' })
  @Property({ type: DateTimeType, nullable: true })
  publicizedAt?: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '消除日期 (date of the county’s decision)' })
  @Property({ type: 'string', length: 10, nullable: true, index: true })
  decidedOn?: string | null;
}
