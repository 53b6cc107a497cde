import { expectError, ok, startTestServer } from '../support/server';
import type { TestServer } from '../support/server';

/*
 * Key assistance counties through HTTP as a provincial administrator and a county officer would use
 * them: the seeded counties, the rules on counties, evaluations and funds, derived ratios and their
 * filters, and the rollup that must reproduce Inner Mongolia's 2022 figures from text 003.
 */

jest.setTimeout(180_000);

let s: TestServer;
let admin: string; // demo.province, Gansu (62)
let county: string; // demo.county, 会宁县 (620422)
let national: string; // a system-wide account made for this test

const KC = `id version countyCode level designatedYear status formerDeepPoverty povertyExitYear notes`;

beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login('demo.province');
  county = await s.login('demo.county');
  // A provincial admin for Inner Mongolia, created the way the security admin would.
  const em = s.em();
  const { User } = await import('../../server/src/modules/identity/identity.entity');
  const { hashPassword } = await import('../../server/src/modules/identity/identity.service');
  em.persist(
    em.create(User, {
      username: 'im.province',
      displayName: '内蒙古管理员',
      roles: ['PROVINCIAL_ADMIN'],
      regionCode: '15',
      passwordHash: await hashPassword('Demo#2025'),
    } as never),
  );
  em.persist(
    em.create(User, {
      username: 'all.province',
      displayName: '全国只读',
      roles: ['PROVINCIAL_ADMIN'],
      regionCode: null,
      passwordHash: await hashPassword('Demo#2025'),
    } as never),
  );
  await em.flush();
  national = await s.login('all.province');
});
afterAll(() => s.close());

async function keyCountyId(code: string, token = national): Promise<{ id: string; version: number }> {
  const r = ok(
    await s.gql(`query($c: String!) { keyCounties(filter: { county: { eq: $c } }) { nodes { id version } } }`, { c: code }, token),
  );
  return r.keyCounties.nodes[0];
}

describe('given the seeded key counties', () => {
  it('when the Gansu admin lists them, then 会宁 and 靖远 are national and 景泰 provincial, with funds and latest evaluation', async () => {
    const r = ok(
      await s.gql(
        `{ keyCounties(orderBy: [{ field: countyCode }]) { totalCount nodes { countyCode level county { name } city { name }
            funds(year: 2022) { source amount disbursementRate startRate } fundsTotal(year: 2022) { amount disbursed disbursementRate startRate industryShare }
            latestEvaluation { year period rating povertyExitedIncomePerCapita incomeGrowth } } } }`,
        {},
        admin,
      ),
    );
    expect(r.keyCounties.totalCount).toBe(3); // jurisdiction: only Gansu's
    const byCode = Object.fromEntries(r.keyCounties.nodes.map((n: any) => [n.countyCode, n]));
    expect(byCode['620422'].level).toBe('NATIONAL');
    expect(byCode['620421'].level).toBe('NATIONAL');
    expect(byCode['620423'].level).toBe('PROVINCIAL');
    expect(byCode['620422'].county.name).toBe('会宁县');
    expect(byCode['620422'].city.name).toBe('白银市');
    // 会宁 2022: central 2.1 + 1.1 亿, provincial 0.9, city/county 0.3 → 4.4 亿; disbursed 3.15 亿 = 71.59 % → 71.6;
    // projects 120+45+30+12 = 207, started 112+40+27+12 = 191 → 92.27 % → 92.3; industry 3.0 / 4.4 = 68.18 % → 68.2.
    expect(byCode['620422'].fundsTotal).toEqual({
      amount: '440000000.00',
      disbursed: '315000000.00',
      disbursementRate: 71.6,
      startRate: 92.3,
      industryShare: 68.2,
    });
    expect(byCode['620422'].funds.map((f: any) => f.source)).toEqual(['CENTRAL', 'CITY_COUNTY', 'PROVINCIAL']);
    // Latest: 2023 Q2 (after Q1; no 2023 annual yet).
    expect(byCode['620422'].latestEvaluation).toMatchObject({
      year: 2023,
      period: 'Q2',
      rating: 'FAIRLY_GOOD',
      povertyExitedIncomePerCapita: '6420.00',
      incomeGrowth: 10.2,
    });
  });

  it('when listing 2 vs all counties with rollup fields, then the statement count does not grow with rows', async () => {
    const q = `query($n: Int) { keyCounties(first: $n) { nodes { countyCode county { name } funds { amount } fundsTotal(year: 2022) { amount } latestEvaluation { year } workTeamsOnDuty cadresOnDuty welfarePosts welfarePlaces peopleOnPost } } }`;
    const few = await s.gql(q, { n: 2 }, national);
    const many = await s.gql(q, { n: 50 }, national);
    ok(few);
    const nodes = ok(many).keyCounties.nodes;
    expect(nodes.length).toBe(9);
    // Seeded teams: 会宁 has 3 ACTIVE teams with 3 + 4 + 3 cadres on duty; 乌拉特前旗 1 team with 3.
    expect(nodes.find((n: any) => n.countyCode === '620422')).toMatchObject({ workTeamsOnDuty: 3, cadresOnDuty: 10 });
    expect(nodes.find((n: any) => n.countyCode === '150823')).toMatchObject({ workTeamsOnDuty: 1, cadresOnDuty: 3 });
    expect(nodes.find((n: any) => n.countyCode === '513431')).toMatchObject({ workTeamsOnDuty: 0, cadresOnDuty: 0 }); // recalled
    // Seeded posts: 会宁 4 OPEN posts with 4 + 3 + 3 + 2 places (its draft and closed posts do not
    // count), 靖远 3 + 3 + 2, 景泰 3 + 3 + 2; three placements ONBOARDED in each (the EXITED one is not on post).
    expect(nodes.find((n: any) => n.countyCode === '620422')).toMatchObject({ welfarePosts: 4, welfarePlaces: 12, peopleOnPost: 3 });
    expect(nodes.find((n: any) => n.countyCode === '620421')).toMatchObject({ welfarePosts: 3, welfarePlaces: 8, peopleOnPost: 3 });
    expect(nodes.find((n: any) => n.countyCode === '620423')).toMatchObject({ welfarePosts: 3, welfarePlaces: 8, peopleOnPost: 3 });
    expect(nodes.find((n: any) => n.countyCode === '150823')).toMatchObject({ welfarePosts: 0, welfarePlaces: 0, peopleOnPost: 0 });
    expect(many.statements).toBeLessThanOrEqual(few.statements);
  });
});

