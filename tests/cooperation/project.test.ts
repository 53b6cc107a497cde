import { startTestServer, ok, expectError } from '../support/server';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';

jest.setTimeout(180_000);

const DAY = 24 * 3600_000;
const PROJECT = `id version status plannedFunds fundsInPlace fundsDisbursed startDate completionDate regionCode county { code name } pairing { id }
  availableActions { action commentRequired } history { action fromStatus toStatus comment actorName payload }`;
const CREATE = `mutation($input: CreateCooperationProjectInput!) { createCooperationProject(input: $input) { ${PROJECT} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCooperationProjectInput!, $v: Int!) { updateCooperationProject(id: $id, input: $input, expectedVersion: $v) { ${PROJECT} } }`;
const MOVE = `mutation($id: ID!, $action: CooperationProjectAction!, $v: Int!, $comment: String, $payload: CooperationProjectTransitionInput) {
  transitionCooperationProject(id: $id, action: $action, expectedVersion: $v, comment: $comment, payload: $payload) { ${PROJECT} } }`;
const SUMMARY = `query($pairingId: ID!, $year: Int!) { cooperationSummary(year: $year, pairingId: $pairingId) {
  projects plannedFunds fundsInPlace fundsDisbursed startedProjects startRate fundsInPlaceRate disbursementRate enterprisesIntroduced investmentAttracted
  parksCoBuilt jobsCreated peopleBenefiting peopleBenefitingPovertyExited peopleBenefitingMonitored labourTransfers povertyExitedLabourTransfers consumptionSales helpedAreaAssistedSales
  byStatus { status count } } }`;
const PAIR = `mutation($input: CreatePairingInput!) { createPairing(input: $input) { id version } }`;

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

/** Steps the county takes (submission, start, completion, funds after acceptance); the province takes the rest. */
const COUNTY_STEPS = new Set(['SUBMIT', 'START', 'COMPLETE', 'RECORD_FUNDS']);

