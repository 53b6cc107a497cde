import { Seeder } from '@mikro-orm/seeder';
import type { EntityManager } from '@mikro-orm/core';
import {
  CountyEvaluation,
  EvaluationPeriod,
  EvaluationRating,
  FundAllocation,
  FundPurpose,
  FundSource,
  KeyCounty,
  KeyCountyLevel,
} from '../server/src/modules/keycounty/keycounty.entity';

/*
 * Key assistance counties named in the policy texts, with evaluations and linkage funds.
 *
 * Inner Mongolia (003): 10 national + 5 regional key counties; in 2022 central and regional linkage
 * funds of 86.76 亿元 (central 35.26, regional 51.5), 2,473 projects, 开工率 92.2 %, 支出进度 42.2 %.
 * The demo loads only Bayannur's villages, so five Bayannur banners stand in for the fifteen and
 * carry the whole region's 2022 funds; the per-county split is invented, the region totals are the
 * text's to the decimal shown (tests/keycounty asserts them through keyCountyRollup).
 */

const YI = 100_000_000; // 1 亿元 in yuan
const FEN = 100;

export interface KeyCountySeed {
  countyCode: string;
  level: KeyCountyLevel;
  designatedYear: number;
  formerDeepPoverty: boolean;
  povertyExitYear: number | null;
  notes: string;
}

export const KEY_COUNTIES: KeyCountySeed[] = [
  {
    countyCode: '620422',
    level: KeyCountyLevel.NATIONAL,
    designatedYear: 2021,
    formerDeepPoverty: true,
    povertyExitYear: 2020,
    notes: '会宁县：国家乡村振兴重点帮扶县（白银市，004）',
  },
  {
    countyCode: '620421',
    level: KeyCountyLevel.NATIONAL,
    designatedYear: 2021,
    formerDeepPoverty: false,
    povertyExitYear: null,
    notes: '靖远县：国家乡村振兴重点帮扶县（白银市，004）',
  },
  {
    countyCode: '620423',
    level: KeyCountyLevel.PROVINCIAL,
    designatedYear: 2021,
    formerDeepPoverty: false,
    povertyExitYear: null,
    notes: '景泰县：省级乡村振兴重点帮扶县（白银市，004）',
  },
  {
    countyCode: '513431',
    level: KeyCountyLevel.NATIONAL,
    designatedYear: 2021,
    formerDeepPoverty: true,
    povertyExitYear: 2020,
    notes: '昭觉县：国家乡村振兴重点帮扶县（凉山州）',
  },
  {
    countyCode: '150823',
    level: KeyCountyLevel.NATIONAL,
    designatedYear: 2021,
    formerDeepPoverty: false,
    povertyExitYear: null,
    notes: '演示：内蒙古国家级重点帮扶旗县（003 所述 10 个国家级之代表）',
  },
  {
    countyCode: '150824',
    level: KeyCountyLevel.NATIONAL,
    designatedYear: 2021,
    formerDeepPoverty: false,
    povertyExitYear: null,
    notes: '演示：内蒙古国家级重点帮扶旗县（003 所述 10 个国家级之代表）',
  },
  {
    countyCode: '150825',
    level: KeyCountyLevel.NATIONAL,
    designatedYear: 2021,
    formerDeepPoverty: false,
    povertyExitYear: null,
    notes: '演示：内蒙古国家级重点帮扶旗县（003 所述 10 个国家级之代表）',
  },
  {
    countyCode: '150821',
    level: KeyCountyLevel.PROVINCIAL,
    designatedYear: 2021,
    formerDeepPoverty: false,
    povertyExitYear: null,
    notes: '演示：内蒙古自治区级重点帮扶旗县（003 所述 5 个自治区级之代表）',
  },
  {
    countyCode: '150822',
    level: KeyCountyLevel.PROVINCIAL,
    designatedYear: 2021,
    formerDeepPoverty: false,
    povertyExitYear: null,
    notes: '演示：内蒙古自治区级重点帮扶旗县（003 所述 5 个自治区级之代表）',
  },
];

/** Inner Mongolia 2022 as text 003 gives it. */
export const IM_2022 = {
  totalYuan: 8_676_000_000,
  centralYuan: 3_526_000_000,
  regionalYuan: 5_150_000_000,
  projects: 2473,
  started: 2280, // 2280 / 2473 = 92.195 % → 92.2 %
  disbursedYuan: 3_661_272_000, // 42.2 % of 86.76 亿
};

interface FundSeed {
  countyCode: string;
  year: number;
  source: FundSource;
  purpose: FundPurpose;
  amountYuan: number;
  disbursedYuan: number;
  projects: number;
  started: number;
}

