import { Migration } from '@mikro-orm/migrations';

/*
 * Written by hand. Objections gain the status CLOSED (the record left publicity before the objection
 * was decided: another one was upheld, or the record was rejected or withdrawn). SQLite cannot alter
 * a check constraint, so the table is rebuilt with the same columns and indexes.
 */
export class Migration20261206041000_objection_closed extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`objection__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`workflow\` text not null, \`entity_id\` text not null, \`publicity_id\` text not null, \`region_code\` text not null, \`status\` text check (\`status\` in ('OPEN', 'UPHELD', 'DISMISSED', 'CLOSED')) not null default 'OPEN', \`content\` text not null, \`objector_name_encrypted\` text null, \`objector_contact_encrypted\` text null, \`recorded_by_name\` text null, \`recorded_by_id\` text null, \`resolution\` text null, \`resolved_at\` datetime null, \`resolved_by_name\` text null, \`resolved_by_id\` text null, primary key (\`id\`));`);
    this.addSql(`insert into \`objection__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`version\`, \`archived_at\`, \`workflow\`, \`entity_id\`, \`publicity_id\`, \`region_code\`, \`status\`, \`content\`, \`objector_name_encrypted\`, \`objector_contact_encrypted\`, \`recorded_by_name\`, \`recorded_by_id\`, \`resolution\`, \`resolved_at\`, \`resolved_by_name\`, \`resolved_by_id\` from \`objection\`;`);
    this.addSql(`drop table \`objection\`;`);
    this.addSql(`alter table \`objection__temp_alter\` rename to \`objection\`;`);
    this.addSql(`create index \`objection_created_at_index\` on \`objection\` (\`created_at\`);`);
    this.addSql(`create index \`objection_updated_at_index\` on \`objection\` (\`updated_at\`);`);
    this.addSql(`create index \`objection_publicity_id_index\` on \`objection\` (\`publicity_id\`);`);
    this.addSql(`create index \`objection_region_code_index\` on \`objection\` (\`region_code\`);`);
    this.addSql(`create index \`objection_workflow_entity_id_status_index\` on \`objection\` (\`workflow\`, \`entity_id\`, \`status\`);`);
  }

}
