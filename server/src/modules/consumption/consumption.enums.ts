import { graphqlEnum } from '../../core/enums';

export const ConsumptionGroupBy = graphqlEnum('ConsumptionGroupBy', '汇总维度 How a consumption rollup is grouped.', {
  CHANNEL: '按销售渠道 (by channel)',
  CATEGORY: '按产品类别 (by product category)',
  COUNTY: '按产地县 (by origin county)',
  MONTH: '按月份 (by month)',
});
export type ConsumptionGroupBy = keyof typeof ConsumptionGroupBy;

export const ProductAction = graphqlEnum('ProductAction', '认定操作 Certification workflow actions.', {
  SUBMIT: '申报 (submit)',
  RECOMMEND: '县级推荐 (county recommends)',
  PUBLICIZE: '公示 (start the public notice)',
  CERTIFY: '认定 (certify; only after the minimum publicity days)',
  REJECT: '不予认定 (reject; comment required)',
  REVOKE: '撤销 (revoke; comment required)',
  EXPIRE: '到期 (mark expired; only once the validity has passed)',
});
export type ProductAction = keyof typeof ProductAction;
