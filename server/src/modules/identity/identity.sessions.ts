import type { SqlEntityManager } from '@mikro-orm/knex';
import type Redis from 'ioredis';
import { clock } from '../../core/clock';
import { redisClient } from '../../core/redis';
import { settings } from '../../config';
import { fixedStatement } from '../../core/db';
import { requestScope } from '../../core/request-scope';
import { dateFromDatabase, resource, rowToObject } from '../../core/resource';
import { Session, User } from './identity.entity';

/** What the server keeps about a signed-in session (the token itself is never stored, only its hash). */
export interface SessionRecord {
  tokenHash: string;
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  ip: string | null;
  enrolmentOnly: boolean;
}

/**
 * Where sessions live: the database by default, Redis when REDIS_URL is set (see
 * identity.redis.ts), so several server processes share them and revocation is immediate everywhere.
 */
export interface SessionStore {
  create(em: SqlEntityManager, session: SessionRecord): Promise<void>;
  /** The open session with this token hash, or null. */
  get(em: SqlEntityManager, tokenHash: string): Promise<SessionRecord | null>;
  /** Records a request on the session; called on every authenticated request, so it must be cheap. */
  touch(em: SqlEntityManager, tokenHash: string, at: Date): Promise<void>;
  revoke(em: SqlEntityManager, tokenHash: string): Promise<void>;
  revokeAllForUser(em: SqlEntityManager, userId: string): Promise<number>;
  completeEnrolment(em: SqlEntityManager, tokenHash: string): Promise<void>;
  /** The open session and its user read together in one statement, where the store can join them. */
  getWithUser?(em: SqlEntityManager, tokenHash: string): Promise<{ session: SessionRecord; user: User } | null>;
}

/** The open session with this token hash and its user's columns, the session's prefixed by `__s_`. */
const sessionWithUser = fixedStatement((knex, tokenHash: string) =>
  knex('app_session as s')
    .join('app_user as u', 'u.id', 's.user_id')
    .select(
      ...resource(User).columns.map((c) => `u.${c.column} as ${c.prop}`),
      's.created_at as __s_created_at',
      's.last_seen_at as __s_last_seen_at',
      's.ip as __s_ip',
      's.enrolment_only as __s_enrolment_only',
    )
    .where('s.token_hash', tokenHash)
    .whereNull('s.revoked_at')
    .limit(1, { skipBinding: true }),
);

/*
 * The idle timeout counts from a session's last request, to the second. Writing `last_seen_at` on
 * every request would add a statement to each; writing it at most once a minute ended sessions that
 * were in use (SESSION_IDLE_MINUTES=1, requests at 0 s and 30 s: signed out at 60 s). So this process
 * keeps each session's last request in memory, reads it together with the stored time, and writes
 * the times to the table every ACTIVITY_FLUSH_MS in one statement per session, outside any request.
 * Another process without Redis sees the stored time, at most that much behind; with REDIS_URL every
 * request's time is written to Redis at once, where all processes read it.
 */
const ACTIVITY_FLUSH_MS = 5_000;
const recentActivity = new Map<string, Date>();
let flushEm: SqlEntityManager | undefined;
let flushTimer: NodeJS.Timeout | undefined;

/** The later of the stored time and the last request this process saw. */
function withRecentActivity(session: SessionRecord): SessionRecord {
  const recent = recentActivity.get(session.tokenHash);
  return recent && recent > session.lastSeenAt ? { ...session, lastSeenAt: recent } : session;
}

/** Writes the recorded request times to `app_session`; `npm start` calls it before the pool closes. */
export async function flushSessionActivity(): Promise<void> {
  if (flushTimer) clearTimeout(flushTimer);
  flushTimer = undefined;
  const em = flushEm;
  if (!em) return;
  for (const [tokenHash, at] of [...recentActivity]) {
    try {
      // Never backwards: another process may have written a later request.
      await em.fork().nativeUpdate(Session, { tokenHash, lastSeenAt: { $lt: at } }, { lastSeenAt: at });
    } catch {
      // The pool is gone (a test server closed) or the database is away: the time stays in memory
      // and this process keeps honouring it; the next flush writes it.
      continue;
    }
    if (recentActivity.get(tokenHash) === at) recentActivity.delete(tokenHash);
  }
}

