import { v7 as uuidv7 } from 'uuid';
import { encryptField, lookupHash, maskIdNumber, maskPhone } from '../../server/src/core/crypto';
import { completeIdNumber } from '../../server/src/core/identifiers';
import { chineseName, creditCode, pick } from '../factories';
import { copyInto } from './bulk';
import type { ScaleContext, ScaleGenerator } from './context';

const DAY = 86_400_000;
const BIRTH_BASE = Date.UTC(1961, 0, 1);
const BIRTH_SPAN_DAYS = 44 * 365;

/** Rural residents spread evenly over the villages in scope, with valid, unique ID numbers. */
export const personsGenerator: ScaleGenerator = {
  name: 'persons',
  tables: ['person'],
  async run(ctx) {
    const total = ctx.sizes.persons;
    const bar = ctx.bar('persons', total);
    const perCounty = Math.ceil(total / ctx.counties.length);
    const ids: string[] = [];
    let made = 0;
    function* rows() {
      for (const county of ctx.counties) {
        const villages = ctx.villagesByCounty.get(county)!;
        const from = made;
        for (let k = 0; k < perCounty && made < total; k++, made++) {
          const birth = new Date(BIRTH_BASE + (k % BIRTH_SPAN_DAYS) * DAY).toISOString().slice(0, 10);
          const male = ctx.rand() < 0.52;
          let seq = Math.floor(k / BIRTH_SPAN_DAYS) * 2 + (male ? 1 : 0);
          seq %= 1000;
          const idNumber = completeIdNumber(`${county}${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`);
          const phone = `13${String(Math.floor(ctx.rand() * 1e9)).padStart(9, '0')}`;
          const id = uuidv7();
          ids.push(id);
          const r = ctx.rand();
          const category = r < 0.45 ? 'POVERTY_EXITED' : r < 0.55 ? 'MONITORED' : 'ORDINARY';
          yield [
            id, ...ctx.stamp(), 1, chineseName(ctx.rand, male), encryptField(idNumber), lookupHash(idNumber), maskIdNumber(idNumber), male ? 'MALE' : 'FEMALE', birth,
            encryptField(phone), maskPhone(phone), pick(ctx.rand, villages), category, category === 'MONITORED' ? 'MARGINAL' : null,
            ctx.rand() < 0.08 ? 'WEAK' : ctx.rand() < 0.02 ? 'NONE' : 'FULL', ctx.rand() < 0.1, false, ctx.rand() < 0.03, ctx.rand() < 0.05, ctx.rand() < 0.01,
          ];
        }
        ctx.personRanges.set(county, [from, made]);
      }
    }
    await copyInto(ctx.pool, 'person', COLUMNS, rows(), (n) => bar.increment(n));
    bar.done();
    ctx.produced.persons = ids;
    ctx.rows.person = made;
  },
};

const COLUMNS = [
  'id', 'created_at', 'updated_at', 'version', 'name', 'id_number_encrypted', 'id_number_hash', 'id_number_masked', 'gender', 'birth_date', 'phone_encrypted', 'phone_masked',
  'village_code', 'household_category', 'monitoring_type', 'labour_capacity', 'minimum_living', 'extreme_hardship', 'disabled', 'relocated', 'village_cadre_or_relative',
];

const KINDS = ['PARTY_GOVERNMENT', 'PUBLIC_INSTITUTION', 'LOCAL_SOE', 'PRIVATE_ENTERPRISE', 'COOPERATIVE', 'FAMILY_FARM', 'SOCIAL_ORGANIZATION', 'SCHOOL', 'HOSPITAL'];
const SUFFIX: Record<string, string> = { PARTY_GOVERNMENT: '人民政府', PUBLIC_INSTITUTION: '农业技术推广中心', LOCAL_SOE: '农业发展集团有限公司', PRIVATE_ENTERPRISE: '农产品有限公司', COOPERATIVE: '种养殖专业合作社', FAMILY_FARM: '家庭农场', SOCIAL_ORGANIZATION: '乡村振兴促进会', SCHOOL: '中心小学', HOSPITAL: '人民医院' };

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
      rows.push([id, ...ctx.stamp(), 1, `${county}第${i + 1}号${SUFFIX[kind]}`, kind, county, creditCode(county, 100000 + i, kind === 'PARTY_GOVERNMENT' ? '11' : kind === 'COOPERATIVE' ? '93' : '91')]);
    }
    await copyInto(ctx.pool, 'organization', ['id', 'created_at', 'updated_at', 'version', 'name', 'kind', 'region_code', 'credit_code'], rows, (n) => bar.increment(n));
    bar.done();
    ctx.produced.organizations = ids;
    ctx.rows.organization = total;
  },
};
