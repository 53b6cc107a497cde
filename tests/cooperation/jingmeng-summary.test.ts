import { startTestServer, ok, expectError } from '../support/server';
import type { TestServer } from '../support/server';
jest.setTimeout(180_000);

const SUMMARY = `query($year: Int!, $pairingId: ID, $helper: String, $helped: String) {
  cooperationSummary(year: $year, pairingId: $pairingId, helperProvince: $helper, helpedProvince: $helped) {
    year projects enterprisesIntroduced parksCoBuilt labourTransfers povertyExitedLabourTransfers consumptionSales helpedAreaAssistedSales
    plannedFunds fundsInPlace fundsDisbursed startedProjects startRate byStatus { status count }
  }
}`;

describe('京蒙 2021 demo summary (text 003)', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.login('demo.im.province');
  });
  afterAll(async () => s?.close());

  test('given the seeded 京蒙 demo, when the Inner Mongolia admin reads the 2021 Beijing→Inner Mongolia summary, then it reproduces text 003', async () => {
    const res = ok(await s.gql(SUMMARY, { year: 2021, helper: '11', helped: '15' }, admin));
    const sum = res.cooperationSummary;
    expect(sum.projects).toBe(905);
    expect(sum.enterprisesIntroduced).toBe(97);
    expect(sum.parksCoBuilt).toBe(51);
    expect(sum.labourTransfers).toBe(71000);
    expect(sum.povertyExitedLabourTransfers).toBe(51000);
    // All assisted-product sales of the helped area in 2021 (text 003: 77.85 亿 for Inner Mongolia) …
    expect(sum.helpedAreaAssistedSales).toBe('7785000000.00');
    // … of which sold to the Beijing side: the demo's eastern-partner sales, 4 亿 (乌拉特中旗, bought by 首农 in 朝阳区)
    // + 3 亿 (乌拉特前旗) + 3 亿 (乌拉特后旗, both without a recorded buyer) = 10 亿.
    expect(sum.consumptionSales).toBe('1000000000.00');
    const byChannel = ok(
      await s.gql(`{ consumptionRollup(regionCode: "15", year: 2021, groupBy: CHANNEL) { groups { key assistedAmount } } }`, {}, admin),
    ).consumptionRollup.groups;
    expect(byChannel.find((g: { key: string }) => g.key === 'EAST_PARTNER').assistedAmount).toBe('1000000000.00');
    const byStatus = Object.fromEntries(sum.byStatus.map((b: { status: string; count: number }) => [b.status, b.count]));
    expect(byStatus.SUBMITTED).toBe(1);
    expect(byStatus.CANCELLED).toBe(1);
    expect(byStatus.DRAFT).toBe(0); // the draft is a 2022 project
    expect(byStatus.APPROVED + byStatus.IN_PROGRESS + byStatus.COMPLETED + byStatus.ACCEPTED).toBe(905);
    expect(sum.startedProjects).toBe(905 - byStatus.APPROVED);
  });

  test('given the province-level agreement, when summarised by pairing, then its county pairings are included', async () => {
    const list = ok(
      await s.gql(`{ pairings(filter: { helperRegion: { eq: "11" }, helpedRegion: { eq: "15" } }) { nodes { id } } }`, {}, admin),
    );
    expect(list.pairings.nodes).toHaveLength(1);
    const res = ok(await s.gql(SUMMARY, { year: 2021, pairingId: list.pairings.nodes[0].id }, admin));
    expect(res.cooperationSummary.projects).toBe(905);
    expect(res.cooperationSummary.enterprisesIntroduced).toBe(97);
    expect(res.cooperationSummary.consumptionSales).toBe('1000000000.00');
    expect(res.cooperationSummary.helpedAreaAssistedSales).toBe('7785000000.00');
  });

  test('given a Gansu provincial admin, when reading the same summary, then jurisdiction leaves nothing visible', async () => {
    const gansu = await s.login('demo.province');
    const res = ok(await s.gql(SUMMARY, { year: 2021, helper: '11', helped: '15' }, gansu));
    expect(res.cooperationSummary.projects).toBe(0);
    expect(res.cooperationSummary.consumptionSales).toBe('0.00');
    expect(res.cooperationSummary.helpedAreaAssistedSales).toBe('0.00');
  });

  test('given no scope, when asking for a summary, then BAD_USER_INPUT names the missing argument', async () => {
    const err = expectError(await s.gql(SUMMARY, { year: 2021 }, admin), 'BAD_USER_INPUT');
    expect(err.extensions?.problems[0].field).toBe('pairingId');
  });

  test('given the Beijing 朝阳区 partner, when reading its pairing’s 2021 summary, then it sees the paired county’s projects and the sales into it', async () => {
    const partner = await s.login('demo.bj.chaoyang');
    const pairing = ok(
      await s.gql(`{ pairings(filter: { helperRegion: { eq: "110105" }, helpedRegion: { eq: "150824" } }) { nodes { id } } }`, {}, partner),
    ).pairings.nodes[0];
    const mine = ok(await s.gql(SUMMARY, { year: 2021, pairingId: pairing.id }, partner)).cooperationSummary;
    const asAdmin = ok(await s.gql(SUMMARY, { year: 2021, pairingId: pairing.id }, admin)).cooperationSummary;
    expect(mine.projects).toBeGreaterThan(0);
    expect(mine).toEqual(asAdmin);
    const rollup = ok(
      await s.gql(`{ consumptionRollup(regionCode: "150824", year: 2021) { assistedAmount } }`, {}, admin),
    ).consumptionRollup;
    expect(mine.helpedAreaAssistedSales).toBe(rollup.assistedAmount);
    // 朝阳区's share: 乌拉特中旗's eastern-partner sales, all bought by 首农 (registered in 朝阳区): 4 亿.
    expect(mine.consumptionSales).toBe('400000000.00');
    // 海淀区 ↔ 乌拉特后旗: its partner sales name no buyer, so the eastern channel counts them: 3 亿.
    const haidian = ok(
      await s.gql(`{ pairings(filter: { helperRegion: { eq: "110108" }, helpedRegion: { eq: "150825" } }) { nodes { id } } }`, {}, admin),
    ).pairings.nodes[0];
    expect(ok(await s.gql(SUMMARY, { year: 2021, pairingId: haidian.id }, admin)).cooperationSummary.consumptionSales).toBe('300000000.00');
    // The partner gets no access to the sales rows themselves (consumption is not extended).
    expect(ok(await s.gql(`{ productSales { totalCount } }`, {}, partner)).productSales.totalCount).toBe(0);
  });
});
