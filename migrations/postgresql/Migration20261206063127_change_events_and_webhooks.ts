import { Migration } from '@mikro-orm/migrations';

/** Change events (the transactional outbox, core/outbox.ts) and webhook subscriptions with their delivery log. */
export class Migration20261206063127_change_events_and_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "change_event" ("id" varchar(36) not null, "seq" bigint null, "at" timestamptz not null, "entity" varchar(64) not null, "entity_id" varchar(64) not null, "version" int null, "action" varchar(16) not null, "transition" varchar(64) null, "actor_kind" varchar(16) not null, "changed_fields" jsonb not null, "domain" varchar(32) not null, "region_code" varchar(12) null, constraint "change_event_pkey" primary key ("id"));`);
    this.addSql(`alter table "change_event" add constraint "change_event_seq_unique" unique ("seq");`);
    this.addSql(`create index "change_event_at_index" on "change_event" ("at");`);
    this.addSql(`create index "change_event_entity_entity_id_index" on "change_event" ("entity", "entity_id");`);
    this.addSql(`create table "webhook_subscription" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "api_key_id" varchar(36) not null, "url" varchar(500) not null, "event_types" jsonb not null, "region_code" varchar(12) null, "secret_encrypted" text not null, "status" text check ("status" in ('ACTIVE', 'PAUSED')) not null default 'ACTIVE', "paused_reason" text null, "last_seq" bigint not null default '0', "consecutive_failures" int not null default 0, "failing_since" timestamptz null, "next_attempt_at" timestamptz null, "last_delivered_at" timestamptz null, "lease_owner" varchar(64) null, "lease_until" timestamptz null, constraint "webhook_subscription_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_subscription_created_at_index" on "webhook_subscription" ("created_at");`);
    this.addSql(`create index "webhook_subscription_updated_at_index" on "webhook_subscription" ("updated_at");`);
    this.addSql(`create index "webhook_subscription_api_key_id_index" on "webhook_subscription" ("api_key_id");`);
    this.addSql(`create table "webhook_delivery" ("id" varchar(36) not null, "subscription_id" varchar(36) not null, "event_id" varchar(36) not null, "event_type" varchar(100) not null, "at" timestamptz not null, "attempt" int not null, "succeeded" boolean not null, "status_code" int null, "latency_ms" int not null, "error" text null, "redelivery" boolean not null default false, constraint "webhook_delivery_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_event_id_index" on "webhook_delivery" ("event_id");`);
    this.addSql(`create index "webhook_delivery_subscription_id_at_index" on "webhook_delivery" ("subscription_id", "at");`);
    this.addSql(`alter table "webhook_subscription" add constraint "webhook_subscription_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id") on update cascade;`);
    this.addSql(`alter table "webhook_subscription" add constraint "webhook_subscription_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_subscription_id_foreign" foreign key ("subscription_id") references "webhook_subscription" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_delivery";`);
    this.addSql(`drop table if exists "webhook_subscription";`);
    this.addSql(`drop table if exists "change_event";`);
  }
}
