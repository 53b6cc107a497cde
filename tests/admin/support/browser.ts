import fs from 'node:fs';
import path from 'node:path';
import { chromium, Browser, BrowserContext, Page, Request } from 'playwright-core';

/*
 * Debian's chromium driven by playwright-core (never a downloaded browser). Every request the page
 * makes is recorded; any to a host other than this machine is aborted and reported, so a test can
 * assert the console never leaves the machine.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = path.resolve(__dirname, '../../../test-output/admin');
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** URLs the page tried to fetch from any other host. */
  external: string[];
  /** Console errors and uncaught page errors. */
  pageErrors: string[];
  close(): Promise<void>;
}

export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  return LOCAL_HOSTS.has(new URL(url).hostname);
}

export async function openBrowser(): Promise<Session> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM} (apt-get install -y chromium fonts-noto-cjk)`);
  const userDataDir = fs.mkdtempSync('/tmp/ra-chromium-');
  const browser = await chromium
    .launch({ executablePath: CHROMIUM, headless: true, args: [...FLAGS, `--user-data-dir=${userDataDir}`] })
    .catch(async () =>
      // playwright-core refuses --user-data-dir in args on some versions; plain launch works the same
      chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS }),
    );
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    acceptDownloads: true,
    timezoneId: 'Asia/Shanghai',
  });
  const external: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    external.push(url);
    return route.abort();
  });
  context.on('request', (r: Request) => {
    if (!isLocal(r.url()) && !external.includes(r.url())) external.push(r.url());
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  page.setDefaultTimeout(20_000);
  return {
    browser,
    context,
    page,
    external,
    pageErrors,
    async close() {
      await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Signs in through the console's own login page. */
export async function signIn(page: Page, base: string, username = 'demo.county', password = 'Demo#2025') {
  await page.goto(`${base}/admin/`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('dashboard').waitFor();
}
