import type { EntityClass } from '@mikro-orm/core';
import type { NonEmptyArray } from 'type-graphql';

/**
 * What a domain folder contributes. `grants` maps role names to the permissions the domain gives
 * them ('*' = every signed-in user), so each domain owns its own access rules and the identity
 * module only merges them.
 */
export interface DomainModule {
  name: string;
  entities: EntityClass<unknown>[];
  resolvers: Function[];
  grants: Record<string, string[]>;
}

export type ResolverList = NonEmptyArray<Function>;
