import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Record } from '../../core/entity';
import { LocalDateScalar, MoneyScalar, fenColumn } from '../../core/scalars';
import { Region } from '../region/region.entity';
import { Organization } from '../organization/organization.entity';
import { Gender } from '../person/person.entity';

export enum VillageType {
  KEY_VILLAGE = 'KEY_VILLAGE',
  POVERTY_EXITED_VILLAGE = 'POVERTY_EXITED_VILLAGE',
  RELOCATION_SITE = 'RELOCATION_SITE',
  OTHER = 'OTHER',
}
registerEnumType(VillageType, {
  name: 'VillageType',
  description: '村类型 Kind of village a work team is sent to.',
  valuesConfig: {
    KEY_VILLAGE: { description: '重点帮扶村 (key assistance village)' },
    POVERTY_EXITED_VILLAGE: { description: '脱贫村 (poverty-exited village)' },
    RELOCATION_SITE: { description: '易地搬迁安置村 (relocation resettlement village)' },
    OTHER: { description: '其他 (other)' },
  },
});

export enum WorkTeamStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  RECALLED = 'RECALLED',
}
registerEnumType(WorkTeamStatus, {
  name: 'WorkTeamStatus',
  description: '工作队状态 Status of a work team (changes only through transitionWorkTeam).',
  valuesConfig: {
    PROPOSED: { description: '拟派 (proposed)' },
    APPROVED: { description: '已审批 (approved, not yet in the village)' },
    ACTIVE: { description: '在驻 (stationed in the village)' },
    COMPLETED: { description: '期满 (term completed)' },
    RECALLED: { description: '召回 (recalled)' },
  },
});

export enum MemberRole {
  FIRST_SECRETARY = 'FIRST_SECRETARY',
  MEMBER = 'MEMBER',
}
registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: '队内职务 Role in the work team.',
  valuesConfig: {
    FIRST_SECRETARY: { description: '第一书记 (first secretary, leads the team)' },
    MEMBER: { description: '队员 (team member)' },
  },
});

export enum MemberStatus {
  ON_DUTY = 'ON_DUTY',
  ROTATED = 'ROTATED',
  RECALLED = 'RECALLED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(MemberStatus, {
  name: 'MemberStatus',
  description: '驻村状态 Whether a cadre is still on duty.',
  valuesConfig: {
    ON_DUTY: { description: '在岗 (on duty)' },
    ROTATED: { description: '轮换 (rotated out, replaced)' },
    RECALLED: { description: '召回 (recalled)' },
    COMPLETED: { description: '期满 (term completed)' },
  },
});

export enum AssessmentRating {
  EXCELLENT = 'EXCELLENT',
  COMPETENT = 'COMPETENT',
  BASICALLY_COMPETENT = 'BASICALLY_COMPETENT',
  INCOMPETENT = 'INCOMPETENT',
}
registerEnumType(AssessmentRating, {
  name: 'AssessmentRating',
  description: '考核等次 Annual assessment rating.',
  valuesConfig: {
    EXCELLENT: { description: '优秀 (excellent)' },
    COMPETENT: { description: '称职 (competent)' },
    BASICALLY_COMPETENT: { description: '基本称职 (basically competent)' },
    INCOMPETENT: { description: '不称职 (incompetent)' },
  },
});

/** A resident work team (驻村工作队) sent to one village by a dispatching organization. */
@ObjectType({ description: '驻村工作队 WorkTeam: a resident work team sent to a village by a dispatching organization.' })
@Entity({ tableName: 'work_team' })
export class WorkTeam extends Record<'status'> {
  @Field(() => String, { description: '驻村代码 (village code, 12 digits)' })
  @ManyToOne(() => Region, { mapToPk: true, fieldName: 'village_code', index: true })
  villageCode: string;

  /** Denormalized from the village for per-county rollups. */
  @Field(() => String, { description: '县级区划代码 (county code of the village)' })
  @ManyToOne(() => Region, { mapToPk: true, fieldName: 'county_code', index: true })
  countyCode: string;