describe('given Inner Mongolia’s 2022 linkage funds (text 003)', () => {
  it('when the rollup for region 15 and 2022 is read, then it reproduces 86.76 亿 (35.26 + 51.5), 2,473 projects, 开工率 92.2 %, 支出进度 42.2 %', async () => {
    const im = await s.login('im.province');
    const r = ok(
      await s.gql(
        `{ keyCountyRollup(regionCode: "15", year: 2022) { regionCode year byLevel { level count active }
            fundsBySource { source amount disbursed projectCount projectsStarted disbursementRate startRate }
            fundsTotal { amount disbursed projectCount projectsStarted disbursementRate startRate industryShare } } }`,
        {},
        im,
      ),
    );
    const roll = r.keyCountyRollup;
    expect(roll.fundsTotal.amount).toBe('8676000000.00');
    expect(roll.fundsBySource.find((f: any) => f.source === 'CENTRAL').amount).toBe('3526000000.00');
    expect(roll.fundsBySource.find((f: any) => f.source === 'PROVINCIAL').amount).toBe('5150000000.00');
    expect(roll.fundsBySource.find((f: any) => f.source === 'CITY_COUNTY').amount).toBe('0.00');
    expect(roll.fundsTotal.projectCount).toBe(2473);
    expect(roll.fundsTotal.projectsStarted).toBe(2280);
    expect(roll.fundsTotal.startRate).toBe(92.2);
    expect(roll.fundsTotal.disbursed).toBe('3661272000.00');
    expect(roll.fundsTotal.disbursementRate).toBe(42.2);
    expect(roll.fundsTotal.industryShare).toBeGreaterThanOrEqual(55); // "超过55%"
    expect(roll.byLevel).toEqual([
      { level: 'NATIONAL', count: 3, active: 3 },
      { level: 'PROVINCIAL', count: 2, active: 2 },
    ]);
  });

  it('when a Gansu admin asks for Inner Mongolia, then it is refused', async () => {
    expectError(await s.gql(`{ keyCountyRollup(regionCode: "15", year: 2022) { year } }`, {}, admin), 'FORBIDDEN');
  });

  it('when filtering key counties by industry share below 55 % in 2022, then 磴口县 (2.5 / 5 = 50 %) and 靖远县 (1.6 / 3.0 = 53.3 %) are found', async () => {
    const r = ok(
      await s.gql(
        `{ keyCounties(filter: { industryShare: { year: 2022, lt: 55 } }) { nodes { countyCode industryShare(year: 2022) } } }`,
        {},
        national,
      ),
    );
    expect(r.keyCounties.nodes).toEqual([
      { countyCode: '150822', industryShare: 50 },
      { countyCode: '620421', industryShare: 53.3 },
    ]);
    const high = ok(
      await s.gql(
        `{ keyCounties(filter: { industryShare: { year: 2022, gte: 55 }, county: { within: "15" } }) { totalCount } }`,
        {},
        national,
      ),
    );
    expect(high.keyCounties.totalCount).toBe(4);
  });
});

