import { Seeder } from '@mikro-orm/seeder';
import type { EntityManager } from '@mikro-orm/core';
import { Organization, OrganizationKind } from '../server/src/modules/organization/organization.entity';
import {
  AssistanceProduct,
  ProductCategory,
  ProductSale,
  ProductStatus,
  SaleChannel,
} from '../server/src/modules/consumption/consumption.entity';
import { creditCode, prng } from './factories';

/**
 * Inner Mongolia consumption-assistance demo: products of the poverty-exited Bayannur banners
 * (乌拉特前旗 150823, 乌拉特中旗 150824, 乌拉特后旗 150825) and their 2021 sales. The assisted sales of 2021
 * add up exactly to 77.85 亿 yuan, the figure text 003 reports for Inner Mongolia
 * (`consumptionRollup(regionCode: "15", year: 2021)`). One product never certified also sold in 2021;
 * its rows are kept with assisted = false and excluded from that total. Of it, the eastern partner
 * channel (EAST_PARTNER) carries exactly 10 亿: 4 亿 from 乌拉特中旗 bought by 北京首农 (朝阳区, the
 * county's partner district), 3 亿 each from 乌拉特前旗 and 乌拉特后旗 with no buyer recorded — the
 * figures `cooperationSummary.consumptionSales` reproduces per pairing.
 */
export const IM_ASSISTED_SALES_2021_YUAN = 7_785_000_000;
export const EAST_PARTNER_SALES_2021_YUAN: Record<string, number> = { '150824': 400_000_000, '150823': 300_000_000, '150825': 300_000_000 };

const SUPPLIERS: [string, string, OrganizationKind][] = [
  ['乌拉特中旗牧民肉羊合作社', '150824', OrganizationKind.COOPERATIVE],
  ['乌拉特前旗河套面粉有限公司', '150823', OrganizationKind.PRIVATE_ENTERPRISE],
  ['乌拉特后旗戈壁驼奶专业合作社', '150825', OrganizationKind.COOPERATIVE],
];

/** name, category, county, supplier index, unit, price (yuan), households linked. */
const PRODUCTS: [string, ProductCategory, string, number, string, number, number][] = [
  ['乌拉特中旗巴美肉羊（分割羊肉）', ProductCategory.MEAT_EGG, '150824', 0, '千克', 98, 1260],
  ['乌拉特中旗手把羊肉礼盒', ProductCategory.PROCESSED, '150824', 0, '盒', 368, 430],
  ['河套雪花粉', ProductCategory.GRAIN_OIL, '150823', 1, '袋', 85, 2100],
  ['河套葵花籽', ProductCategory.SPECIALTY, '150823', 1, '千克', 32, 980],
  ['戈壁驼奶粉', ProductCategory.PROCESSED, '150825', 2, '罐', 268, 360],
  ['乌拉特后旗肉苁蓉', ProductCategory.SPECIALTY, '150825', 2, '千克', 420, 215],
];

const CHANNELS = [
  SaleChannel.GOVERNMENT_PROCUREMENT,
  SaleChannel.PLATFORM_832,
  SaleChannel.EAST_PARTNER,
  SaleChannel.ECOMMERCE,
  SaleChannel.COUNTER,
  SaleChannel.LIVESTREAM,
];

/** Splits `total` into parts proportional to `weights`, whole numbers that add up exactly (largest remainder). */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k++, left--) parts[order[k % order.length][1]]++;
  return parts;
}

export class ConsumptionSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const rand = prng(7785);
    const byName = new Map((await em.find(Organization, {})).map((o) => [o.name, o]));
    const suppliers = SUPPLIERS.map(([name, county, kind], i) => {
      let o = byName.get(name);
      if (!o) {
        o = em.create(Organization, {
          name,
          kind,
          regionCode: county,
          creditCode: creditCode(county, 700 + i, kind === OrganizationKind.COOPERATIVE ? '93' : '91'),
        });
        em.persist(o);
      }
      return o;
    });
    const beijingBuyer = byName.get('北京首农食品集团有限公司') ?? null;

    const products = PRODUCTS.map(([name, category, county, supplier, unit, price, households], i) => {
      const p = em.create(AssistanceProduct, {
        name,
        category,
        countyCode: county,
        regionCode: county,
        supplierId: suppliers[supplier].id,
        brand: '河套·乌拉特',
        spec: unit === '千克' ? '散装' : '标准装',
        unit,
        price: price * 100,
        annualSupplyCapacity: 200_000,
        householdsLinked: households,
        status: ProductStatus.CERTIFIED,
        publicizedAt: new Date('2020-05-20T02:00:00Z'),
        certificateNumber: `XFBF-${county}-2020-${String(i + 1).padStart(5, '0')}`,
        validFrom: '2020-06-01',
        validTo: '2027-05-31',
      });
      em.persist(p);
      return p;
    });
    const uncertified = em.create(AssistanceProduct, {
      name: '乌拉特中旗手工驼毛地毯',
      category: ProductCategory.HANDICRAFT,
      countyCode: '150824',
      regionCode: '150824',
      supplierId: suppliers[0].id,
      unit: '块',
      price: 1200_00,
      householdsLinked: 12,
      status: ProductStatus.SUBMITTED,
    });
    em.persist(uncertified);
    await em.flush();

    // 6 products × 12 months × 6 channels of certified sales, apportioned to exactly 77.85 亿 yuan.
    const cells: { product: AssistanceProduct; month: string; channel: SaleChannel }[] = [];
    for (const product of products)
      for (let m = 1; m <= 12; m++)
        for (const channel of CHANNELS) cells.push({ product, month: `2021-${String(m).padStart(2, '0')}`, channel });
    const weights = cells.map(() => 1 + Math.floor(rand() * 9));
    // Each county's partner-channel cells share its fixed figure; all other cells share the rest.
    const yuan: number[] = new Array(cells.length).fill(0);
    const groups = new Map<string, number[]>();
    cells.forEach((c, i) => {
      const key = c.channel === SaleChannel.EAST_PARTNER ? c.product.regionCode : 'other';
      groups.set(key, [...(groups.get(key) ?? []), i]);
    });
    const partnerTotal = Object.values(EAST_PARTNER_SALES_2021_YUAN).reduce((a, b) => a + b, 0);
    for (const [key, indexes] of groups) {
      const total = key === 'other' ? IM_ASSISTED_SALES_2021_YUAN - partnerTotal : EAST_PARTNER_SALES_2021_YUAN[key];
      apportion(
        total,
        indexes.map((i) => weights[i]),
      ).forEach((v, k) => (yuan[indexes[k]] = v));
    }
    const rows = cells.map((c, i) => ({
      productId: c.product.id,
      month: c.month,
      channel: c.channel,
      regionCode: c.product.regionCode,
      assisted: true,
      // Only 乌拉特中旗's partner sales name their buyer (in 朝阳区); the others were reported by channel alone.
      buyerOrganizationId: c.channel === SaleChannel.EAST_PARTNER && c.product.regionCode === '150824' ? (beijingBuyer?.id ?? null) : null,
      amount: yuan[i] * 100,
      quantity: Math.max(1, Math.round(yuan[i] / (c.product.price / 100))),
    }));
    for (let m = 1; m <= 12; m++) {
      rows.push({
        productId: uncertified.id,
        month: `2021-${String(m).padStart(2, '0')}`,
        channel: SaleChannel.COUNTER,
        regionCode: '150824',
        assisted: false,
        buyerOrganizationId: null,
        amount: 36_000_00,
        quantity: 30,
      });
    }
    for (const r of rows) em.persist(em.create(ProductSale, r));
    await em.flush();
  }
}
