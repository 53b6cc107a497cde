import { startTestServer, ok, expectError } from '../support/server';
import { tokenAt } from '../welfare/helpers';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';

jest.setTimeout(180_000);

const DAY = 24 * 3600_000;
const RECORD = `mutation($rows: [ProductSaleRowInput!]!) { recordProductSales(rows: $rows) { recorded assistedRows amount assistedAmount ids } }`;
const ROLLUP = `query($region: String!, $year: Int!, $month: Int, $by: ConsumptionGroupBy!) {
  consumptionRollup(regionCode: $region, year: $year, month: $month, groupBy: $by) {
    assistedAmount totalAmount unassistedAmount rows groups { key label assistedAmount totalAmount assistedQuantity rows } } }`;

function monthOffset(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return d.toISOString().slice(0, 7);
}

describe('product sales: assisted-sales exclusion, bulk entry, rollups', () => {
  let s: TestServer;
  let admin: string;
  let certified: { id: string };
  let pending: { id: string };
  let thisMonth: string;
  let lastMonth: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.login('demo.im.province');
    const supplierId = ok(
      await s.gql(`{ organizations(filter: { name: { eq: "乌拉特后旗戈壁驼奶专业合作社" } }) { nodes { id } } }`, {}, admin),
    ).organizations.nodes[0].id;
    const create = async (name: string, category: string) =>
      ok(
        await s.gql(
          `mutation($input: CreateAssistanceProductInput!) { createAssistanceProduct(input: $input) { id version } }`,
          { input: { name, category, countyCode: '150825', supplierId, unit: '瓶', price: '25.00' } },
          admin,
        ),
      ).createAssistanceProduct;
    let p = await create('戈壁驼奶（液态）', 'PROCESSED');
    for (const action of ['SUBMIT', 'RECOMMEND', 'PUBLICIZE']) {
      // Recommending is the county's step (乌拉特后旗's demo account), the rest the province's.
      const by = action === 'RECOMMEND' ? await tokenAt(s, '150825') : admin;
      p = ok(
        await s.gql(
          `mutation($id: ID!, $a: ProductAction!, $v: Int!) { transitionAssistanceProduct(id: $id, action: $a, expectedVersion: $v) { id version } }`,
          { id: p.id, a: action, v: p.version },
          by,
        ),
      ).transitionAssistanceProduct;
    }
    clock.advance(5 * DAY);
    admin = await s.login('demo.im.province');
    certified = ok(
      await s.gql(
        `mutation($id: ID!, $v: Int!) { transitionAssistanceProduct(id: $id, action: CERTIFY, expectedVersion: $v) { id validFrom } }`,
        { id: p.id, v: p.version },
        admin,
      ),
    ).transitionAssistanceProduct;
    pending = await create('戈壁驼绒手套', 'HANDICRAFT'); // never certified
    thisMonth = clock.today().slice(0, 7); // the certificate starts this month
    lastMonth = monthOffset(thisMonth, -1);
  });
  afterAll(async () => s?.close());

  test('given rows with several problems, when recorded in bulk, then every bad row is named as rows.N.field and nothing is stored', async () => {
    const res = await s.gql(
      RECORD,
      {
        rows: [
          { productId: certified.id, month: thisMonth, channel: 'PLATFORM_832', quantity: 10, amount: '250.00' },
          { productId: certified.id, month: thisMonth, channel: 'COUNTER', quantity: 2, amount: '-5.00' },
          { productId: certified.id, month: monthOffset(thisMonth, 1), channel: 'COUNTER', quantity: 0, amount: '5.00' },
          {
            productId: '00000000-0000-0000-0000-000000000000',
            month: thisMonth,
            channel: 'HALL',
            quantity: 1,
            amount: '1.00',
            buyerOrganizationId: 'nope',
          },
        ],
      },
      admin,
    );
    const err = expectError(res, 'BAD_USER_INPUT');
    const fields = err.extensions?.problems.map((p: { field: string; rule: string }) => `${p.field}:${p.rule}`);
    expect(fields).toEqual([
      'rows.1.amount:positive',
      'rows.2.month:notFuture',
      'rows.2.quantity:positive',
      'rows.3.productId:exists',
      'rows.3.buyerOrganizationId:exists',
    ]);
    const stored = ok(
      await s.gql(`query($p: ID!) { productSales(filter: { product: { eq: $p } }) { totalCount } }`, { p: certified.id }, admin),
    );
    expect(stored.productSales.totalCount).toBe(0);
  });

  test('given sales before certification and of an uncertified product, when recorded, then they are kept but excluded from assisted totals', async () => {
    const buyer = ok(await s.gql(`{ organizations(filter: { name: { eq: "北京首农食品集团有限公司" } }) { nodes { id } } }`, {}, admin))
      .organizations.nodes[0].id;
    const res = ok(
      await s.gql(
        RECORD,
        {
          rows: [
            { productId: certified.id, month: thisMonth, channel: 'PLATFORM_832', quantity: 40, amount: '1000.00' },
            {
              productId: certified.id,
              month: thisMonth,
              channel: 'EAST_PARTNER',
              quantity: 20,
              amount: '500.25',
              buyerOrganizationId: buyer,
            },
            { productId: certified.id, month: lastMonth, channel: 'PLATFORM_832', quantity: 8, amount: '200.00' },
            { productId: pending.id, month: thisMonth, channel: 'COUNTER', quantity: 3, amount: '90.00' },
          ],
        },
        admin,
      ),
    ).recordProductSales;
    expect(res).toMatchObject({ recorded: 4, assistedRows: 2, amount: '1790.25', assistedAmount: '1500.25' });
    const rows = ok(
      await s.gql(
        `{ productSales(filter: { region: { eq: "150825" }, month: { gte: "${lastMonth}" } }, first: 50) { nodes { month amount assisted product { name } buyerOrganization { name } } } }`,
        {},
        admin,
      ),
    ).productSales.nodes;
    expect(
      rows
        .filter((r: { assisted: boolean }) => !r.assisted)
        .map((r: { amount: string }) => r.amount)
        .sort(),
    ).toEqual(['200.00', '90.00']);

    const year = Number(thisMonth.slice(0, 4));
    // Hand-computed: assisted = 1000.00 + 500.25; recorded adds 90.00 and, when last month falls in the same year, 200.00.
    const sameYear = lastMonth.startsWith(String(year));
    const byChannel = ok(await s.gql(ROLLUP, { region: '150825', year, by: 'CHANNEL' }, admin)).consumptionRollup;
    expect(byChannel).toMatchObject({
      assistedAmount: '1500.25',
      totalAmount: sameYear ? '1790.25' : '1590.25',
      unassistedAmount: sameYear ? '290.00' : '90.00',
      rows: sameYear ? 4 : 3,
    });
    expect(byChannel.groups).toEqual([
      {
        key: 'PLATFORM_832',
        label: '832平台',
        assistedAmount: '1000.00',
        totalAmount: sameYear ? '1200.00' : '1000.00',
        assistedQuantity: 40,
        rows: sameYear ? 2 : 1,
      },
      { key: 'EAST_PARTNER', label: '东部协作地区', assistedAmount: '500.25', totalAmount: '500.25', assistedQuantity: 20, rows: 1 },
      { key: 'COUNTER', label: '专柜', assistedAmount: '0.00', totalAmount: '90.00', assistedQuantity: 0, rows: 1 },
    ]);
    const oneMonth = ok(
      await s.gql(ROLLUP, { region: '15', year: Number(lastMonth.slice(0, 4)), month: Number(lastMonth.slice(5)), by: 'CATEGORY' }, admin),
    ).consumptionRollup;
    expect(oneMonth).toMatchObject({
      assistedAmount: '0.00',
      totalAmount: '200.00',
      groups: [{ key: 'PROCESSED', label: '加工食品', assistedAmount: '0.00', totalAmount: '200.00', assistedQuantity: 0, rows: 1 }],
    });
    const byCategory = ok(await s.gql(ROLLUP, { region: '1508', year, by: 'CATEGORY' }, admin)).consumptionRollup.groups;
    expect(byCategory.map((g: { key: string; assistedAmount: string }) => [g.key, g.assistedAmount])).toEqual([
      ['PROCESSED', '1500.25'],
      ['HANDICRAFT', '0.00'],
    ]);
  });

  test('given the Inner Mongolia demo, when rolling up 2021, then assisted sales total 77.85 亿 yuan (text 003) and the uncertified product is excluded', async () => {
    const r = ok(await s.gql(ROLLUP, { region: '15', year: 2021, by: 'MONTH' }, admin)).consumptionRollup;
    expect(r.assistedAmount).toBe('7785000000.00');
    expect(r.unassistedAmount).toBe('432000.00'); // 12 months × 36,000.00 of the handmade carpets
    expect(r.totalAmount).toBe('7785432000.00');
    expect(r.groups).toHaveLength(12);
    const byCounty = ok(await s.gql(ROLLUP, { region: '15', year: 2021, by: 'COUNTY' }, admin)).consumptionRollup.groups;
    expect(byCounty.map((g: { label: string }) => g.label).sort()).toEqual(['乌拉特中旗', '乌拉特前旗', '乌拉特后旗'].sort());
    const total = byCounty.reduce((sum: bigint, g: { assistedAmount: string }) => sum + BigInt(g.assistedAmount.replace('.', '')), 0n);
    expect(total).toBe(778_500_000_000n);
    // Outside the jurisdiction the rollup is refused, as every rollup is (core/rollup.ts rollupRegion).
    const gansu = await s.login('demo.province');
    expectError(await s.gql(ROLLUP, { region: '15', year: 2021, by: 'CHANNEL' }, gansu), 'FORBIDDEN');
  });

  test('given sales of three months, when the certificate is revoked, then only a retroactive revocation takes back the months from its effective date', async () => {
    // Work on the 15th so "this month" had certified days before the revocation, whatever day the suite runs.
    const now = clock.today();
    const target = Number(now.slice(8)) <= 15 ? `${now.slice(0, 8)}15` : `${monthOffset(now.slice(0, 7), 1)}-15`;
    clock.advance(Date.parse(`${target}T12:00:00+08:00`) - clock.now().getTime());
    admin = await s.login('demo.im.province');
    const m = clock.today().slice(0, 7);
    const months = [monthOffset(m, -2), monthOffset(m, -1), m];
    const seeded = async (name: string) =>
      ok(
        await s.gql(`query($n: String!) { assistanceProducts(filter: { name: { eq: $n } }) { nodes { id version } } }`, { n: name }, admin),
      ).assistanceProducts.nodes[0];
    const sales = async (id: string) =>
      ok(
        await s.gql(
          `query($p: ID!, $from: YearMonth!) { productSales(filter: { product: { eq: $p }, month: { gte: $from } }, orderBy: [{ field: month }], first: 50) { nodes { month amount assisted } } }`,
          { p: id, from: months[0] },
          admin,
        ),
      ).productSales.nodes;
    const assisted2021 = async (id: string) =>
      ok(
        await s.gql(
          `query($p: ID!) { productSales(filter: { product: { eq: $p }, month: { lte: "2021-12" } }, first: 500) { nodes { assisted } } }`,
          { p: id },
          admin,
        ),
      ).productSales.nodes.filter((n: { assisted: boolean }) => n.assisted).length;
    const record = async (id: string) =>
      ok(
        await s.gql(
          RECORD,
          {
            rows: months.map((month, i) => ({ productId: id, month, channel: 'COUNTER', quantity: i + 1, amount: `${(i + 1) * 100}.00` })),
          },
          admin,
        ),
      ).recordProductSales;
    const REVOKE = `mutation($id: ID!, $v: Int!, $p: ProductTransitionInput) { transitionAssistanceProduct(id: $id, action: REVOKE, expectedVersion: $v, comment: "抽检不合格，撤销认定", payload: $p) { status version } }`;

    // Not retroactive: the certificate stops today, the 15th; every month recorded keeps counting (each had certified days).
    const gift = await seeded('乌拉特中旗手把羊肉礼盒');
    expect((await record(gift.id)).assistedAmount).toBe('600.00');
    const gift2021 = await assisted2021(gift.id);
    expect(gift2021).toBeGreaterThan(0);
    expect(ok(await s.gql(REVOKE, { id: gift.id, v: gift.version, p: null }, admin)).transitionAssistanceProduct.status).toBe('REVOKED');
    expect(await sales(gift.id)).toEqual(months.map((month, i) => ({ month, amount: `${(i + 1) * 100}.00`, assisted: true })));
    expect(await assisted2021(gift.id)).toBe(gift2021);
    // A dated sale counts by its own day: the 10th was under the certificate, the 15th (the revocation day) was not;
    // a monthly total of this month still had certified days.
    const dated = ok(
      await s.gql(
        RECORD,
        {
          rows: [
            { productId: gift.id, month: m, saleDate: `${m}-10`, channel: 'HALL', quantity: 1, amount: '10.00' },
            { productId: gift.id, month: m, saleDate: `${m}-15`, channel: 'HALL', quantity: 1, amount: '15.00' },
            { productId: gift.id, month: m, channel: 'ZONE', quantity: 1, amount: '20.00' },
          ],
        },
        admin,
      ),
    ).recordProductSales;
    expect(dated).toMatchObject({ recorded: 3, assistedRows: 2, amount: '45.00', assistedAmount: '30.00' });
    const wrongMonth = expectError(
      await s.gql(
        RECORD,
        { rows: [{ productId: gift.id, month: months[1], saleDate: `${m}-10`, channel: 'HALL', quantity: 1, amount: '1.00' }] },
        admin,
      ),
      'BAD_USER_INPUT',
    );
    expect(wrongMonth.extensions?.problems[0]).toMatchObject({ field: 'rows.0.saleDate', rule: 'inMonth' });

    // Retroactive from the first day of last month: last month and this month stop counting; the month before and 2021 keep counting.
    const lamb = await seeded('乌拉特中旗巴美肉羊（分割羊肉）');
    expect((await record(lamb.id)).assistedAmount).toBe('600.00');
    const lamb2021 = await assisted2021(lamb.id);
    const notFlagged = expectError(
      await s.gql(REVOKE, { id: lamb.id, v: lamb.version, p: { effectiveDate: `${months[1]}-01` } }, admin),
      'BAD_USER_INPUT',
    );
    expect(notFlagged.extensions?.problems[0]).toMatchObject({ field: 'payload.effectiveDate', rule: 'retroactiveOnly' });
    const notPast = expectError(
      await s.gql(REVOKE, { id: lamb.id, v: lamb.version, p: { retroactive: true, effectiveDate: clock.today() } }, admin),
      'BAD_USER_INPUT',
    );
    expect(notPast.extensions?.problems[0]).toMatchObject({ field: 'payload.effectiveDate', rule: 'past' });
    const beforeCertificate = expectError(
      await s.gql(REVOKE, { id: lamb.id, v: lamb.version, p: { retroactive: true, effectiveDate: '2020-05-31' } }, admin),
      'BAD_USER_INPUT',
    );
    expect(beforeCertificate.extensions?.problems[0]).toMatchObject({ field: 'payload.effectiveDate', rule: 'withinValidity' });
    expect(await sales(lamb.id)).toEqual(months.map((month, i) => ({ month, amount: `${(i + 1) * 100}.00`, assisted: true })));
    ok(await s.gql(REVOKE, { id: lamb.id, v: lamb.version, p: { retroactive: true, effectiveDate: `${months[1]}-01` } }, admin));
    expect(await sales(lamb.id)).toEqual([
      { month: months[0], amount: '100.00', assisted: true },
      { month: months[1], amount: '200.00', assisted: false },
      { month: months[2], amount: '300.00', assisted: false },
    ]);
    expect(await assisted2021(lamb.id)).toBe(lamb2021);
    // The rollups follow, month by month (COUNTER sales of 乌拉特中旗: gift + lamb): assisted 100+100, 200+0, 300+0 of 200, 400, 600.
    const counters = await Promise.all(
      months.map(async (month) =>
        ok(
          await s.gql(ROLLUP, { region: '150824', year: Number(month.slice(0, 4)), month: Number(month.slice(5)), by: 'CHANNEL' }, admin),
        ).consumptionRollup.groups.find((g: { key: string }) => g.key === 'COUNTER'),
      ),
    );
    expect(counters.map((g: { assistedAmount: string; totalAmount: string }) => [g.assistedAmount, g.totalAmount])).toEqual([
      ['200.00', '200.00'],
      ['200.00', '400.00'],
      ['300.00', '600.00'],
    ]);
  });

  test('given a product certified a year ago, when its twelve months of sales are recorded in one call, then all count as assisted; an archived row leaves the totals', async () => {
    clock.advance(365 * DAY);
    admin = await s.login('demo.im.province');
    const months = Array.from({ length: 12 }, (_, i) => monthOffset(thisMonth, i));
    const rows = months.map((month, i) => ({
      productId: certified.id,
      month,
      channel: i % 2 ? 'ECOMMERCE' : 'GOVERNMENT_PROCUREMENT',
      quantity: 100 + i,
      amount: `${(100 + i) * 25}.00`,
    }));
    const res = ok(await s.gql(RECORD, { rows }, admin)).recordProductSales;
    // Σ (100 + i) × 25 for i = 0..11 = 25 × (1200 + 66) = 31,650.00
    expect(res).toMatchObject({ recorded: 12, assistedRows: 12, amount: '31650.00', assistedAmount: '31650.00' });
    const firstYear = Number(thisMonth.slice(0, 4));
    const before = ok(await s.gql(ROLLUP, { region: '150825', year: firstYear, by: 'MONTH' }, admin)).consumptionRollup;
    const mistaken = ok(
      await s.gql(`mutation($id: ID!) { archiveProductSale(id: $id) { id archivedAt } }`, { id: res.ids[0] }, admin),
    ).archiveProductSale;
    expect(mistaken.archivedAt).not.toBeNull();
    const after = ok(await s.gql(ROLLUP, { region: '150825', year: firstYear, by: 'MONTH' }, admin)).consumptionRollup;
    expect(BigInt(before.assistedAmount.replace('.', '')) - BigInt(after.assistedAmount.replace('.', ''))).toBe(250000n); // 2,500.00 yuan
  });
});
