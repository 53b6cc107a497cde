import { Field, Float, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../core/scalars';
import { FundSource, KeyCountyLevel } from './keycounty.entity';

/* ---------- rollup outputs ---------- */

@ObjectType({ description: '资金汇总 FundSummary: linkage funds summed (by source, or in total), with 支出进度 and 开工率.' })
export class FundSummary {
  @Field(() => FundSource, { nullable: true, description: '资金来源 (source; null for the total)' }) source: FundSource | null;
  @Field(() => Int, { nullable: true, description: '年度 (year; null when summed over years)' }) year: number | null;
  @Field(() => MoneyScalar, { description: '下达金额 (amount, yuan)' }) amount: number;
  @Field(() => MoneyScalar, { description: '已支出金额 (disbursed, yuan)' }) disbursed: number;
  @Field(() => MoneyScalar, { description: '产业发展资金 (amount for industry, yuan)' }) industryAmount: number;
  @Field(() => Int, { description: '项目数 (projects)' }) projectCount: number;
  @Field(() => Int, { description: '已开工项目数 (projects started)' }) projectsStarted: number;
  @Field(() => Float, {
    nullable: true,
    description: '支出进度 (disbursed ÷ amount, %, rounded half up to 0.1 from the exact integers; null when nothing allocated)',
  })
  disbursementRate: number | null;
  @Field(() => Float, { nullable: true, description: '开工率 (started ÷ projects, %, rounded half up to 0.1; null when no projects)' })
  startRate: number | null;
  @Field(() => Float, {
    nullable: true,
    description: '产业资金占比 (industry ÷ amount, %, rounded half up to 0.1; null when nothing allocated)',
  })
  industryShare: number | null;
}

@ObjectType({ description: '按级别统计 Key counties of one level.' })
export class KeyCountyLevelCount {
  @Field(() => KeyCountyLevel, { description: '级别 (level)' }) level: KeyCountyLevel;
  @Field(() => Int, { description: '重点帮扶县数 (key counties, all statuses)' }) count: number;
  @Field(() => Int, { description: '帮扶中 (of which still ACTIVE)' }) active: number;
}

@ObjectType({
  description: '重点帮扶县汇总 KeyCountyRollup: key counties and their linkage funds within a region for a year, computed in the database.',
})
export class KeyCountyRollup {
  @Field(() => String, { description: '区划代码 (region code the rollup covers, within your jurisdiction)' }) regionCode: string;
  @Field(() => Int, { description: '年度 (year)' }) year: number;
  @Field(() => [KeyCountyLevelCount], { description: '按级别 (key counties named by that year, by level)' }) byLevel: KeyCountyLevelCount[];
  @Field(() => [FundSummary], { description: '按来源 (funds of the year by source)' }) fundsBySource: FundSummary[];
  @Field(() => FundSummary, { description: '合计 (funds of the year in total)' }) fundsTotal: FundSummary;
}