  @ManyToOne(() => Organization, { mapToPk: true, fieldName: 'dispatching_organization_id', index: true })
  dispatchingOrganizationId: string;

  @Field(() => VillageType, { description: '村类型 (village type)' })
  @Enum({ items: () => VillageType, type: 'string', index: true })
  villageType: VillageType;

  @Field(() => LocalDateScalar, { description: '任期开始 (term start)' })
  @Property({ type: 'string', length: 10, index: true })
  termStart: string;

  @Field(() => LocalDateScalar, { description: '任期结束 (term end; default term start + WORK_TEAM_TERM_YEARS)' })
  @Property({ type: 'string', length: 10, index: true })
  termEnd: string;

  @Field(() => MoneyScalar, { nullable: true, description: '进驻时村集体经济收入 (village collective income at start, yuan/year)' })
  @Property({ type: fenColumn(), nullable: true })
  collectiveIncomeAtStart?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: '最新村集体经济收入 (latest village collective income, yuan/year)' })
  @Property({ type: fenColumn(), nullable: true })
  collectiveIncomeLatest?: number | null;

  @Field(() => WorkTeamStatus, { description: '状态 (status; changes only through transitionWorkTeam)' })
  @Enum({ items: () => WorkTeamStatus, type: 'string', index: true })
  status: WorkTeamStatus = WorkTeamStatus.PROPOSED;

  @Field(() => String, { nullable: true, description: '备注 (notes)' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}

/**
 * A cadre's membership of a team (驻村干部). A person is identified by name + phone (keyed hash
 * `identityHash`); while ON_DUTY the hash is unique (partial unique index), so nobody is an active
 * member of two teams. Leaving keeps the row (ROTATED/RECALLED/COMPLETED) as history.
 */
@ObjectType({ description: '驻村干部 TeamMember: one cadre’s membership of a work team (first secretary or member).' })
@Entity({ tableName: 'team_member' })
export class TeamMember extends Record<'status' | 'partyMember'> {
  @ManyToOne(() => WorkTeam, { mapToPk: true, fieldName: 'team_id', index: true })
  teamId: string;

  @Field(() => String, { description: '驻村代码 (village code, copied from the team)' })
  @Property({ type: 'string', length: 12, index: true })
  villageCode: string;

  @Field(() => String, { description: '姓名 (name)' })
  @Property({ type: 'string', length: 50, index: true })
  name: string;

  @Field(() => Gender, { description: '性别 (gender)' })
  @Enum({ items: () => Gender, type: 'string' })
  gender: Gender;

  @ManyToOne(() => Organization, { mapToPk: true, fieldName: 'organization_id', nullable: true, index: true })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: '原单位职务 (post in the home organization)' })
  @Property({ type: 'string', length: 100, nullable: true })
  post?: string | null;

  @Field(() => MemberRole, { description: '队内职务 (role: first secretary or member)' })
  @Enum({ items: () => MemberRole, type: 'string', index: true })
  role: MemberRole;

  @Field(() => Boolean, { description: '中共党员 (Party member)' })
  @Property({ type: 'boolean', default: false, index: true })
  partyMember: boolean = false;

  @Property({ type: 'text', hidden: true })
  phoneEncrypted: string;

  @Field(() => String, { description: '联系电话 (phone, masked such as 138****5678)' })
  @Property({ type: 'string', length: 20 })
  phoneMasked: string;

  /** Keyed hash of name + phone: who the person is, without storing the phone in clear. */
  @Property({ type: 'string', length: 64, index: true, hidden: true })
  identityHash: string;

  @Field(() => LocalDateScalar, { description: '驻村开始日期 (start of duty)' })
  @Property({ type: 'string', length: 10, index: true })
  startDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '离岗日期 (end of duty)' })
  @Property({ type: 'string', length: 10, nullable: true })
  endDate?: string | null;

  @Field(() => MemberStatus, {
    description: '驻村状态 (status; changes through replaceTeamMember, endTeamMembership or the team workflow)',
  })
  @Enum({ items: () => MemberStatus, type: 'string', index: true })
  status: MemberStatus = MemberStatus.ON_DUTY;

  @Field(() => String, { nullable: true, description: '离岗原因 (reason for leaving)' })
  @Property({ type: 'text', nullable: true })
  leaveReason?: string | null;

  @Property({ type: 'string', length: 36, nullable: true })
  replacesMemberId?: string | null;
}

