import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import client from 'prom-client';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { settings } from '../../config';
import { requirePermission } from '../../core/access';
import type { Actor } from '../../core/access';
import { audit } from '../../core/audit';
import { clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { decryptField, encryptField } from '../../core/crypto';
import { Problems, conflict, forbidden, notFound } from '../../core/errors';
import { inTransaction } from '../../core/crud';
import { describeForLog } from '../../core/log-safe';
import { logger } from '../../core/logger';
import { registry } from '../../core/metrics';
import { ChangeEvent, changeEvents, eventType, highestSeq, knownEventTypes, sequenceEvents } from '../../core/outbox';
import { allResources } from '../../core/resource';
import { ApiKey } from '../identity/identity.entity';
import { Region } from '../region/region.entity';
import { WebhookDelivery, WebhookStatus, WebhookSubscription } from './webhook.entity';
import { newSigningSecret, postSigned, targetProblem } from './webhook.delivery';
import type { CreateWebhookSubscriptionInput } from './webhook.inputs';
import { webhookPermissions } from './webhook.access';

/**
 * Who may manage a subscription: a security administrator any key's, an app only its own key's
 * (an app registers its own webhooks with its key, as with GitHub's or Stripe's APIs).
 */
function ownerKeyId(actor: Actor | null, apiKeyId: string | null | undefined): string {
  if (actor?.kind === 'apiKey') {
    if (apiKeyId && apiKeyId !== actor.id)
      throw forbidden('接口密钥只能管理自己的推送订阅 (an API key manages only its own webhooks)', { rule: 'OWN_KEY_ONLY' });
    return actor.id;
  }
  requirePermission(actor, webhookPermissions.manage);
  if (!apiKeyId) {
    const problems = new Problems();
    problems.add('apiKeyId', 'required', '请选择接口密钥 (apiKeyId is required)');
    problems.throwIfAny();
  }
  return apiKeyId as string;
}

/** Loads a subscription the caller may manage, or NOT_FOUND (another key's subscription is not revealed). */
async function loadManaged(ctx: RequestContext, em: SqlEntityManager, id: string): Promise<WebhookSubscription> {
  const found = await em.findOne(WebhookSubscription, { id, archivedAt: null });
  if (
    !found ||
    (ctx.actor?.kind === 'apiKey'
      ? found.apiKeyId !== ctx.actor.id
      : !ctx.actor || (requirePermission(ctx.actor, webhookPermissions.manage), false))
  ) {
    throw notFound('WebhookSubscription', id);
  }
  return found;
}

function matchesType(patterns: string[], type: string): boolean {
  return patterns.some((p) => p === type || (p.endsWith('.*') && type.startsWith(p.slice(0, -1))));
}

/** The permission domain of an event type's record, when the type names a published entity. */
function domainOfType(pattern: string): string | undefined {
  const name = pattern.split('.')[0];
  if (!knownEventTypes().some((t) => t.startsWith(`${name}.`))) return undefined;
  return allResources().find((r) => r.name === name)?.domain;
}

async function checkInput(em: SqlEntityManager, key: ApiKey, input: CreateWebhookSubscriptionInput): Promise<Problems> {
  const problems = new Problems();
  const urlProblem = targetProblem(input.url.trim());
  if (urlProblem) problems.add('url', 'url', urlProblem);
  if (!input.eventTypes.length)
    problems.add('eventTypes', 'required', '请至少选择一种事件类型 (eventTypes must name at least one event type)');
  const known = new Set(knownEventTypes());
  input.eventTypes.forEach((t, i) => {
    const domain = domainOfType(t);
    if (!(known.has(t) || (t.endsWith('.*') && domain)))
      problems.add(
        `eventTypes.${i}`,
        'oneOf',
        `未知的事件类型 ${t}，可用 webhookEventTypes 查询 (unknown event type; see webhookEventTypes)`,
      );
    else if (domain && !key.scopes.includes(domain))
      problems.add(`eventTypes.${i}`, 'scope', `接口密钥无 ${domain} 范围，不能订阅 ${t} (the key's scopes do not include ${domain})`);
  });
  if (input.regionCode) {
    if (!(await em.findOne(Region, { code: input.regionCode })))
      problems.add('regionCode', 'exists', `区划 ${input.regionCode} 不存在 (no such region)`);
    else if (key.regionCode && !input.regionCode.startsWith(key.regionCode))
      problems.add(
        'regionCode',
        'jurisdiction',
        `区划须在接口密钥的管辖范围 ${key.regionCode} 内 (regionCode must lie within the key's jurisdiction)`,
      );
  }
  return problems;
}

export async function createSubscription(
  ctx: RequestContext,
  input: CreateWebhookSubscriptionInput,
): Promise<{ secret: string; subscription: WebhookSubscription }> {
  const apiKeyId = ownerKeyId(ctx.actor, input.apiKeyId);
  return inTransaction(ctx, async (em) => {
    const key = await em.findOne(ApiKey, { id: apiKeyId });
    if (!key) throw notFound('ApiKey', apiKeyId);
    if (key.revokedAt || key.expiresAt.getTime() <= clock.now().getTime())
      throw conflict('KEY_INVALID', '接口密钥已吊销或过期 (the API key was revoked or has expired)');
    (await checkInput(em, key, input)).throwIfAny();
    const secret = newSigningSecret();
    const sub = new WebhookSubscription();
    sub.apiKeyId = key.id;
    sub.url = input.url.trim();
    sub.eventTypes = [...new Set(input.eventTypes)];
    sub.regionCode = input.regionCode ?? null;
    sub.secretEncrypted = encryptField(secret);
    // A new subscription hears of changes from now on, not the history before it.
    sub.lastSeq = String(await highestSeq(em));
    em.persist(sub);
    audit(em, ctx, {
      entity: 'WebhookSubscription',
      entityId: sub.id,
      action: 'create',
      detail: `${key.name}: ${sub.url} ${sub.eventTypes.join(',')}`,
    });
    await em.flush();
    return { secret, subscription: sub };
  });
}

export async function setSubscriptionStatus(ctx: RequestContext, id: string, status: WebhookStatus): Promise<WebhookSubscription> {
  return inTransaction(ctx, async (em) => {
    const sub = await loadManaged(ctx, em, id);
    if (sub.status === status) return sub;
    sub.status = status;
    sub.pausedReason = status === WebhookStatus.PAUSED ? '由管理员或应用暂停 (paused by its owner)' : null;
    if (status === WebhookStatus.ACTIVE) {
      // Resumed: the event that failed is tried again at once, then the rest in order.
      sub.consecutiveFailures = 0;
      sub.failingSince = null;
      sub.nextAttemptAt = null;
    }
    audit(em, ctx, { entity: 'WebhookSubscription', entityId: id, action: status === WebhookStatus.ACTIVE ? 'resume' : 'pause' });
    await em.flush();
    return sub;
  });
}

export async function deleteSubscription(ctx: RequestContext, id: string): Promise<WebhookSubscription> {
  return inTransaction(ctx, async (em) => {
    const sub = await loadManaged(ctx, em, id);
    sub.archivedAt = clock.now();
    sub.status = WebhookStatus.PAUSED;
    sub.pausedReason = '已删除 (deleted)';
    audit(em, ctx, { entity: 'WebhookSubscription', entityId: id, action: 'archive' });
    await em.flush();
    return sub;
  });
}

export async function listSubscriptions(ctx: RequestContext, apiKeyId?: string | null): Promise<WebhookSubscription[]> {
  const owner =
    ctx.actor?.kind === 'apiKey' ? ownerKeyId(ctx.actor, apiKeyId) : (requirePermission(ctx.actor, webhookPermissions.read), apiKeyId);
  return ctx.em.find(WebhookSubscription, { archivedAt: null, ...(owner ? { apiKeyId: owner } : {}) }, { orderBy: { createdAt: 'desc' } });
}

export async function listDeliveries(
  ctx: RequestContext,
  subscriptionId: string,
  first: number,
  failedOnly: boolean,
): Promise<WebhookDelivery[]> {
  if (!(first >= 1 && first <= 500)) {
    const problems = new Problems();
    problems.add('first', 'range', '每页条数须在 1 到 500 之间 (first must be between 1 and 500)');
    problems.throwIfAny();
  }
  if (ctx.actor?.kind !== 'apiKey') requirePermission(ctx.actor, webhookPermissions.read);
  const sub = await ctx.em.findOne(WebhookSubscription, { id: subscriptionId });
  if (!sub || (ctx.actor?.kind === 'apiKey' && sub.apiKeyId !== ctx.actor.id)) throw notFound('WebhookSubscription', subscriptionId);
  return ctx.em.find(
    WebhookDelivery,
    { subscriptionId, ...(failedOnly ? { succeeded: false } : {}) },
    { orderBy: { id: 'desc' }, limit: first },
  );
}

/** The JSON body of an event (Standard Webhooks' `type`, `timestamp`, `data`): names and versions, never values. */
export function eventBody(event: ChangeEvent): string {
  return JSON.stringify({
    type: eventType(event),
    timestamp: new Date(event.at).toISOString(),
    data: {
      entity: event.entity,
      id: event.entityId,
      version: event.version ?? null,
      action: event.action,
      transition: event.transition ?? null,
      changedFields: event.changedFields,
      regionCode: event.regionCode ?? null,
      actorKind: event.actorKind,
    },
  });
}

/** Sends one event again now, outside the queue's order (the redeliver button); the attempt is logged. */
export async function redeliver(ctx: RequestContext, deliveryId: string): Promise<WebhookDelivery> {
  const previous = await ctx.em.findOne(WebhookDelivery, { id: deliveryId });
  if (!previous) throw notFound('WebhookDelivery', deliveryId);
  const sub = await inTransaction(ctx, (em) => loadManaged(ctx, em, previous.subscriptionId));
  const event = await ctx.em.findOne(ChangeEvent, { id: previous.eventId });
  if (!event) throw notFound('ChangeEvent', previous.eventId);
  const outcome = await postSigned(sub.url, decryptField(sub.secretEncrypted) ?? '', event.id, eventBody(event));
  return inTransaction(ctx, async (em) => {
    const attempts = await em.count(WebhookDelivery, { subscriptionId: sub.id, eventId: event.id });
    const row = logAttempt(em, sub, event, attempts + 1, outcome);
    row.redelivery = true;
    audit(em, ctx, {
      entity: 'WebhookSubscription',
      entityId: sub.id,
      action: 'redeliver',
      detail: `${eventType(event)} ${event.id}: ${outcome.ok ? 'ok' : outcome.error}`,
    });
    await em.flush();
    return row;
  });
}

function logAttempt(
  em: SqlEntityManager,
  sub: WebhookSubscription,
  event: ChangeEvent,
  attempt: number,
  outcome: { ok: boolean; statusCode: number | null; latencyMs: number; error: string | null },
): WebhookDelivery {
  const row = new WebhookDelivery();
  row.subscriptionId = sub.id;
  row.eventId = event.id;
  row.eventType = eventType(event);
  row.attempt = attempt;
  row.succeeded = outcome.ok;
  row.statusCode = outcome.statusCode;
  row.latencyMs = outcome.latencyMs;
  row.error = outcome.error ? outcome.error.slice(0, 1000) : null;
  em.persist(row);
  return row;
}

/** Whether the key, as it stands now, may hear of this event. */
function visibleToKey(key: ApiKey, sub: WebhookSubscription, event: ChangeEvent): boolean {
  if (!matchesType(sub.eventTypes, eventType(event))) return false;
  if (!key.scopes.includes(event.domain)) return false;
  const region = event.regionCode ?? '';
  if (key.regionCode && !region.startsWith(key.regionCode)) return false;
  if (sub.regionCode && !region.startsWith(sub.regionCode)) return false;
  return true;
}

/** Deletes delivered change events past their retention; an event some subscription has not passed stays. */
async function pruneEvents(em: SqlEntityManager): Promise<number> {
  const [row] = await em.execute<{ low: string | number | null }[]>(
    'select min(last_seq) as low from webhook_subscription where archived_at is null',
  );
  const cutoff = new Date(clock.now().getTime() - settings.webhookEventRetentionDays * 86_400_000);
  const below = row?.low === null || row?.low === undefined ? Number.MAX_SAFE_INTEGER : Number(row.low);
  return em.nativeDelete(ChangeEvent, { seq: { $ne: null, $lte: String(below) }, at: { $lt: cutoff } });
}

const deliveries = new client.Counter({
  name: 'webhook_deliveries_total',
  help: 'Webhook delivery attempts by outcome (delivered, failed) and whether they paused the subscription.',
  labelNames: ['outcome'],
  registers: [registry],
});
const backlog = new client.Gauge({
  name: 'webhook_backlog_events',
  help: 'Change events not yet delivered to active webhook subscriptions (summed over subscriptions, as of this process’s last pass).',
  registers: [registry],
  aggregator: 'max',
});

const passes = new client.Counter({
  name: 'webhook_dispatcher_passes_total',
  help: 'Passes of the webhook dispatcher (one per poll, plus one after each commit that wrote change events); a rate far above 1/WEBHOOK_POLL_MS on an idle system means it is waking itself.',
  registers: [registry],
});

const LEASE_MS = 60_000;
const BATCH = 100;

/**
 * Delivers change events to webhooks, in every server process. A process takes a subscription by
 * a conditional update of its lease (a row only one transaction can win), delivers its events in
 * `seq` order one at a time, and lets go; so several processes share the subscriptions and no
 * event goes out twice from two of them, and one record's events arrive in their order. A failed
 * delivery stops that subscription's queue until its retry time, with exponential backoff; after
 * WEBHOOK_MAX_ATTEMPTS attempts or WEBHOOK_RETRY_HOURS the subscription is paused with the reason.
 */
export class WebhookDispatcher {
  private readonly owner = `${process.pid}-${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private unsubscribe: (() => void) | undefined;
  private prunedAt = 0;

  constructor(private readonly orm: MikroORM) {}

  start(): this {
    this.timer = setInterval(() => this.kick(), settings.webhookPollMs);
    this.timer.unref();
    this.unsubscribe = changeEvents.onCommit(() => this.kick());
    this.kick();
    return this;
  }

  /** Looks for work now; a call during a pass makes one more pass after it. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pass()
      .catch((error) => logger().warn({ where: describeForLog(error) }, 'Webhook delivery pass failed; the next pass retries'))
      .finally(() => {
        this.running = null;
        if (this.again && !this.stopped) {
          this.again = false;
          setImmediate(() => this.kick());
        }
      });
  }

  /** Resolves when no pass is running (tests wait for deliveries with it). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.unsubscribe?.();
    await this.idle();
  }

  private async pass(): Promise<void> {
    passes.inc();
    const em = this.orm.em.fork() as SqlEntityManager;
    await sequenceEvents(em);
    if (Date.now() - this.prunedAt > 3_600_000) {
      this.prunedAt = Date.now();
      await pruneEvents(em);
    }
    const top = await highestSeq(em);
    const now = clock.now();
    const active = await em.find(WebhookSubscription, { status: WebhookStatus.ACTIVE, archivedAt: null });
    backlog.set(active.reduce((sum, s) => sum + Math.max(0, top - Number(s.lastSeq)), 0));
    const due = active.filter((s) => Number(s.lastSeq) < top && (!s.nextAttemptAt || s.nextAttemptAt.getTime() <= now.getTime()));
    for (const sub of due) {
      if (this.stopped) return;
      if (await this.claim(em, sub.id)) {
        try {
          await this.deliver(sub.id);
        } finally {
          await em.nativeUpdate(WebhookSubscription, { id: sub.id, leaseOwner: this.owner }, { leaseOwner: null, leaseUntil: null });
        }
      }
    }
  }

  private async claim(em: SqlEntityManager, id: string): Promise<boolean> {
    const now = clock.now();
    const taken = await em.nativeUpdate(
      WebhookSubscription,
      { id, status: WebhookStatus.ACTIVE, $or: [{ leaseUntil: null }, { leaseUntil: { $lt: now } }] },
      { leaseOwner: this.owner, leaseUntil: new Date(now.getTime() + LEASE_MS) },
    );
    return taken === 1;
  }

  private async deliver(id: string): Promise<void> {
    const em = this.orm.em.fork() as SqlEntityManager;
    const sub = await em.findOneOrFail(WebhookSubscription, { id });
    const key = await em.findOne(ApiKey, { id: sub.apiKeyId });
    if (!key || key.revokedAt || key.expiresAt.getTime() <= clock.now().getTime()) {
      await this.save(em, sub, {
        status: WebhookStatus.PAUSED,
        pausedReason: '接口密钥已吊销或过期 (the API key was revoked or has expired)',
      });
      return;
    }
    const secret = decryptField(sub.secretEncrypted) ?? '';
    const events = await em.find(ChangeEvent, { seq: { $gt: sub.lastSeq, $ne: null } }, { orderBy: { seq: 'asc' }, limit: BATCH });
    for (const event of events) {
      if (this.stopped) return;
      if (!visibleToKey(key, sub, event)) {
        await this.save(em, sub, { lastSeq: String(event.seq) });
        continue;
      }
      const outcome = await postSigned(sub.url, secret, event.id, eventBody(event));
      const now = clock.now();
      const attempt = sub.consecutiveFailures + 1;
      const attemptRow = (tx: SqlEntityManager) => logAttempt(tx, sub, event, attempt, outcome);
      deliveries.inc({ outcome: outcome.ok ? 'delivered' : 'failed' });
      if (outcome.ok) {
        await this.save(
          em,
          sub,
          { lastSeq: String(event.seq), consecutiveFailures: 0, failingSince: null, nextAttemptAt: null, lastDeliveredAt: now },
          attemptRow,
        );
        continue;
      }
      const failingSince = sub.failingSince ?? now;
      const giveUp =
        attempt >= settings.webhookMaxAttempts || now.getTime() - failingSince.getTime() >= settings.webhookRetryHours * 3_600_000;
      if (giveUp) deliveries.inc({ outcome: 'paused' });
      const delay = Math.min(settings.webhookRetryBaseMs * 2 ** (attempt - 1), 3_600_000);
      await this.save(
        em,
        sub,
        {
          consecutiveFailures: attempt,
          failingSince,
          nextAttemptAt: new Date(now.getTime() + delay),
          ...(giveUp
            ? {
                status: WebhookStatus.PAUSED,
                pausedReason: `连续 ${attempt} 次推送失败，已暂停；修复后请恢复推送 (paused after ${attempt} failed attempts; last error: ${outcome.error}; resume it once fixed)`,
              }
            : {}),
        },
        attemptRow,
      );
      return;
    }
  }

  /** Saves delivery progress while this process still holds the lease; losing it stops the queue here. */
  private async save(
    em: SqlEntityManager,
    sub: WebhookSubscription,
    changes: Partial<WebhookSubscription>,
    attempt?: (tx: SqlEntityManager) => void,
  ): Promise<void> {
    Object.assign(sub, changes);
    const leaseUntil = new Date(clock.now().getTime() + LEASE_MS);
    await (em.fork() as SqlEntityManager).transactional(async (tx) => {
      const held = await tx.nativeUpdate(WebhookSubscription, { id: sub.id, leaseOwner: this.owner }, { ...changes, leaseUntil });
      if (held !== 1) throw new Error('webhook lease lost');
      if (attempt) {
        attempt(tx as SqlEntityManager);
        await tx.flush();
      }
    });
  }
}

/** Starts this process's dispatcher (main.ts; tests start their own). */
export function startWebhookDispatcher(orm: MikroORM): WebhookDispatcher {
  return new WebhookDispatcher(orm).start();
}
