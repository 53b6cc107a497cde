import { startTestServer, ok, expectError } from '../support/server';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';
import { endDuePairings } from '../../server/src/modules/cooperation/cooperation.service';

jest.setTimeout(180_000);

const DAY = 24 * 3600_000;
const PAIRING_FIELDS = `id version status activeToday kind startDate endDate endReason helperRegionCode helperOrganization { id } helpedRegionCode regionCode predecessor { id } successor { id } chain { id status startDate endDate }`;
const CREATE = `mutation($input: CreatePairingInput!) { createPairing(input: $input) { ${PAIRING_FIELDS} } }`;
const ADJUST = `mutation($id: ID!, $input: AdjustPairingInput!, $reason: String!, $v: Int!) { adjustPairing(id: $id, input: $input, reason: $reason, expectedVersion: $v) { ${PAIRING_FIELDS} } }`;
const END = `mutation($id: ID!, $reason: String!, $endDate: LocalDate!, $v: Int!) { endPairing(id: $id, reason: $reason, endDate: $endDate, expectedVersion: $v) { ${PAIRING_FIELDS} } }`;
const ONE = `query($id: ID!) { pairing(id: $id) { ${PAIRING_FIELDS} } }`;
/** Sessions outlive the clock jumps below. */
const LONG_SESSIONS = { SESSION_IDLE_MINUTES: '10000000' };

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

