import { startTestServer, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { pick } from '../support/pick';

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
    everything:
      'id code parent { code } fullName children(first: 3) { totalCount nodes { id name level createdAt version } } level name createdAt updatedAt archivedAt povertyExitedCounty',
  },
  {
    name: 'work teams → members, days until term end',
    as: 'county',
    list: 'workTeams(first: 10)',
    narrow: 'id daysUntilTermEnd termEndsWithin(days: 400) village { name } members(first: 5) { nodes { name phone team { id } } }',
    everything:
      'id daysUntilTermEnd termEndsWithin(days: 400) village { name } members(first: 5) { nodes { name phone team { id } trainingsInTerm } } availableActions { action } status termStart termEnd notes',
  },
  {
    // Only plain columns under the nested level: its rows come back with just those and the parent key.
    name: 'work teams → members, plain fields only',
    as: 'county',
    list: 'workTeams(first: 10)',
    narrow: 'id members(first: 5) { totalCount nodes { name role status } }',
    everything: 'id members(first: 5) { totalCount nodes { name role status phone team { id } } } status',
  },
  {
    name: 'posts → placements → person, vacant places',
    as: 'county',
    list: 'welfarePosts(first: 10)',
    narrow: 'id vacantPlaces filledPlaces village { code } placements(first: 5) { nodes { id person { name } post { id } } }',
    everything:
      'id vacantPlaces filledPlaces village { code } placements(first: 5) { nodes { id person { name } post { id } availableActions { action } status } } availableActions { action } headcount title',
  },
];

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

  /** A query selecting `selection` on one county of the demo data, which has more than three townships. */
  const onACounty = (selection: string, variables = '') =>
    `query${variables} { regions(filter: { within: "620422", level: { eq: COUNTY } }, first: 1) { nodes { ${selection} } } }`;

  test('given a nested level paged by cursor, when walked page by page, then it yields each child once, in the order of one whole page', async () => {
    // Sorted by a field the pages do not select: the cursor still has to carry it.
    const whole = ok(
      await s.gql<any>(onACounty('children(first: 100, orderBy: [{ field: name }]) { totalCount nodes { code } }'), {}, tokens.province),
    ).regions.nodes[0].children;
    expect(whole.nodes.length).toBeGreaterThan(3);
    const walked: unknown[] = [];
    let after: string | null = null;
    for (let i = 0; i <= whole.nodes.length; i++) {
      const query = onACounty(
        'children(first: 2, after: $a, orderBy: [{ field: name }]) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { code } } }',
        '($a: String)',
      );
      const page: any = ok(await s.gql<any>(query, { a: after }, tokens.province)).regions.nodes[0].children;
      expect(page.totalCount).toBe(whole.totalCount);
      walked.push(...page.edges.map((e: any) => e.node));
      expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1].cursor);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(whole.nodes);
  });

  test('given a nested level, when selected with and without cursors, then the nodes are the same', async () => {
    const list = 'regions(filter: { within: "6204", level: { eq: COUNTY } }, first: 10)';
    const plain = ok(
      await s.gql<any>(`{ ${list} { nodes { code children(first: 3) { totalCount nodes { code name level } } } } }`, {}, tokens.province),
    ).regions.nodes;
    const withCursors = ok(
      await s.gql<any>(
        `{ ${list} { nodes { code children(first: 3) { totalCount pageInfo { endCursor } nodes { code name level } } } } }`,
        {},
        tokens.province,
      ),
    ).regions.nodes;
    expect(plain.filter((r: any) => r.children.nodes.length).length).toBeGreaterThan(1);
    expect(
      withCursors.map((r: any) => ({ code: r.code, children: { totalCount: r.children.totalCount, nodes: r.children.nodes } })),
    ).toEqual(plain);
    for (const r of withCursors) if (r.children.nodes.length) expect(typeof r.children.pageInfo.endCursor).toBe('string');
  });

  test('given the same nested level twice under aliases, one without cursors, then the cursor of the other still pages', async () => {
    const whole = ok(
      await s.gql<any>(onACounty('children(first: 100, orderBy: [{ field: name }]) { nodes { code } }'), {}, tokens.province),
    ).regions.nodes[0].children.nodes;
    expect(whole.length).toBeGreaterThan(3);
    const both = ok(
      await s.gql<any>(
        onACounty(`plain: children(first: 2, orderBy: [{ field: name }]) { nodes { code } }
      paged: children(first: 2, orderBy: [{ field: name }]) { pageInfo { endCursor } nodes { code } }`),
        {},
        tokens.province,
      ),
    ).regions.nodes[0];
    expect(both.plain.nodes).toEqual(whole.slice(0, 2));
    expect(both.paged.nodes).toEqual(whole.slice(0, 2));
    const next = ok(
      await s.gql<any>(
        onACounty('children(first: 2, orderBy: [{ field: name }], after: $a) { nodes { code } }', '($a: String)'),
        { a: both.paged.pageInfo.endCursor },
        tokens.province,
      ),
    ).regions.nodes[0];
    expect(next.children.nodes).toEqual(whole.slice(2, 4));
  });

  test('given placements → person selected narrowly, then each person equals the whole record read by id', async () => {
    const PERSON = 'id name gender idNumber phone age householdCategory village { code }';
    const placements = ok(await s.gql<any>(`{ jobPlacements(first: 5) { nodes { person { ${PERSON} } } } }`, {}, tokens.county))
      .jobPlacements.nodes;
    expect(placements.length).toBeGreaterThan(0);
    for (const { person } of placements) {
      const whole = ok(
        await s.gql<any>(
          `query($id: ID!) { person(id: $id) { ${PERSON} birthDate labourCapacity createdAt } }`,
          { id: person.id },
          tokens.county,
        ),
      ).person;
      expect(person).toEqual(pick(whole, person));
      expect(person.idNumber).toMatch(/\*/);
    }
  });
});
