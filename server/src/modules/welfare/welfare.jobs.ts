import { defineJob, eachPage } from '../../core/jobs';
import { resource } from '../../core/resource';
import type { ResolvedResource } from '../../core/resource';
import { runQuery } from '../../core/db';
import { ExitReason, JobPlacement, JobPlacementStatus, WelfarePost } from './welfare.entity';
import { jobPlacementWorkflow } from './welfare.workflow';

/**
 * A placement lasts as long as its post's term (聘期): the day after the post's `termEnd`, whoever is
 * still on the post exits with reason TERM_ENDED on that last day. A renewed post is a new post.
 */
export const placementTermsEndJob = defineJob({
  name: 'placement-terms-end',
  description: '公益性岗位聘期届满退岗 (people on duty on a post whose term ended exit with reason TERM_ENDED)',
  async run(run) {
    const p = resource(JobPlacement);
    const w = resource(WelfarePost);
    const col = (res: ResolvedResource, prop: string) => res.byProp.get(prop)!.column;
    await eachPage(
      (after, size) =>
        runQuery<{ id: string; termEnd: string }>(
          run.em,
          run.em
            .getKnex()(`${p.table} as p`)
            .join(`${w.table} as w`, `w.${col(w, 'id')}`, `p.${col(p, 'postId')}`)
            .select(`p.${col(p, 'id')} as id`, `w.${col(w, 'termEnd')} as termEnd`)
            .where(`p.${col(p, 'status')}`, JobPlacementStatus.ONBOARDED)
            .whereNull(`p.${col(p, 'archivedAt')}`)
            .where(`w.${col(w, 'termEnd')}`, '<', run.today)
            .where(`p.${col(p, 'id')}`, '>', after)
            .orderBy(`p.${col(p, 'id')}`)
            .limit(size),
        ),
      (row) =>
        run.transition(jobPlacementWorkflow, row.id, 'EXIT', `岗位聘期已于 ${row.termEnd} 届满 (the post’s term ended on ${row.termEnd})`, {
          exitReason: ExitReason.TERM_ENDED,
          exitDate: row.termEnd,
        }),
    );
  },
});
