import { inJurisdiction, requirePermission } from '../../core/access';
import { consumptionPermissions } from './consumption.access';
import { rollupRegion } from '../../core/rollup';
import { audit } from '../../core/audit';
import { clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { CrudService, assignDefined, inTransaction } from '../../core/crud';
import { runQuery } from '../../core/db';
import { Problems, conflict, invalid } from '../../core/errors';
import { enumLabel } from '../../core/validation';
import { applyScope, knexOf } from '../../core/read';
import { resource } from '../../core/resource';
import { transition } from '../../core/workflow';
import { Organization } from '../organization/organization.entity';
import { Region, RegionLevel } from '../region/region.entity';
import { requireRegion } from '../region/region.service';
import { AssistanceProduct, ProductCategory, ProductSale, ProductStatus, SaleChannel } from './consumption.entity';
import { ConsumptionGroupBy } from './consumption.enums';
import type { CreateAssistanceProductInput, ProductSaleRowInput, UpdateAssistanceProductInput } from './consumption.inputs';
import type { ConsumptionRollup, RecordProductSalesResult } from './consumption.outputs';
import { productWorkflow } from './consumption.workflow';
import { assistedSale } from './consumption.rules';
import { definePublicity } from '../../core/publicity';
import type { PublicityLine } from '../../core/publicity';

/** Sales are entered in bulk only; a mistaken row is archived (and then leaves every total), never edited or deleted. */
export const productSaleService = new CrudService<ProductSale>(ProductSale);

/** Stored CERTIFIED but past `validTo` reads as EXPIRED until `expireCertifications` records it. */
export function effectiveStatus(p: AssistanceProduct): ProductStatus {
  return p.status === ProductStatus.CERTIFIED && p.validTo && p.validTo < clock.today() ? ProductStatus.EXPIRED : p.status;
}

function checkNumbers(problems: Problems, p: Partial<AssistanceProduct>): void {
  if (p.price !== undefined && p.price !== null && p.price <= 0)
    problems.add('input.price', 'positive', '价格须大于0 (price must be above zero)');
}

export const assistanceProductService = new CrudService<AssistanceProduct, CreateAssistanceProductInput, UpdateAssistanceProductInput>(
  AssistanceProduct,
  {
    async build(_ctx, em, input) {
      const problems = new Problems();
      checkNumbers(problems, input);
      problems.throwIfAny();
      const county = await requireRegion(em, 'input.countyCode', input.countyCode, [RegionLevel.COUNTY]);
      if (!county.povertyExitedCounty)
        throw invalid(
          'input.countyCode',
          'povertyExitedCounty',
          `${county.name}(${county.code}) 不是脱贫县 (the origin county must be flagged poverty-exited)`,
        );
      const supplier = await em.findOne(Organization, { id: input.supplierId, archivedAt: null });
      if (!supplier) throw invalid('input.supplierId', 'exists', `单位 ${input.supplierId} 不存在 (no such organization)`);
      if (!supplier.regionCode.startsWith(county.code)) {
        throw invalid(
          'input.supplierId',
          'registeredInCounty',
          `供应商「${supplier.name}」注册地 ${supplier.regionCode} 不在 ${county.name} (the supplier must be registered in the origin county)`,
        );
      }
      const p = new AssistanceProduct();
      assignDefined(p, input);
      p.name = input.name.trim();
      p.regionCode = county.code;
      return p;
    },
    async apply(_ctx, _em, p, input) {
      if ([ProductStatus.REVOKED, ProductStatus.EXPIRED].includes(p.status))
        throw conflict(
          'PRODUCT_CLOSED',
          `产品状态为「${enumLabel(ProductStatus, p.status)}」，不能修改 (revoked or expired products cannot change)`,
        );
      const problems = new Problems();
      checkNumbers(problems, input);
      problems.throwIfAny();
      assignDefined(p, { ...input, name: input.name?.trim() });
    },
  },
);

/* 认定公示: the province publicizes recommended products before certifying them. */
definePublicity({
  workflow: productWorkflow,
  status: ProductStatus.PUBLICIZING,
  returnTo: ProductStatus.COUNTY_RECOMMENDED,
  next: ['CERTIFY'],
  title: { zh: '消费帮扶产品拟认定名单', en: 'assistance products proposed for certification' },
  async lines(ctx, ids) {
    const out = new Map<string, PublicityLine>();
    if (!ids.length) return out;
    const rows = await runQuery<Record<string, unknown>>(
      ctx.em,
      knexOf(ctx)('assistance_product as t')
        .join('organization as o', 'o.id', 't.supplier_id')
        .leftJoin('region as c', 'c.code', 't.county_code')
        .select('t.id as id', 't.name as name', 'o.name as supplier', 'c.name as county', 't.households_linked as households')
        .whereIn('t.id', ids),
    );
    for (const r of rows) {
      out.set(String(r.id), {
        name: String(r.name),
        village: r.county ? String(r.county) : null,
        supplier: String(r.supplier),
        reason: `脱贫县产品，带动脱贫户 ${Number(r.households ?? 0)} 户`,
      });
    }
    return out;
  },
});

/** Moves every product past its validity from CERTIFIED to EXPIRED through the workflow (history rows included). */
export async function expireCertifications(ctx: RequestContext): Promise<AssistanceProduct[]> {
  requirePermission(ctx.actor, consumptionPermissions.certify);
  const res = resource(AssistanceProduct);
  const qb = knexOf(ctx)('assistance_product as t')
    .select('t.id as id', 't.version as version')
    .where('t.status', ProductStatus.CERTIFIED)
    .whereNull('t.archived_at')
    .where('t.valid_to', '<', clock.today());
  applyScope(qb, res, ctx);
  const due = await runQuery<{ id: string; version: number | string }>(ctx.em, qb);
  const out: AssistanceProduct[] = [];
  for (const row of due)
    out.push(
      await transition(ctx, productWorkflow, row.id, 'EXPIRE', '认定有效期已过 (certificate validity passed)', Number(row.version), null),
    );
  return out;
}

export const MAX_SALE_ROWS = 5000;

/** Records many sales in one transaction; any invalid row refuses all, naming each problem as rows.N.field. */
export async function recordProductSales(ctx: RequestContext, rows: ProductSaleRowInput[]): Promise<RecordProductSalesResult> {
  const actor = requirePermission(ctx.actor, consumptionPermissions.record);
  if (!rows.length) throw invalid('rows', 'minItems', '至少录入一条 (give at least one row)');
  if (rows.length > MAX_SALE_ROWS)
    throw invalid('rows', 'maxItems', `一次最多录入 ${MAX_SALE_ROWS} 条 (at most ${MAX_SALE_ROWS} rows per call)`);
  const thisMonth = clock.today().slice(0, 7);
  return inTransaction(ctx, async (em) => {
    const productIds = [...new Set(rows.map((r) => r.productId).filter(Boolean))];
    const buyerIds = [...new Set(rows.map((r) => r.buyerOrganizationId).filter((x): x is string => !!x))];
    const products = new Map((await em.find(AssistanceProduct, { id: { $in: productIds }, archivedAt: null })).map((p) => [p.id, p]));
    const buyers = new Set(
      buyerIds.length
        ? (await em.find(Organization, { id: { $in: buyerIds }, archivedAt: null }, { fields: ['id'] })).map((o) => o.id)
        : [],
    );
    const problems = new Problems();
    rows.forEach((r, i) => {
      const at = `rows.${i}`;
      const product = products.get(r.productId);
      if (!product || !inJurisdiction(actor, product.regionCode, 'consumption'))
        problems.add(`${at}.productId`, 'exists', `产品 ${r.productId} 不存在或不在管辖范围内 (no such product in your jurisdiction)`);
      if (r.month > thisMonth) problems.add(`${at}.month`, 'notFuture', `月份 ${r.month} 尚未到来 (the month must not be in the future)`);
      if (r.saleDate && r.saleDate.slice(0, 7) !== r.month)
        problems.add(`${at}.saleDate`, 'inMonth', `销售日期 ${r.saleDate} 不在 ${r.month} 内 (the sale date must lie in the row's month)`);
      else if (r.saleDate && r.saleDate > clock.today())
        problems.add(`${at}.saleDate`, 'notFuture', `销售日期 ${r.saleDate} 尚未到来 (the sale date must not be in the future)`);
      if (!Number.isInteger(r.quantity) || r.quantity <= 0)
        problems.add(`${at}.quantity`, 'positive', '数量须为正整数 (quantity must be a positive whole number)');
      if (!(r.amount > 0)) problems.add(`${at}.amount`, 'positive', '金额须大于0 (amount must be above zero)');
      if (r.buyerOrganizationId && !buyers.has(r.buyerOrganizationId))
        problems.add(`${at}.buyerOrganizationId`, 'exists', `采购单位 ${r.buyerOrganizationId} 不存在 (no such organization)`);
    });
    problems.throwIfAny();
    const result: RecordProductSalesResult = { recorded: 0, assistedRows: 0, amount: 0, assistedAmount: 0, ids: [] };
    for (const r of rows) {
      const product = products.get(r.productId)!;
      const sale = new ProductSale();
      sale.productId = product.id;
      sale.month = r.month;
      sale.saleDate = r.saleDate ?? null;
      sale.channel = r.channel;
      sale.buyerOrganizationId = r.buyerOrganizationId ?? null;
      sale.quantity = r.quantity;
      sale.amount = r.amount;
      sale.regionCode = product.regionCode;
      sale.assisted = assistedSale(product, sale);
      em.persist(sale);
      result.recorded++;
      result.amount += r.amount;
      if (sale.assisted) {
        result.assistedRows++;
        result.assistedAmount += r.amount;
      }
      result.ids.push(sale.id);
    }
    audit(em, ctx, {
      entity: 'ProductSale',
      entityId: null,
      action: 'bulkCreate',
      detail: `${result.recorded} rows, ${result.assistedRows} assisted`,
    });
    await em.flush();
    return result;
  });
}

const CHANNEL_LABELS: Record<SaleChannel, string> = {
  GOVERNMENT_PROCUREMENT: '预算单位采购',
  PLATFORM_832: '832平台',
  COUNTER: '专柜',
  HALL: '专馆',
  ZONE: '专区',
  ECOMMERCE: '电商',
  LIVESTREAM: '直播',
  EAST_PARTNER: '东部协作地区',
  ENTERPRISE: '企业采购',
  TRADE_UNION: '工会',
  OTHER: '其他',
};
const CATEGORY_LABELS: Record<ProductCategory, string> = {
  GRAIN_OIL: '粮油',
  MEAT_EGG: '肉禽蛋',
  FRUIT_VEGETABLE: '果蔬',
  TEA: '茶叶',
  SPECIALTY: '地方特产',
  PROCESSED: '加工食品',
  HANDICRAFT: '手工艺品',
  OTHER: '其他',
};

/** Sales of a region in a year (or one month), grouped in the database, within the caller's jurisdiction. */
export async function consumptionRollup(
  ctx: RequestContext,
  region: string,
  year: number,
  month: number | null,
  groupBy: ConsumptionGroupBy,
): Promise<ConsumptionRollup> {
  const { regionCode } = rollupRegion(ctx, consumptionPermissions.read, region);
  if (month !== null && (!Number.isInteger(month) || month < 1 || month > 12))
    throw invalid('month', 'range', '月份须为1至12 (month must be 1–12)');
  const knex = knexOf(ctx);
  const key = { CHANNEL: 't.channel', CATEGORY: 'p.category', COUNTY: 't.region_code', MONTH: 't.month' }[groupBy];
  const qb = knex('product_sale as t')
    .join('assistance_product as p', 'p.id', 't.product_id')
    .whereNull('t.archived_at')
    .where('t.region_code', 'like', `${regionCode}%`)
    .select(`${key} as key`)
    .select(knex.raw('sum(case when t.assisted then t.amount else 0 end) as assisted'))
    .select(knex.raw('sum(case when t.assisted then t.quantity else 0 end) as qty'))
    .sum({ total: 't.amount' })
    .count({ n: '*' })
    .groupBy(key);
  if (month !== null) qb.where('t.month', `${year}-${String(month).padStart(2, '0')}`);
  else qb.where('t.month', 'like', `${year}-%`);
  applyScope(qb, resource(ProductSale), ctx);
  const rows = await runQuery<Record<string, string | number | null>>(ctx.em, qb);

  let names = new Map<string, string>();
  if (groupBy === ConsumptionGroupBy.COUNTY && rows.length) {
    const regions = await ctx.em.find(Region, { code: { $in: rows.map((r) => String(r.key)) } }, { fields: ['code', 'name'] });
    names = new Map(regions.map((r) => [r.code, r.name]));
  }
  const label = (k: string) =>
    groupBy === ConsumptionGroupBy.CHANNEL
      ? (CHANNEL_LABELS[k as SaleChannel] ?? k)
      : groupBy === ConsumptionGroupBy.CATEGORY
        ? (CATEGORY_LABELS[k as ProductCategory] ?? k)
        : groupBy === ConsumptionGroupBy.COUNTY
          ? (names.get(k) ?? k)
          : k;
  const n = (v: unknown) => Number(v ?? 0);
  const groups = rows
    .map((r) => ({
      key: String(r.key),
      label: label(String(r.key)),
      assistedAmount: n(r.assisted),
      totalAmount: n(r.total),
      assistedQuantity: n(r.qty),
      rows: n(r.n),
    }))
    .sort((a, b) => b.assistedAmount - a.assistedAmount || a.key.localeCompare(b.key));
  const assistedAmount = groups.reduce((s, g) => s + g.assistedAmount, 0);
  const totalAmount = groups.reduce((s, g) => s + g.totalAmount, 0);
  return {
    regionCode,
    year,
    month,
    groupBy,
    assistedAmount,
    totalAmount,
    unassistedAmount: totalAmount - assistedAmount,
    rows: groups.reduce((s, g) => s + g.rows, 0),
    groups,
  };
}
