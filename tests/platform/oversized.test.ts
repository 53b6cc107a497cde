jest.setTimeout(300_000);

import { startTestServer } from '../support/server';
import type { TestServer } from '../support/server';
import { startBuiltServer } from './built-server';
import type { ServerProcess } from './built-server';

/*
 * Oversized and malformed requests are refused before they cost the server: the body limit
 * (REQUEST_MAX_BYTES) before the body is read, the parser's token limit (QUERY_MAX_TOKENS) before
 * validation, aliases and repeated fields counted on the syntax before validation. Each refusal is
 * GraphQL JSON with a code, never an HTML page. Before: a 1 MB document took ~800 ms of validation,
 * 40,000 aliased __typename ran and returned 669 KB, a 1 MB string argument ran, and body and parse
 * errors came back as HTML. The built server in production mode, on the test template's database.
 */

const MB = 1024 * 1024;

interface Refusal {
  status: number;
  contentType: string;
  body: any;
  /** The server's own time until the answer's head (Server-Timing), without uploading 1 MB on a busy machine. */
  serverMs: number;
}

describe('oversized and malformed requests', () => {
  let holder: TestServer;
  let server: ServerProcess;
  let token: string;
  beforeAll(async () => {
    holder = await startTestServer();
    server = await startBuiltServer(holder.databaseUrl);
    token = await holder.login('demo.county');
  });
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    await holder?.close();
  });

  /** The best of three: the bound is about the server's work, not about this busy machine's scheduling. */
  async function send(body: string, contentType = 'application/json'): Promise<Refusal> {
    let best: Refusal | undefined;
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${server.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType, authorization: `Bearer ${token}` },
        body,
      });
      const text = await res.text();
      const ms = Number(/total;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? NaN);
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // kept as text: the assertion shows it
      }
      if (!best || Number.isNaN(best.serverMs) || ms < best.serverMs)
        best = { status: res.status, contentType: res.headers.get('content-type') ?? '', body: parsed, serverMs: ms };
    }
    return best!;
  }

  const query = (q: string, variables?: Record<string, unknown>) => JSON.stringify({ query: q, variables });

  test.each([
    ['a 1 MB anonymous document of repeated fields', () => query(`{ ${'health { ok } '.repeat(MB / 14)} }`), 413, 'PAYLOAD_TOO_LARGE'],
    [
      '40,000 aliased __typename',
      () => query(`{ ${Array.from({ length: 40_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'a 1 MB string argument',
      () => query(`query($s: String) { persons(filter: { name: { contains: $s } }) { totalCount } }`, { s: 'x'.repeat(MB) }),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    ['a body that is not JSON', () => '{"query": "{ health { ok } }"', 400, 'BAD_REQUEST'],
    [
      'a document past the token limit, within the body limit',
      () => query(`{ ${'health { ok } '.repeat(10_000)} }`),
      400,
      'QUERY_TOO_COMPLEX',
    ],
    [
      '1,600 aliased __typename, within the token limit',
      () => query(`{ ${Array.from({ length: 1600 }, (_, i) => `a${i}: __typename`).join(' ')} }`),
      400,
      'QUERY_TOO_COMPLEX',
    ],
    [
      'one field selected 1,000 times without aliases (validation compares each pair)',
      () => query(`{ ${'health { ok } '.repeat(1000)} }`),
      400,
      'QUERY_TOO_COMPLEX',
    ],
    ['a syntax error', () => query('{ health { ok }'), 400, 'GRAPHQL_PARSE_FAILED'],
  ])('given %s, then it is refused as GraphQL JSON with a code, within 50 ms', async (_name, build, status, code) => {
    const refusal = await send(build());
    expect({ status: refusal.status, code: refusal.body?.errors?.[0]?.extensions?.code }).toEqual({ status, code });
    expect(refusal.contentType).toMatch(/^application\/(graphql-response\+)?json/);
    expect(refusal.body.data ?? null).toBeNull();
    expect(refusal.body.errors[0].message).toMatch(/[\u4e00-\u9fff]|Syntax Error/);
    expect(refusal.serverMs).toBeLessThan(50);
  });

  test('given a body that is not JSON at all (a form post), then it is refused as GraphQL JSON with a code, not run', async () => {
    const refusal = await send('query=%7B%20health%20%7B%20ok%20%7D%20%7D', 'application/x-www-form-urlencoded');
    expect(refusal.status).toBe(415);
    expect(refusal.contentType).toMatch(/json/);
    expect(refusal.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  test('given the refusals, then the server still answers a normal request, with its own time in Server-Timing', async () => {
    const ok = await send(query('{ health { ok } }'));
    expect(ok.status).toBe(200);
    expect(ok.body.data.health.ok).toBe(true);
    expect(ok.serverMs).toBeGreaterThan(0);
  });
});
