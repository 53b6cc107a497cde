import { startTestServer, ok } from '../support/server';
import type { TestServer } from '../support/server';

jest.setTimeout(120_000);

/*
 * Lists load only the columns their selection needs (core/read.ts `columnsFor`, and each
 * resource's `fieldColumns` for field resolvers). A narrow selection must give the same values as
 * the same fields selected beside a field resolver that declares nothing (which loads every column).
 */
const CASES: { name: string; list: string; narrow: string; everything: string; as: 'province' | 'county' }[] = [
  {
    name: 'regions → children, parent, fullName',
    as: 'province',
    list: 'regions(filter: { within: "620422" }, first: 30, orderBy: [{ field: code }])',
    narrow: 'id code parent { code } fullName children(first: 3) { totalCount nodes { id name } }',
    everything: 'id code parent { code } fullName children(first: 3) { totalCount nodes { id name level createdAt version } } level name createdAt updatedAt archivedAt povertyExitedCounty',
  },
  {
    name: 'work teams → members, days until term end',
    as: 'county',
    list: 'workTeams(first: 10)',
    narrow: 'id daysUntilTermEnd termEndsWithin(days: 400) village { name } members(first: 5) { nodes { name phone team { id } } }',
    everything: 'id daysUntilTermEnd termEndsWithin(days: 400) village { name } members(first: 5) { nodes { name phone team { id } trainingsInTerm } } availableActions { action } status termStart termEnd notes',
  },
  {
    name: 'posts → placements → person, vacant places',
    as: 'county',
    list: 'welfarePosts(first: 10)',
    narrow: 'id vacantPlaces filledPlaces village { code } placements(first: 5) { nodes { id person { name } post { id } } }',
    everything: 'id vacantPlaces filledPlaces village { code } placements(first: 5) { nodes { id person { name } post { id } availableActions { action } status } } availableActions { action } headcount title',
  },
];

function pick(value: unknown, shape: unknown): unknown {
  if (Array.isArray(value)) return value.map((v, i) => pick(v, (shape as unknown[])[i]));
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(shape as object).map((k) => [k, pick((value as Record<string, unknown>)[k], (shape as Record<string, unknown>)[k])]));
  return value;
}

describe('column projection of lists', () => {
  let s: TestServer;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    s = await startTestServer();
    tokens.province = await s.login('demo.province');
    tokens.county = await s.login('demo.county');
  });
  afterAll(async () => {
    await s?.close();
  });

  for (const c of CASES) {
    test(`given ${c.name}, when selected narrowly, then the values equal those loaded with every column`, async () => {
      const narrow = ok(await s.gql<any>(`{ list: ${c.list} { nodes { ${c.narrow} } } }`, {}, tokens[c.as])).list.nodes;
      const everything = ok(await s.gql<any>(`{ list: ${c.list} { nodes { ${c.everything} } } }`, {}, tokens[c.as])).list.nodes;
      expect(narrow.length).toBeGreaterThan(0);
      expect(narrow).toEqual(pick(everything, narrow));
      // Not vacuous: the field resolvers answered from the narrow rows.
      expect(JSON.stringify(narrow)).not.toMatch(/null/);
    });
  }

  test('given placements → person selected narrowly, then each person equals the whole record read by id', async () => {
    const PERSON = 'id name gender idNumber phone age householdCategory village { code }';
    const placements = ok(await s.gql<any>(`{ jobPlacements(first: 5) { nodes { person { ${PERSON} } } } }`, {}, tokens.county)).jobPlacements.nodes;
    expect(placements.length).toBeGreaterThan(0);
    for (const { person } of placements) {
      const whole = ok(await s.gql<any>(`query($id: ID!) { person(id: $id) { ${PERSON} birthDate labourCapacity createdAt } }`, { id: person.id }, tokens.county)).person;
      expect(person).toEqual(pick(whole, person));
      expect(person.idNumber).toMatch(/\*/);
    }
  });
});
