import path from 'node:path';
import { isIP } from 'node:net';
import { Cron } from 'croner';

/**
 * Every setting the server reads, in one place, with its default.
 * README.md lists the same table; keep them in step.
 */
function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`Setting ${name} must be a whole number, got "${raw}"`);
  return value;
}

/** A whole number with a legal minimum (e.g. audit retention: at least 180 days). */
function atLeast(name: string, fallback: number, minimum: number): number {
  const value = int(name, fallback);
  if (value < minimum) throw new Error(`Setting ${name} must be at least ${minimum}, got ${value}`);
  return value;
}

function str(name: string, fallback: string): string {
  const raw = process.env[name];
  return raw === undefined || raw === '' ? fallback : raw;
}

function bool(name: string, fallback: boolean): boolean {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(raw.toLowerCase());
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = str(name, fallback);
  if (!(allowed as readonly string[]).includes(raw)) throw new Error(`Setting ${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

/** Administrative levels from the top; NATIONAL is a user bound to no region. */
export const LEVEL_ORDER = ['NATIONAL', 'PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'] as const;

/**
 * `COUNTY>TOWNSHIP,COUNTY>VILLAGE`: comma-separated pairs, each letting users of the first level take
 * steps that belong to the second (a lower one). Anything else is refused at start.
 */
function delegation(name: string): [string, string][] {
  const raw = str(name, '').trim();
  if (!raw) return [];
  return raw.split(',').map((pair) => {
    const [acting, actedFor, ...rest] = pair.split('>').map((x) => x.trim().toUpperCase());
    const a = LEVEL_ORDER.indexOf(acting as never);
    const f = LEVEL_ORDER.indexOf(actedFor as never);
    if (rest.length || a < 0 || f < 1 || a >= f) {
      throw new Error(
        `Setting ${name} takes pairs like COUNTY>VILLAGE (a higher level acting for a lower one among ${LEVEL_ORDER.join(', ')}), got "${pair}"`,
      );
    }
    return [acting, actedFor];
  });
}

/**
 * Comma-separated IP addresses or CIDR ranges (`10.0.0.0/8`, `::1`), as Express's `trust proxy` and
 * the metrics allow-list read them; `loopback`, `linklocal` and `uniquelocal` name the usual ranges.
 */
function addressList(name: string, fallback: string): string[] {
  const raw = str(name, fallback).trim();
  if (!raw || raw === 'none') return [];
  return raw.split(',').map((entry) => {
    const item = entry.trim();
    if (['loopback', 'linklocal', 'uniquelocal'].includes(item)) return item;
    const [address, bits, ...rest] = item.split('/');
    const family = isIP(address);
    const width = family === 4 ? 32 : 128;
    if (!family || rest.length || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= width))) {
      throw new Error(`Setting ${name} takes comma-separated IP addresses or CIDR ranges such as 10.0.0.0/8 or ::1, got "${item}"`);
    }
    return item;
  });
}

function replicaUrls(name: string): string[] {
  const raw = str(name, '').trim();
  if (!raw) return [];
  return raw.split(',').map((entry) => {
    const url = entry.trim();
    if (!/^postgres(ql)?:\/\//.test(url))
      throw new Error(`Setting ${name} takes comma-separated postgres:// URLs of read replicas, got "${url}"`);
    return url;
  });
}

export const projectRoot = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..');