/** Splits IM 2022 over the five banners so that every sum is the text's. */
export function innerMongolia2022(): FundSeed[] {
  // 亿元 per banner: central sums to 35.26, regional to 51.5.
  const banners: [string, number, number, [FundPurpose, number][]][] = [
    [
      '150823',
      8.0,
      12.0,
      [
        [FundPurpose.INDUSTRY, 60],
        [FundPurpose.INFRASTRUCTURE, 25],
        [FundPurpose.EMPLOYMENT, 15],
      ],
    ],
    [
      '150824',
      7.5,
      11.0,
      [
        [FundPurpose.INDUSTRY, 60],
        [FundPurpose.INFRASTRUCTURE, 25],
        [FundPurpose.EMPLOYMENT, 15],
      ],
    ],
    [
      '150825',
      7.26,
      10.5,
      [
        [FundPurpose.INDUSTRY, 60],
        [FundPurpose.INFRASTRUCTURE, 25],
        [FundPurpose.EMPLOYMENT, 15],
      ],
    ],
    [
      '150821',
      6.5,
      9.5,
      [
        [FundPurpose.INDUSTRY, 60],
        [FundPurpose.INFRASTRUCTURE, 25],
        [FundPurpose.EMPLOYMENT, 15],
      ],
    ],
    // Below the 55 % industry share: the filter "industry share below 55%" finds it.
    [
      '150822',
      6.0,
      8.5,
      [
        [FundPurpose.INDUSTRY, 50],
        [FundPurpose.INFRASTRUCTURE, 30],
        [FundPurpose.PUBLIC_SERVICE, 20],
      ],
    ],
  ];
  const rows: FundSeed[] = [];
  const rates = [0.5, 0.35, 0.46, 0.38, 0.41, 0.44];
  let i = 0;
  for (const [countyCode, central, regional, split] of banners) {
    for (const [source, yi] of [
      [FundSource.CENTRAL, central],
      [FundSource.PROVINCIAL, regional],
    ] as const) {
      const wan = Math.round(yi * 10_000); // 万元, exact
      for (const [purpose, pct] of split) {
        const amountYuan = ((wan * pct) / 100) * 10_000;
        rows.push({
          countyCode,
          year: 2022,
          source,
          purpose,
          amountYuan,
          disbursedYuan: Math.floor(amountYuan * rates[i % rates.length]),
          projects: 0,
          started: 0,
        });
        i++;
      }
    }
  }
  // Projects in proportion to money, remainder to the first rows; 92.2 % started, adjusted to the total.
  let projects = 0;
  for (const r of rows) projects += r.projects = Math.floor((r.amountYuan * IM_2022.projects) / IM_2022.totalYuan);
  for (let k = 0; projects < IM_2022.projects; k++, projects++) rows[k % rows.length].projects++;
  let started = 0;
  for (const r of rows) started += r.started = Math.floor(r.projects * 0.9);
  for (let k = 0; started < IM_2022.started; k++) {
    const r = rows[k % rows.length];
    if (r.started < r.projects) {
      r.started++;
      started++;
    }
  }
  // Disbursement: the largest row absorbs the difference to exactly 42.2 %.
  const disbursed = rows.reduce((s, r) => s + r.disbursedYuan, 0);
  const largest = rows.reduce((a, b) => (b.amountYuan > a.amountYuan ? b : a));
  largest.disbursedYuan += IM_2022.disbursedYuan - disbursed;
  for (const r of rows)
    if (r.disbursedYuan < 0 || r.disbursedYuan > r.amountYuan || r.started > r.projects)
      throw new Error(`bad IM seed row ${JSON.stringify(r)}`);
  const sum = (f: (r: FundSeed) => number) => rows.reduce((s, r) => s + f(r), 0);
  if (
    sum((r) => r.amountYuan) !== IM_2022.totalYuan ||
    sum((r) => (r.source === FundSource.CENTRAL ? r.amountYuan : 0)) !== IM_2022.centralYuan ||
    sum((r) => r.projects) !== IM_2022.projects ||
    sum((r) => r.started) !== IM_2022.started ||
    sum((r) => r.disbursedYuan) !== IM_2022.disbursedYuan
  ) {
    throw new Error('Inner Mongolia 2022 seed does not add up to text 003');
  }
  return rows;
}

