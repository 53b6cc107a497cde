/*
 * Onboarding a third-party app in the console (issue 20): the security administrator signs in
 * (enrolling the second factor on the first sign-in), opens 接口密钥, issues a key (shown once,
 * with a copy button), and the key works through the API; rotating it kills the old secret, and
 * revoking it kills the key.
 */
import type { Page } from 'playwright-core';
import { openBrowser, Session, shot } from '../support/browser';
import { startConsole } from '../support/app';
import type { TestServer } from '../../support/server';
import { totpCode } from '../../identity/helpers';

let server: TestServer;
let base: string;
let s: Session;
let page: Page;

beforeAll(async () => {
  ({ server, base } = await startConsole());
  s = await openBrowser();
  page = s.page;
  // Rotating and revoking ask for confirmation.
  page.on('dialog', (d) => d.accept());
});

afterAll(async () => {
  await s?.close();
  await server?.close();
});

const READ = `{ organizations(first: 1) { totalCount } }`;

async function signIn() {
  await page.goto(`${base}/admin/`);
  await page.locator('input[name="username"]').fill('demo.security');
  await page.locator('input[name="password"]').fill('Demo#2025');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('totp-qr').waitFor();
  const secret = ((await page.getByTestId('totp-secret').inputValue()) ?? '').replace(/\s/g, '');
  await page.locator('input[name="code"]').fill(await totpCode(secret));
  await page.getByTestId('totp-submit').click();
  await page.getByTestId('dashboard').waitFor();
}

async function shownSecret(): Promise<string> {
  await page.getByTestId('apikey-secret-dialog').waitFor();
  const secret = await page.getByTestId('apikey-secret').inputValue();
  await page.getByTestId('apikey-copy').click();
  await page.getByTestId('apikey-copy').filter({ hasText: '已复制' }).waitFor();
  await page.getByTestId('apikey-secret-close').click();
  await page.getByTestId('apikey-secret-dialog').waitFor({ state: 'detached' });
  return secret;
}

describe('接口密钥: the security administrator onboards an app in the console', () => {
  let first: string;
  let prefix: string;

  test('given demo.security signs in, then the menu offers 接口密钥 and a key issued there works through the API', async () => {
    await signIn();
    const menu = page.getByTestId('app-menu');
    await menu.locator('a[href="#/apiKeys"]').waitFor();
    expect(await menu.textContent()).toContain('接口密钥');
    await menu.locator('a[href="#/apiKeys"]').click();
    await page.getByTestId('apikey-issue').click();
    await page.getByTestId('apikey-name').fill('省级数据看板');
    await page.getByTestId('apikey-scope-organization').check();
    await page.getByTestId('apikey-region').fill('620422');
    await shot(page, '60-apikey-issue');
    await page.getByTestId('apikey-submit').click();
    first = await shownSecret();
    expect(first).toMatch(/^rk_/);
    prefix = first.slice(0, 10);
    const row = page.getByTestId(`apikey-row-${prefix}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('省级数据看板');
    expect(await row.textContent()).toContain('会宁县');
    // The secret itself is never on the page again.
    expect(await page.textContent('body')).not.toContain(first);
    expect((await server.gql(READ, {}, first)).errors).toBeUndefined();
    await shot(page, '61-apikey-list');
  });

  test('when the key is rotated, then the new secret is shown once and works, and the old one is refused', async () => {
    await page.getByTestId(`apikey-rotate-${prefix}`).click();
    const second = await shownSecret();
    expect(second).not.toBe(first);
    expect((await server.gql(READ, {}, first)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await server.gql(READ, {}, second)).errors).toBeUndefined();
    prefix = second.slice(0, 10);
    first = second;
  });

  test('when the key is revoked, then it is refused and shown as 已吊销', async () => {
    const row = page.getByTestId(`apikey-row-${prefix}`);
    await page.getByTestId(`apikey-revoke-${prefix}`).click();
    await row.getByText('已吊销').waitFor();
    expect((await server.gql(READ, {}, first)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('then no request left this machine and no page error occurred', () => {
    expect(s.external).toEqual([]);
    expect(s.pageErrors.filter((e) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(e))).toEqual([]);
  });
});
