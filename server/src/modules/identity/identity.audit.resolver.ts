import { Arg, Args, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Allow } from '../../core/access';
import { auditPermissions } from './identity.access';
import { AuditLog, audit } from '../../core/audit';
import type { RequestContext } from '../../core/context';
import { runQuery } from '../../core/db';
import { invalid } from '../../core/errors';
import { Connection, ListArgsType, OrderInput } from '../../core/pagination';
import type { ListArgs } from '../../core/pagination';
import { applyFilter, listConnection } from '../../core/read';
import { resource, rowToObject } from '../../core/resource';
import { AuditLogFilter, AuditLogSortField } from './identity.inputs';

const AuditLogConnection = Connection(AuditLog, 'AuditLog');
const AuditLogListArgs = ListArgsType(AuditLogFilter, OrderInput(AuditLogSortField, 'AuditLog'), 'AuditLog');

export const AUDIT_EXPORT_MAX = 10_000;
const CSV_COLUMNS = ['at', 'actorId', 'actorName', 'ip', 'requestId', 'entity', 'entityId', 'action', 'changes', 'detail'] as const;

/** One CSV cell: quoted, and a leading = + - @ neutralised so spreadsheets never run it as a formula. */
function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The audit log is read-only through the API: these queries are the only fields touching it, and
 * only audit administrators (audit.read) may call them. No mutation writes, edits or deletes entries.
 */
@Resolver(() => AuditLog)
export class AuditLogResolver {
  @Allow(auditPermissions.read)
  @Query(() => AuditLogConnection, {
    description:
      '审计日志 Audit log entries, newest first by default; filter by actor, entity, record, action and time range. Page through with `after` to export.',
  })
  auditLogs(@Args(() => AuditLogListArgs) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return listConnection(ctx, AuditLog, args, info);
  }

  @Allow(auditPermissions.read)
  @Query(() => String, {
    description:
      '导出审计日志 The matching audit log entries as CSV (UTF-8, newest first, at most 10000 rows). The export itself is recorded in the audit log.',
  })
  async auditLogCsv(
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'Which entries.' }) filter: AuditLogFilter | null,
    @Arg('limit', () => Int, {
      nullable: true,
      defaultValue: AUDIT_EXPORT_MAX,
      description: '最多行数 (at most this many rows, up to 10000)',
    })
    limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_EXPORT_MAX)
      throw invalid('limit', 'range', `导出行数须在 1 到 ${AUDIT_EXPORT_MAX} 之间 (limit must be 1..${AUDIT_EXPORT_MAX})`);
    const res = resource(AuditLog);
    const qb = ctx.em
      .getKnex()(`${res.table} as t`)
      .select(res.columns.map((c) => `t.${c.column} as ${c.prop}`));
    applyFilter(qb, res, filter as Record<string, unknown> | null, ctx);
    qb.orderBy([
      { column: 't.at', order: 'desc' },
      { column: 't.id', order: 'desc' },
    ]).limit(limit);
    const rows = (await runQuery(ctx.em, qb)).map((r) => rowToObject(res, r) as unknown as Record<string, unknown>);
    const em = ctx.em.fork();
    audit(em, ctx, { entity: 'AuditLog', action: 'export', detail: `${rows.length} rows; filter ${JSON.stringify(filter ?? {})}` });
    await em.flush();
    return [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
  }
}
