/*
 * 防止返贫监测 in the console, as each level's staff work it: the village operator opens a clue on
 * a household and takes the check and the consent with the workflow buttons, the township officer
 * compares the departments' data, the village holds the review and starts the publicity (the
 * printed notice shows no ID number or cause), the township reviews after the period, the county
 * identifies; the case page then shows the plan and every step, and the county finds its overdue
 * cases on one filtered page.
 */
jest.setTimeout(240_000);

import type { Page } from 'playwright-core';
import { openBrowser, shot, signIn } from '../support/browser';
import type { Session } from '../support/browser';
import { startConsole } from '../support/app';
import type { TestServer } from '../../support/server';
import { ok } from '../../support/server';
import { clock } from '../../../server/src/core/clock';
import { createPerson } from '../../welfare/helpers';

const VILLAGE = '620422100001';
let server: TestServer;
let base: string;

beforeAll(async () => {
  ({ server, base } = await startConsole({ SESSION_IDLE_MINUTES: '10000000' }));
});
afterAll(async () => {
  clock.reset();
  await server?.close();
});

/** One account's browser for the steps it takes; closed after. */
async function as<T>(username: string, work: (page: Page, session: Session) => Promise<T>): Promise<T> {
  const session = await openBrowser();
  try {
    await signIn(session.page, base, username);
    const result = await work(session.page, session);
    expect(session.external).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    return result;
  } finally {
    await session.close();
  }
}

/** Clicks the step's button on the case page, fills its payload, submits and waits for the new status. */
async function take(page: Page, action: string, payload: Record<string, string> = {}): Promise<void> {
  const button = page.getByTestId('workflow-actions').locator(`button[data-action="${action}"]`);
  await button.waitFor();
  const before = await page.getByTestId('workflow-status').textContent();
  await button.click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  for (const [name, value] of Object.entries(payload))
    await dialog.locator(`input[data-payload="${name}"], textarea[data-payload="${name}"]`).fill(value);
  await page.getByTestId('workflow-comment').fill('经核实，情况属实。');
  await page.getByTestId('workflow-submit').click();
  await dialog.waitFor({ state: 'hidden' });
  await page.waitForFunction((b) => document.querySelector('[data-testid="workflow-status"]')?.textContent !== b, before);
}

describe('防止返贫监测: a clue taken to an identified household in the console, level by level', () => {
  let caseId: string;

  test('the village opens a clue and takes the check and the consent with the buttons', async () => {
    const villageToken = await server.login('demo.village');
    const head = await createPerson(server, villageToken, { villageCode: VILLAGE, householdCategory: 'ORDINARY' });
    const household = ok(
      await server.gql<any>(
        'mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id } }',
        { i: { headPersonId: head, category: 'ORDINARY', size: 3, labourers: 1 } },
        villageToken,
      ),
    ).createHousehold;
    caseId = ok(
      await server.gql<any>(
        'mutation($i: CreateMonitoringCaseInput!) { createMonitoringCase(input: $i) { id } }',
        {
          i: {
            householdId: household.id,
            type: 'SUDDEN_HARDSHIP',
            riskCauses: ['DISASTER'],
            discoveredBy: 'SELF_DECLARED',
            clueDate: clock.today(),
            description: '冰雹致果园绝收',
          },
        },
        villageToken,
      ),
    ).createMonitoringCase.id;
    await as('demo.village', async (page) => {
      await page.goto(`${base}/admin/#/monitoringCases/${caseId}/show`);
      await page.getByTestId('workflow-actions').waitFor();
      await expect(page.getByTestId('workflow-status').textContent()).resolves.toContain('风险预警');
      await take(page, 'CHECK', { checkFindings: '入户核查：果园受灾，当年经营收入大幅减少。' });
      await take(page, 'CONSENT', { consentReference: 'HN-SQ-E2E-01' });
      await expect(page.getByTestId('workflow-status').textContent()).resolves.toContain('已承诺授权');
      // The data check is the township's: no button for the village.
      await expect(page.getByTestId('workflow-actions').locator('button[data-action="COMPARE"]').count()).resolves.toBe(0);
      await shot(page, '70-monitoring-case-village');
    });
  });

  test('the township compares, the village reviews and publicizes, the township reviews after the period, the county identifies', async () => {
    await as('demo.township', async (page) => {
      await page.goto(`${base}/admin/#/monitoringCases/${caseId}/show`);
      await take(page, 'COMPARE', { comparisonResult: '民政、人社、医保、住建数据比对无异常。' });
    });
    await as('demo.village', async (page) => {
      await page.goto(`${base}/admin/#/monitoringCases/${caseId}/show`);
      await take(page, 'VILLAGE_REVIEW');
      await take(page, 'PUBLICIZE');
      await expect(page.getByTestId('workflow-status').textContent()).resolves.toContain('村级公示中');
    });
    clock.advance(6 * 86_400_000);
    await as('demo.township', async (page) => {
      await page.goto(`${base}/admin/#/monitoringCases/${caseId}/show`);
      await take(page, 'TOWNSHIP_APPROVE');
    });
    await as('demo.county', async (page) => {
      await page.goto(`${base}/admin/#/monitoringCases/${caseId}/show`);
      await take(page, 'COUNTY_IDENTIFY');
      await expect(page.getByTestId('workflow-status').textContent()).resolves.toContain('已纳入');
      const steps = await page.getByTestId('history-timeline').textContent();
      for (const label of ['入户核查', '承诺授权', '信息比对', '民主评议通过', '村级公示', '乡镇审核通过', '县级审定纳入'])
        expect(steps).toContain(label);
      await shot(page, '71-monitoring-case-identified');
    });
  });

  test('the county finds its overdue cases on one filtered page', async () => {
    const token = await server.login('demo.county');
    const overdue = ok(
      await server.gql<any>(
        '{ monitoringCases(first: 500, filter: { overdue: { eq: true }, region: { within: "620422" } }) { totalCount } }',
        {},
        token,
      ),
    ).monitoringCases.totalCount;
    expect(overdue).toBeGreaterThan(0);
    await as('demo.county', async (page) => {
      const filter = encodeURIComponent(JSON.stringify({ overdue: true }));
      await page.goto(`${base}/admin/#/monitoringCases?filter=${filter}`);
      await page.locator('table tbody tr').first().waitFor();
      await page.waitForTimeout(800);
      await expect(page.locator('table tbody tr').count()).resolves.toBe(overdue);
      await shot(page, '72-monitoring-overdue');
    });
  });
});
