import { DateTimeType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { clock } from '../../core/clock';
import { newId, Record } from '../../core/entity';
import { ApiKey } from '../identity/identity.entity';
import { Region } from '../region/region.entity';

export enum WebhookStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
}
registerEnumType(WebhookStatus, {
  name: 'WebhookStatus',
  description: '推送状态 (webhook subscription status)',
  valuesConfig: {
    ACTIVE: { description: '推送中 (delivering)' },
    PAUSED: { description: '已暂停 (paused by its owner, or by the system after failing too long; `pausedReason` says why)' },
  },
});

/**
 * A webhook: an API key's standing request to be told of committed changes. Deliveries run in
 * order (`lastSeq` is the last change event delivered), each signed with the subscription's
 * secret, which is stored encrypted because signing needs it back.
 */
@ObjectType({
  description:
    '事件推送订阅 Webhook subscription of an API key: where committed changes are POSTed, which ones, and how delivery is going.',
})
@Entity({ tableName: 'webhook_subscription' })
export class WebhookSubscription extends Record<'status' | 'eventTypes' | 'lastSeq' | 'consecutiveFailures'> {
  @Field(() => ID, { description: '所属接口密钥 (the API key that owns it; events follow its scopes and jurisdiction)' })
  @ManyToOne(() => ApiKey, { mapToPk: true, index: true, fieldName: 'api_key_id' })
  apiKeyId: string;

  @Field(() => String, { description: '推送地址 (target URL, http or https)' })
  @Property({ type: 'string', length: 500 })
  url: string;

  @Field(() => [String], { description: '事件类型 (event types, e.g. JobPlacement.transitioned; JobPlacement.* for all of one type)' })
  @Property({ type: 'json' })
  eventTypes: string[] = [];

  @Field(() => String, { nullable: true, description: '区划筛选 (only records in this region; within the key’s jurisdiction)' })
  @ManyToOne(() => Region, { mapToPk: true, nullable: true, fieldName: 'region_code' })
  regionCode?: string | null;

  @Property({ type: 'text', hidden: true })
  secretEncrypted: string;

  @Field(() => WebhookStatus, { description: '状态 (status)' })
  @Enum({ items: () => WebhookStatus, default: WebhookStatus.ACTIVE })
  status: WebhookStatus = WebhookStatus.ACTIVE;

  @Field(() => String, { nullable: true, description: '暂停原因 (why it is paused)' })
  @Property({ type: 'text', nullable: true })
  pausedReason?: string | null;

  /** Sequence number of the last change event delivered or skipped; the next delivery starts after it. */
  @Property({ type: 'bigint' })
  lastSeq: string = '0';

  @Field(() => Int, { description: '连续失败次数 (failed attempts in a row for the event at the head of the queue)' })
  @Property({ type: 'integer', default: 0 })
  consecutiveFailures: number = 0;

  @Field(() => Date, { nullable: true, description: '失败开始时间 (when the current run of failures began)' })
  @Property({ type: DateTimeType, nullable: true })
  failingSince?: Date | null;

  @Field(() => Date, { nullable: true, description: '下次尝试时间 (next attempt after a failure)' })
  @Property({ type: DateTimeType, nullable: true })
  nextAttemptAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '最近成功推送 (last successful delivery)' })
  @Property({ type: DateTimeType, nullable: true })
  lastDeliveredAt?: Date | null;

  /** The process delivering for this subscription now, until `leaseUntil`: one process at a time. */
  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  leaseOwner?: string | null;

  @Property({ type: DateTimeType, nullable: true, hidden: true })
  leaseUntil?: Date | null;
}

/** One delivery attempt, successful or not: what an owner reads to see why a webhook fails. */
@ObjectType({ description: '推送记录 One webhook delivery attempt: event, HTTP status, latency, error.' })
@Entity({ tableName: 'webhook_delivery' })
@Index({ properties: ['subscriptionId', 'at'] })
export class WebhookDelivery {
  @Field(() => ID, { description: 'Attempt id (time-ordered).' })
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = newId();

  @Field(() => ID, { description: '订阅 (subscription)' })
  @ManyToOne(() => WebhookSubscription, { mapToPk: true, fieldName: 'subscription_id' })
  subscriptionId: string;

  @Field(() => ID, { description: '事件 id (the `webhook-id` header; the same on every retry of one event)' })
  @Property({ type: 'string', length: 36, index: true })
  eventId: string;

  @Field(() => String, { description: '事件类型 (event type)' })
  @Property({ type: 'string', length: 100 })
  eventType: string;

  @Field(() => Date, { description: '时间 (when)' })
  @Property({ type: DateTimeType })
  at: Date = clock.now();

  @Field(() => Int, { description: '第几次尝试 (attempt number for this event)' })
  @Property({ type: 'integer' })
  attempt: number;

  @Field(() => Boolean, { description: '成功 (the target answered 2xx)' })
  @Property({ type: 'boolean' })
  succeeded: boolean;

  @Field(() => Int, { nullable: true, description: 'HTTP 状态码 (status code; null when no answer came)' })
  @Property({ type: 'integer', nullable: true })
  statusCode?: number | null;

  @Field(() => Int, { description: '耗时毫秒 (latency in milliseconds)' })
  @Property({ type: 'integer' })
  latencyMs: number;

  @Field(() => String, { nullable: true, description: '错误 (error, e.g. timeout, refused address, redirect)' })
  @Property({ type: 'text', nullable: true })
  error?: string | null;

  @Field(() => Boolean, { description: '手动重推 (sent by a redeliver request)' })
  @Property({ type: 'boolean', default: false })
  redelivery: boolean = false;
}
