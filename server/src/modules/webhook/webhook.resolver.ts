import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context';
import { knownEventTypes } from '../../core/outbox';
import { WebhookDelivery, WebhookStatus, WebhookSubscription } from './webhook.entity';
import { CreateWebhookSubscriptionInput } from './webhook.inputs';
import {
  createSubscription,
  deleteSubscription,
  listDeliveries,
  listSubscriptions,
  redeliver,
  setSubscriptionStatus,
} from './webhook.service';

@ObjectType({ description: '新建的推送订阅 A new webhook subscription: `secret` is shown this once and never again.' })
class CreatedWebhookSubscription {
  @Field(() => String, {
    description: '签名密钥 (whsec_…; verify each delivery’s webhook-signature with it; store it now, it cannot be shown again)',
  })
  secret: string;
  @Field(() => WebhookSubscription, { description: '订阅 (the subscription)' }) subscription: WebhookSubscription;
}

/*
 * Security administrators (webhook.read / webhook.manage) manage every key's webhooks; an app
 * manages its own with its key. The service checks which applies, so the fields ask only for a
 * signed-in caller.
 */
@Resolver(() => WebhookSubscription)
export class WebhookResolver {
  @Authorized()
  @Query(() => [WebhookSubscription], {
    description: '事件推送订阅 Webhook subscriptions: all (security administrators, optionally of one key) or the calling key’s own.',
  })
  webhookSubscriptions(
    @Arg('apiKeyId', () => ID, { nullable: true, description: 'Only this key’s.' }) apiKeyId: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return listSubscriptions(ctx, apiKeyId);
  }

  @Authorized()
  @Query(() => [WebhookDelivery], { description: '推送记录 Delivery attempts of a subscription, newest first.' })
  webhookDeliveries(
    @Arg('subscriptionId', () => ID, { description: 'Subscription id.' }) subscriptionId: string,
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many, 1–500.' }) first: number,
    @Arg('failedOnly', () => Boolean, { defaultValue: false, description: 'Only failed attempts.' }) failedOnly: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return listDeliveries(ctx, subscriptionId, first, failedOnly);
  }

  @Authorized()
  @Query(() => [String], {
    description:
      '可订阅的事件类型 Event types a webhook may name (`<Type>.created|updated|archived|restored|transitioned`; `<Type>.*` for all of one type).',
  })
  webhookEventTypes(): string[] {
    return knownEventTypes();
  }

  @Authorized()
  @Mutation(() => CreatedWebhookSubscription, {
    description: '新建事件推送订阅 Subscribe a URL to committed changes; returns the signing secret once.',
  })
  createWebhookSubscription(
    @Arg('input', () => CreateWebhookSubscriptionInput, { description: 'Target, event types, region.' })
    input: CreateWebhookSubscriptionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return createSubscription(ctx, input);
  }

  @Authorized()
  @Mutation(() => WebhookSubscription, {
    description: '暂停推送 Pause a webhook; events keep queueing and are delivered after it resumes.',
  })
  pauseWebhookSubscription(@Arg('id', () => ID, { description: 'Subscription id.' }) id: string, @Ctx() ctx: RequestContext) {
    return setSubscriptionStatus(ctx, id, WebhookStatus.PAUSED);
  }

  @Authorized()
  @Mutation(() => WebhookSubscription, {
    description: '恢复推送 Resume a paused webhook: the event that failed is tried again at once, then the rest in order.',
  })
  resumeWebhookSubscription(@Arg('id', () => ID, { description: 'Subscription id.' }) id: string, @Ctx() ctx: RequestContext) {
    return setSubscriptionStatus(ctx, id, WebhookStatus.ACTIVE);
  }

  @Authorized()
  @Mutation(() => WebhookSubscription, { description: '删除推送订阅 Delete a webhook; nothing more is delivered to it.' })
  deleteWebhookSubscription(@Arg('id', () => ID, { description: 'Subscription id.' }) id: string, @Ctx() ctx: RequestContext) {
    return deleteSubscription(ctx, id);
  }

  @Authorized()
  @Mutation(() => WebhookDelivery, {
    description: '重新推送 Send a delivery’s event again now (the redeliver button); the attempt is logged.',
  })
  redeliverWebhook(
    @Arg('deliveryId', () => ID, { description: 'A delivery attempt of the event to send again.' }) deliveryId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return redeliver(ctx, deliveryId);
  }

  @FieldResolver(() => [WebhookDelivery], { description: '最近推送记录 (the latest delivery attempts)' })
  recentDeliveries(
    @Root() sub: WebhookSubscription,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many, 1–500.' }) first: number,
    @Ctx() ctx: RequestContext,
  ) {
    return listDeliveries(ctx, sub.id, first, false);
  }
}
