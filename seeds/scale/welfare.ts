import { v7 as uuidv7 } from 'uuid';
import { pick } from '../factories';
import { copyInto } from './bulk';
import type { ScaleGenerator } from './context';

const POST_TYPES: [type: string, title: string, intensity: string, yuan: number][] = [
  ['CLEANING', '村庄保洁员', 'LIGHT', 500],
  ['ROAD_MAINTENANCE', '乡村道路护路员', 'MEDIUM', 600],
  ['FOREST_RANGER', '生态护林员', 'MEDIUM', 800],
  ['RIVER_PATROL', '河道巡查员', 'MEDIUM', 650],
  ['TRAFFIC_ASSISTANT', '村口交通协管员', 'LIGHT', 550],
  ['ELDERLY_CARE', '互助幸福院护理员', 'MEDIUM', 600],
  ['SECURITY_PATROL', '治安巡逻员', 'MEDIUM', 500],
  ['WATER_MANAGEMENT', '灌区水管员', 'HEAVY', 750],
  ['OTHER', '村级公益服务员', 'LIGHT', 450],
];
const FUNDING = ['CONNECTION_FUNDS', 'EAST_WEST_FUNDS', 'COLLECTIVE_INCOME', 'FISCAL', 'OTHER'];

/** Where placements stand, in shares that look like a county's books: most on post, some in review. */
const STATUS_SHARES: [status: string, share: number][] = [
  ['ONBOARDED', 0.6],
  ['EXITED', 0.1],
  ['APPROVED', 0.04],
  ['TOWNSHIP_REVIEWED', 0.05],
  ['PUBLICIZING', 0.05],
  ['VILLAGE_REVIEWED', 0.05],
  ['APPLIED', 0.06],
  ['REJECTED', 0.03],
  ['WITHDRAWN', 0.02],
];

interface PostPlan {
  id: string;
  county: string;
  village: string;
  placements: number;
}

/**
 * Posts spread over the villages in scope (OPEN, in term), then placements on them: each person
 * applies at most once, so nobody holds two active placements, and a post's headcount covers its
 * active placements.
 */
export const welfareGenerator: ScaleGenerator = {
  name: 'welfare posts and placements',
  tables: ['welfare_post', 'job_placement'],
  async run(ctx) {
    const persons = ctx.produced.persons ?? [];
    const organizations = ctx.produced.organizations ?? [];
    if (!persons.length || !organizations.length) throw new Error('welfare scale data needs persons and organizations first');
    const year = ctx.now.getUTCFullYear();
    const perCounty = Math.ceil(ctx.sizes.posts / ctx.counties.length);
    const placementsPerPost = Math.max(1, Math.round(ctx.sizes.placements / ctx.sizes.posts));

    // Posts, and how many placements each will get (limited by the county's persons).
    const posts: PostPlan[] = [];
    ctx.counties.forEach((county, ci) => {
      const villages = ctx.villagesByCounty.get(county)!;
      const [from, to] = ctx.personRanges.get(county) ?? [0, 0];
      let people = to - from;
      for (let k = 0; k < perCounty && posts.length < ctx.sizes.posts; k++) {
        const n = Math.min(placementsPerPost, people);
        people -= n;
        posts.push({ id: uuidv7(), county, village: villages[(k * 7 + ci) % villages.length], placements: n });
      }
    });
    // Counties add posts and applications side by side over time, not one county after another:
    // interleave them so creation times do not sort by county.
    for (let i = posts.length - 1; i > 0; i--) {
      const j = Math.floor(ctx.rand() * (i + 1));
      [posts[i], posts[j]] = [posts[j], posts[i]];
    }
    const postBar = ctx.bar('welfare posts', posts.length);
    const postRows = posts.map((p, i) => {
      const [type, title, intensity, yuan] = POST_TYPES[i % POST_TYPES.length];
      const countyIndex = ctx.counties.indexOf(p.county);
      const org = organizations[(countyIndex + ctx.counties.length * (i % 3)) % organizations.length];
      return [
        p.id,
        ...ctx.stamp(),
        1,
        title,
        type,
        p.village,
        p.village,
        org,
        pick(ctx.rand, FUNDING),
        Math.max(1, p.placements),
        intensity === 'HEAVY' ? 120 : 80,
        intensity,
        yuan * 100,
        `${year}-01-01`,
        `${year + 1}-12-31`,
        'OPEN',
        ctx.now,
      ];
    });
    await copyInto(
      ctx.pool,
      'welfare_post',
      [
        'id',
        'created_at',
        'updated_at',
        'version',
        'title',
        'type',
        'village_code',
        'region_code',
        'developing_organization_id',
        'funding_source',
        'headcount',
        'monthly_hours',
        'intensity',
        'monthly_subsidy',
        'term_start',
        'term_end',
        'status',
        'published_at',
      ],
      postRows,
      (n) => postBar.increment(n),
    );
    postBar.done();
    ctx.rows.welfare_post = posts.length;

    const total = posts.reduce((a, p) => a + p.placements, 0);
    const bar = ctx.bar('job placements', total);
    const placementColumns = [
      'id',
      'created_at',
      'updated_at',
      'version',
      'post_id',
      'person_id',
      'region_code',
      'priority_category',
      'status',
      'application_note',
      'agreement_number',
      'start_date',
      'exit_date',
      'exit_reason',
    ];
    const ids: string[] = [];
    function* placements() {
      const nextPerson = new Map<string, number>();
      let serial = 0;
      for (const post of posts) {
        for (let k = 0; k < post.placements; k++) {
          const start = nextPerson.get(post.county) ?? ctx.personRanges.get(post.county)![0];
          nextPerson.set(post.county, start + 1);
          let r = ctx.rand();
          let status = 'APPLIED';
          for (const [s, share] of STATUS_SHARES) {
            if (r < share) {
              status = s;
              break;
            }
            r -= share;
          }
          const started = ['ONBOARDED', 'EXITED'].includes(status);
          const month = String(1 + (serial % 9)).padStart(2, '0');
          const id = uuidv7();
          ids.push(id);
          yield [
            id,
            ...ctx.stamp(),
            1,
            post.id,
            persons[start],
            post.village,
            serial % 10 < 6 ? 'POVERTY_EXITED' : serial % 10 < 8 ? 'MONITORED' : 'OTHER',
            status,
            '本人自愿申请，服从岗位管理。',
            started || status === 'APPROVED' ? `GYXGW-${post.county}-${String(++serial).padStart(7, '0')}` : null,
            started ? `${year}-${month}-01` : null,
            status === 'EXITED' ? `${year}-${month}-28` : null,
            status === 'EXITED' ? 'VOLUNTARY' : null,
          ];
          serial += started ? 0 : 1;
        }
      }
    }
    await copyInto(ctx.pool, 'job_placement', placementColumns, placements(), (n) => bar.increment(n));
    bar.done();
    ctx.produced.placements = ids;
    ctx.rows.job_placement = total;
  },
};