describe('pairings: periods, overlap, levels, adjust, end, partners', () => {
  let s: TestServer;
  let admin: string;
  let today: string;
  let shounong: string; // 北京首农食品集团有限公司, registered in 朝阳区 110105
  beforeAll(async () => {
    s = await startTestServer(LONG_SESSIONS);
    admin = await s.login('demo.im.province');
    today = clock.today();
    shounong = ok(await s.gql(`{ organizations(filter: { name: { eq: "北京首农食品集团有限公司" } }) { nodes { id } } }`, {}, admin))
      .organizations.nodes[0].id;
  });
  afterAll(async () => {
    clock.reset();
    await s?.close();
  });

  const base = {
    kind: 'EAST_WEST',
    helperRegionCode: '110101',
    helpedRegionCode: '150826',
    startDate: '2024-01-01',
    targetFunds: '1000000.00',
    targetLabourTransfers: 300,
  };
  const count = async (filter: string) =>
    ok(await s.gql(`{ pairings(filter: ${filter}) { totalCount } }`, {}, admin)).pairings.totalCount as number;

  test('given a pairing, when another of the same kind between the same sides overlaps its period, then CONFLICT PAIRING_OVERLAP, with or without a helper organization, and nothing is stored', async () => {
    // 2024-01-01 up to 2025-01-01 (an end already past: recorded as history, ENDED).
    const first = ok(await s.gql(CREATE, { input: { ...base, endDate: '2025-01-01' } }, admin)).createPairing;
    expect(first).toMatchObject({ status: 'ENDED', activeToday: false, regionCode: '150826', endDate: '2025-01-01' });
    // Touching periods do not overlap: the end date is the first day no longer in force.
    const second = ok(await s.gql(CREATE, { input: { ...base, startDate: '2025-01-01' } }, admin)).createPairing;
    expect(second).toMatchObject({ status: 'ACTIVE', activeToday: true, endDate: null });

    const inFirst = expectError(
      await s.gql(CREATE, { input: { ...base, startDate: '2024-06-01', endDate: '2024-12-01' } }, admin),
      'CONFLICT',
    );
    expect(inFirst.extensions).toMatchObject({ rule: 'PAIRING_OVERLAP', existingId: first.id });
    const later = expectError(await s.gql(CREATE, { input: { ...base, startDate: addDays(today, 400) } }, admin), 'CONFLICT');
    expect(later.extensions).toMatchObject({ rule: 'PAIRING_OVERLAP', existingId: second.id });
    expect(await count(`{ helperRegion: { eq: "110101" }, helpedRegion: { eq: "150826" }, kind: { eq: EAST_WEST } }`)).toBe(2);

    // A helper organization does not make it another relationship: 朝阳区 ↔ 150826, then 首农 (in 朝阳区) ↔ 150826.
    const district = ok(
      await s.gql(CREATE, { input: { ...base, helperRegionCode: '110105', startDate: '2024-01-01' } }, admin),
    ).createPairing;
    const withOrg = expectError(
      await s.gql(
        CREATE,
        { input: { ...base, helperRegionCode: '110105', helperOrganizationId: shounong, startDate: '2025-03-01' } },
        admin,
      ),
      'CONFLICT',
    );
    expect(withOrg.extensions).toMatchObject({ rule: 'PAIRING_OVERLAP', existingId: district.id });
    expect(await count(`{ helperRegion: { eq: "110105" }, helpedRegion: { eq: "150826" } }`)).toBe(1);

    // Another kind between the same sides is a different relationship.
    ok(await s.gql(CREATE, { input: { ...base, kind: 'GROUP' } }, admin));
  });

  test('given a pairing with a helper organization, when the reverse order is tried (organization first, then the region alone), then it is refused too', async () => {
    const org = ok(
      await s.gql(
        CREATE,
        { input: { ...base, helperRegionCode: '110105', helperOrganizationId: shounong, helpedRegionCode: '150922' } },
        admin,
      ),
    ).createPairing;
    expect(org.helperOrganization).toEqual({ id: shounong });
    const regionOnly = expectError(
      await s.gql(CREATE, { input: { ...base, helperRegionCode: '110105', helpedRegionCode: '150922', startDate: '2026-01-01' } }, admin),
      'CONFLICT',
    );
    expect(regionOnly.extensions?.rule).toBe('PAIRING_OVERLAP');
  });

  test('given eight overlapping pairings created at the same moment, then exactly one is stored and the others are refused with PAIRING_OVERLAP', async () => {
    const input = { ...base, helperRegionCode: '110106', helpedRegionCode: '150925', startDate: '2025-06-01' };
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        s.gql(CREATE, { input: i % 2 ? { ...input, startDate: `2025-0${1 + i}-01`, endDate: addDays(today, 90) } : input }, admin),
      ),
    );
    const stored = results.filter((r) => !r.errors?.length);
    const refused = results.filter((r) => r.errors?.length);
    expect(stored).toHaveLength(1);
    expect(refused).toHaveLength(7);
    for (const r of refused) expect(expectError(r, 'CONFLICT').extensions?.rule).toBe('PAIRING_OVERLAP');
    expect(await count(`{ helperRegion: { eq: "110106" }, helpedRegion: { eq: "150925" } }`)).toBe(1);
    // Listed by end date like any other field.
    const open = ok(
      await s.gql(`{ pairings(filter: { helpedRegion: { eq: "150925" }, endDate: { gt: "${today}" } }) { totalCount } }`, {}, admin),
    ).pairings.totalCount;
    expect(open).toBe(stored[0].data.createPairing.endDate ? 1 : 0);
  });

  test('given sides the kind does not allow, when creating, then BAD_USER_INPUT names the field and the rule', async () => {
    const none = expectError(
      await s.gql(CREATE, { input: { kind: 'SOE', helpedRegionCode: '150826', startDate: '2024-01-01' } }, admin),
      'BAD_USER_INPUT',
    );
    expect(none.extensions?.problems.map((p: { field: string; rule: string }) => `${p.field}:${p.rule}`)).toEqual([
      'input.helperRegionCode:required',
      'input.helperOrganizationId:required',
    ]);
    const township = expectError(await s.gql(CREATE, { input: { ...base, helpedRegionCode: '150824100' } }, admin), 'BAD_USER_INPUT');
    expect(township.extensions?.problems[0]).toMatchObject({ field: 'input.helpedRegionCode', rule: 'kindLevel' });
    // A province-level east–west pairing pairs with a province, never a county.
    const provinceWithCounty = expectError(await s.gql(CREATE, { input: { ...base, helperRegionCode: '11' } }, admin), 'BAD_USER_INPUT');
    expect(provinceWithCounty.extensions?.problems[0]).toMatchObject({ field: 'input.helpedRegionCode', rule: 'kindLevel' });
    const villageForSoe = expectError(
      await s.gql(
        CREATE,
        { input: { kind: 'SOE', helperOrganizationId: shounong, helpedRegionCode: '150824100201', startDate: '2024-01-01' } },
        admin,
      ),
      'BAD_USER_INPUT',
    );
    expect(villageForSoe.extensions?.problems[0]).toMatchObject({ field: 'input.helpedRegionCode', rule: 'kindLevel' });
    const countyForEnterpriseVillage = expectError(
      await s.gql(
        CREATE,
        { input: { kind: 'ENTERPRISE_VILLAGE', helperOrganizationId: shounong, helpedRegionCode: '150824', startDate: '2024-01-01' } },
        admin,
      ),
      'BAD_USER_INPUT',
    );
    expect(countyForEnterpriseVillage.extensions?.problems[0]).toMatchObject({ field: 'input.helpedRegionCode', rule: 'kindLevel' });
    const leaderElsewhere = expectError(
      await s.gql(
        CREATE,
        { input: { kind: 'LEADER_CONTACT', helperRegionCode: '11', helpedRegionCode: '150826', startDate: '2024-01-01' } },
        admin,
      ),
      'BAD_USER_INPUT',
    );
    expect(leaderElsewhere.extensions?.problems[0]).toMatchObject({ field: 'input.helpedRegionCode', rule: 'sameProvince' });
    const sameProvinceEastWest = expectError(
      await s.gql(CREATE, { input: { ...base, helperRegionCode: '150821' } }, admin),
      'BAD_USER_INPUT',
    );
    expect(sameProvinceEastWest.extensions?.problems[0]).toMatchObject({ field: 'input.helpedRegionCode', rule: 'otherProvince' });
    // 首农 is registered in 朝阳区, not in 东城区.
    const orgElsewhere = expectError(
      await s.gql(CREATE, { input: { ...base, helpedRegionCode: '150821', helperOrganizationId: shounong } }, admin),
      'BAD_USER_INPUT',
    );
    expect(orgElsewhere.extensions?.problems[0]).toMatchObject({ field: 'input.helperOrganizationId', rule: 'inHelperRegion' });
    const backwards = expectError(
      await s.gql(CREATE, { input: { ...base, helpedRegionCode: '150821', endDate: '2023-12-31' } }, admin),
      'BAD_USER_INPUT',
    );
    expect(backwards.extensions?.problems[0]).toMatchObject({ field: 'input.endDate', rule: 'afterStart' });
    // What the kinds do allow.
    ok(
      await s.gql(
        CREATE,
        { input: { kind: 'LEADER_CONTACT', helperRegionCode: '15', helpedRegionCode: '150826', startDate: '2024-01-01' } },
        admin,
      ),
    );
    ok(
      await s.gql(CREATE, { input: { kind: 'EAST_WEST', helperRegionCode: '12', helpedRegionCode: '15', startDate: '2024-01-01' } }, admin),
    );
    expect(await count(`{ helperRegion: { eq: "110101" }, helpedRegion: { eq: "150821" } }`)).toBe(0);
  });

  test('given an active pairing, when it is adjusted, then the successor starts the day it ends (today or later), a new helper region needs a new organization, and the chain is queryable from both ends', async () => {
    const original = ok(
      await s.gql(
        CREATE,
        { input: { ...base, helperRegionCode: '110105', helperOrganizationId: shounong, helpedRegionCode: '150822' } },
        admin,
      ),
    ).createPairing;
    const noReason = expectError(
      await s.gql(
        ADJUST,
        {
          id: original.id,
          input: { helperRegionCode: '110102', helperOrganizationId: null, startDate: addDays(today, 10) },
          reason: ' ',
          v: original.version,
        },
        admin,
      ),
      'BAD_USER_INPUT',
    );
    expect(noReason.extensions?.problems[0].field).toBe('reason');
    const early = expectError(
      await s.gql(
        ADJUST,
        {
          id: original.id,
          input: { helperRegionCode: '110102', helperOrganizationId: null, startDate: '2023-12-31' },
          reason: '调整',
          v: original.version,
        },
        admin,
      ),
      'BAD_USER_INPUT',
    );
    expect(early.extensions?.problems[0]).toMatchObject({ field: 'input.startDate', rule: 'afterStart' });
    const past = expectError(
      await s.gql(
        ADJUST,
        {
          id: original.id,
          input: { helperRegionCode: '110102', helperOrganizationId: null, startDate: addDays(today, -1) },
          reason: '调整',
          v: original.version,
        },
        admin,
      ),
      'BAD_USER_INPUT',
    );
    expect(past.extensions?.problems[0]).toMatchObject({ field: 'input.startDate', rule: 'notPast' });
    // 首农 lies in 朝阳区: moving the helper side to 西城区 must change or clear the organization.
    const keptOrg = expectError(
      await s.gql(
        ADJUST,
        { id: original.id, input: { helperRegionCode: '110102', startDate: addDays(today, 10) }, reason: '调整', v: original.version },
        admin,
      ),
      'BAD_USER_INPUT',
    );
    expect(keptOrg.extensions?.problems[0]).toMatchObject({ field: 'input.helperOrganizationId', rule: 'changeWithRegion' });
    const sameOrg = expectError(
      await s.gql(
        ADJUST,
        {
          id: original.id,
          input: { helperRegionCode: '110102', helperOrganizationId: shounong, startDate: addDays(today, 10) },
          reason: '调整',
          v: original.version,
        },
        admin,
      ),
      'BAD_USER_INPUT',
    );
    expect(sameOrg.extensions?.problems[0]).toMatchObject({ field: 'input.helperOrganizationId', rule: 'changeWithRegion' });
    expect(ok(await s.gql(ONE, { id: original.id }, admin)).pairing).toMatchObject({
      version: original.version,
      endDate: null,
      successor: null,
    });

    const start = addDays(today, 10);
    const successor = ok(
      await s.gql(
        ADJUST,
        {
          id: original.id,
          input: { helperRegionCode: '110102', helperOrganizationId: null, startDate: start },
          reason: '帮扶力量调整',
          v: original.version,
        },
        admin,
      ),
    ).adjustPairing;
    expect(successor).toMatchObject({
      status: 'ACTIVE',
      activeToday: false,
      startDate: start,
      helperRegionCode: '110102',
      helperOrganization: null,
      helpedRegionCode: '150822',
      kind: 'EAST_WEST',
      predecessor: { id: original.id },
      successor: null,
    });
    const old = ok(await s.gql(ONE, { id: original.id }, admin)).pairing;
    // Still in force until the successor takes over.
    expect(old).toMatchObject({
      status: 'ACTIVE',
      activeToday: true,
      endDate: start,
      endReason: '帮扶力量调整',
      successor: { id: successor.id },
    });
    expect(old.chain.map((p: { id: string }) => p.id)).toEqual([original.id, successor.id]);
    expect(successor.chain.map((p: { id: string }) => p.id)).toEqual([original.id, successor.id]);

    const stale = expectError(
      await s.gql(ADJUST, { id: original.id, input: { startDate: addDays(today, 20) }, reason: 'x', v: original.version }, admin),
      'CONFLICT',
    );
    expect(stale.extensions?.rule).toBe('STALE_VERSION');
    const replaced = expectError(
      await s.gql(ADJUST, { id: original.id, input: { startDate: addDays(today, 20) }, reason: 'x', v: old.version }, admin),
      'CONFLICT',
    );
    expect(replaced.extensions?.rule).toBe('PAIRING_ENDED');
    const thirdStart = addDays(today, 40);
    const third = ok(
      await s.gql(
        ADJUST,
        {
          id: successor.id,
          input: { helperRegionCode: '110105', helperOrganizationId: null, startDate: thirdStart, targetLabourTransfers: 500 },
          reason: '再次调整',
          v: successor.version,
        },
        admin,
      ),
    ).adjustPairing;
    const chain = ok(await s.gql(ONE, { id: successor.id }, admin)).pairing.chain;
    expect(chain.map((p: { id: string }) => p.id)).toEqual([original.id, successor.id, third.id]);
    expect(chain.map((p: { startDate: string; endDate: string | null }) => [p.startDate, p.endDate])).toEqual([
      ['2024-01-01', start],
      [start, thirdStart],
      [thirdStart, null],
    ]);

    // Region queries: 110102 is a helper (its pairing lies ahead); the network holds only what is in force today.
    const asHelper = ok(await s.gql(`{ pairingsOfRegion(regionCode: "110102", role: HELPER) { nodes { id } } }`, {}, admin))
      .pairingsOfRegion.nodes;
    expect(asHelper).toEqual([{ id: successor.id }]);
    const asHelped = ok(
      await s.gql(`{ pairingsOfRegion(regionCode: "150822", role: HELPED) { nodes { id } } }`, {}, admin),
    ).pairingsOfRegion.nodes.map((p: { id: string }) => p.id);
    expect(asHelped).toEqual(expect.arrayContaining([original.id, successor.id, third.id]));
    const network = ok(await s.gql(`{ provincePairingNetwork(provinceCode: "15", first: 500) { nodes { id activeToday } } }`, {}, admin))
      .provincePairingNetwork.nodes;
    expect(network.every((p: { activeToday: boolean }) => p.activeToday)).toBe(true);
    expect(network.map((p: { id: string }) => p.id)).toContain(original.id);
    expect(network.map((p: { id: string }) => p.id)).not.toContain(third.id);
  });

  test('given an active pairing, when it is ended, then the end is today or later and after the start; ended today it is ENDED at once and the same sides may pair again from today', async () => {
    const p = ok(await s.gql(CREATE, { input: { ...base, helpedRegionCode: '150802' } }, admin)).createPairing;
    const bad = expectError(await s.gql(END, { id: p.id, reason: '期满', endDate: '2024-01-01', v: p.version }, admin), 'BAD_USER_INPUT');
    expect(bad.extensions?.problems[0]).toMatchObject({ field: 'endDate', rule: 'afterStart' });
    const past = expectError(
      await s.gql(END, { id: p.id, reason: '期满', endDate: addDays(today, -1), v: p.version }, admin),
      'BAD_USER_INPUT',
    );
    expect(past.extensions?.problems[0]).toMatchObject({ field: 'endDate', rule: 'notPast' });
    const ended = ok(await s.gql(END, { id: p.id, reason: '期满', endDate: today, v: p.version }, admin)).endPairing;
    expect(ended).toMatchObject({ status: 'ENDED', activeToday: false, endDate: today, endReason: '期满' });
    const again = expectError(
      await s.gql(END, { id: p.id, reason: '再次', endDate: addDays(today, 5), v: ended.version }, admin),
      'CONFLICT',
    );
    expect(again.extensions?.rule).toBe('PAIRING_ENDED');
    const next = ok(await s.gql(CREATE, { input: { ...base, helpedRegionCode: '150802', startDate: today } }, admin)).createPairing;
    expect(next).toMatchObject({ status: 'ACTIVE', activeToday: true });
    // Nothing is deleted: the ended pairing is still there.
    expect(ok(await s.gql(ONE, { id: p.id }, admin)).pairing.status).toBe('ENDED');
    // A later end cannot be stretched over the next pairing of the same sides.
    const planned = ok(
      await s.gql(CREATE, { input: { ...base, helpedRegionCode: '150924', startDate: '2024-01-01', endDate: addDays(today, 30) } }, admin),
    ).createPairing;
    ok(await s.gql(CREATE, { input: { ...base, helpedRegionCode: '150924', startDate: addDays(today, 30) } }, admin));
    const stretch = expectError(
      await s.gql(END, { id: planned.id, reason: '延期', endDate: addDays(today, 60), v: planned.version }, admin),
      'CONFLICT',
    );
    expect(stretch.extensions?.rule).toBe('PAIRING_OVERLAP');
    const sooner = ok(
      await s.gql(END, { id: planned.id, reason: '提前结束', endDate: addDays(today, 15), v: planned.version }, admin),
    ).endPairing;
    expect(sooner).toMatchObject({ status: 'ACTIVE', activeToday: true, endDate: addDays(today, 15) });
  });

  test('given a county officer, when creating a pairing, then FORBIDDEN; and a Gansu admin cannot pair Inner Mongolia counties', async () => {
    const county = await s.login('demo.county');
    expectError(await s.gql(CREATE, { input: base }, county), 'FORBIDDEN');
    const gansu = await s.login('demo.province');
    expectError(await s.gql(CREATE, { input: { ...base, helpedRegionCode: '150821' } }, gansu), 'FORBIDDEN');
  });

  // Moves the shared clock: keep last.
  test('given the seeded 朝阳区 ↔ 乌拉特中旗 pairing ending next month, when the clock runs, then the Beijing partner sees the paired county until the end date and not from it', async () => {
    const partner = await s.login('demo.bj.chaoyang');
    const projects = `{ cooperationProjects(first: 500) { totalCount nodes { regionCode } } }`;
    const seen = ok(await s.gql(projects, {}, partner)).cooperationProjects;
    expect(seen.totalCount).toBeGreaterThan(0);
    expect(new Set(seen.nodes.map((n: { regionCode: string }) => n.regionCode))).toEqual(new Set(['150824']));
    // Not extended to other domains.
    expect(ok(await s.gql(`{ assistanceProducts { totalCount } }`, {}, partner)).assistanceProducts.totalCount).toBe(0);

    const chaoyang = ok(
      await s.gql(
        `{ pairings(filter: { helperRegion: { eq: "110105" }, helpedRegion: { eq: "150824" } }) { nodes { id version } } }`,
        {},
        admin,
      ),
    ).pairings.nodes[0];
    const [y, m] = today.split('-').map(Number);
    const nextMonth = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10); // first day of next month
    const ended = ok(
      await s.gql(END, { id: chaoyang.id, reason: '协作期结束（测试）', endDate: nextMonth, v: chaoyang.version }, admin),
    ).endPairing;
    expect(ended).toMatchObject({ status: 'ACTIVE', activeToday: true, endDate: nextMonth });
    // Recording the end changes nothing for the partner yet.
    expect(ok(await s.gql(projects, {}, partner)).cooperationProjects.totalCount).toBe(seen.totalCount);

    // The last day in force: still visible.
    clock.advance(Date.parse(`${addDays(nextMonth, -1)}T12:00:00+08:00`) - clock.now().getTime());
    expect(clock.today()).toBe(addDays(nextMonth, -1));
    expect(ok(await s.gql(projects, {}, partner)).cooperationProjects.totalCount).toBe(seen.totalCount);
    expect(ok(await s.gql(ONE, { id: chaoyang.id }, admin)).pairing.activeToday).toBe(true);

    // The end date: gone, before any job has marked it ENDED.
    clock.advance(DAY);
    expect(clock.today()).toBe(nextMonth);
    expect(ok(await s.gql(projects, {}, partner)).cooperationProjects.totalCount).toBe(0);
    expect(ok(await s.gql(ONE, { id: chaoyang.id }, admin)).pairing).toMatchObject({ status: 'ACTIVE', activeToday: false });

    // The scheduled job's function turns it ENDED, once.
    const em = s.em();
    const endedIds = await em.transactional((tx) => endDuePairings(tx as typeof em, clock.today()));
    expect(endedIds).toContain(chaoyang.id);
    expect(await em.fork().transactional((tx) => endDuePairings(tx as typeof em, clock.today()))).toEqual([]);
    expect(ok(await s.gql(ONE, { id: chaoyang.id }, admin)).pairing.status).toBe('ENDED');
    expect(ok(await s.gql(projects, {}, partner)).cooperationProjects.totalCount).toBe(0);
  });
});
