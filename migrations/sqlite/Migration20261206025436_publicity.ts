import { Migration } from '@mikro-orm/migrations';

/** Publicity periods (公示) and objections (异议): core/publicity.ts. */
export class Migration20261206025436_publicity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`objection\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`workflow\` text not null, \`entity_id\` text not null, \`publicity_id\` text not null, \`region_code\` text not null, \`status\` text check (\`status\` in ('OPEN', 'UPHELD', 'DISMISSED')) not null default 'OPEN', \`content\` text not null, \`objector_name_encrypted\` text null, \`objector_contact_encrypted\` text null, \`recorded_by_name\` text null, \`recorded_by_id\` text null, \`resolution\` text null, \`resolved_at\` datetime null, \`resolved_by_name\` text null, \`resolved_by_id\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`objection_created_at_index\` on \`objection\` (\`created_at\`);`);
    this.addSql(`create index \`objection_updated_at_index\` on \`objection\` (\`updated_at\`);`);
    this.addSql(`create index \`objection_publicity_id_index\` on \`objection\` (\`publicity_id\`);`);
    this.addSql(`create index \`objection_region_code_index\` on \`objection\` (\`region_code\`);`);
    this.addSql(`create index \`objection_workflow_entity_id_status_index\` on \`objection\` (\`workflow\`, \`entity_id\`, \`status\`);`);
    this.addSql(`create table \`publicity\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`workflow\` text not null, \`entity_id\` text not null, \`region_code\` text not null, \`started_at\` datetime not null, \`min_days\` integer not null, \`ends_at\` datetime not null, \`publisher_id\` text not null, \`publisher_name\` text not null, \`end_recorded_at\` datetime null, \`closed_at\` datetime null, \`outcome\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`publicity_created_at_index\` on \`publicity\` (\`created_at\`);`);
    this.addSql(`create index \`publicity_updated_at_index\` on \`publicity\` (\`updated_at\`);`);
    this.addSql(`create index \`publicity_region_code_index\` on \`publicity\` (\`region_code\`);`);
    this.addSql(`create index \`publicity_workflow_closed_at_ends_at_index\` on \`publicity\` (\`workflow\`, \`closed_at\`, \`ends_at\`);`);
    this.addSql(`create index \`publicity_workflow_entity_id_index\` on \`publicity\` (\`workflow\`, \`entity_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`objection\`;`);
    this.addSql(`drop table if exists \`publicity\`;`);
  }
}
