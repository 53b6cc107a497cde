import { Migration } from '@mikro-orm/migrations';

export class Migration20261122161155_workteams extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "training" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "region_code" varchar(12) not null, "date" varchar(10) not null, "topic" varchar(200) not null, "hours" double precision not null, "organizer" varchar(200) not null, constraint "training_pkey" primary key ("id"));`);
    this.addSql(`create index "training_updated_at_index" on "training" ("updated_at");`);
    this.addSql(`create index "training_region_code_index" on "training" ("region_code");`);
    this.addSql(`create index "training_date_index" on "training" ("date");`);
    this.addSql(`create index "training_topic_index" on "training" ("topic");`);

    this.addSql(`create table "work_team" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "village_code" varchar(12) not null, "county_code" varchar(12) not null, "dispatching_organization_id" varchar(36) not null, "village_type" text check ("village_type" in ('KEY_VILLAGE', 'POVERTY_EXITED_VILLAGE', 'RELOCATION_SITE', 'OTHER')) not null, "term_start" varchar(10) not null, "term_end" varchar(10) not null, "collective_income_at_start" bigint null, "collective_income_latest" bigint null, "status" text check ("status" in ('PROPOSED', 'APPROVED', 'ACTIVE', 'COMPLETED', 'RECALLED')) not null default 'PROPOSED', "notes" text null, constraint "work_team_pkey" primary key ("id"));`);
    this.addSql(`create index "work_team_updated_at_index" on "work_team" ("updated_at");`);
    this.addSql(`create index "work_team_village_code_index" on "work_team" ("village_code");`);
    this.addSql(`create index "work_team_county_code_index" on "work_team" ("county_code");`);
    this.addSql(`create index "work_team_dispatching_organization_id_index" on "work_team" ("dispatching_organization_id");`);
    this.addSql(`create index "work_team_village_type_index" on "work_team" ("village_type");`);
    this.addSql(`create index "work_team_term_start_index" on "work_team" ("term_start");`);
    this.addSql(`create index "work_team_term_end_index" on "work_team" ("term_end");`);
    this.addSql(`create index "work_team_status_index" on "work_team" ("status");`);

    this.addSql(`create table "team_member" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "team_id" varchar(36) not null, "village_code" varchar(12) not null, "name" varchar(50) not null, "gender" text check ("gender" in ('MALE', 'FEMALE')) not null, "organization_id" varchar(36) null, "post" varchar(100) null, "role" text check ("role" in ('FIRST_SECRETARY', 'MEMBER')) not null, "party_member" boolean not null default false, "phone_encrypted" text not null, "phone_masked" varchar(20) not null, "identity_hash" varchar(64) not null, "start_date" varchar(10) not null, "end_date" varchar(10) null, "status" text check ("status" in ('ON_DUTY', 'ROTATED', 'RECALLED', 'COMPLETED')) not null default 'ON_DUTY', "leave_reason" text null, "replaces_member_id" varchar(36) null, constraint "team_member_pkey" primary key ("id"));`);
    this.addSql(`create index "team_member_updated_at_index" on "team_member" ("updated_at");`);
    this.addSql(`create index "team_member_team_id_index" on "team_member" ("team_id");`);
    this.addSql(`create index "team_member_village_code_index" on "team_member" ("village_code");`);
    this.addSql(`create index "team_member_name_index" on "team_member" ("name");`);
    this.addSql(`create index "team_member_organization_id_index" on "team_member" ("organization_id");`);
    this.addSql(`create index "team_member_role_index" on "team_member" ("role");`);
    this.addSql(`create index "team_member_identity_hash_index" on "team_member" ("identity_hash");`);
    this.addSql(`create index "team_member_start_date_index" on "team_member" ("start_date");`);
    this.addSql(`create index "team_member_status_index" on "team_member" ("status");`);

    this.addSql(`create table "training_attendance" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "training_id" varchar(36) not null, "member_id" varchar(36) not null, "village_code" varchar(12) not null, constraint "training_attendance_pkey" primary key ("id"));`);
    this.addSql(`create index "training_attendance_updated_at_index" on "training_attendance" ("updated_at");`);
    this.addSql(`create index "training_attendance_training_id_index" on "training_attendance" ("training_id");`);
    this.addSql(`create index "training_attendance_member_id_index" on "training_attendance" ("member_id");`);
    this.addSql(`create index "training_attendance_village_code_index" on "training_attendance" ("village_code");`);
    this.addSql(`alter table "training_attendance" add constraint "training_attendance_training_id_member_id_unique" unique ("training_id", "member_id");`);

    this.addSql(`create table "member_assessment" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "member_id" varchar(36) not null, "village_code" varchar(12) not null, "year" int not null, "rating" text check ("rating" in ('EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT')) not null, "time_in_village_score" int not null, "collective_economy_score" int not null, "villager_evaluation_score" int not null, "results_score" int not null, "comment" text null, constraint "member_assessment_pkey" primary key ("id"));`);
    this.addSql(`create index "member_assessment_updated_at_index" on "member_assessment" ("updated_at");`);
    this.addSql(`create index "member_assessment_member_id_index" on "member_assessment" ("member_id");`);
    this.addSql(`create index "member_assessment_village_code_index" on "member_assessment" ("village_code");`);
    this.addSql(`create index "member_assessment_year_index" on "member_assessment" ("year");`);
    this.addSql(`create index "member_assessment_rating_index" on "member_assessment" ("rating");`);
    this.addSql(`alter table "member_assessment" add constraint "member_assessment_member_id_year_unique" unique ("member_id", "year");`);

    this.addSql(`alter table "training" add constraint "training_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`);

    this.addSql(`alter table "work_team" add constraint "work_team_village_code_foreign" foreign key ("village_code") references "region" ("code") on update cascade;`);
    this.addSql(`alter table "work_team" add constraint "work_team_county_code_foreign" foreign key ("county_code") references "region" ("code") on update cascade;`);
    this.addSql(`alter table "work_team" add constraint "work_team_dispatching_organization_id_foreign" foreign key ("dispatching_organization_id") references "organization" ("id") on update cascade;`);

    this.addSql(`alter table "team_member" add constraint "team_member_team_id_foreign" foreign key ("team_id") references "work_team" ("id") on update cascade;`);
    this.addSql(`alter table "team_member" add constraint "team_member_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "training_attendance" add constraint "training_attendance_training_id_foreign" foreign key ("training_id") references "training" ("id") on update cascade;`);
    this.addSql(`alter table "training_attendance" add constraint "training_attendance_member_id_foreign" foreign key ("member_id") references "team_member" ("id") on update cascade;`);

    this.addSql(`alter table "member_assessment" add constraint "member_assessment_member_id_foreign" foreign key ("member_id") references "team_member" ("id") on update cascade;`);

    // By hand: a person (name + phone hash) is on duty in at most one team.
    this.addSql(`create unique index "team_member_on_duty_identity_unique" on "team_member" ("identity_hash") where "status" = 'ON_DUTY' and "archived_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "training_attendance" drop constraint "training_attendance_training_id_foreign";`);

    this.addSql(`alter table "team_member" drop constraint "team_member_team_id_foreign";`);

    this.addSql(`alter table "training_attendance" drop constraint "training_attendance_member_id_foreign";`);

    this.addSql(`alter table "member_assessment" drop constraint "member_assessment_member_id_foreign";`);

    this.addSql(`drop table if exists "training" cascade;`);

    this.addSql(`drop table if exists "work_team" cascade;`);

    this.addSql(`drop table if exists "team_member" cascade;`);

    this.addSql(`drop table if exists "training_attendance" cascade;`);

    this.addSql(`drop table if exists "member_assessment" cascade;`);
  }

}
