jest.setTimeout(180_000);

import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MikroORM } from '@mikro-orm/core';
import { startTestServer, ok, expectError } from '../support/server';
import type { TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';
import { registry } from '../../server/src/core/metrics';
import { ormOptions } from '../../server/src/mikro-orm.config';
import { WebhookDispatcher, startWebhookDispatcher } from '../../server/src/modules/webhook/webhook.service';
import { adminLogin, HUINING } from '../identity/helpers';

/*
 * Change events pushed to an app's webhook, as an integrator receives them (README "Integrating a
 * third-party app"): a receiver on loopback, a key issued by the security administrator, changes made
 * by county staff through the API. Every committed change arrives once, signed (Standard Webhooks),
 * in order per record; a rolled-back change sends nothing; a 500 is retried; a target that keeps
 * failing is paused and says why; internal addresses are refused unless allowed.
 */

interface Received {
  id: string;
  timestamp: string;
  signature: string;
  raw: string;
  body: {
    type: string;
    timestamp: string;
    data: {
      entity: string;
      id: string;
      version: number;
      action: string;
      transition: string | null;
      changedFields: string[];
      regionCode: string;
      actorKind: string;
    };
  };
}

class Receiver {
  readonly got: Received[] = [];
  /** Status codes to answer with next, one per request; 200 when empty. */
  readonly answers: number[] = [];
  failAlways = false;
  private server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      this.got.push({
        id: String(req.headers['webhook-id']),
        timestamp: String(req.headers['webhook-timestamp']),
        signature: String(req.headers['webhook-signature']),
        raw,
        body: JSON.parse(raw),
      });
      res.statusCode = this.failAlways ? 500 : (this.answers.shift() ?? 200);
      res.end();
    });
  });
  url = '';
  async start(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }
  close(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()));
  }
  /** Waits until `count` requests satisfy `pred` (or fails after 15 s). */
  async waitFor(pred: (r: Received) => boolean, count = 1): Promise<Received[]> {
    const until = Date.now() + 15_000;
    for (;;) {
      const hits = this.got.filter(pred);
      if (hits.length >= count) return hits;
      if (Date.now() > until)
        throw new Error(`waited 15 s for ${count} deliveries; got ${hits.length}: ${JSON.stringify(this.got.map((g) => g.body.type))}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

function verify(secret: string, r: Received): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${r.id}.${r.timestamp}.${r.raw}`).digest('base64');
  return r.signature === `v1,${expected}`;
}

const POST = `query { welfarePosts(first: 3, orderBy: [{ field: createdAt }]) { nodes { id version title duties } } }`;
const UPDATE_POST = `mutation($id: ID!, $v: Int!, $input: UpdateWelfarePostInput!) { updateWelfarePost(id: $id, expectedVersion: $v, input: $input) { id version } }`;
const SUBSCRIBE = `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { id status url eventTypes } } }`;

describe('webhooks: committed changes pushed to a third-party app', () => {
  let s: TestServer;
  let dispatcher: WebhookDispatcher;
  const receiver = new Receiver();
  let security: string;
  let county: string;
  let key: string;
  let keyId: string;
  let secret: string;
  let subscriptionId: string;

  beforeAll(async () => {
    await receiver.start();
    s = await startTestServer({
      WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32',
      WEBHOOK_RETRY_BASE_MS: '100',
      WEBHOOK_MAX_ATTEMPTS: '3',
      WEBHOOK_POLL_MS: '100',
    });
    dispatcher = startWebhookDispatcher(s.orm);
    ({ token: security } = await adminLogin(s, 'demo.security', 'Demo#2025'));
    county = await s.login('demo.county');
    const expiresAt = new Date(clock.now().getTime() + 30 * 24 * 3600_000).toISOString();
    const issued = ok(
      await s.gql(
        `mutation($input: CreateApiKeyInput!) { issueApiKey(input: $input) { key apiKey { id } } }`,
        { input: { name: '县级数据平台', scopes: ['welfare'], regionCode: HUINING, expiresAt } },
        security,
      ),
    ).issueApiKey;
    key = issued.key;
    keyId = issued.apiKey.id;
  });
  afterAll(async () => {
    await dispatcher?.stop();
    await s?.close();
    await receiver.close();
  });

  test('a subscription is refused, naming the field, for an internal address, an unknown type or one outside the key’s scopes', async () => {
    const bad = async (input: object, field: string) => {
      const e = expectError(
        await s.gql(SUBSCRIBE, { input: { apiKeyId: keyId, url: receiver.url, eventTypes: ['WelfarePost.*'], ...input } }, security),
        'BAD_USER_INPUT',
      );
      expect(JSON.stringify(e.extensions)).toContain(field);
      expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    };
    await bad({ url: 'http://10.20.30.40/hook' }, 'url');
    await bad({ url: 'ftp://example.org/hook' }, 'url');
    await bad({ eventTypes: ['WelfarePost.exploded'] }, 'eventTypes.0');
    await bad({ eventTypes: ['Pairing.*'] }, 'eventTypes.0');
    await bad({ regionCode: '620421' }, 'regionCode');
    // a county officer may not manage webhooks
    expectError(
      await s.gql(SUBSCRIBE, { input: { apiKeyId: keyId, url: receiver.url, eventTypes: ['WelfarePost.*'] } }, county),
      'FORBIDDEN',
    );
  });

  test('the security administrator subscribes the key; the secret is shown once and the app sees its own subscription', async () => {
    const created = ok(
      await s.gql(
        SUBSCRIBE,
        { input: { apiKeyId: keyId, url: receiver.url, eventTypes: ['WelfarePost.*', 'JobPlacement.transitioned'] } },
        security,
      ),
    ).createWebhookSubscription;
    expect(created.secret).toMatch(/^whsec_/);
    expect(created.subscription.status).toBe('ACTIVE');
    secret = created.secret;
    subscriptionId = created.subscription.id;
    const own = ok(await s.gql('{ webhookSubscriptions { id url eventTypes status } }', {}, key)).webhookSubscriptions;
    expect(own.map((x: { id: string }) => x.id)).toEqual([subscriptionId]);
    expect(JSON.stringify(own)).not.toContain('whsec_');
  });

  test('each committed change arrives once, signed, in order, with names and versions but no values; a refused change sends nothing', async () => {
    const post = ok(await s.gql(POST, {}, county)).welfarePosts.nodes[0];
    // refused: nothing is committed, so nothing may be sent
    expectError(await s.gql(UPDATE_POST, { id: post.id, v: post.version, input: { headcount: -3 } }, county), 'BAD_USER_INPUT');
    const first = ok(
      await s.gql(UPDATE_POST, { id: post.id, v: post.version, input: { duties: '负责村道日常保洁与巡查' } }, county),
    ).updateWelfarePost;
    const second = ok(
      await s.gql(UPDATE_POST, { id: post.id, v: first.version, input: { duties: '负责村道日常保洁、巡查与垃圾清运' } }, county),
    ).updateWelfarePost;
    const got = await receiver.waitFor((r) => r.body.data.id === post.id, 2);
    await new Promise((r) => setTimeout(r, 500));
    const forPost = receiver.got.filter((r) => r.body.data.id === post.id);
    expect(forPost).toHaveLength(2);
    expect(got.map((r) => r.body.data.version)).toEqual([first.version, second.version]);
    for (const r of got) {
      expect(verify(secret, r)).toBe(true);
      expect(verify('whsec_' + Buffer.from('wrong').toString('base64'), r)).toBe(false);
      expect(r.body.type).toBe('WelfarePost.updated');
      expect(r.body.data).toMatchObject({ entity: 'WelfarePost', action: 'update', actorKind: 'user', changedFields: ['duties'] });
      expect(r.body.data.regionCode.startsWith(HUINING)).toBe(true);
      expect(r.raw).not.toContain('保洁');
    }
    expect(new Set(got.map((r) => r.id)).size).toBe(2);
  });

  test('a workflow transition arrives with its action; a type the subscription does not name does not', async () => {
    const list = ok(await s.gql('{ jobPlacements(first: 200) { nodes { id version availableActions { action } } } }', {}, county))
      .jobPlacements.nodes;
    const p = list.find((n: { availableActions: { action: string }[] }) => n.availableActions.some((a) => a.action === 'COUNTY_APPROVE'));
    expect(p).toBeDefined();
    const before = receiver.got.length;
    ok(
      await s.gql(
        'mutation($id: ID!, $v: Int!) { transitionJobPlacement(id: $id, action: COUNTY_APPROVE, expectedVersion: $v, comment: "经审核，同意。") { id version } }',
        { id: p.id, v: p.version },
        county,
      ),
    );
    const [r] = await receiver.waitFor((x) => x.body.data.id === p.id);
    expect(r.body.type).toBe('JobPlacement.transitioned');
    expect(r.body.data.transition).toBe('COUNTY_APPROVE');
    expect(r.body.data.version).toBe(p.version + 1);
    expect(verify(secret, r)).toBe(true);
    // JobPlacement.updated is not subscribed: nothing else about the placement came
    expect(receiver.got.slice(before).filter((x) => x.body.data.id === p.id)).toHaveLength(1);
  });

  test('a 500 is retried with the same webhook-id until it succeeds; the attempts are visible to the app', async () => {
    const post = ok(await s.gql(POST, {}, county)).welfarePosts.nodes[1];
    receiver.answers.push(500);
    ok(await s.gql(UPDATE_POST, { id: post.id, v: post.version, input: { duties: '负责公共设施看护' } }, county));
    const tries = await receiver.waitFor((r) => r.body.data.id === post.id, 2);
    expect(tries[0].id).toBe(tries[1].id);
    await dispatcher.idle();
    const deliveries = ok(
      await s.gql(
        'query($id: ID!) { webhookDeliveries(subscriptionId: $id, first: 5) { eventId attempt succeeded statusCode error latencyMs } }',
        { id: subscriptionId },
        key,
      ),
    ).webhookDeliveries;
    const forEvent = deliveries.filter((d: { eventId: string }) => d.eventId === tries[0].id);
    expect(forEvent.map((d: { succeeded: boolean; statusCode: number }) => [d.succeeded, d.statusCode])).toEqual([
      [true, 200],
      [false, 500],
    ]);
    expect(forEvent[1].error).toContain('500');
  });

  test('a target that keeps failing is paused with the reason, and resumes with the event it missed', async () => {
    const post = ok(await s.gql(POST, {}, county)).welfarePosts.nodes[2];
    receiver.failAlways = true;
    ok(await s.gql(UPDATE_POST, { id: post.id, v: post.version, input: { duties: '负责河道巡查' } }, county));
    await receiver.waitFor((r) => r.body.data.id === post.id, 3);
    const until = Date.now() + 10_000;
    let sub;
    do {
      await new Promise((r) => setTimeout(r, 100));
      sub = ok(await s.gql('{ webhookSubscriptions { id status pausedReason consecutiveFailures } }', {}, key)).webhookSubscriptions[0];
    } while (sub.status !== 'PAUSED' && Date.now() < until);
    expect(sub.status).toBe('PAUSED');
    expect(sub.pausedReason).toMatch(/3/);
    expect(sub.pausedReason).toContain('HTTP 500');
    receiver.failAlways = false;
    const seen = receiver.got.length;
    ok(await s.gql('mutation($id: ID!) { resumeWebhookSubscription(id: $id) { status } }', { id: subscriptionId }, key));
    const [r] = await receiver.waitFor((x) => x.body.data.id === post.id && receiver.got.indexOf(x) >= seen);
    expect(verify(secret, r)).toBe(true);
  });

  test('redeliver sends an event again, logged as a redelivery', async () => {
    const [last] = ok(
      await s.gql('query($id: ID!) { webhookDeliveries(subscriptionId: $id, first: 1) { id eventId } }', { id: subscriptionId }, security),
    ).webhookDeliveries;
    const seen = receiver.got.length;
    const again = ok(
      await s.gql('mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { succeeded redelivery eventId } }', { id: last.id }, security),
    ).redeliverWebhook;
    expect(again).toEqual({ succeeded: true, redelivery: true, eventId: last.eventId });
    expect(receiver.got.slice(seen).map((r) => r.id)).toEqual([last.eventId]);
  });

  test('another key sees neither the subscription nor its deliveries', async () => {
    const expiresAt = new Date(clock.now().getTime() + 30 * 24 * 3600_000).toISOString();
    const other = ok(
      await s.gql(
        `mutation($input: CreateApiKeyInput!) { issueApiKey(input: $input) { key } }`,
        { input: { name: '另一个应用', scopes: ['welfare'], regionCode: HUINING, expiresAt } },
        security,
      ),
    ).issueApiKey.key;
    expect(ok(await s.gql('{ webhookSubscriptions { id } }', {}, other)).webhookSubscriptions).toEqual([]);
    expectError(
      await s.gql('query($id: ID!) { webhookDeliveries(subscriptionId: $id) { id } }', { id: subscriptionId }, other),
      'NOT_FOUND',
    );
    expectError(await s.gql('mutation($id: ID!) { pauseWebhookSubscription(id: $id) { id } }', { id: subscriptionId }, other), 'NOT_FOUND');
  });

  test('an idle dispatcher passes once per poll: commits that write no change events do not wake it', async () => {
    const passes = async () => (await registry.getSingleMetric('webhook_dispatcher_passes_total')!.get()).values[0].value;
    await dispatcher.idle();
    const before = await passes();
    const start = Date.now();
    // Logins, sessions and the dispatcher's own progress are commits without change events.
    for (let i = 0; i < 5; i++) await s.login('demo.county');
    await new Promise((r) => setTimeout(r, 1000));
    const made = (await passes()) - before;
    // One pass per 100 ms poll, a few more for timer slack. Waking on its own commits, it made over a thousand.
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThanOrEqual((Date.now() - start) / 100 + 5);
  });

  test('two processes delivering from one PostgreSQL database send each event once', async () => {
    if (s.kind !== 'postgresql') {
      console.log('skipped on SQLite: one process per database file; the shared-delivery case needs PostgreSQL');
      return;
    }
    const orm2 = await MikroORM.init(ormOptions(s.databaseUrl));
    const second = new WebhookDispatcher(orm2).start();
    try {
      const posts = ok(
        await s.gql(
          `query { welfarePosts(first: 8, orderBy: [{ field: updatedAt, direction: DESC }]) { nodes { id version } } }`,
          {},
          county,
        ),
      ).welfarePosts.nodes;
      const seen = receiver.got.length;
      await Promise.all(
        posts.map((p: { id: string; version: number }, i: number) =>
          s.gql(UPDATE_POST, { id: p.id, v: p.version, input: { monthlyHours: 40 + i } }, county).then(ok),
        ),
      );
      const ids = new Set(posts.map((p: { id: string }) => p.id));
      await receiver.waitFor((r) => ids.has(r.body.data.id) && receiver.got.indexOf(r) >= seen, posts.length);
      await new Promise((r) => setTimeout(r, 1000));
      await Promise.all([dispatcher.idle(), second.idle()]);
      const fresh = receiver.got.slice(seen).filter((r) => ids.has(r.body.data.id));
      expect(fresh).toHaveLength(posts.length);
      expect(new Set(fresh.map((r) => r.id)).size).toBe(posts.length);
    } finally {
      await second.stop();
      await orm2.close();
    }
  });
});
