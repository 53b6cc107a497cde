import { Field, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../core/scalars';
import { ConsumptionGroupBy } from './consumption.enums';

// ---------------------------------------------------------------- sales

@ObjectType({ description: '批量录入结果 RecordProductSalesResult: what a bulk sales entry stored.' })
export class RecordProductSalesResult {
  @Field(() => Int, { description: '录入条数 (rows recorded)' }) recorded: number;
  @Field(() => Int, { description: '计入帮扶销售的条数 (rows counted as assisted sales)' }) assistedRows: number;
  @Field(() => MoneyScalar, { description: '录入金额 (amount recorded)' }) amount: number;
  @Field(() => MoneyScalar, { description: '其中帮扶销售金额 (of which assisted sales)' }) assistedAmount: number;
  @Field(() => [String], { description: '销售记录 id (ids of the stored rows, in input order)' }) ids: string[];
}

// ---------------------------------------------------------------- rollup

@ObjectType({ description: '消费帮扶汇总分组 One group of a consumption rollup.' })
export class ConsumptionRollupGroup {
  @Field(() => String, { description: '分组键 (group key: channel, category, county code or month)' }) key: string;
  @Field(() => String, { description: '分组名称 (Chinese label of the group)' }) label: string;
  @Field(() => MoneyScalar, { description: '帮扶销售额 (assisted sales)' }) assistedAmount: number;
  @Field(() => MoneyScalar, { description: '录入销售额 (all recorded sales, incl. not assisted)' }) totalAmount: number;
  @Field(() => Int, { description: '数量 (quantity of assisted sales)' }) assistedQuantity: number;
  @Field(() => Int, { description: '记录条数 (sales rows)' }) rows: number;
}

@ObjectType({
  description:
    '消费帮扶汇总 ConsumptionRollup: assisted-product sales of a region in a year or month. Assisted amounts exclude sales of products not certified in that month.',
})
export class ConsumptionRollup {
  @Field(() => String, { description: '区划代码 (region)' }) regionCode: string;
  @Field(() => Int, { description: '年度 (year)' }) year: number;
  @Field(() => Int, { nullable: true, description: '月份 (month 1–12, when asked for one month)' }) month: number | null;
  @Field(() => ConsumptionGroupBy, { description: '汇总维度 (grouping)' }) groupBy: ConsumptionGroupBy;
  @Field(() => MoneyScalar, { description: '帮扶销售额 (assisted sales)' }) assistedAmount: number;
  @Field(() => MoneyScalar, { description: '录入销售额 (all recorded sales)' }) totalAmount: number;
  @Field(() => MoneyScalar, { description: '未计入帮扶销售额 (recorded sales not counted: product not certified in that month)' })
  unassistedAmount: number;
  @Field(() => Int, { description: '记录条数 (sales rows)' }) rows: number;
  @Field(() => [ConsumptionRollupGroup], { description: '分组 (groups, largest assisted amount first)' }) groups: ConsumptionRollupGroup[];
}
