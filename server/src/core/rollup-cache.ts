import type Redis from 'ioredis';
import type { EntityClass, EventSubscriber, FlushEventArgs, TransactionEventArgs } from '@mikro-orm/core';
import { LRUCache } from 'lru-cache';
import { settings } from '../config';
import { redisClient } from './redis';
import { countCacheLookup } from './metrics';

/*
 * Rollups (totals over a whole province) read hundreds of thousands of rows; dashboards ask for
 * the same ones all day while the underlying records change a few times a minute. A rollup is
 * cached under the write generations of the entities it reads: every committed write to one of
 * them bumps that entity's generation, so the next read computes afresh. Generations live in Redis
 * when REDIS_URL is set, so a write on one server process invalidates the others; the values stay
 * in each process. Writes that bypass the application (SQL by hand) are seen when the entry
 * expires (ROLLUP_CACHE_SECONDS).
 */

interface Generations {
  read(names: string[]): Promise<number[]>;
  bump(names: string[]): Promise<void>;
}

class MemoryGenerations implements Generations {
  private readonly counters = new Map<string, number>();

  async read(names: string[]): Promise<number[]> {
    return names.map((n) => this.counters.get(n) ?? 0);
  }

  async bump(names: string[]): Promise<void> {
    for (const n of names) this.counters.set(n, (this.counters.get(n) ?? 0) + 1);
  }
}

class RedisGenerations implements Generations {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'ra:gen:',
  ) {}

  async read(names: string[]): Promise<number[]> {
    const values = await this.redis.mget(names.map((n) => this.prefix + n));
    return values.map((v) => Number(v ?? 0));
  }

  async bump(names: string[]): Promise<void> {
    const multi = this.redis.multi();
    for (const n of names) multi.incr(this.prefix + n);
    await multi.exec();
  }
}

let generations: Generations | undefined;
let generationsUrl: string | undefined;

function currentGenerations(): Generations {
  if (!generations || generationsUrl !== settings.redisUrl) {
    const client = redisClient();
    generations = client ? new RedisGenerations(client) : new MemoryGenerations();
    generationsUrl = settings.redisUrl;
  }
  return generations;
}

/** Entity names some rollup reads: only their writes bump generations. */
const watched = new Set<string>();
const caches = new Set<RollupCache<unknown>>();

export class RollupCache<T> {
  private readonly entries: LRUCache<string, Promise<T>>;
  private readonly names: string[];

  constructor(
    readonly name: string,
    dependsOn: EntityClass<unknown>[],
    maxEntries = 2000,
  ) {
    this.names = dependsOn.map((e) => e.name);
    for (const n of this.names) watched.add(n);
    this.entries = new LRUCache({ max: maxEntries });
    caches.add(this as RollupCache<unknown>);
  }

  clear(): void {
    this.entries.clear();
  }

  /**
   * The rollup for `key` (which must hold everything the result depends on besides the data:
   * region, period, and the caller's visible scope), computed once per generation. Concurrent
   * callers of a missing entry share one computation.
   */
  async get(key: string, compute: () => Promise<T>): Promise<T> {
    const ttlSeconds = settings.rollupCacheSeconds;
    if (ttlSeconds <= 0) return compute();
    const stamp = (await currentGenerations().read(this.names)).join('.');
    const fullKey = `${key}\u0000${stamp}`;
    const cached = this.entries.get(fullKey);
    countCacheLookup(this.name, !!cached);
    if (cached) return cached;
    const pending = compute();
    this.entries.set(fullKey, pending, { ttl: ttlSeconds * 1000 });
    pending.catch(() => this.entries.delete(fullKey));
    return pending;
  }
}

/**
 * Bumps generations after writes commit. A flush outside a transaction has committed when
 * afterFlush runs. Inside a transaction the bump happens at the flush and again at the commit: a
 * rollup computed between the two saw the old rows and must not outlive the commit.
 */
export class RollupInvalidation implements EventSubscriber {
  private readonly pending = new WeakMap<object, Set<string>>();

  async afterFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const changed = [...new Set(uow.getChangeSets().map((cs) => cs.name))].filter((n) => watched.has(n));
    if (!changed.length) return;
    await currentGenerations().bump(changed);
    const transaction = em.isInTransaction() ? (em.getTransactionContext() as object | undefined) : undefined;
    if (transaction) {
      const names = this.pending.get(transaction) ?? new Set<string>();
      for (const n of changed) names.add(n);
      this.pending.set(transaction, names);
    }
  }

  async afterTransactionCommit({ transaction }: TransactionEventArgs): Promise<void> {
    const names = transaction ? this.pending.get(transaction as object) : undefined;
    if (!names) return;
    this.pending.delete(transaction as object);
    await currentGenerations().bump([...names]);
  }
}

/** A new server starts with nothing cached: tests start servers on other databases in one process. */
export function resetRollupCaches(): void {
  generations = undefined;
  for (const cache of caches) cache.clear();
}