describe('given the key-county rules', () => {
  it('when a county already named is named again, then CONFLICT and nothing is written', async () => {
    const before = ok(await s.gql(`{ keyCounties { totalCount } }`, {}, national)).keyCounties.totalCount;
    const e = expectError(
      await s.gql(
        `mutation { createKeyCounty(input: { countyCode: "620422", level: PROVINCIAL, designatedYear: 2022 }) { id } }`,
        {},
        national,
      ),
      'CONFLICT',
    );
    expect(e.extensions?.rule).toBe('UNIQUE_KEY_COUNTY');
    expect(ok(await s.gql(`{ keyCounties { totalCount } }`, {}, national)).keyCounties.totalCount).toBe(before);
  });

  it('when a non-county code or a county outside the jurisdiction is named, then refused', async () => {
    expectError(
      await s.gql(
        `mutation { createKeyCounty(input: { countyCode: "620422100", level: NATIONAL, designatedYear: 2021 }) { id } }`,
        {},
        admin,
      ),
      'BAD_USER_INPUT',
    );
    expectError(
      await s.gql(`mutation { createKeyCounty(input: { countyCode: "150802", level: NATIONAL, designatedYear: 2021 }) { id } }`, {}, admin),
      'FORBIDDEN',
    );
  });

  it('when a new key county is created, updated with a stale version, archived and restored, then each step behaves', async () => {
    const c = ok(
      await s.gql(
        `mutation { createKeyCounty(input: { countyCode: "620402", level: PROVINCIAL, designatedYear: 2022, notes: "测试" }) { ${KC} } }`,
        {},
        admin,
      ),
    ).createKeyCounty;
    expect(c).toMatchObject({ countyCode: '620402', status: 'ACTIVE', formerDeepPoverty: false, version: 1 });
    const u = ok(
      await s.gql(
        `mutation($id: ID!) { updateKeyCounty(id: $id, expectedVersion: 1, input: { status: EXITED }) { status version } }`,
        { id: c.id },
        admin,
      ),
    ).updateKeyCounty;
    expect(u).toEqual({ status: 'EXITED', version: 2 });
    expectError(
      await s.gql(`mutation($id: ID!) { updateKeyCounty(id: $id, expectedVersion: 1, input: { notes: "x" }) { id } }`, { id: c.id }, admin),
      'CONFLICT',
    );
    ok(await s.gql(`mutation($id: ID!) { archiveKeyCounty(id: $id) { archivedAt } }`, { id: c.id }, admin));
    expect(
      ok(await s.gql(`{ keyCounties(filter: { archived: ARCHIVED }) { nodes { countyCode } } }`, {}, admin)).keyCounties.nodes,
    ).toEqual([{ countyCode: '620402' }]);
    ok(await s.gql(`mutation($id: ID!) { restoreKeyCounty(id: $id) { archivedAt } }`, { id: c.id }, admin));
  });

  it('when a key county with funds is archived, then CONFLICT', async () => {
    const k = await keyCountyId('620423', admin);
    expect(
      expectError(await s.gql(`mutation($id: ID!) { archiveKeyCounty(id: $id) { id } }`, { id: k.id }, admin), 'CONFLICT').extensions?.rule,
    ).toBe('IN_USE');
  });
});

describe('given evaluations', () => {
  it('when a second evaluation for the same county, year and period is created, then CONFLICT; another period is accepted', async () => {
    const k = await keyCountyId('620421', admin);
    const dup = await s.gql(
      `mutation($k: ID!) { createCountyEvaluation(input: { keyCountyId: $k, year: 2022, period: ANNUAL, rating: GOOD }) { id } }`,
      { k: k.id },
      admin,
    );
    expect(expectError(dup, 'CONFLICT').extensions?.rule).toBe('UNIQUE_EVALUATION');
    const e = ok(
      await s.gql(
        `mutation($k: ID!) { createCountyEvaluation(input: { keyCountyId: $k, year: 2023, period: Q1, povertyExitedIncomePerCapita: "3100.50", incomeGrowth: 13.98, monitoredHouseholds: 10, riskEliminatedHouseholds: 4 }) { countyCode year period povertyExitedIncomePerCapita incomeGrowth keyCounty { countyCode } } }`,
        { k: k.id },
        admin,
      ),
    ).createCountyEvaluation;
    expect(e).toEqual({
      countyCode: '620421',
      year: 2023,
      period: 'Q1',
      povertyExitedIncomePerCapita: '3100.50',
      incomeGrowth: 13.98,
      keyCounty: { countyCode: '620421' },
    });
    const latest = ok(
      await s.gql(`{ keyCounties(filter: { county: { eq: "620421" } }) { nodes { latestEvaluation { year period } } } }`, {}, admin),
    );
    expect(latest.keyCounties.nodes[0].latestEvaluation).toEqual({ year: 2023, period: 'Q1' });
  });

  it('when risk-eliminated households exceed monitored ones or growth has three decimals, then BAD_USER_INPUT naming the fields', async () => {
    const k = await keyCountyId('620421', admin);
    const e = expectError(
      await s.gql(
        `mutation($k: ID!) { createCountyEvaluation(input: { keyCountyId: $k, year: 2023, period: Q3, monitoredHouseholds: 1, riskEliminatedHouseholds: 2, incomeGrowth: 1.234 }) { id } }`,
        { k: k.id },
        admin,
      ),
      'BAD_USER_INPUT',
    );
    expect(e.extensions?.problems.map((p: any) => p.field).sort()).toEqual(['incomeGrowth', 'riskEliminatedHouseholds']);
  });
});