describe('cooperation projects: workflow, pairing period, funds after acceptance, summary', () => {
  let s: TestServer;
  let admin: string; // 内蒙古 province: approves, returns, accepts, cancels
  let county: string; // 乌拉特中旗 (150824): creates, submits, starts, completes
  let pairingId: string;
  let shounong: string;
  let chaoyangGov: string;
  let today: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.login('demo.im.province');
    county = await s.login('demo.im.county');
    today = clock.today();
    const org = async (name: string) =>
      ok(await s.gql(`query($n: String!) { organizations(filter: { name: { eq: $n } }) { nodes { id } } }`, { n: name }, admin))
        .organizations.nodes[0].id;
    shounong = await org('北京首农食品集团有限公司');
    chaoyangGov = await org('北京市朝阳区人民政府');
    // A fresh pairing (首农 designated assistance → 乌拉特中旗 from 2024-02-01) so the summary below only sees this test's projects and sales.
    pairingId = ok(
      await s.gql(
        PAIR,
        { input: { kind: 'DESIGNATED', helperOrganizationId: shounong, helpedRegionCode: '150824', startDate: '2024-02-01' } },
        admin,
      ),
    ).createPairing.id;
  });
  afterAll(async () => s?.close());

  const input = (extra: Record<string, unknown> = {}) => ({
    pairingId,
    countyCode: '150824',
    name: '乌拉特中旗肉羊屠宰加工项目',
    category: 'INDUSTRY',
    year: 2025,
    plannedFunds: '100.00',
    ...extra,
  });
  const tokenFor = (action: string) => (COUNTY_STEPS.has(action) ? county : admin);
  const move = async (p: { id: string; version: number }, action: string, comment?: string, payload?: Record<string, unknown>) =>
    ok(await s.gql(MOVE, { id: p.id, action, v: p.version, comment, payload }, tokenFor(action))).transitionCooperationProject;

  test('given funds above their limits, when creating or updating, then BAD_USER_INPUT names each field and nothing is written', async () => {
    const over = expectError(
      await s.gql(CREATE, { input: input({ fundsInPlace: '100.01', fundsDisbursed: '100.02' }) }, county),
      'BAD_USER_INPUT',
    );
    expect(over.extensions?.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'input.fundsInPlace', rule: 'maxPlanned' }),
        expect.objectContaining({ field: 'input.fundsDisbursed', rule: 'maxInPlace' }),
      ]),
    );
    const created = ok(
      await s.gql(CREATE, { input: input({ fundsInPlace: '60.00', fundsDisbursed: '60.00' }) }, county),
    ).createCooperationProject;
    const lowered = expectError(
      await s.gql(UPDATE, { id: created.id, input: { fundsInPlace: '59.99' }, v: created.version }, county),
      'BAD_USER_INPUT',
    );
    expect(lowered.extensions?.problems[0]).toMatchObject({ field: 'input.fundsDisbursed', rule: 'maxInPlace' });
    const planned = expectError(
      await s.gql(UPDATE, { id: created.id, input: { plannedFunds: '50.00' }, v: created.version }, county),
      'BAD_USER_INPUT',
    );
    expect(planned.extensions?.problems[0]).toMatchObject({ field: 'input.fundsInPlace', rule: 'maxPlanned' });
    const still = ok(
      await s.gql(`query($id: ID!) { cooperationProject(id: $id) { plannedFunds fundsInPlace version } }`, { id: created.id }, admin),
    ).cooperationProject;
    expect(still).toEqual({ plannedFunds: '100.00', fundsInPlace: '60.00', version: created.version });
    ok(await s.gql(MOVE, { id: created.id, action: 'CANCEL', v: created.version, comment: '测试数据' }, admin));
  });

  test('given a county outside the pairing, when creating, then BAD_USER_INPUT withinPairing', async () => {
    const err = expectError(await s.gql(CREATE, { input: input({ countyCode: '150823' }) }, admin), 'BAD_USER_INPUT');
    expect(err.extensions?.problems[0]).toMatchObject({ field: 'input.countyCode', rule: 'withinPairing' });
  });

  test('given a pairing’s period, when a project’s year, start or completion falls outside it, then it is refused; an ended pairing takes no new project', async () => {
    // 朝阳区政府's designated pairing with 乌拉特中旗 runs from 2025-01-01 to 30 days from now.
    const ending = ok(
      await s.gql(
        PAIR,
        {
          input: {
            kind: 'DESIGNATED',
            helperOrganizationId: chaoyangGov,
            helpedRegionCode: '150824',
            startDate: '2025-01-01',
            endDate: addDays(today, 30),
          },
        },
        admin,
      ),
    ).createPairing;
    const before = expectError(await s.gql(CREATE, { input: input({ pairingId: ending.id, year: 2024 }) }, county), 'BAD_USER_INPUT');
    expect(before.extensions?.problems[0]).toMatchObject({ field: 'input.year', rule: 'withinPairingPeriod' });
    let q = ok(
      await s.gql(CREATE, { input: input({ pairingId: ending.id, year: 2025, name: '协作期内的项目' }) }, county),
    ).createCooperationProject;
    for (const action of ['SUBMIT', 'APPROVE']) q = await move(q, action);
    const december = expectError(
      await s.gql(MOVE, { id: q.id, action: 'START', v: q.version, payload: { startDate: '2024-12-15' } }, county),
      'BAD_USER_INPUT',
    );
    expect(december.extensions?.problems[0]).toMatchObject({ field: 'payload.startDate', rule: 'withinPairingPeriod' });
    expect(
      ok(await s.gql(`query($id: ID!) { cooperationProject(id: $id) { status version } }`, { id: q.id }, admin)).cooperationProject,
    ).toEqual({ status: 'APPROVED', version: q.version });
    q = await move(q, 'START', undefined, { startDate: '2025-01-01' });
    expect(q.startDate).toBe('2025-01-01');
    // Completion on the end date (the first day no longer in force) is outside the period; the day before is inside.
    const late = expectError(
      await s.gql(MOVE, { id: q.id, action: 'COMPLETE', v: q.version, payload: { completionDate: addDays(today, 30) } }, county),
      'BAD_USER_INPUT',
    );
    expect(late.extensions?.problems[0]).toMatchObject({ field: 'payload.completionDate', rule: 'withinPairingPeriod' });
    q = await move(q, 'COMPLETE', undefined, { completionDate: addDays(today, 29) });
    expect(q.status).toBe('COMPLETED');

    // A pairing whose end has come takes no new project.
    const over = ok(
      await s.gql(
        PAIR,
        {
          input: {
            kind: 'DESIGNATED',
            helperOrganizationId: shounong,
            helpedRegionCode: '150825',
            startDate: '2022-01-01',
            endDate: '2023-01-01',
          },
        },
        admin,
      ),
    ).createPairing;
    const closed = expectError(
      await s.gql(CREATE, { input: input({ pairingId: over.id, countyCode: '150825', year: 2022 }) }, admin),
      'CONFLICT',
    );
    expect(closed.extensions?.rule).toBe('PAIRING_ENDED');
  });

  test('given a draft, when taken through return and on to acceptance by the county and the province, then every step is recorded and illegal steps are refused', async () => {
    let p = ok(await s.gql(CREATE, { input: input({ name: '京蒙协作帮扶车间' }) }, county)).createCooperationProject;
    expect(p.status).toBe('DRAFT');
    expect(p.availableActions.map((a: { action: string }) => a.action)).toEqual(['SUBMIT']);
    const illegal = expectError(await s.gql(MOVE, { id: p.id, action: 'APPROVE', v: p.version }, admin), 'CONFLICT');
    expect(illegal.extensions?.rule).toBe('ILLEGAL_TRANSITION');

    p = await move(p, 'SUBMIT');
    const noComment = expectError(await s.gql(MOVE, { id: p.id, action: 'RETURN', v: p.version }, admin), 'BAD_USER_INPUT');
    expect(noComment.extensions?.problems[0].field).toBe('comment');
    p = await move(p, 'RETURN', '资金测算不足，请补充');
    expect(p.status).toBe('DRAFT');
    p = await move(p, 'SUBMIT');
    p = await move(p, 'APPROVE');
    const skip = expectError(await s.gql(MOVE, { id: p.id, action: 'ACCEPT', v: p.version }, admin), 'CONFLICT');
    expect(skip.extensions?.rule).toBe('ILLEGAL_TRANSITION');
    p = await move(p, 'START', undefined, { startDate: '2025-04-01' });
    expect(p.startDate).toBe('2025-04-01');
    const early = expectError(
      await s.gql(MOVE, { id: p.id, action: 'COMPLETE', v: p.version, payload: { completionDate: '2025-03-01' } }, county),
      'BAD_USER_INPUT',
    );
    expect(early.extensions?.problems[0].field).toBe('payload.completionDate');
    p = await move(p, 'COMPLETE', undefined, { completionDate: '2025-10-31' });
    p = await move(p, 'ACCEPT');
    expect(p.status).toBe('ACCEPTED');
    expect(p.availableActions).toEqual([]); // the province has nothing left to do
    expect(p.history.map((h: { action: string }) => h.action)).toEqual([
      'SUBMIT',
      'RETURN',
      'SUBMIT',
      'APPROVE',
      'START',
      'COMPLETE',
      'ACCEPT',
    ]);
    expect(p.history[1]).toMatchObject({ fromStatus: 'SUBMITTED', toStatus: 'DRAFT', comment: '资金测算不足，请补充' });
    const closed = expectError(await s.gql(UPDATE, { id: p.id, input: { name: '改名' }, v: p.version }, county), 'CONFLICT');
    expect(closed.extensions?.rule).toBe('PROJECT_CLOSED');
    const stale = expectError(await s.gql(MOVE, { id: p.id, action: 'CANCEL', v: p.version - 1, comment: 'x' }, admin), 'CONFLICT');
    expect(stale.extensions?.rule).toBe('STALE_VERSION');
  });

  test('given an accepted project, when funds arrive and are spent afterwards, then RECORD_FUNDS adds them within the limits, keeps it ACCEPTED and writes each arrival in the history', async () => {
    let p = ok(
      await s.gql(
        CREATE,
        { input: input({ name: '验收后尾款到位的项目', plannedFunds: '100.00', fundsInPlace: '60.00', fundsDisbursed: '50.00' }) },
        county,
      ),
    ).createCooperationProject;
    for (const action of ['SUBMIT', 'APPROVE', 'START', 'COMPLETE', 'ACCEPT']) p = await move(p, action);
    const asCounty = ok(
      await s.gql(`query($id: ID!) { cooperationProject(id: $id) { availableActions { action } } }`, { id: p.id }, county),
    ).cooperationProject;
    expect(asCounty.availableActions).toEqual([{ action: 'RECORD_FUNDS' }]);

    const nothing = expectError(
      await s.gql(MOVE, { id: p.id, action: 'RECORD_FUNDS', v: p.version, payload: {} }, county),
      'BAD_USER_INPUT',
    );
    expect(nothing.extensions?.problems[0]).toMatchObject({ field: 'payload.fundsArrived', rule: 'required' });
    const tooMuch = expectError(
      await s.gql(MOVE, { id: p.id, action: 'RECORD_FUNDS', v: p.version, payload: { fundsArrived: '40.01' } }, county),
      'BAD_USER_INPUT',
    );
    expect(tooMuch.extensions?.problems[0]).toMatchObject({ field: 'payload.fundsArrived', rule: 'maxPlanned' });
    const overspent = expectError(
      await s.gql(
        MOVE,
        { id: p.id, action: 'RECORD_FUNDS', v: p.version, payload: { fundsArrived: '10.00', fundsSpent: '20.01' } },
        county,
      ),
      'BAD_USER_INPUT',
    );
    expect(overspent.extensions?.problems[0]).toMatchObject({ field: 'payload.fundsSpent', rule: 'maxInPlace' });
    const negative = expectError(
      await s.gql(MOVE, { id: p.id, action: 'RECORD_FUNDS', v: p.version, payload: { fundsSpent: '-1.00' } }, county),
      'BAD_USER_INPUT',
    );
    expect(negative.extensions?.problems[0]).toMatchObject({ field: 'payload.fundsSpent', rule: 'positive' });
    // A county step: the province does not record it.
    expectError(
      await s.gql(MOVE, { id: p.id, action: 'RECORD_FUNDS', v: p.version, payload: { fundsArrived: '1.00' } }, admin),
      'FORBIDDEN',
    );
    expect(
      ok(await s.gql(`query($id: ID!) { cooperationProject(id: $id) { version fundsInPlace fundsDisbursed } }`, { id: p.id }, admin))
        .cooperationProject,
    ).toEqual({ version: p.version, fundsInPlace: '60.00', fundsDisbursed: '50.00' });

    // 60.00 + 30.00 = 90.00 in place; 50.00 + 35.00 = 85.00 spent; then the last 10.00 arrives: 100.00.
    p = await move(p, 'RECORD_FUNDS', '尾款到位', { fundsArrived: '30.00', fundsSpent: '35.00' });
    expect(p).toMatchObject({ status: 'ACCEPTED', fundsInPlace: '90.00', fundsDisbursed: '85.00' });
    p = await move(p, 'RECORD_FUNDS', undefined, { fundsArrived: '10.00' });
    expect(p).toMatchObject({ status: 'ACCEPTED', plannedFunds: '100.00', fundsInPlace: '100.00', fundsDisbursed: '85.00' });
    const funds = p.history.filter((h: { action: string }) => h.action === 'RECORD_FUNDS');
    expect(funds).toEqual([
      expect.objectContaining({
        fromStatus: 'ACCEPTED',
        toStatus: 'ACCEPTED',
        comment: '尾款到位',
        payload: JSON.stringify({ fundsArrived: '30.00', fundsSpent: '35.00' }),
      }),
      expect.objectContaining({
        fromStatus: 'ACCEPTED',
        toStatus: 'ACCEPTED',
        comment: null,
        payload: JSON.stringify({ fundsArrived: '10.00' }),
      }),
    ]);
  });

  test('given a viewer, when moving a project, then FORBIDDEN', async () => {
    const p = ok(await s.gql(CREATE, { input: input({ name: '观察者不可操作的项目' }) }, county)).createCooperationProject;
    const partner = await s.login('demo.bj.chaoyang');
    expectError(await s.gql(MOVE, { id: p.id, action: 'SUBMIT', v: p.version }, partner), 'FORBIDDEN');
    ok(await s.gql(MOVE, { id: p.id, action: 'CANCEL', v: p.version, comment: '测试数据' }, admin));
  });

  test('given projects of known figures and recorded sales, when summarised, then the totals equal the hand-computed numbers', async () => {
    // Year 2024 under the same pairing: A accepted, B in progress, C approved, D submitted (not counted), E cancelled (not counted).
    const mk = async (name: string, extra: Record<string, unknown>) =>
      ok(await s.gql(CREATE, { input: input({ name, year: 2024, ...extra }) }, county)).createCooperationProject;
    let a = await mk('A 共建园区', {
      category: 'INDUSTRIAL_PARK',
      plannedFunds: '100.00',
      fundsInPlace: '100.00',
      fundsDisbursed: '80.00',
      enterprisesIntroduced: 2,
      investmentAttracted: '5000.50',
      parkCoBuilt: true,
      jobsCreated: 12,
      peopleBenefitingPovertyExited: 30,
      peopleBenefitingMonitored: 4,
      labourTransfers: 10,
      povertyExitedLabourTransfers: 6,
    });
    let b = await mk('B 劳务协作', {
      category: 'LABOR',
      plannedFunds: '50.50',
      fundsInPlace: '20.25',
      labourTransfers: 40,
      povertyExitedLabourTransfers: 25,
      peopleBenefitingPovertyExited: 40,
    });
    let c = await mk('C 教育', { category: 'EDUCATION', plannedFunds: '10.00', jobsCreated: 1 });
    const d = await mk('D 待批复', { plannedFunds: '999.00', enterprisesIntroduced: 9 });
    const e = await mk('E 取消', { plannedFunds: '777.00', labourTransfers: 77 });
    const dates = { START: { startDate: '2024-03-01' }, COMPLETE: { completionDate: '2024-11-30' } } as Record<
      string,
      Record<string, string>
    >;
    for (const action of ['SUBMIT', 'APPROVE', 'START', 'COMPLETE', 'ACCEPT']) a = await move(a, action, undefined, dates[action]);
    for (const action of ['SUBMIT', 'APPROVE', 'START']) b = await move(b, action, undefined, dates[action]);
    for (const action of ['SUBMIT', 'APPROVE']) c = await move(c, action);
    await move(d, 'SUBMIT');
    await move(e, 'CANCEL', '重复申报');

    // 2024 sales of a certified 乌拉特中旗 product (the demo has none in 2024). The pairing runs from 2024-02-01 with 首农 as helper.
    const product = ok(
      await s.gql(
        `{ assistanceProducts(filter: { county: { eq: "150824" }, status: { eq: CERTIFIED } }, first: 1) { nodes { id } } }`,
        {},
        admin,
      ),
    ).assistanceProducts.nodes[0];
    ok(
      await s.gql(
        `mutation($rows: [ProductSaleRowInput!]!) { recordProductSales(rows: $rows) { recorded } }`,
        {
          rows: [
            { productId: product.id, month: '2024-03', channel: 'EAST_PARTNER', quantity: 10, amount: '1234.56' }, // partner: eastern channel, no buyer recorded
            {
              productId: product.id,
              month: '2024-05',
              channel: 'ENTERPRISE',
              quantity: 3,
              amount: '300.00',
              buyerOrganizationId: shounong,
            }, // partner: the helper organization bought it
            {
              productId: product.id,
              month: '2024-06',
              channel: 'EAST_PARTNER',
              quantity: 1,
              amount: '99.99',
              buyerOrganizationId: chaoyangGov,
            }, // not: the buyer is another body
            { productId: product.id, month: '2024-09', channel: 'PLATFORM_832', quantity: 5, amount: '765.44' }, // not: a national platform sale
            { productId: product.id, month: '2024-01', channel: 'EAST_PARTNER', quantity: 1, amount: '50.00' }, // not: before the pairing began
          ],
        },
        admin,
      ),
    );

    const sum = ok(await s.gql(SUMMARY, { pairingId, year: 2024 }, admin)).cooperationSummary;
    expect(sum).toMatchObject({
      projects: 3,
      plannedFunds: '160.50', // 100.00 + 50.50 + 10.00
      fundsInPlace: '120.25', // 100.00 + 20.25
      fundsDisbursed: '80.00',
      startedProjects: 2,
      startRate: 66.7, // 2 of 3
      fundsInPlaceRate: 74.9, // 120.25 / 160.50 = 74.92%
      disbursementRate: 66.5, // 80.00 / 120.25 = 66.53%
      enterprisesIntroduced: 2,
      investmentAttracted: '5000.50',
      parksCoBuilt: 1,
      jobsCreated: 13,
      peopleBenefiting: 74,
      peopleBenefitingPovertyExited: 70,
      peopleBenefitingMonitored: 4,
      labourTransfers: 50,
      povertyExitedLabourTransfers: 31,
      consumptionSales: '1534.56', // 1234.56 + 300.00
      helpedAreaAssistedSales: '2449.99', // 1234.56 + 300.00 + 99.99 + 765.44 + 50.00
    });
    const byStatus = Object.fromEntries(sum.byStatus.map((x: { status: string; count: number }) => [x.status, x.count]));
    expect(byStatus).toMatchObject({ ACCEPTED: 1, IN_PROGRESS: 1, APPROVED: 1, SUBMITTED: 1, CANCELLED: 1, DRAFT: 0, COMPLETED: 0 });
  });
});
