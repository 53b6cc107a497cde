import type Redis from 'ioredis';
import { clock } from './clock';
import { redisClient } from './redis';

/**
 * Fixed one-minute windows per caller (API key, user, or IP for anonymous requests). In memory for
 * one process; in Redis when REDIS_URL is set, so every server process shares the same counters.
 */
export interface RateLimiter {
  /** Counts one request; returns how many were made in the current window and when it ends. */
  hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }>;
  /** The current window's count without counting (for answers refused before the limit was checked). */
  peek(key: string, windowMs: number): Promise<{ count: number; resetAt: number }>;
  /** Counts without deciding anything (requests per key and day, shown in the console). */
  add(key: string, ttlMs: number): Promise<void>;
  /** The counts of these keys (0 for unknown ones). */
  read(keys: string[]): Promise<number[]>;
  close?(): Promise<void>;
}

export class MemoryRateLimiter implements RateLimiter {
  private windows = new Map<string, { window: number; count: number }>();

  async hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }> {
    const now = clock.now().getTime();
    const window = Math.floor(now / windowMs);
    const entry = this.windows.get(key);
    if (!entry || entry.window !== window) {
      if (this.windows.size > 100_000) this.sweep(window);
      this.windows.set(key, { window, count: 1 });
      return { count: 1, resetAt: (window + 1) * windowMs };
    }
    entry.count += 1;
    return { count: entry.count, resetAt: (window + 1) * windowMs };
  }

  async peek(key: string, windowMs: number): Promise<{ count: number; resetAt: number }> {
    const window = Math.floor(clock.now().getTime() / windowMs);
    const entry = this.windows.get(key);
    return { count: entry && entry.window === window ? entry.count : 0, resetAt: (window + 1) * windowMs };
  }

  private sweep(current: number): void {
    for (const [k, v] of this.windows) if (v.window !== current) this.windows.delete(k);
  }

  private counters = new Map<string, { count: number; until: number }>();

  async add(key: string, ttlMs: number): Promise<void> {
    const now = clock.now().getTime();
    const entry = this.counters.get(key);
    if (entry && entry.until > now) entry.count += 1;
    else {
      if (this.counters.size > 100_000) for (const [k, v] of this.counters) if (v.until <= now) this.counters.delete(k);
      this.counters.set(key, { count: 1, until: now + ttlMs });
    }
  }

  async read(keys: string[]): Promise<number[]> {
    const now = clock.now().getTime();
    return keys.map((k) => {
      const entry = this.counters.get(k);
      return entry && entry.until > now ? entry.count : 0;
    });
  }
}

export class RedisRateLimiter implements RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'ra:rl:',
  ) {}

  async hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }> {
    const window = Math.floor(clock.now().getTime() / windowMs);
    const redisKey = `${this.prefix}${key}:${window}`;
    const result = await this.redis
      .multi()
      .incr(redisKey)
      .pexpire(redisKey, windowMs * 2)
      .exec();
    const count = Number(result?.[0]?.[1] ?? 1);
    return { count, resetAt: (window + 1) * windowMs };
  }

  async peek(key: string, windowMs: number): Promise<{ count: number; resetAt: number }> {
    const window = Math.floor(clock.now().getTime() / windowMs);
    return { count: Number((await this.redis.get(`${this.prefix}${key}:${window}`)) ?? 0), resetAt: (window + 1) * windowMs };
  }

  async add(key: string, ttlMs: number): Promise<void> {
    const redisKey = `${this.prefix}${key}`;
    await this.redis.multi().incr(redisKey).pexpire(redisKey, ttlMs).exec();
  }

  async read(keys: string[]): Promise<number[]> {
    if (!keys.length) return [];
    const values = await this.redis.mget(...keys.map((k) => `${this.prefix}${k}`));
    return values.map((v) => Number(v ?? 0));
  }
}

let shared: RateLimiter | undefined;

/** The process's limiter: Redis when REDIS_URL is set, otherwise in memory. */
export function rateLimiter(): RateLimiter {
  if (!shared) {
    const client = redisClient();
    shared = client ? new RedisRateLimiter(client) : new MemoryRateLimiter();
  }
  return shared;
}

/** Tests start servers with different settings in one process. */
export function resetRateLimiter(): void {
  shared = undefined;
}

/** Sets `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` (seconds), and `Retry-After` once the limit is passed. */
export function setRateLimitHeaders(headers: Map<string, string>, limit: number, count: number, resetAt: number): void {
  const resetSeconds = Math.max(1, Math.ceil((resetAt - clock.now().getTime()) / 1000));
  headers.set('ratelimit-limit', String(limit));
  headers.set('ratelimit-remaining', String(Math.max(0, limit - count)));
  headers.set('ratelimit-reset', String(resetSeconds));
  if (count > limit) headers.set('retry-after', String(resetSeconds));
}

const DAY_MS = 24 * 3600_000;
/** Days of the console's users run from midnight Beijing time (UTC+8, no daylight saving). */
const BEIJING_OFFSET_MS = 8 * 3600_000;

function dayKey(keyId: string, now = clock.now().getTime()): string {
  return `day:${Math.floor((now + BEIJING_OFFSET_MS) / DAY_MS)}:apikey:${keyId}`;
}

/** Counts one request made with an API key for the console's "requests today". */
export async function countKeyRequest(keyId: string): Promise<void> {
  await rateLimiter().add(dayKey(keyId), 2 * DAY_MS);
}

/** Requests made today (Beijing time) with each of these keys, as counted by this process or by Redis when shared. */
export async function keyRequestsToday(keyIds: string[]): Promise<number[]> {
  return rateLimiter().read(keyIds.map((id) => dayKey(id)));
}
