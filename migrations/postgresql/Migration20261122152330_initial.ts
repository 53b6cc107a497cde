import { Migration } from '@mikro-orm/migrations';

export class Migration20261122152330_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_log" ("id" varchar(36) not null, "at" timestamptz not null, "actor_id" varchar(255) null, "actor_name" varchar(255) null, "ip" varchar(255) null, "request_id" varchar(255) null, "entity" varchar(255) not null, "entity_id" varchar(255) null, "action" varchar(255) not null, "changes" text null, "detail" text null, constraint "audit_log_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_log_at_index" on "audit_log" ("at");`);
    this.addSql(`create index "audit_log_actor_id_index" on "audit_log" ("actor_id");`);
    this.addSql(`create index "audit_log_action_index" on "audit_log" ("action");`);
    this.addSql(`create index "audit_log_entity_entity_id_index" on "audit_log" ("entity", "entity_id");`);

    this.addSql(`create table "region" ("code" varchar(12) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "name" varchar(100) not null, "level" text check ("level" in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE')) not null, "parent_code" varchar(12) null, "poverty_exited_county" boolean not null default false, constraint "region_pkey" primary key ("code"));`);
    this.addSql(`create index "region_updated_at_index" on "region" ("updated_at");`);
    this.addSql(`create index "region_name_index" on "region" ("name");`);
    this.addSql(`create index "region_level_index" on "region" ("level");`);
    this.addSql(`create index "region_parent_code_index" on "region" ("parent_code");`);

    this.addSql(`create table "person" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "name" varchar(50) not null, "id_number_encrypted" text not null, "id_number_hash" varchar(64) not null, "id_number_masked" varchar(18) not null, "gender" text check ("gender" in ('MALE', 'FEMALE')) not null, "birth_date" varchar(10) not null, "phone_encrypted" text null, "phone_masked" varchar(20) null, "village_code" varchar(12) not null, "household_category" text check ("household_category" in ('POVERTY_EXITED', 'MONITORED', 'ORDINARY')) not null default 'ORDINARY', "monitoring_type" text check ("monitoring_type" in ('UNSTABLE', 'MARGINAL', 'SUDDEN_HARDSHIP')) null, "labour_capacity" text check ("labour_capacity" in ('FULL', 'WEAK', 'NONE')) not null default 'FULL', "minimum_living" boolean not null default false, "extreme_hardship" boolean not null default false, "disabled" boolean not null default false, "relocated" boolean not null default false, "village_cadre_or_relative" boolean not null default false, constraint "person_pkey" primary key ("id"));`);
    this.addSql(`create index "person_updated_at_index" on "person" ("updated_at");`);
    this.addSql(`create index "person_name_index" on "person" ("name");`);
    this.addSql(`alter table "person" add constraint "person_id_number_hash_unique" unique ("id_number_hash");`);
    this.addSql(`create index "person_birth_date_index" on "person" ("birth_date");`);
    this.addSql(`create index "person_village_code_index" on "person" ("village_code");`);
    this.addSql(`create index "person_household_category_index" on "person" ("household_category");`);

    this.addSql(`create table "organization" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "name" varchar(200) not null, "kind" text check ("kind" in ('PARTY_GOVERNMENT', 'PUBLIC_INSTITUTION', 'CENTRAL_SOE', 'LOCAL_SOE', 'PRIVATE_ENTERPRISE', 'COOPERATIVE', 'FAMILY_FARM', 'SOCIAL_ORGANIZATION', 'UNIVERSITY', 'SCHOOL', 'HOSPITAL', 'MILITARY', 'OTHER')) not null, "region_code" varchar(12) not null, "credit_code" varchar(18) null, "contact_name" varchar(50) null, "address" varchar(300) null, constraint "organization_pkey" primary key ("id"));`);
    this.addSql(`create index "organization_updated_at_index" on "organization" ("updated_at");`);
    this.addSql(`create index "organization_name_index" on "organization" ("name");`);
    this.addSql(`create index "organization_kind_index" on "organization" ("kind");`);
    this.addSql(`create index "organization_region_code_index" on "organization" ("region_code");`);
    this.addSql(`alter table "organization" add constraint "organization_credit_code_unique" unique ("credit_code");`);

    this.addSql(`create table "seed_run" ("name" varchar(100) not null, "at" timestamptz not null, "summary" text null, constraint "seed_run_pkey" primary key ("name"));`);

    this.addSql(`create table "app_user" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "username" varchar(64) not null, "display_name" varchar(64) not null, "password_hash" varchar(255) not null, "roles" jsonb not null, "region_code" varchar(12) null, "organization_id" varchar(36) null, "disabled" boolean not null default false, "failed_logins" int not null default 0, "locked_until" timestamptz null, "totp_secret" varchar(64) null, "last_login_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`create index "app_user_updated_at_index" on "app_user" ("updated_at");`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);
    this.addSql(`create index "app_user_region_code_index" on "app_user" ("region_code");`);

    this.addSql(`create table "app_session" ("token_hash" varchar(64) not null, "user_id" varchar(36) not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) null, constraint "app_session_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "app_session_user_id_index" on "app_session" ("user_id");`);

    this.addSql(`create table "workflow_step" ("id" varchar(36) not null, "workflow" varchar(255) not null, "entity_id" varchar(36) not null, "action" varchar(255) not null, "action_label" varchar(255) not null, "from_status" varchar(255) not null, "to_status" varchar(255) not null, "comment" text null, "actor_id" varchar(255) null, "actor_name" varchar(255) null, "at" timestamptz not null, "payload" text null, constraint "workflow_step_pkey" primary key ("id"));`);
    this.addSql(`create index "workflow_step_workflow_entity_id_at_index" on "workflow_step" ("workflow", "entity_id", "at");`);

    this.addSql(`alter table "region" add constraint "region_parent_code_foreign" foreign key ("parent_code") references "region" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "person" add constraint "person_village_code_foreign" foreign key ("village_code") references "region" ("code") on update cascade;`);

    this.addSql(`alter table "organization" add constraint "organization_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "app_session" add constraint "app_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "region" drop constraint "region_parent_code_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_village_code_foreign";`);

    this.addSql(`alter table "organization" drop constraint "organization_region_code_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_region_code_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_organization_id_foreign";`);

    this.addSql(`alter table "app_session" drop constraint "app_session_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_log" cascade;`);

    this.addSql(`drop table if exists "region" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "seed_run" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "app_session" cascade;`);

    this.addSql(`drop table if exists "workflow_step" cascade;`);
  }

}