/** Baiyin and Liangshan funds (illustrative amounts). */
const OTHER_FUNDS: FundSeed[] = [
  {
    countyCode: '620422',
    year: 2022,
    source: FundSource.CENTRAL,
    purpose: FundPurpose.INDUSTRY,
    amountYuan: 2.1 * YI,
    disbursedYuan: 1.5 * YI,
    projects: 120,
    started: 112,
  },
  {
    countyCode: '620422',
    year: 2022,
    source: FundSource.CENTRAL,
    purpose: FundPurpose.INFRASTRUCTURE,
    amountYuan: 1.1 * YI,
    disbursedYuan: 0.8 * YI,
    projects: 45,
    started: 40,
  },
  {
    countyCode: '620422',
    year: 2022,
    source: FundSource.PROVINCIAL,
    purpose: FundPurpose.INDUSTRY,
    amountYuan: 0.9 * YI,
    disbursedYuan: 0.6 * YI,
    projects: 30,
    started: 27,
  },
  {
    countyCode: '620422',
    year: 2022,
    source: FundSource.CITY_COUNTY,
    purpose: FundPurpose.PUBLIC_SERVICE,
    amountYuan: 0.3 * YI,
    disbursedYuan: 0.25 * YI,
    projects: 12,
    started: 12,
  },
  {
    countyCode: '620422',
    year: 2023,
    source: FundSource.CENTRAL,
    purpose: FundPurpose.INDUSTRY,
    amountYuan: 2.3 * YI,
    disbursedYuan: 1.2 * YI,
    projects: 130,
    started: 101,
  },
  {
    countyCode: '620422',
    year: 2023,
    source: FundSource.PROVINCIAL,
    purpose: FundPurpose.EMPLOYMENT,
    amountYuan: 0.5 * YI,
    disbursedYuan: 0.2 * YI,
    projects: 18,
    started: 15,
  },
  {
    countyCode: '620421',
    year: 2022,
    source: FundSource.CENTRAL,
    purpose: FundPurpose.INDUSTRY,
    amountYuan: 1.6 * YI,
    disbursedYuan: 1.1 * YI,
    projects: 88,
    started: 80,
  },
  {
    countyCode: '620421',
    year: 2022,
    source: FundSource.PROVINCIAL,
    purpose: FundPurpose.INFRASTRUCTURE,
    amountYuan: 1.4 * YI,
    disbursedYuan: 0.7 * YI,
    projects: 40,
    started: 33,
  },
  {
    countyCode: '620423',
    year: 2022,
    source: FundSource.PROVINCIAL,
    purpose: FundPurpose.INDUSTRY,
    amountYuan: 0.8 * YI,
    disbursedYuan: 0.5 * YI,
    projects: 35,
    started: 31,
  },
  {
    countyCode: '620423',
    year: 2022,
    source: FundSource.CITY_COUNTY,
    purpose: FundPurpose.OTHER,
    amountYuan: 0.2 * YI,
    disbursedYuan: 0.1 * YI,
    projects: 6,
    started: 4,
  },
  {
    countyCode: '513431',
    year: 2022,
    source: FundSource.CENTRAL,
    purpose: FundPurpose.INDUSTRY,
    amountYuan: 3.5 * YI,
    disbursedYuan: 2.4 * YI,
    projects: 160,
    started: 150,
  },
  {
    countyCode: '513431',
    year: 2022,
    source: FundSource.PROVINCIAL,
    purpose: FundPurpose.PUBLIC_SERVICE,
    amountYuan: 1.2 * YI,
    disbursedYuan: 0.9 * YI,
    projects: 50,
    started: 46,
  },
];

interface EvaluationSeed {
  countyCode: string;
  year: number;
  period: EvaluationPeriod;
  rural: number | null;
  exited: number;
  growthBp: number;
  monitored: number;
  eliminated: number;
  labour: number;
  rating: EvaluationRating | null;
}

