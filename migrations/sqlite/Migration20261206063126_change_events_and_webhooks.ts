import { Migration } from '@mikro-orm/migrations';

/** Change events (the transactional outbox, core/outbox.ts) and webhook subscriptions with their delivery log. */
export class Migration20261206063126_change_events_and_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`change_event\` (\`id\` text not null, \`seq\` bigint null, \`at\` datetime not null, \`entity\` text not null, \`entity_id\` text not null, \`version\` integer null, \`action\` text not null, \`transition\` text null, \`actor_kind\` text not null, \`changed_fields\` json not null, \`domain\` text not null, \`region_code\` text null, primary key (\`id\`));`);
    this.addSql(`create unique index \`change_event_seq_unique\` on \`change_event\` (\`seq\`);`);
    this.addSql(`create index \`change_event_at_index\` on \`change_event\` (\`at\`);`);
    this.addSql(`create index \`change_event_entity_entity_id_index\` on \`change_event\` (\`entity\`, \`entity_id\`);`);
    this.addSql(`create table \`webhook_subscription\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`api_key_id\` text not null, \`url\` text not null, \`event_types\` json not null, \`region_code\` text null, \`secret_encrypted\` text not null, \`status\` text check (\`status\` in ('ACTIVE', 'PAUSED')) not null default 'ACTIVE', \`paused_reason\` text null, \`last_seq\` bigint not null default '0', \`consecutive_failures\` integer not null default 0, \`failing_since\` datetime null, \`next_attempt_at\` datetime null, \`last_delivered_at\` datetime null, \`lease_owner\` text null, \`lease_until\` datetime null, constraint \`webhook_subscription_api_key_id_foreign\` foreign key(\`api_key_id\`) references \`api_key\`(\`id\`) on update cascade, constraint \`webhook_subscription_region_code_foreign\` foreign key(\`region_code\`) references \`region\`(\`code\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`webhook_subscription_created_at_index\` on \`webhook_subscription\` (\`created_at\`);`);
    this.addSql(`create index \`webhook_subscription_updated_at_index\` on \`webhook_subscription\` (\`updated_at\`);`);
    this.addSql(`create index \`webhook_subscription_api_key_id_index\` on \`webhook_subscription\` (\`api_key_id\`);`);
    this.addSql(`create index \`webhook_subscription_region_code_index\` on \`webhook_subscription\` (\`region_code\`);`);
    this.addSql(`create table \`webhook_delivery\` (\`id\` text not null, \`subscription_id\` text not null, \`event_id\` text not null, \`event_type\` text not null, \`at\` datetime not null, \`attempt\` integer not null, \`succeeded\` integer not null, \`status_code\` integer null, \`latency_ms\` integer not null, \`error\` text null, \`redelivery\` integer not null default false, constraint \`webhook_delivery_subscription_id_foreign\` foreign key(\`subscription_id\`) references \`webhook_subscription\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`webhook_delivery_subscription_id_index\` on \`webhook_delivery\` (\`subscription_id\`);`);
    this.addSql(`create index \`webhook_delivery_event_id_index\` on \`webhook_delivery\` (\`event_id\`);`);
    this.addSql(`create index \`webhook_delivery_subscription_id_at_index\` on \`webhook_delivery\` (\`subscription_id\`, \`at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`webhook_delivery\`;`);
    this.addSql(`drop table if exists \`webhook_subscription\`;`);
    this.addSql(`drop table if exists \`change_event\`;`);
  }
}
