import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import type { RequestContext } from '../../core/context';
import { runQuery } from '../../core/db';
import { applyScope, knexOf } from '../../core/read';
import { resource } from '../../core/resource';
import { ACTIVE_PLACEMENT_STATUSES, JobPlacement, JobPlacementStatus, WelfarePost, WelfarePostStatus } from './welfare.entity';

/** Active (APPROVED/ONBOARDED) placements per post: one grouped statement for every post on the page. */
export function filledPlaces(ctx: RequestContext, postId: string): Promise<number> {
  const loader = ctx.loaders.get(
    'welfare:filledPlaces',
    () =>
      new DataLoader<string, number>(async (ids) => {
        const res = resource(JobPlacement);
        const qb = knexOf(ctx)('job_placement as t')
          .select('t.post_id as k')
          .count({ c: '*' })
          .whereIn('t.post_id', ids as string[])
          .whereIn('t.status', ACTIVE_PLACEMENT_STATUSES)
          .whereNull('t.archived_at')
          .groupBy('t.post_id');
        applyScope(qb, res, ctx);
        const rows = await runQuery<{ k: string; c: number | string }>(ctx.em, qb);
        const byPost = new Map(rows.map((r) => [String(r.k), Number(r.c)]));
        return ids.map((id) => byPost.get(id) ?? 0);
      }),
  );
  return loader.load(postId);
}

export interface CountyWelfareCounts {
  /** OPEN posts. */
  posts: number;
  /** Places (headcount) of those posts. */
  places: number;
  /** People on post now: ONBOARDED placements. */
  onPost: number;
}

/**
 * Posts and people on post per county (posts carry village codes; the county is their first six
 * digits): two grouped statements for every county on the page, whatever the page size.
 */
export function welfareInCounty(ctx: RequestContext, countyCode: string): Promise<CountyWelfareCounts> {
  const loader = ctx.loaders.get(
    'welfare:byCounty',
    () =>
      new DataLoader<string, CountyWelfareCounts>(async (codes) => {
        const knex = knexOf(ctx);
        const county = (alias: string) => knex.raw(`substr(${alias}.region_code, 1, 6)`);
        // One prefix condition per county keeps the region-code index usable.
        const inCounties = (alias: string) => (w: Knex.QueryBuilder) => {
          for (const code of codes) w.orWhere(`${alias}.region_code`, 'like', `${code}%`);
        };
        const postsQ = knex('welfare_post as t')
          .select({ k: county('t') })
          .select(knex.raw('count(*) as posts'), knex.raw('coalesce(sum(t.headcount), 0) as places'))
          .where(inCounties('t'))
          .where('t.status', WelfarePostStatus.OPEN)
          .whereNull('t.archived_at')
          .groupBy(county('t'));
        applyScope(postsQ, resource(WelfarePost), ctx, 't');
        const onPostQ = knex('job_placement as p')
          .select({ k: county('p') })
          .select(knex.raw('count(*) as c'))
          .where(inCounties('p'))
          .where('p.status', JobPlacementStatus.ONBOARDED)
          .whereNull('p.archived_at')
          .groupBy(county('p'));
        applyScope(onPostQ, resource(JobPlacement), ctx, 'p');
        const [posts, onPost] = await Promise.all([
          runQuery<{ k: string; posts: number | string; places: number | string }>(ctx.em, postsQ),
          runQuery<{ k: string; c: number | string }>(ctx.em, onPostQ),
        ]);
        const postsBy = new Map(posts.map((r) => [String(r.k), r]));
        const onPostBy = new Map(onPost.map((r) => [String(r.k), Number(r.c)]));
        return codes.map((code) => ({
          posts: Number(postsBy.get(code)?.posts ?? 0),
          places: Number(postsBy.get(code)?.places ?? 0),
          onPost: onPostBy.get(code) ?? 0,
        }));
      }),
  );
  return loader.load(countyCode);
}
