import { Migration } from '@mikro-orm/migrations';

export class Migration20261122152330_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_log\` (\`id\` text not null, \`at\` datetime not null, \`actor_id\` text null, \`actor_name\` text null, \`ip\` text null, \`request_id\` text null, \`entity\` text not null, \`entity_id\` text null, \`action\` text not null, \`changes\` text null, \`detail\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_log_at_index\` on \`audit_log\` (\`at\`);`);
    this.addSql(`create index \`audit_log_actor_id_index\` on \`audit_log\` (\`actor_id\`);`);
    this.addSql(`create index \`audit_log_action_index\` on \`audit_log\` (\`action\`);`);
    this.addSql(`create index \`audit_log_entity_entity_id_index\` on \`audit_log\` (\`entity\`, \`entity_id\`);`);

    this.addSql(`create table \`region\` (\`code\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`name\` text not null, \`level\` text check (\`level\` in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE')) not null, \`parent_code\` text null, \`poverty_exited_county\` integer not null default false, constraint \`region_parent_code_foreign\` foreign key(\`parent_code\`) references \`region\`(\`code\`) on delete set null on update cascade, primary key (\`code\`));`);
    this.addSql(`create index \`region_updated_at_index\` on \`region\` (\`updated_at\`);`);
    this.addSql(`create index \`region_name_index\` on \`region\` (\`name\`);`);
    this.addSql(`create index \`region_level_index\` on \`region\` (\`level\`);`);
    this.addSql(`create index \`region_parent_code_index\` on \`region\` (\`parent_code\`);`);

    this.addSql(`create table \`person\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`name\` text not null, \`id_number_encrypted\` text not null, \`id_number_hash\` text not null, \`id_number_masked\` text not null, \`gender\` text check (\`gender\` in ('MALE', 'FEMALE')) not null, \`birth_date\` text not null, \`phone_encrypted\` text null, \`phone_masked\` text null, \`village_code\` text not null, \`household_category\` text check (\`household_category\` in ('POVERTY_EXITED', 'MONITORED', 'ORDINARY')) not null default 'ORDINARY', \`monitoring_type\` text check (\`monitoring_type\` in ('UNSTABLE', 'MARGINAL', 'SUDDEN_HARDSHIP')) null, \`labour_capacity\` text check (\`labour_capacity\` in ('FULL', 'WEAK', 'NONE')) not null default 'FULL', \`minimum_living\` integer not null default false, \`extreme_hardship\` integer not null default false, \`disabled\` integer not null default false, \`relocated\` integer not null default false, \`village_cadre_or_relative\` integer not null default false, constraint \`person_village_code_foreign\` foreign key(\`village_code\`) references \`region\`(\`code\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`person_updated_at_index\` on \`person\` (\`updated_at\`);`);
    this.addSql(`create index \`person_name_index\` on \`person\` (\`name\`);`);
    this.addSql(`create unique index \`person_id_number_hash_unique\` on \`person\` (\`id_number_hash\`);`);
    this.addSql(`create index \`person_birth_date_index\` on \`person\` (\`birth_date\`);`);
    this.addSql(`create index \`person_village_code_index\` on \`person\` (\`village_code\`);`);
    this.addSql(`create index \`person_household_category_index\` on \`person\` (\`household_category\`);`);

    this.addSql(`create table \`organization\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`name\` text not null, \`kind\` text check (\`kind\` in ('PARTY_GOVERNMENT', 'PUBLIC_INSTITUTION', 'CENTRAL_SOE', 'LOCAL_SOE', 'PRIVATE_ENTERPRISE', 'COOPERATIVE', 'FAMILY_FARM', 'SOCIAL_ORGANIZATION', 'UNIVERSITY', 'SCHOOL', 'HOSPITAL', 'MILITARY', 'OTHER')) not null, \`region_code\` text not null, \`credit_code\` text null, \`contact_name\` text null, \`address\` text null, constraint \`organization_region_code_foreign\` foreign key(\`region_code\`) references \`region\`(\`code\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`organization_updated_at_index\` on \`organization\` (\`updated_at\`);`);
    this.addSql(`create index \`organization_name_index\` on \`organization\` (\`name\`);`);
    this.addSql(`create index \`organization_kind_index\` on \`organization\` (\`kind\`);`);
    this.addSql(`create index \`organization_region_code_index\` on \`organization\` (\`region_code\`);`);
    this.addSql(`create unique index \`organization_credit_code_unique\` on \`organization\` (\`credit_code\`);`);

    this.addSql(`create table \`seed_run\` (\`name\` text not null, \`at\` datetime not null, \`summary\` text null, primary key (\`name\`));`);

    this.addSql(`create table \`app_user\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`username\` text not null, \`display_name\` text not null, \`password_hash\` text not null, \`roles\` json not null, \`region_code\` text null, \`organization_id\` text null, \`disabled\` integer not null default false, \`failed_logins\` integer not null default 0, \`locked_until\` datetime null, \`totp_secret\` text null, \`last_login_at\` datetime null, constraint \`app_user_region_code_foreign\` foreign key(\`region_code\`) references \`region\`(\`code\`) on delete set null on update cascade, constraint \`app_user_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`app_user_updated_at_index\` on \`app_user\` (\`updated_at\`);`);
    this.addSql(`create unique index \`app_user_username_unique\` on \`app_user\` (\`username\`);`);
    this.addSql(`create index \`app_user_region_code_index\` on \`app_user\` (\`region_code\`);`);
    this.addSql(`create index \`app_user_organization_id_index\` on \`app_user\` (\`organization_id\`);`);

    this.addSql(`create table \`app_session\` (\`token_hash\` text not null, \`user_id\` text not null, \`created_at\` datetime not null, \`last_seen_at\` datetime not null, \`revoked_at\` datetime null, \`ip\` text null, constraint \`app_session_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`token_hash\`));`);
    this.addSql(`create index \`app_session_user_id_index\` on \`app_session\` (\`user_id\`);`);

    this.addSql(`create table \`workflow_step\` (\`id\` text not null, \`workflow\` text not null, \`entity_id\` text not null, \`action\` text not null, \`action_label\` text not null, \`from_status\` text not null, \`to_status\` text not null, \`comment\` text null, \`actor_id\` text null, \`actor_name\` text null, \`at\` datetime not null, \`payload\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`workflow_step_workflow_entity_id_at_index\` on \`workflow_step\` (\`workflow\`, \`entity_id\`, \`at\`);`);
  }

}
