import Redis from 'ioredis';
import { settings } from '../config';
import { logger } from './logger';
import { countRedisError } from './metrics';

/*
 * One Redis connection per process, opened only when REDIS_URL is set. Used for shared rate-limit
 * counters and sessions so several server processes agree.
 */
let client: Redis | undefined;
let clientUrl: string | undefined;

export function redisClient(): Redis | undefined {
  const url = settings.redisUrl;
  if (!url) return undefined;
  // Deployments sharing one Redis (staging beside production, two provinces) keep apart by prefix:
  // one's writes would otherwise invalidate the other's cached rollups.
  const identity = `${url}\u0000${settings.redisKeyPrefix}`;
  if (!client || clientUrl !== identity) {
    client = new Redis(url, {
      maxRetriesPerRequest: 2,
      enableOfflineQueue: true,
      lazyConnect: false,
      keyPrefix: settings.redisKeyPrefix || undefined,
    });
    clientUrl = identity;
    client.on('error', (error) => {
      countRedisError();
      logger().error({ component: 'redis' }, `redis: ${error.message}`);
    });
  }
  return client;
}

export async function closeRedis(): Promise<void> {
  const c = client;
  client = undefined;
  clientUrl = undefined;
  if (c) await c.quit().catch(() => undefined);
}
