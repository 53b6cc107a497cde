/*
 * An app's webhooks and trusted documents in the console (issue 20): the security administrator
 * opens 推送与查询 on a key, subscribes a receiver (the signing secret shown once), sees the
 * deliveries of a change made by county staff and sends one again, then registers the app's
 * operation and requires registered operations; the key then runs that operation and nothing else.
 */
jest.setTimeout(120_000);

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { openBrowser, Session, shot } from '../support/browser';
import { startConsole } from '../support/app';
import type { TestServer } from '../../support/server';
import { ok } from '../../support/server';
import { totpCode } from '../../identity/helpers';
import { startWebhookDispatcher } from '../../../server/src/modules/webhook/webhook.service';
import type { WebhookDispatcher } from '../../../server/src/modules/webhook/webhook.service';

let server: TestServer;
let base: string;
let s: Session;
let page: Page;
let dispatcher: WebhookDispatcher;
const received: { id: string; type: string }[] = [];
const receiver = http.createServer((req, res) => {
  let raw = '';
  req.on('data', (c) => (raw += c));
  req.on('end', () => {
    received.push({ id: String(req.headers['webhook-id']), type: (JSON.parse(raw) as { type: string }).type });
    res.end();
  });
});
let hookUrl: string;

beforeAll(async () => {
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  ({ server, base } = await startConsole({ WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32', WEBHOOK_POLL_MS: '100' }));
  dispatcher = startWebhookDispatcher(server.orm);
  s = await openBrowser();
  page = s.page;
  page.on('dialog', (d) => d.accept());
});

afterAll(async () => {
  await dispatcher?.stop();
  await s?.close();
  await server?.close();
  await new Promise((r) => receiver.close(r));
});

const OPERATION = 'query DashboardPosts { welfarePosts(first: 5) { totalCount nodes { id title } } }';

async function waitFor(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  // Generous: on CI this file shares two cores with another test file.
  const end = Date.now() + 60_000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`waited 60 s for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('推送与查询: webhooks and trusted documents of an API key, in the console', () => {
  let key: string;
  let prefix: string;

  test('given a key issued in the console, when a receiver is subscribed, then the signing secret is shown once and the subscription is delivering', async () => {
    await page.goto(`${base}/admin/`);
    await page.locator('input[name="username"]').fill('demo.security');
    await page.locator('input[name="password"]').fill('Demo#2025');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('totp-qr').waitFor();
    const totp = ((await page.getByTestId('totp-secret').inputValue()) ?? '').replace(/\s/g, '');
    await page.locator('input[name="code"]').fill(await totpCode(totp));
    await page.getByTestId('totp-submit').click();
    await page.getByTestId('dashboard').waitFor();

    await page.goto(`${base}/admin/#/apiKeys`);
    await page.getByTestId('apikey-issue').click();
    await page.getByTestId('apikey-name').fill('县级岗位看板');
    await page.getByTestId('apikey-scope-welfare').check();
    await page.getByTestId('apikey-region').fill('620422');
    await page.getByTestId('apikey-submit').click();
    await page.getByTestId('apikey-secret-dialog').waitFor();
    key = await page.getByTestId('apikey-secret').inputValue();
    prefix = key.slice(0, 10);
    await page.getByTestId('apikey-secret-close').click();

    await page.getByTestId(`apikey-integration-${prefix}`).click();
    const dialog = page.getByTestId('key-integration-dialog');
    await dialog.waitFor();
    // a private address is refused with the rule, in Chinese
    await page.getByTestId('webhook-url').fill('http://10.1.2.3/hooks');
    await dialog.getByLabel('WelfarePost.*').check();
    await page.getByTestId('webhook-subscribe').click();
    await expect(page.getByTestId('webhook-error').textContent()).resolves.toContain('内部网段');
    await page.getByTestId('webhook-url').fill(hookUrl);
    await page.getByTestId('webhook-subscribe').click();
    await page.getByTestId('apikey-secret-dialog').waitFor();
    expect(await page.getByTestId('apikey-secret').inputValue()).toMatch(/^whsec_/);
    await page.getByTestId('apikey-secret-close').click();
    await dialog.getByTestId('webhook-subscription').waitFor();
    expect(await dialog.getByTestId('webhook-status').textContent()).toBe('推送中');
    await shot(page, '62-webhook-subscribed');
  });

  test('when county staff change a post, then the delivery is in the log and can be sent again', async () => {
    const county = await server.login('demo.county');
    const [post] = ok(await server.gql('{ welfarePosts(first: 1) { nodes { id version } } }', {}, county)).welfarePosts.nodes;
    ok(
      await server.gql(
        'mutation($id: ID!, $v: Int!) { updateWelfarePost(id: $id, expectedVersion: $v, input: { duties: "负责村内道路保洁" }) { id } }',
        { id: post.id, v: post.version },
        county,
      ),
    );
    await waitFor(() => received.length === 1, 'the delivery');
    expect(received[0].type).toBe('WelfarePost.updated');
    await dispatcher.idle();
    // reopen: the dialog reads the log when it opens
    await page.getByRole('button', { name: '关闭' }).click();
    await page.getByTestId(`apikey-integration-${prefix}`).click();
    const log = page.getByTestId('webhook-deliveries');
    await log.waitFor();
    expect(await log.textContent()).toContain('WelfarePost.updated');
    expect(await log.textContent()).toContain('200');
    await page.getByTestId('webhook-redeliver').first().click();
    await waitFor(() => received.length === 2, 'the redelivery');
    expect(received[1].id).toBe(received[0].id);
    await shot(page, '63-webhook-deliveries');
  });

  test('when the app’s operation is registered and required, then the key runs it and is refused anything else', async () => {
    const documents = page.getByTestId('trusted-documents');
    await documents.locator('textarea').first().fill(OPERATION);
    await documents.getByRole('button', { name: '登记' }).click();
    await documents.getByText('DashboardPosts').waitFor();
    await documents.getByRole('switch').click();
    await waitFor(async () => {
      const [row] = await server
        .em()
        .getConnection()
        .execute<{ on: unknown }[]>('select trusted_documents_only as "on" from api_key where prefix = ?', [prefix]);
      return row?.on === true || row?.on === 1;
    }, 'the switch to be saved');
    expect((await server.gql(OPERATION, {}, key)).errors).toBeUndefined();
    expect((await server.gql('{ welfarePosts(first: 1) { nodes { duties } } }', {}, key)).errors?.[0]?.extensions?.rule).toBe(
      'TRUSTED_DOCUMENT_REQUIRED',
    );
    await shot(page, '64-trusted-documents');
  });

  test('then no request left this machine and no page error occurred', () => {
    expect(s.external).toEqual([]);
    expect(s.pageErrors.filter((e) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(e))).toEqual([]);
  });
});
