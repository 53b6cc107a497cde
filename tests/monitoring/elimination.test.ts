import { startTestServer, expectError, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';
import { DAY, LONG_SESSIONS, createPerson, levelTokens, villages } from '../welfare/helpers';

jest.setTimeout(180_000);

/*
 * 风险消除 through HTTP: an identified household's risk is ended only when its income per person is
 * above the line in force, 三保障 and drinking water are secured, it has been assisted for
 * MONITORING_STABLE_MONTHS and no visit since found the risk rising; then the same chain of village
 * review, publicity, township review and county decision. The case stays on record as ELIMINATED and
 * the household may be identified again.
 */

const STEP = `mutation($id: ID!, $a: MonitoringCaseAction!, $v: Int!, $p: MonitoringCaseTransitionInput) {
  transitionMonitoringCase(id: $id, action: $a, expectedVersion: $v, payload: $p) { id version status }
}`;
const ELIMINATE_STEP = `mutation($id: ID!, $a: RiskEliminationAction!, $v: Int!, $c: String) {
  transitionRiskElimination(id: $id, action: $a, expectedVersion: $v, comment: $c) { id version status decidedOn case { status } }
}`;
const PROPOSE = 'mutation($i: CreateRiskEliminationInput!) { createRiskElimination(input: $i) { id version status } }';
const VISIT = 'mutation($i: CreateHouseholdVisitInput!) { createHouseholdVisit(input: $i) { id version visitor riskRising } }';

describe('risk elimination (风险消除) through HTTP', () => {
  let s: TestServer;
  let village: string;
  let tokens: { village: string; township: string; county: string };
  const year = () => Number(clock.today().slice(0, 4));

  beforeAll(async () => {
    s = await startTestServer({ ...LONG_SESSIONS, MONITORING_STABLE_MONTHS: '1' });
    const province = await s.login('demo.province');
    [village] = await villages(s, province, '620422100', 1);
    tokens = await levelTokens(s, village);
  });
  afterEach(() => clock.reset());
  afterAll(async () => {
    await s?.close();
  });

  async function identifiedHousehold(): Promise<{ household: any; found: any }> {
    const head = await createPerson(s, tokens.township, { villageCode: village, householdCategory: 'POVERTY_EXITED' });
    const household = ok(
      await s.gql<any>(
        'mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id version } }',
        { i: { headPersonId: head, category: 'POVERTY_EXITED', size: 3, labourers: 2, housingSecured: false } },
        tokens.village,
      ),
    ).createHousehold;
    ok(
      await s.gql(
        'mutation($i: CreateHouseholdIncomeInput!) { createHouseholdIncome(input: $i) { id } }',
        { i: { householdId: household.id, year: year() - 1, source: 'WAGES', amount: '15000' } },
        tokens.village,
      ),
    );
    let found = ok(
      await s.gql<any>(
        'mutation($i: CreateMonitoringCaseInput!) { createMonitoringCase(input: $i) { id version status } }',
        {
          i: {
            householdId: household.id,
            type: 'UNSTABLE',
            riskCauses: ['LOSS_OF_WORK'],
            discoveredBy: 'CADRE_SCREENING',
            clueDate: clock.today(),
          },
        },
        tokens.village,
      ),
    ).createMonitoringCase;
    const chain: [string, string, object?][] = [
      ['CHECK', tokens.village, { checkFindings: '入户核查属实' }],
      ['CONSENT', tokens.village, { consentReference: 'SQ-1' }],
      ['COMPARE', tokens.township, { comparisonResult: '比对无异常' }],
      ['VILLAGE_REVIEW', tokens.village],
      ['PUBLICIZE', tokens.village],
      ['TOWNSHIP_APPROVE', tokens.township],
      ['COUNTY_IDENTIFY', tokens.county],
    ];
    for (const [action, token, payload] of chain) {
      if (action === 'TOWNSHIP_APPROVE') clock.advance(6 * DAY);
      found = ok(await s.gql<any>(STEP, { id: found.id, a: action, v: found.version, p: payload ?? null }, token)).transitionMonitoringCase;
    }
    expect(found.status).toBe('IDENTIFIED');
    return { household, found };
  }

  const rulesOf = (res: any) => (expectError(res, 'BAD_USER_INPUT').extensions?.problems as { rule: string }[]).map((p) => p.rule).sort();

  test('given an identified household, when its risk is proposed for elimination, then each unmet rule is named until all hold', async () => {
    const { household, found } = await identifiedHousehold();
    const propose = () => s.gql<any>(PROPOSE, { i: { caseId: found.id, findings: '收入恢复' } }, tokens.village);
    // Just identified, last year's income 5,000 per person, housing not secured.
    expect(rulesOf(await propose())).toEqual(['ASSISTED_TOO_SHORT', 'INCOME_BELOW_LINE', 'NOT_SECURED']);

    clock.advance(32 * DAY);
    ok(
      await s.gql(
        'mutation($i: CreateHouseholdIncomeInput!) { createHouseholdIncome(input: $i) { id } }',
        { i: { householdId: household.id, year: year(), source: 'WAGES', amount: '27000' } },
        tokens.village,
      ),
    );
    const h = ok(await s.gql<any>('query($id: ID!) { household(id: $id) { version } }', { id: household.id }, tokens.village)).household;
    ok(
      await s.gql(
        'mutation($id: ID!, $v: Int!) { updateHousehold(id: $id, expectedVersion: $v, input: { housingSecured: true, securedCheckedOn: null }) { id } }',
        { id: household.id, v: h.version },
        tokens.village,
      ),
    );
    // A visit since the identification found the risk rising.
    const visit = ok(
      await s.gql<any>(
        VISIT,
        {
          i: {
            householdId: household.id,
            visitedOn: clock.today(),
            visitor: '驻村队员',
            findings: '家中老人生病住院，支出增加',
            riskRising: true,
          },
        },
        tokens.village,
      ),
    ).createHouseholdVisit;
    expect(rulesOf(await propose())).toEqual(['RISK_RISING']);
    // That visit was recorded against the wrong household: archived, it no longer counts.
    ok(await s.gql('mutation($id: ID!) { archiveHouseholdVisit(id: $id) { id } }', { id: visit.id }, tokens.county));

    let elimination = ok(await propose()).createRiskElimination;
    expect(elimination.status).toBe('PROPOSED');
    expect(expectError(await propose(), 'CONFLICT').extensions?.rule).toBe('ELIMINATION_PENDING');

    const take = (token: string, action: string, comment?: string) =>
      s.gql<any>(ELIMINATE_STEP, { id: elimination.id, a: action, v: elimination.version, c: comment ?? null }, token);
    expect(expectError(await take(tokens.county, 'VILLAGE_REVIEW'), 'FORBIDDEN').extensions?.rule).toBe('REVIEW_LEVEL');
    elimination = ok(await take(tokens.village, 'VILLAGE_REVIEW')).transitionRiskElimination;
    elimination = ok(await take(tokens.village, 'PUBLICIZE')).transitionRiskElimination;
    const list = ok(
      await s.gql<any>(
        'query($r: String) { publicityList(workflow: "RiskElimination", regionCode: $r) { entries { recordId name reason } } }',
        { r: village },
        tokens.township,
      ),
    ).publicityList;
    expect(list.entries.find((e: { recordId: string }) => e.recordId === elimination.id)).toMatchObject({
      reason: '脱贫不稳定户，拟消除风险',
    });
    expect(expectError(await take(tokens.township, 'TOWNSHIP_APPROVE'), 'CONFLICT').extensions?.rule).toBe('PUBLICITY_PERIOD');
    clock.advance(6 * DAY);
    elimination = ok(await take(tokens.township, 'TOWNSHIP_APPROVE')).transitionRiskElimination;
    elimination = ok(await take(tokens.county, 'COUNTY_ELIMINATE')).transitionRiskElimination;
    expect(elimination).toMatchObject({ status: 'ELIMINATED', decidedOn: clock.today(), case: { status: 'ELIMINATED' } });

    // The case stays on record; the household can be identified again.
    const again = await s.gql<any>(
      'mutation($i: CreateMonitoringCaseInput!) { createMonitoringCase(input: $i) { id status } }',
      {
        i: {
          householdId: household.id,
          type: 'SUDDEN_HARDSHIP',
          riskCauses: ['DISASTER'],
          discoveredBy: 'SELF_DECLARED',
          clueDate: clock.today(),
        },
      },
      tokens.village,
    );
    expect(ok(again).createMonitoringCase.status).toBe('CLUE');
    const cases = ok(
      await s.gql<any>('query($id: ID!) { household(id: $id) { cases { nodes { status } } } }', { id: household.id }, tokens.county),
    ).household.cases.nodes;
    expect(cases.map((c: { status: string }) => c.status).sort()).toEqual(['CLUE', 'ELIMINATED']);
  });

  test('a case that is not identified cannot be proposed, and the county’s decision checks the rules again', async () => {
    const { household, found } = await identifiedHousehold();
    const other = ok(
      await s.gql<any>(
        'mutation($i: CreateHouseholdIncomeInput!) { createHouseholdIncome(input: $i) { id version } }',
        { i: { householdId: household.id, year: year(), source: 'WAGES', amount: '30000' } },
        tokens.village,
      ),
    ).createHouseholdIncome;
    const h = ok(await s.gql<any>('query($id: ID!) { household(id: $id) { version } }', { id: household.id }, tokens.village)).household;
    ok(
      await s.gql(
        'mutation($id: ID!, $v: Int!) { updateHousehold(id: $id, expectedVersion: $v, input: { housingSecured: true }) { id } }',
        { id: household.id, v: h.version },
        tokens.village,
      ),
    );
    clock.advance(32 * DAY);
    let elimination = ok(
      await s.gql<any>(PROPOSE, { i: { caseId: found.id, findings: '收入恢复' } }, tokens.village),
    ).createRiskElimination;
    for (const [action, token] of [
      ['VILLAGE_REVIEW', tokens.village],
      ['PUBLICIZE', tokens.village],
      ['TOWNSHIP_APPROVE', tokens.township],
    ] as const) {
      if (action === 'TOWNSHIP_APPROVE') clock.advance(6 * DAY);
      elimination = ok(
        await s.gql<any>(ELIMINATE_STEP, { id: elimination.id, a: action, v: elimination.version }, token),
      ).transitionRiskElimination;
    }
    // Meanwhile this year's income was corrected down below the line: the county's decision is refused.
    ok(
      await s.gql(
        'mutation($id: ID!, $v: Int!) { updateHouseholdIncome(id: $id, expectedVersion: $v, input: { amount: "12000" }) { id } }',
        { id: other.id, v: other.version },
        tokens.county,
      ),
    );
    const refused = expectError(
      await s.gql(ELIMINATE_STEP, { id: elimination.id, a: 'COUNTY_ELIMINATE', v: elimination.version }, tokens.county),
      'CONFLICT',
    );
    expect(refused.extensions?.rule).toBe('INCOME_BELOW_LINE');
    expect(refused.message).toMatch(/监测标准 6600\.00 元/);
    const after = ok(
      await s.gql<any>(
        ELIMINATE_STEP,
        { id: elimination.id, a: 'REFUSE', v: elimination.version, c: '收入未稳定高于监测标准' },
        tokens.county,
      ),
    ).transitionRiskElimination;
    expect(after).toMatchObject({ status: 'REFUSED', case: { status: 'IDENTIFIED' } });

    // A clue that was never identified has no risk to eliminate.
    const head = await createPerson(s, tokens.township, { villageCode: village, householdCategory: 'ORDINARY' });
    const plain = ok(
      await s.gql<any>(
        'mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id } }',
        { i: { headPersonId: head, category: 'ORDINARY', size: 2, labourers: 1 } },
        tokens.village,
      ),
    ).createHousehold;
    const clue = ok(
      await s.gql<any>(
        'mutation($i: CreateMonitoringCaseInput!) { createMonitoringCase(input: $i) { id } }',
        { i: { householdId: plain.id, type: 'MARGINAL', riskCauses: ['OTHER'], discoveredBy: 'SELF_DECLARED', clueDate: clock.today() } },
        tokens.village,
      ),
    ).createMonitoringCase;
    expect(
      expectError(await s.gql(PROPOSE, { i: { caseId: clue.id, findings: '核查后无新增风险' } }, tokens.village), 'CONFLICT').extensions
        ?.rule,
    ).toBe('CASE_NOT_IDENTIFIED');
  });
});
