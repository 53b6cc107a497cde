import type { DomainModule } from '../types';
import { webhookGrants } from './webhook.access';
import { WebhookDelivery, WebhookSubscription } from './webhook.entity';
import { WebhookResolver } from './webhook.resolver';

/*
 * Change events pushed to third-party apps. The events themselves are written by the transactional
 * outbox in core/outbox.ts; this domain holds the subscriptions (each owned by an API key), their
 * delivery log and the dispatcher. Security administrators manage every key's webhooks; an app
 * manages its own with its key.
 */
export const webhookModule: DomainModule = {
  name: 'webhook',
  entities: [WebhookSubscription, WebhookDelivery],
  resolvers: [WebhookResolver],
  grants: webhookGrants,
};
