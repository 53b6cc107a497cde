import type { Pool } from 'pg';
import type { Progress } from './progress';
import { prng } from '../factories';

export type ScaleProfile = 'province' | 'national';

/** Sizes per profile. The province profile is one province (甘肃 62) with all its villages. */
export const PROFILES = {
  province: {
    provinceCode: '62',
    persons: 200_000,
    organizations: 5_000,
    posts: 20_000,
    placements: 200_000,
    teams: 3_000,
    projects: 5_000,
    products: 10_000,
    sales: 500_000,
    households: 50_000,
    monitoringCases: 3_000,
  },
  national: {
    provinceCode: null,
    persons: 6_000_000,
    organizations: 100_000,
    posts: 500_000,
    placements: 5_000_000,
    teams: 60_000,
    projects: 100_000,
    products: 200_000,
    sales: 10_000_000,
    households: 1_500_000,
    monitoringCases: 100_000,
  },
} as const;

export interface ScaleContext {
  pool: Pool;
  profile: ScaleProfile;
  sizes: (typeof PROFILES)[ScaleProfile];
  rand: () => number;
  now: Date;
  /** Village codes in scope, grouped by county code. */
  villagesByCounty: Map<string, string[]>;
  counties: string[];
  /** Shared between generators: ids they produced for later ones. */
  produced: Record<string, string[]>;
  /** Persons are generated county by county: each county's slice of `produced.persons`. */
  personRanges: Map<string, [from: number, to: number]>;
  bar(label: string, total: number): Progress;
  /** created_at and updated_at of the next generated row: spread over the past two years in generation order, as records accrue. */
  stamp(): [Date, Date];
  /** The next `n` stamps at once, for rows generated in a worker thread (see `stampAt`). */
  reserveStamps(n: number): StampBlock;
  rows: Record<string, number>;
}

/** Successive stamps handed out as a block: row `i` of the block gets `stampAt(block, i)`. */
export interface StampBlock {
  /** Time of the stamp before the block's first, in ms. */
  after: number;
  step: number;
  now: number;
}

export function stampAt(block: StampBlock, i: number): Date {
  return new Date(Math.min(block.after + (i + 1) * block.step, block.now));
}

/** Successive timestamps over the two years before `now`, one per generated row. */
export function stamper(now: Date, sizes: (typeof PROFILES)[ScaleProfile]): Pick<ScaleContext, 'stamp' | 'reserveStamps'> {
  const rows = Object.entries(sizes).reduce((a, [k, v]) => (k === 'provinceCode' || typeof v !== 'number' ? a : a + v), 0) * 1.2;
  const span = 2 * 365 * 86_400_000;
  const step = span / rows;
  let at = now.getTime() - span;
  return {
    stamp() {
      at += step;
      const d = new Date(Math.min(at, now.getTime()));
      return [d, d];
    },
    reserveStamps(n) {
      const block = { after: at, step, now: now.getTime() };
      at += n * step;
      return block;
    },
  };
}

/**
 * The scale data's pseudo-random numbers. Stream 0 is the main sequence; work done in worker threads
 * draws from streams of its own (one per county), so the data does not depend on how the work was split.
 */
export function newRandom(stream = 0): () => number {
  return prng((2026 + stream * 0x9e3779b9) >>> 0);
}

/** A generator fills one part of the scale data; domains add theirs to seeds/scale/index.ts. */
export interface ScaleGenerator {
  name: string;
  /** Tables it fills: their secondary indexes and foreign keys are dropped during the load and rebuilt after. */
  tables: string[];
  run(ctx: ScaleContext): Promise<void>;
}
