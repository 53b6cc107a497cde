import { Migration } from '@mikro-orm/migrations';

export class Migration20261122155338_apikeys extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "api_key" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "name" varchar(100) not null, "prefix" varchar(16) not null, "key_hash" varchar(64) not null, "scopes" jsonb not null, "can_write" boolean not null default false, "region_code" varchar(12) null, "organization_id" varchar(36) null, "expires_at" timestamptz not null, "rate_limit_per_minute" int not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, "created_by_id" varchar(36) null, constraint "api_key_pkey" primary key ("id"));`);
    this.addSql(`create index "api_key_updated_at_index" on "api_key" ("updated_at");`);
    this.addSql(`create index "api_key_name_index" on "api_key" ("name");`);
    this.addSql(`alter table "api_key" add constraint "api_key_key_hash_unique" unique ("key_hash");`);
    this.addSql(`create index "api_key_region_code_index" on "api_key" ("region_code");`);
    this.addSql(`create index "api_key_expires_at_index" on "api_key" ("expires_at");`);

    this.addSql(`alter table "api_key" add constraint "api_key_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "api_key" add constraint "api_key_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_key" cascade;`);
  }

}
