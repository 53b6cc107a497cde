import { DateTimeType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import type { RequestContext } from './context';
import { newId } from './entity';
import { clock } from './clock';

/**
 * Append-only record of every change and every sensitive event. Written with the same entity
 * manager, inside the same transaction as the change it describes, so both commit or neither does.
 * The API offers no way to update or delete it.
 */
@ObjectType({ description: '审计日志 Audit log entry: who did what to which record, when and from where.' })
@Entity({ tableName: 'audit_log' })
@Index({ properties: ['entity', 'entityId'] })
export class AuditLog {
  @Field(() => ID, { description: 'Entry id (time-ordered).' })
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = newId();

  @Field(() => Date, { description: '时间 (when)' })
  @Property({ type: DateTimeType, index: true })
  at: Date = clock.now();

  @Field(() => String, { nullable: true, description: '操作人 id (actor id: user or API key)' })
  @Property({ type: 'string', nullable: true, index: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: '操作人 (actor name)' })
  @Property({ type: 'string', nullable: true, index: true })
  actorName?: string | null;

  @Field(() => String, { nullable: true, description: 'IP 地址 (client address)' })
  @Property({ type: 'string', nullable: true })
  ip?: string | null;

  @Field(() => String, { nullable: true, description: '请求号 (request id)' })
  @Property({ type: 'string', nullable: true, index: true })
  requestId?: string | null;

  @Field(() => String, { description: '对象类型 (entity type, e.g. JobPlacement, or Session for logins)' })
  @Property({ type: 'string' })
  entity: string;

  @Field(() => String, { nullable: true, description: '对象 id (record id)' })
  @Property({ type: 'string', nullable: true })
  entityId?: string | null;

  @Field(() => String, {
    description: '动作 (action: create, update, archive, restore, transition:<ACTION>, login, login_failed, lockout, reveal, …)',
  })
  @Property({ type: 'string', index: true })
  action: string;

  @Field(() => String, {
    nullable: true,
    description: '变更内容 (changed fields as JSON: {field: [before, after]}, sensitive values masked)',
  })
  @Property({ type: 'text', nullable: true })
  changes?: string | null;

  @Field(() => String, { nullable: true, description: '说明 (reason or detail, e.g. the stated reason for revealing personal data)' })
  @Property({ type: 'text', nullable: true })
  detail?: string | null;
}

export interface AuditEvent {
  entity: string;
  entityId?: string | null;
  action: string;
  changes?: Record<string, [unknown, unknown]> | null;
  detail?: string | null;
}

const actorKinds = new WeakMap<AuditLog, string>();

/** Who wrote an audit row: user, apiKey or system (for change events, which name the kind, not the person). */
export function actorKindOf(row: AuditLog): string {
  return actorKinds.get(row) ?? (row.actorId ? 'user' : 'system');
}

/** Queues an audit row in the given entity manager; it is written when that transaction flushes. */
export function audit(em: EntityManager, ctx: Pick<RequestContext, 'actor' | 'ip' | 'requestId'>, event: AuditEvent): AuditLog {
  const row = new AuditLog();
  row.actorId = ctx.actor?.id ?? null;
  row.actorName = ctx.actor?.name ?? null;
  row.ip = ctx.ip;
  row.requestId = ctx.requestId;
  row.entity = event.entity;
  row.entityId = event.entityId ?? null;
  row.action = event.action;
  row.changes = event.changes && Object.keys(event.changes).length ? JSON.stringify(event.changes) : null;
  row.detail = event.detail ?? null;
  actorKinds.set(row, ctx.actor?.kind ?? 'system');
  em.persist(row);
  return row;
}

/** Masks a sensitive value for logs: keeps enough to recognise it, never enough to use it. */
export function maskForLog(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const text = String(value);
  if (text.length <= 4) return '****';
  return `${text.slice(0, 2)}${'*'.repeat(Math.max(4, text.length - 4))}${text.slice(-2)}`;
}
