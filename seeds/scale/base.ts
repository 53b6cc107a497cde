import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { creditCode } from '../factories';
import { copyInto } from './bulk';
import type { ScaleGenerator } from './context';
import { PERSON_COLUMNS } from './person-rows';
import type { PersonChunk, PersonUnit } from './person-rows';
import { inWorkers } from './workers';

/**
 * Rural residents spread evenly over the villages in scope, with valid, unique ID numbers: one unit
 * of work per county, generated in worker threads (person-rows.ts) and loaded in county order.
 */
export const personsGenerator: ScaleGenerator = {
  name: 'persons',
  tables: ['person'],
  async run(ctx) {
    const total = ctx.sizes.persons;
    const perCounty = Math.ceil(total / ctx.counties.length);
    const units: PersonUnit[] = [];
    ctx.counties.forEach((county, i) => {
      const from = Math.min(i * perCounty, total);
      const to = Math.min(from + perCounty, total);
      ctx.personRanges.set(county, [from, to]);
      if (to > from)
        units.push({
          county,
          villages: ctx.villagesByCounty.get(county)!,
          count: to - from,
          stream: i + 1,
          stamps: ctx.reserveStamps(to - from),
        });
    });
    const ids: string[] = [];
    const bar = ctx.bar('persons', total);
    // The compiled worker script sits next to this module in dist/ (seed:scale runs the compiled code).
    const chunks = inWorkers<PersonUnit, PersonChunk>(path.join(__dirname, 'person-rows.js'), units);
    async function* collectingIds() {
      for await (const chunk of chunks) {
        for (const id of chunk.ids) ids.push(id);
        yield chunk;
      }
    }
    await copyInto(ctx.pool, 'person', PERSON_COLUMNS, collectingIds(), (n) => bar.increment(n));
    bar.done();
    ctx.produced.persons = ids;
    ctx.rows.person = ids.length;
  },
};

const KINDS = [
  'PARTY_GOVERNMENT',
  'PUBLIC_INSTITUTION',
  'LOCAL_SOE',
  'PRIVATE_ENTERPRISE',
  'COOPERATIVE',
  'FAMILY_FARM',
  'SOCIAL_ORGANIZATION',
  'SCHOOL',
  'HOSPITAL',
];
const SUFFIX: Record<string, string> = {
  PARTY_GOVERNMENT: '人民政府',
  PUBLIC_INSTITUTION: '农业技术推广中心',
  LOCAL_SOE: '农业发展集团有限公司',
  PRIVATE_ENTERPRISE: '农产品有限公司',
  COOPERATIVE: '种养殖专业合作社',
  FAMILY_FARM: '家庭农场',
  SOCIAL_ORGANIZATION: '乡村振兴促进会',
  SCHOOL: '中心小学',
  HOSPITAL: '人民医院',
};

/** Organizations registered in the counties in scope, with valid credit codes. */
export const organizationsGenerator: ScaleGenerator = {
  name: 'organizations',
  tables: ['organization'],
  async run(ctx) {
    const total = ctx.sizes.organizations;
    const bar = ctx.bar('organizations', total);
    const rows: unknown[][] = [];
    const ids: string[] = [];
    for (let i = 0; i < total; i++) {
      const county = ctx.counties[i % ctx.counties.length];
      const kind = KINDS[i % KINDS.length];
      const id = uuidv7();
      ids.push(id);
      rows.push([
        id,
        ...ctx.stamp(),
        1,
        `${county}第${i + 1}号${SUFFIX[kind]}`,
        kind,
        county,
        creditCode(county, 100000 + i, kind === 'PARTY_GOVERNMENT' ? '11' : kind === 'COOPERATIVE' ? '93' : '91'),
      ]);
    }
    await copyInto(
      ctx.pool,
      'organization',
      ['id', 'created_at', 'updated_at', 'version', 'name', 'kind', 'region_code', 'credit_code'],
      rows,
      (n) => bar.increment(n),
    );
    bar.done();
    ctx.produced.organizations = ids;
    ctx.rows.organization = total;
  },
};
