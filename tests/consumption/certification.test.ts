import { startTestServer, ok, expectError } from '../support/server';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';

jest.setTimeout(180_000);

const DAY = 24 * 3600_000;
const PRODUCT = `id version status effectiveStatus certifiedToday certificateNumber validFrom validTo publicizedAt regionCode county { code } supplier { name }
  availableActions { action } history { action fromStatus toStatus comment }`;
const CREATE = `mutation($input: CreateAssistanceProductInput!) { createAssistanceProduct(input: $input) { ${PRODUCT} } }`;
const MOVE = `mutation($id: ID!, $action: ProductAction!, $v: Int!, $comment: String, $payload: ProductTransitionInput) {
  transitionAssistanceProduct(id: $id, action: $action, expectedVersion: $v, comment: $comment, payload: $payload) { ${PRODUCT} } }`;
const ONE = `query($id: ID!) { assistanceProduct(id: $id) { ${PRODUCT} } }`;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('assistance products: certification workflow and expiry', () => {
  let s: TestServer;
  let admin: string; // demo.im.province: publicizes, certifies, revokes
  let county: string; // demo.im.county (乌拉特中旗): recommends, or rejects before recommending
  let supplierId: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.login('demo.im.province');
    county = await s.login('demo.im.county');
    const orgs = ok(await s.gql(`{ organizations(filter: { name: { eq: "乌拉特中旗牧民肉羊合作社" } }) { nodes { id } } }`, {}, admin));
    supplierId = orgs.organizations.nodes[0].id;
  });
  afterAll(async () => s?.close());

  const input = (extra: Record<string, unknown> = {}) => ({
    name: '乌拉特中旗风干牛肉',
    category: 'MEAT_EGG',
    countyCode: '150824',
    supplierId,
    unit: '袋',
    price: '58.00',
    householdsLinked: 40,
    ...extra,
  });
  const move = async (
    token: string,
    p: { id: string; version: number },
    action: string,
    comment?: string,
    payload?: Record<string, unknown>,
  ) => ok(await s.gql(MOVE, { id: p.id, action, v: p.version, comment, payload }, token)).transitionAssistanceProduct;

  test('given a county not flagged poverty-exited or a supplier registered elsewhere, when creating, then BAD_USER_INPUT names the rule', async () => {
    const county = expectError(await s.gql(CREATE, { input: input({ countyCode: '150821' }) }, admin), 'BAD_USER_INPUT');
    expect(county.extensions?.problems[0]).toMatchObject({ field: 'input.countyCode', rule: 'povertyExitedCounty' });
    const supplier = expectError(await s.gql(CREATE, { input: input({ countyCode: '150825' }) }, admin), 'BAD_USER_INPUT');
    expect(supplier.extensions?.problems[0]).toMatchObject({ field: 'input.supplierId', rule: 'registeredInCounty' });
  });

  test('given a draft, when certified, then publicity must last the minimum days, a certificate is issued, and expiry follows its validity', async () => {
    let p = ok(await s.gql(CREATE, { input: input() }, admin)).createAssistanceProduct;
    expect(p).toMatchObject({ status: 'DRAFT', regionCode: '150824', certificateNumber: null });
    const illegal = expectError(await s.gql(MOVE, { id: p.id, action: 'CERTIFY', v: p.version }, admin), 'CONFLICT');
    expect(illegal.extensions?.rule).toBe('ILLEGAL_TRANSITION');
    p = await move(admin, p, 'SUBMIT');
    const noReason = expectError(await s.gql(MOVE, { id: p.id, action: 'REJECT', v: p.version }, county), 'BAD_USER_INPUT');
    expect(noReason.extensions?.problems[0].field).toBe('comment');
    // Recommending is the county's step, certifying the province's: each refuses the other level.
    expect(expectError(await s.gql(MOVE, { id: p.id, action: 'RECOMMEND', v: p.version }, admin), 'FORBIDDEN').extensions?.rule).toBe(
      'REVIEW_LEVEL',
    );
    p = await move(county, p, 'RECOMMEND');
    p = await move(admin, p, 'PUBLICIZE');
    expect(p.status).toBe('PUBLICIZING');

    // Day 4 of the notice: too early.
    clock.advance(4 * DAY);
    admin = await s.login('demo.im.province');
    const early = expectError(await s.gql(MOVE, { id: p.id, action: 'CERTIFY', v: p.version }, admin), 'CONFLICT');
    expect(early.extensions?.rule).toBe('PUBLICITY_PERIOD');

    // Day 5: allowed; the certificate is valid for 10 days in this test.
    clock.advance(1 * DAY);
    admin = await s.login('demo.im.province');
    const today = clock.today();
    p = await move(admin, p, 'CERTIFY', undefined, { validTo: addDays(today, 10) });
    expect(p).toMatchObject({
      status: 'CERTIFIED',
      effectiveStatus: 'CERTIFIED',
      certifiedToday: true,
      validFrom: today,
      validTo: addDays(today, 10),
    });
    expect(p.certificateNumber).toMatch(new RegExp(`^XFBF-150824-${today.slice(0, 4)}-\\d{5}$`));
    const notYet = expectError(await s.gql(MOVE, { id: p.id, action: 'EXPIRE', v: p.version }, admin), 'CONFLICT');
    expect(notYet.extensions?.rule).toBe('NOT_EXPIRED');
    expect(
      ok(await s.gql(`mutation { expireCertifications { id } }`, {}, admin)).expireCertifications.map((x: { id: string }) => x.id),
    ).not.toContain(p.id);

    // Past its validity: reads EXPIRED at once; expireCertifications records it through the workflow.
    clock.advance(11 * DAY);
    admin = await s.login('demo.im.province');
    const read = ok(await s.gql(ONE, { id: p.id }, admin)).assistanceProduct;
    expect(read).toMatchObject({ status: 'CERTIFIED', effectiveStatus: 'EXPIRED', certifiedToday: false });
    const expired = ok(await s.gql(`mutation { expireCertifications { id status } }`, {}, admin)).expireCertifications;
    expect(expired).toContainEqual({ id: p.id, status: 'EXPIRED' });
    const after = ok(await s.gql(ONE, { id: p.id }, admin)).assistanceProduct;
    expect(after.history.map((h: { action: string }) => h.action)).toEqual(['SUBMIT', 'RECOMMEND', 'PUBLICIZE', 'CERTIFY', 'EXPIRE']);
    expect(after.availableActions).toEqual([]);
  });

  test('given a certified product, when revoked, then a comment is required; and a rejected product may be resubmitted', async () => {
    let p = ok(await s.gql(CREATE, { input: input({ name: '乌拉特中旗羊肉干' }) }, admin)).createAssistanceProduct;
    county = await s.login('demo.im.county'); // the clock moved on in the test before: its session went idle
    for (const a of ['SUBMIT', 'RECOMMEND', 'PUBLICIZE']) p = await move(a === 'RECOMMEND' ? county : admin, p, a);
    clock.advance(5 * DAY);
    admin = await s.login('demo.im.province');
    p = await move(admin, p, 'CERTIFY');
    expect(p.validTo > clock.today()).toBe(true);
    expectError(await s.gql(MOVE, { id: p.id, action: 'REVOKE', v: p.version }, admin), 'BAD_USER_INPUT');
    p = await move(admin, p, 'REVOKE', '抽检不合格');
    expect(p.status).toBe('REVOKED');

    let q = ok(await s.gql(CREATE, { input: input({ name: '乌拉特中旗奶豆腐' }) }, admin)).createAssistanceProduct;
    q = await move(admin, q, 'SUBMIT');
    county = await s.login('demo.im.county');
    q = await move(county, q, 'REJECT', '材料不全');
    expect(q.status).toBe('REJECTED');
    q = await move(admin, q, 'SUBMIT');
    expect(q.status).toBe('SUBMITTED');
  });

  test('given a county officer of another province, when certifying, then FORBIDDEN', async () => {
    const county = await s.login('demo.county');
    const p = ok(await s.gql(CREATE, { input: input({ name: '乌拉特中旗沙葱' }) }, admin)).createAssistanceProduct;
    expectError(await s.gql(MOVE, { id: p.id, action: 'CERTIFY', v: p.version }, county), 'FORBIDDEN');
    // Recommend is a county permission, but the product is outside 会宁县: hidden.
    expectError(await s.gql(MOVE, { id: p.id, action: 'RECOMMEND', v: p.version }, county), 'NOT_FOUND');
  });
});
