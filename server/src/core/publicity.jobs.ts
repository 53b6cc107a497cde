import { defineJob } from './jobs';
import { recordEndedPublicities } from './publicity';

/**
 * Publicity periods that end: each is written once to its record's history with the system as
 * actor (and on the audit log); from then on the record waits in the next level's inbox (the inbox
 * itself compares the end with the clock, so it does not wait for this job).
 */
export const publicityEndedJob = defineJob({
  name: 'publicity-periods-end',
  description: '公示期满 (publicity periods that ended are recorded in the history; the record then waits for the next level)',
  async run(run) {
    run.moved(await recordEndedPublicities(run.system()));
  },
});
