import { Migration } from '@mikro-orm/migrations';

/** Publicity periods (公示) and objections (异议): core/publicity.ts. */
export class Migration20261206025439_publicity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "objection" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "workflow" varchar(64) not null, "entity_id" varchar(36) not null, "publicity_id" varchar(36) not null, "region_code" varchar(12) not null, "status" text check ("status" in ('OPEN', 'UPHELD', 'DISMISSED')) not null default 'OPEN', "content" text not null, "objector_name_encrypted" text null, "objector_contact_encrypted" text null, "recorded_by_name" varchar(255) null, "recorded_by_id" varchar(64) null, "resolution" text null, "resolved_at" timestamptz null, "resolved_by_name" varchar(255) null, "resolved_by_id" varchar(64) null, constraint "objection_pkey" primary key ("id"));`);
    this.addSql(`create index "objection_created_at_index" on "objection" ("created_at");`);
    this.addSql(`create index "objection_updated_at_index" on "objection" ("updated_at");`);
    this.addSql(`create index "objection_publicity_id_index" on "objection" ("publicity_id");`);
    this.addSql(`create index "objection_region_code_index" on "objection" ("region_code");`);
    this.addSql(`create index "objection_workflow_entity_id_status_index" on "objection" ("workflow", "entity_id", "status");`);
    this.addSql(`create table "publicity" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "workflow" varchar(64) not null, "entity_id" varchar(36) not null, "region_code" varchar(12) not null, "started_at" timestamptz not null, "min_days" int not null, "ends_at" timestamptz not null, "publisher_id" varchar(36) not null, "publisher_name" varchar(255) not null, "end_recorded_at" timestamptz null, "closed_at" timestamptz null, "outcome" varchar(64) null, constraint "publicity_pkey" primary key ("id"));`);
    this.addSql(`create index "publicity_created_at_index" on "publicity" ("created_at");`);
    this.addSql(`create index "publicity_updated_at_index" on "publicity" ("updated_at");`);
    this.addSql(`create index "publicity_region_code_index" on "publicity" ("region_code");`);
    this.addSql(`create index "publicity_workflow_closed_at_ends_at_index" on "publicity" ("workflow", "closed_at", "ends_at");`);
    this.addSql(`create index "publicity_workflow_entity_id_index" on "publicity" ("workflow", "entity_id");`);
    // Jurisdiction is a region-code prefix (LIKE '62%'): the pattern index serves it, as on every scoped table.
    this.addSql(`create index "publicity_region_code_pattern_index" on "publicity" ("region_code" text_pattern_ops);`);
    this.addSql(`create index "objection_region_code_pattern_index" on "objection" ("region_code" text_pattern_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "objection" cascade;`);
    this.addSql(`drop table if exists "publicity" cascade;`);
  }
}
