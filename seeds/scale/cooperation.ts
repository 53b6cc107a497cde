import { v7 as uuidv7 } from 'uuid';
import { copyInto } from './bulk';
import type { ScaleGenerator } from './context';

/** Eastern provinces and municipalities that pair with the west (东西部协作). */
const EAST = ['11', '12', '31', '32', '33', '35', '37', '44'];
const CATEGORIES = [
  'INDUSTRY',
  'LABOR',
  'TALENT',
  'CONSUMPTION',
  'EDUCATION',
  'HEALTH',
  'INDUSTRIAL_PARK',
  'WORKSHOP',
  'DEMO_VILLAGE',
  'INFRASTRUCTURE',
  'OTHER',
];
const PROJECT_STATUSES: [string, number][] = [
  ['ACCEPTED', 0.3],
  ['COMPLETED', 0.15],
  ['IN_PROGRESS', 0.3],
  ['APPROVED', 0.1],
  ['SUBMITTED', 0.08],
  ['DRAFT', 0.05],
  ['CANCELLED', 0.02],
];
const PRODUCT_CATEGORIES = ['FRUIT_VEGETABLE', 'GRAIN_OIL', 'HANDICRAFT', 'MEAT_EGG', 'OTHER', 'PROCESSED', 'SPECIALTY', 'TEA'];
const CHANNELS = [
  'COUNTER',
  'EAST_PARTNER',
  'ECOMMERCE',
  'ENTERPRISE',
  'GOVERNMENT_PROCUREMENT',
  'HALL',
  'LIVESTREAM',
  'OTHER',
  'TRADE_UNION',
  'ZONE',
];

function weighted(r: number, shares: [string, number][]): string {
  for (const [v, share] of shares) {
    if (r < share) return v;
    r -= share;
  }
  return shares[shares.length - 1][0];
}

/**
 * One east–west pairing per county in scope (an eastern province helping it), cooperation projects
 * under those pairings with funds in place ≤ planned and disbursed ≤ in place, then certified
 * assistance products of the counties and a year of their monthly sales.
 */
