import { DateTimeType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager, EventSubscriber, FlushEventArgs, TransactionEventArgs } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { AuditLog, actorKindOf } from './audit';
import { clock } from './clock';
import { isPostgres } from './db';
import { newId } from './entity';
import { allResources } from './resource';

/*
 * Change events (transactional outbox). Every committed create, update, archive, restore and
 * workflow transition of an API record leaves one `change_event` row, written in the same flush,
 * hence the same transaction, as the change: an event exists exactly when the change does, and a
 * rolled-back change leaves none. The row is derived from the audit row every write path already
 * writes (crud, workflows, deadline jobs, publicity), so no write path can forget to emit one.
 *
 * An event carries names, never values: which record, which version, which action, which fields
 * changed, by what kind of actor. An app reads the record itself through the API, under its own
 * key's scopes and masking, so nothing personal is ever pushed.
 *
 * Order: ids are minted in the process before commit, so two transactions can commit in the other
 * order than their ids, and a reader paging by id would skip the one that commits late. A relay
 * (`sequenceEvents`) therefore gives committed events a gap-free `seq` under a lock, in commit
 * order as far as anyone can observe; subscribers page by `seq`, which only grows.
 */

/** Records that are administration, not business data: no app is ever given their scopes. */
const NOT_PUBLISHED = new Set(['audit', 'workflow', 'user', 'apikey', 'webhook']);

/** The past-tense verb of an event type, e.g. `JobPlacement.transitioned`. */
const VERB: Record<string, string> = {
  create: 'created',
  update: 'updated',
  archive: 'archived',
  restore: 'restored',
  transition: 'transitioned',
};

@Entity({ tableName: 'change_event' })
@Index({ properties: ['entity', 'entityId'] })
export class ChangeEvent {
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = newId();

  /** Delivery order, given by the relay after commit; null until then. */
  @Property({ type: 'bigint', nullable: true, unique: true })
  seq?: string | null;

  @Property({ type: DateTimeType, index: true })
  at: Date = clock.now();

  /** GraphQL type name of the record, e.g. `JobPlacement`. */
  @Property({ type: 'string', length: 64 })
  entity: string;

  @Property({ type: 'string', length: 64 })
  entityId: string;

  /** The record's `version` after this change (what `expectedVersion` would be next). */
  @Property({ type: 'integer', nullable: true })
  version?: number | null;

  /** create, update, archive, restore or transition. */
  @Property({ type: 'string', length: 16 })
  action: string;

  /** For a transition: the workflow action, e.g. COUNTY_APPROVE. */
  @Property({ type: 'string', length: 64, nullable: true })
  transition?: string | null;

  /** user, apiKey or system. */
  @Property({ type: 'string', length: 16 })
  actorKind: string;

  /** Names of the changed fields (never their values). */
  @Property({ type: 'json' })
  changedFields: string[] = [];

  /** Permission domain of the record (an app receives only events of its key's scopes). */
  @Property({ type: 'string', length: 32 })
  domain: string;

  /** Region code of the record, for jurisdiction and subscription filters; null for reference data without one. */
  @Property({ type: 'string', length: 12, nullable: true })
  regionCode?: string | null;
}

export function eventType(event: Pick<ChangeEvent, 'entity' | 'action'>): string {
  return `${event.entity}.${VERB[event.action] ?? event.action}`;
}

/** Every event type an app may subscribe to: each resource's entity with each verb. */
export function knownEventTypes(): string[] {
  const verbs = Object.values(VERB);
  return allResources()
    .filter((r) => !NOT_PUBLISHED.has(r.domain))
    .flatMap((r) => verbs.map((v) => `${r.name}.${v}`));
}

/**
 * Writes the change events of a flush into that same flush. Runs in `onFlush`, where rows computed
 * into the unit of work are inserted with the rest. A flush without an audit row is not a change
 * the system of record made through its write paths (demo seeding, a key's last-used time) and
 * emits nothing; a flush with one emits an event for every record it creates or changes, bulk
 * writes included, with the action its audit row names.
 */
export class ChangeEvents implements EventSubscriber {
  private readonly committedListeners = new Set<() => void>();
  /**
   * Whether a flush since the last notice wrote events. Only such a commit wakes the dispatcher:
   * its own commits (sequencing, delivery progress) write none, so waking on every commit made it
   * run pass after pass without pause. A notice that comes early (another transaction committed
   * first) is caught up by the dispatcher's poll.
   */
  private eventsWritten = false;

