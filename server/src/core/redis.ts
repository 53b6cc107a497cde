import Redis from 'ioredis';
import { settings } from '../config';

/*
 * One Redis connection per process, opened only when REDIS_URL is set. Used for shared rate-limit
 * counters and sessions so several server processes agree.
 */
let client: Redis | undefined;
let clientUrl: string | undefined;

export function redisClient(): Redis | undefined {
  const url = settings.redisUrl;
  if (!url) return undefined;
  if (!client || clientUrl !== url) {
    client = new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false });
    clientUrl = url;
    client.on('error', (error) => console.error('redis:', error.message));
  }
  return client;
}

export async function closeRedis(): Promise<void> {
  const c = client;
  client = undefined;
  clientUrl = undefined;
  if (c) await c.quit().catch(() => undefined);
}
