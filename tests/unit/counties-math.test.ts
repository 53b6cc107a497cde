import { percent } from '../../server/src/core/rollup';
import { addDays, daysBetween } from '../../server/src/core/clock';
import { termEndFor } from '../../server/src/modules/workteam/workteam.service';
import { innerMongolia2022, IM_2022 } from '../../seeds/keycounty.seeder';

describe('given exact ratios', () => {
  it('when computed from integers, then they round half up to 0.1 % without floating point', () => {
    expect(percent(2280, 2473)).toBe(92.2); // 92.195… %
    expect(percent(366_127_200_000, 867_600_000_000)).toBe(42.2);
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 2000)).toBe(0.1); // 0.05 % rounds up
    expect(percent(5, 0)).toBeNull();
    expect(percent(9_007_199_254_740_991n, 9_007_199_254_740_991n)).toBe(100);
  });
});

describe('given term dates', () => {
  it('when a two-year term starts, then it ends the day before the same date two years on', () => {
    expect(termEndFor('2024-03-01', 2)).toBe('2026-02-28');
    expect(termEndFor('2024-02-29', 2)).toBe('2026-02-28');
    expect(termEndFor('2025-06-01', 2)).toBe('2027-05-31');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-11-22', '2026-12-02')).toBe(10);
  });
});

describe('given the Inner Mongolia 2022 seed', () => {
  it('when its rows are summed, then they are text 003’s figures', () => {
    const rows = innerMongolia2022();
    const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
    expect(sum((r) => r.amountYuan)).toBe(IM_2022.totalYuan);
    expect(sum((r) => (r.source === 'PROVINCIAL' ? r.amountYuan : 0))).toBe(IM_2022.regionalYuan);
    expect(sum((r) => r.projects)).toBe(2473);
    expect(
      percent(
        sum((r) => r.started),
        sum((r) => r.projects),
      ),
    ).toBe(92.2);
    expect(
      percent(
        sum((r) => r.disbursedYuan),
        sum((r) => r.amountYuan),
      ),
    ).toBe(42.2);
  });
});
