import type { SqlEntityManager } from '@mikro-orm/knex';
import { audit } from '../../core/audit';
import type { RequestContext } from '../../core/context';
import { defineJob } from '../../core/jobs';
import { MonitoringCase } from './monitoring.entity';
import { UNDECIDED } from './monitoring.rules';

/** Flags the undecided cases whose 15 days have passed; each flag is audited. Returns their ids. */
export async function flagOverdueCases(
  em: SqlEntityManager,
  today: string,
  by: Pick<RequestContext, 'actor' | 'ip' | 'requestId'>,
): Promise<string[]> {
  const due = await em.find(
    MonitoringCase,
    { status: { $in: UNDECIDED }, overdue: false, deadline: { $lt: today }, archivedAt: null },
    { orderBy: { id: 'asc' } },
  );
  for (const found of due) {
    found.overdue = true;
    audit(em, by, {
      entity: 'MonitoringCase',
      entityId: found.id,
      action: 'flag-overdue',
      changes: { overdue: [false, true] },
      detail: `认定时限 ${found.deadline} 已过，尚未审定 (undecided after its deadline)`,
    });
  }
  await em.flush();
  return due.map((c) => c.id);
}

/** 002 §3: a household is identified within 15 days of the clue; the county sees every case past it. */
export const monitoringOverdueJob = defineJob({
  name: 'monitoring-cases-overdue',
  description: '监测对象认定超时标记 (undecided monitoring cases past their 15-day deadline are flagged overdue)',
  async run(run) {
    const ctx = run.system();
    const flagged = await ctx.em.transactional((em) => flagOverdueCases(em as SqlEntityManager, run.today, ctx));
    run.moved(flagged.length);
  },
});
