import path from 'node:path';

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
  rateLimitPerMinute: number;
  auditRetentionDays: number;
  logSql: boolean;
  /** `jit` compiles each operation once with graphql-jit; `graphql-js` is the reference executor, kept for comparison and as a fallback. */
  graphqlExecutor: 'jit' | 'graphql-js';
  /** How long a cached rollup may live at most; writes through the API invalidate it at once. 0 turns the cache off. */
  rollupCacheSeconds: number;
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
    sessionIdleMinutes: int('SESSION_IDLE_MINUTES', 30),
    loginMaxFailures: int('LOGIN_MAX_FAILURES', 5),
    loginLockMinutes: int('LOGIN_LOCK_MINUTES', 15),
    adminTotpRequired: bool('ADMIN_TOTP_REQUIRED', true),
    pageSizeDefault: int('PAGE_SIZE_DEFAULT', 20),
    pageSizeMax: int('PAGE_SIZE_MAX', 500),
    queryMaxDepth: int('QUERY_MAX_DEPTH', 10),
    queryMaxAliases: int('QUERY_MAX_ALIASES', 30),
    queryMaxCost: int('QUERY_MAX_COST', 100000),
    rateLimitPerMinute: int('RATE_LIMIT_PER_MINUTE', 600),
    auditRetentionDays: atLeast('AUDIT_RETENTION_DAYS', 180, 180),
    logSql: bool('LOG_SQL', false),
    rollupCacheSeconds: int('ROLLUP_CACHE_SECONDS', 600),
    graphqlExecutor: oneOf('GRAPHQL_EXECUTOR', ['jit', 'graphql-js'] as const, 'jit'),
  };
}

/** Settings are read once; tests that need other values set the environment before the server starts. */
export let settings: Settings = loadSettings();

export function reloadSettings(): Settings {
  settings = loadSettings();
  return settings;
}