export interface Settings {
  nodeEnv: string;
  production: boolean;
  port: number;
  databaseUrl: string;
  /** Loads demo organizations, persons, accounts and domain data on first start. */
  demoData: boolean;
  /** Loads all 620,573 villages instead of only the demo counties' villages. */
  allVillages: boolean;
  /** 32-byte key (hex or base64) for encrypting sensitive personal data at rest. */
  dataKey: string;
  redisUrl: string | undefined;
  redisKeyPrefix: string;
  publicityMinDays: number;
  welfareJobMaxAge: number;
  workTeamMinSize: number;
  workTeamMaxSize: number;
  workTeamTermYears: number;
  /** Months a monitored household is assisted, income above the line, before its risk may be eliminated. */
  monitoringStableMonths: number;
  sessionIdleMinutes: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  /** The three administrator roles must sign in with a TOTP second factor (enrolled at their first sign-in). */
  adminTotpRequired: boolean;
  pageSizeDefault: number;
  pageSizeMax: number;
  queryMaxDepth: number;
  queryMaxAliases: number;
  queryMaxCost: number;
  /** Tokens the GraphQL parser reads before it gives up: a huge document costs no validation. */
  queryMaxTokens: number;
  /** Largest request body accepted, in bytes; larger ones are refused before they are read. */
  requestMaxBytes: number;
  /** How long a stopping server lets requests in flight finish before it cuts them off. */
  shutdownGraceSeconds: number;
  rateLimitPerMinute: number;
  auditRetentionDays: number;
  logSql: boolean;
  /** `jit` compiles each operation once with graphql-jit; `graphql-js` is the reference executor, kept for comparison and as a fallback. */
  graphqlExecutor: 'jit' | 'graphql-js';
  /** How long a cached rollup may live at most; writes through the API invalidate it at once. 0 turns the cache off. */
  rollupCacheSeconds: number;
  /** Which administrative levels may take a lower level's workflow steps, as [acting, actedFor] pairs; empty (the default) means none. */
  workflowDelegation: ReadonlyArray<readonly [string, string]>;
  /** This process runs the scheduled deadline jobs (core/jobs.ts). */
  jobsEnabled: boolean;
  /** When the deadline jobs run: a cron pattern (minute hour day month weekday) read in `jobsTimezone`. */
  jobsSchedule: string;
  /** IANA time zone of `jobsSchedule`: deadlines are calendar dates in China. */
  jobsTimezone: string;
  /** Proxies whose X-Forwarded-For (client address) and X-Request-Id are believed; empty: none, the peer is the client. */
  /** Address ranges webhook targets may resolve to besides public addresses (an intranet's ranges); loopback and private ranges are refused unless listed. */
  /** PostgreSQL streaming replicas for reads; an entry without a database name uses the primary's. */
  databaseReplicaUrls: string[];
  replicaMaxLagSeconds: number;
  /** After a user's write, their reads go to the primary for this long (read-your-writes). */
  readYourWritesSeconds: number;
  webhookAllowedNetworks: string[];
  webhookTimeoutMs: number;
  /** First retry delay after a failed delivery; it doubles on each further failure (up to an hour). */
  webhookRetryBaseMs: number;
  /** A subscription is paused after this many failed attempts in a row or after failing for `webhookRetryHours`. */
  webhookMaxAttempts: number;
  webhookRetryHours: number;
  /** How often each process looks for undelivered change events (commits in the process wake it at once). */
  webhookPollMs: number;
  /** Change events older than this are deleted once every subscription has passed them (redeliver reaches back this far). */
  webhookEventRetentionDays: number;
  trustedProxies: string[];
  /** Addresses that may read /metrics without the token (default loopback). */
  metricsAllow: string[];
  /** Bearer token that opens /metrics from anywhere; empty: none. */
  metricsToken: string;
  /** pino level of the JSON log: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
}

/** An IANA time zone name, as Intl knows them. */
function timeZone(name: string, fallback: string): string {
  const raw = str(name, fallback);
  try {
    new Intl.DateTimeFormat('en', { timeZone: raw });
  } catch {
    throw new Error(`Setting ${name} must be an IANA time zone such as Asia/Shanghai, got "${raw}"`);
  }
  return raw;
}

/** A five-field cron pattern (croner checks it; pg-boss reads the same fields). */
function cronPattern(name: string, fallback: string): string {
  const raw = str(name, fallback).trim();
  if (raw.split(/\s+/).length !== 5)
    throw new Error(
      `Setting ${name} must be a cron pattern of five fields (minute hour day month weekday) such as "10 0 * * *", got "${raw}"`,
    );
  try {
    new Cron(raw, { paused: true });
  } catch (error) {
    throw new Error(`Setting ${name} must be a cron pattern such as "10 0 * * *", got "${raw}": ${(error as Error).message}`, {
      cause: error,
    });
  }
  return raw;
}

export function loadSettings(): Settings {
  const nodeEnv = str('NODE_ENV', 'development');
  return {
    nodeEnv,
    production: nodeEnv === 'production',
    port: int('PORT', 4000),
    databaseUrl: str('DATABASE_URL', 'sqlite:data/app.sqlite'),
    demoData: bool('DEMO_DATA', true),
    allVillages: bool('SEED_ALL_VILLAGES', false),
    dataKey: str('DATA_ENCRYPTION_KEY', 'demo-only-key-change-me-in-production-0000'),
    redisUrl: process.env.REDIS_URL || undefined,
    redisKeyPrefix: process.env.REDIS_KEY_PREFIX ?? '',
    publicityMinDays: int('PUBLICITY_MIN_DAYS', 5),
    welfareJobMaxAge: int('WELFARE_JOB_MAX_AGE', 65),
    workTeamMinSize: int('WORK_TEAM_MIN_SIZE', 3),
    workTeamMaxSize: int('WORK_TEAM_MAX_SIZE', 5),
    workTeamTermYears: int('WORK_TEAM_TERM_YEARS', 2),
    monitoringStableMonths: int('MONITORING_STABLE_MONTHS', 6),
    sessionIdleMinutes: int('SESSION_IDLE_MINUTES', 30),
    loginMaxFailures: int('LOGIN_MAX_FAILURES', 5),
    loginLockMinutes: int('LOGIN_LOCK_MINUTES', 15),
    adminTotpRequired: bool('ADMIN_TOTP_REQUIRED', true),
    pageSizeDefault: int('PAGE_SIZE_DEFAULT', 20),
    pageSizeMax: int('PAGE_SIZE_MAX', 500),
    queryMaxDepth: int('QUERY_MAX_DEPTH', 10),
    queryMaxAliases: int('QUERY_MAX_ALIASES', 30),
    queryMaxCost: int('QUERY_MAX_COST', 100000),
    queryMaxTokens: int('QUERY_MAX_TOKENS', 5000),
    requestMaxBytes: int('REQUEST_MAX_BYTES', 262144),
    shutdownGraceSeconds: int('SHUTDOWN_GRACE_SECONDS', 25),
    rateLimitPerMinute: int('RATE_LIMIT_PER_MINUTE', 600),
    auditRetentionDays: atLeast('AUDIT_RETENTION_DAYS', 180, 180),
    logSql: bool('LOG_SQL', false),
    rollupCacheSeconds: int('ROLLUP_CACHE_SECONDS', 600),
    graphqlExecutor: oneOf('GRAPHQL_EXECUTOR', ['jit', 'graphql-js'] as const, 'jit'),
    workflowDelegation: delegation('WORKFLOW_DELEGATION'),
    jobsEnabled: bool('JOBS_ENABLED', true),
    jobsSchedule: cronPattern('JOBS_SCHEDULE', '10 0 * * *'),
    jobsTimezone: timeZone('JOBS_TIMEZONE', 'Asia/Shanghai'),
    databaseReplicaUrls: replicaUrls('DATABASE_REPLICA_URLS'),
    replicaMaxLagSeconds: int('DATABASE_REPLICA_MAX_LAG_SECONDS', 5),
    readYourWritesSeconds: int('DATABASE_READ_YOUR_WRITES_SECONDS', 10),
    webhookAllowedNetworks: addressList('WEBHOOK_ALLOWED_NETWORKS', ''),
    webhookTimeoutMs: int('WEBHOOK_TIMEOUT_MS', 10000),
    webhookRetryBaseMs: int('WEBHOOK_RETRY_BASE_MS', 10000),
    webhookMaxAttempts: int('WEBHOOK_MAX_ATTEMPTS', 20),
    webhookRetryHours: int('WEBHOOK_RETRY_HOURS', 24),
    webhookPollMs: int('WEBHOOK_POLL_MS', 1000),
    webhookEventRetentionDays: int('WEBHOOK_EVENT_RETENTION_DAYS', 30),
    trustedProxies: addressList('TRUSTED_PROXIES', ''),
    metricsAllow: addressList('METRICS_ALLOW', 'loopback'),
    metricsToken: str('METRICS_TOKEN', ''),
    // Tests start many servers in one process: their request lines would bury the test output.
    logLevel: oneOf(
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      nodeEnv === 'test' ? 'warn' : 'info',
    ),
  };
}

/** Settings are read once; tests that need other values set the environment before the server starts. */
export let settings: Settings = loadSettings();

export function reloadSettings(): Settings {
  settings = loadSettings();
  return settings;
}