/** Sessions in the `app_session` table. Writes use their own statements so they never ride on a business transaction's fate. */
export const databaseSessions: SessionStore = {
  async create(em, s) {
    const session = new Session();
    Object.assign(session, s);
    em.persist(session);
    await em.flush();
  },
  async get(em, tokenHash) {
    const s = await em.findOne(Session, { tokenHash, revokedAt: null }, { disableIdentityMap: true });
    return s
      ? withRecentActivity({
          tokenHash: s.tokenHash,
          userId: s.userId,
          createdAt: s.createdAt,
          lastSeenAt: s.lastSeenAt,
          ip: s.ip ?? null,
          enrolmentOnly: !!s.enrolmentOnly,
        })
      : null;
  },
  async touch(em, tokenHash, at) {
    const known = recentActivity.get(tokenHash);
    if (!known || known < at) recentActivity.set(tokenHash, at);
    flushEm = em;
    // Outside the request's scope, or its statement would count for whichever request set the timer;
    // unref: a pending write never keeps a process alive (main.ts flushes before it closes the pool).
    flushTimer ??= requestScope.exit(() => setTimeout(() => void flushSessionActivity(), ACTIVITY_FLUSH_MS).unref());
  },
  async revoke(em, tokenHash) {
    recentActivity.delete(tokenHash);
    await em.nativeUpdate(Session, { tokenHash, revokedAt: null }, { revokedAt: clock.now() });
  },
  async revokeAllForUser(em, userId) {
    return em.nativeUpdate(Session, { userId, revokedAt: null }, { revokedAt: clock.now() });
  },
  async completeEnrolment(em, tokenHash) {
    await em.nativeUpdate(Session, { tokenHash }, { enrolmentOnly: false });
  },
  // Every authenticated request starts here: one statement instead of a session read and a user
  // read, and the user as a plain row (nothing here writes it, so no managed entity is needed).
  async getWithUser(em, tokenHash) {
    const users = resource(User);
    const [row] = await sessionWithUser(em, tokenHash);
    if (!row) return null;
    const user = rowToObject(users, row);
    return {
      session: withRecentActivity({
        tokenHash,
        userId: user.id,
        createdAt: dateFromDatabase(row.__s_created_at),
        lastSeenAt: dateFromDatabase(row.__s_last_seen_at),
        ip: (row.__s_ip as string | null) ?? null,
        enrolmentOnly: !!row.__s_enrolment_only,
      }),
      user,
    };
  },
};

const SESSION_PREFIX = 'ra:session:';
const USER_PREFIX = 'ra:user-sessions:';

/** Redis lifetime of an untouched session: well past the idle timeout, which is checked on the server clock. */
function ttlSeconds(): number {
  return Math.max(settings.sessionIdleMinutes * 60 * 2, 3600);
}

/** Sessions in Redis (REDIS_URL): a hash per session plus a set of session hashes per user for "sign out everywhere". */
export function redisSessions(redis: Redis): SessionStore {
  return {
    async create(_em, s) {
      await redis
        .multi()
        .hset(SESSION_PREFIX + s.tokenHash, {
          userId: s.userId,
          createdAt: String(s.createdAt.getTime()),
          lastSeenAt: String(s.lastSeenAt.getTime()),
          ip: s.ip ?? '',
          enrolmentOnly: s.enrolmentOnly ? '1' : '0',
        })
        .expire(SESSION_PREFIX + s.tokenHash, ttlSeconds())
        .sadd(USER_PREFIX + s.userId, s.tokenHash)
        .expire(USER_PREFIX + s.userId, ttlSeconds())
        .exec();
    },
    async get(_em, tokenHash) {
      const h = await redis.hgetall(SESSION_PREFIX + tokenHash);
      if (!h || !h.userId) return null;
      return {
        tokenHash,
        userId: h.userId,
        createdAt: new Date(Number(h.createdAt)),
        lastSeenAt: new Date(Number(h.lastSeenAt)),
        ip: h.ip || null,
        enrolmentOnly: h.enrolmentOnly === '1',
      };
    },
    // One write to Redis per request: exact, and shared by every process at once.
    async touch(_em, tokenHash, at) {
      await redis
        .multi()
        .hset(SESSION_PREFIX + tokenHash, 'lastSeenAt', String(at.getTime()))
        .expire(SESSION_PREFIX + tokenHash, ttlSeconds())
        .exec();
    },
    async revoke(_em, tokenHash) {
      const userId = await redis.hget(SESSION_PREFIX + tokenHash, 'userId');
      const m = redis.multi().del(SESSION_PREFIX + tokenHash);
      if (userId) m.srem(USER_PREFIX + userId, tokenHash);
      await m.exec();
    },
    async revokeAllForUser(_em, userId) {
      const hashes = await redis.smembers(USER_PREFIX + userId);
      if (!hashes.length) return 0;
      await redis
        .multi()
        .del(...hashes.map((h) => SESSION_PREFIX + h))
        .del(USER_PREFIX + userId)
        .exec();
      return hashes.length;
    },
    async completeEnrolment(_em, tokenHash) {
      await redis.hset(SESSION_PREFIX + tokenHash, 'enrolmentOnly', '0');
    },
  };
}

let redisStore: { client: Redis; store: SessionStore } | undefined;

/** The database, or Redis when REDIS_URL is set. */
export function sessionStore(): SessionStore {
  const client = redisClient();
  if (!client) return databaseSessions;
  if (redisStore?.client !== client) redisStore = { client, store: redisSessions(client) };
  return redisStore.store;
}
