import type { Pool } from 'pg';
import type { Progress } from './progress';
import { prng } from '../factories';

export type ScaleProfile = 'province' | 'national';

/** Sizes per profile. The province profile is one province (甘肃 62) with all its villages. */
export const PROFILES = {
  province: { provinceCode: '62', persons: 200_000, organizations: 5_000, posts: 20_000, placements: 200_000, teams: 3_000, projects: 5_000, products: 10_000, sales: 500_000 },
  national: { provinceCode: null, persons: 6_000_000, organizations: 100_000, posts: 500_000, placements: 5_000_000, teams: 60_000, projects: 100_000, products: 200_000, sales: 10_000_000 },
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
  rows: Record<string, number>;
}

/** Successive timestamps over the two years before `now`, one per generated row. */
export function stamper(now: Date, sizes: (typeof PROFILES)[ScaleProfile]): () => [Date, Date] {
  const rows = Object.entries(sizes).reduce((a, [k, v]) => (k === 'provinceCode' || typeof v !== 'number' ? a : a + v), 0) * 1.2;
  const span = 2 * 365 * 86_400_000;
  const step = span / rows;
  let at = now.getTime() - span;
  return () => {
    at += step;
    const d = new Date(Math.min(at, now.getTime()));
    return [d, d];
  };
}

export function newRandom(): () => number {
  return prng(2026);
}

/** A generator fills one part of the scale data; domains add theirs to seeds/scale/index.ts. */
export interface ScaleGenerator {
  name: string;
  /** Tables it fills: their secondary indexes and foreign keys are dropped during the load and rebuilt after. */
  tables: string[];
  run(ctx: ScaleContext): Promise<void>;
}
