/*
 * The console is generated from the schema: a field the server starts exposing appears in the list,
 * the show page and the edit form with no change to admin/. The built console runs against the
 * real server, and this test plays a server that has one more field: Person.nickname, described
 * "昵称 (nickname)", readable and editable. Introspection answers gain the field; data answers
 * gain its value; and the update the console sends carries it.
 */
import type { Page, Route } from 'playwright-core';
import { openBrowser, Session, shot, signIn } from '../support/browser';
import { startConsole } from '../support/app';
import type { TestServer } from '../../support/server';

let server: TestServer;
let base: string;
let s: Session;
let page: Page;
const sentNicknames: unknown[] = [];

const stringType = { kind: 'SCALAR', name: 'String', ofType: null };

function addField(schema: any) {
  for (const t of schema.types) {
    if (t.name === 'Person' && !t.fields.some((f: any) => f.name === 'nickname')) {
      t.fields.push({
        name: 'nickname',
        description: '昵称 (nickname)',
        args: [],
        type: stringType,
        isDeprecated: false,
        deprecationReason: null,
      });
    }
    if (t.name === 'UpdatePersonInput' && !t.inputFields.some((f: any) => f.name === 'nickname')) {
      t.inputFields.push({
        name: 'nickname',
        description: '昵称 (nickname)',
        type: stringType,
        defaultValue: null,
        isDeprecated: false,
        deprecationReason: null,
      });
    }
  }
}

/** Removes `nickname` from what goes to the real server and puts it back into what comes out. */
async function playNewServer(route: Route) {
  const req = route.request();
  if (req.method() !== 'POST') return route.continue();
  const body = JSON.parse(req.postData() ?? '{}');
  const query: string = body.query ?? '';
  if (query.includes('__schema')) {
    const res = await route.fetch();
    const json = await res.json();
    if (json.data?.__schema) addField(json.data.__schema);
    return route.fulfill({ response: res, json });
  }
  if (!/\bnickname\b/.test(query) && !JSON.stringify(body.variables ?? {}).includes('nickname')) return route.continue();
  if (body.variables?.input && 'nickname' in body.variables.input) {
    sentNicknames.push(body.variables.input.nickname);
    delete body.variables.input.nickname;
  }
  body.query = query.replace(/\bnickname\b/g, '');
  const res = await route.fetch({ postData: JSON.stringify(body) });
  const json = await res.json();
  const stamp = (node: any) => {
    if (node && typeof node === 'object' && 'idNumber' in node)
      node.nickname = sentNicknames.length ? String(sentNicknames[sentNicknames.length - 1]) : '小名未填';
  };
  const walk = (v: any) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      stamp(v);
      Object.values(v).forEach(walk);
    }
  };
  walk(json.data);
  return route.fulfill({ response: res, json });
}

beforeAll(async () => {
  ({ server, base } = await startConsole());
  s = await openBrowser();
  page = s.page;
  await page.route('**/graphql', playNewServer);
});

afterAll(async () => {
  await s?.close();
  await server?.close();
});

test('given the server exposes a new Person field, when the console loads, then the field is in list, show and edit', async () => {
  await signIn(page, base);
  await page.goto(`${base}/admin/#/persons`);
  await page.locator('table thead').filter({ hasText: '昵称' }).waitFor();
  expect(await page.locator('table tbody').textContent()).toContain('小名未填');
  await shot(page, '20-generator-list');

  await page.locator('table tbody tr').first().click();
  await page.waitForURL(/\/show$/);
  await page.getByText('昵称', { exact: true }).first().waitFor();
  await shot(page, '21-generator-show');

  await page.goto(page.url().replace(/\/show$/, ''));
  const input = page.locator('input[name="nickname"]');
  await input.waitFor();
  await input.fill('小魏');
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/show$/);
  expect(sentNicknames).toEqual(['小魏']);
  await page.getByText('小魏').first().waitFor();
  await shot(page, '22-generator-edit-saved');
  expect(s.external).toEqual([]);
});
