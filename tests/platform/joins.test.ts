import { startTestServer, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { pick } from '../support/pick';
import { adminLogin, createAccount } from '../identity/helpers';
import { clock } from '../../server/src/core/clock';

jest.setTimeout(120_000);

/*
 * A list reads the to-one fields its resource declares as joins (a placement's person and post, a
 * post's village) in its own statement (core/read.ts `addJoins`), and the field resolvers get
 * those records without another statement. A joined record must be exactly what a by-id read
 * gives the same caller: the same values, masking and jurisdiction.
 */

const PERSON = 'id name gender idNumber phone age householdCategory village { code }';

describe('to-one fields joined into their list', () => {
  let s: TestServer;
  let county: string;

  beforeAll(async () => {
    s = await startTestServer();
    county = await s.login('demo.county');
  });
  afterAll(async () => {
    clock.reset();
    await s?.close();
  });

  const byId = async (type: 'person' | 'welfarePost', id: string, selection: string, token = county) =>
    ok(await s.gql<any>(`query($id: ID!) { record: ${type}(id: $id) { ${selection} } }`, { id }, token)).record;

  test('given placements listed with their person and post, then no statement is added and each equals the record read by id', async () => {
    const bare = await s.gql<any>(`{ jobPlacements(first: 20) { nodes { id } } }`, {}, county);
    const joined = await s.gql<any>(
      `{ jobPlacements(first: 20) { nodes { id person { id name idNumber phone } post { id title } } } }`,
      {},
      county,
    );
    expect(ok(joined).jobPlacements.nodes.length).toBeGreaterThan(5);
    expect(joined.statements).toBe(bare.statements);
    // A joined record's own to-one fields (a person's village) are the next level, read by id.
    const nodes = ok(
      await s.gql<any>(
        `{ jobPlacements(first: 20) { nodes { id person { ${PERSON} } post { id title village { code name } } } } }`,
        {},
        county,
      ),
    ).jobPlacements.nodes;
    for (const { person, post } of nodes) {
      expect(person).toEqual(pick(await byId('person', person.id, `${PERSON} birthDate labourCapacity createdAt`), person));
      expect(person.idNumber).toMatch(/\*/);
      expect(post).toEqual(pick(await byId('welfarePost', post.id, 'id title headcount village { code name level }'), post));
    }
  });

  test('given posts → placements → person, then the person adds no statement at any size', async () => {
    const query = (person: string) =>
      `query($n: Int!) { welfarePosts(first: $n) { nodes { id village { name } placements(first: 5) { nodes { id ${person} } } } } }`;
    const bare = await s.gql<any>(query(''), { n: 50 }, county);
    const small = await s.gql<any>(query('person { name idNumber }'), { n: 3 }, county);
    const large = await s.gql<any>(query('person { name idNumber }'), { n: 50 }, county);
    const people = ok(large).welfarePosts.nodes.flatMap((p: any) => p.placements.nodes.map((n: any) => n.person));
    expect(people.length).toBeGreaterThan(5);
    expect(people.every((p: any) => p && p.name && /\*/.test(p.idNumber))).toBe(true);
    expect(large.statements).toBe(bare.statements);
    expect(small.statements).toBe(large.statements);
  });

  test('given the same to-one field twice under aliases with different fields, then each equals the record read by id', async () => {
    const nodes = ok(
      await s.gql<any>(
        `{ jobPlacements(first: 10) { nodes { short: person { id name } long: person { id idNumber phone village { name } } } } }`,
        {},
        county,
      ),
    ).jobPlacements.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const { short, long } of nodes) {
      expect(short).toEqual(pick(await byId('person', short.id, 'id name'), short));
      expect(long).toEqual(pick(await byId('person', long.id, 'id idNumber phone village { name }'), long));
    }
  });

  test('given the same person joined at two levels with different fields, then each level gets the fields it asked for', async () => {
    const nodes = ok(
      await s.gql<any>(
        `{ jobPlacements(first: 10) { nodes { person { id name } post { placements(first: 10) { nodes { person { id idNumber phone } } } } } } }`,
        {},
        county,
      ),
    ).jobPlacements.nodes;
    const deeper = nodes.flatMap((n: any) => n.post.placements.nodes.map((p: any) => p.person));
    // The same people at both levels: the deeper level must not be answered with the narrower records of the first.
    expect(deeper.some((p: any) => nodes.some((n: any) => n.person.id === p.id))).toBe(true);
    for (const person of deeper) {
      expect(person.idNumber).toMatch(/\*/);
      expect(person).toEqual(pick(await byId('person', person.id, 'id idNumber phone'), person));
    }
  });

  test('given a list paged by cursor with a joined field, then its order and pages are those of the list without it', async () => {
    const list = (extra: string, after: string | null) =>
      s.gql<any>(
        `query($a: String) { jobPlacements(first: 4, after: $a, orderBy: [{ field: updatedAt, direction: DESC }]) { pageInfo { hasNextPage endCursor } nodes { id ${extra} } } }`,
        { a: after },
        county,
      );
    const whole = ok(
      await s.gql<any>(`{ jobPlacements(first: 12, orderBy: [{ field: updatedAt, direction: DESC }]) { nodes { id } } }`, {}, county),
    ).jobPlacements.nodes;
    expect(whole).toHaveLength(12);
    const walked: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const connection: any = ok(await list('person { name } post { title }', after)).jobPlacements;
      walked.push(...connection.nodes.map((n: any) => n.id));
      expect(connection.nodes.every((n: any) => n.person && n.post)).toBe(true);
      after = connection.pageInfo.endCursor;
    }
    expect(walked).toEqual(whole.map((n: any) => n.id));
  });

  test('given an API key for welfare but not persons, then a listed placement shows no person, as a read by id does; with persons in scope it does', async () => {
    await createAccount(s, 'sec.joins', ['SECURITY_ADMIN']);
    const { token: security } = await adminLogin(s, 'sec.joins');
    const keyFor = async (scopes: string[]) =>
      ok(
        await s.gql<any>(
          `mutation($input: CreateApiKeyInput!) { issueApiKey(input: $input) { key } }`,
          { input: { name: '联表测试', scopes, expiresAt: new Date(clock.now().getTime() + 86_400_000).toISOString() } },
          security,
        ),
      ).issueApiKey.key as string;
    const query = `{ welfarePosts(first: 20) { nodes { placements(first: 3) { nodes { id person { id name } } } } } jobPlacements(first: 10) { nodes { id personName: person { name } } } }`;

    const welfareOnly = ok(await s.gql<any>(query, {}, await keyFor(['welfare'])));
    const nested = welfareOnly.welfarePosts.nodes.flatMap((p: any) => p.placements.nodes);
    expect(nested.length).toBeGreaterThan(0);
    expect(welfareOnly.jobPlacements.nodes.length).toBeGreaterThan(0);
    expect(nested.every((n: any) => n.person === null)).toBe(true);
    expect(welfareOnly.jobPlacements.nodes.every((n: any) => n.personName === null)).toBe(true);
    const placement = welfareOnly.jobPlacements.nodes[0].id;
    const single = `query($id: ID!) { jobPlacement(id: $id) { person { name } } }`;
    expect(ok(await s.gql<any>(single, { id: placement }, await keyFor(['welfare']))).jobPlacement.person).toBeNull();

    const withPersons = ok(await s.gql<any>(query, {}, await keyFor(['welfare', 'person'])));
    expect(withPersons.welfarePosts.nodes.flatMap((p: any) => p.placements.nodes).every((n: any) => n.person?.name)).toBe(true);
    expect(withPersons.jobPlacements.nodes.every((n: any) => n.personName?.name)).toBe(true);
  });
});
