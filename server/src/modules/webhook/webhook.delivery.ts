import { createHmac, randomBytes } from 'node:crypto';
import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { settings } from '../../config';
import { allowList, listed } from '../../core/addresses';

/*
 * Signing follows the Standard Webhooks specification (standardwebhooks.com), which libraries in
 * every common language verify: headers `webhook-id`, `webhook-timestamp` (Unix seconds) and
 * `webhook-signature: v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, secret `whsec_<base64>`.
 */

export function newSigningSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

export function sign(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/*
 * Targets are chosen by API-key holders, so the server must not become their way into the
 * intranet (SSRF). Only http(s); the address the name resolves to is checked at connection time
 * (so a name cannot resolve to a public address when validated and an internal one when used);
 * redirects are not followed; special-purpose ranges are refused unless the operator lists them in
 * WEBHOOK_ALLOWED_NETWORKS (an intranet deployment lists its own ranges there).
 */
const SPECIAL_RANGES = allowList([
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.168.0.0/16',
  '198.18.0.0/15',
  '224.0.0.0/3',
  '::/128',
  '::1/128',
  'fc00::/7',
  'fe80::/10',
  'ff00::/8',
]);

export function addressAllowed(address: string): boolean {
  if (listed(allowList(settings.webhookAllowedNetworks), address)) return true;
  return !listed(SPECIAL_RANGES, address);
}

/** The URL rules a subscription's target must meet, as a message naming the rule, or null. */
export function targetProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return '推送地址不是有效的网址 (url must be an absolute http or https URL)';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '推送地址只能是 http 或 https (url must use http or https)';
  if (url.username || url.password) return '推送地址不能包含用户名或密码 (url must not carry credentials)';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !addressAllowed(host))
    return `推送地址 ${host} 属于内部网段，未在 WEBHOOK_ALLOWED_NETWORKS 中允许 (url resolves to a private or special address that WEBHOOK_ALLOWED_NETWORKS does not allow)`;
  return null;
}

export interface PostOutcome {
  ok: boolean;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** The resolver the request connects with: it refuses addresses outside the allowed ranges. */
function guardedLookup(hostname: string, options: object, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const list = addresses as LookupAddress[];
    const refused = list.find((a) => !addressAllowed(a.address));
    if (refused)
      return callback(
        Object.assign(new Error(`address ${refused.address} is not allowed (WEBHOOK_ALLOWED_NETWORKS)`), { code: 'EADDRNOTALLOWED' }),
        [],
      );
    const wantsAll = (options as { all?: boolean }).all;
    if (wantsAll) return callback(null, list);
    callback(null, list[0].address, list[0].family);
  });
}

/** One POST, never following a redirect, within WEBHOOK_TIMEOUT_MS. Resolves; never rejects. */
export function postSigned(target: string, secret: string, id: string, body: string): Promise<PostOutcome> {
  const started = performance.now();
  const timestamp = Math.floor(Date.now() / 1000);
  const done = (ok: boolean, statusCode: number | null, error: string | null): PostOutcome => ({
    ok,
    statusCode,
    error,
    latencyMs: Math.round(performance.now() - started),
  });
  const problem = targetProblem(target);
  if (problem) return Promise.resolve(done(false, null, problem));
  const url = new URL(target);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const req = client.request(
      url,
      {
        method: 'POST',
        lookup: guardedLookup as never,
        timeout: settings.webhookTimeoutMs,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'rural-assist-webhooks/1',
          'webhook-id': id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': sign(secret, id, timestamp, body),
        },
      },
      (res) => {
        res.resume();
        const status = res.statusCode ?? 0;
        res.on('end', () => {
          if (status >= 200 && status < 300) resolve(done(true, status, null));
          else if (status >= 300 && status < 400)
            resolve(done(false, status, `redirect to ${res.headers.location ?? '?'} not followed (redirects are never followed)`));
          else resolve(done(false, status, `HTTP ${status}`));
        });
        res.on('error', (e) => resolve(done(false, status, e.message)));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${settings.webhookTimeoutMs} ms`)));
    req.on('error', (e) => resolve(done(false, null, e.message)));
    req.end(body);
  });
}
