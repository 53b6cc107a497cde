import { v7 as uuidv7 } from 'uuid';
import { copyInto } from './bulk';
import type { ScaleGenerator } from './context';

/** Where cases stand, in shares like a province's books: most identified, some under way or ended. */
const CASE_SHARES: [status: string, share: number][] = [
  ['IDENTIFIED', 0.45],
  ['ELIMINATED', 0.2],
  ['NOT_IDENTIFIED', 0.1],
  ['CLUE', 0.05],
  ['CHECKED', 0.04],
  ['CONSENTED', 0.03],
  ['COMPARED', 0.03],
  ['VILLAGE_REVIEWED', 0.03],
  ['PUBLICIZING', 0.03],
  ['TOWNSHIP_REVIEWED', 0.04],
];
const TYPES = ['UNSTABLE', 'MARGINAL', 'SUDDEN_HARDSHIP'];
const CAUSES = [',ILLNESS,', ',DISASTER,', ',LOSS_OF_WORK,', ',EDUCATION_COSTS,', ',ACCIDENT,', ',DISABILITY,', ',ILLNESS,LOSS_OF_WORK,'];
const CHANNELS = ['SELF_DECLARED', 'CADRE_SCREENING', 'DEPARTMENT_ALERT'];
const MEASURES = ['INDUSTRY', 'EMPLOYMENT', 'MEDICAL', 'EDUCATION', 'HOUSING', 'SOCIAL_ASSISTANCE', 'INSURANCE'];
const DAY = 86_400_000;

