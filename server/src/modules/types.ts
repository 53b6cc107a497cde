import type { EntityClass } from '@mikro-orm/core';
import type { Grants } from '../core/access';
import type { JobDef } from '../core/jobs';

/**
 * What a domain folder contributes. `grants` maps role names to the permissions the domain gives
 * them ('*' = every signed-in user), declared with the permissions in `<domain>.access.ts`, so each
 * domain owns its own access rules and the identity module only merges them.
 */
export interface DomainModule {
  name: string;
  entities: EntityClass<unknown>[];
  resolvers: Function[];
  grants: Grants;
  /** Deadlines the domain watches by itself (`<domain>.jobs.ts`), run by core/jobs.ts. */
  jobs?: JobDef[];
}
