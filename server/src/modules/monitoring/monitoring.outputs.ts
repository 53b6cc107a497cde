import { Field, Float, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../core/scalars';
import { MonitoringType } from '../person/person.entity';
import { MeasureKind, MonitoringCaseStatus } from './monitoring.entity';

@ObjectType({ description: '状态计数 Cases in one status.' })
export class MonitoringStatusCount {
  @Field(() => MonitoringCaseStatus, { description: '状态 (status)' }) status: MonitoringCaseStatus;
  @Field(() => Int, { description: '户数 (cases)' }) count: number;
}

@ObjectType({ description: '类型计数 Cases of one monitoring type.' })
export class MonitoringTypeCount {
  @Field(() => MonitoringType, { description: '监测类型 (type)' }) type: MonitoringType;
  @Field(() => Int, { description: '户数 (cases)' }) count: number;
}

@ObjectType({ description: '措施计数 Assistance measures of one kind.' })
export class MeasureKindCount {
  @Field(() => MeasureKind, { description: '措施类型 (kind)' }) kind: MeasureKind;
  @Field(() => Int, { description: '措施数 (measures)' }) count: number;
  @Field(() => MoneyScalar, { description: '帮扶资金 (money of these measures, yuan)' }) amount: number;
}

@ObjectType({ description: '季度走访 Visits of one quarter (003: key groups in quarters 1 and 3, every household in 2 and 4).' })
export class QuarterVisits {
  @Field(() => Int, { description: '季度 (quarter, 1–4)' }) quarter: number;
  @Field(() => Int, { description: '走访次数 (visits)' }) visits: number;
  @Field(() => Int, { description: '走访户数 (households visited at least once)' }) householdsVisited: number;
  @Field(() => Float, {
    nullable: true,
    description: '走访覆盖率 (households visited ÷ households, %, one decimal; null without households)',
  })
  coverage: number | null;
}

@ObjectType({
  description:
    '防止返贫监测汇总 MonitoringRollup of a region and year. Cases: those whose clue date lies in the year. Households and the line: ' +
    'every household of the region against the line in force at the year’s end (today for the running year). Visits: those of the year.',
})
export class MonitoringRollup {
  @Field(() => String, { description: '区划代码 (region code; empty for your whole jurisdiction)' }) regionCode: string;
  @Field(() => Int, { description: '年度 (year)' }) year: number;
  @Field(() => Int, { description: '农户数 (households)' }) households: number;
  @Field(() => Int, { description: '低于监测标准户数 (households whose income per person of the year is below the line)' })
  householdsBelowLine: number;
  @Field(() => Int, { description: '监测对象数 (cases with a clue in the year)' }) cases: number;
  @Field(() => [MonitoringStatusCount], { description: '按状态 (cases by status)' }) byStatus: MonitoringStatusCount[];
  @Field(() => [MonitoringTypeCount], { description: '按类型 (cases by type)' }) byType: MonitoringTypeCount[];
  @Field(() => Int, { description: '已审定 (cases decided: identified or not)' }) decided: number;
  @Field(() => Int, { description: '按期审定 (decided within 15 days of the clue)' }) decidedWithinDeadline: number;
  @Field(() => Float, { nullable: true, description: '按期审定率 (decided within 15 days ÷ decided, %, one decimal)' })
  decidedWithinDeadlineShare: number | null;
  @Field(() => Int, { description: '超时未审定 (undecided after the 15 days)' }) overdue: number;
  @Field(() => Int, { description: '风险消除户数 (risk eliminations decided in the year)' }) eliminated: number;
  @Field(() => [MeasureKindCount], { description: '帮扶措施 (measures of the region’s cases by kind)' }) measuresByKind: MeasureKindCount[];
  @Field(() => [QuarterVisits], { description: '季度走访 (visits of the year by quarter, with coverage)' })
  visitsByQuarter: QuarterVisits[];
}
