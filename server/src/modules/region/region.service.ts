import { CrudService } from '../../core/crud';
import { defineResource } from '../../core/resource';
import { whereLike, escapeLike } from '../../core/filters';
import { invalid } from '../../core/errors';
import { Region, RegionLevel } from './region.entity';
import type { UpdateRegionInput } from './region.inputs';

export const regionResource = defineResource({
  name: 'Region',
  entity: Region,
  domain: 'region',
  // The map of China is reference data every signed-in user reads; writes stay inside the jurisdiction.
  regionProperty: 'code',
  scopeReads: false,
  defaultOrder: [{ field: 'code' }],
  customFilters: {
    within: (qb, value, _ctx, alias) => whereLike(qb, `${alias}.code`, `${escapeLike(String(value))}%`),
  },
  fieldColumns: { id: [], parent: ['parentCode'], children: [], ancestors: [], fullName: ['name'] },
});

export const regionService = new CrudService<Region, never, UpdateRegionInput>(Region, {
  async apply(_ctx, _em, region, input) {
    if (input.povertyExitedCounty !== undefined && input.povertyExitedCounty !== null) {
      if (region.level !== RegionLevel.COUNTY) throw invalid('povertyExitedCounty', 'countyOnly', '只有县级区划可以标记为脱贫县 (only counties carry the poverty-exited flag)');
      region.povertyExitedCounty = input.povertyExitedCounty;
    }
    if (input.name !== undefined && input.name !== null) {
      if (!input.name.trim()) throw invalid('name', 'required', '名称不能为空 (name must not be empty)');
      region.name = input.name.trim();
    }
  },
});

/** The region with this code, or a BAD_USER_INPUT naming the field; optionally of given levels. */
export async function requireRegion(em: import('@mikro-orm/knex').SqlEntityManager, field: string, code: string | null | undefined, levels?: RegionLevel[]): Promise<Region> {
  if (!code) throw invalid(field, 'required', `${field} 不能为空 (region code required)`);
  const region = await em.findOne(Region, { code });
  if (!region) throw invalid(field, 'exists', `区划代码 ${code} 不存在 (no such region)`);
  if (levels && !levels.includes(region.level)) {
    throw invalid(field, 'level', `区划 ${region.name}(${code}) 的级别为 ${region.level}，此处需要 ${levels.join('/')} (wrong region level)`);
  }
  return region;
}