describe('given fund allocations', () => {
  it('when disbursed exceeds the amount or started exceeds projects, then BAD_USER_INPUT and nothing is written', async () => {
    const k = await keyCountyId('620422', county);
    const before = ok(await s.gql(`{ fundAllocations { totalCount } }`, {}, county)).fundAllocations.totalCount;
    const e = expectError(
      await s.gql(
        `mutation($k: ID!) { createFundAllocation(input: { keyCountyId: $k, year: 2024, source: CENTRAL, purpose: INDUSTRY, amount: "100.00", disbursed: "100.01", projectCount: 2, projectsStarted: 3 }) { id } }`,
        { k: k.id },
        county,
      ),
      'BAD_USER_INPUT',
    );
    expect(e.extensions?.problems.map((p: any) => p.rule).sort()).toEqual(['notMoreThanAmount', 'notMoreThanProjects']);
    expect(ok(await s.gql(`{ fundAllocations { totalCount } }`, {}, county)).fundAllocations.totalCount).toBe(before);
  });

  it('when an allocation is created and updated, then 支出进度 and 开工率 are exact and the update rules hold', async () => {
    const k = await keyCountyId('620422', county);
    const f = ok(
      await s.gql(
        `mutation($k: ID!) { createFundAllocation(input: { keyCountyId: $k, year: 2024, source: CITY_COUNTY, purpose: EMPLOYMENT, amount: "3.00", disbursed: "1.00", projectCount: 3, projectsStarted: 2 }) { id version amount disbursed disbursementRate startRate countyCode } }`,
        { k: k.id },
        county,
      ),
    ).createFundAllocation;
    expect(f).toMatchObject({ amount: '3.00', disbursed: '1.00', disbursementRate: 33.3, startRate: 66.7, countyCode: '620422' });
    // Adding a child record does not rewrite the key county (its version stays).
    expect((await keyCountyId('620422', county)).version).toBe(k.version);
    expectError(
      await s.gql(
        `mutation($id: ID!) { updateFundAllocation(id: $id, expectedVersion: 1, input: { amount: "0.99" }) { id } }`,
        { id: f.id },
        county,
      ),
      'BAD_USER_INPUT',
    );
    const u = ok(
      await s.gql(
        `mutation($id: ID!) { updateFundAllocation(id: $id, expectedVersion: 1, input: { disbursed: "3.00", projectsStarted: 3 }) { disbursementRate startRate version } }`,
        { id: f.id },
        county,
      ),
    ).updateFundAllocation;
    expect(u).toEqual({ disbursementRate: 100, startRate: 100, version: 2 });
  });

  it('when filtering allocations by 支出进度 below 40 % in Inner Mongolia, then the hand-computed rows come back', async () => {
    const all = ok(
      await s.gql(`{ fundAllocations(first: 500, filter: { county: { within: "15" } }) { nodes { amount disbursed } } }`, {}, national),
    ).fundAllocations.nodes;
    const expected = all.filter((n: any) => Number(n.disbursed.replace('.', '')) * 100 < 40 * Number(n.amount.replace('.', ''))).length;
    expect(expected).toBeGreaterThan(0);
    const r = ok(
      await s.gql(
        `{ fundAllocations(filter: { county: { within: "15" }, disbursementRate: { lt: 40 } }) { totalCount nodes { disbursementRate } } }`,
        {},
        national,
      ),
    );
    expect(r.fundAllocations.totalCount).toBe(expected);
    for (const n of r.fundAllocations.nodes) expect(n.disbursementRate).toBeLessThan(40);
  });

  it('when a county officer writes to another county, then refused', async () => {
    const k = await keyCountyId('620421');
    expectError(
      await s.gql(
        `mutation($k: ID!) { createFundAllocation(input: { keyCountyId: $k, year: 2024, source: CENTRAL, purpose: INDUSTRY, amount: "1.00" }) { id } }`,
        { k: k.id },
        county,
      ),
      'BAD_USER_INPUT',
    );
  });
});