export const cooperationGenerator: ScaleGenerator = {
  name: 'pairings, projects, products and sales',
  tables: ['pairing', 'cooperation_project', 'assistance_product', 'product_sale'],
  async run(ctx) {
    const organizations = ctx.produced.organizations ?? [];
    if (!organizations.length) throw new Error('cooperation scale data needs organizations first');
    const year = ctx.now.getUTCFullYear();
    const pairings = ctx.counties.map((county, i) => {
      const helper = EAST[i % EAST.length];
      return {
        id: uuidv7(),
        county,
        row: [
          uuidv7(),
          ...ctx.stamp(),
          1,
          'EAST_WEST',
          helper,
          county,
          county,
          ['EAST_WEST', helper, '', county, ''].join('|'),
          '2021-01-01',
          'ACTIVE',
          5_000_000_00,
          2000,
          1_000_000_00,
        ],
      };
    });
    for (const p of pairings) p.row[0] = p.id;
    await copyInto(
      ctx.pool,
      'pairing',
      [
        'id',
        'created_at',
        'updated_at',
        'version',
        'kind',
        'helper_region_code',
        'helped_region_code',
        'region_code',
        'side_key',
        'start_date',
        'status',
        'target_funds',
        'target_labour_transfers',
        'target_purchases',
      ],
      pairings.map((p) => p.row),
    );
    ctx.rows.pairing = pairings.length;

    const projectBar = ctx.bar('cooperation projects', ctx.sizes.projects);
    const projects: unknown[][] = [];
    for (let i = 0; i < ctx.sizes.projects; i++) {
      const pairing = pairings[i % pairings.length];
      const status = weighted(ctx.rand(), PROJECT_STATUSES);
      const planned = (50 + Math.floor(ctx.rand() * 950)) * 10_000_00;
      const started = ['IN_PROGRESS', 'COMPLETED', 'ACCEPTED'].includes(status);
      const inPlace = started ? Math.floor(planned * (0.6 + 0.4 * ctx.rand())) : status === 'APPROVED' ? Math.floor(planned * 0.3) : 0;
      const disbursed = started ? Math.floor(inPlace * (status === 'IN_PROGRESS' ? 0.5 : 1)) : 0;
      projects.push([
        uuidv7(),
        ...ctx.stamp(),
        1,
        pairing.id,
        pairing.county,
        pairing.county,
        `${pairing.county}东西部协作项目${i + 1}`,
        CATEGORIES[i % CATEGORIES.length],
        year - (i % 3),
        status,
        planned,
        inPlace,
        disbursed,
        started ? `${year - (i % 3)}-04-01` : null,
        ['COMPLETED', 'ACCEPTED'].includes(status) ? `${year - (i % 3)}-11-30` : null,
        Math.floor(ctx.rand() * 300),
        Math.floor(ctx.rand() * 50),
        Math.floor(ctx.rand() * 80),
        i % 20 === 0 ? 1 : 0,
        i % 20 === 0 ? planned * 3 : 0,
        Math.floor(ctx.rand() * 100),
        Math.floor(ctx.rand() * 60),
        i % 50 === 0,
      ]);
    }
    await copyInto(
      ctx.pool,
      'cooperation_project',
      [
        'id',
        'created_at',
        'updated_at',
        'version',
        'pairing_id',
        'county_code',
        'region_code',
        'name',
        'category',
        'year',
        'status',
        'planned_funds',
        'funds_in_place',
        'funds_disbursed',
        'start_date',
        'completion_date',
        'people_benefiting_poverty_exited',
        'people_benefiting_monitored',
        'jobs_created',
        'enterprises_introduced',
        'investment_attracted',
        'labour_transfers',
        'poverty_exited_labour_transfers',
        'park_co_built',
      ],
      projects,
      (n) => projectBar.increment(n),
    );
    projectBar.done();
    ctx.rows.cooperation_project = projects.length;

    const productBar = ctx.bar('assistance products', ctx.sizes.products);
    const products: { id: string; county: string; price: number; certified: boolean }[] = [];
    const productRows: unknown[][] = [];
    for (let i = 0; i < ctx.sizes.products; i++) {
      const county = ctx.counties[i % ctx.counties.length];
      const certified = i % 10 !== 9;
      const price = (10 + (i % 90)) * 100;
      const id = uuidv7();
      products.push({ id, county, price, certified });
      productRows.push([
        id,
        ...ctx.stamp(),
        1,
        `${county}特色农产品${i + 1}`,
        PRODUCT_CATEGORIES[i % PRODUCT_CATEGORIES.length],
        county,
        county,
        organizations[i % organizations.length],
        '斤',
        price,
        5000,
        20 + (i % 200),
        certified ? 'CERTIFIED' : 'SUBMITTED',
        certified ? `FP${year}${county}${String(i).padStart(6, '0')}` : null,
        certified ? `${year - 1}-01-01` : null,
        certified ? `${year + 1}-12-31` : null,
      ]);
    }
    await copyInto(
      ctx.pool,
      'assistance_product',
      [
        'id',
        'created_at',
        'updated_at',
        'version',
        'name',
        'category',
        'county_code',
        'region_code',
        'supplier_id',
        'unit',
        'price',
        'annual_supply_capacity',
        'households_linked',
        'status',
        'certificate_number',
        'valid_from',
        'valid_to',
      ],
      productRows,
      (n) => productBar.increment(n),
    );
    productBar.done();
    ctx.rows.assistance_product = products.length;

    const saleBar = ctx.bar('product sales', ctx.sizes.sales);
    const saleColumns = [
      'id',
      'created_at',
      'updated_at',
      'version',
      'product_id',
      'month',
      'channel',
      'quantity',
      'amount',
      'region_code',
      'assisted',
    ];
    function* sales() {
      for (let i = 0; i < ctx.sizes.sales; i++) {
        const product = products[i % products.length];
        const month = `${year}-${String(1 + (Math.floor(i / products.length) % 12)).padStart(2, '0')}`;
        const quantity = 10 + Math.floor(ctx.rand() * 990);
        yield [
          uuidv7(),
          ...ctx.stamp(),
          1,
          product.id,
          month,
          CHANNELS[i % CHANNELS.length],
          quantity,
          quantity * product.price,
          product.county,
          product.certified,
        ];
      }
    }
    await copyInto(ctx.pool, 'product_sale', saleColumns, sales(), (n) => saleBar.increment(n));
    saleBar.done();
    ctx.rows.product_sale = ctx.sizes.sales;
  },
};
