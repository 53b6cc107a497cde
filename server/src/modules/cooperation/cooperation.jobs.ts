import type { SqlEntityManager } from '@mikro-orm/knex';
import { defineJob } from '../../core/jobs';
import { endDuePairings } from './cooperation.service';

/**
 * A pairing is active before its end date; from that day on it is ENDED. Visibility already follows
 * the dates (cooperation.service `pairingActiveOn`); this job makes the stored status agree, with one
 * audit row per pairing by the system. Pairings are not a workflow: their history is the audit log
 * and the adjustment chain.
 */
export const pairingsEndJob = defineJob({
  name: 'pairings-end',
  description: '结对关系到期结束 (active pairings whose end date has come become ENDED)',
  async run(run) {
    const ctx = run.system();
    const ended = await ctx.em.transactional((em) => endDuePairings(em as SqlEntityManager, run.today, ctx));
    run.moved(ended.length);
  },
});
