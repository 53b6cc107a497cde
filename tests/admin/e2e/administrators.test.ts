/*
 * An administrator's first sign-in to the console (等保 2.0: 双因素认证): demo.auditor has no second
 * factor yet, so the console shows the enrolment page instead of opening; scanning the QR code
 * (here: reading the key from the page) and typing the code opens the console with the audit log,
 * and from then on signing in needs a code.
 */
import type { Page } from 'playwright-core';
import { openBrowser, Session, shot } from '../support/browser';
import { startConsole } from '../support/app';
import type { TestServer } from '../../support/server';
import { totpCode } from '../../identity/helpers';
import { clock } from '../../../server/src/core/clock';

let server: TestServer;
let base: string;
let s: Session;
let page: Page;

beforeAll(async () => {
  ({ server, base } = await startConsole());
  s = await openBrowser();
  page = s.page;
});

afterAll(async () => {
  await s?.close();
  await server?.close();
});

async function signInForm(username: string, password: string, code?: string) {
  await page.goto(`${base}/admin/`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  if (code) await page.locator('input[name="totp"]').fill(code);
  await page.getByTestId('login-submit').click();
}

describe('the audit administrator’s first sign-in', () => {
  let secret: string;

  test('given no second factor yet, when demo.auditor signs in, then the enrolment page shows a QR code and a key, and a wrong code is refused', async () => {
    await signInForm('demo.auditor', 'Demo#2025');
    await page.getByTestId('totp-qr').waitFor();
    expect(await page.textContent('body')).toContain('绑定动态口令');
    const src = await page.getByTestId('totp-qr').getAttribute('src');
    expect(src).toMatch(/^data:image\/png;base64,/);
    secret = ((await page.getByTestId('totp-secret').inputValue()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await shot(page, '20-totp-enrolment');

    const right = await totpCode(secret);
    const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, '0');
    await page.locator('input[name="code"]').fill(wrong);
    await page.getByTestId('totp-submit').click();
    await page.getByTestId('totp-error').waitFor();
    expect(await page.getByTestId('totp-error').textContent()).toContain('动态口令错误');
    // Until enrolment is confirmed, the session can do nothing else.
    expect(
      await page.evaluate(async () =>
        (
          await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ auditLogs(first: 1) { totalCount } }' }),
          })
        ).json(),
      ),
    ).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
  });

  test('when the right code is typed, then the console opens with the audit log, and the next sign-in needs a code', async () => {
    await page.locator('input[name="code"]').fill(await totpCode(secret));
    await page.getByTestId('totp-submit').click();
    await page.getByTestId('dashboard').waitFor();
    // 三员分立: the audit administrator's menu offers the audit log and none of the business lists
    const menu = page.getByTestId('app-menu');
    await menu.locator('a[href="#/auditLogs"]').waitFor();
    expect(await menu.textContent()).toContain('审计日志');
    expect(await menu.textContent()).not.toContain('公益性岗位');
    for (const resource of ['welfarePosts', 'jobPlacements', 'keyCounties', 'persons', 'users']) {
      expect(await menu.locator(`a[href="#/${resource}"]`).count()).toBe(0);
    }
    // each list still offered is one the server serves this session
    const offered = (await menu.locator('a[href^="#/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(2)))).filter(
      (r) => r && !['pending', 'graphiql'].includes(r),
    );
    expect(offered).toContain('auditLogs');
    for (const resource of offered) {
      const answer = await page.evaluate(
        async (q) =>
          (
            await fetch('/graphql', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: `{ ${q}(first: 1) { totalCount } }` }),
            })
          ).json(),
        resource,
      );
      expect({ resource, errors: answer.errors }).toEqual({ resource, errors: undefined });
    }
    // nor a dashboard of refusals: charts and counts the server refuses are left out
    await page.waitForFunction(() => !document.querySelector('[data-testid="dashboard"] .MuiCircularProgress-root'));
    expect(await page.getByTestId('dashboard').textContent()).not.toContain('缺少权限');
    await shot(page, '21a-auditor-menu');
    await page.goto(`${base}/admin/#/auditLogs`);
    await page.locator('table tbody tr').first().waitFor();
    await shot(page, '21-auditor-audit-log');
    expect(await page.textContent('body')).toContain('totp_enrolled');

    // Sign out, then in again: without a code refused, with the next code accepted.
    await page.evaluate(async () => {
      await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { logout }' }),
      });
    });
    await signInForm('demo.auditor', 'Demo#2025');
    await page.getByTestId('login-error').waitFor();
    clock.advance(31_000); // a code is accepted once: wait for the next time step
    await signInForm('demo.auditor', 'Demo#2025', await totpCode(secret));
    await page.getByTestId('dashboard').waitFor();
  });

  test('then no request left this machine and no page error occurred', () => {
    expect(s.external).toEqual([]);
    expect(s.pageErrors.filter((e) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(e))).toEqual([]);
  });
});