function pickShare(r: number, shares: [string, number][]): string {
  for (const [value, share] of shares) {
    if (r < share) return value;
    r -= share;
  }
  return shares[0][0];
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Households over the villages in scope, each headed by a person of its county (one household per
 * head, recorded as its HEAD member), with last year's incomes from two sources (about one in eight below the line); monitoring
 * cases for some of them in every state, dated so that their deadlines and decisions are
 * consistent, a measure for each identified or ended case and a visit for each case; one
 * monitoring line per province.
 */
export const monitoringGenerator: ScaleGenerator = {
  name: 'monitoring households and cases',
  tables: [
    'monitoring_line',
    'household',
    'household_member',
    'household_income',
    'monitoring_case',
    'assistance_measure',
    'household_visit',
  ],
  async run(ctx) {
    const persons = ctx.produced.persons ?? [];
    if (!persons.length) throw new Error('monitoring scale data needs persons first');
    const year = ctx.now.getUTCFullYear();
    const today = ctx.now.getTime();

    const provinces = [...new Set(ctx.counties.map((c) => c.slice(0, 2)))];
    await copyInto(
      ctx.pool,
      'monitoring_line',
      ['id', 'created_at', 'updated_at', 'version', 'province_code', 'year', 'amount', 'effective_from', 'basis'],
      provinces.map((code) => [uuidv7(), ...ctx.stamp(), 1, code, 2021, 660_000, '2021-10-01', '防止返贫监测标准（6600 元）']),
    );
    ctx.rows.monitoring_line = provinces.length;

    // Heads come from the end of each county's persons (placements use the start), one household each.
    const perCounty = Math.ceil(ctx.sizes.households / ctx.counties.length);
    const households: { id: string; village: string; size: number }[] = [];
    const householdRows: unknown[][] = [];
    const incomeRows: unknown[][] = [];
    const memberRows: unknown[][] = [];
    ctx.counties.forEach((county, ci) => {
      const villages = ctx.villagesByCounty.get(county)!;
      const [from, to] = ctx.personRanges.get(county) ?? [0, 0];
      const n = Math.min(perCounty, Math.floor((to - from) / 2), ctx.sizes.households - households.length);
      for (let k = 0; k < n; k++) {
        const id = uuidv7();
        const village = villages[(k * 11 + ci) % villages.length];
        const size = 2 + (k % 5);
        households.push({ id, village, size });
        const r = ctx.rand();
        householdRows.push([
          id,
          ...ctx.stamp(),
          1,
          persons[to - 1 - k],
          village,
          r < 0.5 ? 'POVERTY_EXITED' : r < 0.6 ? 'MONITORED' : 'ORDINARY',
          size,
          Math.max(1, size - 2),
          k % 9 === 0 ? 300_000 : 0,
          true,
          true,
          k % 23 !== 0,
          true,
          `${year - 1}-11-20`,
        ]);
        memberRows.push([uuidv7(), ...ctx.stamp(), 1, id, persons[to - 1 - k], village, 'HEAD']);
        // Income per person around 9,000 yuan; one household in eight under the 6,600 line.
        const perPerson = k % 8 === 0 ? 5_000 + Math.floor(ctx.rand() * 1_500) : 7_000 + Math.floor(ctx.rand() * 8_000);
        const total = perPerson * size * 100;
        const wages = Math.round(total * 0.7);
        incomeRows.push([uuidv7(), ...ctx.stamp(), 1, id, village, year - 1, 'WAGES', wages]);
        incomeRows.push([uuidv7(), ...ctx.stamp(), 1, id, village, year - 1, 'TRANSFER', total - wages]);
      }
    });
    const householdBar = ctx.bar('households', householdRows.length);
    await copyInto(
      ctx.pool,
      'household',
      [
        'id',
        'created_at',
        'updated_at',
        'version',
        'head_person_id',
        'village_code',
        'category',
        'size',
        'labourers',
        'compliant_expenses',
        'education_secured',
        'medical_insurance_secured',
        'housing_secured',
        'drinking_water_secured',
        'secured_checked_on',
      ],
      householdRows,
      (n) => householdBar.increment(n),
    );
    householdBar.done();
    await copyInto(
      ctx.pool,
      'household_member',
      ['id', 'created_at', 'updated_at', 'version', 'household_id', 'person_id', 'region_code', 'relation'],
      memberRows,
    );
    ctx.rows.household_member = memberRows.length;
    const incomeBar = ctx.bar('household incomes', incomeRows.length);
    await copyInto(
      ctx.pool,
      'household_income',
      ['id', 'created_at', 'updated_at', 'version', 'household_id', 'region_code', 'year', 'source', 'amount'],
      incomeRows,
      (n) => incomeBar.increment(n),
    );
    incomeBar.done();
    ctx.rows.household = householdRows.length;
    ctx.rows.household_income = incomeRows.length;

    // Cases on households spread over every county: every k-th household.
    const caseCount = Math.min(ctx.sizes.monitoringCases, households.length);
    const stride = households.length / Math.max(1, caseCount);
    const caseRows: unknown[][] = [];
    const measureRows: unknown[][] = [];
    const visitRows: unknown[][] = [];
    for (let i = 0; i < caseCount; i++) {
      const h = households[Math.floor(i * stride)];
      const status = pickShare(ctx.rand(), CASE_SHARES);
      const decided = ['IDENTIFIED', 'ELIMINATED', 'NOT_IDENTIFIED'].includes(status);
      // Decided cases began months ago; open ones in the last three weeks (some past their 15 days).
      const clue = today - (decided ? 60 + Math.floor(ctx.rand() * 600) : Math.floor(ctx.rand() * 21)) * DAY;
      const deadline = clue + 15 * DAY;
      const decidedOn = decided ? clue + (5 + Math.floor(ctx.rand() * 14)) * DAY : null;
      const id = uuidv7();
      caseRows.push([
        id,
        ...ctx.stamp(),
        1,
        h.id,
        h.village,
        TYPES[i % TYPES.length],
        CAUSES[i % CAUSES.length],
        CHANNELS[i % CHANNELS.length],
        isoDay(clue),
        isoDay(deadline),
        status,
        decided ? decidedOn! > deadline : deadline < today,
        '排查发现返贫致贫风险。',
        decidedOn ? isoDay(decidedOn) : null,
      ]);
      if (status === 'IDENTIFIED' || status === 'ELIMINATED')
        measureRows.push([
          uuidv7(),
          ...ctx.stamp(),
          1,
          id,
          h.village,
          MEASURES[i % MEASURES.length],
          '落实帮扶措施',
          '驻村工作队队员',
          status === 'ELIMINATED' ? 'DONE' : 'IN_PROGRESS',
          (1 + (i % 20)) * 50_000,
        ]);
      visitRows.push([uuidv7(), ...ctx.stamp(), 1, h.id, h.village, isoDay(clue), '驻村工作队队员', '走访核实家庭收支情况。', false]);
    }
    const caseBar = ctx.bar('monitoring cases', caseRows.length);
    await copyInto(
      ctx.pool,
      'monitoring_case',
      [
        'id',
        'created_at',
        'updated_at',
        'version',
        'household_id',
        'region_code',
        'type',
        'risk_cause_list',
        'discovered_by',
        'clue_date',
        'deadline',
        'status',
        'overdue',
        'description',
        'decided_on',
      ],
      caseRows,
      (n) => caseBar.increment(n),
    );
    caseBar.done();
    await copyInto(
      ctx.pool,
      'assistance_measure',
      ['id', 'created_at', 'updated_at', 'version', 'case_id', 'region_code', 'kind', 'content', 'responsible', 'status', 'amount'],
      measureRows,
    );
    await copyInto(
      ctx.pool,
      'household_visit',
      ['id', 'created_at', 'updated_at', 'version', 'household_id', 'region_code', 'visited_on', 'visitor', 'findings', 'risk_rising'],
      visitRows,
    );
    ctx.rows.monitoring_case = caseRows.length;
    ctx.rows.assistance_measure = measureRows.length;
    ctx.rows.household_visit = visitRows.length;
  },
};
