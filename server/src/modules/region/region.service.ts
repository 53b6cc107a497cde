import { CrudService } from '../../core/crud';
import { invalid } from '../../core/errors';
import { Region, RegionLevel } from './region.entity';
import type { UpdateRegionInput } from './region.inputs';

export const regionService = new CrudService<Region, never, UpdateRegionInput>(Region, {
  async apply(_ctx, _em, region, input) {
    if (input.povertyExitedCounty !== undefined && input.povertyExitedCounty !== null) {
      if (region.level !== RegionLevel.COUNTY)
        throw invalid('povertyExitedCounty', 'countyOnly', '只有县级区划可以标记为脱贫县 (only counties carry the poverty-exited flag)');
      region.povertyExitedCounty = input.povertyExitedCounty;
    }
    if (input.name !== undefined && input.name !== null) {
      if (!input.name.trim()) throw invalid('name', 'required', '名称不能为空 (name must not be empty)');
      region.name = input.name.trim();
    }
  },
});

/** Levels as users read them in messages. */
export const LEVEL_NAMES: Record<RegionLevel, string> = {
  PROVINCE: '省级',
  CITY: '地级',
  COUNTY: '县级',
  TOWNSHIP: '乡级',
  VILLAGE: '村级',
};

/** The region with this code, or a BAD_USER_INPUT naming the field; optionally of given levels. */
export async function requireRegion(
  em: import('@mikro-orm/knex').SqlEntityManager,
  field: string,
  code: string | null | undefined,
  levels?: RegionLevel[],
): Promise<Region> {
  if (!code) throw invalid(field, 'required', `${field} 不能为空 (region code required)`);
  const region = await em.findOne(Region, { code });
  if (!region) throw invalid(field, 'exists', `区划代码 ${code} 不存在 (no such region)`);
  if (levels && !levels.includes(region.level)) {
    throw invalid(
      field,
      'level',
      `区划 ${region.name}(${code}) 为${LEVEL_NAMES[region.level]}，此处需要${levels.map((l) => LEVEL_NAMES[l]).join('或')}区划 (wrong region level: ${region.level}, expected ${levels.join('/')})`,
    );
  }
  return region;
}
