import { DateTimeType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';

/** Time-ordered ids keep B-tree inserts local and double as a stable tie-breaker for keyset cursors. */
export function newId(): string {
  return uuidv7();
}

/**
 * Columns every record carries. `version` drives optimistic locking (`expectedVersion`),
 * `archivedAt` replaces deletion: government records are archived, never destroyed.
 */
@ObjectType()
@Entity({ abstract: true })
export abstract class Timestamped<Optional = never> {
  /** Properties `em.create` may omit; subclasses add their defaulted ones through the type parameter. */
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | 'archivedAt' | Optional;

  @Field(() => Date, { description: 'When the record was created (创建时间).' })
  @Property({ type: DateTimeType, index: true })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the record last changed (更新时间); filter on it to sync incrementally.' })
  @Property({ type: DateTimeType, onUpdate: () => new Date(), index: true })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Field(() => Date, {
    nullable: true,
    description: 'When the record was archived (归档时间); archived records are hidden unless a filter asks for them.',
  })
  @Property({ type: DateTimeType, nullable: true })
  archivedAt?: Date | null;
}

/** A record with an opaque, time-ordered string id. */
@ObjectType()
@Entity({ abstract: true })
export abstract class Record<Optional = never> extends Timestamped<Optional> {
  @Field(() => ID, { description: 'Opaque, stable identifier.' })
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = newId();
}
