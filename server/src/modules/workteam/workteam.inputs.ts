import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  ArchiveScope,
  BooleanFilter,
  DateTimeFilter,
  IdFilter,
  IntFilter,
  LocalDateFilter,
  RegionCodeFilter,
  StringFilter,
  enumFilter,
} from '../../core/filters';
import { PartialInput } from '../../core/input-types';
import { LocalDateScalar, MoneyScalar } from '../../core/scalars';
import { Gender } from '../person/person.entity';
import { AssessmentRating, MemberRole, MemberStatus, VillageType, WorkTeamStatus } from './workteam.entity';

const VillageTypeFilter = enumFilter(VillageType, 'VillageType');
const WorkTeamStatusFilter = enumFilter(WorkTeamStatus, 'WorkTeamStatus');
const MemberRoleFilter = enumFilter(MemberRole, 'MemberRole');
const MemberStatusFilter = enumFilter(MemberStatus, 'MemberStatus');
const AssessmentRatingFilter = enumFilter(AssessmentRating, 'AssessmentRating');

/* ---------- WorkTeam ---------- */

export enum WorkTeamSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  villageCode = 'villageCode',
  termStart = 'termStart',
  termEnd = 'termEnd',
  status = 'status',
}

@InputType({ description: '工作队筛选 Conditions on work teams.' })
export class WorkTeamFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '驻村 (village; `within` a township, county…)' })
  village?: RegionCodeFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '县 (county code)' }) county?: RegionCodeFilter;
  @Field(() => IdFilter, { nullable: true, description: '派出单位 (dispatching organization id)' }) dispatchingOrganization?: IdFilter;
  @Field(() => VillageTypeFilter, { nullable: true, description: '村类型 (village type)' }) villageType?: InstanceType<
    typeof VillageTypeFilter
  >;
  @Field(() => WorkTeamStatusFilter, { nullable: true, description: '状态 (status)' }) status?: InstanceType<typeof WorkTeamStatusFilter>;
  @Field(() => LocalDateFilter, { nullable: true, description: '任期开始 (term start)' }) termStart?: LocalDateFilter;
  @Field(() => LocalDateFilter, { nullable: true, description: '任期结束 (term end)' }) termEnd?: LocalDateFilter;
  @Field(() => Int, {
    nullable: true,
    description: '任期将满 (term ends within this many days from today, today included; ended terms excluded)',
  })
  termEndsWithinDays?: number;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [WorkTeamFilter], { nullable: true, description: 'All of these.' }) and?: WorkTeamFilter[];
  @Field(() => [WorkTeamFilter], { nullable: true, description: 'Any of these.' }) or?: WorkTeamFilter[];
}

@InputType({ description: '新建工作队 Propose a new work team (status PROPOSED).' })
export class CreateWorkTeamInput {
  @Field(() => String, { description: '驻村代码 (village code, 12 digits)' }) villageCode: string;
  @Field(() => ID, { description: '派出单位 (dispatching organization id)' }) dispatchingOrganizationId: string;
  @Field(() => VillageType, { description: '村类型 (village type)' }) villageType: VillageType;
  @Field(() => LocalDateScalar, { description: '任期开始 (term start)' }) termStart: string;
  @Field(() => LocalDateScalar, { nullable: true, description: '任期结束 (term end; default term start + WORK_TEAM_TERM_YEARS years)' })
  termEnd?: string;
  @Field(() => MoneyScalar, { nullable: true, description: '进驻时村集体经济收入 (collective income at start, yuan)' })
  collectiveIncomeAtStart?: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: '最新村集体经济收入 (latest collective income, yuan)' })
  collectiveIncomeLatest?: number | null;
  @Field(() => String, { nullable: true, description: '备注 (notes)' }) @IsOptional() @MaxLength(2000) notes?: string | null;
}

@InputType({ description: '修改工作队 Changes to a work team; the village cannot change and the status only through transitionWorkTeam.' })
export class UpdateWorkTeamInput extends PartialInput(CreateWorkTeamInput, {
  omit: ['villageCode'],
  descriptions: { termEnd: '任期结束 (term end)' },
}) {}