const EVALUATIONS: EvaluationSeed[] = [
  // IM 2021: the region's poverty-exited income per capita was 14,951 元, +13.98 % (003).
  {
    countyCode: '150823',
    year: 2021,
    period: EvaluationPeriod.ANNUAL,
    rural: 19_860,
    exited: 15_120,
    growthBp: 1_412,
    monitored: 1_830,
    eliminated: 1_105,
    labour: 21_400,
    rating: EvaluationRating.GOOD,
  },
  {
    countyCode: '150824',
    year: 2021,
    period: EvaluationPeriod.ANNUAL,
    rural: 21_350,
    exited: 14_951,
    growthBp: 1_398,
    monitored: 1_260,
    eliminated: 790,
    labour: 9_800,
    rating: EvaluationRating.GOOD,
  },
  {
    countyCode: '150825',
    year: 2021,
    period: EvaluationPeriod.ANNUAL,
    rural: 22_040,
    exited: 14_780,
    growthBp: 1_351,
    monitored: 640,
    eliminated: 402,
    labour: 4_100,
    rating: EvaluationRating.FAIRLY_GOOD,
  },
  {
    countyCode: '150821',
    year: 2021,
    period: EvaluationPeriod.ANNUAL,
    rural: 23_900,
    exited: 15_600,
    growthBp: 1_420,
    monitored: 980,
    eliminated: 610,
    labour: 12_300,
    rating: EvaluationRating.GOOD,
  },
  {
    countyCode: '150822',
    year: 2021,
    period: EvaluationPeriod.ANNUAL,
    rural: 21_100,
    exited: 14_020,
    growthBp: 1_287,
    monitored: 720,
    eliminated: 380,
    labour: 6_900,
    rating: EvaluationRating.AVERAGE,
  },
  {
    countyCode: '620422',
    year: 2022,
    period: EvaluationPeriod.ANNUAL,
    rural: 12_340,
    exited: 11_260,
    growthBp: 1_206,
    monitored: 4_120,
    eliminated: 2_890,
    labour: 98_600,
    rating: EvaluationRating.GOOD,
  },
  {
    countyCode: '620422',
    year: 2023,
    period: EvaluationPeriod.Q1,
    rural: null,
    exited: 3_150,
    growthBp: 980,
    monitored: 4_060,
    eliminated: 3_010,
    labour: 95_200,
    rating: null,
  },
  {
    countyCode: '620422',
    year: 2023,
    period: EvaluationPeriod.Q2,
    rural: null,
    exited: 6_420,
    growthBp: 1_020,
    monitored: 3_980,
    eliminated: 3_120,
    labour: 99_100,
    rating: EvaluationRating.FAIRLY_GOOD,
  },
  {
    countyCode: '620421',
    year: 2022,
    period: EvaluationPeriod.ANNUAL,
    rural: 13_900,
    exited: 12_100,
    growthBp: 1_150,
    monitored: 2_870,
    eliminated: 1_960,
    labour: 61_000,
    rating: EvaluationRating.FAIRLY_GOOD,
  },
  {
    countyCode: '620423',
    year: 2022,
    period: EvaluationPeriod.ANNUAL,
    rural: 15_700,
    exited: 13_050,
    growthBp: 1_090,
    monitored: 1_240,
    eliminated: 980,
    labour: 30_500,
    rating: EvaluationRating.GOOD,
  },
  {
    countyCode: '513431',
    year: 2022,
    period: EvaluationPeriod.ANNUAL,
    rural: 13_050,
    exited: 10_820,
    growthBp: 1_510,
    monitored: 3_300,
    eliminated: 2_010,
    labour: 52_000,
    rating: EvaluationRating.AVERAGE,
  },
];

export class KeyCountySeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const byCode = new Map<string, KeyCounty>();
    for (const k of KEY_COUNTIES) {
      const county = em.create(KeyCounty, { ...k });
      byCode.set(k.countyCode, county);
      em.persist(county);
    }
    for (const e of EVALUATIONS) {
      const county = byCode.get(e.countyCode)!;
      em.persist(
        em.create(CountyEvaluation, {
          keyCountyId: county.id,
          countyCode: e.countyCode,
          year: e.year,
          period: e.period,
          ruralIncomePerCapita: e.rural === null ? null : e.rural * FEN,
          povertyExitedIncomePerCapita: e.exited * FEN,
          incomeGrowthBasisPoints: e.growthBp,
          monitoredHouseholds: e.monitored,
          riskEliminatedHouseholds: e.eliminated,
          povertyExitedLabourInWork: e.labour,
          rating: e.rating,
          evaluator: e.countyCode.startsWith('15')
            ? '内蒙古自治区乡村振兴局'
            : e.countyCode.startsWith('62')
              ? '甘肃省乡村振兴局'
              : '四川省乡村振兴局',
        }),
      );
    }
    for (const f of [...innerMongolia2022(), ...OTHER_FUNDS]) {
      const county = byCode.get(f.countyCode)!;
      em.persist(
        em.create(FundAllocation, {
          keyCountyId: county.id,
          countyCode: f.countyCode,
          year: f.year,
          source: f.source,
          purpose: f.purpose,
          amount: Math.round(f.amountYuan * FEN),
          disbursed: Math.round(f.disbursedYuan * FEN),
          projectCount: f.projects,
          projectsStarted: f.started,
        }),
      );
    }
    await em.flush();
  }
}
