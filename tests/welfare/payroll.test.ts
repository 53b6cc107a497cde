import { startTestServer, expectError, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';
import {
  LONG_SESSIONS,
  advanceTo,
  apply,
  createPerson,
  levelTokens,
  openPost,
  organizationId,
  transitionPlacement,
  villages,
} from './helpers';

jest.setTimeout(300_000);

const PAYROLL =
  'mutation($c: String!, $m: YearMonth!, $a: [SubsidyAssessmentInput!]) { generateSubsidyPayroll(countyCode: $c, month: $m, assessments: $a) { created existing total paymentIds } }';
const PAYMENTS =
  'query($id: ID!) { jobPlacement(id: $id) { flaggedForExit subsidyPayments(orderBy: [{ field: month }]) { totalCount nodes { id version month daysOnPost daysInMonth amount monthlySubsidy status assessment attendanceDays workingDays paidDate paymentReference } } } }';
const ASSESS =
  'mutation($id: ID!, $a: Assessment!, $d: Int, $w: Int, $v: Int!) { recordSubsidyAssessment(id: $id, assessment: $a, attendanceDays: $d, workingDays: $w, expectedVersion: $v) { id version assessment attendanceDays workingDays amount } }';

function transitionPayment(s: TestServer, token: string, id: string, action: string, v: number, payload?: Record<string, unknown>) {
  return s.gql(
    'mutation($id: ID!, $a: SubsidyPaymentAction!, $v: Int!, $p: SubsidyPaymentTransitionInput) { transitionSubsidyPayment(id: $id, action: $a, expectedVersion: $v, payload: $p) { id version status paidDate paymentReference amount } }',
    { id, a: action, v, p: payload ?? null },
    token,
  );
}

describe('welfare subsidy payroll', () => {
  let s: TestServer;
  let county: string;
  let a: string; // on post from 2026-03-10
  let b: string; // on post 2026-02-01 … 2026-03-15
  let c: string; // on post from 2026-04-01

  beforeAll(async () => {
    s = await startTestServer(LONG_SESSIONS);
    county = await s.login('demo.county');
    const org = await organizationId(s, county);
    const [village] = await villages(s, county, '620422102', 1);
    const post = await openPost(s, county, { villageCode: village, organizationId: org, headcount: 5, monthlySubsidy: '500.00' });
    const mk = async (startDate: string) => {
      const p = await apply(s, county, post, await createPerson(s, county, { villageCode: village }));
      return advanceTo(s, county, p.id, 'ONBOARDED', { agreementNumber: `HN-${startDate}`, startDate });
    };
    a = (await mk('2026-03-10')).id;
    const pb = await mk('2026-02-01');
    b = pb.id;
    ok(
      await transitionPlacement(s, (await levelTokens(s, village)).township, b, 'EXIT', pb.version, '聘期内主动退出', {
        exitReason: 'VOLUNTARY',
        exitDate: '2026-03-15',
      }),
    );
    c = (await mk('2026-04-01')).id;
  });
  afterAll(async () => {
    await s?.close();
  });

  test('given placements on post part of March, when the payroll runs twice, then amounts are prorated to the fen and the second run creates and changes nothing', async () => {
    const first = ok(await s.gql(PAYROLL, { c: '620422', m: '2026-03' }, county)).generateSubsidyPayroll;
    expect(first.created).toBeGreaterThanOrEqual(2);

    const pa = ok(await s.gql(PAYMENTS, { id: a }, county)).jobPlacement.subsidyPayments;
    // 500.00 × 22 / 31 = 354.8387… → 354.84 (half up)
    expect(pa.nodes).toEqual([
      expect.objectContaining({
        month: '2026-03',
        daysOnPost: 22,
        daysInMonth: 31,
        monthlySubsidy: '500.00',
        amount: '354.84',
        status: 'CALCULATED',
        assessment: null,
      }),
    ]);
    const pb = ok(await s.gql(PAYMENTS, { id: b }, county)).jobPlacement.subsidyPayments;
    // exit date is the last day on post: 1–15 March = 15 days; 500.00 × 15 / 31 = 241.9354… → 241.94
    expect(pb.nodes).toEqual([expect.objectContaining({ month: '2026-03', daysOnPost: 15, amount: '241.94' })]);
    const pc = ok(await s.gql(PAYMENTS, { id: c }, county)).jobPlacement.subsidyPayments;
    expect(pc.totalCount).toBe(0);

    const second = ok(await s.gql(PAYROLL, { c: '620422', m: '2026-03' }, county)).generateSubsidyPayroll;
    expect(second.created).toBe(0);
    expect(second.existing).toBe(first.created + first.existing);
    expect(second.total).toBe(first.total);
    expect([...second.paymentIds].sort()).toEqual([...first.paymentIds].sort());
    const again = ok(await s.gql(PAYMENTS, { id: a }, county)).jobPlacement.subsidyPayments;
    expect(again.nodes).toEqual(pa.nodes);
  });

  test('given a calculated payment, when it is approved and paid, then a later payroll run leaves it unchanged; missing assessment or payload is refused', async () => {
    const pay = ok(await s.gql(PAYMENTS, { id: b }, county)).jobPlacement.subsidyPayments.nodes[0];
    expect(expectError(await transitionPayment(s, county, pay.id, 'APPROVE', pay.version), 'CONFLICT').extensions?.rule).toBe(
      'ASSESSMENT_MISSING',
    );
    expect(
      expectError(
        await transitionPayment(s, county, pay.id, 'PAY', pay.version, { paidDate: '2026-04-05', paymentReference: 'X' }),
        'CONFLICT',
      ).extensions?.rule,
    ).toBe('ILLEGAL_TRANSITION');

    const assessed = ok(
      await s.gql(
        'mutation($id: ID!, $v: Int!) { recordSubsidyAssessment(id: $id, assessment: PASS, attendanceDays: 14, expectedVersion: $v) { version assessment attendanceDays } }',
        { id: pay.id, v: pay.version },
        county,
      ),
    ).recordSubsidyAssessment;
    // Attendance prorates: 500.00 × 14 ÷ 31 = 225.8064… → 225.81 (half up to the fen).
    expect(assessed).toMatchObject({ assessment: 'PASS', attendanceDays: 14 });
    expect(ok(await s.gql(PAYMENTS, { id: b }, county)).jobPlacement.subsidyPayments.nodes[0].amount).toBe('225.81');
    const tooMany = await s.gql(
      'mutation($id: ID!, $v: Int!) { recordSubsidyAssessment(id: $id, assessment: PASS, attendanceDays: 16, expectedVersion: $v) { id } }',
      { id: pay.id, v: assessed.version },
      county,
    );
    expect(expectError(tooMany, 'BAD_USER_INPUT').extensions?.problems[0]).toMatchObject({ field: 'attendanceDays', rule: 'range' });

    const approved = ok(await transitionPayment(s, county, pay.id, 'APPROVE', assessed.version)).transitionSubsidyPayment;
    expect(approved.status).toBe('APPROVED');
    const noPayload = await transitionPayment(s, county, pay.id, 'PAY', approved.version);
    expect(
      expectError(noPayload, 'BAD_USER_INPUT')
        .extensions?.problems.map((p: { field: string }) => p.field)
        .sort(),
    ).toEqual(['payload.paidDate', 'payload.paymentReference']);
    // March is paid after March: its last day is too early.
    const inMonth = await transitionPayment(s, county, pay.id, 'PAY', approved.version, {
      paidDate: '2026-03-31',
      paymentReference: 'HN-PAY-202603-001',
    });
    expect(expectError(inMonth, 'BAD_USER_INPUT').extensions?.problems[0]).toMatchObject({ field: 'payload.paidDate', rule: 'afterMonth' });
    const paid = ok(
      await transitionPayment(s, county, pay.id, 'PAY', approved.version, {
        paidDate: '2026-04-05',
        paymentReference: 'HN-PAY-202603-001',
      }),
    ).transitionSubsidyPayment;
    expect(paid).toMatchObject({ status: 'PAID', paidDate: '2026-04-05', paymentReference: 'HN-PAY-202603-001', amount: '225.81' });

    // A paid payment's assessment is closed.
    expect(
      expectError(
        await s.gql(
          'mutation($id: ID!, $v: Int!) { recordSubsidyAssessment(id: $id, assessment: FAIL, expectedVersion: $v) { id } }',
          { id: pay.id, v: paid.version },
          county,
        ),
        'CONFLICT',
      ).extensions?.rule,
    ).toBe('PAYMENT_NOT_CALCULATED');

    const rerun = ok(await s.gql(PAYROLL, { c: '620422', m: '2026-03' }, county)).generateSubsidyPayroll;
    expect(rerun.created).toBe(0);
    const after = ok(await s.gql(PAYMENTS, { id: b }, county)).jobPlacement.subsidyPayments.nodes[0];
    expect(after).toMatchObject({ status: 'PAID', version: paid.version, amount: '225.81', paidDate: '2026-04-05' });

    const history = ok(
      await s.gql('query($id: ID!) { subsidyPayment(id: $id) { history { action fromStatus toStatus } } }', { id: pay.id }, county),
    ).subsidyPayment.history;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['APPROVE', 'PAY']);
  });

  test('given two consecutive failed months, when the second FAIL is recorded, then both months are withheld and the placement is flagged for exit', async () => {
    const march = ok(await s.gql(PAYMENTS, { id: a }, county)).jobPlacement.subsidyPayments.nodes[0];
    const failed = ok(
      await s.gql(
        'mutation($id: ID!, $v: Int!) { recordSubsidyAssessment(id: $id, assessment: FAIL, attendanceDays: 5, expectedVersion: $v) { id amount } }',
        { id: march.id, v: march.version },
        county,
      ),
    ).recordSubsidyAssessment;
    expect(failed.amount).toBe('0.00'); // was 354.84 before the assessment
    expect(ok(await s.gql(PAYMENTS, { id: a }, county)).jobPlacement.flaggedForExit).toBe(false);

    // April: a full month for a and c, assessments given with the payroll.
    const april = ok(
      await s.gql(
        PAYROLL,
        {
          c: '620422',
          m: '2026-04',
          a: [
            { placementId: a, assessment: 'FAIL', attendanceDays: 3 },
            { placementId: c, assessment: 'PASS', attendanceDays: 30 },
          ],
        },
        county,
      ),
    ).generateSubsidyPayroll;
    expect(april.created).toBeGreaterThanOrEqual(2);
    const pa = ok(await s.gql(PAYMENTS, { id: a }, county)).jobPlacement;
    expect(pa.flaggedForExit).toBe(true);
    expect(pa.subsidyPayments.nodes[1]).toMatchObject({
      month: '2026-04',
      daysOnPost: 30,
      daysInMonth: 30,
      amount: '0.00',
      assessment: 'FAIL',
      attendanceDays: 3,
    });
    const pc = ok(await s.gql(PAYMENTS, { id: c }, county)).jobPlacement;
    expect(pc.flaggedForExit).toBe(false);
    expect(pc.subsidyPayments.nodes[0]).toMatchObject({ month: '2026-04', amount: '500.00', assessment: 'PASS' });
    const flagged = ok(
      await s.gql('{ jobPlacements(filter: { flaggedForExit: { eq: true } }) { nodes { id } } }', {}, county),
    ).jobPlacements.nodes.map((n: { id: string }) => n.id);
    expect(flagged).toContain(a);
  });

  test('given attendance against working days, when the payroll is assessed, then each amount equals monthly × attendance ÷ working days, half up to the fen, and follows every change of the assessment', async () => {
    // May 2026 (31 days), c on post all month, the post requiring 22 working days.
    const may = ok(
      await s.gql(
        PAYROLL,
        { c: '620422', m: '2026-05', a: [{ placementId: c, assessment: 'PASS', attendanceDays: 19, workingDays: 22 }] },
        county,
      ),
    ).generateSubsidyPayroll;
    expect(may.created).toBeGreaterThanOrEqual(1);
    let pay = ok(await s.gql(PAYMENTS, { id: c }, county)).jobPlacement.subsidyPayments.nodes.find(
      (n: { month: string }) => n.month === '2026-05',
    );
    // 500.00 × 19 ÷ 22 = 431.8181… → 431.82
    expect(pay).toMatchObject({
      daysOnPost: 31,
      daysInMonth: 31,
      attendanceDays: 19,
      workingDays: 22,
      amount: '431.82',
      assessment: 'PASS',
    });
    // 500.00 × 13 ÷ 22 = 295.4545… → 295.45
    pay = ok(await s.gql(ASSESS, { id: pay.id, a: 'PASS', d: 13, v: pay.version }, county)).recordSubsidyAssessment;
    expect(pay).toMatchObject({ attendanceDays: 13, workingDays: 22, amount: '295.45' });
    // Back to the calendar: 500.00 × 13 ÷ 31 = 209.6774… → 209.68
    pay = ok(await s.gql(ASSESS, { id: pay.id, a: 'PASS', w: 31, v: pay.version }, county)).recordSubsidyAssessment;
    expect(pay).toMatchObject({ attendanceDays: 13, workingDays: 31, amount: '209.68' });
    // A failed assessment withholds the month; passing again restores the prorated amount.
    pay = ok(await s.gql(ASSESS, { id: pay.id, a: 'FAIL', v: pay.version }, county)).recordSubsidyAssessment;
    expect(pay.amount).toBe('0.00');
    pay = ok(await s.gql(ASSESS, { id: pay.id, a: 'PASS', w: 22, d: 22, v: pay.version }, county)).recordSubsidyAssessment;
    expect(pay.amount).toBe('500.00');
    // Attendance above the working days, or working days beyond the month, are refused naming the field.
    expect(
      expectError(await s.gql(ASSESS, { id: pay.id, a: 'PASS', d: 23, v: pay.version }, county), 'BAD_USER_INPUT').extensions?.problems[0],
    ).toMatchObject({ field: 'attendanceDays', rule: 'range' });
    expect(
      expectError(await s.gql(ASSESS, { id: pay.id, a: 'PASS', w: 32, v: pay.version }, county), 'BAD_USER_INPUT').extensions?.problems[0],
    ).toMatchObject({ field: 'workingDays', rule: 'range' });
    expect(
      ok(await s.gql(PAYMENTS, { id: c }, county)).jobPlacement.subsidyPayments.nodes.find((n: { month: string }) => n.month === '2026-05'),
    ).toMatchObject({ version: pay.version, amount: '500.00' });
  });

  test('given bad payroll requests, when they are sent, then each is refused with its code', async () => {
    expect(
      expectError(await s.gql(PAYROLL, { c: '620422', m: '2099-01' }, county), 'BAD_USER_INPUT').extensions?.problems[0],
    ).toMatchObject({ field: 'month', rule: 'notFuture' });
    // The running month is not calculated (nor paid) before it ends.
    const running = clock.today().slice(0, 7);
    expect(expectError(await s.gql(PAYROLL, { c: '620422', m: running }, county), 'BAD_USER_INPUT').extensions?.problems[0]).toMatchObject({
      field: 'month',
      rule: 'monthNotEnded',
    });
    expectError(await s.gql(PAYROLL, { c: '620421', m: '2026-03' }, county), 'FORBIDDEN');
    const township = await s.login('demo.township');
    expectError(await s.gql(PAYROLL, { c: '620422', m: '2026-03' }, township), 'FORBIDDEN');
    expectError(await s.gql(PAYROLL, { c: '620422', m: '2026-13' }, county), 'BAD_USER_INPUT');
  });
});
