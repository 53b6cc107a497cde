import { spawnSync } from 'node:child_process';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';

/**
 * `describe` when Redis answers at REDIS_URL. Redis runs on the CI machine, where its absence fails
 * the suite; on a laptop without it the tests are skipped with a warning.
 */
export function describeWithRedis(): jest.Describe {
  const { hostname, port } = new URL(REDIS_URL);
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `require('net').connect(${Number(port) || 6379}, '${hostname}').on('connect', () => process.exit(0)).on('error', () => process.exit(1))`,
    ],
    { timeout: 3000 },
  );
  if (probe.status === 0) return describe;
  if (process.env.CI) throw new Error(`Redis is not reachable at ${REDIS_URL}; CI requires it`);
  console.warn(`Redis is not reachable at ${REDIS_URL}: skipping the Redis tests.`);
  return describe.skip;
}
