import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Actor } from './access';
import type { Loaders } from './loaders';

/** Everything a resolver or service gets for one request. Services take this, never the HTTP request. */
export interface RequestContext {
  /** A fork of the ORM's entity manager, private to this request. */
  em: SqlEntityManager;
  actor: Actor | null;
  loaders: Loaders;
  requestId: string;
  ip: string;
  userAgent: string;
  /** The session token or key id that authenticated the request, for logout and audit. */
  credentialId: string | null;
  /** Lets resolvers set cookies (login/logout) without knowing about Express. */
  setCookie?: (name: string, value: string, options: Record<string, unknown>) => void;
  clearCookie?: (name: string) => void;
}
