import { startTestServer, ok, expectError } from '../support/server';
import type { TestServer } from '../support/server';

jest.setTimeout(180_000);

const PROJECT = `id version status plannedFunds fundsInPlace fundsDisbursed startDate completionDate regionCode county { code name } pairing { id }
  availableActions { action commentRequired } history { action fromStatus toStatus comment actorName }`;
const CREATE = `mutation($input: CreateCooperationProjectInput!) { createCooperationProject(input: $input) { ${PROJECT} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCooperationProjectInput!, $v: Int!) { updateCooperationProject(id: $id, input: $input, expectedVersion: $v) { ${PROJECT} } }`;
const MOVE = `mutation($id: ID!, $action: CooperationProjectAction!, $v: Int!, $comment: String, $payload: CooperationProjectTransitionInput) {
  transitionCooperationProject(id: $id, action: $action, expectedVersion: $v, comment: $comment, payload: $payload) { ${PROJECT} } }`;
const SUMMARY = `query($pairingId: ID!, $year: Int!) { cooperationSummary(year: $year, pairingId: $pairingId) {
  projects plannedFunds fundsInPlace fundsDisbursed startedProjects startRate fundsInPlaceRate disbursementRate enterprisesIntroduced investmentAttracted
  parksCoBuilt jobsCreated peopleBenefiting peopleBenefitingPovertyExited peopleBenefitingMonitored labourTransfers povertyExitedLabourTransfers consumptionSales
  byStatus { status count } } }`;