  onFlush({ uow }: FlushEventArgs): void {
    const changeSets = uow.getChangeSets();
    const audits = changeSets.filter((cs) => cs.name === AuditLog.name && cs.type === 'create').map((cs) => cs.entity as AuditLog);
    if (!audits.length) return;
    const auditOf = new Map(audits.filter((a) => a.entityId).map((a) => [`${a.entity}:${a.entityId}`, a]));
    const byClass = new Map(allResources().map((r) => [r.entity.name, r]));
    for (const cs of changeSets) {
      if (cs.type !== 'create' && cs.type !== 'update') continue;
      const config = byClass.get(cs.name);
      if (!config || NOT_PUBLISHED.has(config.domain)) continue;
      const entity = cs.entity as Record<string, unknown>;
      const id = String(entity.id ?? cs.getPrimaryKey());
      const row = auditOf.get(`${config.name}:${id}`);
      const [verb, transition] = (row?.action ?? '').split(':');
      const event = new ChangeEvent();
      event.entity = config.name;
      event.entityId = id;
      event.action =
        cs.type === 'create'
          ? 'create'
          : verb === 'transition' && transition
            ? 'transition'
            : verb === 'archive' || verb === 'restore'
              ? verb
              : 'update';
      event.transition = event.action === 'transition' ? transition : null;
      const version = typeof entity.version === 'number' ? entity.version : null;
      // The ORM raises an updated record's version in the UPDATE statement it is about to send.
      event.version = version === null ? null : cs.type === 'update' ? version + 1 : version;
      event.actorKind = actorKindOf(row ?? audits[0]);
      event.changedFields = cs.type === 'create' ? [] : Object.keys(cs.payload).filter((k) => k !== 'updatedAt' && k !== 'version');
      event.domain = config.domain;
      event.regionCode = config.regionProperty ? ((entity[config.regionProperty] as string | null | undefined) ?? null) : null;
      uow.computeChangeSet(event);
      this.eventsWritten = true;
    }
  }

  /** Also called for the transaction the ORM opens around a flush outside one. */
  afterTransactionCommit(_args: TransactionEventArgs): void {
    if (!this.eventsWritten) return;
    this.eventsWritten = false;
    for (const listener of this.committedListeners) listener();
  }

  /** Called after each commit in this process that wrote events (the dispatcher looks for them at once instead of at its next poll). */
  onCommit(listener: () => void): () => void {
    this.committedListeners.add(listener);
    return () => this.committedListeners.delete(listener);
  }
}

export const changeEvents = new ChangeEvents();

const SEQUENCE_LOCK = 7_340_021;

/**
 * Gives committed events their delivery order. One relay at a time (an advisory lock on
 * PostgreSQL; SQLite has one writer), so `seq` is gap-free and only grows. Events of one record
 * keep their version order even when their ids came from different processes' clocks.
 */
export async function sequenceEvents(em: EntityManager, batch = 500): Promise<number> {
  return (em.fork() as SqlEntityManager).transactional(async (tx) => {
    if (isPostgres(tx as SqlEntityManager)) {
      const [got] = await tx.execute<{ ok: boolean }[]>('select pg_try_advisory_xact_lock(?) as ok', [SEQUENCE_LOCK]);
      if (!got.ok) return 0;
    }
    const pending = await tx.execute<{ id: string; entity_id: string; version: number | null }[]>(
      'select id, entity_id, version from change_event where seq is null order by id limit ?',
      [batch],
    );
    if (!pending.length) return 0;
    let next = await highestSeq(tx);
    // Same record twice in one batch: keep the versions' order in the slots the ids gave.
    const ordered = [...pending];
    const byRecord = new Map<string, typeof pending>();
    for (const p of pending) byRecord.set(p.entity_id, [...(byRecord.get(p.entity_id) ?? []), p]);
    for (const group of byRecord.values()) {
      if (group.length < 2) continue;
      const slots = group.map((g) => ordered.indexOf(g)).sort((a, b) => a - b);
      const byVersion = [...group].sort((a, b) => (a.version ?? 0) - (b.version ?? 0));
      slots.forEach((slot, i) => (ordered[slot] = byVersion[i]));
    }
    const cases = ordered.map(() => 'when ? then ?').join(' ');
    const params = ordered.flatMap((p) => [p.id, ++next]);
    await tx.execute(`update change_event set seq = case id ${cases} end where id in (${ordered.map(() => '?').join(', ')})`, [
      ...params,
      ...ordered.map((p) => p.id),
    ]);
    return ordered.length;
  });
}

/** The last sequence number given (0 when none), read in the caller's transaction. */
export async function highestSeq(em: EntityManager): Promise<number> {
  const [row] = await (em as SqlEntityManager).execute<{ top: string | number | null }[]>('select max(seq) as top from change_event');
  return Number(row?.top ?? 0);
}