/** A training session (培训); attendees are members, through TrainingAttendance. */
@ObjectType({ description: '培训 Training: a training session for work-team cadres.' })
@Entity({ tableName: 'training' })
export class Training extends Record {
  @Field(() => String, { description: '举办地区划代码 (region that organizes it; decides who may see it)' })
  @ManyToOne(() => Region, { mapToPk: true, fieldName: 'region_code', index: true })
  regionCode: string;

  @Field(() => LocalDateScalar, { description: '培训日期 (date)' })
  @Property({ type: 'string', length: 10, index: true })
  date: string;

  @Field(() => String, { description: '培训主题 (topic)' })
  @Property({ type: 'string', length: 200, index: true })
  topic: string;

  @Field(() => Float, { description: '学时 (hours)' })
  @Property({ type: 'double' })
  hours: number;

  @Field(() => String, { description: '主办单位 (organizer)' })
  @Property({ type: 'string', length: 200 })
  organizer: string;
}

/** Join entity: one member attended one training. */
@ObjectType({ description: '培训参加记录 TrainingAttendance: a member attended a training.' })
@Entity({ tableName: 'training_attendance' })
@Unique({ properties: ['trainingId', 'memberId'] })
export class TrainingAttendance extends Record {
  @ManyToOne(() => Training, { mapToPk: true, fieldName: 'training_id', index: true })
  trainingId: string;

  @ManyToOne(() => TeamMember, { mapToPk: true, fieldName: 'member_id', index: true })
  memberId: string;

  @Field(() => String, { description: '驻村代码 (village code of the member)' })
  @Property({ type: 'string', length: 12, index: true })
  villageCode: string;
}

/** Annual assessment (年度考核) of a member; one per member and year. */
@ObjectType({ description: '年度考核 MemberAssessment: a cadre’s annual assessment on the four criteria.' })
@Entity({ tableName: 'member_assessment' })
@Unique({ properties: ['memberId', 'year'] })
export class MemberAssessment extends Record {
  @ManyToOne(() => TeamMember, { mapToPk: true, fieldName: 'member_id', index: true })
  memberId: string;

  @Field(() => String, { description: '驻村代码 (village code of the member)' })
  @Property({ type: 'string', length: 12, index: true })
  villageCode: string;

  @Field(() => Int, { description: '考核年度 (year)' })
  @Property({ type: 'integer', index: true })
  year: number;

  @Field(() => AssessmentRating, { description: '考核等次 (rating)' })
  @Enum({ items: () => AssessmentRating, type: 'string', index: true })
  rating: AssessmentRating;

  @Field(() => Int, { description: '驻村时间得分 (time in the village, score 0–100; assessed, not tracked)' })
  @Property({ type: 'integer' })
  timeInVillageScore: number;

  @Field(() => Int, { description: '集体经济发展得分 (collective economy growth, score 0–100)' })
  @Property({ type: 'integer' })
  collectiveEconomyScore: number;

  @Field(() => Int, { description: '群众评价得分 (villagers’ evaluation, score 0–100)' })
  @Property({ type: 'integer' })
  villagerEvaluationScore: number;

  @Field(() => Int, { description: '工作实效得分 (results, score 0–100)' })
  @Property({ type: 'integer' })
  resultsScore: number;

  @Field(() => String, { nullable: true, description: '评语 (comment)' })
  @Property({ type: 'text', nullable: true })
  comment?: string | null;
}
