import { DateTimeType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Which seeders have run against this database, so a restart never loads data twice. */
@Entity({ tableName: 'seed_run' })
export class SeedRun {
  @PrimaryKey({ type: 'string', length: 100 })
  name: string;

  @Property({ type: DateTimeType })
  at: Date = new Date();

  @Property({ type: 'text', nullable: true })
  summary?: string | null;
}