@InputType({ description: '工作队流转信息 What a work-team step may carry.' })
export class WorkTeamTransitionInput {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: '生效日期 (effective date for COMPLETE / RECALL: the end date of members on duty; default today)',
  })
  date?: string;
}

/* ---------- TeamMember ---------- */

export enum TeamMemberSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  name = 'name',
  startDate = 'startDate',
  role = 'role',
  status = 'status',
}

@InputType({ description: '驻村干部筛选 Conditions on team members.' })
export class TeamMemberFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: '工作队 (team id)' }) team?: IdFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '驻村 (village code)' }) village?: RegionCodeFilter;
  @Field(() => StringFilter, { nullable: true, description: '姓名 (name)' }) name?: StringFilter;
  @Field(() => MemberRoleFilter, { nullable: true, description: '队内职务 (role)' }) role?: InstanceType<typeof MemberRoleFilter>;
  @Field(() => MemberStatusFilter, { nullable: true, description: '驻村状态 (status)' }) status?: InstanceType<typeof MemberStatusFilter>;
  @Field(() => IdFilter, { nullable: true, description: '原单位 (organization id)' }) organization?: IdFilter;
  @Field(() => BooleanFilter, { nullable: true, description: '中共党员 (Party member)' }) partyMember?: BooleanFilter;
  @Field(() => Boolean, {
    nullable: true,
    description: '本任期未参加培训 (true: no training attended between the member’s start and the team’s term end; false: at least one)',
  })
  untrainedInTerm?: boolean;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [TeamMemberFilter], { nullable: true, description: 'All of these.' }) and?: TeamMemberFilter[];
  @Field(() => [TeamMemberFilter], { nullable: true, description: 'Any of these.' }) or?: TeamMemberFilter[];
}

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

@InputType({ description: '驻村干部信息 A cadre joining a team.' })
export class NewTeamMemberInput {
  @Field(() => String, { description: '姓名 (name)' }) @Length(2, 50) name: string;
  @Field(() => Gender, { description: '性别 (gender)' }) gender: Gender;
  @Field(() => String, { description: '联系电话 (phone; with the name it identifies the person, stored encrypted)' })
  @Matches(PHONE, { message: '联系电话须为11位手机号或带区号的固定电话 (phone must be a mobile or landline number)' })
  phone: string;
  @Field(() => ID, { nullable: true, description: '原单位 (home organization id)' }) organizationId?: string | null;
  @Field(() => String, { nullable: true, description: '原单位职务 (post)' }) @IsOptional() @MaxLength(100) post?: string | null;
  @Field(() => MemberRole, { nullable: true, description: '队内职务 (role; default MEMBER, or the replaced member’s role)' })
  role?: MemberRole;
  @Field(() => Boolean, { nullable: true, description: '中共党员 (Party member)' }) partyMember?: boolean;
  @Field(() => LocalDateScalar, { nullable: true, description: '驻村开始日期 (start; default the later of today and the term start)' })
  startDate?: string;
}

@InputType({ description: '新增驻村干部 Add a cadre to a team.' })
export class CreateTeamMemberInput extends NewTeamMemberInput {
  @Field(() => ID, { description: '工作队 (team id)' }) teamId: string;
}

@InputType({ description: '修改驻村干部 Changes to a member; the team and status cannot change here.' })
export class UpdateTeamMemberInput extends PartialInput(CreateTeamMemberInput, {
  omit: ['teamId', 'startDate'],
  descriptions: { role: '队内职务 (role)' },
}) {}

/* ---------- Training ---------- */

export enum TrainingSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  date = 'date',
  topic = 'topic',
}

@InputType({ description: '培训筛选 Conditions on trainings.' })
export class TrainingFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '举办地 (region)' }) region?: RegionCodeFilter;
  @Field(() => LocalDateFilter, { nullable: true, description: '培训日期 (date)' }) date?: LocalDateFilter;
  @Field(() => StringFilter, { nullable: true, description: '培训主题 (topic)' }) topic?: StringFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [TrainingFilter], { nullable: true, description: 'All of these.' }) and?: TrainingFilter[];
  @Field(() => [TrainingFilter], { nullable: true, description: 'Any of these.' }) or?: TrainingFilter[];
}

