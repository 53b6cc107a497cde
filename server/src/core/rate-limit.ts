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

  private sweep(current: number): void {
    for (const [k, v] of this.windows) if (v.window !== current) this.windows.delete(k);
  }
}

export class RedisRateLimiter implements RateLimiter {
  constructor(private readonly redis: Redis, private readonly prefix = 'ra:rl:') {}

  async hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }> {
    const window = Math.floor(clock.now().getTime() / windowMs);
    const redisKey = `${this.prefix}${key}:${window}`;
    const result = await this.redis.multi().incr(redisKey).pexpire(redisKey, windowMs * 2).exec();
    const count = Number(result?.[0]?.[1] ?? 1);
    return { count, resetAt: (window + 1) * windowMs };
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
