import { startTestServer, expectError, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';
import { startJobs } from '../../server/src/core/jobs';
import {
  DAY,
  LONG_SESSIONS,
  advanceTo as advancePlacementTo,
  apply,
  createPerson,
  levelTokens,
  openPost,
  organizationId,
  villages,
} from '../welfare/helpers';

jest.setTimeout(180_000);

/*
 * 防止返贫动态监测 through HTTP, as village, township and county staff take it: a household and its
 * incomes, a clue, the identification chain step by step at each step's level, the village publicity
 * and its printed list, the 15-day deadline on the controllable clock, the assistance plan with a
 * public-welfare placement, the monitoring line in force, and what each reader may see.
 */

const CASE_FIELDS = 'id version status overdue deadline daysLeft riskCauses causesWithheld regionCode decidedOn';
const CREATE_HOUSEHOLD = 'mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id villageCode: village { code } } }';
const CREATE_INCOME = 'mutation($i: CreateHouseholdIncomeInput!) { createHouseholdIncome(input: $i) { id } }';
const CREATE_CASE = `mutation($i: CreateMonitoringCaseInput!) { createMonitoringCase(input: $i) { ${CASE_FIELDS} } }`;
const TRANSITION = `mutation($id: ID!, $a: MonitoringCaseAction!, $v: Int!, $c: String, $p: MonitoringCaseTransitionInput) {
  transitionMonitoringCase(id: $id, action: $a, expectedVersion: $v, comment: $c, payload: $p) { ${CASE_FIELDS} history { action actorName } }
}`;
const READ_CASE = `query($id: ID!) { monitoringCase(id: $id) { ${CASE_FIELDS} availableActions { action } } }`;

describe('monitoring households at risk (防止返贫监测) through HTTP', () => {
  let s: TestServer;
  let village: string;
  let tokens: { village: string; township: string; county: string };
  let province: string;
  const thisYear = () => Number(clock.today().slice(0, 4));

  beforeAll(async () => {
    s = await startTestServer(LONG_SESSIONS);
    province = await s.login('demo.province');
    [village] = await villages(s, province, '620422100', 1);
    tokens = await levelTokens(s, village);
  });
  // A test that moved the clock and failed leaves the next one on today.
  afterEach(() => clock.reset());
  afterAll(async () => {
    await s?.close();
  });

  async function household(perPersonYuan: number | null, opts: { size?: number; year?: number } = {}): Promise<string> {
    const size = opts.size ?? 4;
    const head = await createPerson(s, tokens.township, { villageCode: village, householdCategory: 'ORDINARY' });
    const id = ok(
      await s.gql<any>(CREATE_HOUSEHOLD, { i: { headPersonId: head, category: 'ORDINARY', size, labourers: 2 } }, tokens.village),
    ).createHousehold.id;
    if (perPersonYuan !== null) {
      const total = perPersonYuan * size;
      const year = opts.year ?? thisYear() - 1;
      ok(await s.gql(CREATE_INCOME, { i: { householdId: id, year, source: 'WAGES', amount: String(total - 1000) } }, tokens.village));
      ok(await s.gql(CREATE_INCOME, { i: { householdId: id, year, source: 'TRANSFER', amount: '1000' } }, tokens.village));
    }
    return id;
  }

  async function clue(householdId: string, clueDate = clock.today(), causes = ['ILLNESS', 'LOSS_OF_WORK']): Promise<any> {
    return ok(
      await s.gql<any>(
        CREATE_CASE,
        {
          i: { householdId, type: 'MARGINAL', riskCauses: causes, discoveredBy: 'CADRE_SCREENING', clueDate, description: '务工收入中断' },
        },
        tokens.village,
      ),
    ).createMonitoringCase;
  }

  const take = (token: string, c: { id: string; version: number }, action: string, payload?: object, comment?: string) =>
    s.gql<any>(TRANSITION, { id: c.id, a: action, v: c.version, p: payload ?? null, c: comment ?? null }, token);

  test('given a clue, when village, township and county staff each take their steps, then the household is identified within 15 days, every step at its level', async () => {
    const c0 = await clue(await household(5200));
    expect(c0).toMatchObject({ status: 'CLUE', overdue: false, daysLeft: 15, regionCode: village });

    let c = ok(await take(tokens.village, c0, 'CHECK', { checkFindings: '入户核查：主要劳动力返乡。' })).transitionMonitoringCase;
    c = ok(await take(tokens.village, c, 'CONSENT', { consentReference: 'HN-SQ-0001' })).transitionMonitoringCase;
    // The data check is the township's: the village lacks the permission, the county acts at the wrong level.
    expect(expectError(await take(tokens.village, c, 'COMPARE', { comparisonResult: '无异常' }), 'FORBIDDEN').extensions?.permission).toBe(
      'monitoring.compare',
    );
    expect(expectError(await take(tokens.county, c, 'COMPARE', { comparisonResult: '无异常' }), 'FORBIDDEN').extensions?.rule).toBe(
      'REVIEW_LEVEL',
    );
    c = ok(await take(tokens.township, c, 'COMPARE', { comparisonResult: '民政、人社、医保数据比对无异常' })).transitionMonitoringCase;
    // The democratic review is the village's, not the county's.
    expect(expectError(await take(tokens.county, c, 'VILLAGE_REVIEW'), 'FORBIDDEN').extensions?.rule).toBe('REVIEW_LEVEL');
    c = ok(await take(tokens.village, c, 'VILLAGE_REVIEW')).transitionMonitoringCase;
    c = ok(await take(tokens.village, c, 'PUBLICIZE')).transitionMonitoringCase;
    expect(c.status).toBe('PUBLICIZING');

    // The printed list: the head's name, the village and the type; no ID number, phone or cause.
    const list = ok(
      await s.gql<any>(
        'query($r: String) { publicityList(workflow: "MonitoringCase", regionCode: $r) { title entries { recordId name gender village post supplier reason } } }',
        { r: village },
        tokens.township,
      ),
    ).publicityList;
    expect(list.title).toContain('拟纳入防止返贫监测对象');
    const line = list.entries.find((e: { recordId: string }) => e.recordId === c.id);
    expect(line).toMatchObject({ reason: '边缘易致贫户', post: null, supplier: null });
    expect(line.name).toMatch(/户$/);
    expect(JSON.stringify(list)).not.toMatch(/\d{17}[\dX]|1[3-9]\d{9}|因病|ILLNESS/);

    // The township reviews only after the publicity period.
    expect(expectError(await take(tokens.township, c, 'TOWNSHIP_APPROVE'), 'CONFLICT').extensions?.rule).toBe('PUBLICITY_PERIOD');
    clock.advance(5 * DAY + 60_000);
    c = ok(await take(tokens.township, c, 'TOWNSHIP_APPROVE')).transitionMonitoringCase;
    expect(expectError(await take(tokens.township, c, 'COUNTY_IDENTIFY'), 'FORBIDDEN').extensions?.permission).toBe(
      'monitoring.countyIdentify',
    );
    c = ok(await take(tokens.county, c, 'COUNTY_IDENTIFY')).transitionMonitoringCase;
    expect(c).toMatchObject({ status: 'IDENTIFIED', overdue: false, daysLeft: null, decidedOn: clock.today() });
    expect(c.history.map((h: { action: string }) => h.action)).toEqual(
      expect.arrayContaining(['CHECK', 'CONSENT', 'COMPARE', 'VILLAGE_REVIEW', 'PUBLICIZE', 'TOWNSHIP_APPROVE', 'COUNTY_IDENTIFY']),
    );
    // An ordinary household identified becomes a monitored one; it cannot get a second open case.
    const h = ok(await s.gql<any>('query($id: ID!) { monitoringCase(id: $id) { household { id category } } }', { id: c.id }, tokens.county))
      .monitoringCase.household;
    expect(h.category).toBe('MONITORED');
    expect(
      expectError(
        await s.gql(
          CREATE_CASE,
          { i: { householdId: h.id, type: 'UNSTABLE', riskCauses: ['OTHER'], discoveredBy: 'SELF_DECLARED', clueDate: clock.today() } },
          tokens.village,
        ),
        'CONFLICT',
      ).extensions?.rule,
    ).toBe('CASE_OPEN');
    clock.reset();
  });

  test('given a case, when its 15 days pass undecided, then the job flags it overdue and the county sees it on one page', async () => {
    const late = await clue(await household(7000), new Date(Date.now() + 8 * 3600_000 - 20 * DAY).toISOString().slice(0, 10));
    // A clue recorded after its 15 days is overdue from the start.
    expect(late).toMatchObject({ overdue: true, daysLeft: -5 });
    const fresh = await clue(await household(7000));
    expect(fresh.overdue).toBe(false);

    clock.advance(16 * DAY);
    const jobs = (await startJobs(s.orm))!;
    try {
      const outcome = await jobs.runNow('monitoring-cases-overdue');
      expect(outcome.moved).toBeGreaterThanOrEqual(1);
      expect((await jobs.runNow('monitoring-cases-overdue')).moved).toBe(0);
    } finally {
      await jobs.stop();
    }
    const county = await s.login('demo.county');
    const page = ok(
      await s.gql<any>(
        '{ monitoringCases(first: 500, filter: { overdue: { eq: true }, region: { within: "620422" } }) { totalCount nodes { id daysLeft } } }',
        {},
        county,
      ),
    ).monitoringCases;
    const ids = page.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(expect.arrayContaining([late.id, fresh.id]));
    expect(page.nodes.find((n: { id: string }) => n.id === fresh.id).daysLeft).toBe(-1);
    // A decision after the deadline stays marked overdue.
    const rejected = ok(
      await take(
        tokens.township,
        await ok(await s.gql<any>(READ_CASE, { id: fresh.id }, county)).monitoringCase,
        'REJECT',
        undefined,
        '核查后收入稳定，不予纳入',
      ),
    ).transitionMonitoringCase;
    expect(rejected).toMatchObject({ status: 'NOT_IDENTIFIED', overdue: true, daysLeft: null });
    clock.reset();
  });

  test('health causes and incomes are shown only to holders of monitoring.reveal; other counties see nothing', async () => {
    const id = await household(5200);
    const c = await clue(id, clock.today(), ['ILLNESS', 'DISASTER']);
    // The village operator recorded it but holds no reveal permission.
    expect(c).toMatchObject({ riskCauses: ['DISASTER'], causesWithheld: true });
    const READ_H = `query($id: ID!, $y: Int!) { household(id: $id) { compliantExpenses incomePerPerson(year: $y) belowLine(year: $y) incomes { nodes { amount } } } }`;
    const y = thisYear() - 1;
    const byVillage = ok(await s.gql<any>(READ_H, { id, y }, tokens.village)).household;
    expect(byVillage).toMatchObject({ compliantExpenses: null, incomePerPerson: null, belowLine: true });
    expect(byVillage.incomes.nodes.every((n: { amount: unknown }) => n.amount === null)).toBe(true);
    const byTownship = ok(await s.gql<any>(READ_H, { id, y }, tokens.township)).household;
    expect(byTownship).toMatchObject({ compliantExpenses: '0.00', incomePerPerson: '5200.00', belowLine: true });
    expect(ok(await s.gql<any>(READ_CASE, { id: c.id }, tokens.township)).monitoringCase).toMatchObject({
      riskCauses: ['DISASTER', 'ILLNESS'],
      causesWithheld: false,
    });

    const [elsewhere] = await villages(s, province, '620421', 1);
    const otherCounty = (await levelTokens(s, elsewhere)).county;
    expect(ok(await s.gql<any>(READ_CASE, { id: c.id }, otherCounty)).monitoringCase).toBeNull();
    expect(
      ok(await s.gql<any>('{ monitoringCases(first: 500) { nodes { regionCode } } }', {}, otherCounty)).monitoringCases.nodes.every(
        (n: { regionCode: string }) => n.regionCode.startsWith('620421'),
      ),
    ).toBe(true);
  });

  test('the line in force switches on its start date; only the province sets lines', async () => {
    const year = thisYear();
    const id = await household(6800, { year });
    const below = async () =>
      ok(await s.gql<any>('query($id: ID!, $y: Int!) { household(id: $id) { belowLine(year: $y) } }', { id, y: year }, tokens.county))
        .household.belowLine;
    expect(await below()).toBe(false); // 6,800 against 6,600
    const from = new Date(Date.now() + 8 * 3600_000 + 10 * DAY).toISOString().slice(0, 10);
    const input = { provinceCode: '62', year, amount: '7000', effectiveFrom: from, basis: '测试：监测标准调整' };
    expect(
      expectError(
        await s.gql('mutation($i: CreateMonitoringLineInput!) { createMonitoringLine(input: $i) { id } }', { i: input }, tokens.county),
        'FORBIDDEN',
      ),
    ).toBeTruthy();
    ok(await s.gql('mutation($i: CreateMonitoringLineInput!) { createMonitoringLine(input: $i) { id } }', { i: input }, province));
    expect(
      expectError(
        await s.gql('mutation($i: CreateMonitoringLineInput!) { createMonitoringLine(input: $i) { id } }', { i: input }, province),
        'CONFLICT',
      ).extensions?.rule,
    ).toBe('LINE_EXISTS');
    expect(await below()).toBe(false);
    clock.advance(11 * DAY);
    expect(await below()).toBe(true); // 6,800 against 7,000 from its start
    clock.reset();
  });

  test('a public-welfare placement of the household’s village is a measure of its plan; one elsewhere or of another kind is refused', async () => {
    const c = await clue(await household(5200));
    const county = tokens.county;
    const org = await organizationId(s, county);
    const post = await openPost(s, county, { villageCode: village, organizationId: org });
    const person = await createPerson(s, county, { villageCode: village, householdCategory: 'MONITORED' });
    const placement = await advancePlacementTo(s, county, (await apply(s, tokens.township, post, person)).id, 'APPROVED');
    const CREATE =
      'mutation($i: CreateAssistanceMeasureInput!) { createAssistanceMeasure(input: $i) { id kind amount placement { id status } case { id } } }';
    const base = { caseId: c.id, content: '安排公益性岗位', responsible: '驻村第一书记' };
    expect(
      expectError(await s.gql(CREATE, { i: { ...base, kind: 'WELFARE_POST' } }, tokens.village), 'BAD_USER_INPUT').extensions
        ?.problems?.[0],
    ).toMatchObject({ field: 'placementId', rule: 'required' });
    expect(
      expectError(await s.gql(CREATE, { i: { ...base, kind: 'MEDICAL', placementId: placement.id } }, tokens.village), 'BAD_USER_INPUT')
        .extensions?.problems?.[0],
    ).toMatchObject({ field: 'placementId', rule: 'onlyForPost' });
    expect(
      expectError(await s.gql(CREATE, { i: { ...base, kind: 'MEDICAL', amount: '-1' } }, tokens.village), 'BAD_USER_INPUT').extensions
        ?.problems?.[0],
    ).toMatchObject({ field: 'amount', rule: 'notNegative' });
    clock.reset();
    const made = ok(
      await s.gql<any>(CREATE, { i: { ...base, kind: 'WELFARE_POST', placementId: placement.id, amount: '6000.10' } }, tokens.village),
    ).createAssistanceMeasure;
    expect(made).toMatchObject({
      kind: 'WELFARE_POST',
      amount: '6000.10',
      placement: { id: placement.id, status: 'APPROVED' },
      case: { id: c.id },
    });
    const plan = ok(
      await s.gql<any>('query($id: ID!) { monitoringCase(id: $id) { measures { totalCount nodes { kind } } } }', { id: c.id }, county),
    ).monitoringCase.measures;
    expect(plan).toMatchObject({ totalCount: 1, nodes: [{ kind: 'WELFARE_POST' }] });
  });

  test('a page of cases with their households, heads, line checks and plans takes as many statements for 2 rows as for 20', async () => {
    const Q = `query($n: Int!, $y: Int!) { monitoringCases(first: $n, filter: { region: { within: "620422" } }) { nodes { id status household { headPerson { name } village { name } belowLine(year: $y) incomePerPerson(year: $y) } measures(first: 5) { totalCount nodes { kind } } } } }`;
    const county = tokens.county;
    const small = await s.gql<any>(Q, { n: 2, y: thisYear() - 1 }, county);
    const large = await s.gql<any>(Q, { n: 20, y: thisYear() - 1 }, county);
    expect(ok(large).monitoringCases.nodes.length).toBeGreaterThan(5);
    expect(large.statements).toBe(small.statements);
  });

  test('a household’s members: the head joins with the household; others of the village join up to its size, each person in one household', async () => {
    const head = await createPerson(s, tokens.township, { villageCode: village, householdCategory: 'ORDINARY' });
    const id = ok(
      await s.gql<any>(CREATE_HOUSEHOLD, { i: { headPersonId: head, category: 'ORDINARY', size: 2, labourers: 1 } }, tokens.village),
    ).createHousehold.id;
    const ADD = 'mutation($i: CreateHouseholdMemberInput!) { createHouseholdMember(input: $i) { id relation person { id } } }';
    const ruleOf = (res: any, code: string) =>
      expectError(res, code).extensions?.problems?.[0]?.rule ?? expectError(res, code).extensions?.rule;
    const spouse = await createPerson(s, tokens.township, { villageCode: village, householdCategory: 'ORDINARY' });
    expect(ruleOf(await s.gql(ADD, { i: { householdId: id, personId: spouse, relation: 'HEAD' } }, tokens.village), 'BAD_USER_INPUT')).toBe(
      'onlyHead',
    );
    ok(await s.gql(ADD, { i: { householdId: id, personId: spouse, relation: 'SPOUSE' } }, tokens.village));
    const child = await createPerson(s, tokens.township, { villageCode: village, householdCategory: 'ORDINARY' });
    expect(ruleOf(await s.gql(ADD, { i: { householdId: id, personId: child, relation: 'CHILD' } }, tokens.village), 'CONFLICT')).toBe(
      'SIZE_EXCEEDED',
    );
    const [elsewhere] = (await villages(s, province, '620422100', 2)).filter((v) => v !== village);
    const stranger = await createPerson(s, tokens.county, { villageCode: elsewhere, householdCategory: 'ORDINARY' });
    const other = ok(
      await s.gql<any>(CREATE_HOUSEHOLD, { i: { headPersonId: child, category: 'ORDINARY', size: 3, labourers: 1 } }, tokens.village),
    ).createHousehold.id;
    expect(
      ruleOf(await s.gql(ADD, { i: { householdId: other, personId: stranger, relation: 'SIBLING' } }, tokens.county), 'BAD_USER_INPUT'),
    ).toBe('sameVillage');
    expect(ruleOf(await s.gql(ADD, { i: { householdId: other, personId: spouse, relation: 'SIBLING' } }, tokens.village), 'CONFLICT')).toBe(
      'PERSON_IN_HOUSEHOLD',
    );
    const members = ok(
      await s.gql<any>(
        'query($id: ID!) { household(id: $id) { members { totalCount nodes { relation person { id } } } } }',
        { id },
        tokens.village,
      ),
    ).household.members;
    expect(members.totalCount).toBe(2);
    expect(members.nodes.map((m: { relation: string; person: { id: string } }) => [m.relation, m.person.id]).sort()).toEqual(
      [
        ['HEAD', head],
        ['SPOUSE', spouse],
      ].sort(),
    );
  });

  test('given four clues for one household sent at once, then one case is opened and the others answer CONFLICT', async () => {
    const id = await household(7000);
    const input = { householdId: id, type: 'MARGINAL', riskCauses: ['OTHER'], discoveredBy: 'SELF_DECLARED', clueDate: clock.today() };
    const answers = await Promise.all(Array.from({ length: 4 }, () => s.gql<any>(CREATE_CASE, { i: input }, tokens.village)));
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    for (const a of answers.filter((x) => x.errors)) expect(['CASE_OPEN', 'UNIQUE']).toContain(expectError(a, 'CONFLICT').extensions?.rule);
    const cases = ok(await s.gql<any>('query($id: ID!) { household(id: $id) { cases { totalCount } } }', { id }, tokens.village)).household
      .cases;
    expect(cases.totalCount).toBe(1);
  });
});
