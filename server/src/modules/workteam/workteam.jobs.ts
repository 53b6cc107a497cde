import { defineJob, eachPage } from '../../core/jobs';
import { WorkTeam, WorkTeamStatus } from './workteam.entity';
import { workTeamWorkflow } from './workteam.workflow';

/** A team's term runs through its `termEnd` day; the day after, the team and its members on duty complete it. */
export const workTeamTermsEndJob = defineJob({
  name: 'work-team-terms-end',
  description: '驻村工作队任期届满 (active work teams past their term end are COMPLETED, members on duty with them)',
  async run(run) {
    await eachPage(
      (after, size) =>
        run.em.find(
          WorkTeam,
          { status: WorkTeamStatus.ACTIVE, termEnd: { $lt: run.today }, archivedAt: null, id: { $gt: after } },
          { fields: ['id', 'termEnd'], orderBy: { id: 'asc' }, limit: size },
        ),
      // Members' end date is the last day of the term, not the day the job noticed.
      (t) =>
        run.transition(workTeamWorkflow, t.id, 'COMPLETE', `任期已于 ${t.termEnd} 届满 (the term ended on ${t.termEnd})`, {
          date: t.termEnd,
        }),
    );
  },
});
