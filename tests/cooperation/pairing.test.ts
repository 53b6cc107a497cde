import { startTestServer, ok, expectError } from '../support/server';
import type { TestServer } from '../support/server';

jest.setTimeout(180_000);

const PAIRING_FIELDS = `id version status kind startDate endDate endReason helperRegionCode helpedRegionCode regionCode predecessor { id } successor { id } chain { id status startDate endDate }`;
const CREATE = `mutation($input: CreatePairingInput!) { createPairing(input: $input) { ${PAIRING_FIELDS} } }`;
const ADJUST = `mutation($id: ID!, $input: AdjustPairingInput!, $reason: String!, $v: Int!) { adjustPairing(id: $id, input: $input, reason: $reason, expectedVersion: $v) { ${PAIRING_FIELDS} } }`;
const END = `mutation($id: ID!, $reason: String!, $endDate: LocalDate!, $v: Int!) { endPairing(id: $id, reason: $reason, endDate: $endDate, expectedVersion: $v) { ${PAIRING_FIELDS} } }`;
const ONE = `query($id: ID!) { pairing(id: $id) { ${PAIRING_FIELDS} } }`;

describe('pairings: create, adjust, end, history, partners', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.login('demo.im.province');
  });
  afterAll(async () => s?.close());

  const base = { kind: 'EAST_WEST', helperRegionCode: '110101', helpedRegionCode: '150826', startDate: '2024-01-01', targetFunds: '1000000.00', targetLabourTransfers: 300 };

  test('given an active pairing, when the same kind and sides are paired again, then CONFLICT PAIRING_OVERLAP and nothing is stored', async () => {
    const first = ok(await s.gql(CREATE, { input: base }, admin)).createPairing;
    expect(first.status).toBe('ACTIVE');
    expect(first.regionCode).toBe('150826');
    const dup = expectError(await s.gql(CREATE, { input: { ...base, startDate: '2025-03-01' } }, admin), 'CONFLICT');
    expect(dup.extensions?.rule).toBe('PAIRING_OVERLAP');
    const list = ok(await s.gql(`{ pairings(filter: { helperRegion: { eq: "110101" } }) { totalCount } }`, {}, admin));
    expect(list.pairings.totalCount).toBe(1);
    // Another kind between the same sides is a different relationship.
    ok(await s.gql(CREATE, { input: { ...base, kind: 'GROUP' } }, admin));
  });

  test('given an active pairing, when it is re-paired to another eastern district, then the old one ends the day the successor starts and the chain is queryable from both ends', async () => {
    const original = ok(await s.gql(CREATE, { input: { ...base, helpedRegionCode: '150822' } }, admin)).createPairing;
    const noReason = expectError(await s.gql(ADJUST, { id: original.id, input: { helperRegionCode: '110102', startDate: '2025-07-01' }, reason: ' ', v: original.version }, admin), 'BAD_USER_INPUT');
    expect(noReason.extensions?.problems[0].field).toBe('reason');
    const early = expectError(await s.gql(ADJUST, { id: original.id, input: { helperRegionCode: '110102', startDate: '2023-12-31' }, reason: '调整', v: original.version }, admin), 'BAD_USER_INPUT');
    expect(early.extensions?.problems[0]).toMatchObject({ field: 'input.startDate', rule: 'afterStart' });

    const successor = ok(await s.gql(ADJUST, { id: original.id, input: { helperRegionCode: '110102', startDate: '2025-07-01' }, reason: '帮扶力量调整', v: original.version }, admin)).adjustPairing;
    expect(successor).toMatchObject({ status: 'ACTIVE', startDate: '2025-07-01', helperRegionCode: '110102', helpedRegionCode: '150822', kind: 'EAST_WEST', predecessor: { id: original.id }, successor: null });
    const old = ok(await s.gql(ONE, { id: original.id }, admin)).pairing;
    expect(old).toMatchObject({ status: 'ENDED', endDate: '2025-07-01', endReason: '帮扶力量调整', successor: { id: successor.id } });
    expect(old.chain.map((p: { id: string }) => p.id)).toEqual([original.id, successor.id]);
    expect(successor.chain.map((p: { id: string }) => p.id)).toEqual([original.id, successor.id]);

    // A second adjustment extends the same chain; the stale version of the predecessor is refused.
    const stale = expectError(await s.gql(ADJUST, { id: original.id, input: { startDate: '2026-01-01' }, reason: 'x', v: original.version }, admin), 'CONFLICT');
    expect(stale.extensions?.rule).toBe('STALE_VERSION');
    const ended = expectError(await s.gql(ADJUST, { id: original.id, input: { startDate: '2026-01-01' }, reason: 'x', v: old.version }, admin), 'CONFLICT');
    expect(ended.extensions?.rule).toBe('PAIRING_ENDED');
    const third = ok(await s.gql(ADJUST, { id: successor.id, input: { helperRegionCode: '110105', startDate: '2026-01-01', targetLabourTransfers: 500 }, reason: '再次调整', v: successor.version }, admin)).adjustPairing;
    const chain = ok(await s.gql(ONE, { id: successor.id }, admin)).pairing.chain;
    expect(chain.map((p: { id: string }) => p.id)).toEqual([original.id, successor.id, third.id]);
    expect(chain.map((p: { status: string }) => p.status)).toEqual(['ENDED', 'ENDED', 'ACTIVE']);
    expect(chain[1].endDate).toBe(chain[2].startDate);

    // Region queries: 110102 was a helper (now ended); 150822 is helped by the current pairing.
    const asHelper = ok(await s.gql(`{ pairingsOfRegion(regionCode: "110102", role: HELPER) { nodes { id status } } }`, {}, admin)).pairingsOfRegion.nodes;
    expect(asHelper).toEqual([{ id: successor.id, status: 'ENDED' }]);
    const asHelped = ok(await s.gql(`{ pairingsOfRegion(regionCode: "150822", role: HELPED) { nodes { id } } }`, {}, admin)).pairingsOfRegion.nodes.map((p: { id: string }) => p.id);
    expect(asHelped).toEqual(expect.arrayContaining([original.id, successor.id, third.id]));
    const network = ok(await s.gql(`{ provincePairingNetwork(provinceCode: "15", first: 500) { nodes { id status } } }`, {}, admin)).provincePairingNetwork.nodes;
    expect(network.every((p: { status: string }) => p.status === 'ACTIVE')).toBe(true);
    expect(network.map((p: { id: string }) => p.id)).toContain(third.id);
    expect(network.map((p: { id: string }) => p.id)).not.toContain(original.id);
  });

  test('given an active pairing, when it is ended, then the end must follow the start, and afterwards the same sides may pair again', async () => {
    const p = ok(await s.gql(CREATE, { input: { ...base, helpedRegionCode: '150802' } }, admin)).createPairing;
    const bad = expectError(await s.gql(END, { id: p.id, reason: '期满', endDate: '2024-01-01', v: p.version }, admin), 'BAD_USER_INPUT');
    expect(bad.extensions?.problems[0]).toMatchObject({ field: 'endDate', rule: 'afterStart' });
    const ended = ok(await s.gql(END, { id: p.id, reason: '期满', endDate: '2025-12-31', v: p.version }, admin)).endPairing;
    expect(ended).toMatchObject({ status: 'ENDED', endDate: '2025-12-31', endReason: '期满' });
    const again = ok(await s.gql(CREATE, { input: { ...base, helpedRegionCode: '150802', startDate: '2026-01-01' } }, admin)).createPairing;
    expect(again.status).toBe('ACTIVE');
    // Nothing is deleted: the ended pairing is still there.
    expect(ok(await s.gql(ONE, { id: p.id }, admin)).pairing.status).toBe('ENDED');
  });

  test('given bad sides, when creating, then BAD_USER_INPUT names the field', async () => {
    const none = expectError(await s.gql(CREATE, { input: { kind: 'SOE', helpedRegionCode: '150826', startDate: '2024-01-01' } }, admin), 'BAD_USER_INPUT');
    expect(none.extensions?.problems[0].field).toBe('input.helperRegionCode');
    const township = expectError(await s.gql(CREATE, { input: { ...base, helpedRegionCode: '150824100' } }, admin), 'BAD_USER_INPUT');
    expect(township.extensions?.problems[0]).toMatchObject({ field: 'input.helpedRegionCode', rule: 'level' });
  });

  test('given a county officer, when creating a pairing, then FORBIDDEN; and a Gansu admin cannot pair Inner Mongolia counties', async () => {
    const county = await s.login('demo.county');
    expectError(await s.gql(CREATE, { input: base }, county), 'FORBIDDEN');
    const gansu = await s.login('demo.province');
    expectError(await s.gql(CREATE, { input: { ...base, helpedRegionCode: '150821' } }, gansu), 'FORBIDDEN');
  });

  test('given the seeded 朝阳区 ↔ 乌拉特中旗 pairing, when the Beijing partner reads projects, then it sees the paired county only while the pairing is active', async () => {
    const partner = await s.login('demo.bj.chaoyang');
    const projects = `{ cooperationProjects(first: 500) { totalCount nodes { regionCode } } }`;
    const seen = ok(await s.gql(projects, {}, partner)).cooperationProjects;
    expect(seen.totalCount).toBeGreaterThan(0);
    expect(new Set(seen.nodes.map((n: { regionCode: string }) => n.regionCode))).toEqual(new Set(['150824']));
    // Not extended to other domains.
    expect(ok(await s.gql(`{ assistanceProducts { totalCount } }`, {}, partner)).assistanceProducts.totalCount).toBe(0);

    const chaoyang = ok(await s.gql(`{ pairings(filter: { helperRegion: { eq: "110105" }, helpedRegion: { eq: "150824" } }) { nodes { id version } } }`, {}, admin)).pairings.nodes[0];
    ok(await s.gql(END, { id: chaoyang.id, reason: '协作期结束（测试）', endDate: '2026-01-01', v: chaoyang.version }, admin));
    const after = ok(await s.gql(projects, {}, partner)).cooperationProjects;
    expect(after.totalCount).toBe(0);
  });
});