@InputType({ description: '新建培训 A new training with its attendees.' })
export class CreateTrainingInput {
  @Field(() => String, { description: '举办地区划代码 (organizing region code)' }) regionCode: string;
  @Field(() => LocalDateScalar, { description: '培训日期 (date)' }) date: string;
  @Field(() => String, { description: '培训主题 (topic)' }) @Length(2, 200) topic: string;
  @Field(() => Float, { description: '学时 (hours, > 0, at most 200)' }) @Min(0.5) @Max(200) hours: number;
  @Field(() => String, { description: '主办单位 (organizer)' }) @Length(2, 200) organizer: string;
  @Field(() => [ID], { nullable: true, description: '参训人员 (member ids who attended)' }) attendeeIds?: string[];
}

@InputType({ description: '修改培训 Changes to a training; attendees change with setTrainingAttendees.' })
export class UpdateTrainingInput extends PartialInput(CreateTrainingInput, { omit: ['regionCode', 'attendeeIds'] }) {}

/* ---------- MemberAssessment ---------- */

export enum MemberAssessmentSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  year = 'year',
  rating = 'rating',
}

@InputType({ description: '年度考核筛选 Conditions on assessments.' })
export class MemberAssessmentFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: '驻村干部 (member id)' }) member?: IdFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '驻村 (village code)' }) village?: RegionCodeFilter;
  @Field(() => IntFilter, { nullable: true, description: '考核年度 (year)' }) year?: IntFilter;
  @Field(() => AssessmentRatingFilter, { nullable: true, description: '考核等次 (rating)' }) rating?: InstanceType<
    typeof AssessmentRatingFilter
  >;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [MemberAssessmentFilter], { nullable: true, description: 'All of these.' }) and?: MemberAssessmentFilter[];
  @Field(() => [MemberAssessmentFilter], { nullable: true, description: 'Any of these.' }) or?: MemberAssessmentFilter[];
}

/*
 * The four criteria are part of every assessment (the record stores all four, NOT NULL), so a new
 * assessment must give them: the schema declares them required on create and optional on update.
 */
@InputType({
  description: '新建年度考核 A member’s assessment for a year; one per member and year. Rating and all four criteria are required.',
})
export class CreateMemberAssessmentInput {
  @Field(() => ID, { description: '驻村干部 (member id)' }) memberId: string;
  @Field(() => Int, { description: '考核年度 (year)' }) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => AssessmentRating, { description: '考核等次 (rating)' }) rating: AssessmentRating;
  @Field(() => Int, { description: '驻村时间得分 (time in the village, 0–100; required)' })
  @IsInt()
  @Min(0)
  @Max(100)
  timeInVillageScore: number;
  @Field(() => Int, { description: '集体经济发展得分 (collective economy, 0–100; required)' })
  @IsInt()
  @Min(0)
  @Max(100)
  collectiveEconomyScore: number;
  @Field(() => Int, { description: '群众评价得分 (villagers’ evaluation, 0–100; required)' })
  @IsInt()
  @Min(0)
  @Max(100)
  villagerEvaluationScore: number;
  @Field(() => Int, { description: '工作实效得分 (results, 0–100; required)' }) @IsInt() @Min(0) @Max(100) resultsScore: number;
  @Field(() => String, { nullable: true, description: '评语 (comment; optional)' }) @IsOptional() @MaxLength(2000) comment?: string | null;
}

@InputType({ description: '修改年度考核 Changes to an assessment; omitted fields keep their value; member and year cannot change.' })
export class UpdateMemberAssessmentInput extends PartialInput(CreateMemberAssessmentInput, {
  omit: ['memberId', 'year'],
  descriptions: {
    timeInVillageScore: '驻村时间得分 (time in the village, 0–100)',
    collectiveEconomyScore: '集体经济发展得分 (collective economy, 0–100)',
    villagerEvaluationScore: '群众评价得分 (villagers’ evaluation, 0–100)',
    resultsScore: '工作实效得分 (results, 0–100)',
  },
}) {}