describe('cooperation projects: workflow, fund limits, summary', () => {
  let s: TestServer;
  let admin: string;
  let pairingId: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.login('demo.im.province');
    // A fresh pairing (怀柔区 → 乌拉特前旗) so the summary below only sees this test's projects.
    pairingId = ok(await s.gql(`mutation { createPairing(input: { kind: EAST_WEST, helperRegionCode: "110116", helpedRegionCode: "150823", startDate: "2025-01-01" }) { id } }`, {}, admin)).createPairing.id;
  });
  afterAll(async () => s?.close());

  const input = (extra: Record<string, unknown> = {}) => ({ pairingId, countyCode: '150823', name: '乌拉特前旗肉羊屠宰加工项目', category: 'INDUSTRY', year: 2025, plannedFunds: '100.00', ...extra });
  const move = async (p: { id: string; version: number }, action: string, comment?: string, payload?: Record<string, unknown>) => ok(await s.gql(MOVE, { id: p.id, action, v: p.version, comment, payload }, admin)).transitionCooperationProject;

  test('given funds above their limits, when creating or updating, then BAD_USER_INPUT names each field and nothing is written', async () => {
    const over = expectError(await s.gql(CREATE, { input: input({ fundsInPlace: '100.01', fundsDisbursed: '100.02' }) }, admin), 'BAD_USER_INPUT');
    expect(over.extensions?.problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: 'input.fundsInPlace', rule: 'maxPlanned' }),
      expect.objectContaining({ field: 'input.fundsDisbursed', rule: 'maxInPlace' }),
    ]));
    const created = ok(await s.gql(CREATE, { input: input({ fundsInPlace: '60.00', fundsDisbursed: '60.00' }) }, admin)).createCooperationProject;
    const lowered = expectError(await s.gql(UPDATE, { id: created.id, input: { fundsInPlace: '59.99' }, v: created.version }, admin), 'BAD_USER_INPUT');
    expect(lowered.extensions?.problems[0]).toMatchObject({ field: 'input.fundsDisbursed', rule: 'maxInPlace' });
    const planned = expectError(await s.gql(UPDATE, { id: created.id, input: { plannedFunds: '50.00' }, v: created.version }, admin), 'BAD_USER_INPUT');
    expect(planned.extensions?.problems[0]).toMatchObject({ field: 'input.fundsInPlace', rule: 'maxPlanned' });
    const still = ok(await s.gql(`query($id: ID!) { cooperationProject(id: $id) { plannedFunds fundsInPlace version } }`, { id: created.id }, admin)).cooperationProject;
    expect(still).toEqual({ plannedFunds: '100.00', fundsInPlace: '60.00', version: created.version });
    ok(await s.gql(MOVE, { id: created.id, action: 'CANCEL', v: created.version, comment: '测试数据' }, admin));
  });

  test('given a county outside the pairing, when creating, then BAD_USER_INPUT withinPairing', async () => {
    const err = expectError(await s.gql(CREATE, { input: input({ countyCode: '150824' }) }, admin), 'BAD_USER_INPUT');
    expect(err.extensions?.problems[0]).toMatchObject({ field: 'input.countyCode', rule: 'withinPairing' });
  });

  test('given a draft, when taken through return and on to acceptance, then every step is recorded and illegal steps are refused', async () => {
    let p = ok(await s.gql(CREATE, { input: input({ name: '京蒙协作帮扶车间' }) }, admin)).createCooperationProject;
    expect(p.status).toBe('DRAFT');
    expect(p.availableActions.map((a: { action: string }) => a.action)).toEqual(['SUBMIT', 'CANCEL']);
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
    const early = expectError(await s.gql(MOVE, { id: p.id, action: 'COMPLETE', v: p.version, payload: { completionDate: '2025-03-01' } }, admin), 'BAD_USER_INPUT');
    expect(early.extensions?.problems[0].field).toBe('payload.completionDate');
    p = await move(p, 'COMPLETE', undefined, { completionDate: '2025-10-31' });
    p = await move(p, 'ACCEPT');
    expect(p.status).toBe('ACCEPTED');
    expect(p.availableActions).toEqual([]);
    expect(p.history.map((h: { action: string }) => h.action)).toEqual(['SUBMIT', 'RETURN', 'SUBMIT', 'APPROVE', 'START', 'COMPLETE', 'ACCEPT']);
    expect(p.history[1]).toMatchObject({ fromStatus: 'SUBMITTED', toStatus: 'DRAFT', comment: '资金测算不足，请补充' });
    const closed = expectError(await s.gql(UPDATE, { id: p.id, input: { name: '改名' }, v: p.version }, admin), 'CONFLICT');
    expect(closed.extensions?.rule).toBe('PROJECT_CLOSED');
    const stale = expectError(await s.gql(MOVE, { id: p.id, action: 'CANCEL', v: p.version - 1, comment: 'x' }, admin), 'CONFLICT');
    expect(stale.extensions?.rule).toBe('STALE_VERSION');
  });

  test('given a viewer, when moving a project, then FORBIDDEN', async () => {
    const p = ok(await s.gql(CREATE, { input: input({ name: '观察者不可操作的项目' }) }, admin)).createCooperationProject;
    const partner = await s.login('demo.bj.chaoyang');
    expectError(await s.gql(MOVE, { id: p.id, action: 'SUBMIT', v: p.version }, partner), 'FORBIDDEN');
    ok(await s.gql(MOVE, { id: p.id, action: 'CANCEL', v: p.version, comment: '测试数据' }, admin));
  });

  test('given projects of known figures and recorded sales, when summarised, then the totals equal the hand-computed numbers', async () => {
    // Year 2024 under the same pairing: A accepted, B in progress, C approved, D submitted (not counted), E cancelled (not counted).
    const mk = async (name: string, extra: Record<string, unknown>) => ok(await s.gql(CREATE, { input: input({ name, year: 2024, ...extra }) }, admin)).createCooperationProject;
    let a = await mk('A 共建园区', { category: 'INDUSTRIAL_PARK', plannedFunds: '100.00', fundsInPlace: '100.00', fundsDisbursed: '80.00', enterprisesIntroduced: 2, investmentAttracted: '5000.50', parkCoBuilt: true, jobsCreated: 12, peopleBenefitingPovertyExited: 30, peopleBenefitingMonitored: 4, labourTransfers: 10, povertyExitedLabourTransfers: 6 });
    let b = await mk('B 劳务协作', { category: 'LABOR', plannedFunds: '50.50', fundsInPlace: '20.25', labourTransfers: 40, povertyExitedLabourTransfers: 25, peopleBenefitingPovertyExited: 40 });
    let c = await mk('C 教育', { category: 'EDUCATION', plannedFunds: '10.00', jobsCreated: 1 });
    let d = await mk('D 待批复', { plannedFunds: '999.00', enterprisesIntroduced: 9 });
    let e = await mk('E 取消', { plannedFunds: '777.00', labourTransfers: 77 });
    for (const action of ['SUBMIT', 'APPROVE', 'START', 'COMPLETE', 'ACCEPT']) a = await move(a, action);
    for (const action of ['SUBMIT', 'APPROVE', 'START']) b = await move(b, action);
    for (const action of ['SUBMIT', 'APPROVE']) c = await move(c, action);
    d = await move(d, 'SUBMIT');
    e = await move(e, 'CANCEL', '重复申报');

    // Assisted sales of a certified 乌拉特前旗 product in 2024 count; 2024 had none before.
    const product = ok(await s.gql(`{ assistanceProducts(filter: { county: { eq: "150823" }, status: { eq: CERTIFIED } }, first: 1) { nodes { id } } }`, {}, admin)).assistanceProducts.nodes[0];
    ok(await s.gql(`mutation($rows: [ProductSaleRowInput!]!) { recordProductSales(rows: $rows) { recorded } }`, { rows: [
      { productId: product.id, month: '2024-03', channel: 'EAST_PARTNER', quantity: 10, amount: '1234.56' },
      { productId: product.id, month: '2024-09', channel: 'PLATFORM_832', quantity: 5, amount: '765.44' },
    ] }, admin));

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
      consumptionSales: '2000.00',
    });
    const byStatus = Object.fromEntries(sum.byStatus.map((x: { status: string; count: number }) => [x.status, x.count]));
    expect(byStatus).toMatchObject({ ACCEPTED: 1, IN_PROGRESS: 1, APPROVED: 1, SUBMITTED: 1, CANCELLED: 1, DRAFT: 0, COMPLETED: 0 });
  });
});
