import { startTestServer, expectError, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';

jest.setTimeout(120_000);

/*
 * monitoringRollup against the same figures counted by hand from the lists a county officer can
 * read (the demo data of 会宁县 has a case in every state, visits, measures and an elimination):
 * the grouped SQL and the per-record resolvers must agree.
 */

const ROLLUP = `query($r: String, $y: Int!) { monitoringRollup(regionCode: $r, year: $y) {
  regionCode year households householdsBelowLine cases decided decidedWithinDeadline decidedWithinDeadlineShare overdue eliminated
  byStatus { status count } byType { type count } measuresByKind { kind count amount } visitsByQuarter { quarter visits householdsVisited coverage }
} }`;

describe('monitoring rollup', () => {
  let s: TestServer;
  let county: string;

  beforeAll(async () => {
    s = await startTestServer();
    county = await s.login('demo.county');
  });
  afterAll(async () => {
    await s?.close();
  });

  test('given 会宁县’s demo data, then every figure equals the count by hand from the lists', async () => {
    const year = Number(clock.today().slice(0, 4));
    const today = clock.today();
    const r = ok(await s.gql<any>(ROLLUP, { r: '620422', y: year }, county)).monitoringRollup;

    const cases = ok(
      await s.gql<any>(
        'query($from: LocalDate!, $to: LocalDate!) { monitoringCases(first: 500, filter: { region: { within: "620422" }, clueDate: { gte: $from, lte: $to } }) { nodes { status type deadline decidedOn } } }',
        { from: `${year}-01-01`, to: `${year}-12-31` },
        county,
      ),
    ).monitoringCases.nodes as { status: string; type: string; deadline: string; decidedOn: string | null }[];
    expect(cases.length).toBeGreaterThanOrEqual(9);
    const decided = cases.filter((c) => c.decidedOn);
    const onTime = decided.filter((c) => c.decidedOn! <= c.deadline);
    const undecided = ['CLUE', 'CHECKED', 'CONSENTED', 'COMPARED', 'VILLAGE_REVIEWED', 'PUBLICIZING', 'TOWNSHIP_REVIEWED'];
    expect(r).toMatchObject({
      regionCode: '620422',
      year,
      cases: cases.length,
      decided: decided.length,
      decidedWithinDeadline: onTime.length,
      overdue: cases.filter((c) => undecided.includes(c.status) && c.deadline < today).length,
    });
    expect(r.decidedWithinDeadlineShare).toBeCloseTo((onTime.length / decided.length) * 100, 1);
    for (const { status, count } of r.byStatus) expect([status, count]).toEqual([status, cases.filter((c) => c.status === status).length]);
    for (const { type, count } of r.byType) expect([type, count]).toEqual([type, cases.filter((c) => c.type === type).length]);
    expect(r.overdue).toBeGreaterThanOrEqual(1);
    expect(r.byStatus.find((x: { status: string }) => x.status === 'ELIMINATED').count).toBeGreaterThanOrEqual(1);

    const eliminations = ok(
      await s.gql<any>(
        '{ riskEliminations(first: 500, filter: { region: { within: "620422" }, status: { eq: ELIMINATED } }) { nodes { decidedOn } } }',
        {},
        county,
      ),
    ).riskEliminations.nodes as { decidedOn: string }[];
    expect(r.eliminated).toBe(eliminations.filter((e) => e.decidedOn.startsWith(String(year))).length);

    const measures = ok(
      await s.gql<any>(
        '{ assistanceMeasures(first: 500, filter: { region: { within: "620422" } }) { nodes { kind amount } } }',
        {},
        county,
      ),
    ).assistanceMeasures.nodes as { kind: string; amount: string | null }[];
    for (const m of r.measuresByKind) {
      const mine = measures.filter((x) => x.kind === m.kind);
      expect([m.kind, m.count, m.amount]).toEqual([
        m.kind,
        mine.length,
        mine.reduce((sum, x) => sum + Number(x.amount ?? 0), 0).toFixed(2),
      ]);
    }

    const households = ok(
      await s.gql<any>(
        'query($y: Int!) { households(first: 500, filter: { village: { within: "620422" } }) { totalCount nodes { id belowLine(year: $y) } } }',
        { y: year },
        county,
      ),
    ).households;
    expect(r.households).toBe(households.totalCount);
    expect(r.householdsBelowLine).toBe(households.nodes.filter((h: { belowLine: boolean | null }) => h.belowLine === true).length);
    // The list filters agree: households below the line, and cases of such households.
    for (const y of [year, year - 1]) {
      const below = ok(await s.gql<any>(ROLLUP, { r: '620422', y }, county)).monitoringRollup.householdsBelowLine;
      const filtered = ok(
        await s.gql<any>(
          'query($y: Int!) { households(first: 500, filter: { village: { within: "620422" }, belowLineIn: $y }) { totalCount nodes { belowLine(year: $y) } } }',
          { y },
          county,
        ),
      ).households;
      expect(filtered.totalCount).toBe(below);
      expect(filtered.nodes.every((h: { belowLine: boolean }) => h.belowLine === true)).toBe(true);
      const casesBelow = ok(
        await s.gql<any>(
          'query($y: Int!) { monitoringCases(first: 500, filter: { region: { within: "620422" }, householdBelowLineIn: $y }) { nodes { household { belowLine(year: $y) } } } }',
          { y },
          county,
        ),
      ).monitoringCases.nodes;
      expect(casesBelow.every((c: { household: { belowLine: boolean } }) => c.household.belowLine === true)).toBe(true);
      if (y === year - 1) expect(filtered.totalCount).toBeGreaterThan(0);
    }
    expectError(await s.gql('{ households(filter: { belowLineIn: 1900 }) { totalCount } }', {}, county), 'BAD_USER_INPUT');

    const visits = ok(
      await s.gql<any>(
        'query($from: LocalDate!, $to: LocalDate!) { householdVisits(first: 500, filter: { region: { within: "620422" }, visitedOn: { gte: $from, lte: $to } }) { nodes { visitedOn household { id } } } }',
        { from: `${year}-01-01`, to: `${year}-12-31` },
        county,
      ),
    ).householdVisits.nodes as { visitedOn: string; household: { id: string } }[];
    for (const q of r.visitsByQuarter) {
      const mine = visits.filter((v) => Math.ceil(Number(v.visitedOn.slice(5, 7)) / 3) === q.quarter);
      const distinct = new Set(mine.map((v) => v.household.id)).size;
      expect([q.quarter, q.visits, q.householdsVisited]).toEqual([q.quarter, mine.length, distinct]);
      if (distinct) expect(q.coverage).toBeCloseTo((distinct / households.totalCount) * 100, 1);
    }
    expect(r.visitsByQuarter.reduce((sum: number, q: { visits: number }) => sum + q.visits, 0)).toBeGreaterThan(0);
  });

  test('a region outside the caller’s jurisdiction is refused; a province’s rollup takes as many statements as a county’s', async () => {
    const township = await s.login('demo.township');
    expectError(await s.gql(ROLLUP, { r: '620422', y: 2026 }, township), 'FORBIDDEN');
    expectError(await s.gql(ROLLUP, { r: '620422', y: 1999 }, county), 'BAD_USER_INPUT');
    const province = await s.login('demo.province');
    const a = await s.gql<any>(ROLLUP, { r: '62', y: 2025 }, province);
    const b = await s.gql<any>(ROLLUP, { r: '620422', y: 2025 }, province);
    expect(ok(a).monitoringRollup.households).toBeGreaterThanOrEqual(ok(b).monitoringRollup.households);
    expect(a.statements).toBe(b.statements);
  });

  test('a key county shows its monitored, overdue and eliminated households, as its cases list them', async () => {
    const Q =
      '{ keyCounties(first: 50, filter: { county: { within: "6204" } }) { nodes { countyCode monitoredHouseholds overdueMonitoringCases eliminatedMonitoringCases } } }';
    const counties = ok(await s.gql<any>(Q, {}, county)).keyCounties.nodes as {
      countyCode: string;
      monitoredHouseholds: number;
      overdueMonitoringCases: number;
      eliminatedMonitoringCases: number;
    }[];
    const huining = counties.find((c) => c.countyCode === '620422');
    expect(huining).toBeDefined();
    const cases = ok(
      await s.gql<any>(
        '{ monitoringCases(first: 500, filter: { region: { within: "620422" } }) { nodes { status deadline } } }',
        {},
        county,
      ),
    ).monitoringCases.nodes as { status: string; deadline: string }[];
    const undecided = ['CLUE', 'CHECKED', 'CONSENTED', 'COMPARED', 'VILLAGE_REVIEWED', 'PUBLICIZING', 'TOWNSHIP_REVIEWED'];
    expect(huining).toMatchObject({
      monitoredHouseholds: cases.filter((c) => c.status === 'IDENTIFIED').length,
      overdueMonitoringCases: cases.filter((c) => undecided.includes(c.status) && c.deadline < clock.today()).length,
      eliminatedMonitoringCases: cases.filter((c) => c.status === 'ELIMINATED').length,
    });
    expect(huining!.monitoredHouseholds).toBeGreaterThanOrEqual(1);
  });
});
