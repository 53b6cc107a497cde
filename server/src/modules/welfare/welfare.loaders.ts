import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import { runQuery } from '../../core/db';
import { applyScope, knexOf } from '../../core/read';
import { resource } from '../../core/resource';
import type { ResolvedResource } from '../../core/resource';
import { ACTIVE_PLACEMENT_STATUSES, JobPlacement } from './welfare.entity';

/** Active (APPROVED/ONBOARDED) placements per post: one grouped statement for every post on the page. */
export function filledPlaces(ctx: RequestContext, postId: string): Promise<number> {
  const loader = ctx.loaders.get('welfare:filledPlaces', () => new DataLoader<string, number>(async (ids) => {
    const res = resource(JobPlacement) as ResolvedResource;
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
  }));
  return loader.load(postId);
}
