import { Field, Int, ObjectType } from 'type-graphql';
import { AssessmentRating, VillageType } from './workteam.entity';

/* ---------- rollup ---------- */

@ObjectType({ description: '按村类型统计 Teams and cadres on duty for one village type.' })
export class WorkTeamTypeCount {
  @Field(() => VillageType, { description: '村类型 (village type)' }) villageType: VillageType;
  @Field(() => Int, { description: '在驻工作队 (ACTIVE teams whose term overlaps the year)' }) teams: number;
  @Field(() => Int, { description: '在岗驻村干部 (cadres ON_DUTY in those teams)' }) cadresOnDuty: number;
  @Field(() => Int, { description: '在岗第一书记 (first secretaries ON_DUTY in those teams)' }) firstSecretaries: number;
}

@ObjectType({ description: '考核等次统计 Assessments of one rating.' })
export class AssessmentRatingCount {
  @Field(() => AssessmentRating, { description: '考核等次 (rating)' }) rating: AssessmentRating;
  @Field(() => Int, { description: '人数 (assessments)' }) count: number;
}

@ObjectType({
  description:
    '驻村工作汇总 WorkTeamRollup: teams and cadres on duty by village type, members overdue for training and assessment ratings within a region for a year (GROUP BY in the database).',
})
export class WorkTeamRollup {
  @Field(() => String, { description: '区划代码 (region code)' }) regionCode: string;
  @Field(() => Int, { description: '年度 (year)' }) year: number;
  @Field(() => [WorkTeamTypeCount], { description: '按村类型 (by village type)' }) byVillageType: WorkTeamTypeCount[];
  @Field(() => Int, { description: '在驻工作队合计 (ACTIVE teams in total)' }) teams: number;
  @Field(() => Int, { description: '在岗驻村干部合计 (cadres on duty in total)' }) cadresOnDuty: number;
  @Field(() => Int, { description: '未按期培训 (cadres on duty in ACTIVE teams with no training in their current term)' })
  membersOverdueForTraining: number;
  @Field(() => [AssessmentRatingCount], { description: '考核等次 (the year’s assessments by rating)' })
  assessmentRatings: AssessmentRatingCount[];
}
